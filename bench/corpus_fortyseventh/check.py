"""Confirm that every printed form of a scored value is in a PDF's text layer (pdfplumber)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pdfplumber

from bench.corpus_fortyseventh import build


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip()


def absent(pdf: Path, printed: list[str]) -> list[str]:
    with pdfplumber.open(pdf) as doc:
        text = fold(" ".join(page.extract_text() or "" for page in doc.pages))
    return [s for s in printed if fold(s) not in text]


def main() -> None:
    """`python -m bench.corpus_fortyseventh.check OUT SEED`: re-plan and check every file in OUT."""
    out, seed = Path(sys.argv[1]), int(sys.argv[2])
    bad = 0
    for kind in build.KINDS:
        for pdf in sorted((out / kind).glob("*.pdf")):
            index = int(pdf.stem.split("_")[1]) - 1
            lost = absent(pdf, build.plan(kind, index, seed)["doc"].printed)
            if lost:
                bad += 1
                print(pdf.name, lost)
    print("bad files:", bad)


if __name__ == "__main__":
    main()
