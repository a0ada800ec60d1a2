"""Money after a clerk's short label with no colon (issue 13, round 34).

- "DV $90,000.00", "D/V 90,000.00", "DOM VAL USD 90,000.00", "DUT VAL $60,000.00": the domestic
  and dutiable values (1592(c) caps the penalty at the domestic value) typed as a clerk does,
  the amount set right after the abbreviation.
- "LOR $2,554.72" (loss of revenue), "LOD $2,554.72", "Loss 2,554.72": the loss of duties told
  for an entry instead of its duty owed, in a sentence, a row's run or a table's column: the duty
  owed is the duty paid and the loss together (19 CFR 162.71(a)); a "LOR" column is never the
  duty owed itself.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, Line, draw_referral

_ROW = ("EGH-3873310-3  03/02/2023  Liquidated: Yes  Entered value $63,867.74  "
        "Duty paid $1,596.69  Duty owed $4,151.41")


def _head(domestic: str) -> list[Line]:
    return [domestic if line.startswith("Domestic") else line for line in REFERRAL_HEAD]


@pytest.mark.parametrize("line", ["DV $90,000.00", "D/V 90,000.00", "DOM VAL USD 90,000.00",
                                  "DV 90000.00", "DV USD 90,000.00"])
def test_a_domestic_value_after_its_abbreviation(tmp_path: Path, line: str) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*_head(line), _ROW])).facts
    assert facts.domestic_value == Decimal("90000.00")


@pytest.mark.parametrize("line", ["DUT VAL $60,000.00", "Dutiable value 60,000.00",
                                  "Dutiable $60,000.00"])
def test_a_dutiable_value_after_its_abbreviation(tmp_path: Path, line: str) -> None:
    lines = [*REFERRAL_HEAD[:-1], line, REFERRAL_HEAD[-1], _ROW]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert facts.dutiable_value == Decimal("60000.00")


@pytest.mark.parametrize("told", [
    "Entry EGH-3873310-3 was entered 03/02/2023 and liquidated; entered value $63,867.74, duty "
    "paid $1,596.69, LOR $2,554.72.",
    "Entry EGH-3873310-3 was entered 03/02/2023 and liquidated; entered value $63,867.74, duty "
    "paid $1,596.69, loss 2,554.72.",
    "EGH-3873310-3  03/02/2023  Liquidated: Yes  Entered value $63,867.74  Duty paid $1,596.69  "
    "LOD $2,554.72",
    "EGH-3873310-3  03/02/2023  Liquidated: Yes  Entered value $63,867.74  Duty paid $1,596.69  "
    "Loss 2,554.72",
])
def test_an_entry_told_with_its_loss_after_a_short_label(tmp_path: Path, told: str) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*REFERRAL_HEAD, told])).facts
    assert [(e.duty_paid, e.duty_owed) for e in facts.entries] == [
        (Decimal("1596.69"), Decimal("4151.41"))]


@pytest.mark.parametrize("loss", ["LOR", "LOD"])
def test_a_loss_column_headed_by_its_abbreviation_is_not_the_duty_owed(
        tmp_path: Path, loss: str) -> None:
    rows: list[Line] = [
        [(72, "Entry No."), (150, "Date"), (210, "Liq."), (250, "Entered Value"),
         (330, "Duty Paid"), (400, loss)],
        [(72, "EGH-3873310-3"), (150, "03/02/2023"), (210, "Yes"), (250, "$63,867.74"),
         (330, "$1,596.69"), (400, "$2,554.72")],
        [(72, "EGH-4400012-1"), (150, "04/02/2023"), (210, "No"), (250, "$13,867.74"),
         (330, "$596.69"), (400, "$554.72")],
    ]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*REFERRAL_HEAD, *rows])).facts
    assert [e.duty_owed for e in facts.entries] == [Decimal("4151.41"), Decimal("1151.41")]


def test_an_entered_value_column_headed_ev(tmp_path: Path) -> None:
    rows: list[Line] = [
        [(72, "Entry No."), (150, "Date"), (210, "Liq."), (250, "EV"), (330, "Duty Paid"),
         (400, "Duty Owed")],
        [(72, "EGH-3873310-3"), (150, "03/02/2023"), (210, "Yes"), (250, "$63,867.74"),
         (330, "$1,596.69"), (400, "$4,151.41")],
    ]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*REFERRAL_HEAD, *rows])).facts
    assert [(e.entered_value, e.duty_owed) for e in facts.entries] == [
        (Decimal("63867.74"), Decimal("4151.41"))]
