"""The `rl` and `html` families (reportlab and Chromium prints) with corpus-b truth files.

    python -m bench.corpus.printed_corpus OUT_DIR [--protests 40] [--seed 1301]
    python -m bench.corpus.printed_corpus OUT_DIR --rulings 54 [--seed 11]

Writes OUT_DIR/KIND_NNN_rl_CASE.pdf or KIND_NNN_html_CASE.pdf with a NAME.json truth beside
each, so `tradebots bench reading KIND OUT_DIR` scores outcomes as on the docx family. The
rulings at seed 11 are the ones the own end-to-end ruling tests print.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

from bench.corpus import rulings
from bench.corpus.docx_corpus import PORTAL_ONLY
from bench.corpus.docx_truth import CaseTruth, protest_truth, ruling_truth
from bench.corpus.produce import write_corpus
from bench.corpus.protests import case_of, plan_specs, render_document
from bench.corpus.rulings_layouts import ruling_document

FAMILY = {"reportlab": "rl", "chromium": "html"}


def generate(out_dir: Path, *, protests: int = 40, seed: int = 1301) -> list[Path]:
    """Print the planned protests, then move each under its family name with its truth."""
    # Portal-only scenarios cannot be scored from the document, as in the docx family.
    specs = [s for s in plan_specs(protests, seed) if s.scenario not in PORTAL_ONLY]
    with tempfile.TemporaryDirectory(prefix="printed-corpus-") as work:
        cases = write_corpus(Path(work), specs, random.Random(seed + 1), render_document,
                             case_of, None)
        return _file_under_families(out_dir, "protest", [
            (spec.producer, spec.scenario, case.pdf, protest_truth(spec, spec.layout))
            for spec, case in zip(specs, cases, strict=True)])


def generate_rulings(out_dir: Path, *, count: int = 54, seed: int = 11) -> list[Path]:
    """Print the planned ruling requests as the end-to-end tests do, each with its truth."""
    specs = rulings.plan_ruling_specs(count, seed)
    with tempfile.TemporaryDirectory(prefix="printed-rulings-") as work:
        cases = write_corpus(Path(work), specs, random.Random(seed + 1), ruling_document,
                             rulings.case_of, None)
        return _file_under_families(out_dir, "ruling", [
            (spec.producer, spec.scenario, case.pdf, ruling_truth(spec, spec.layout))
            for spec, case in zip(specs, cases, strict=True)])


def _file_under_families(out_dir: Path, kind: str,
                         printed: list[tuple[str, str, Path, CaseTruth]]) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (producer, scenario, printed_pdf, truth) in enumerate(printed, start=1):
        pdf = out_dir / f"{kind}_{index:03d}_{FAMILY[producer]}_{scenario.replace('_', '-')}.pdf"
        printed_pdf.replace(pdf)
        pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
        written.append(pdf)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--protests", type=int, default=40)
    parser.add_argument("--rulings", type=int, default=0,
                        help="print this many ruling requests instead of protests")
    parser.add_argument("--seed", type=int, help="default 1301 for protests, 11 for rulings")
    args = parser.parse_args(argv)
    if args.rulings:
        written = generate_rulings(args.out_dir, count=args.rulings,
                                   seed=11 if args.seed is None else args.seed)
        kind = "ruling-request"
    else:
        written = generate(args.out_dir, protests=args.protests,
                           seed=1301 if args.seed is None else args.seed)
        kind = "protest"
    print(f"{kind}: {len(written)} documents in {args.out_dir}")


if __name__ == "__main__":
    main()
