"""Builds the corpus: PDFs and truth JSON in corpus-b's layout, two producers in turn."""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import mupdf, penalties, penalty_docs, podofo, protest_docs, protests, rulings
from .common import Doc

PRODUCERS: dict[str, Callable[[Doc, random.Random, Path, Path], None]] = {
    "mupdf": mupdf.render,
    "podofo": podofo.render,
}
FOLDERS = {
    "protest": ("protest", "protest"),
    "ruling-request": ("ruling-request", "ruling"),
    "penalty-case": ("penalty-case", "penalty"),
}
EXPECTED_PROTEST = {
    "timely-class": "accept",
    "untimely": "untimely",
    "weekend-grace": "needs_human",
    "no-ior": "deficient",
    "timely-value-multi": "accept",
    "mixed-late": "needs_human",
    "pre2004-90day": "untimely",
    "invalid-petition": "invalid",
    "holiday-grace": "needs_human",
    "premature": "premature",
    "no-description": "deficient",
    "accel-timely": "accept",
}
EXPECTED_PENALTY = {
    "limitations-passed": "needs_human",
    "no-goods": "needs_human",
    "barred-entry": "needs_human",
    "no-violation-kind": "needs_human",
    "neg-pd": "needs_human",
}


def producer_for(index: int) -> str:
    return "mupdf" if index % 2 == 0 else "podofo"


def documents(
    seed: int, n_protests: int, n_rulings: int, n_penalties: int
) -> list[tuple[Doc, str]]:
    """Every document with its producer; the same seed gives the same documents."""
    rng = random.Random(seed)
    used: set[str] = set()
    docs: list[tuple[Doc, str]] = []
    styles = ["ace", "letterhead", "counsel"]
    for i in range(n_protests):
        case = protests.CASES[i % len(protests.CASES)]
        pc = protests.build_case(rng, case, used)
        producer = producer_for(i + i // len(protests.CASES))
        doc = protest_docs.build(pc, rng, styles[(i + i // 3) % 3], producer, i)
        assert protests.decide(pc)["outcome"] == EXPECTED_PROTEST[case], (case, protests.decide(pc))
        docs.append((doc, producer))
    for i in range(n_rulings):
        case = rulings.CASES[i % len(rulings.CASES)]
        # Flip the producer on each round of cases so that no case is printed by one producer only.
        producer = producer_for(i + i // len(rulings.CASES))
        docs.append((rulings.build(rng, case, producer, i, used), producer))
    pstyles = ["narrative", "findings", "memo"]
    for i in range(n_penalties):
        case = penalties.CASES[i % len(penalties.CASES)]
        pc2 = penalties.build_case(rng, case, used)
        doc = penalty_docs.build(pc2, rng, pstyles[i % 3], producer_for(i + 1), i)
        decision = doc.truth["decision"]
        assert isinstance(decision, dict)
        assert decision["outcome"] == EXPECTED_PENALTY.get(case, "draft"), (case, decision)
        docs.append((doc, producer_for(i + 1)))
    return docs


def write(out: Path, seed: int, n_protests: int, n_rulings: int, n_penalties: int) -> list[Path]:
    """Prints every document into OUT/KIND/ and writes its truth beside it."""
    written = []
    counters = {k: 0 for k in FOLDERS}
    with tempfile.TemporaryDirectory(prefix="corpus23-") as tmp:
        work = Path(tmp)
        for doc, producer in documents(seed, n_protests, n_rulings, n_penalties):
            folder, prefix = FOLDERS[doc.kind]
            counters[doc.kind] += 1
            target = out / folder
            target.mkdir(parents=True, exist_ok=True)
            stem = f"{prefix}_{counters[doc.kind]:03d}_{producer}_{doc.case}"
            pdf = target / f"{stem}.pdf"
            style_rng = random.Random(f"{seed}-{stem}")
            PRODUCERS[producer](doc, style_rng, pdf, work)
            (target / f"{stem}.json").write_text(
                json.dumps(doc.truth, indent=2) + "\n", encoding="utf-8"
            )
            written.append(pdf)
    return written
