"""Sample ruling requests with ground truth: three layouts, two PDF producers, seeded.

    generate_ruling_corpus(out_dir, count=48, seed=11) -> list[RulingCase]

Writes `NNN-scenario.pdf` files and `cases.json` (the ground truth of every case).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench.corpus.produce import write_corpus
from bench.corpus.rulings_layouts import ruling_document
from bench.corpus.rulings_scenarios import SCENARIOS, build_spec
from bench.corpus.rulings_spec import RULING_LAYOUTS, RulingSpec

PRODUCERS = ("reportlab", "chromium")


@dataclass(frozen=True)
class RulingCase:
    """One generated request and what the bot should read and decide from it."""

    name: str
    pdf: Path
    scenario: str
    layout: str
    producer: str
    truth: dict[str, Any]  # the contract's values
    extras: dict[str, Any]  # facts beyond the contract that the rules read
    received: date  # what a clerk passes as --received (a printed stamp wins over it)
    expected: dict[str, Any]  # outcome, route, missing, reason category, due

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "pdf": self.pdf.name, "scenario": self.scenario,
                "layout": self.layout, "producer": self.producer, "truth": self.truth,
                "extras": self.extras, "received": self.received.isoformat(),
                "expected": self.expected}


def plan_ruling_specs(count: int, seed: int) -> list[RulingSpec]:
    """`count` specs cycling through the scenarios, layouts and producers."""
    rng = random.Random(seed)
    names = list(SCENARIOS)
    specs = []
    for index in range(count):
        name = names[index % len(names)]
        round_ = index // len(names)
        allowed = SCENARIOS[name][1] or RULING_LAYOUTS
        layout = allowed[(round_ + index) % len(allowed)]
        producer = PRODUCERS[(round_ + index // 3) % 2]
        specs.append(build_spec(name, rng, layout, producer))
    return specs


def case_of(spec: RulingSpec, pdf: Path) -> RulingCase:
    due = spec.expected_due()
    expected = {"outcome": spec.expected_outcome, "route": spec.route,
                "missing": list(spec.expected_missing), "reason": spec.expected_reason,
                "due": due.isoformat() if due else None}
    return RulingCase(pdf.stem, pdf, spec.scenario, spec.layout, spec.producer, spec.truth(),
                      spec.extras(), spec.received_arg, expected)


def generate_ruling_corpus(
    out_dir: Path, count: int = 48, seed: int = 11, *, chromium: str | None = None
) -> list[RulingCase]:
    """Write `count` requests and cases.json to `out_dir`; Chromium prints its share in one go."""
    return write_corpus(out_dir, plan_ruling_specs(count, seed), random.Random(seed + 1),
                        ruling_document, case_of, chromium)


DEMO_SCENARIOS = ("accept_classification", "deficient_no_pending_statement", "no_ruling_court",
                  "needs_human_items_unclear")


def demo_requests(out_dir: Path, seed: int = 11) -> list[Path]:
    """A few requests for `make run` to queue: one per outcome, from the seeded corpus."""
    cases = generate_ruling_corpus(out_dir, len(SCENARIOS), seed)
    return [next(c.pdf for c in cases if c.scenario == name) for name in DEMO_SCENARIOS]
