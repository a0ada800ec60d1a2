"""Builds the corpus: each case's facts, its document by one style and producer, and its truth
file."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.corpus_eleventh import (
    latex,
    penalties,
    penalty_styles,
    protest_styles,
    protests,
    qt,
    qt_painter,
    rulings,
)
from bench.corpus_eleventh.doc import DATE_STYLES, Document

PRODUCERS = ("latex", "qt")
PROTEST_CASES = (
    "timely",
    "untimely",
    "premature",
    "weekend-grace",
    "no-address",
    "no-ior",
    "timely-multi",
    "holiday-grace",
    "mixed",
    "no-entry-date",
    "no-liq-date",
    "no-desc",
    "timely",
    "weekend-late",
    "exact-last-day",
    "old90-untimely",
    "no-justif",
    "earlier-no-date",
    "earlier",
    "invalid",
    "no-drawback",
    "premature",
    "untimely",
    "timely-multi",
)
RULING_CASES = (
    "class",
    "valuation",
    "no-ports",
    "court",
    "class-photos",
    "carrier",
    "no-materials",
    "current",
    "marking",
    "unsigned",
    "no-pending-stmt",
    "six-items",
)
PENALTY_CASES = (
    "neg-mixed",
    "gn",
    "fraud",
    "small",
    "fraud-pd",
    "gn-nolod",
    "neg-dvcap",
    "expired",
    "fraud-pd-nolod",
    "noncommercial-gn",
    "gn-pd-actual",
    "neg-overpaid",
)


def _producer(index: int, styles: int) -> str:
    """Alternates the producer so that every style is printed by both over the cycle."""
    return PRODUCERS[(index + index // styles) % 2]


def _render(document: Document, producer: str, out: Path) -> None:
    if producer == "latex":
        latex.render(document, out)
    elif document.drawn:
        qt_painter.render(document, out)
    else:
        qt.render(document, out)


def _protest(index: int, rng: random.Random) -> tuple[str, str, Document, dict[str, Any]]:
    case = PROTEST_CASES[index % len(PROTEST_CASES)]
    style = list(protest_styles.STYLES)[index % len(protest_styles.STYLES)]
    facts = protests.build(case, rng)
    printed = style == "efile" or (style == "form" and rng.random() < 0.6)
    number = (
        f"{facts.port[0]}-{facts.received.year % 100:02d}-{rng.randrange(100000, 999999)}"
        if printed
        else None
    )
    facts = replace(
        facts,
        printed_received=printed,
        protest_number=number,
        accelerated=facts.accelerated and style != "efile",
    )
    ds = rng.choice(DATE_STYLES)
    document = protest_styles.STYLES[style](facts, rng, ds)
    args = (["--received", facts.received.isoformat()] if not printed else []) + [
        "--today",
        facts.today.isoformat(),
    ]
    return case, style, document, protests.truth(facts, args, case)


def _ruling(index: int, rng: random.Random) -> tuple[str, str, Document, dict[str, Any]]:
    case = RULING_CASES[index % len(RULING_CASES)]
    style = list(rulings.STYLES)[index % len(rulings.STYLES)]
    facts = rulings.build(case, rng)
    if style == "consultant":
        facts = replace(
            facts,
            agent=rng.choice(("Keystone Trade Advisory Group", "Larkspur Tariff Consulting LLC")),
        )
    document = rulings.STYLES[style](facts, rng, rng.choice(DATE_STYLES))
    args = ["--received", facts.received.isoformat(), "--today", facts.today.isoformat()]
    return case, style, document, rulings.truth(facts, args, case)


def _penalty(index: int, rng: random.Random) -> tuple[str, str, Document, dict[str, Any]]:
    case = PENALTY_CASES[index % len(PENALTY_CASES)]
    style = list(penalty_styles.STYLES)[index % len(penalty_styles.STYLES)]
    facts = penalties.build(case, rng)
    document = penalty_styles.STYLES[style](facts, rng, rng.choice(DATE_STYLES))
    return case, style, document, penalties.truth(facts, ["--today", facts.today.isoformat()], case)


KINDS = {
    "protest": ("protest", _protest, 6),
    "ruling-request": ("ruling", _ruling, 4),
    "penalty-case": ("penalty", _penalty, 4),
}


def plan(seed: int, counts: dict[str, int]) -> list[tuple[str, str, str, Document, dict[str, Any]]]:
    """Every document's folder, file stem, producer, page description and truth, without
    printing."""
    items = []
    for folder, (prefix, make, styles) in KINDS.items():
        for index in range(counts[folder]):
            rng = random.Random(f"eleventh-{seed}-{folder}-{index}")
            case, style, document, truth = make(index, rng)
            producer = _producer(index, styles)
            truth["style"] = style
            items.append(
                (folder, f"{prefix}_{index + 1:03d}_{producer}_{case}", producer, document, truth)
            )
    return items


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Writes the PDFs and truth files; returns the PDFs."""
    written = []
    for folder, stem, producer, document, truth in plan(seed, counts):
        target = out / folder
        target.mkdir(parents=True, exist_ok=True)
        pdf = target / f"{stem}.pdf"
        _render(document, producer, pdf)
        (target / f"{stem}.json").write_text(json.dumps(truth, indent=2) + "\n")
        written.append(pdf)
    return written
