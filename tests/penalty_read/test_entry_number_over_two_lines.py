"""An entry number a narrow cell broke over two lines (issue 13, round 32 sweep).

"EGH-3873310-" over "3", "EGH-" over "3873310-3": the table readers did not see the row, and the
referral was drafted on the other entries alone, its loss of duties short (19 CFR 162.71(a)).
An entry number printed so that is none of the entries read goes to a person.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import FACTS, HEADER, REFERRAL_HEAD, Line, cells, draw_referral

OTHER = cells("EGH-5676436-0", "2023-09-27", "No", "$21,282.06", "$532.05", "$1,383.33")


@pytest.mark.parametrize(("head", "tail"), [
    ("EGH-3873310-", "3"), ("EGH-", "3873310-3"), ("EGH-387", "3310-3"), ("EGH-3873310", "-3"),
])
@pytest.mark.parametrize("first", [True, False])
def test_an_entry_number_broken_over_two_lines_goes_to_a_person(
        tmp_path: Path, head: str, tail: str, first: bool) -> None:
    broken: list[Line] = [
        cells(head, "2023-03-02", "Yes", "$63,867.74", "$1,596.69", "$4,151.41"), cells(tail)]
    rows = [*broken, OTHER] if first else [OTHER, *broken]
    lines: list[Line] = [*REFERRAL_HEAD[:-1], *FACTS, "Entries:", HEADER, *rows]
    reading = extract_json(draw_referral(tmp_path / "r.pdf", lines), today=date(2025, 6, 1))
    numbers = [entry["entry_number"] for entry in reading["values"]["entries"]]
    if "EGH-3873310-3" not in numbers:
        assert reading["decision"]["outcome"] == "needs_human"
        assert any("EGH-3873310-3" in f["message"] for f in reading["findings"])


def test_whole_numbers_read_as_before(tmp_path: Path) -> None:
    lines: list[Line] = [*REFERRAL_HEAD[:-1], *FACTS, "Entries:", HEADER,
             cells("EGH-3873310-3", "2023-03-02", "Yes", "$63,867.74", "$1,596.69", "$4,151.41"),
             OTHER]
    reading = extract_json(draw_referral(tmp_path / "r.pdf", lines), today=date(2025, 6, 1))
    assert reading["decision"]["outcome"] == "draft"
    assert len(reading["values"]["entries"]) == 2
