"""Referrals of senders in general (issue 13, round 31): a memo's entries table sets the status
column so close to the entered value that a long status runs into the amount ("UNLIQ77,313.40"
under "Liq."): the status is the entry's liquidation and the amount the entered value, as the
columns of the other rows show."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, Line, draw_referral, page_with_lines

_X = (72.0, 160.0, 225.0, 262.0, 350.0, 440.0)


def _row(*texts: str) -> list[tuple[float, str]]:
    return [(x, t) for x, t in zip(_X, texts, strict=True) if t]


@pytest.mark.parametrize(("glued", "liquidated", "value"), [
    ("UNLIQ77,313.40", False, "77313.40"),
    ("Final$77,313.40", True, "77313.40"),
    ("OpenUSD 77,313.40", False, "77313.40"),
    ("N77,313.40", False, "77313.40"),
])
def test_a_status_run_into_the_amount_gives_both(
        tmp_path: Path, glued: str, liquidated: bool, value: str) -> None:
    lines: list[Line] = [
        *REFERRAL_HEAD[:-1],
        _row("Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"),
        _row("1GF-3967954-1", "5/1/2020", glued, "", "1,288.56", "3,927.48"),
        _row("1GF-5525103-5", "5/24/2020", "LIQ", "71,741.74", "5,978.48", "6,325.58"),
        "Facts: the importer declared glazed stoneware dinnerware as hotel ware.",
    ]
    entries = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts.entries
    assert entries[0].entered_value == Decimal(value)
    assert entries[0].liquidated is liquidated
    assert entries[1].entered_value == Decimal("71741.74")


_EDGES = (66.0, 165.0, 234.0, 271.0, 363.0, 454.0, 546.0)


def _ruled(path: Path, glued: str) -> Path:
    canvas, y = page_with_lines(path, REFERRAL_HEAD[:-1])
    rows = [("Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"),
            ("1GF-3967954-1", "5/1/2020", glued, "", "1,288.56", "3,927.48"),
            ("1GF-5525103-5", "5/24/2020", "LIQ", "71,741.74", "5,978.48", "6,325.58")]
    top = y + 10
    for row in rows:
        for x, text in zip(_EDGES, row, strict=False):
            if text:
                canvas.drawString(x + 4, y, text)
        y -= 18
    for x in _EDGES:
        canvas.line(x, top, x, top - 18 * len(rows))
    for n in range(len(rows) + 1):
        canvas.line(_EDGES[0], top - 18 * n, _EDGES[-1], top - 18 * n)
    canvas.drawString(72, y - 10, "Facts: the importer declared glazed stoneware as hotel ware.")
    canvas.save()
    return path


@pytest.mark.parametrize(("glued", "liquidated"), [
    ("UNLIQ77,313.40", False), ("FINAL77,313.40", True), ("Open$77,313.40", False)])
def test_a_status_cut_by_the_column_rule_gives_both(
        tmp_path: Path, glued: str, liquidated: bool) -> None:
    entries = extract_penalty(_ruled(tmp_path / "r.pdf", glued)).facts.entries
    assert entries[0].entered_value == Decimal("77313.40")
    assert entries[0].liquidated is liquidated
    assert entries[1].entered_value == Decimal("71741.74")


def test_an_amount_printed_across_its_column_s_rule_is_read_whole(tmp_path: Path) -> None:
    # the amount overflows its cell to the left, over the empty status cell's rule
    entries = extract_penalty(_ruled(tmp_path / "r.pdf", "      77,313.40")).facts.entries
    assert entries[0].entered_value == Decimal("77313.40")


def test_an_amount_that_only_touches_its_rule_is_read_as_printed(tmp_path: Path) -> None:
    # set a point left of the rule: its first glyph's middle still inside its own cell
    canvas, y = page_with_lines(tmp_path / "r.pdf", REFERRAL_HEAD[:-1])
    rows = [("Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"),
            ("1GF-3967954-1", "5/1/2020", "UNLIQ", "77,313.40", "1,288.56", "3,927.48")]
    top = y + 10
    for row in rows:
        for n, (x, text) in enumerate(zip(_EDGES, row, strict=False)):
            canvas.drawString(x - 1.0 if n == 3 and row is rows[1] else x + 4, y, text)
        y -= 18
    for x in _EDGES:
        canvas.line(x, top, x, top - 18 * len(rows))
    for n in range(len(rows) + 1):
        canvas.line(_EDGES[0], top - 18 * n, _EDGES[-1], top - 18 * n)
    canvas.save()
    entries = extract_penalty(tmp_path / "r.pdf").facts.entries
    assert entries[0].entered_value == Decimal("77313.40")
