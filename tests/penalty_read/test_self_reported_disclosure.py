"""A prior disclosure told as a self-report (issue 13, round 32 sweep).

19 CFR 162.74(a): disclosing the circumstances of a violation before, or without knowledge of, a
formal investigation is a prior disclosure, whatever the referral calls it: "self-reported",
"self-disclosed", "came forward", "voluntarily reported". Unread, the disclosure defaulted to none
and a negligence case was drafted at the full penalty. A self-report made after the audit began
or in answer to CBP's request is no prior disclosure (162.74(g)); a denied one is none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

HEAD = [line for line in REFERRAL_HEAD if not line.startswith(("Prior", "Entries"))]
TAIL = [
    "Merchandise: stainless steel cookware sets",
    "Violation: the importer undervalued the cookware by omitting assists from the entered values.",
    "Entries:",
    "Entry EGH-3873310-3, entered 2023-03-02, liquidated; entered value $63,867.74, duty paid "
    "$1,596.69, duty owed $4,151.41.",
]


def _read(tmp_path: Path, told: str) -> dict[str, Any]:
    path = draw_referral(tmp_path / "r.pdf", [*HEAD, told, *TAIL])
    return extract_json(path, today=date(2025, 6, 1))


@pytest.mark.parametrize("told", [
    "The importer self-reported the violation before the investigation began.",
    "Self-reported before the investigation: Yes",
    "Self-disclosed: Y",
    "The company voluntarily reported the undervaluation to CBP in writing on 2024-01-05.",
    "The importer came forward before any inquiry and tendered the duties.",
])
def test_a_self_report_is_a_prior_disclosure(tmp_path: Path, told: str) -> None:
    reading = _read(tmp_path, told)
    assert reading["values"]["prior_disclosure"] is True
    # Negligence with a disclosure: the interest on the actual loss is a person's to compute.
    assert reading["decision"]["outcome"] == "needs_human"


@pytest.mark.parametrize("told", [
    "The importer did not self-report the violation.",
    "Self-reported before the investigation: No",
    "Self-disclosure: none",
    "The importer self-reported the error only after CBP's audit began.",
    "The importer voluntarily notified CBP of the error in response to the CF-28 request.",
])
def test_a_denied_or_late_self_report_is_no_prior_disclosure(tmp_path: Path, told: str) -> None:
    reading = _read(tmp_path, told)
    assert reading["values"]["prior_disclosure"] is False
    assert reading["decision"]["outcome"] == "draft"
