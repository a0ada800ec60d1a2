"""A disclosure label whose last word is "FILED" (issue 13, round 32: the forty-third hand's case
report, "PRIOR DISCL. FILED: N").

The label's own word before its colon is no answer: "PRIOR DISCL. FILED: -" or "... FILED:
PENDING" was read as a disclosure filed. An answer that says neither goes to a person; Y and N
read as before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import draw_referral

_REPORT = [
    " CASE REPORT 1592 REFERRAL                PAGE 1",
    " CASE NUMBER ...... 2026-3901-146162-01",
    " VIOLATOR ......... COPPERLINE CABLE WORKS INC.",
    " ADDRESS .......... 58 ANVIL COURT, ALLENTOWN, PA 18101",
    " IOR NUMBER ....... 56-5760848",
    " VIOLATION DATE ... 09/06/2023",
    " CULPABILITY ...... NEGLIGENT",
    " {label} {answer}",
    " NATURE OF VIOLATION: UNDERVALUATION - ASSISTS NOT DECLARED ON THE ENTRIES",
    "ENTRY            ENTRY DT           LIQ     VALUE       DUTY PD     DUTY OWED",
    "4BI-8801347-2    09/06/2023         LIQ     73372.37    4769.20     13030.08",
    " DOMESTIC VALUE ... 490961.00",
    " COMMODITY ........ LED DESK LAMPS WITH USB CHARGING PORT, MODEL DL-300",
]


def _read(tmp_path: Path, label: str, answer: str) -> dict[str, object]:
    lines = [line.format(label=label, answer=answer) for line in _REPORT]
    path = draw_referral(tmp_path / "r.pdf", lines, font="Courier")
    return extract_json(path, today=date(2025, 6, 1))


LABELS = ["PRIOR DISCL. FILED:", "PRIOR DISCLOSURE MADE:", "Prior disclosure received:"]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("answer", ["-", "PENDING", "?"])
def test_a_label_ending_in_filed_is_no_answer(tmp_path: Path, label: str, answer: str) -> None:
    reading = _read(tmp_path, label, answer)
    assert reading["decision"]["outcome"] == "needs_human"  # type: ignore[index]
    # Not read as a disclosure made: the answer goes to a person as unread.
    assert reading["values"]["prior_disclosure"] is False  # type: ignore[index]
    assert "PEN-READ" in {f["rule"] for f in reading["findings"]}  # type: ignore[attr-defined]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize(("answer", "value"), [("N", False), ("Y", True), ("NO", False)])
def test_yes_and_no_read_as_before(tmp_path: Path, label: str, answer: str, value: bool) -> None:
    reading = _read(tmp_path, label, answer)
    assert reading["values"]["prior_disclosure"] is value  # type: ignore[index]
