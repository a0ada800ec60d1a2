"""Plan, render and check one document; the truths come from law.py, never from a reader."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_thirtyeighth import common, penalties, protests, render, rulings

PLANNERS = {
    "protest": protests.plan,
    "ruling-request": rulings.plan,
    "penalty-case": penalties.plan,
}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """The truth, the blocks and the producer of document `index` of `kind`."""
    return PLANNERS[kind](index, seed)


def path_for(kind: str, index: int, planned: dict[str, Any], out: Path) -> Path:
    """OUT/KIND/KIND_NNN_PRODUCER_CASE.pdf."""
    name = f"{PREFIX[kind]}_{index + 1:03d}_{planned['producer']}_{planned['case']}.pdf"
    return out / kind / name


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Render document `index` and write its truth beside it."""
    planned = plan(kind, index, seed)
    pdf = path_for(kind, index, planned, out)
    render.render(planned["producer"], planned["doc"], pdf)
    pdf.with_suffix(".json").write_text(json.dumps(planned["truth"], indent=2) + "\n")
    return pdf


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _date_forms(iso: str) -> list[str]:
    day = dt.date.fromisoformat(iso)
    return [common.fdate(day, s) for s in common.DATE_STYLES] + [common.stamp_date(day)]


def _money_forms(value: float) -> list[str]:
    from decimal import Decimal

    amount = Decimal(f"{value:.2f}")
    return [common.fmoney(amount, s) for s in common.MONEY_STYLES]


def expected_texts(truth: dict[str, Any]) -> list[list[str]]:
    """For each scored printed value, the forms any one of which must be in the text layer."""
    values = truth["values"]
    wanted: list[list[str]] = []
    args = truth["args"]
    given = args[args.index("--received") + 1] if "--received" in args else None
    for key, value in values.items():
        if key == "received_date" and value == given:
            continue  # passed on the command line, not printed
        if (
            value is None
            or isinstance(value, bool)
            or key in ("category", "ruling_type", "culpability", "item_count")
        ):
            continue
        if key.endswith("_address"):
            wanted += [[part] for part in value.split(", ")]
        elif key.endswith("_date"):
            wanted.append(_date_forms(value))
        elif key.endswith("_value"):
            wanted.append(_money_forms(value))
        elif key == "proposed_hts":
            wanted += [[v] for v in value]
        elif key == "entries":
            for entry in value:
                for ekey, evalue in entry.items():
                    if evalue is None or isinstance(evalue, bool):
                        continue
                    if ekey.endswith("_date"):
                        wanted.append(_date_forms(evalue))
                    elif ekey == "entry_number":
                        wanted.append([evalue])
                    else:
                        wanted.append(_money_forms(evalue))
        elif isinstance(value, str):
            wanted.append([value])
    return wanted


def check(pdf: Path, truth: dict[str, Any]) -> list[list[str]]:
    """The scored values whose printed forms are all absent from the text layer (empty: fine)."""
    with pdfplumber.open(pdf) as doc:
        text = _fold(" ".join(page.extract_text() or "" for page in doc.pages))
    return [
        forms for forms in expected_texts(truth) if not any(_fold(form) in text for form in forms)
    ]
