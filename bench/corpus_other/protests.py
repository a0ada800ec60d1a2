"""Protests for the corpus: scenario, document and truth, case by case."""

from __future__ import annotations

import random
from typing import Any

from bench.corpus_other import protest_plan, protest_text
from bench.corpus_other.doc import Document


def make(count: int, rng: random.Random) -> list[tuple[str, Document, dict[str, Any]]]:
    """COUNT protests: the cases in order (cycling), the styles in turn."""
    made = []
    styles = protest_text.STYLES
    for number in range(count):
        case = protest_plan.CASES[number % len(protest_plan.CASES)]
        style = styles[(number // 2) % len(styles)]  # both producers see every style
        if case == "accept-accelerated" and style == "email":
            style = "letterhead"  # accelerated disposition needs certified mail (174.22)
        scenario = protest_plan.plan(case, style, rng)
        made.append((case, protest_text.compose(scenario, style, rng),
                     protest_plan.truth(scenario)))
    return made
