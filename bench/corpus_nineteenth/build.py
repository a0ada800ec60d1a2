"""Every document of a run: its producer, style, pages and truth, from one seeded generator."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.corpus_nineteenth import (
    penalties,
    penalty_docs,
    protest_form,
    protest_letter,
    protests,
    ruling_docs,
    rulings,
)
from bench.corpus_nineteenth.layout import Op

PRODUCERS = ("pdflib", "pdfapi2")


@dataclass
class Built:
    folder: str
    stem: str
    producer: str
    title: str
    pages: list[list[Op]]
    flatten: bool
    truth: dict[str, Any]


@dataclass(frozen=True)
class Kind:
    """A kind drawn as one pdf-lib form and one PDF::API2 letter."""

    folder: str
    prefix: str
    title: str
    cases: list[str]
    build: Callable[[random.Random, str], Any]
    truth: Callable[[Any], dict[str, Any]]
    form: Callable[[Any], list[list[Op]]]
    letter: Callable[[Any], list[list[Op]]]


RULINGS = Kind("ruling-request", "ruling", "Binding ruling request", rulings.CASES, rulings.build,
               rulings.truth, ruling_docs.form_pages, ruling_docs.letters)
PENALTIES = Kind("penalty-case", "penalty", "Penalty referral", penalties.CASES, penalties.build,
                 penalties.truth, penalty_docs.worksheet_pages, penalty_docs.letter_pages)


class Run:
    """One seeded run; every third pdf-lib form is flattened, the others keep their fields."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.forms = 0
        self.built: list[Built] = []

    def flatten_next(self) -> bool:
        self.forms += 1
        return self.forms % 3 == 0

    def protests(self, count: int) -> None:
        for number in range(count):
            producer = PRODUCERS[number % 2]
            case = protests.CASES[number % len(protests.CASES)]
            protest = protests.build(self.rng, case, producer)
            if producer == "pdflib":
                pages, title = protest_form.pages(protest), "Protest (Form 19 look-alike)"
                flatten = self.flatten_next()
            else:
                style = protest_letter.STYLES[(number // 2) % len(protest_letter.STYLES)]
                if style == "importer":  # the importer's own letter, signed by its own officer
                    protest.agent = None
                    protest.title = self.rng.choice(["President", "Director of Trade Compliance",
                                                     "Controller", "Import Manager", "Owner"])
                pages, title = protest_letter.pages(protest, style), f"Protest {style}"
                flatten = False
            self.built.append(Built("protest", f"protest_{number + 1:03d}_{producer}_{case}",
                                    producer, title, pages, flatten, protests.truth(protest)))

    def simple(self, kind: Kind, count: int) -> None:
        for number in range(count):
            producer = PRODUCERS[number % 2]
            case = kind.cases[number % len(kind.cases)]
            doc = kind.build(self.rng, case)
            form = producer == "pdflib"
            pages = kind.form(doc) if form else kind.letter(doc)
            stem = f"{kind.prefix}_{number + 1:03d}_{producer}_{case}"
            self.built.append(Built(kind.folder, stem, producer, kind.title, pages,
                                    form and self.flatten_next(), kind.truth(doc)))


def build_all(rng: random.Random, n_protests: int, n_rulings: int,
              n_penalties: int) -> list[Built]:
    run = Run(rng)
    run.protests(n_protests)
    run.simple(RULINGS, n_rulings)
    run.simple(PENALTIES, n_penalties)
    return run.built
