"""Referral cues of senders in general (issue 13, round 9): the culpability described in the
guidelines' words rather than named, the violation date named by a clause after it ("..., which
the meeting takes as the date of the violation"), a form grid whose boxes stand above the
entries' header row, "ADDR:" as the address label, a case number before the party's name, and a
label word that opens a wrapped sentence ("The / violator did not disclose.")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.penalty_notice.culpability import levels_stated
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header_values import disclosure_of, yes_no_of
from tests.penalty_read.drawn import draw_referral

HEADER = [(60.0, "Entry Number"), (140.0, "Entry Date"), (210.0, "Liq."), (250.0, "Value"),
          (330.0, "Duty Paid"), (410.0, "Duty Owed")]
ROW = [(60.0, "285-8497759-0"), (140.0, "10/02/2023"), (210.0, "N"), (250.0, "$107,729.39"),
       (330.0, "$4,309.18"), (410.0, "$11,850.24")]


def minutes(folder: Path, *lines: str) -> Path:
    """A case review meeting's minutes: the party, LINES, then an aligned entries table."""
    return draw_referral(folder / "r.pdf", [
        "MINUTES - CASE REVIEW MEETING", "Case no.: 2025-5301-173152-01",
        "Item 1. The meeting reviewed the findings against Acme Widgets, Inc., 12 Elm Street,",
        "Dayton, OH 45402.", *lines, HEADER, ROW,
        "Action: refer to FP&F for a pre-penalty notice under 19 U.S.C. 1592."])


@pytest.mark.parametrize(("sentence", "level"), [
    ("The auditor described the conduct as failure to exercise reasonable care.", "negligence"),
    ("The importer did not use reasonable care in classifying the goods.", "negligence"),
    ("The entries were filed without exercising reasonable care.", "negligence"),
    ("The broker acted with wanton disregard for the relevant facts.", "gross_negligence"),
    ("The importer acted in reckless disregard of its obligations.", "gross_negligence"),
    ("We find knowing and intentional false statements in the entries.", "fraud"),
    ("The invoices were knowingly falsified and deliberately undervalued.", "fraud"),
    ("The importer acted with intent to defraud the revenue.", "fraud"),
])
def test_a_culpability_described_in_the_guidelines_words_is_read(tmp_path: Path, sentence: str,
                                                                  level: str) -> None:
    facts = extract_penalty(minutes(tmp_path, sentence)).facts  # not refused as "not a referral"
    assert facts.culpability == level


def test_a_denied_definition_names_no_level() -> None:
    assert levels_stated("There is no intent to defraud; the importer did not knowingly "
                         "misstate the value.") == []


@pytest.mark.parametrize("sentence", [
    "The first false entry was made on 06/21/2023, which the meeting takes as the date of the",
    "The first false entry was made on 06/21/2023, which we treat as the date of the",
    "The first false entry was made on June 21, 2023, which CBP regards as the date of the",
    "The first false entry was made on 21 June 2023, being the date of the",
])
def test_a_date_named_by_a_clause_after_it_is_the_violation_date(tmp_path: Path,
                                                                 sentence: str) -> None:
    pdf = minutes(tmp_path, sentence, "violation. The conduct was negligent.")
    facts = extract_penalty(pdf).facts
    assert facts.violation_date == date(2023, 6, 21)


def test_a_date_broken_at_a_slash_over_two_lines_is_read_whole(tmp_path: Path) -> None:
    facts = extract_penalty(minutes(tmp_path,
        "The first false entry was made on 06/",
        "21/2023, which the meeting takes as the date of the violation. The conduct was",
        "negligent.")).facts
    assert facts.violation_date == date(2023, 6, 21)


def _grid(path: Path, rows: list[list[str]]) -> Path:
    """A ruled form grid; a row of fewer cells spans the width evenly (the form's boxes)."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 8)
    left, width, top, height = 50.0, 450.0, 700.0, 24.0
    for index, cells in enumerate(rows):
        y = top - height * index
        canvas.line(left, y, left + width, y)
        step = width / len(cells)
        for column, text in enumerate(cells):
            canvas.line(left + step * column, y, left + step * column, y - height)
            for line, words in enumerate(text.split("\n")):  # a caption over its value
                canvas.drawString(left + step * column + 3, y - 10 - 10 * line, words)
        canvas.line(left + width, y, left + width, y - height)
    canvas.line(left, top - height * len(rows), left + width, top - height * len(rows))
    for line, text in enumerate(("Domestic value: 6736.00", "Penalty case under 19 U.S.C. 1592.")):
        canvas.drawString(left, top - height * len(rows) - 20 - 12 * line, text)
    canvas.save()
    return path


def test_a_form_grid_with_boxes_above_the_entries_header_is_read(tmp_path: Path) -> None:
    # The header's columns owe before paid; the case boxes fill the grid's first rows.
    pdf = _grid(tmp_path / "g.pdf", [
        ["Case number\n3901-2024-287424-01", "Importer no.\n59-4130576"],
        ["Party\nRedfern Textile Co.", "Address\n1800 Loom Parkway, Greensboro, NC 27405"],
        ["Violation date\n06/26/2023", "Culpability\nNegligence (19 U.S.C. 1592(c)(3))"],
        ["Entry Number", "Entry Date", "Entered Value", "Duties Lawfully Owed", "",
         "Duties Deposited", "Liquidated?"],
        ["H4D-1062219-9", "06/26/2023", "4210.00", "421.00", "", "105.26", "Y"],
    ])
    entries = extract_penalty(pdf).facts.entries
    assert len(entries) == 1
    assert entries[0].duty_owed == Decimal("421.00")
    assert entries[0].duty_paid == Decimal("105.26")
    assert entries[0].liquidated is True


def test_addr_and_a_case_number_before_the_name_and_a_wrapped_sentence(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "w.pdf", [
        "PENALTY COMPUTATION WORKSHEET CASE 5301-2024-606467-01",
        "PARTY: Okafor Kitchen Supply LLC", "ADDR: 55 Commerce Row, Suite 210, Houston, TX 77002",
        "CULPABILITY: gross negligence", HEADER, ROW])
    facts = extract_penalty(pdf).facts
    assert facts.party_address == "55 Commerce Row, Suite 210, Houston, TX 77002"
    memo = draw_referral(tmp_path / "m.pdf", [
        "MEMORANDUM", "SUBJECT: Penalty referral, case 1001-2024-204110-01",
        "Ironbridge Tool Distributors, Inc., 1200 Forge Boulevard, Pittsburgh, PA 15222, made",
        "the entries below. We find a Level of culpability: negligence. The",
        "violator did not disclose.", HEADER, ROW])
    facts = extract_penalty(memo).facts
    assert facts.party_name == "Ironbridge Tool Distributors, Inc."
    assert facts.prior_disclosure is False


@pytest.mark.parametrize(("text", "answer"), [
    ("[X] Yes [ ] No", True),
    ("Yes [ ] No [X]", False),
    ("(X) Yes ( ) No", True),
    ("Yes ( ) No (X)", False),
    ("☐ Yes ☒ No", False),
    ("Yes ☐ No ☒", False),
    ("[ ] Yes [ ] No", None),
    ("Y", True),
    ("None", False),
])
def test_yes_no_boxes_are_read_by_the_shared_toolkit(text: str, answer: bool | None) -> None:
    assert yes_no_of(text) is answer


def test_a_disclosure_with_empty_glyph_boxes_is_not_read_from_its_words() -> None:
    assert disclosure_of("☐ Yes ☐ No - filed") is None


def test_a_justified_label_line_split_into_words_gives_no_address_as_the_name(
        tmp_path: Path) -> None:
    # Justified text spreads "Subject party: X, 1500 Commerce" so "Subject" stands alone over
    # the address's last line, like a caption over its value.
    pdf = draw_referral(tmp_path / "j.pdf", [
        "MEMORANDUM", "SUBJECT: Penalty referral, case 2025-1001-969973-01",
        [(72.0, "Subject"), (150.0, "party:"), (200.0, "Pinecrest"), (260.0, "Musical"),
         (310.0, "Instruments"), (370.0, "Inc.,"), (400.0, "1500"), (440.0, "Commerce")],
        "Drive, Elkhart, IN 46514 (IOR 25-4327369).",
        "We find negligence in the entries below.", HEADER, ROW])
    facts = extract_penalty(pdf).facts
    assert facts.party_name == "Pinecrest Musical Instruments Inc."
    assert facts.party_address == "1500 Commerce Drive, Elkhart, IN 46514"
