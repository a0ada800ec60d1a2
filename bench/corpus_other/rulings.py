"""Ruling requests for the corpus: scenario, document and truth, case by case."""

from __future__ import annotations

import random
from typing import Any

from bench.corpus_other import ruling_plan, ruling_text
from bench.corpus_other.doc import Document


def make(count: int, rng: random.Random) -> list[tuple[str, Document, dict[str, Any]]]:
    """COUNT requests: the cases in order (cycling), the styles in turn."""
    made = []
    for number in range(count):
        case = ruling_plan.CASES[number % len(ruling_plan.CASES)]
        style = ruling_text.STYLES[(number // 2) % len(ruling_text.STYLES)]
        if case == "unsigned" and style == "email":
            style = "short"  # an e-mail's From line would make "unsigned" a matter of opinion
        scenario = ruling_plan.plan(case, style, rng)
        made.append((case, ruling_text.compose(scenario, style, rng),
                     ruling_plan.truth(scenario)))
    return made
