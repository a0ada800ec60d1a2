"""Sample documents for `make run`: a handful per bot, each with a printed CBP receipt date."""

from __future__ import annotations

import importlib
from pathlib import Path

PROTEST_SAMPLES = 6
CORPUS_SEED = 11
# A bot's generator, "module:function" taking (out_dir, count, seed) -> cases with .pdf.
GENERATORS = {
    "protest_intake": "bench.corpus.protests:generate_corpus",
    "ruling_triage": "bench.corpus.rulings:generate_ruling_corpus",
    "penalty_notice": "bench.corpus.penalties:generate_penalty_corpus",
}


def make_samples(out_dir: Path, per_bot: int = PROTEST_SAMPLES) -> dict[str, list[Path]]:
    """Generate (once) a few sample PDFs per bot under OUT_DIR; {bot: [pdf, ...]}."""
    samples: dict[str, list[Path]] = {}
    for bot, reference in GENERATORS.items():
        module_name, _, function = reference.partition(":")
        folder = out_dir / bot
        existing = sorted(folder.glob("*.pdf"))
        if existing:
            samples[bot] = existing
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue  # that bot has no generator yet
        scratch = out_dir / f".{bot}-corpus"
        cases = getattr(module, function)(scratch, per_bot * 3, CORPUS_SEED)
        chosen = [c for c in cases if _has_receipt_date(c)][:per_bot] or cases[:per_bot]
        folder.mkdir(parents=True, exist_ok=True)
        for case in chosen:
            target = folder / case.pdf.name
            target.write_bytes(case.pdf.read_bytes())
        samples[bot] = sorted(folder.glob("*.pdf"))
    return samples


def _has_receipt_date(case: object) -> bool:
    truth = getattr(case, "truth", {})
    return not isinstance(truth, dict) or truth.get("received_date") is not None
