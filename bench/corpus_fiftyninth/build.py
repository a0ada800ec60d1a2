# ruff: noqa: E501
"""One plan per document (case, style, producer, truth, pages) and the two producers that draw them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from . import common, penalties, protests, rulings
from .layout import Sym, sexpr

HERE = Path(__file__).resolve().parent
KINDS = {"protest": protests, "ruling-request": rulings, "penalty-case": penalties}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
PRODUCERS = ["racket", "chicken"]
HABITS = ["line", "word", "tight"]


def available() -> bool:
    return all(shutil.which(tool) for tool in ("racket", "csi"))


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    mod: Any = KINDS[kind]
    r = common.rng_for(kind, index, seed)
    case = mod.CASES[index % len(mod.CASES)]
    producer = PRODUCERS[(index + seed) % 2]
    style = mod.STYLES[(index + seed) % 3]
    f = mod.facts(case, r)
    doc = mod.render(f, style, r)
    truth = mod.truth(f)
    truth = {
        "kind": kind,
        "family": producer,
        "case": case,
        "style": style,
        **{k: v for k, v in truth.items() if k != "kind"},
    }
    name = f"{PREFIX[kind]}_{index + 1:03d}_{producer}_{case}"
    return {
        "kind": kind,
        "name": name,
        "producer": producer,
        "habit": HABITS[r.randrange(3)],
        "truth": truth,
        "pages": doc.pages,
    }


def _job(path: Path, p: dict[str, Any]) -> str:
    pages = [
        [Sym("page"), float(pg["w"]), float(pg["h"]), *[[Sym(op[0]), *op[1:]] for op in pg["ops"]]]
        for pg in p["pages"]
    ]
    return sexpr([str(path), p["habit"], *pages]) + "\n"


def draw(plans: list[dict[str, Any]], out: Path) -> None:
    """Write every plan's PDF: one racket and one csi run for the whole batch."""
    jobs: dict[str, list[str]] = {"racket": [], "chicken": []}
    for p in plans:
        (out / p["kind"]).mkdir(parents=True, exist_ok=True)
        jobs[p["producer"]].append(_job(out / p["kind"] / f"{p['name']}.pdf", p))
    with tempfile.TemporaryDirectory() as tmp:
        for producer, lines in jobs.items():
            if not lines:
                continue
            job = Path(tmp) / f"{producer}.sexp"
            job.write_text("".join(lines), encoding="ascii")
            cmd = (
                ["racket", str(HERE / "draw.rkt"), str(job)]
                if producer == "racket"
                else ["csi", "-s", str(HERE / "pdfw.scm"), str(job)]
            )
            env = dict(os.environ, SOURCE_DATE_EPOCH="1764806400")
            subprocess.run(cmd, check=True, env=env, timeout=600)
    for p in plans:
        if p["producer"] == "racket":
            _fix_clock(out / p["kind"] / f"{p['name']}.pdf")


def _fix_clock(pdf: Path) -> None:
    """cairo 1.16 stamps the clock in /CreationDate (SOURCE_DATE_EPOCH came later): same length, fixed date."""
    data = pdf.read_bytes()
    fixed = re.sub(rb"/CreationDate \(D:\d{14}Z\)", b"/CreationDate (D:20261201090000Z)", data)
    if fixed != data:
        pdf.write_bytes(fixed)


def write_truths(plans: list[dict[str, Any]], out: Path) -> None:
    for p in plans:
        folder = out / p["kind"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{p['name']}.json").write_text(
            json.dumps(p["truth"], indent=2) + "\n", encoding="utf-8"
        )


def build(out: Path, seed: int, counts: dict[str, int]) -> list[dict[str, Any]]:
    plans = [plan(kind, i, seed) for kind, n in counts.items() for i in range(n)]
    write_truths(plans, out)
    draw(plans, out)
    return plans
