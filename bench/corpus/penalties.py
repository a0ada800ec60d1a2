"""Sample penalty referrals with ground truth, deterministic by seed.

    generate_penalty_corpus(out_dir, count=45, seed=11, today=date(2026, 3, 2))

Writes `NNN-scenario.pdf` files and `cases.json` (the truth of every case: the contract's values
and the decision expected on `today`).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench.corpus.penalties_layouts import penalty_document
from bench.corpus.penalties_scenarios import SCENARIOS, build_penalty_spec
from bench.corpus.penalties_spec import LAYOUTS, PenaltySpec, Producer
from bench.corpus.produce import write_corpus

PRODUCERS: tuple[Producer, ...] = ("reportlab", "chromium")
CORPUS_TODAY = date(2026, 3, 2)


@dataclass(frozen=True)
class PenaltyCase:
    """One generated referral and what the bot should read and decide from it."""

    name: str
    pdf: Path
    spec: PenaltySpec
    truth: dict[str, Any]  # the contract's values
    expected: dict[str, Any]  # the contract's decision on `today`

    @property
    def today(self) -> date:
        return self.spec.today

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "pdf": self.pdf.name, "scenario": self.spec.scenario,
            "layout": self.spec.layout, "producer": self.spec.producer,
            "today": self.today.isoformat(), "truth": self.truth, "expected": self.expected,
        }


def plan_penalty_specs(
    count: int, seed: int, today: date, scenarios: Sequence[str] = ()
) -> list[PenaltySpec]:
    """`count` specs cycling through the scenarios (all by default), layouts and producers."""
    rng = random.Random(seed)
    names = list(scenarios) or list(SCENARIOS)
    specs = []
    for index in range(count):
        name = names[index % len(names)]
        round_ = index // len(names)
        layout = LAYOUTS[(round_ + index) % len(LAYOUTS)]
        producer = PRODUCERS[(round_ + index // 2) % 2]
        specs.append(build_penalty_spec(name, rng, layout, producer, index, today))
    return specs


def generate_penalty_corpus(
    out_dir: Path,
    count: int,
    seed: int,
    *,
    today: date = CORPUS_TODAY,
    scenarios: Sequence[str] = (),
    chromium: str | None = None,
) -> list[PenaltyCase]:
    """Write `count` referrals and cases.json to `out_dir`; Chromium prints its share in one go."""
    specs = plan_penalty_specs(count, seed, today, scenarios)
    return write_corpus(out_dir, specs, random.Random(seed + 1), penalty_document, _case_of,
                        chromium)


def _case_of(spec: PenaltySpec, pdf: Path) -> PenaltyCase:
    return PenaltyCase(pdf.stem, pdf, spec, spec.truth(), spec.expected_decision())
