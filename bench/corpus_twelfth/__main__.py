"""Builds the twelfth hand: `python -m bench.corpus_twelfth OUT --seed S [--protests N ...]`."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import adoc, check, penalties, protests, rulings, sheet

Planner = Callable[[random.Random, int, str], tuple[dict[str, Any], dict[str, Any]]]
KINDS: dict[str, tuple[str, str, Planner, list[str]]] = {
    "protest": ("protest", "protest", protests.plan, protests.CASES),
    "ruling-request": ("ruling-request", "ruling", rulings.plan, rulings.CASES),
    "penalty-case": ("penalty-case", "penalty", penalties.plan, penalties.CASES),
}
PRODUCERS = ("asciidoc", "gnumeric")
HEADERS = {
    "protest": ("Protest - 19 CFR Part 174", "Filed on behalf of the protestant"),
    "ruling": ("Binding ruling request - 19 CFR 177.2", "Submitted for a prospective ruling"),
    "penalty": ("FOR OFFICIAL USE ONLY", "Fines, Penalties and Forfeitures"),
}


def build_one(kind: str, index: int, seed: int, out: Path) -> Path:
    """Plan, print and write the truth of document `index` of `kind`; returns the PDF path."""
    folder, prefix, plan, cases = KINDS[kind]
    case = cases[index % len(cases)]
    rng = random.Random(f"{seed}:{kind}:{index}")
    facts, truth = plan(rng, index, case)
    producer = PRODUCERS[index % 2]
    pdf = out / folder / f"{prefix}_{index + 1:03d}_{producer}_{case}.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    if producer == "asciidoc":
        writer = {"protest": adoc.protest, "ruling": adoc.ruling, "penalty": adoc.penalty}[prefix]
        header, footer = HEADERS[prefix]
        adoc.render(writer(facts), pdf, index // 2, header, footer)
    else:
        book = {"protest": sheet.protest, "ruling": sheet.ruling, "penalty": sheet.penalty}[prefix]
        sheet.render(book(facts), pdf)
    truth["family"] = producer
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
    return pdf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_twelfth", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    parser.add_argument("--check", action="store_true", help="confirm scored values are printed")
    args = parser.parse_args(argv)
    counts = {
        "protest": args.protests,
        "ruling-request": args.rulings,
        "penalty-case": args.penalties,
    }
    problems = 0
    for kind, count in counts.items():
        for index in range(count):
            pdf = build_one(kind, index, args.seed, args.out)
            if args.check:
                truth = json.loads(pdf.with_suffix(".json").read_text())
                for miss in check.unprinted(truth, check.pdf_text(pdf)):
                    print(f"{pdf.name}: not printed: {miss}", file=sys.stderr)
                    problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
