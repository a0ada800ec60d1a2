"""Entries a referral lists apart from the case (issue 13, round 32 sweep: "a second table of
something else").

A record of prior violations (19 CFR 171 App. B (G)), entries reviewed and excluded, entries
outside the period or listed "for reference only" are printed like the case's own table; read as
its entries they added their duties to the loss (162.71(a)) and the case was drafted on it. Such
rows are left out when their caption says so in as many words; a caption that lists nothing
apart ("Prior violations: None") sets no rows apart, and an entry the case's table lists too
stays.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import FACTS, HEADER, REFERRAL_HEAD, Line, cells, draw_referral

CASE = [cells("EGH-3873310-3", "2023-03-02", "Yes", "$63,867.74", "$1,596.69", "$4,151.41"),
        cells("EGH-5676436-0", "2023-09-27", "No", "$21,282.06", "$532.05", "$1,383.33")]
OTHER = [cells("EGH-1111111-1", "2023-05-02", "Yes", "$10,000.00", "$250.00", "$900.00"),
         cells("EGH-2222222-0", "2023-07-09", "Yes", "$12,000.00", "$300.00", "$1,100.00")]
CASE_NUMBERS = ["EGH-3873310-3", "EGH-5676436-0"]


def _read(tmp_path: Path, tables: list[Line]) -> dict[str, Any]:
    lines = [*REFERRAL_HEAD[:-1], *FACTS, *tables, "Prepared by: W. Carrington"]
    return extract_json(draw_referral(tmp_path / "r.pdf", lines), today=date(2025, 6, 1))


def _numbers(reading: dict[str, Any]) -> list[str]:
    return [entry["entry_number"] for entry in reading["values"]["entries"]]


@pytest.mark.parametrize("tables", [
    ["Entries:", HEADER, *CASE,
     "Prior violations (closed case 2021-2704-000100-01, for the record only):", HEADER, *OTHER],
    ["Prior violations of the importer:", HEADER, *OTHER, "Entries in this case:", HEADER, *CASE],
    ["Entries:", HEADER, *CASE, "Entries reviewed and excluded (no violation found):", HEADER,
     *OTHER],
    ["Entries:", HEADER, *CASE, "Related entries not included in this case:", HEADER, *OTHER],
    ["Entries:", HEADER, *CASE, "Listed for reference only", HEADER, *OTHER],
])
def test_entries_listed_apart_are_no_part_of_the_case(tmp_path: Path, tables: list[Line]) -> None:
    reading = _read(tmp_path, tables)
    assert _numbers(reading) == CASE_NUMBERS
    assert reading["decision"]["loss_of_duties"]["total"] == 3406.0


def test_a_caption_that_lists_nothing_apart_sets_no_rows_apart(tmp_path: Path) -> None:
    reading = _read(tmp_path, ["Prior violations: None", HEADER, *CASE])
    assert _numbers(reading) == CASE_NUMBERS
    assert reading["decision"]["loss_of_duties"]["total"] == 3406.0


def test_an_entry_the_case_lists_too_stays(tmp_path: Path) -> None:
    reading = _read(tmp_path, ["Entries:", HEADER, *CASE, "Prior violations:", HEADER, CASE[0]])
    assert _numbers(reading) == CASE_NUMBERS


def test_entries_listed_apart_followed_by_a_sentence_of_duties(tmp_path: Path) -> None:
    """Rows set apart are no entry of the case, read or not: no doubt that one went unread."""
    reading = _read(tmp_path, ["Entries:", HEADER, *CASE, "Prior violations:", HEADER, *OTHER,
                               "The duties on those entries were paid in full in 2024."])
    assert _numbers(reading) == CASE_NUMBERS
    assert reading["decision"]["outcome"] == "draft"
