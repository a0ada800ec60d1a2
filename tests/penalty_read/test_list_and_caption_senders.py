"""Referrals whose writer bullets the labelled values, captions boxes with one bare word, states
the kind of violation as "the nature of the false statement", or leaves the culpability out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.row_runs import row_runs
from bots.penalty_notice.extract import NotAReferral, extract_penalty
from bots.penalty_notice.extract_entries import ENTRY_NUMBER
from bots.penalty_notice.extract_violation import kind_of
from bots.penalty_notice.scanned import OCR_CAP
from tests.penalty_read.drawn import draw_referral

ROWS = [
    "Entry No. Entry Date Liq. Entered Value Duty Paid Duty Owed",
    "D18-7356039-9 26-MAY-2024 Open 33,786.28 1,148.73 8,446.57",
    "D18-8361390-7 01-JUL-2024 Final 89,514.20 2,237.86 6,713.56",
]
FACTS = [
    "Merchandise: imported polyester fleece blankets.",
    "Material facts:",
    "An audit found that the goods were declared as of Thai origin but were made in China.",
]


@pytest.mark.parametrize("below", [
    "\u2022 Domestic value: 278,627.00",
    "- Domestic value: $278,627.00",
    "* DV: USD 278,627.00",
    "Dutiable value: 206,380.00",
])
def test_a_bulleted_or_labelled_value_under_the_rows_ends_the_last_row(below: str) -> None:
    # Before: the last row ran on into the values below it, so it held five amounts and the
    # row-by-row reading of the table gave up.
    text = "\n".join([*ROWS, below, "\u2022 Dutiable value: 206,380.00", "Merchandise"])
    runs = row_runs(text, ENTRY_NUMBER)
    assert [len(run.amounts) for run in runs] == [3, 3]


def test_an_aligned_table_in_tight_columns_over_bulleted_values_is_read(tmp_path: Path) -> None:
    # As ConTeXt sets a pipe table: the columns only a word space apart, values bulleted below
    # (drawn with "-" and "*": the test font has no bullet glyph).
    pdf = draw_referral(tmp_path / "memo.pdf", [
        "Penalty case referral 2026-5301-568080-01", "Case: 2026-5301-568080-01",
        "Degree of culpability: Gross negligence", "Name: Lakeshore Bicycle Imports",
        "Violation occurred: 26-MAY-2024", *ROWS,
        "- Domestic value: 278,627.00", "* Dutiable value: 206,380.00", *FACTS,
    ])
    facts = extract_penalty(pdf).facts
    assert [e.entry_number for e in facts.entries] == ["D18-7356039-9", "D18-8361390-7"]
    first, second = facts.entries
    assert (first.entry_date, first.liquidated, first.duty_owed) == (
        date(2024, 5, 26), False, Decimal("8446.57"))
    assert (second.liquidated, second.entered_value) == (True, Decimal("89514.20"))
    assert (facts.domestic_value, facts.dutiable_value) == (
        Decimal("278627.00"), Decimal("206380.00"))


@pytest.mark.parametrize(("disclosure", "made"), [
    ("- Prior disclosure?: Not made", False),
    ("- Disclosure: None", False),
    ("Disclosure (162.74): Filed and accepted as valid", True),
    ("Disclosure status: None on file", False),
    ("PD filed?: No", False),
])
def test_bare_captions_and_bulleted_labels_are_read(
    tmp_path: Path, disclosure: str, made: bool
) -> None:
    # Before: "Name", "Location" and "Disclosure" alone captioned nothing, and a bullet or a
    # question mark before the colon hid the label ("The referral mentions a prior disclosure").
    pdf = draw_referral(tmp_path / "memo.pdf", [
        "FP&F PENALTY REFERRAL - 19 U.S.C. 1592", "Case ID: 2026-2704-558405-01",
        "Name: Juniper & Vale Kitchenware", "Location: 25 Orchard Lane, Hood River, OR 97031",
        "- IOR: 93-2745106", "* Earliest violation: 04-OCT-2024",
        "- Proposed culpability: negligence", disclosure, *ROWS, "Domestic value: 118,218.00",
        *FACTS,
    ])
    extraction = extract_penalty(pdf)
    facts = extraction.facts
    assert (facts.party_name, facts.party_address) == (
        "Juniper & Vale Kitchenware", "25 Orchard Lane, Hood River, OR 97031")
    assert (facts.importer_number, facts.violation_date) == ("93-2745106", date(2024, 10, 4))
    assert facts.prior_disclosure is made
    assert facts.doubts == ()


@pytest.mark.parametrize(("lines", "kind"), [
    (["VIOLATION:", "Nature of the false statement: quantity understated."], "quantity"),
    (["Violation", "Nature of the false statement: misdescribed."], "description"),
    (["Type of misstatement: undervalued."], "valuation"),
    (["VIOLATION:", "Wrong country of origin declared."], "origin"),
])
def test_the_kind_of_violation_under_a_heading_or_a_false_statement_label_is_read(
    tmp_path: Path, lines: list[str], kind: str
) -> None:
    # Before: the kind stood on the line under "VIOLATION:" or after "Nature of the false
    # statement", so 162.77(b)(1)(iii) was reported missing and the case went to a person.
    pdf = draw_referral(tmp_path / "memo.pdf", [
        "FP&F PENALTY REFERRAL - 19 U.S.C. 1592", "Case: 2026-2704-558405-01",
        "Culpability: Negligence", *ROWS, "Domestic value: 118,218.00",
        "Merchandise: imported power tool batteries.", *lines, "MATERIAL FACTS:",
        "An audit found that the importer's records do not support the entries.",
    ])
    assert extract_penalty(pdf).facts.violation_type == kind


@pytest.mark.parametrize(("statement", "kind"), [
    ("The entry declared fewer units than the packing lists show.", "quantity"),
    ("The goods were described as parts although they were complete units.", "description"),
    ("The invoice wrongly described the goods.", "description"),
])
def test_what_the_statement_says_happened_names_the_kind(statement: str, kind: str) -> None:
    assert kind_of(statement) == kind


def test_a_penalty_case_without_its_culpability_is_read_and_left_to_a_person(
    tmp_path: Path,
) -> None:
    # Before: refused as "not a penalty referral"; a memo that names the violator and the
    # entries is a referral whose culpability is missing (a person supplies it).
    pdf = draw_referral(tmp_path / "memo.pdf", [
        "MEMORANDUM", "TO: Chief, Fines, Penalties and Forfeitures",
        "RE: Case 2026-2704-424808-01, Bayline Optical Supply LLC",
        "The violator is Bayline Optical Supply LLC, 45 Harbor Loop, Tampa, FL 33602.",
        *ROWS, "Domestic value: 209,086.00", *FACTS,
    ])
    facts = extract_penalty(pdf).facts
    assert facts.culpability is None
    assert len(facts.entries) == 2


def test_a_letter_naming_a_violation_without_a_case_or_entries_is_still_refused(
    tmp_path: Path,
) -> None:
    pdf = draw_referral(tmp_path / "letter.pdf", [
        "Dear customer,", "Please note that late payment is a violation of our terms.",
        "Invoice 2041 remains open.",
    ])
    with pytest.raises(NotAReferral):
        extract_penalty(pdf)


def _computation_referral(path: Path, basis: str, amount: str, dutiable: list[tuple[float, str]],
                          ) -> Path:
    return draw_referral(path, [
        "PENALTY CASE REFERRAL - 19 U.S.C. 1592",
        [(72.0, "Case no."), (220.0, "2025-1001-601841-01")],
        [(72.0, "Violator"), (220.0, "Silver Creek Footwear, Inc.")],
        [(72.0, "Violator address"), (220.0, "5050 Tanner Road; Portland, OR 97217")],
        [(72.0, "Culpability"), (220.0, "negligent")],
        [(72.0, "Date of violation"), (220.0, "04/06/2023")], *ROWS,
        [(72.0, "Computation"), (230.0, "Basis"), (390.0, "Amount")],
        [(72.0, "Domestic value"), (230.0, basis), (390.0, amount)],
        [(72.0, "Dutiable value"), *dutiable], *FACTS,
    ])


@pytest.mark.parametrize(("amount", "value"), [
    ("USD 207,038.00", Decimal("207038.00")), ("207038.00", Decimal("207038.00")),
])
def test_a_computation_row_gives_the_amount_under_its_column_not_the_basis_before_it(
    tmp_path: Path, amount: str, value: Decimal
) -> None:
    # Before: "Domestic value | 162.43 | USD 207,038.00" gave 162.43 (19 CFR 162.43, the basis)
    # at full confidence, and the draft capped the penalty at $162.43; the dutiable value
    # after its basis in words ("all entries") was not read at all.
    pdf = _computation_referral(tmp_path / "case.pdf", "162.43", amount,
                                [(230.0, "all entries"), (390.0, "139,180.00")])
    facts = extract_penalty(pdf).facts
    assert (facts.domestic_value, facts.dutiable_value) == (value, Decimal("139180.00"))
    # One address printed on one line, its lines joined by a semicolon.
    assert facts.party_address == "5050 Tanner Road, Portland, OR 97217"


def test_two_bare_figures_nothing_tells_apart_are_left_to_a_person(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "case.pdf", [
        "PENALTY CASE REFERRAL - 19 U.S.C. 1592", "Case no.: 2025-1001-601841-01",
        "Culpability: negligent", *ROWS,
        [(72.0, "Domestic value"), (230.0, "162.43"), (390.0, "207038.00")], *FACTS,
    ])
    assert extract_penalty(pdf).facts.domestic_value is None


def test_a_subject_line_split_word_by_word_never_gives_the_party_below_it(tmp_path: Path) -> None:
    # A scan's OCR layer leaves every word its own segment: "SUBJECT | Referral | for ..."; the
    # subject names no party, so the first word of the next line ("This") is not the party.
    words = ["Referral", "for", "1592", "penalty,", "case", "no.", "2024-3901-252740-01"]
    pdf = draw_referral(tmp_path / "memo.pdf", [
        "MEMORANDUM", [(72.0, "SUBJECT"), *((150.0 + 40 * i, w) for i, w in enumerate(words))],
        [(72.0, "This"), (100.0, "referral concerns Prairie Wind Textiles Co., 725 Depot Street")],
        "The level of culpability is fraudulent.", *ROWS, "Domestic value 310461.00", *FACTS,
    ])
    assert extract_penalty(pdf).facts.party_name != "This"


def test_a_form_row_of_two_labelled_amounts_gives_each_its_own(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "case.pdf", [
        "PENALTY CASE REFERRAL - 19 U.S.C. 1592", "Case no.: 2025-1001-601841-01",
        "Culpability: negligent", *ROWS,
        [(72.0, "Domestic value"), (160.0, "$150,000.00"), (300.0, "Dutiable value"),
         (390.0, "$120,000.00")], *FACTS,
    ])
    facts = extract_penalty(pdf).facts
    assert (facts.domestic_value, facts.dutiable_value) == (
        Decimal("150000.00"), Decimal("120000.00"))


def test_a_labelled_line_above_an_aligned_table_is_no_part_of_its_header(tmp_path: Path) -> None:
    # Before: "PRIOR DISCLOSURE: No prior disclosure was made" (no figure in it) was folded into
    # the header, its words shifted the columns and the entered value was read as the duty paid.
    # Courier, as a case system prints: its wide spaces split "March 8, 2022" into three spans.
    cols = (40.0, 116.5, 193.0, 223.6, 300.1, 356.2)
    pdf = draw_referral(tmp_path / "case.pdf", [
        "FP&F PENALTY REFERRAL - 19 U.S.C. 1592", "CASE NUMBER: 2026-1001-709302-01",
        "CULPABILITY: negligence",
        [(40.0, "PRIOR DISCLOSURE:     No prior disclosure was made")],
        list(zip(cols, ["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid",
                        "Duty Owed"], strict=True)),
        list(zip(cols, ["D18-8791391-5", "March 8, 2022", "Yes", "11,050.18", "519.36",
                        "828.76"], strict=True)),
        "Domestic value: 99,744.00", *FACTS,
    ], font="Courier")
    (entry,) = extract_penalty(pdf).facts.entries
    assert (entry.entered_value, entry.duty_paid, entry.duty_owed) == (
        Decimal("11050.18"), Decimal("519.36"), Decimal("828.76"))


def _scanned(x: float, text: str) -> list[tuple[float, str]]:
    """TEXT word by word a line height apart, as a scan's OCR layer places its words."""
    cells = []
    for word in text.split():
        cells.append((x, word))
        x += stringWidth(word, "Helvetica", 8.5) + 9.0
    return cells


def test_a_value_an_ocr_layer_split_word_by_word_is_read_whole(tmp_path: Path) -> None:
    # Before: "Silver" and "5050" (the first word of each value) at full confidence.
    pdf = draw_referral(tmp_path / "scan.pdf", [
        "PENALTY CASE REFERRAL - 19 U.S.C. 1592",
        [(72.0, "Case no."), *_scanned(220.0, "2025-1001-601841-01")],
        [(72.0, "Violator"), *_scanned(220.0, "Silver Creek Footwear, Inc.")],
        [(72.0, "Violator address"), *_scanned(220.0, "5050 Tanner Road, Portland, OR 97217")],
        [(72.0, "Culpability"), *_scanned(220.0, "negligent")],
        [(72.0, "Violation date"), *_scanned(220.0, "April 6, 2023")],
        [(72.0, "Case officer"), (300.0, "R. Castellanos")],
        *ROWS, [(72.0, "Domestic value"), *_scanned(220.0, "USD 207,038.00")], *FACTS,
    ])
    facts = extract_penalty(pdf).facts
    assert (facts.party_name, facts.party_address) == (
        "Silver Creek Footwear, Inc.", "5050 Tanner Road, Portland, OR 97217")
    assert (facts.violation_date, facts.domestic_value) == (date(2023, 4, 6), Decimal("207038.00"))


def test_labels_an_ocr_layer_split_word_by_word_give_no_value_of_their_own_words(
    tmp_path: Path,
) -> None:
    # Before: "Name | of | violator" gave the party "of" at full confidence (a bare "Name"
    # caption with the rest of its own label beside it).
    def pair(label: str, value: str) -> list[tuple[float, str]]:
        return [*_scanned(72.0, label), *_scanned(220.0, value)]

    pdf = draw_referral(tmp_path / "scan.pdf", [
        "PENALTY CASE REFERRAL - 19 U.S.C. 1592", pair("Case no.", "2025-1001-601841-01"),
        pair("Name of violator", "Silver Creek Footwear, Inc."),
        pair("Importer no.", "73-1430710"), pair("Level of culpability", "negligent"),
        pair("Date of violation", "April 6, 2023"), *ROWS,
        pair("Domestic value", "USD 207,038.00"), *FACTS,
    ])
    facts = extract_penalty(pdf).facts
    assert (facts.party_name, facts.importer_number) == ("Silver Creek Footwear, Inc.",
                                                         "73-1430710")
    assert (facts.culpability, facts.violation_date) == ("negligence", date(2023, 4, 6))


def test_values_read_from_a_scans_text_layer_score_below_typed_ones(tmp_path: Path) -> None:
    # Before: an OCR layer's values scored 0.95 like a typed PDF's, though a scan's digits can
    # be misread ("S14.31"); now no value of a scanned page scores above OCR_CAP.
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.drawImage(ImageReader(Image.new("L", (85, 110), 255)), 0, 0, *letter)
    y = letter[1] - 72
    for line in ["PENALTY CASE REFERRAL - 19 U.S.C. 1592", "Case no.: 2025-1001-601841-01",
                 "Violator: Silver Creek Footwear, Inc.", "Culpability: negligent", *ROWS,
                 "Domestic value: 207,038.00", *FACTS]:
        canvas.drawString(72, y, line)
        y -= 13
    canvas.save()
    extraction = extract_penalty(path)
    assert extraction.facts.party_name == "Silver Creek Footwear, Inc."
    assert max(item.confidence for item in extraction.fields.values()) <= OCR_CAP
