"""`python -m bench.corpus_fortieth.check OUT --seed S`: every scored value in the text layer."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pdfplumber

from bench.corpus_fortieth import build


def missing_strings(pdf: Path, kind: str, index: int, seed: int) -> list[str]:
    """The printed forms of scored values that the PDF's text layer does not carry."""
    _truth, _doc, facts = build.plan(kind, index, seed)
    with pdfplumber.open(pdf) as handle:
        text = build.fold(" ".join(page.extract_text() or "" for page in handle.pages))
    return [s for s in build.printed(kind, facts) if build.fold(s) not in text]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_fortieth.check")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    bad = 0
    for kind in build.MODULES:
        for pdf in sorted((args.out / kind).glob("*.pdf")):
            index = int(pdf.name.split("_")[1]) - 1
            lost = missing_strings(pdf, kind, index, args.seed)
            truth = json.loads(pdf.with_suffix(".json").read_text())
            if lost or truth["family"] not in pdf.name:
                bad += 1
                print(pdf.name, lost)
    print("bad:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
