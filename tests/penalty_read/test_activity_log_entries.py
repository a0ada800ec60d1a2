"""A case activity log whose entries' facts are told across dated lines (issue 13, round 34:
the fiftieth hand).

"2021-11-06  Entry X filed for desk lamps; entered value V, duty deposited D." and, lines later,
"2022-01-05  Review: duty lawfully owed on entry X is Y; entry liquidated.", then a "TOTALS:"
line. No line gives an entry whole: the readers took the totals for one entry (a wrong value
read with confidence). Each fact is the entry's its dated line names; the filing's date is the
entry's date, and what the entry was filed for is the goods. What cannot be tied to one entry,
or an entry left without its figures, goes to a person; the totals line is never an entry.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

_HEAD = [
    "CASE ACTIVITY LOG        Case No. 2024-2704-116895-01",
    "Subject: Calloway-Ruiz Foods Inc., 3300 Orchard Blvd., Fresno, CA 93721",
    "Importer of record number: 76-0782661",
    "",
]
_FOOT = [
    "",
    "Finding: gross negligence. No prior disclosure was made.",
    "Domestic value: 269543.00",
    "",
    "TOTALS: entered value 168464.59 / duty deposited 5727.80 / duty owed 9946.90",
    "",
    "Logged by Henrik Aalto, Import Specialist",
]
_PAD = " " * 19

# The hand's own wording, then siblings: another filing verb and figure words, day-first
# system dates and a currency, the review's words in another order.
_LOGS = {
    "hand": [
        "2021-11-06         Entry A1D-7248399-6 filed for desk lamps with USB charging",
        f"{_PAD}port, model DL-40; entered value 89441.42, duty deposited 3041.01.",
        "2021-11-06         Date of violation (first false invoice presented).",
        "2021-12-13         Entry A1D-5329026-1 filed for desk lamps with USB charging",
        f"{_PAD}port, model DL-40; entered value 11333.57, duty deposited 385.34.",
        "2022-01-05         Review: duty lawfully owed on entry A1D-7248399-6 is 3800.73;",
        f"{_PAD}entry liquidated.",
        "2022-02-11         Review: duty lawfully owed on entry A1D-5329026-1 is 2163.94;",
        f"{_PAD}entry not yet liquidated.",
    ],
    "declared": [
        "11/06/2021         Broker filed entry A1D-7248399-6 covering desk lamps with USB",
        f"{_PAD}charging port, model DL-40; declared value $89,441.42, duty paid $3,041.01.",
        "12/13/2021         Broker filed entry A1D-5329026-1 covering desk lamps with USB",
        f"{_PAD}charging port, model DL-40; declared value $11,333.57, duty paid $385.34.",
        "01/05/2022         Entry A1D-7248399-6 reviewed: correct duty $3,800.73; liquidated.",
        "02/11/2022         Entry A1D-5329026-1 reviewed: correct duty $2,163.94;",
        f"{_PAD}unliquidated.",
    ],
    "system": [
        "06-NOV-2021        Entry A1D-7248399-6 filed for desk lamps with USB charging",
        f"{_PAD}port, model DL-40; entered value USD 89,441.42, duty deposited USD",
        f"{_PAD}3,041.01.",
        "13-DEC-2021        Entry A1D-5329026-1 filed for desk lamps with USB charging",
        f"{_PAD}port, model DL-40; entered value USD 11,333.57, duty deposited USD",
        f"{_PAD}385.34.",
        "11-FEB-2022        Liquidation review, entry A1D-5329026-1: duty owed USD 2,163.94;",
        f"{_PAD}not yet liquidated.",
        "05-JAN-2022        Liquidation review, entry A1D-7248399-6: duty owed USD 3,800.73;",
        f"{_PAD}entry liquidated.",
    ],
}


@pytest.mark.parametrize("style", sorted(_LOGS))
def test_each_entry_is_read_from_the_dated_lines_that_name_it(tmp_path: Path, style: str) -> None:
    lines = [*_HEAD, *_LOGS[style], *_FOOT]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier")).facts
    got = {e.entry_number: (e.entry_date.isoformat() if e.entry_date else None, e.liquidated,
                            e.entered_value, e.duty_paid, e.duty_owed) for e in facts.entries}
    assert got == {
        "A1D-7248399-6": ("2021-11-06", True, Decimal("89441.42"), Decimal("3041.01"),
                          Decimal("3800.73")),
        "A1D-5329026-1": ("2021-12-13", False, Decimal("11333.57"), Decimal("385.34"),
                          Decimal("2163.94")),
    }
    assert facts.merchandise == "desk lamps with USB charging port, model DL-40"
    assert not facts.doubts


def test_a_review_naming_two_entries_goes_to_a_person(tmp_path: Path) -> None:
    log = [*_LOGS["hand"][:5],
           "2022-01-05         Review: duty lawfully owed on entries A1D-7248399-6 and",
           f"{_PAD}A1D-5329026-1 is 5964.67; entries liquidated."]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*_HEAD, *log, *_FOOT],
                                          font="Courier")).facts
    assert any("cannot be tied" in doubt for doubt in facts.doubts)
    # Never the totals' figures as an entry's.
    assert all(e.duty_owed != Decimal("9946.90") for e in facts.entries)


def test_an_entry_without_its_review_goes_to_a_person(tmp_path: Path) -> None:
    log = _LOGS["hand"][:7]  # the second entry is filed, never reviewed
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*_HEAD, *log, *_FOOT],
                                          font="Courier")).facts
    assert any("A1D-5329026-1" in doubt and "duty_owed" in doubt for doubt in facts.doubts)
    assert all(e.duty_owed != Decimal("9946.90") for e in facts.entries)


# A chronology beside the entries' table: its dated lines date the filings and tell no figure
# (the twenty-seventh and thirty-first hands); the table's rows stay the entries.
@pytest.mark.parametrize("filed", [
    "Entry {n} filed at Houston.",
    "Entry {n} filed",
    "Broker transmitted entry {n} through ACE.",
])
def test_a_chronology_of_filings_leaves_the_table_its_entries(tmp_path: Path, filed: str) -> None:
    numbers = ("A1D-7248399-6", "A1D-5329026-1")
    lines = [
        *_HEAD,
        "Chronology",
        f"2021-11-06         {filed.format(n=numbers[0])}",
        f"2021-12-13         {filed.format(n=numbers[1])}",
        "2022-06-30         Case opened on a referral from the import specialist.",
        "",
        "Entry No.        Entry Date    Liq.   Entered Value   Duty Paid   Duty Owed",
        f"{numbers[0]}    2021-11-06    Y      89,441.42       3,041.01    3,800.73",
        f"{numbers[1]}    2021-12-13    N      11,333.57       385.34      2,163.94",
        *_FOOT[:4],
    ]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier")).facts
    assert [e.entry_number for e in facts.entries] == list(numbers)
    assert [e.duty_owed for e in facts.entries] == [Decimal("3800.73"), Decimal("2163.94")]
    assert not any("activity log" in doubt for doubt in facts.doubts)


def test_an_entry_filed_without_any_figure_goes_to_a_person(tmp_path: Path) -> None:
    # A third entry's filing is logged, its figures nowhere: the loss would be short without it.
    log = [*_LOGS["hand"], "2022-01-23         Entry A1D-0727085-6 filed at Long Beach."]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*_HEAD, *log, *_FOOT],
                                          font="Courier")).facts
    assert any("A1D-0727085-6" in doubt for doubt in facts.doubts)
