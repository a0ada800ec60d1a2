"""Every document of a run: its producer, style, pages and truth, from one seeded generator."""

from __future__ import annotations

import random
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


def build_all(rng: random.Random, n_protests: int, n_rulings: int,
              n_penalties: int) -> list[Built]:
    built: list[Built] = []
    forms = 0
    for number in range(n_protests):
        producer = PRODUCERS[number % 2]
        case = protests.CASES[number % len(protests.CASES)]
        protest = protests.build(rng, case, producer)
        if producer == "pdflib":
            pages, title = protest_form.pages(protest), "Protest (Form 19 look-alike)"
            flatten, forms = forms % 3 == 2, forms + 1
        else:
            style = protest_letter.STYLES[(number // 2) % len(protest_letter.STYLES)]
            if style == "importer":  # the importer's own letter, signed by its own officer
                protest.agent = None
                protest.title = rng.choice(["President", "Director of Trade Compliance",
                                            "Controller", "Import Manager", "Owner"])
            pages, title, flatten = protest_letter.pages(protest, style), f"Protest {style}", False
        built.append(Built("protest", f"protest_{number + 1:03d}_{producer}_{case}", producer,
                           title, pages, flatten, protests.truth(protest)))
    for number in range(n_rulings):
        producer = PRODUCERS[number % 2]
        case = rulings.CASES[number % len(rulings.CASES)]
        ruling = rulings.build(rng, case)
        flatten = producer == "pdflib" and forms % 3 == 2
        forms += producer == "pdflib"
        pages = ruling_docs.form_pages(ruling) if producer == "pdflib" else \
            ruling_docs.letter_pages(ruling)
        built.append(Built("ruling-request", f"ruling_{number + 1:03d}_{producer}_{case}",
                           producer, "Binding ruling request", pages, flatten,
                           rulings.truth(ruling)))
    for number in range(n_penalties):
        producer = PRODUCERS[number % 2]
        case = penalties.CASES[number % len(penalties.CASES)]
        penalty = penalties.build(rng, case)
        flatten = producer == "pdflib" and forms % 3 == 2
        forms += producer == "pdflib"
        pages = penalty_docs.worksheet_pages(penalty) if producer == "pdflib" else \
            penalty_docs.memo_pages(penalty)
        built.append(Built("penalty-case", f"penalty_{number + 1:03d}_{producer}_{case}",
                           producer, "Penalty referral", pages, flatten, penalties.truth(penalty)))
    return built
