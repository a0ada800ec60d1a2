"""Generate a protest corpus, extract every case, print accuracy and per-page timings.

    python -m bench.corpus.measure_protests [OUT_DIR] [COUNT] [SEED]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus.protests import CorpusCase, generate_corpus
from bench.corpus.scoring import Score, score_extras, score_values
from bots.protest_intake.extract import ProtestExtraction, extract_protest


def extras_of(extraction: ProtestExtraction) -> dict[str, Any]:
    """The extracted counterparts of CorpusCase.extras."""
    facts = extraction.facts
    return {
        "objection_given": bool(facts.objection_text),
        "drawback_declaration": facts.drawback_declaration,
        "filed_electronically": facts.filed_electronically,
        "surety_protest": facts.surety_protest,
        "bond_demand_mailed": facts.bond_demand_mailed.isoformat()
        if facts.bond_demand_mailed else None,
        "non_collusion_certified": facts.non_collusion_certified,
        "afr_criterion": facts.afr_criterion,
    }


def measure(cases: list[CorpusCase]) -> tuple[Score, Score, float, int]:
    """Scores for contract values and extras, seconds spent extracting, pages read."""
    values, extras = Score(), Score()
    seconds, pages = 0.0, 0
    for case in cases:
        started = time.perf_counter()
        extraction = extract_protest(case.pdf)
        seconds += time.perf_counter() - started
        pages += extraction.pages
        values.add(score_values(case.name, case.truth, extraction.values_json()))
        extras.add(score_extras(case.name, case.extras, extras_of(extraction)))
    return values, extras, seconds, pages


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="protests-"))
    count = int(argv[1]) if len(argv) > 1 else 64
    seed = int(argv[2]) if len(argv) > 2 else 7
    started = time.perf_counter()
    cases = generate_corpus(out, count, seed)
    generated = time.perf_counter() - started
    values, extras, seconds, pages = measure(cases)
    for miss in values.misses + extras.misses:
        print("MISS", miss)
    print(f"corpus: {len(cases)} protests, {pages} pages in {out} ({generated:.1f} s to generate)")
    print(f"contract values: {values.right}/{values.total} = {values.accuracy:.2%}")
    print(f"rules facts:     {extras.right}/{extras.total} = {extras.accuracy:.2%}")
    print(f"extraction: {seconds:.2f} s, {1000 * seconds / pages:.0f} ms per page")


if __name__ == "__main__":
    main(sys.argv[1:])
