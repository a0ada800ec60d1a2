"""Score penalty-case extractions against corpus-b truth files, as corpus-b's README says."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from bots.penalty_notice.contract import extract_json
from tradebots.pdf import UnusablePdf

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_B = REPO_ROOT.parent / "shared" / "corpus-b" / "penalty-case"


def normalized(value: Any) -> Any:
    """Text folded and case-folded, money to the cent, lists and mappings member by member."""
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float | Decimal):
        return round(float(value), 2)
    if isinstance(value, list):
        return [normalized(v) for v in value]
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    return value


def leaves(prefix: str, truth: Any, got: Any) -> list[tuple[str, Any, Any]]:
    """(key, want, have) for every scored scalar; entries field by field, plus their count."""
    if isinstance(truth, dict):
        have = got if isinstance(got, dict) else {}
        return [item for k, v in truth.items() for item in leaves(f"{prefix}.{k}", v, have.get(k))]
    if isinstance(truth, list) and truth and isinstance(truth[0], dict):
        rows = got if isinstance(got, list) else []
        counted = [(f"{prefix}.count", len(truth), len(rows))]
        return counted + [
            item
            for i, v in enumerate(truth)
            for item in leaves(f"{prefix}[{i}]", v, rows[i] if i < len(rows) else None)
        ]
    return [(prefix, normalized(truth), normalized(got))]


@dataclass
class Scored:
    """One document's misses and counts, and its outcome against the truth's."""

    name: str
    values: int = 0
    values_right: int = 0
    decisions: int = 0
    decisions_right: int = 0
    outcome_want: str | None = None
    outcome_have: str | None = None
    misses: list[str] = field(default_factory=list)

    @property
    def confidently_wrong(self) -> bool:
        """An outcome the truth scores, answered otherwise and not left to a person."""
        if self.outcome_want is None:
            return False
        return self.outcome_have not in (self.outcome_want, "needs_human", None)


def score_file(truth_path: Path) -> Scored:
    """Run the reader on the PDF beside `truth_path` with the truth's args and compare."""
    truth = json.loads(truth_path.read_text())
    args = dict(zip(truth["args"][::2], truth["args"][1::2], strict=True))
    today = date.fromisoformat(args["--today"])
    try:
        got = json.loads(json.dumps(extract_json(truth_path.with_suffix(".pdf"), today=today),
                                    default=str))
    except UnusablePdf:  # refused: a person looks at it, no outcome given
        got = {"values": {}, "decision": {}}
    result = Scored(truth_path.stem, outcome_want=truth["decision"].get("outcome"),
                    outcome_have=got["decision"].get("outcome"))
    for kind in ("values", "decision"):
        for key, want, have in leaves(kind, truth[kind], got[kind]):
            right = want == have
            if kind == "values":
                result.values, result.values_right = result.values + 1, result.values_right + right
            else:
                result.decisions += 1
                result.decisions_right += right
            if not right:
                result.misses.append(f"{truth_path.stem}: {key}: want {want!r}, got {have!r}")
    return result
