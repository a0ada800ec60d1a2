"""An audit report's entries on an adding machine's tape: each entry a block ("ENTRY X", "DATE
05/18/2023 LIQUIDATED"), its amounts printed before their captions ("40,670.00 ENTERED VALUE")
in a column of their own. Each amount is read with the caption after it (issue 13, the
fifty-ninth hand, held out: no entry read, so no loss computed and the referral sent to a
person)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.penalty_notice.amount_first import amount_first
from bots.penalty_notice.contract import extract_json
from tradebots.pdf import Segment, Word

_REPORT = [
    "REPORT OF AUDIT FINDINGS - Referral for action under 19 U.S.C. 1592",
    "FP&F case: 2025-1001-221370-01",
    "1. Auditee. Northgate Cycle Works Ltd., 600 Industrial Parkway, Portland, OR 97217;",
    "importer of record number 77-4899814.",
    "2. Merchandise. Bicycle disc brake calipers, hydraulic, part no. NC-220.",
    "3. Findings. Our audit of the entries on the attached tape found duty underpaid through an",
    "incorrect classification. The earliest violation occurred on May 18, 2023.",
    "4. Culpability. On the records reviewed we consider the conduct to be gross negligence.",
    "5. Prior disclosure. No prior disclosure was made.",
    "6. Nature of importation. The importation was commercial.",
    "7. Values. The domestic value of the merchandise is 286,784.00; its dutiable value is",
    "87,360.00.",
    "Attachment: computation tape",
]
_TAPE = [("A92-4944853-1", "05/18/2023", ("40,670.00", "1,260.76", "3,225.12")),
         ("76D-7558503-0", "06/19/2023", ("46,690.00", "901.10", "4,085.36"))]


def _report(path: Path, captions: tuple[str, str, str], glued: bool) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 9)
    y = 740.0
    for line in _REPORT:
        canvas.drawString(60, y, line)
        y -= 13
    canvas.setFont("Courier", 9)
    for number, entered, amounts in _TAPE:
        canvas.drawString(226, y, f"ENTRY {number}")
        canvas.drawString(226, y - 12, f"DATE {entered} LIQUIDATED")
        y -= 24
        for amount, caption in zip(amounts, captions, strict=True):
            if glued:
                canvas.drawString(226, y, f"{amount} {caption}")
            else:
                canvas.drawRightString(318, y, amount)
                canvas.drawString(330, y, caption)
            y -= 12
    canvas.save()
    return path


@pytest.mark.parametrize("captions", [("ENTERED VALUE", "DUTY PAID", "DUTY OWED"),
                                      ("DECLARED VALUE", "DUTY DEPOSITED", "DUTY DUE")])
@pytest.mark.parametrize("glued", [False, True])
def test_a_tapes_amounts_are_read_with_the_captions_after_them(
        tmp_path: Path, captions: tuple[str, str, str], glued: bool) -> None:
    read = extract_json(_report(tmp_path / "tape.pdf", captions, glued), today=date(2025, 9, 1))
    entries = read["values"]["entries"]
    assert [e["entry_number"] for e in entries] == ["A92-4944853-1", "76D-7558503-0"]
    assert [e["entry_date"] for e in entries] == ["2023-05-18", "2023-06-19"]
    assert [(e["entered_value"], e["duty_paid"], e["duty_owed"]) for e in entries] == [
        (40670.0, 1260.76, 3225.12), (46690.0, 901.1, 4085.36)]
    assert read["decision"]["loss_of_duties"]["actual"] == 5148.62


def _segment(*texts: str) -> Segment:
    return Segment(tuple(Word(1, 60.0 + 40 * i, 100.0, 95.0 + 40 * i, 109.0, text)
                         for i, text in enumerate(texts)))


@pytest.mark.parametrize("line", [
    [_segment("8.", "Dutiable", "value")],  # a form's numbered box (the seventeenth hand)
    [_segment("7.", "Domestic", "value"), _segment("8.", "Dutiable", "value")],
    [_segment("2023"), _segment("Entered", "value")],  # a year, not an amount
])
def test_a_boxs_number_before_its_caption_is_no_amount(line: list[Segment]) -> None:
    assert [s.text for s in amount_first(line)] == [s.text for s in line]


def test_an_amount_before_its_caption_in_one_segment_is_set_after_it() -> None:
    assert [s.text for s in amount_first([_segment("$1,260.76", "duty", "paid")])] == [
        "duty paid $1,260.76"]
