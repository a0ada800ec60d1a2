"""The `docx` producer family: Word letters printed by LibreOffice, with corpus-b truth files.

    python -m bench.corpus.docx_corpus OUT_DIR [--protests 40] [--rulings 20] [--penalties 20]
                                        [--seed 1301]

Writes OUT_DIR/protest/protest_NNN_docx_CASE.pdf (and ruling-request/, penalty-case/) with a
NAME.json truth beside each PDF, ready for `tradebots bench reading KIND OUT_DIR/KIND`.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.corpus import penalties_scenarios, rulings_scenarios, scenarios
from bench.corpus.docx_form19 import form19
from bench.corpus.docx_penalties import STYLES as PENALTY_STYLES
from bench.corpus.docx_penalties import penalty_memo
from bench.corpus.docx_protests import STYLES as LETTER_STYLES
from bench.corpus.docx_protests import protest_letter
from bench.corpus.docx_render import Letter, print_docx
from bench.corpus.docx_rulings import ruling_letter
from bench.corpus.docx_truth import penalty_truth, protest_truth, ruling_truth
from bench.corpus.penalties import CORPUS_TODAY
from bench.corpus.rulings_spec import RulingLayout
from bench.corpus.spec import FORM_LAYOUTS, Layout

# The document alone cannot show it: the portal's record decides (see scenarios.py).
PORTAL_ONLY = {"premature_unliquidated"}
RULING_LAYOUT: dict[str, RulingLayout] = {"counsel": "firm_letter", "broker": "broker_form",
                                          "importer": "importer_letter"}
Planned = tuple[str, str, Letter, dict[str, Any]]  # file case, style, letter, truth


def plan_protests(count: int, rng: random.Random) -> list[Planned]:
    names = [n for n in scenarios.SCENARIOS if n not in PORTAL_ONLY]
    styles = ("form19", *LETTER_STYLES)
    planned = []
    for index in range(count):
        name = names[index % len(names)]
        form_only = scenarios.SCENARIOS[name][1] == FORM_LAYOUTS
        style = "form19" if form_only else styles[(index + index // len(names)) % len(styles)]
        layout: Layout = "form19_a" if style == "form19" else "letter_text"
        spec = scenarios.build_spec(name, rng, layout, "reportlab", index)
        letter = form19(spec, rng) if style == "form19" else protest_letter(spec, style, rng)
        planned.append((name, style, letter, protest_truth(spec, style)))
    return planned


def _hts_as_printed(hts: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """8517.62.0090, 8517.62.00.90 or 8517620090: three printings the contract keeps apart."""
    style = rng.randrange(3)
    if style == 1:
        return tuple(h[:10] + "." + h[10:] if len(h) == 12 else h for h in hts)
    if style == 2:
        return tuple(h.replace(".", "") for h in hts)
    return hts


def plan_rulings(count: int, rng: random.Random) -> list[Planned]:
    names = list(rulings_scenarios.SCENARIOS)
    planned = []
    for index in range(count):
        name = names[index % len(names)]
        allowed = rulings_scenarios.SCENARIOS[name][1]
        styles = [s for s, layout in RULING_LAYOUT.items() if not allowed or layout in allowed]
        style = styles[(index + index // len(names)) % len(styles)]
        spec = rulings_scenarios.build_spec(name, rng, RULING_LAYOUT[style], "reportlab")
        spec = replace(spec, product=replace(spec.product,
                                             hts=_hts_as_printed(spec.product.hts, rng)))
        planned.append((name, style, ruling_letter(spec, style, rng), ruling_truth(spec, style)))
    return planned


def plan_penalties(count: int, rng: random.Random) -> list[Planned]:
    names = list(penalties_scenarios.SCENARIOS)
    planned = []
    for index in range(count):
        name = names[index % len(names)]
        style = PENALTY_STYLES[(index + index // len(names)) % len(PENALTY_STYLES)]
        spec = penalties_scenarios.build_penalty_spec(name, rng, "memo_lines", "reportlab",
                                                      index, CORPUS_TODAY)
        planned.append((name, style, penalty_memo(spec, style, rng), penalty_truth(spec, style)))
    return planned


def write_kind(out_dir: Path, prefix: str, planned: list[Planned]) -> list[Path]:
    """Print every planned letter to `PREFIX_NNN_docx_CASE.pdf` with its truth JSON beside it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = []
    for index, (case, _style, letter, truth) in enumerate(planned, start=1):
        pdf = out_dir / f"{prefix}_{index:03d}_docx_{case.replace('_', '-')}.pdf"
        pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
        jobs.append((letter, pdf))
    with tempfile.TemporaryDirectory(prefix="docx-corpus-") as work:
        print_docx(jobs, Path(work))
    return [pdf for _, pdf in jobs]


def generate(out_dir: Path, *, protests: int = 40, rulings: int = 20, penalties: int = 20,
             seed: int = 1301) -> dict[str, list[Path]]:
    """Write the three kinds under OUT_DIR/KIND; the same seed gives the same documents."""
    rng = random.Random(seed)
    return {
        "protest": write_kind(out_dir / "protest", "protest", plan_protests(protests, rng)),
        "ruling-request": write_kind(out_dir / "ruling-request", "ruling",
                                     plan_rulings(rulings, rng)),
        "penalty-case": write_kind(out_dir / "penalty-case", "penalty",
                                   plan_penalties(penalties, rng)),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--protests", type=int, default=40)
    parser.add_argument("--rulings", type=int, default=20)
    parser.add_argument("--penalties", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1301)
    args = parser.parse_args(argv)
    written = generate(args.out_dir, protests=args.protests, rulings=args.rulings,
                       penalties=args.penalties, seed=args.seed)
    for kind, pdfs in written.items():
        print(f"{kind}: {len(pdfs)} documents in {args.out_dir / kind}")


if __name__ == "__main__":
    main()
