"""Penalty referrals: the plan's cases in order, producers alternating."""

from __future__ import annotations

import random

from bench.corpus_twentysecond.penalty_cases import PLAN, build, truth
from bench.corpus_twentysecond.penalty_styles import STYLES
from bench.corpus_twentysecond.plan import Made, make_from_plan


def make(count: int, rng: random.Random, producers: list[str]) -> list[Made]:
    """COUNT penalty referrals (see make_from_plan)."""
    return make_from_plan(PLAN, build, truth, STYLES, count, rng, producers)
