"""Ruling-request documents: the plan's cases in order, producers alternating."""

from __future__ import annotations

import random

from bench.corpus_twentysecond.plan import Made, make_from_plan
from bench.corpus_twentysecond.ruling_cases import PLAN, Ruling, build, truth
from bench.corpus_twentysecond.ruling_styles import STYLES


def _receipt(request: Ruling, style: str) -> None:
    if style == "erulings":  # an electronic request is received the day it is submitted
        request.received = request.request_date


def make(count: int, rng: random.Random, producers: list[str]) -> list[Made]:
    """COUNT ruling requests (see make_from_plan)."""
    return make_from_plan(PLAN, build, truth, STYLES, count, rng, producers, _receipt)
