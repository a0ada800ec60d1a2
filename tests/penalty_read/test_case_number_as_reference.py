"""The penalty case's number given as a letter's reference (issue 13, round 33).

"Ref: 2024-3001-000123-01", "Our case reference is 2024-3001-000123-01.", "Reference No.
2024-...": the number is the case's when it has a penalty case's shape; any other reference (an
audit's "Ref: RA-2024-117") is the office's own and names no case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral


def _case(tmp_path: Path, line: str) -> str | None:
    head = [line if text.startswith("Case Number") else text for text in REFERRAL_HEAD]
    lines = [*head, "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    return extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts.case_number


@pytest.mark.parametrize("line", ["Ref: 2024-3001-000123-01",
                                  "Our case reference is 2024-3001-000123-01.",
                                  "Reference No. 2024-3001-000123-01",
                                  "Our ref. 2024-3001-000123-01"])
def test_a_reference_in_the_cases_shape_is_the_case(tmp_path: Path, line: str) -> None:
    assert _case(tmp_path, line) == "2024-3001-000123-01"


def test_another_reference_names_no_case(tmp_path: Path) -> None:
    assert _case(tmp_path, "Ref: RA-2024-117") is None


@pytest.mark.parametrize("line", ["Please open a penalty case (2024-3001-000123-01) against them.",
                                  "This is FP&F case (no. 2024-3001-000123-01).",
                                  "The file (2024-3001-000123-01) is attached."])
def test_a_case_number_in_brackets_after_its_word(tmp_path: Path, line: str) -> None:
    assert _case(tmp_path, line) == "2024-3001-000123-01"
