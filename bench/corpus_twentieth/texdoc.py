"""LaTeX source assembly: escaping, fonts, and the printed needles a truth check looks for."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from bench.corpus_twentieth.people import fmt_date, fmt_money

_ESCAPES = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
            "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
FONTS = ("Liberation Serif", "DejaVu Serif", "Liberation Sans", "DejaVu Sans")
MONO = ("Liberation Mono", "DejaVu Sans Mono")


def tex(text: str) -> str:
    """Text escaped for LaTeX."""
    return "".join(_ESCAPES.get(char, char) for char in text)


@dataclass
class Doc:
    """A document being written: its LaTeX body and the printed forms of its scored values."""

    rng: random.Random
    date_style: str
    money_style: str
    needles: list[str] = field(default_factory=list)

    def show(self, text: str) -> str:
        """A scored value as printed: escaped, and remembered for the text-layer check."""
        self.needles.append(text)
        return tex(text)

    def day(self, value: date, style: str | None = None) -> str:
        return self.show(fmt_date(value, style or self.date_style))

    def cash(self, value: Decimal, style: str | None = None) -> str:
        return self.show(fmt_money(value, style or self.money_style))

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)


def preamble(doc_class: str, options: str, font: str, extra: str = "") -> str:
    return (f"\\documentclass[{options}]{{{doc_class}}}\n"
            "\\usepackage{fontspec}\n"
            f"\\setmainfont{{{font}}}\n"
            "\\setmonofont{Liberation Mono}\n"
            "\\usepackage{booktabs,longtable,array,tabularx,enumitem}\n"
            f"{extra}\n")
