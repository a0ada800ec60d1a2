"""Builds the corpus: PDFs and truth files in corpus-b's layout, deterministic per seed."""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path
from typing import Any

from . import penalties, penalty_styles, protest_cases, protest_styles, rulings
from .pdfpage import Doc

PRODUCER = (
    "pydyf"  # Basser Lout and SILE are not in Debian bookworm: pydyf layouts instead (see README)
)
FOLDERS = {"protest": "protest", "ruling": "ruling-request", "penalty": "penalty-case"}
EXPECTED_PROTEST = {
    "untimely": "untimely",
    "weekend-late": "untimely",
    "old90-untimely": "untimely",
    "premature": "premature",
    "partial-late": "needs_human",
    "weekend-grace": "needs_human",
    "holiday-grace": "needs_human",
    "invalid": "invalid",
    "no-liq-date": None,
    "no-drawback": "deficient",
}


def _write(
    pdf: Path,
    doc: Doc,
    kind: str,
    case: str,
    args: list[str],
    result: dict[str, Any],
    not_scored: list[str],
) -> Path:
    """Saves the PDF and its truth file beside it, in corpus-b's layout."""
    doc.save(pdf)
    truth = {
        "kind": kind,
        "case": case,
        "args": args,
        "values": result["values"],
        "decision": result["decision"],
    }
    if not_scored:
        truth["not_scored"] = not_scored
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
    return pdf


def _protest(out: Path, number: int, case: str, rng: random.Random) -> Path:
    p = protest_cases.build(case, rng)
    style = tuple(protest_styles.STYLES)[number % len(protest_styles.STYLES)]
    if case == "no-entry-date" and style == "contsheet":
        style = "bilingual"
    result = protest_cases.truth(p)
    expected = EXPECTED_PROTEST.get(
        case, "deficient" if case.startswith("no-") or case == "earlier-no-date" else "accept"
    )
    assert result["outcome"] == expected, (case, result["outcome"])
    args = ["--received", p.received.isoformat(), "--today", p.today.isoformat()]
    return _write(
        out / f"protest_{number:03d}_{PRODUCER}_{case}-{style}.pdf",
        protest_styles.render(p, style, rng),
        "protest",
        f"{case}-{style}",
        args,
        result,
        p.not_scored,
    )


def _ruling(out: Path, number: int, case: str, rng: random.Random) -> Path:
    r = rulings.build(case, rng)
    style = tuple(rulings.STYLES)[number % len(rulings.STYLES)]
    result = rulings.truth(r)
    today = r.received + timedelta(days=4)
    args = ["--received", r.received.isoformat(), "--today", today.isoformat()]
    return _write(
        out / f"ruling_{number:03d}_{PRODUCER}_{case}-{style}.pdf",
        rulings.STYLES[style](r, rng),
        "ruling-request",
        f"{case}-{style}",
        args,
        result,
        r.not_scored,
    )


def _penalty(out: Path, number: int, case: str, rng: random.Random) -> Path:
    p = penalties.build(case, rng)
    style = tuple(penalty_styles.STYLES)[number % len(penalty_styles.STYLES)]
    result = penalties.truth(p)
    assert result["human"] == (case in ("gross-pd", "limitations", "no-goods", "no-kind")), case
    return _write(
        out / f"penalty_{number:03d}_{PRODUCER}_{case}-{style}.pdf",
        penalty_styles.STYLES[style](p, rng),
        "penalty-case",
        f"{case}-{style}",
        ["--today", p.today.isoformat()],
        result,
        p.not_scored,
    )


def build(
    out: Path, seed: int, protests: int = 24, rulings_n: int = 12, penalty_n: int = 12
) -> list[Path]:
    """Writes every document and truth under `out`; returns the PDFs written."""
    written = []
    for kind, count, cases, make in (
        ("protest", protests, protest_cases.CASES, _protest),
        ("ruling", rulings_n, rulings.CASES, _ruling),
        ("penalty", penalty_n, penalties.CASES, _penalty),
    ):
        folder = out / FOLDERS[kind]
        folder.mkdir(parents=True, exist_ok=True)
        for number in range(1, count + 1):
            case = cases[(number - 1) % len(cases)]
            rng = random.Random(f"{seed}-{kind}-{number}")
            written.append(make(folder, number, case, rng))
    return written
