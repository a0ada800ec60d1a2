"""One generated protest corpus (both producers, both layouts) and the bad inputs, per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus.bad_inputs import generate_bad_inputs
from bench.corpus.protests import CorpusCase, generate_corpus

CORPUS_SIZE = 64
CORPUS_SEED = 7


@pytest.fixture(scope="session")
def protest_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[CorpusCase]:
    return generate_corpus(tmp_path_factory.mktemp("protests"), CORPUS_SIZE, CORPUS_SEED)


@pytest.fixture(scope="session")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return generate_bad_inputs(tmp_path_factory.mktemp("bad-inputs"))
