"""What every sender's pen shares: one date style per document and a seeded choice of words."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from bench.corpus_other import facts

T = TypeVar("T")


class Pen:
    """A document's habits; the kinds add their own (entry-number style, money style, ...)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.date_style = rng.choice(facts.DATE_STYLES)

    def d(self, day: date) -> str:
        return facts.fmt_date(day, self.date_style)

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)
