"""Sample protests with ground truth: both layouts, both PDF producers, deterministic by seed.

    generate_corpus(out_dir, count=64, seed=7) -> list[CorpusCase]

Writes `NNN-scenario.pdf` files and `cases.json` (the ground truth of every case).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench.corpus import blocks as b
from bench.corpus.forms import form19_a, form19_b
from bench.corpus.letters import letter
from bench.corpus.produce import write_corpus
from bench.corpus.scenarios import SCENARIOS, build_spec
from bench.corpus.spec import FORM_LAYOUTS, LETTER_LAYOUTS, Layout, Producer, Spec

PRODUCERS: tuple[Producer, ...] = ("reportlab", "chromium")


@dataclass(frozen=True)
class CorpusCase:
    """One generated protest and what the bot should read and decide from it."""

    name: str
    pdf: Path
    scenario: str
    layout: Layout
    producer: Producer
    truth: dict[str, Any]  # the contract's values
    extras: dict[str, Any]  # facts beyond the contract that the rules read
    received: date  # what the lead passes as --received (the printed date when there is one)
    today: date
    expected_outcome: str
    expected_deadline: date | None
    expected_missing: tuple[str, ...]
    on_record: dict[str, str | None]  # the portal's liquidation date of each entry (seeded)
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "pdf": self.pdf.name, "scenario": self.scenario,
            "layout": self.layout, "producer": self.producer, "truth": self.truth,
            "extras": self.extras, "received": self.received.isoformat(),
            "today": self.today.isoformat(), "expected_outcome": self.expected_outcome,
            "expected_deadline": self.expected_deadline.isoformat()
            if self.expected_deadline else None,
            "expected_missing": list(self.expected_missing), "on_record": self.on_record,
            "note": self.note,
        }


def render_document(spec: Spec, rng: random.Random) -> b.Document:
    """The spec laid out as its layout says."""
    if spec.layout == "form19_a":
        return form19_a(spec, rng)
    if spec.layout == "form19_b":
        return form19_b(spec, rng)
    return letter(spec, rng)


def plan_specs(count: int, seed: int) -> list[Spec]:
    """`count` specs cycling through the scenarios, layouts and producers."""
    rng = random.Random(seed)
    names = list(SCENARIOS)
    specs = []
    for index in range(count):
        number, round_ = index % len(names), index // len(names)
        name = names[number]
        allowed = SCENARIOS[name][1] or FORM_LAYOUTS + LETTER_LAYOUTS
        # Each round moves every scenario to the next layout, and every second round to the
        # other producer, so that a scenario is not tied to one way of printing it.
        layout = allowed[(number + round_) % len(allowed)]
        producer = PRODUCERS[(number + round_ // 2) % 2]
        specs.append(build_spec(name, rng, layout, producer, index))
    return specs


def case_of(spec: Spec, pdf: Path) -> CorpusCase:
    return CorpusCase(
        name=pdf.stem, pdf=pdf, scenario=spec.scenario, layout=spec.layout,
        producer=spec.producer, truth=spec.truth(), extras=spec.extras(), received=spec.received,
        today=spec.today, expected_outcome=spec.expected_outcome,
        expected_deadline=spec.expected_deadline(), expected_missing=spec.expected_missing,
        on_record={e.entry_number: e.liquidation_date.isoformat() if e.liquidation_date else None
                   for e in spec.entries},
        note=spec.note,
    )


def generate_corpus(
    out_dir: Path, count: int, seed: int, *, chromium: str | None = None
) -> list[CorpusCase]:
    """Write `count` protests and cases.json to `out_dir`; Chromium prints its share in one go."""
    return write_corpus(out_dir, plan_specs(count, seed), random.Random(seed + 1),
                        render_document, case_of, chromium)
