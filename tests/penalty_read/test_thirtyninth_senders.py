"""Referrals of senders in general (issue 13, round 31, the thirtyninth hand).

- A level of culpability named by "neglect" rather than "negligence" ("gross neglect", "grossly
  neglectful"): still gross negligence, read as a named level. "Neglect" alone is a weak cue for
  negligence; "neglected", a narrative's verb ("neglected to declare"), names no level.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.culpability import level_in
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import INFERRED, LABELLED
from tests.penalty_read.drawn import draw_referral

_REPORT = [
    "CASE REPORT 1592-REF                              RUN 2026-03-19",
    "CASE NO ........ 2026-5301-149444-01",
    "PARTY .......... Bright Meadow Textiles, Inc.",
    "ADDRESS ........ 2200 Commerce Parkway, Suite 140, Greensboro, NC 27409",
    "IMPORTER NO .... 56-1336048",
    "VIOLATION DATE . 2023-02-21",
    "CULPABILITY .... {level}",
    "PRIOR DISCL .... NO",
    "DOMESTIC VALUE . 257,160.00",
    "COMMODITY ...... Nylon camping hammocks with suspension straps",
    "ENTRY           ENTERED      STATUS      VALUE         PAID         OWED",
    "EH2-6063380-3   2023-02-21   Y       66,005.82     1,650.15     2,852.43",
    "PREPARED BY COLLEEN P. FERRARO",
]


@pytest.mark.parametrize("level", ["gross neglect", "GROSS NEGLECT", "Grossly neglectful",
                                   "gross neglect - 19 U.S.C. 1592(c)(2)"])
def test_gross_neglect_is_gross_negligence(tmp_path: Path, level: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [line.format(level=level) for line in _REPORT],
                         font="Courier")
    reading = extract_penalty(path)
    assert reading.facts.culpability == "gross_negligence"
    assert reading.fields["culpability"].confidence == LABELLED


@pytest.mark.parametrize("level", ["neglect", "NEGLECTFUL"])
def test_neglect_alone_is_a_weak_cue_for_negligence(tmp_path: Path, level: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [line.format(level=level) for line in _REPORT],
                         font="Courier")
    reading = extract_penalty(path)
    assert reading.facts.culpability == "negligence"
    assert reading.fields["culpability"].confidence == INFERRED


def test_a_named_level_wins_over_a_verb_of_neglect() -> None:
    level = level_in("The importer neglected to report the assists, knowing them; fraud.")
    assert level is not None and level.value == "fraud"


def test_a_verb_of_neglect_names_no_level() -> None:
    assert level_in("Culpability: to be set. The importer neglected to report the assists.") is None
