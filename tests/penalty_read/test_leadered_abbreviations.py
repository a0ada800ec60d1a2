"""Referrals of senders in general (issue 13, round 26): a case export pads an abbreviated label
with dot leaders ("PRIOR DISCL..: NO", "DOMESTIC VAL..: 76,043.00", "CULP......: NEG"), so the
abbreviation's own stop goes with the leader; a clerk slashes the domestic value ("D/V:"). Each
is still its field's label, read with a label's confidence."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from bots.penalty_notice.extract_header import LABELLED
from tests.penalty_read.drawn import draw_referral
from tests.penalty_read.test_remarks_narratives import HEAD, TAIL

_REMARKS = ["REMARKS:", "  Entries of dog sweaters were undervalued by omitting assists."]


def _read(tmp_path: Path, prefix: str, line: str) -> PenaltyExtraction:
    lines = [line if head.startswith(prefix) else head for head in HEAD]
    return extract_penalty(draw_referral(tmp_path / "r.pdf", [*lines, *_REMARKS, *TAIL]))


@pytest.mark.parametrize("line", ["PRIOR DISCL..: NO", "PRIOR DISCL......: NO"])
def test_a_leadered_disclosure_abbreviation_is_its_label(tmp_path: Path, line: str) -> None:
    reading = _read(tmp_path, "PRIOR", line)
    assert reading.facts.prior_disclosure is False
    assert reading.fields["prior_disclosure"].confidence == LABELLED
    assert reading.facts.doubts == ()


@pytest.mark.parametrize(("line", "level"), [("CULP..: NEGLIGENCE", "negligence"),
                                             ("CULP......: GROSS NEGLIGENCE", "gross_negligence")])
def test_a_leadered_culpability_abbreviation_is_its_label(
        tmp_path: Path, line: str, level: str) -> None:
    reading = _read(tmp_path, "CULP", line)
    assert reading.facts.culpability == level
    assert reading.fields["culpability"].confidence == LABELLED


@pytest.mark.parametrize("line", ["DOMESTIC VAL..: 76,043.00", "DOM. VAL......: 76,043.00",
                                  "D/V: $76,043.00"])
def test_an_abbreviated_domestic_value_label_gives_the_value(tmp_path: Path, line: str) -> None:
    reading = _read(tmp_path, "DOMESTIC", line)
    assert reading.facts.domestic_value == Decimal("76043.00")
    assert reading.fields["domestic_value"].confidence == LABELLED
