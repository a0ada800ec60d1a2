"""Referral cables, case-system listings and statements of charges (issue 13, round 38: the
sixtieth and sixty-first hands).

- A cable gives each entry on two lines, its number, date and status, then its amounts parted
  by slashes, under a caption that names the columns in clipped words ("ENTRIES (ENTRY/DATE/
  LIQ/ENTD VAL/DUTY PD/DUTY OWED)"). "DUTY PD" went unrecognised as the paid column, so no
  entry was read; and the last entry's run took in the next numbered paragraph's figure
  ("8. DOMESTIC VALUE USD 170,560.00"), so its amounts fitted no column.
- A case listing prints the culpability under a clipped caption with a code and its words
  ("CULP CODE FRD FRAUD"): unread, every listing went to a person for (v). Its legend of the
  codes names every level and so none.
- A cable names the goods as CBP abbreviates the word ("6. MDSE CAST IRON DUTCH OVENS").
- A count tells the entry's date before its number ("On 9 January 2024 the party entered
  wooden blocks ... under entry number X"): the goods between the verb and the entry kept the
  date from the entry.
- A street line whose comma sets a unit apart ("9 TERMINAL WAY, BUILDING C" over "ELIZABETH,
  NJ 07201") begins no city: the break before the city line is still a comma.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

_CABLE_HEAD = [
    "ZCZC FP512 10 OCT 2025",
    "TO FP AND F OFFICER PORT 2704 LOS ANGELES",
    "FM CBP IMPORT SPECIALIST TEAM 120",
    "SUBJ REFERRAL FOR PENALTY 19 USC 1592 CASE 2025-2704-374396-01",
    "BT",
    "1. PARTY LAKESHORE CERAMIC TILE CORP.",
    "{street}",
    "{city}",
    "IOR NO 30-8304030",
    "2. VIOLATION DATE 13 JUN 2024",
    "3. {culpability}",
    "4. PRIOR DISCLOSURE NONE.",
    "5. IMPORTATION COMMERCIAL.",
    "6. {goods} CAST IRON ENAMELLED DUTCH OVENS, 5.5 QUART",
]
_ENTRIES = [
    ("A. 1AB-6386787-8 13 JUN 2024 LIQD", "{c}46,036.20 / {c}1,150.90 / {c}2,531.98"),
    ("B. 1AB-6737515-9 27 AUG 2024 LIQD", "{c}55,161.60 / {c}3,585.50 / {c}5,240.34"),
    ("C. 1AB-5778484-0 07 OCT 2024 UNLIQD", "{c}59,865.10 / {c}1,496.62 / {c}3,292.58"),
]


def _cable(caption: str = "7. ENTRIES (ENTRY/DATE/LIQ/ENTD VAL/DUTY PD/DUTY OWED)",
           after: str = "8. DOMESTIC VALUE USD 289,913.00", currency: str = "USD ",
           street: str = "2715 NORTH ASHLAND AVENUE", city: str = "CHICAGO, IL 60614",
           culpability: str = "CULPABILITY GROSS NEGLIGENCE", goods: str = "MDSE") -> list[str]:
    head = [line.format(street=street, city=city, culpability=culpability, goods=goods)
            for line in _CABLE_HEAD]
    rows = [line.format(c=currency) for entry in _ENTRIES for line in entry]
    return [*head, caption, *rows, after, "9. DUTIABLE VALUE USD 161,000.00", "BT", "NNNN"]


_OWED = [Decimal("2531.98"), Decimal("5240.34"), Decimal("3292.58")]


@pytest.mark.parametrize("caption", [
    "7. ENTRIES (ENTRY/DATE/LIQ/ENTD VAL/DUTY PD/DUTY OWED)",
    "7. ENTRIES (NUMBER/DATE/STATUS/ENTERED VAL/DUTIES PD/DUTIES OWED)",
    "7. ENTRIES - ENTRY, DATE, LIQ, VALUE, DUTY PD., DUTY OWED",
])
@pytest.mark.parametrize("after", [
    "8. DOMESTIC VALUE USD 289,913.00",
    "8) DOMESTIC VALUE 289,913.00",
    "DOMESTIC VALUE USD 289,913.00",
])
def test_a_cables_entries_on_two_lines_each_are_read(tmp_path: Path, caption: str,
                                                       after: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", _cable(caption, after)))
    entries = reading.facts.entries
    assert [e.entry_number for e in entries] == ["1AB-6386787-8", "1AB-6737515-9",
                                                 "1AB-5778484-0"]
    assert [e.entry_date for e in entries] == [date(2024, 6, 13), date(2024, 8, 27),
                                               date(2024, 10, 7)]
    assert [e.liquidated for e in entries] == [True, True, False]
    assert [e.duty_paid for e in entries] == [Decimal("1150.90"), Decimal("3585.50"),
                                              Decimal("1496.62")]
    assert [e.duty_owed for e in entries] == _OWED
    assert [e.entered_value for e in entries][2] == Decimal("59865.10")


@pytest.mark.parametrize("status", ["NOT LIQUIDATED", "NOT LIQD", "UNLIQUIDATED OPEN"])
def test_the_last_entrys_status_wrapped_before_its_amounts_stays_in_its_row(
        tmp_path: Path, status: str) -> None:
    lines = [line if not line.startswith("C. ") else line.replace(" UNLIQD", "")
             for line in _cable()]
    row = lines.index("USD 59,865.10 / USD 1,496.62 / USD 3,292.58")
    lines[row] = f"{status} {lines[row]}"
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    last = reading.facts.entries[-1]
    assert (last.liquidated, last.duty_owed) == (False, Decimal("3292.58"))


@pytest.mark.parametrize("goods", ["MDSE", "MDSE.", "MDSE:", "DESC OF MDSE", "MERCH. DESC."])
def test_goods_under_a_clipped_caption_are_the_merchandise(tmp_path: Path, goods: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", _cable(goods=goods)))
    assert reading.facts.merchandise == "CAST IRON ENAMELLED DUTCH OVENS, 5.5 QUART"


@pytest.mark.parametrize(("culpability", "level"), [
    ("CULP CODE FRD FRAUD", "fraud"),
    ("CULP CODE NEG NEGLIGENCE", "negligence"),
    ("CULP. CD: GRN - GROSS NEGLIGENCE", "gross_negligence"),
    ("CULP LVL NEG", "negligence"),
    ("CULPABILITY CODE GN", "gross_negligence"),
])
def test_a_clipped_culpability_caption_gives_the_level(tmp_path: Path, culpability: str,
                                                       level: str) -> None:
    lines = [*_cable(culpability=culpability),
             "LEGEND CULP NEG = NEGLIGENCE GRN = GROSS NEGLIGENCE FRD = FRAUD"]
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    assert reading.facts.culpability == level


def test_a_legend_of_the_codes_alone_names_no_level(tmp_path: Path) -> None:
    lines = [*_cable(culpability="STATUTE 19 USC 1592(A)"),
             "CULP NEG = NEGLIGENCE GRN = GROSS NEGLIGENCE FRD = FRAUD"]
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    assert reading.facts.culpability is None


@pytest.mark.parametrize(("street", "city", "joined"), [
    ("9 TERMINAL WAY, BUILDING C", "ELIZABETH, NJ 07201",
     "9 TERMINAL WAY, BUILDING C, ELIZABETH, NJ 07201"),
    ("2250 COMMERCE PARKWAY, SUITE 300", "COLUMBUS, OH 43219",
     "2250 COMMERCE PARKWAY, SUITE 300, COLUMBUS, OH 43219"),
    ("40 PIER ROAD, UNIT 4B", "NORFOLK, VA 23510", "40 PIER ROAD, UNIT 4B, NORFOLK, VA 23510"),
    # a city begun on the street's line and wrapped stays one city
    ("12 MAIN ST., NEW", "ORLEANS, LA 70130", "12 MAIN ST., NEW ORLEANS, LA 70130"),
])
def test_a_unit_after_the_streets_comma_begins_no_city(tmp_path: Path, street: str, city: str,
                                                       joined: str) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", _cable(street=street, city=city)))
    assert reading.facts.party_address == joined


_COUNTS_HEAD = [
    "STATEMENT OF CHARGES FOR REFERRAL UNDER 19 U.S.C. 1592",
    "Case number 2025-1303-634535-01",
    "In the matter of Brightwater Garden Supply Co., 912 Nursery Way, Portland, OR 97217 (importer",
    "number 89-9054883), the following counts are stated.",
]
_COUNTS_TAIL = [
    "COMMON ALLEGATIONS",
    "The date of the violation charged is 9 January 2024. The level of culpability charged is",
    "negligence. The importation was commercial.",
    "The domestic value of the merchandise is 262,560.00.",
]


@pytest.mark.parametrize("opening", [
    "On 9 January 2024 the party entered children's wooden building blocks in canvas bags, 60 "
    "pieces under entry number {n},",
    "On 01/09/2024 the importer imported 400 cartons of ceramic mugs (12 oz.) through entry "
    "no. {n},",
    "On January 9, 2024, Brightwater entered garden hose reels by entry {n},",
])
def test_a_counts_date_before_the_goods_and_the_entry_dates_it(tmp_path: Path,
                                                               opening: str) -> None:
    count = opening.format(n="HID-3924138-4")
    lines = [*_COUNTS_HEAD, "COUNT 1", count[:90], count[90:]
             + " declaring an entered value of 69,063.08 and depositing duties of 1,381.26.",
             "The duties lawfully owed were 6,906.30. The entry has been liquidated.",
             *_COUNTS_TAIL]
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    assert [(e.entry_number, e.entry_date) for e in reading.facts.entries] == [
        ("HID-3924138-4", date(2024, 1, 9))]
    assert reading.facts.entries[0].duty_owed == Decimal("6906.30")
