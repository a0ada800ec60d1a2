"""Hands the drawn pages to the two producers: one perl and one node process for the whole run."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
JS = HERE / "js"


def draw_pdfapi2(jobs: list[dict[str, Any]]) -> None:
    """PDF::API2 (apt libpdf-api2-perl) draws every job; fails loudly when Perl cannot."""
    if jobs:
        _run(["perl", str(HERE / "draw_pdfapi2.pl")], jobs, HERE)


def draw_pdflib(jobs: list[dict[str, Any]]) -> None:
    """pdf-lib under node (js/node_modules from `npm ci`) draws and fills every form."""
    if not jobs:
        return
    if not (JS / "node_modules" / "pdf-lib").is_dir():
        raise SystemExit(f"{JS}: pdf-lib is not installed; run `npm ci` there (make npm)")
    _run(["node", "draw_pdflib.js"], jobs, JS)


def _run(command: list[str], jobs: list[dict[str, Any]], folder: Path) -> None:
    done = subprocess.run(command, input=json.dumps(jobs), text=True, cwd=folder,
                          capture_output=True, timeout=600, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} {command[-1]} failed: {done.stderr.strip()[-2000:]}")
