"""An entries table split in two, keyed by the entry number (issue 13, round 33: the forty-sixth
hand's worksheets).

"TABLE 1 - SUMMARY" (entry number, entry date, liquidation status) and "TABLE 2 - DETAIL" (entry
number, entered value, duty paid, duty owed): the detail rows are the entries, and the summary's
date and status belong to the detail row with the same entry number, in whichever order the
tables are printed and however their headers word them. Read apart, the dates were missing and
the liquidation unread, so the loss could not be parted into actual and potential (19 CFR
162.71(a)).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral

_HEAD = [
    "CASE SUMMARY WORKSHEET - 19 U.S.C. 1592",
    "Case No.: 2025-3002-806024-01",
    "Party: Kestrel Sporting Arms Supply Inc.",
    "Address: 71 Range Road, Boise, ID 83702",
    "IOR No.: 14-9672018",
    "Violation date: 04/13/2023",
    "Culpability: FRAUD",
]
_FOOT = [
    "Domestic value: 294627.00",
    "Prior disclosure: None filed.",
    "Commercial importation.",
    "Merchandise: Cotton knit pullover sweaters for women",
]


def _summary(number: str, date: str, status: str) -> list[tuple[float, str]]:
    return [(72.0, number), (180.0, date), (290.0, status)]


def _detail(number: str, *amounts: str) -> list[tuple[float, str]]:
    return [(72.0, number), *zip((180.0, 290.0, 400.0), amounts, strict=True)]


_SUMMARY: list[Line] = [
    "TABLE 1 - SUMMARY",
    [(72.0, "Entry No."), (180.0, "Entry Date"), (290.0, "Liq. Status")],
    _summary("FB3-7131855-1", "04/13/2023", "Y"),
    _summary("FB3-8509186-3", "10/12/2023", "Y"),
    _summary("FB3-8068425-8", "01/18/2024", "N"),
]
_DETAIL: list[Line] = [
    "TABLE 2 - DETAIL",
    [(72.0, "Entry No."), (180.0, "Entered Value"), (290.0, "Duty Paid"), (400.0, "Duty Owed")],
    _detail("FB3-7131855-1", "39257.51", "1256.24", "2488.74"),
    _detail("FB3-8509186-3", "84926.96", "2717.66", "3186.40"),
    _detail("FB3-8068425-8", "49125.95", "1572.03", "2978.73"),
]
_WORDED: list[Line] = [
    "Schedule A - entries and their status",
    [(72.0, "Entry Number"), (180.0, "Date of Entry"), (290.0, "Liquidated?")],
    _summary("FB3-8068425-8", "01/18/2024", "No"),
    _summary("FB3-7131855-1", "04/13/2023", "Yes"),
    _summary("FB3-8509186-3", "10/12/2023", "Yes"),
]


@pytest.mark.parametrize("tables", [[*_SUMMARY, "", *_DETAIL], [*_DETAIL, "", *_SUMMARY],
                                    [*_WORDED, "", *_DETAIL]],
                         ids=["summary first", "detail first", "worded, another order"])
def test_the_summary_gives_the_detail_rows_their_dates_and_status(tmp_path: Path,
                                                                 tables: list[Line]) -> None:
    path = draw_referral(tmp_path / "r.pdf", [*_HEAD, *tables, *_FOOT], font="Courier")
    entries = {e.entry_number: e for e in extract_penalty(path).facts.entries}
    assert len(entries) == 3
    assert entries["FB3-7131855-1"].entry_date == date(2023, 4, 13)
    assert entries["FB3-7131855-1"].liquidated is True
    assert entries["FB3-8068425-8"].liquidated is False
    assert str(entries["FB3-8509186-3"].duty_owed) == "3186.40"


def test_a_summary_that_gives_an_entry_two_ways_gives_it_nothing(tmp_path: Path) -> None:
    twice: list[Line] = [*_SUMMARY[:3], _summary("FB3-7131855-1", "05/01/2023", "N"), *_SUMMARY[3:]]
    path = draw_referral(tmp_path / "r.pdf", [*_HEAD, *twice, "", *_DETAIL, *_FOOT],
                         font="Courier")
    entries = {e.entry_number: e for e in extract_penalty(path).facts.entries}
    assert entries["FB3-7131855-1"].entry_date is None
    assert entries["FB3-8509186-3"].entry_date == date(2023, 10, 12)
