"""Case and importer numbers a typist set apart by spaces (issue 13, round 32 sweep).

"Case No. 2025 2704 000411 01" was read as its longest group, "000411", with a label's
confidence; "Importer Number: 88 1204417" as nothing. The groups are the form's hyphenated parts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header_values import case_of, importer_of
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral


@pytest.mark.parametrize(("printed", "case"), [
    ("Case No. 2025 2704 000411 01", "2025-2704-000411-01"),
    ("Case Number: 2025 2704 000411", "2025-2704-000411"),
    ("FP&F Case No.: 2024 5301 100222 02", "2024-5301-100222-02"),
])
def test_a_case_number_in_spaced_groups(tmp_path: Path, printed: str, case: str) -> None:
    lines = [printed if line.startswith("Case Number") else line for line in REFERRAL_HEAD]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.case_number == case


@pytest.mark.parametrize(("printed", "number"), [
    ("88 1204417", "88-1204417"), ("88 1204417 00", "88-120441700"), ("88-1204417", "88-1204417"),
])
def test_an_ein_in_spaced_groups(printed: str, number: str) -> None:
    assert importer_of(printed) == number


def test_other_figures_are_not_joined() -> None:
    assert case_of("2025-2704-000411-01") == "2025-2704-000411-01"
    assert importer_of("123-45-6789") == "123-45-6789"
