"""One generated penalty corpus per session (both producers, three layouts) and bad inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus.bad_inputs import generate_bad_inputs
from bench.corpus.penalties import PenaltyCase, generate_penalty_corpus

CORPUS_SIZE = 45  # every scenario three times
CORPUS_SEED = 11


@pytest.fixture(scope="session")
def penalty_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[PenaltyCase]:
    return generate_penalty_corpus(tmp_path_factory.mktemp("penalties"), CORPUS_SIZE, CORPUS_SEED)


@pytest.fixture(scope="session")
def penalty_bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return generate_bad_inputs(tmp_path_factory.mktemp("penalty-bad-inputs"))
