"""python -m bench.corpus_sixth OUT --seed S [--protests N --rulings N --penalties N]."""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus_sixth import penalties, protests, rulings
from bench.corpus_sixth.render_cairo import draw
from bench.corpus_sixth.render_html import print_pdf, to_html

Builder = Callable[[random.Random, str, int], tuple[dict[str, Any], list[tuple[Any, ...]]]]
KINDS: tuple[tuple[str, str, tuple[str, ...], Builder], ...] = (
    ("protest", "protest", protests.CASES, protests.build),
    ("ruling-request", "ruling", rulings.CASES, rulings.build),
    ("penalty-case", "penalty", penalties.CASES, penalties.build),
)
FACES = ("serif", "sans-serif", "monospace")


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Write every PDF and truth file under OUT; the PDFs written."""
    written: list[Path] = []
    for folder, prefix, cases, build in KINDS:
        target = out / folder
        target.mkdir(parents=True, exist_ok=True)
        for i in range(counts[folder]):
            case = cases[(i + seed) % len(cases)]
            rng = random.Random(f"sixth-{seed}-{folder}-{i}")
            truth, blocks = build(rng, case, i + seed)
            producer = "wkhtml" if i % 2 == 0 else "cairo"
            pdf = target / f"{prefix}_{i + 1:03d}_{producer}_{case}.pdf"
            landscape = folder == "penalty-case" and (i // 2) % 2 == 0
            if producer == "wkhtml":
                style = "sidebar" if (i // 2) % 2 == 0 else "boxes"
                print_pdf(to_html(blocks, style), pdf, landscape)
                truth["style"] = f"wkhtml-{style}"
            else:
                boxed = (i // 2) % 2 == 1
                draw(blocks, pdf, face=FACES[(i // 2) % 3],
                     landscape=landscape or folder == "penalty-case",
                     header=f"{blocks[0][1]}", boxed=boxed)
                truth["style"] = f"cairo-{'boxes' if boxed else 'letter'}"
            pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n",
                                                encoding="utf-8")
            written.append(pdf)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args(argv)
    written = generate(args.out, args.seed, {"protest": args.protests,
                                             "ruling-request": args.rulings,
                                             "penalty-case": args.penalties})
    print(f"wrote {len(written)} PDFs with truth files under {args.out}")


if __name__ == "__main__":
    main()
