"""A referral typed as a report whose parts are lists with dashes ("Subject party" over "- X
Co." / "- 2300 Commerce Way" / "- Elk Grove Village, IL 60007"; "Findings" over "- Violation
committed on Oct. 21, 2023"): each item is read without its dash. Before, the party's name and
address kept the dash at full confidence (confidently wrong values) and the violation's date,
told as a finding, went unread (the forty-seventh hand, held out)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

_ENTRIES = [
    "Entries reviewed",
    "  {d} Entry C1F-6949951-4, entered Aug. 2, 2023, liquidated",
    "  entered value USD 106,500.00, duty paid USD 3,262.09, duty owed USD 4,678.09",
    "  {d} Entry C1F-8181874-1, entered Oct. 21, 2023, unliquidated",
    "  entered value USD 14,500.00, duty paid USD 3,985.05, duty owed USD 6,349.05",
]


def _report(dash: str, committed: str) -> list[str]:
    return [
        "Report of Findings - Regulatory Audit",
        "Case 2026-5301-87603-01",
        "Subject party",
        f"  {dash} Fennimore Bicycle Parts Co.",
        f"  {dash} 2300 Commerce Way",
        f"  {dash} Elk Grove Village, IL 60007",
        f"  {dash} Importer number 50-5315232",
        "Findings",
        f"  {dash} {committed}",
        f"  {dash} Level of culpability: gross negligence",
        f"  {dash} PRIOR DISCLOSURE: NONE",
        f"  {dash} Domestic value USD 477,750.00",
        *(line.format(d=dash) for line in _ENTRIES),
    ]


@pytest.mark.parametrize("dash", ["-", "\u2013", "*"], ids=["hyphen", "en-dash", "star"])
@pytest.mark.parametrize("committed", [
    "Violation committed on Oct. 21, 2023",
    "Violations committed beginning October 21, 2023",
    "The violation was committed on 10/21/2023",
], ids=["finding", "plural-beginning", "sentence"])
def test_a_dashed_lists_items_are_read_without_the_dash(tmp_path: Path, dash: str,
                                                         committed: str) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", _report(dash, committed))).facts
    assert facts.party_name == "Fennimore Bicycle Parts Co."
    assert facts.party_address == "2300 Commerce Way, Elk Grove Village, IL 60007"
    assert facts.violation_date == date(2023, 10, 21)
    assert [entry.entry_number for entry in facts.entries] == ["C1F-6949951-4", "C1F-8181874-1"]

