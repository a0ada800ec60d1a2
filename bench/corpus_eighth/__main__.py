"""python -m bench.corpus_eighth OUT --seed S [--protests N --rulings N --penalties N]."""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

from . import penalties, protests, rulings
from .doc import Case

PRODUCERS = ("typst", "mpl")
KINDS: dict[str, tuple[str, str, Callable[[int, random.Random, str], Case]]] = {
    "protests": ("protest", "protest", protests.build),
    "rulings": ("ruling-request", "ruling", rulings.build),
    "penalties": ("penalty-case", "penalty", penalties.build),
}


def cases(seed: int, counts: dict[str, int]) -> list[tuple[str, Case, str]]:
    """Every (file stem, case, producer) for a seed, without rendering: deterministic per seed."""
    out = []
    for key, (folder, prefix, build) in KINDS.items():
        rng = random.Random(f"{seed}-{key}")
        for n in range(counts[key]):
            producer = PRODUCERS[n % 2]
            case = build(n // 2 * 2 + n % 2, rng, producer)
            out.append((f"{folder}/{prefix}_{n + 1:03d}_{producer}_{case.case}", case, producer))
    return out


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Render every PDF and write its truth file; returns the PDFs."""
    from . import render_mpl, render_typst

    made = []
    for n, (stem, case, producer) in enumerate(cases(seed, counts)):
        pdf = out / f"{stem}.pdf"
        pdf.parent.mkdir(parents=True, exist_ok=True)
        (render_typst if producer == "typst" else render_mpl).render(case, pdf, n)
        pdf.with_suffix(".json").write_text(
            json.dumps(case.truth(), indent=2) + "\n", encoding="utf-8"
        )
        made.append(pdf)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    a = parser.parse_args()
    made = generate(
        a.out, a.seed, {"protests": a.protests, "rulings": a.rulings, "penalties": a.penalties}
    )
    print(f"{len(made)} documents in {a.out}")


if __name__ == "__main__":
    main()
