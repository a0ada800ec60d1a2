"""Round 12 (issue 13), sixteenth hand: labels read by what they mean, not one sender's words.

A party label may join two names of the same party ("Importer / protestant") or name it by what it
does ("Filing party"); an address is "of record" or "registered"; a port is where the protest was
filed; further review goes by its initials (AFR); the decision protested has other names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_fields import LABELLED
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_recurring_classes import _placed_pdf


@pytest.mark.parametrize("label", [
    "Importer / protestant", "Protestant / importer of record", "Importer or protestant",
    "Importer & protestant", "Protestant (importer)", "Filing party", "Party filing",
    "Protesting company",
])
def test_a_colon_label_naming_the_party_any_way_gives_its_name(tmp_path: Path, label: str) -> None:
    # Before: "Importer / protestant:" and "Filing party:" were no name labels; the name was
    # lost and 174.13(a)(1) went to a person.
    pdf = _letter_pdf(tmp_path / "sheet.pdf", [
        "Protest Summary Sheet - 19 U.S.C. 1514",
        f"{label}: Copperline Kitchenware Ltd.",
        "Business address: 15 Foundry Court, Wilmington, DE 19801",
    ])
    assert extract_protest(pdf).facts.protestant_name == "Copperline Kitchenware Ltd."


@pytest.mark.parametrize("label", [
    "Address of record", "Registered address", "Principal address", "Office address",
])
def test_an_address_label_of_any_kind_gives_the_address(tmp_path: Path, label: str) -> None:
    pdf = _letter_pdf(tmp_path / "sheet.pdf", [
        "Protest - 19 U.S.C. 1514",
        "Protesting party: Harborview Marine Electronics Co.",
        f"{label}: 88 Wharf Street, Portland, ME 04101",
    ])
    assert extract_protest(pdf).facts.protestant_address == "88 Wharf Street, Portland, ME 04101"


def _printout(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A browser-app printout: labels in one column, values in the next, no colons."""
    placed = [(40.0, 790.0, 9.0, "ProtestDesk | Protest under 19 U.S.C. 1514 | Case PR-1")]
    placed += [(x, 760.0 - 16 * n, 10.0, text) for n, (label, value) in enumerate(rows)
               for x, text in ((40.0, label), (200.0, value))]
    return _placed_pdf(path, placed)


_PRINTOUT = [
    ("Importer / protestant", "Granite Peak Tool Supply LLC"),
    ("Address", "42 Quarry Lane, Barre, VT 05641"),
    ("Goods", "Nylon dog leashes with aluminum clips"),
    ("Issue", "Decision on tariff classification"),
    ("Entry No.", "B7C-2652366-2"),
]


@pytest.mark.parametrize("port_label", [
    "CBP port", "Filed at port", "Port of protest", "Entry port", "Filed with the port",
])
def test_a_printout_s_cells_are_read_by_meaning(tmp_path: Path, port_label: str) -> None:
    # Before: the joined party label, "CBP port"/"Filed at port" and "Issue" were no cell
    # labels; the name and port were lost and the decision only inferred from the argument.
    rows = [*_PRINTOUT, (port_label, "Norfolk, 1401")]
    read = extract_protest(_printout(tmp_path / "p.pdf", rows))
    assert read.facts.protestant_name == "Granite Peak Tool Supply LLC"
    assert read.facts.port_code == "1401"
    assert read.facts.category == "classification"
    assert read.fields["category"].confidence == LABELLED


@pytest.mark.parametrize(("label", "answer", "asked"), [
    ("Application for further review", "No", False),
    ("Request for further review", "Yes", True),
    ("AFR requested?", "NO", False),
    ("AFR", "Requested", True),
])
def test_further_review_by_its_application_or_its_initials(
    tmp_path: Path, label: str, answer: str, asked: bool,
) -> None:
    # Before: "Application for further review | No" was no cell label and "AFR" no cue; a prose
    # cue elsewhere answered it the wrong way.
    read = extract_protest(_printout(tmp_path / "p.pdf", [*_PRINTOUT, (label, answer)]))
    assert read.facts.further_review_requested is asked


@pytest.mark.parametrize("label", [
    "Protested decision", "Decision under protest", "Category", "Category of decision",
])
def test_the_decision_protested_under_its_other_names_is_labelled(
    tmp_path: Path, label: str,
) -> None:
    # Before: only "Decision protested:" was a label; "Protested decision:" left the decision
    # inferred from the argument, so the sheet could not vouch for an absence (174.13(a)).
    pdf = _letter_pdf(tmp_path / "sheet.pdf", [
        "Protest Summary Sheet - 19 U.S.C. 1514",
        "Name of protestant: Sable Creek Textiles, Inc.",
        f"{label}: Tariff classification",
    ])
    read = extract_protest(pdf)
    assert read.facts.category == "classification"
    assert read.fields["category"].confidence == LABELLED


def test_a_cell_listing_both_options_is_not_answered_by_its_first_word(tmp_path: Path) -> None:
    # "Application for further review | Requested X Not requested": the mark answers, not the
    # word "Requested" that opens the cell (once the label was known, it was read as asked).
    rows = [*_PRINTOUT, ("Application for further review", "Requested X Not requested")]
    read = extract_protest(_printout(tmp_path / "p.pdf", rows))
    assert read.facts.further_review_requested is not True


@pytest.mark.parametrize("label", ["Category", "Protested decision", "Nature of objection"])
def test_a_decision_cell_under_its_other_names_is_labelled(tmp_path: Path, label: str) -> None:
    rows = [(label if key == "Issue" else key, value) for key, value in _PRINTOUT]
    read = extract_protest(_printout(tmp_path / "p.pdf", rows))
    assert read.facts.category == "classification"
    assert read.fields["category"].confidence == LABELLED
