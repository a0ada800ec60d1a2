"""Protest documents: one case per file, styles and producers interleaved."""

from __future__ import annotations

import random

from bench.corpus_twentysecond.plan import FAMILIES, Made
from bench.corpus_twentysecond.protest_cases import CASES, build, expected, truth
from bench.corpus_twentysecond.protest_styles import STYLES


def make(count: int, rng: random.Random, producers: list[str]) -> list[Made]:
    """COUNT protests; the Nth goes to producer N mod 2 and style (N // 2) mod 6."""
    styles = list(STYLES)
    out: list[Made] = []
    for number in range(count):
        case = CASES[number % len(CASES)]
        producer = producers[number % len(producers)]
        style = styles[(number // len(producers)) % len(styles)]
        for _attempt in range(50):
            protest = build(case, rng)
            decided = truth(protest)
            if decided["decision"].get("outcome", "") == expected(case):
                break
        else:
            raise AssertionError(f"protest case {case} never reached {expected(case)!r}")
        if style == "portal" and protest.accelerated:
            style = "lawfirm"  # accelerated disposition cannot be asked through the e-filing module
        family = rng.choice(FAMILIES)
        job, printed = STYLES[style](protest, rng, family)
        decided["values"].update(printed)
        decided["style"] = style
        out.append((case, producer, job, decided))
    return out
