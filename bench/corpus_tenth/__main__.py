"""python -m bench.corpus_tenth OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bench.corpus_tenth import penalties, protests, rulings
from bench.corpus_tenth.render import RENDERERS

KINDS = (
    ("protest", "protest", protests.build),
    ("ruling-request", "ruling", rulings.build),
    ("penalty-case", "penalty", penalties.build),
)


def producer(index: int) -> str:
    """Alternates producers so that each style meets both."""
    return ("rinoh", "abiword")[(index + index // 4) % 2]


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Writes every PDF and truth file; returns the PDFs."""
    written = []
    for folder, stem, build in KINDS:
        (out / folder).mkdir(parents=True, exist_ok=True)
        for index in range(counts[folder]):
            case, doc, truth = build(index, seed)
            name = f"{stem}_{index + 1:03d}_{producer(index)}_{case}"
            pdf = out / folder / f"{name}.pdf"
            RENDERERS[producer(index)](doc, pdf)
            (out / folder / f"{name}.json").write_text(json.dumps(truth, indent=2) + "\n")
            written.append(pdf)
            print(f"{folder}/{name}.pdf", flush=True)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_tenth", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args: Any = parser.parse_args(argv)
    generate(
        args.out,
        args.seed,
        {"protest": args.protests, "ruling-request": args.rulings, "penalty-case": args.penalties},
    )


if __name__ == "__main__":
    main()
