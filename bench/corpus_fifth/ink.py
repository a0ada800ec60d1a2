"""Formats values for print and remembers each printed string, so a test can find it in the PDF."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

from bench.corpus_fifth.model import DATE_STYLES, MONEY_STYLES, fmt_date, fmt_money

T = TypeVar("T")


class Ink:
    """One document's date and money styles, and the scored strings it printed."""

    def __init__(self, rng: random.Random, printed: list[str]) -> None:
        self.rng = rng
        self.date_style = rng.choice(DATE_STYLES)
        self.money_style = rng.choice(MONEY_STYLES)
        self.printed = printed

    def d(self, day: date) -> str:
        return self.t(fmt_date(day, self.date_style))

    def m(self, value: Decimal) -> str:
        return self.t(fmt_money(value, self.money_style))

    def t(self, text: str) -> str:
        self.printed.append(text)
        return text

    def one(self, options: Sequence[T]) -> T:
        """One phrasing of an element, chosen by the document's own random stream."""
        return options[self.rng.randrange(len(options))]
