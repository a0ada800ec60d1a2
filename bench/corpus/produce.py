"""Write a planned corpus: each spec as a PDF by its producer, then `cases.json`."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from bench.corpus.blocks import Document
from bench.corpus.render_html import print_pdfs
from bench.corpus.render_reportlab import render_pdf


class PlannedSpec(Protocol):
    """What the writer reads of a spec: its file name part and which producer prints it."""

    @property
    def scenario(self) -> str: ...

    @property
    def producer(self) -> str: ...


class WrittenCase(Protocol):
    """A case that can state its ground truth for `cases.json`."""

    def to_json(self) -> dict[str, Any]: ...


SpecT = TypeVar("SpecT", bound=PlannedSpec)
CaseT = TypeVar("CaseT", bound=WrittenCase)


def write_corpus(
    out_dir: Path,
    specs: Sequence[SpecT],
    rng: random.Random,
    document_of: Callable[[SpecT, random.Random], Document],
    case_of: Callable[[SpecT, Path], CaseT],
    chromium: str | None,
) -> list[CaseT]:
    """Write each spec as `NNN-scenario.pdf`, then cases.json; Chromium prints its share at once."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cases: list[CaseT] = []
    html_jobs: list[tuple[Document, Path]] = []
    for index, spec in enumerate(specs):
        pdf = out_dir / f"{index:03d}-{spec.scenario}.pdf"
        document = document_of(spec, rng)
        if spec.producer == "reportlab":
            render_pdf(document, pdf)
        else:
            html_jobs.append((document, pdf))
        cases.append(case_of(spec, pdf))
    if html_jobs:
        print_pdfs(html_jobs, chromium or _chromium())
    manifest = [case.to_json() for case in cases]
    (out_dir / "cases.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return cases


def _chromium() -> str:
    # Settings are read only when Chromium has a share, so reportlab-only corpora need none.
    from tradebots.settings import get_settings

    return get_settings().chromium_executable
