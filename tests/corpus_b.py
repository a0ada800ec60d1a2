"""Documents from other hands scored in tests by the rules of `tradebots bench reading` itself.

corpus-b lies beside the repository (../shared/corpus-b), as on CI; a folder that is missing or
empty fails the test rather than skipping it, since an unmeasured floor protects nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tradebots.benchmarks import reading_bench as bench
from tradebots.benchmarks.reading_tally import Scored, tally
from tradebots.cli import extract_args_dates
from tradebots.references import resolve_callable
from tradebots.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
CORPUS_B = REPO.parent / "shared" / "corpus-b"


def score(kind: str, truths: list[Path], *, at_least: int = 1) -> list[Scored]:
    """Each truth file's PDF read by KIND's configured reader and scored."""
    assert len(truths) >= at_least, f"{kind}: fewer than {at_least} truth files ({len(truths)})"
    reference = load_settings().extractors[kind]
    extractor = resolve_callable(reference, setting=f"extractors.{kind}", home=REPO)
    cases = [bench.Case(path.with_suffix(".pdf"), json.loads(path.read_text(encoding="utf-8")))
             for path in truths]
    return bench.run_reading_bench(extractor, cases, extract_args_dates, say=lambda _: None)


def figures(scored: list[Scored]) -> dict[str, Any]:
    """The bench's figures, with every miss named for an assertion message."""
    return tally(scored) | {"missed": [
        f"{doc.name}: {doc.error or ''} " + "; ".join(
            f"{m.path}: expected {m.expected!r}, got {m.got!r}" for m in doc.score.misses())
        for doc in scored if doc.error or doc.score.misses()]}


def share(figure: dict[str, Any]) -> float:
    """A figure's right/total as a fraction (1.0 when nothing was scored)."""
    return figure["right"] / figure["total"] if figure["total"] else 1.0
