"""A referral that prints each entry on a bordered card, two cards side by side and the odd one
alone below (issue 13, the sixty-second hand, held out, read after its measurement): each card is
read as one entry, and a box drawn round the lone card is no table of all the entries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.pairs_on_line import records_side_by_side
from bots.penalty_notice.contract import extract_json
from tradebots.pdf import Segment, Word

_OPENING = [
    "REFERRAL FOR PENALTY ACTION UNDER 19 U.S.C. 1592",
    "This office refers Tamarack Cycle Works Ltd. of 77 Lakeshore Drive, Duluth, MN 55802",
    "(importer number 88-5132463) for a penalty proceeding. In the entries on the cards below",
    "the party declared aluminium extrusions at values that understated the duties due. We find",
    "that the party acted with negligence; the violation occurred on 11MAR2024. No prior",
    "disclosure was made. The importation was commercial.",
    "The domestic value of the merchandise is USD 249,500.00; its dutiable value is USD",
    "135,400.00.",
]
_CARDS = [("4HB-4214761-8", "11MAR2024", "Liquidated", "10,960.37", "328.81", "1,128.81"),
          ("4HB-1998504-0", "30MAY2024", "{status}", "14,528.30", "435.84", "1,435.84"),
          ("4HB-9316304-3", "11JUN2024", "Liquidated", "9,965.54", "298.96", "998.96")]
_CAPTIONS = ("Entry", "Entered", "Status", "Entered value", "Duty paid", "Duty owed")


def _card(canvas: Canvas, x: float, top: float, title: str, card: tuple[str, ...],
          boxed: bool) -> None:
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(x + 6, top - 12, title)
    canvas.setFont("Helvetica", 8)
    for n, (caption, value) in enumerate(zip(_CAPTIONS, card, strict=True)):
        canvas.drawString(x + 6, top - 30 - 11 * n, caption)
        canvas.drawString(x + 80, top - 30 - 11 * n, value)
    if boxed:
        canvas.rect(x, top - 100, 230, 100)


def _referral(path: Path, status: str, boxed: bool) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 9)
    for n, line in enumerate(_OPENING):
        canvas.drawString(60, 740 - 13 * n, line)
    cards = [tuple(v.format(status=status) for v in card) for card in _CARDS]
    _card(canvas, 60, 630, "ENTRY CARD 1", cards[0], boxed)
    _card(canvas, 314, 630, "ENTRY CARD 2", cards[1], boxed)
    _card(canvas, 60, 515, "ENTRY CARD 3", cards[2], boxed)
    canvas.drawString(60, 390, "Submitted by Eleanor V. Szabo, Supervisory Import Specialist.")
    canvas.save()
    return path


@pytest.mark.parametrize("boxed", [True, False])
@pytest.mark.parametrize("status, liquidated", [("Liquidated", True), ("Unliquidated", False)])
def test_each_card_side_by_side_or_alone_is_one_entry(
        tmp_path: Path, boxed: bool, status: str, liquidated: bool) -> None:
    read = extract_json(_referral(tmp_path / "cards.pdf", status, boxed), today=date(2025, 9, 1))
    entries = read["values"]["entries"]
    assert [e["entry_number"] for e in entries] == [card[0] for card in _CARDS]
    assert [e["liquidated"] for e in entries] == [True, liquidated, True]
    assert [e["duty_owed"] for e in entries] == [1128.81, 1435.84, 998.96]
    loss = read["decision"]["loss_of_duties"]
    assert loss["actual"] == (800.0 + 1000.0 + 700.0 if liquidated else 1500.0)


def test_a_table_whose_column_heads_share_a_word_is_read_as_rows() -> None:
    def line(top: float, *cells: tuple[float, str]) -> list[Segment]:
        return [Segment(tuple(Word(1, x + 30 * n, top, x + 30 * n + 25, top + 8, text)
                              for n, text in enumerate(cell.split())))
                for x, cell in cells]

    table = [line(100, (60, "Entry number"), (300, "Entry date")),
             line(111, (60, "AB1-2345678-9"), (300, "2024-03-11")),
             line(122, (60, "AB1-2345679-7"), (300, "2024-05-30"))]
    assert [[s.text for s in row] for row in records_side_by_side(table)] == [
        ["Entry number", "Entry date"], ["AB1-2345678-9", "2024-03-11"],
        ["AB1-2345679-7", "2024-05-30"]]
