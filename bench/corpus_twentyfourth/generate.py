"""Builds the corpus: PDFs by two producers (PDF::Create, CUPS texttopdf) with their truth files."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

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
Maker = Callable[[int, random.Random, str, Path], Built]


def _protest(index: int, rng: random.Random, producer: str, out: Path) -> Built:
    p = protests.build(index, rng)
    module = protest_drawn if producer == "pdfcreate" else protest_text
    style = list(module.STYLES)[(index // 2) % len(module.STYLES)]
    # The signer's title follows who writes in that style: the owner, counsel, or the broker.
    if style == "owner-letter":
        p.signer_title = rng.choice(["Owner", "President", "Managing Member"])
    elif style == "summary-grid":
        p.signer_title = rng.choice(["Partner", "Counsel", "Attorney for Protestant"])
    elif p.agent and style in ("ace-dump", "fax-packet"):
        p.signer_title = "Licensed Customs Broker"
    module.render(p, rng, style, out)
    return protests.truth(p, producer, style)


def _ruling(index: int, rng: random.Random, producer: str, out: Path) -> Built:
    r = rulings.build(index, rng)
    module = ruling_drawn if producer == "pdfcreate" else ruling_text
    style = list(module.STYLES)[(index // 2) % len(module.STYLES)]
    module.render(r, rng, style, out)
    return rulings.truth(r, producer, style)


def _penalty(index: int, rng: random.Random, producer: str, out: Path) -> Built:
    c = penalties.build(index, rng)
    module = penalty_drawn if producer == "pdfcreate" else penalty_text
    style = list(module.STYLES)[(index // 2) % len(module.STYLES)]
    module.render(c, rng, style, out)
    return penalties.truth(c, producer, style)


KINDS: dict[str, tuple[str, str, Maker]] = {
    "protest": ("protest", "protest", _protest),
    "ruling-request": ("ruling-request", "ruling", _ruling),
    "penalty-case": ("penalty-case", "penalty", _penalty),
}


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Writes KIND/PREFIX_NNN_PRODUCER_CASE.pdf + .json for each kind; returns the PDFs."""
    written = []
    for kind, count in counts.items():
        folder_name, prefix, make = KINDS[kind]
        folder = out / folder_name
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(count):
            producer = PRODUCERS[index % 2]
            rng = random.Random(f"{seed}/{kind}/{index}")
            scratch = folder / f".{prefix}_{index + 1:03d}.pdf"
            built = make(index, rng, producer, scratch)
            stem = f"{prefix}_{index + 1:03d}_{producer}_{built.case}"
            pdf = folder / f"{stem}.pdf"
            scratch.replace(pdf)
            (folder / f"{stem}.json").write_text(json.dumps(built.truth(), indent=2) + "\n")
            written.append(pdf)
    return written
