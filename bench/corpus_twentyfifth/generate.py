"""Builds the twenty-fifth hand's corpus: PHP dompdf and Scribus documents with truth files "
"(issue 13)."""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.corpus_twentyfifth import penalties, protests, rulings
from bench.corpus_twentyfifth.dompdf_html import PHP, html
from bench.corpus_twentyfifth.model import Doc
from bench.corpus_twentyfifth.scribus_layout import layout

PRODUCERS = ("dompdf", "scribus")
FOLDERS = {
    "protest": ("protest", "protest"),
    "ruling-request": ("ruling-request", "ruling"),
    "penalty-case": ("penalty-case", "penalty"),
}
JOB_SCRIPT = Path(__file__).with_name("scribus_job.py")


def plan(seed: int, counts: dict[str, int]) -> list[tuple[str, Doc]]:
    """Every document of the run with its producer, alternating producers within each kind."""
    docs: list[tuple[str, Doc]] = []
    for kind, module in (
        ("protest", protests),
        ("ruling-request", rulings),
        ("penalty-case", penalties),
    ):
        rng = random.Random(f"twentyfifth-{seed}-{kind}")
        for index in range(counts[kind]):
            producer = PRODUCERS[index % 2]
            docs.append((producer, module.build(rng, index, producer)))
    return docs


def _name(kind: str, number: int, producer: str, case: str) -> str:
    return f"{FOLDERS[kind][1]}_{number:03d}_{producer}_{case}"


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=900, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stderr[-2000:]}")


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Writes the PDFs and truth files under OUT/KIND/ and returns the PDFs made."""
    numbers = {kind: 0 for kind in FOLDERS}
    dompdf_args: list[str] = []
    scribus_jobs: list[dict[str, object]] = []
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="twentyfifth-") as work_dir:
        work = Path(work_dir)
        for producer, doc in plan(seed, counts):
            numbers[doc.kind] += 1
            folder = out / FOLDERS[doc.kind][0]
            folder.mkdir(parents=True, exist_ok=True)
            stem = _name(doc.kind, numbers[doc.kind], producer, doc.case)
            (folder / f"{stem}.json").write_text(json.dumps(doc.truth, indent=2) + "\n")
            pdf = folder / f"{stem}.pdf"
            made.append(pdf)
            if producer == "dompdf":
                source = work / f"{stem}.html"
                source.write_text(html(doc), encoding="utf-8")
                dompdf_args += [str(source), str(pdf)]
            else:
                scribus_jobs.append({**layout(doc), "out": str(pdf)})
        if dompdf_args:
            script = work / "render.php"
            script.write_text(PHP)
            _run(["php", str(script), *dompdf_args])
        if scribus_jobs:
            jobs = work / "jobs.json"
            jobs.write_text(json.dumps(scribus_jobs))
            env = dict(os.environ, TWENTYFIFTH_SCRIBUS_JOBS=str(jobs), QT_QPA_PLATFORM="offscreen")
            xvfb = shutil.which("xvfb-run")
            command = ["scribus", "-g", "-ns", "-py", str(JOB_SCRIPT)]
            _run([xvfb, "-a", *command] if xvfb else command, env=env)
    missing = [str(p) for p in made if not p.exists()]
    if missing:
        raise RuntimeError(f"no PDF was written for: {', '.join(missing)}")
    return made


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args(argv)
    made = generate(
        args.out,
        args.seed,
        {"protest": args.protests, "ruling-request": args.rulings, "penalty-case": args.penalties},
    )
    print(f"{len(made)} PDFs under {args.out}")
