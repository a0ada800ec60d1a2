"""python -m bench.corpus_ninth OUT --seed S [--protests N --rulings N --penalties N]."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bench.corpus_ninth import html_out, penalties, pike_out, protests, rulings

WRITERS = {"pikepdf": pike_out.write_pdf, "xhtml2pdf": html_out.write_pdf}
KINDS: list[tuple[str, str, Any, Any]] = [
    ("protest", "protest", protests.CASES, protests.build),
    ("ruling-request", "ruling", rulings.CASES, rulings.build),
    ("penalty-case", "penalty", penalties.CASES, penalties.build),
]


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Write COUNTS[kind] documents per kind; past the case list, cases repeat with new values."""
    written: list[Path] = []
    for folder, prefix, cases, build in KINDS:
        (out / folder).mkdir(parents=True, exist_ok=True)
        for index in range(counts[folder]):
            case = cases[index % len(cases)]
            variant = seed + 7919 * (index // len(cases))
            doc, truth = build(case, variant)
            stem = f"{prefix}_{index + 1:03d}_{case.producer}_{case.case}"
            pdf = out / folder / f"{stem}.pdf"
            WRITERS[case.producer](doc, pdf, variant * 100 + index)
            (out / folder / f"{stem}.json").write_text(json.dumps(truth, indent=2) + "\n")
            written.append(pdf)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=len(protests.CASES))
    parser.add_argument("--rulings", type=int, default=len(rulings.CASES))
    parser.add_argument("--penalties", type=int, default=len(penalties.CASES))
    args = parser.parse_args()
    counts = {"protest": args.protests, "ruling-request": args.rulings,
              "penalty-case": args.penalties}
    written = generate(args.out, args.seed, counts)
    print(f"wrote {len(written)} documents to {args.out}")


if __name__ == "__main__":
    main()
