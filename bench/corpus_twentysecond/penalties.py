"""Penalty referrals: the plan's cases in order, producers alternating."""

from __future__ import annotations

import random
from typing import Any

from bench.corpus_twentysecond.penalty_cases import PLAN, build, truth
from bench.corpus_twentysecond.penalty_styles import STYLES

Made = tuple[str, str, dict[str, Any], dict[str, Any]]  # case, producer, job, truth


def make(count: int, rng: random.Random, producers: list[str]) -> list[Made]:
    """COUNT documents: the Nth is the plan's Nth case, printed by producer N mod 2."""
    out = []
    for number in range(count):
        case, style = PLAN[number % len(PLAN)]
        referral = build(case, rng)
        family = rng.choice(["Helvetica", "Times", "Courier", "dejavu"])
        job, printed = STYLES[style](referral, rng, family)
        decided = truth(referral)
        decided["values"].update(printed)
        decided["style"] = style
        out.append((case, producers[number % len(producers)], job, decided))
    return out
