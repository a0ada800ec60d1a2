"""The generated ruling-request corpus and what the bot reads from it, made once per session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from bench.corpus.rulings import RulingCase, generate_ruling_corpus
from bots.ruling_triage.contract import received_date, ruling_result
from bots.ruling_triage.extract import RulingExtraction, extract_ruling
from bots.ruling_triage.rules.decide import decide_ruling

CORPUS_SIZE = 54  # two rounds of the 27 scenarios: each scenario in two layouts
SEED = 11
TODAY = date(2026, 1, 5)


@dataclass(frozen=True)
class Read:
    case: RulingCase
    extraction: RulingExtraction
    output: dict[str, Any]  # the contract JSON


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[RulingCase]:
    return generate_ruling_corpus(tmp_path_factory.mktemp("rulings"), CORPUS_SIZE, SEED)


@pytest.fixture(scope="session")
def reads(corpus: list[RulingCase]) -> list[Read]:
    """Every corpus letter read and decided as `tradebots extract` does."""
    result = []
    for case in corpus:
        extraction = extract_ruling(case.pdf)
        received = received_date(extraction, case.received, TODAY)
        decision, findings = decide_ruling(extraction.facts, received=received)
        result.append(Read(case, extraction, ruling_result(extraction, extraction.facts,
                                                           decision, findings).contract_json()))
    return result


def case_named(cases: list[RulingCase], scenario: str, layout: str | None = None) -> RulingCase:
    """The first case of SCENARIO (in LAYOUT, when given)."""
    return next(c for c in cases if c.scenario == scenario and layout in (None, c.layout))
