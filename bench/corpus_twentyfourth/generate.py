"""Builds the corpus: PDFs by two producers (PDF::Create, CUPS texttopdf) with their truth files."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from . import (
    penalties,
    penalty_drawn,
    penalty_text,
    protest_drawn,
    protest_text,
    protests,
    ruling_drawn,
    ruling_text,
    rulings,
)
from .common import Built

PRODUCERS = ("pdfcreate", "texttopdf")


@dataclass(frozen=True)
class Kind:
    """One kind of document: where it goes, its cases module and its two producers' styles."""

    folder: str
    prefix: str
    cases: ModuleType
    drawn: ModuleType
    typed: ModuleType


KINDS = {
    "protest": Kind("protest", "protest", protests, protest_drawn, protest_text),
    "ruling-request": Kind("ruling-request", "ruling", rulings, ruling_drawn, ruling_text),
    "penalty-case": Kind("penalty-case", "penalty", penalties, penalty_drawn, penalty_text),
}


def intended(kind: str, case: str) -> str | None:
    """The outcome each case is built to show; the generator refuses a document that misses it."""
    if kind == "protest":
        prefixes = [
            ("accept", "accept"),
            ("grace", "needs_human"),
            ("mixed", "needs_human"),
            ("untimely", "untimely"),
            ("premature", "premature"),
            ("invalid", "invalid"),
            ("no-drawback", None),
            ("no-", "deficient"),
        ]
    elif kind == "ruling-request":
        prefixes = [
            ("agent-no-authority", "needs_human"),
            ("pending-court", "no_ruling"),
            ("current-entry", "no_ruling"),
            ("no-", "deficient"),
            ("unsigned", "deficient"),
            ("six-items", "deficient"),
            ("", "accept"),
        ]
    else:
        prefixes = [
            ("lacks", "needs_human"),
            ("limitations", "needs_human"),
            ("gross-pd", "needs_human"),
            ("barred", "needs_human"),
            ("", "draft"),
        ]
    return next(outcome for prefix, outcome in prefixes if case.startswith(prefix))


def _make(kind: Kind, index: int, rng: random.Random, producer: str, out: Path) -> Built:
    """Facts for document `index`, printed in the style its index picks, and their truth."""
    facts = kind.cases.build(index, rng)
    module = kind.drawn if producer == "pdfcreate" else kind.typed
    style = list(module.STYLES)[(index // 2) % len(module.STYLES)]
    if kind.cases is protests:
        protests.fit_signer(facts, style, rng)
    module.render(facts, rng, style, out)
    built: Built = kind.cases.truth(facts, producer, style)
    wanted = intended(kind.folder, facts.case)
    if built.decision.get("outcome") != wanted:
        raise AssertionError(
            f"{kind.prefix} {index} ({facts.case}): {built.decision} is not {wanted}"
        )
    return built


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Writes KIND/PREFIX_NNN_PRODUCER_CASE.pdf + .json for each kind; returns the PDFs."""
    written = []
    for kind, count in counts.items():
        spec = KINDS[kind]
        folder = out / spec.folder
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(count):
            producer = PRODUCERS[index % 2]
            rng = random.Random(f"{seed}/{kind}/{index}")
            scratch = folder / f".{spec.prefix}_{index + 1:03d}.pdf"
            built = _make(spec, index, rng, producer, scratch)
            stem = f"{spec.prefix}_{index + 1:03d}_{producer}_{built.case}"
            pdf = folder / f"{stem}.pdf"
            scratch.replace(pdf)
            (folder / f"{stem}.json").write_text(json.dumps(built.truth(), indent=2) + "\n")
            written.append(pdf)
    return written
