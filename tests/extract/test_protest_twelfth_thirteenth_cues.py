"""Protest cues of senders in general (issue 13, round 10): an address whose city line sits on the
next row or line, a name-and-address block in a drawn form's column, boxed choices read by their
tick, request cells answered in words, abbreviated labels, e-filing signers and text headings,
routing verbs asking for further review, and "the same result as" an earlier protest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_fields import Fields, category_of, earliest_category
from bots.protest_intake.extract_objection_reasons import deferred
from bots.protest_intake.extract_party_tidy import tidy_party
from bots.protest_intake.extract_structure import unread_cues
from bots.protest_intake.model import ProtestFacts
from bots.protest_intake.phrasings import PROTEST
from tests.extract.test_protest_letter_cues import elements, stream_of
from tests.penalty_read.drawn import Line, draw_referral
from tradebots.facts import Extracted

_ENTRY = [[(72.0, "Entry #"), (200.0, "Entry Dt."), (330.0, "Liq. Dt.")],
          [(72.0, "B2F-8381633-8"), (200.0, "9/12/2022"), (330.0, "6/8/2023")]]


def _read(path: Path, lines: list[Line]) -> ProtestFacts:
    """The facts of LINES drawn on a page that a protest's title and entry table frame."""
    framed = ["Protest under 19 U.S.C. 1514", *lines, *_ENTRY]
    return extract_protest(draw_referral(path, framed, font_size=10)).facts


@pytest.mark.parametrize(("label", "rows", "address"), [
    ("Address", ["808 Spindle Way", "Omaha, NE 68102"], "808 Spindle Way, Omaha, NE 68102"),
    ("Mailing address", ["48 Foundry Street", "Suite 3", "Providence, RI 02903"],
     "48 Foundry Street, Suite 3, Providence, RI 02903"),
])
def test_a_worksheet_address_goes_on_in_the_merged_cells_rows(
        tmp_path: Path, label: str, rows: list[str], address: str) -> None:
    # Read from its first row alone it had no city: a confident "deficient" under (a)(1).
    lines: list[Line] = [
        "PROTEST WORKSHEET",
        [(72.0, "Protestant"), (220.0, "Prairie Loom Textiles, Inc.")],
        [(72.0, label), (220.0, rows[0])],
        *[[(220.0, row)] for row in rows[1:]],
        [(72.0, "Importer No. (IOR)"), (220.0, "78-4164177")],
    ]
    assert _read(tmp_path / "w.pdf", lines).protestant_address == address


@pytest.mark.parametrize("caption", ["Protestant's address", "Address", "Mailing address"])
def test_an_address_under_its_caption_takes_the_lines_down_to_its_city(
        tmp_path: Path, caption: str) -> None:
    facts = _read(tmp_path / "l.pdf", [
        "Protestant", "Harborline Outdoor Gear, Inc.", caption,
        "1200 Wharf Road", "Tacoma, WA 98421", "Importer number", "62-4041453",
    ])
    assert facts.protestant_address == "1200 Wharf Road, Tacoma, WA 98421"


def test_a_name_and_address_block_is_read_in_its_captions_column(tmp_path: Path) -> None:
    # A drawn form's values float a little right of their box's caption, and the next caption
    # on the row (importer number) has its value on the first line under the row.
    facts = _read(tmp_path / "d.pdf", [
        "PROTEST",
        [(45.0, "4. NAME AND ADDRESS OF PROTESTANT"), (383.0, "5. IMPORTER NO.")],
        [(400.0, "69-4241392")],
        [(57.0, "Kettle Creek Housewares Co.")],
        [(57.0, "9 Orchard Lane")],
        [(57.0, "Dayton, OH 45402")],
        "6. ENTRIES",
    ])
    assert facts.protestant_name == "Kettle Creek Housewares Co."
    assert facts.protestant_address == "9 Orchard Lane, Dayton, OH 45402"
    assert facts.importer_number == "69-4241392"


@pytest.mark.parametrize("line", [
    "[ ] Classification / rate [X] Appraised value [ ] Charges or exactions [ ] Other decision",
    "( ) Classification (x) Appraised value ( ) Charges",
    "☐ Classification ☒ Appraised value ☐ Exclusion",
])
def test_a_line_of_boxed_decisions_names_only_the_ticked_one(line: str) -> None:
    assert category_of(line) == "appraised_value"
    assert earliest_category(line) == "appraised_value"
    # Cut in two before the tick, the first part alone names nothing ticked.
    assert earliest_category(line.replace("[X]", "[ ]").replace("(x)", "( )")
                             .replace("☒", "☐")) is None


def test_boxes_for_another_question_leave_the_decision_to_the_words() -> None:
    assert category_of("Drawback [ ] Yes [X] No; the classification was wrong") \
        == "classification"


def test_a_box_before_the_requests_own_words_answers_it() -> None:
    fields = elements("12. [ ] Further review requested (19 CFR 174.24) 13. "
                      "[X] Accelerated disposition (174.22)\n")
    assert fields.value("further_review_requested") is False
    assert fields.value("accelerated_disposition") is True


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Please send this protest for further review (19 CFR 174.24).", True),
    ("Kindly refer this protest to Headquarters for further review.", True),
    ("We would like further review of this protest under 174.24(a).", True),
    ("We do not want further review.", False),
])
def test_routing_a_protest_to_further_review_asks_for_it(sentence: str, asked: bool) -> None:
    assert elements(sentence + "\n").value("further_review_requested") is asked


@pytest.mark.parametrize(("answer", "value"), [
    ("No", False), ("Yes", True), ("Not requested", False), ("N/A", False),
    ("Requested", True), ("Not available through this module", False),
])
def test_a_request_cell_answered_in_words(tmp_path: Path, answer: str, value: bool) -> None:
    # The label's own "requested" asked nothing: "Further review requested | No" read as a
    # request sent a clean protest to a person.
    facts = _read(tmp_path / "a.pdf", [
        [(72.0, "Field"), (250.0, "Value")],
        [(72.0, "Protestant"), (250.0, "Saltmarsh Apparel Group")],
        [(72.0, "Further review requested"), (250.0, answer)],
        [(72.0, "Accelerated disposition"), (250.0, answer)],
    ])
    assert facts.further_review_requested is value
    assert facts.accelerated_disposition is value


@pytest.mark.parametrize("label", ["Date Rec'd by CBP", "Rec'd Date", "Date of receipt"])
def test_an_abbreviated_label_is_read_spelled_out(tmp_path: Path, label: str) -> None:
    facts = _read(tmp_path / "r.pdf", [
        [(72.0, "Protestant"), (220.0, "Pine & Lantern Home Goods LLC")],
        [(72.0, label), (220.0, "08-Jul-24")],
    ])
    assert facts.received_date == date(2024, 7, 8)


@pytest.mark.parametrize("row", [
    [(72.0, "Filed by"), (250.0, "Rafael D. Ocampo")],
    [(72.0, "Signatory"), (250.0, "Rafael D. Ocampo")],
    "Submitted electronically by Rafael D. Ocampo.",
])
def test_an_e_filings_filer_is_its_signer(tmp_path: Path, row: Line) -> None:
    facts = _read(tmp_path / "s.pdf", [
        [(72.0, "Protestant"), (250.0, "Saltmarsh Apparel Group")], row])
    assert facts.signer_name == "Rafael D. Ocampo"


@pytest.mark.parametrize("heading", ["Protest text as filed", "Text of the protest",
                                     "Protest narrative", "Explanation"])
def test_an_e_filing_modules_text_heading_heads_the_objection(heading: str) -> None:
    assert PROTEST.heading("objection_heading", heading)


@pytest.mark.parametrize("close", ["Submitted electronically by Thomas J. Kilbride.",
                                   "Respectfully submitted, /s/ Thomas J. Kilbride",
                                   "Signed by Thomas J. Kilbride."])
def test_a_bare_objection_stays_bare_with_its_sign_off_after_it(close: str) -> None:
    assert deferred(f"The protestant objects to the appraised value. {close}")
    assert not deferred(f"The value includes buying commissions, not part of the price. {close}")


@pytest.mark.parametrize("sentence", [
    "We ask for the same result as protest 3901-24-139074.",
    "We ask for the same outcome as protest 3901-24-139074.",
    "We ask for the same relief as protest 3901-24-139074.",
    "Same disposition requested as in protest 3901-24-139074, further review pending.",
    "The same treatment is sought as in protest 3901-24-139074.",
])
def test_the_same_result_as_another_protest_asks_its_disposition(
        tmp_path: Path, sentence: str) -> None:
    # Read as this protest's own number, it took (a)(7) away: a confident "accept"; read only
    # as a guess, the protest went to a person.
    read = extract_protest(draw_referral(tmp_path / "e.pdf", [
        "Protest under 19 U.S.C. 1514",
        "We, Marigold Ceramics Corp., protest the appraised value of the following entries.",
        sentence, *_ENTRY], font_size=10))
    assert read.facts.protest_number is None
    assert read.facts.earlier_protest_number == "3901-24-139074"
    assert "earlier_protest_inferred" not in read.fields


@pytest.mark.parametrize("subject", ["Re: Protest under 19 U.S.C. 1514, No. 3002-25-195759",
                                     "Protest (19 CFR 174) - Number 3002-25-195759",
                                     "Protest pursuant to 19 U.S.C. 1514 # 3002-25-195759"])
def test_a_subject_line_citing_the_statute_still_numbers_the_protest(
        tmp_path: Path, subject: str) -> None:
    facts = _read(tmp_path / "n.pdf", ["Hartwell Pryce & Lind LLP", subject,
                                       "On behalf of our client we protest the classification."])
    assert facts.protest_number == "3002-25-195759"


@pytest.mark.parametrize("separator", [" - ", " | ", " · ", " • "])
def test_a_letterheads_address_separators_are_commas(separator: str) -> None:
    fields = Fields()
    fields.items["protestant_address"] = Extracted(
        f"640 Kiln Street{separator}Zanesville, OH 43701", None, 0.85)
    tidy_party(stream_of("Subject: Protest\n"), fields)
    assert fields.value("protestant_address") == "640 Kiln Street, Zanesville, OH 43701"


@pytest.mark.parametrize("text", ["Address 808 Spindle Way\n", "Mailing Address  12 Dock St\n",
                                  "Protestant address | 9 Orchard Lane\n"])
def test_an_address_label_left_unread_is_not_an_absence(text: str) -> None:
    assert unread_cues(Fields(), text) == {1}
    assert unread_cues(Fields(), "We have no new address to report.\n") == frozenset()
