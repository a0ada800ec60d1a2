"""A sender's sheet: a pen on a document, the sender's date and money habits, scored texts noted."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from . import fmt
from .page import Doc, Pen


@dataclass
class Sheet:
    pen: Pen
    date_style: Callable[[dt.date], str]
    money_style: Callable[[int], str]

    @classmethod
    def new(cls, rng: random.Random, dates: tuple[int, ...] = (0, 1, 2, 3, 4, 5),
            **pen: object) -> Sheet:
        doc = Doc()
        return cls(Pen(doc, **pen), fmt.DATES[rng.choice(dates)],  # type: ignore[arg-type]
                   fmt.MONEY[rng.randrange(len(fmt.MONEY))])

    @property
    def doc(self) -> Doc:
        return self.pen.doc

    def s(self, text: str) -> str:
        """A scored text, noted so the test can find it in the text layer."""
        self.doc.printed.append(text)
        return text

    def d(self, day: dt.date) -> str:
        return self.s(self.date_style(day))

    def m(self, cents: int) -> str:
        return self.s(self.money_style(cents))

    def stamp(self, x: float, y: float, day: dt.date, office: str) -> None:
        """A receiving stamp: a double box with RECEIVED, the date and the office."""
        pen = self.pen
        pen.box(x, y, 170, 54, 1.2)
        pen.box(x + 3, y + 3, 164, 48, 0.4)
        pen.put(x + 48, y + 38, "RECEIVED", "Helvetica-Bold", 10)
        pen.put(x + 50, y + 24, self.s(fmt.stamp(day)), "Courier-Bold", 11)
        pen.put(x + 10, y + 10, office, "Helvetica", 7)
