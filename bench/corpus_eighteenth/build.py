"""Builds the eighteenth hand: cases, truths, and PDFs drawn by TCPDF (PHP) and Prawn (Ruby)."""

from __future__ import annotations

import json
import random
import subprocess
import tempfile
from pathlib import Path

from bench.corpus_eighteenth import (
    penalty_cases,
    penalty_docs,
    protest_cases,
    protest_docs,
    ruling_cases,
    ruling_docs,
)
from bench.corpus_eighteenth.common import Doc

HERE = Path(__file__).parent
PRODUCERS = ("tcpdf", "prawn")
FOLDERS = {
    "protest": ("protest", "protest"),
    "ruling-request": ("ruling-request", "ruling"),
    "penalty-case": ("penalty-case", "penalty"),
}
# The outcome each case was built to show (None: the outcome is left unscored on purpose).
EXPECTED: dict[str, dict[str, str | None]] = {
    "protest": {
        "untimely": "untimely",
        "untimely-90-day": "untimely",
        "premature": "premature",
        "grace-saturday": "needs_human",
        "grace-sunday": "needs_human",
        "grace-holiday": "needs_human",
        "mixed-timeliness": "needs_human",
        "invalid-petition": "invalid",
        "no-drawback-line": None,
        **{
            c: "deficient"
            for c in (
                "no-importer-number",
                "no-description",
                "no-entry-date",
                "no-objection",
                "no-address",
                "earlier-no-date",
            )
        },
    },
    "ruling-request": {
        "agent-no-authority": "needs_human",
        "no-pending-statement": "deficient",
        "unsigned": "deficient",
        "six-items": "deficient",
        "court": "no_ruling",
        "current-transaction": "no_ruling",
    },
    "penalty-case": {
        c: "needs_human"
        for c in ("limitations-passed", "no-goods", "no-violation-kind", "gn-pd-actual")
    },
}
DEFAULT = {"protest": "accept", "ruling-request": "accept", "penalty-case": "draft"}


def _check(kind: str, case: str, truth: dict[str, object]) -> None:
    want = EXPECTED[kind].get(case, DEFAULT[kind])
    decision = truth["decision"]
    got = decision.get("outcome") if isinstance(decision, dict) else None
    if got != want:
        raise AssertionError(f"{kind} {case}: built outcome {got}, intended {want}")


def _docs(kind: str, count: int, rng: random.Random) -> list[Doc]:
    cases_mod, docs_mod = {
        "protest": (protest_cases, protest_docs),
        "ruling-request": (ruling_cases, ruling_docs),
        "penalty-case": (penalty_cases, penalty_docs),
    }[kind]
    out = []
    for i in range(count):
        case = cases_mod.CASES[i % len(cases_mod.CASES)]
        producer = PRODUCERS[i % 2]
        styles = docs_mod.STYLES[producer]
        subject = cases_mod.make(case, i, rng)
        drawn, printed = styles[(i // 2) % len(styles)](subject, rng)
        truth = cases_mod.truth(subject)
        _check(kind, case, truth)
        out.append(
            Doc(kind=kind, case=case, producer=producer, spec=drawn, truth=truth, printed=printed)
        )
    return out


def build(seed: int, protests: int, rulings: int, penalties: int) -> list[Doc]:
    """Every document of one seed, cases in a fixed order, producers alternating."""
    rng = random.Random(seed)
    return (
        _docs("protest", protests, rng)
        + _docs("ruling-request", rulings, rng)
        + _docs("penalty-case", penalties, rng)
    )


def file_stem(doc: Doc, number: int) -> str:
    """KIND_NNN_PRODUCER_CASE, as `tradebots bench reading` reads it."""
    return f"{FOLDERS[doc.kind][1]}_{number:03d}_{doc.producer}_{doc.case}"


def render(doc: Doc, pdf: Path) -> None:
    """Draws one document with its producer; a failure names the file and the producer's message."""
    program = (
        ["php", str(HERE / "render.php")]
        if doc.producer == "tcpdf"
        else ["ruby", str(HERE / "render.rb")]
    )
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(doc.spec, handle)
    try:
        done = subprocess.run(
            [*program, handle.name, str(pdf)], capture_output=True, text=True, timeout=120
        )
    finally:
        Path(handle.name).unlink()
    if done.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"{pdf.name}: {doc.producer} failed: {done.stderr.strip()[-500:]}")


def write(docs: list[Doc], out: Path) -> list[Path]:
    """PDFs and truth JSON in corpus-b's layout; returns the PDFs written."""
    written = []
    counters: dict[str, int] = {}
    for doc in docs:
        folder = out / FOLDERS[doc.kind][0]
        folder.mkdir(parents=True, exist_ok=True)
        counters[doc.kind] = counters.get(doc.kind, 0) + 1
        stem = file_stem(doc, counters[doc.kind])
        render(doc, folder / f"{stem}.pdf")
        (folder / f"{stem}.json").write_text(json.dumps(doc.truth, indent=2) + "\n")
        written.append(folder / f"{stem}.pdf")
    return written
