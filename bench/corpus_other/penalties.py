"""Penalty referrals for the corpus: scenario, document and truth, case by case."""

from __future__ import annotations

import random
from typing import Any

from bench.corpus_other import penalty_plan, penalty_text
from bench.corpus_other.doc import Document


def make(count: int, rng: random.Random) -> list[tuple[str, Document, dict[str, Any]]]:
    """COUNT referrals: the cases in order (cycling), the styles in turn."""
    made = []
    for number in range(count):
        case = penalty_plan.CASES[number % len(penalty_plan.CASES)]
        style = penalty_text.STYLES[(number // 2) % len(penalty_text.STYLES)]
        scenario = penalty_plan.plan(case, rng)
        made.append((case, penalty_text.compose(scenario, style, rng),
                     penalty_plan.truth(scenario)))
    return made
