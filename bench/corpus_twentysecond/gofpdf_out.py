"""Prints jobs with the Go program (jung-kurt/gofpdf), built once per run into a temp folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

SOURCE = Path(__file__).with_name("gofpdf_main.go")
GOPATH = "/usr/share/gocode"  # where Debian's golang-github-jung-kurt-gofpdf-dev puts the package


def _endnotes(job: dict[str, Any]) -> dict[str, Any]:
    """Footnotes become numbered marks and a Notes list at the end (gofpdf has no footnotes)."""
    blocks: list[dict[str, Any]] = []
    notes: list[str] = []
    for block in job["blocks"]:
        if block.get("footnote"):
            notes.append(block["footnote"])
            block = {**block, "text": f"{block['text']} [{len(notes)}]"}
        blocks.append(block)
    if notes:
        blocks.append({"t": "rule"})
        blocks.extend({"t": "para", "text": f"[{n}] {note}", "size": job["size"] - 2,
                       "style": "", "align": "L", "indent": 0}
                      for n, note in enumerate(notes, start=1))
    return {**job, "blocks": blocks}


def print_all(jobs: list[tuple[Path, dict[str, Any]]]) -> None:
    """Builds the Go printer and writes every (pdf path, job)."""
    with tempfile.TemporaryDirectory(prefix="corpus22-go-") as folder:
        work = Path(folder)
        shutil.copy(SOURCE, work / "main.go")
        env = {**os.environ, "GOPATH": GOPATH, "GO111MODULE": "off", "GOFLAGS": "",
               "GOCACHE": os.environ.get("GOCACHE", str(Path(tempfile.gettempdir())
                                                        / "corpus22-gocache"))}
        subprocess.run(["go", "build", "-o", str(work / "printer"), "main.go"], cwd=work, env=env,
                       check=True, capture_output=True)
        payload = [{**_endnotes(job), "out": str(pdf)} for pdf, job in jobs]
        (work / "jobs.json").write_text(json.dumps(payload), encoding="utf-8")
        subprocess.run([str(work / "printer"), str(work / "jobs.json")], check=True,
                       capture_output=True)
