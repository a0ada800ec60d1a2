"""An entry's value and liquidation listed apart from the duties' table (issue 13, round 34).

An audit worksheet tables each entry's duties ("Entry | Date | Declared | Correct | Loss") and
lists the entered values and liquidation below it, a line per entry ("DFH-8457462-8: entered
value $39399.78, liquidated"). Those lines fill what the table's cells do not give: the
liquidation decides actual against potential loss (19 CFR 162.71(a)). Where the table and the
list disagree, a person settles it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, Line, draw_referral

_TABLE: list[Line] = [
    [(72, "Entry"), (170, "Date"), (250, "Declared"), (330, "Correct"), (410, "Loss")],
    [(72, "DFH-8457462-8"), (170, "11/29/2024"), (250, "$332.58"), (330, "$1325.50"),
     (410, "$992.92")],
    [(72, "DFH-2110549-4"), (170, "12/21/2024"), (250, "$1538.42"), (330, "$4522.12"),
     (410, "$2983.70")],
    "Declared = duty deposited at entry; Correct = duty lawfully owed.",
]
_LISTS = {
    "colon": ["Entered values and liquidation status:",
              " DFH-8457462-8: entered value $39399.78, liquidated",
              " DFH-2110549-4: entered value $73123.09, unliquidated"],
    "dashes": ["Values and status of the entries",
               "- DFH-8457462-8 - declared value $39,399.78 - liquidated",
               "- DFH-2110549-4 - declared value $73,123.09 - not yet liquidated"],
    "abbreviated": ["Entry DFH-8457462-8 - EV $39,399.78 - LIQ",
                    "Entry DFH-2110549-4 - EV $73,123.09 - UNLIQ"],
    "sentences": ["Entry DFH-8457462-8 was liquidated; its entered value was $39,399.78.",
                  "Entry DFH-2110549-4 is open; its entered value was $73,123.09."],
}


@pytest.mark.parametrize("variant", sorted(_LISTS))
def test_values_listed_below_the_table_fill_its_rows(tmp_path: Path, variant: str) -> None:
    lines = [*REFERRAL_HEAD, *_TABLE, *_LISTS[variant]]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert [(e.entry_number, e.entered_value, e.liquidated, e.duty_paid, e.duty_owed)
            for e in facts.entries] == [
        ("DFH-8457462-8", Decimal("39399.78"), True, Decimal("332.58"), Decimal("1325.50")),
        ("DFH-2110549-4", Decimal("73123.09"), False, Decimal("1538.42"), Decimal("4522.12"))]
    assert not any("liquidated could not be read" in doubt for doubt in facts.doubts)


def test_a_list_that_disagrees_with_the_table_goes_to_a_person(tmp_path: Path) -> None:
    table: list[Line] = [
             [(72, "Entry"), (170, "Date"), (250, "Liq."), (300, "Declared"), (380, "Correct")],
             [(72, "DFH-8457462-8"), (170, "11/29/2024"), (250, "No"), (300, "$332.58"),
              (380, "$1325.50")]]
    lines: list[Line] = [*REFERRAL_HEAD, *table,
                         " DFH-8457462-8: entered value $39399.78, liquidated"]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert any("DFH-8457462-8" in doubt and "differently" in doubt for doubt in facts.doubts)


def test_a_sentence_that_wraps_is_read_to_its_end(tmp_path: Path) -> None:
    """The entry told in a narrative whose sentence wraps ("filed entry X" over "declaring a
    value of ...", "and it remains" over "unliquidated") gives its values whole."""
    told = ["On 6/23/2022 the importer filed entry HH1-4326423-7 declaring a value of",
            "US$ 95,782.16 and depositing duties of US$ 2,394.54; the duty lawfully owed",
            "was US$ 3,371.60, and",
            "it remains unliquidated. On 8/11/2022 the importer filed entry HH1-9959267-1",
            "declaring a value of US$ 103,270.85 and depositing duties of US$ 2,581.76; the duty",
            "lawfully owed was US$ 2,581.76, and it remains unliquidated."]
    table: list[Line] = [
        [(72, "Entry"), (200, "Paid"), (330, "Owed")],
        [(72, "HH1-4326423-7"), (200, "US$ 2,394.54"), (330, "US$ 3,371.60")],
        [(72, "HH1-9959267-1"), (200, "US$ 2,581.76"), (330, "US$ 2,581.76")]]
    lines = [*REFERRAL_HEAD[:-1], *told, *table]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert [(e.entered_value, e.liquidated) for e in facts.entries] == [
        (Decimal("95782.16"), False), (Decimal("103270.85"), False)]
    assert not facts.doubts
