"""All-figure dates whose day and month could be either way round (issue 13, round 32 sweep).

A sender abroad writes the day first (02.03.2023 is 2 March); a US sender the month first
(03/02/2023 is 2 March). The referral settles the order by saying it ("D.M.Y", "DD.MM.YYYY",
"dd/mm/yyyy") or by a date that reads one way only (17.04.2025 is day first; 02.14.2023 month
first). Slashes are month first unless the referral says otherwise; dots with nothing to settle
them go to a person, since the limitations date and the barred entries rest on the date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.common.reading.date_order import DAY_FIRST, MONTH_FIRST, orders
from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import REFERRAL_HEAD, Line, draw_referral

COLUMNS = (72.0, 160.0, 265.0, 325.0, 400.0, 475.0)
HEAD = [line for line in REFERRAL_HEAD if not line.startswith(("Date of Violation", "Entries"))]
FACTS = [
    "Merchandise: stainless steel cookware sets",
    "Violation: the importer undervalued the cookware by omitting assists from the entered values.",
]


def cells(*texts: str) -> list[tuple[float, str]]:
    return [(x, t) for x, t in zip(COLUMNS, texts, strict=False) if t]


def _read(tmp_path: Path, violation: str, first: str, second: str,
          caption: str = "Entry Date", above: tuple[str, ...] = ()) -> dict[str, Any]:
    lines: list[Line] = [
        *above, *HEAD, f"Date of Violation: {violation}", *FACTS, "Entries:",
        cells("Entry No.", caption, "Liquidated", "Entered Value", "Duty Paid", "Duty Owed"),
        cells("EGH-3873310-3", first, "Yes", "$63,867.74", "$1,596.69", "$4,151.41"),
        cells("EGH-5676436-0", second, "No", "$21,282.06", "$532.05", "$1,383.33"),
    ]
    return extract_json(draw_referral(tmp_path / "r.pdf", lines), today=date(2025, 6, 1))


def _dates(reading: dict[str, Any]) -> list[str | None]:
    return [reading["values"]["violation_date"],
            *(entry["entry_date"] for entry in reading["values"]["entries"])]


@pytest.mark.parametrize(("violation", "first", "second", "caption", "above"), [
    ("02.03.2023 (D.M.Y)", "02.03.2023", "09.04.2023", "Entry Date", ()),
    ("02.03.2023", "02.03.2023", "09.04.2023", "Entry Date (DD.MM.YYYY)", ()),
    ("02.03.2023", "02.03.2023", "09.04.2023", "Entry Date", ("Reference 77/2025 of 17.04.2025",)),
    ("02/03/2023", "02/03/2023", "09/04/2023", "Entry Date (dd/mm/yyyy)", ()),
])
def test_a_referral_that_settles_day_first_is_read_day_first(
        tmp_path: Path, violation: str, first: str, second: str, caption: str,
        above: tuple[str, ...]) -> None:
    reading = _read(tmp_path, violation, first, second, caption, above)
    assert _dates(reading) == ["2023-03-02", "2023-03-02", "2023-04-09"]
    assert reading["decision"]["outcome"] == "draft"


@pytest.mark.parametrize(("violation", "first", "second"), [
    ("02.03.2023", "02.03.2023", "09.04.2023"),
    ("02.03.23", "02.03.23", "09.04.23"),
    ("March 2, 2023", "02.03.2023", "2023-04-09"),
])
def test_dotted_dates_nothing_settles_go_to_a_person(tmp_path: Path, violation: str,
                                                     first: str, second: str) -> None:
    reading = _read(tmp_path, violation, first, second)
    assert reading["values"]["entries"][0]["entry_date"] is None
    assert reading["decision"]["outcome"] == "needs_human"
    assert any(f["rule"] == "PEN-READ" and "02.03.2" in f["message"]
               for f in reading["findings"])


@pytest.mark.parametrize(("violation", "first", "second"), [
    ("02.03.2023", "02.03.2023", "04.14.2023"),  # April 14th settles month first
    ("02/03/2023", "02/03/2023", "04/09/2023"),  # slashes: a US referral's month first
    ("02-03-2023", "02-03-2023", "04-09-2023"),
])
def test_month_first_dates_read_as_before(tmp_path: Path, violation: str, first: str,
                                          second: str) -> None:
    reading = _read(tmp_path, violation, first, second)
    assert _dates(reading)[:2] == ["2023-02-03", "2023-02-03"]
    assert reading["decision"]["outcome"] == "draft"


def test_a_referral_printing_both_orders_settles_neither() -> None:
    assert orders("entered 17.04.2025, liquidated 04.14.2025")["."] is None
    assert orders("entered 17.04.2025")["."] == DAY_FIRST
    assert orders("entered 17.04.2025")["/"] == MONTH_FIRST
    assert orders("dates are day/month/year: 02/03/2023")["/"] == DAY_FIRST


@pytest.mark.parametrize(("violation", "first", "second", "expected"), [
    ("13.03.2023", "13.03.2023", "02.04.2023", ["2023-03-13", "2023-03-13", "2023-04-02"]),
    ("27/09/2023", "27/09/2023", "28/10/2023", ["2023-09-27", "2023-09-27", "2023-10-28"]),
    ("20.1.2023", "20.1.2023", "2023-04-02", ["2023-01-20", "2023-01-20", "2023-04-02"]),
])
def test_a_date_that_can_only_be_day_first_is_read(tmp_path: Path, violation: str, first: str,
                                                    second: str, expected: list[str]) -> None:
    reading = _read(tmp_path, violation, first, second)
    assert _dates(reading) == expected
    assert reading["decision"]["outcome"] == "draft"


def test_a_day_first_date_run_into_its_status_in_a_printout(tmp_path: Path) -> None:
    """A fixed-width printout runs the date into the status column: "20.01.2023 LIQ"."""
    report = [
        "CASE NUMBER       : 2026-5201-512974-01",
        "VIOLATOR          : Coastal Reef Aquatics LLC",
        "ADDRESS           : 42 Dockside Way, Charleston, SC 29492",
        "IMPORTER NO       : 47-4811087",
        "VIOLATION DATE    : 20.01.2023",
        "CULPABILITY       : NEGLIGENCE",
        "PRIOR DISCLOSURE  : NO",
        "DOMESTIC VALUE    : 20,058.00",
        "NATURE OF VIOLATION: UNDERVALUATION, ASSISTS NOT DECLARED",
        "ENTRY           ENTRY DT      LIQ        ENTERED VAL      DUTY PAID       DUTY OWED",
        "D5E-3118620-8   20.01.2023 LIQ           38,721.48         957.18        1,989.54",
        "D5E-0642199-4   10.03.2023 UNLIQ         67,751.44       1,991.16        2,708.54",
        "COMMODITY: PORCELAIN DINNER PLATES, 27 CM, FOR HOUSEHOLD USE",
    ]
    path = draw_referral(tmp_path / "r.pdf", report, font="Courier", font_size=7.5)
    reading = extract_json(path, today=date(2025, 6, 1))
    entries = reading["values"]["entries"]
    assert [(e["entry_date"], e["liquidated"]) for e in entries] == [
        ("2023-01-20", True), ("2023-03-10", False)]
    assert reading["values"]["violation_date"] == "2023-01-20"
