"""The `rl` and `html` protest families (reportlab and Chromium prints) with corpus-b truth files.

    python -m bench.corpus.printed_corpus OUT_DIR [--protests 40] [--seed 1301]

Writes OUT_DIR/protest_NNN_rl_CASE.pdf or protest_NNN_html_CASE.pdf with a NAME.json truth
beside each, so `tradebots bench reading protest OUT_DIR` scores outcomes as on the docx family.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

from bench.corpus.docx_corpus import PORTAL_ONLY
from bench.corpus.docx_truth import protest_truth
from bench.corpus.produce import write_corpus
from bench.corpus.protests import case_of, plan_specs, render_document

FAMILY = {"reportlab": "rl", "chromium": "html"}


def generate(out_dir: Path, *, protests: int = 40, seed: int = 1301) -> list[Path]:
    """Print the planned protests, then move each under its family name with its truth."""
    # Portal-only scenarios cannot be scored from the document, as in the docx family.
    specs = [s for s in plan_specs(protests, seed) if s.scenario not in PORTAL_ONLY]
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="printed-corpus-") as work:
        cases = write_corpus(Path(work), specs, random.Random(seed + 1), render_document,
                             case_of, None)
        for index, (spec, case) in enumerate(zip(specs, cases, strict=True), start=1):
            scenario = spec.scenario.replace("_", "-")
            pdf = out_dir / f"protest_{index:03d}_{FAMILY[spec.producer]}_{scenario}.pdf"
            case.pdf.replace(pdf)
            truth = protest_truth(spec, spec.layout)
            pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
            written.append(pdf)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--protests", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1301)
    args = parser.parse_args(argv)
    written = generate(args.out_dir, protests=args.protests, seed=args.seed)
    print(f"protest: {len(written)} documents in {args.out_dir}")


if __name__ == "__main__":
    main()
