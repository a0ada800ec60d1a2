"""A prior disclosure answered by its label and told otherwise in a sentence (issue 13, round 33).

"PRIOR DISCLOSURE: NO" with a remark "The importer self-reported the undervaluation before the
audit began": the label won the reading and the sentence was never weighed. A disclosure made
before an investigation is a prior disclosure whatever it is called (19 CFR 162.74(a)) and caps
the penalty (19 U.S.C. 1592(c)(4)); cues that disagree go to a person with both readings. A
sentence that agrees with the label, or a self-report made after the audit began (162.74(g)),
leaves the case as drafted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_HEAD = [line for line in REFERRAL_HEAD if line != "Entries:"]
_TAIL = [
    "Merchandise: stainless steel cookware sets.",
    "Violation: the importer undervalued the cookware by omitting assists from the entered values.",
    "Entries:",
    "Entry EGH-3873310-3, entered 2023-03-02, liquidated; entered value $63,867.74, duty paid "
    "$1,596.69, duty owed $4,151.41.",
]


def _read(tmp_path: Path, told: str) -> dict[str, Any]:
    path = draw_referral(tmp_path / "r.pdf", [*_HEAD, told, *_TAIL])
    return extract_json(path, today=date(2025, 6, 1))


@pytest.mark.parametrize("told", [
    "Remarks: The importer self-reported the undervaluation to CBP before the audit began.",
    "REMARKS: IMPORTER SELF-DISCLOSED THE ERROR BEFORE THE AUDIT.",
    "Notes: A valid prior disclosure (19 CFR 162.74) was made before the investigation began.",
    "The party voluntarily reported the undervaluation to CBP in writing on 2024-01-05.",
    "The violator disclosed the violation before CBP learned of it.",
])
def test_a_sentence_that_contradicts_the_label_goes_to_a_person(tmp_path: Path,
                                                                told: str) -> None:
    reading = _read(tmp_path, told)
    assert reading["decision"]["outcome"] == "needs_human"
    assert any("prior disclosure two ways" in finding["message"]
               for finding in reading["findings"])


@pytest.mark.parametrize("told", [
    "Remarks: The importer did not self-report the undervaluation.",
    "The importer self-reported the error only after CBP's audit began.",
    "No prior disclosure was made.",
])
def test_a_sentence_that_agrees_with_the_label_leaves_the_draft(tmp_path: Path,
                                                                told: str) -> None:
    reading = _read(tmp_path, told)
    assert reading["values"]["prior_disclosure"] is False
    assert reading["decision"]["outcome"] == "draft"
