"""Turns a kind's plan of (case, style) pairs into documents, producers alternating."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

Made = tuple[str, str, dict[str, Any], dict[str, Any]]  # case, producer, job, truth
FAMILIES = ["Helvetica", "Times", "Courier", "dejavu"]


def make_from_plan(
    plan: list[tuple[str, str]],
    build: Callable[[str, random.Random], Any],
    truth: Callable[[Any], dict[str, Any]],
    styles: dict[str, Callable[[Any, random.Random, str], tuple[dict[str, Any], dict[str, Any]]]],
    count: int,
    rng: random.Random,
    producers: list[str],
    prepare: Callable[[Any, str], None] = lambda _doc, _style: None,
) -> list[Made]:
    """COUNT documents: the Nth is the plan's Nth case, printed by producer N mod 2.
    PREPARE adjusts a built case to its style before the truth is taken."""
    out: list[Made] = []
    for number in range(count):
        case, style = plan[number % len(plan)]
        document = build(case, rng)
        prepare(document, style)
        family = rng.choice(FAMILIES)
        job, printed = styles[style](document, rng, family)
        decided = truth(document)
        decided["values"].update(printed)
        decided["style"] = style
        out.append((case, producers[number % len(producers)], job, decided))
    return out
