"""Score `tradebots extract ruling-request` against a truth file as corpus-b's README says."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bots.ruling_triage.contract import extract_json

REPO = Path(__file__).resolve().parents[2]
CORPUS_B = REPO.parent / "shared" / "corpus-b" / "ruling-request"


def normal(value: Any) -> Any:
    """Text folded and case-folded; lists member by member; everything else as is."""
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, list):
        return [normal(v) for v in value]
    return value


def run(pdf: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The truth beside PDF and the reader's contract JSON, run with the truth's args."""
    truth = json.loads(pdf.with_suffix(".json").read_text())
    args = dict(zip(truth["args"][::2], truth["args"][1::2], strict=True))
    received = args.get("--received")
    output = extract_json(pdf, received=date.fromisoformat(received) if received else None,
                          today=date.fromisoformat(args["--today"]))
    return truth, output


@dataclass
class Score:
    """Values and outcomes right, outcomes confidently wrong, documents with every key right."""

    values: int = 0
    values_right: int = 0
    documents: int = 0
    outcomes_right: int = 0
    confidently_wrong: int = 0
    fully_right: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, name: str, truth: dict[str, Any], output: dict[str, Any]) -> None:
        misses = []
        for part in ("values", "decision"):
            for key, expected in truth[part].items():
                right = normal(output[part].get(key)) == normal(expected)
                if part == "values":
                    self.values += 1
                    self.values_right += right
                if not right:
                    misses.append(f"{name} {part}.{key}: {output[part].get(key)!r} != {expected!r}")
        got, expected = output["decision"]["outcome"], truth["decision"]["outcome"]
        self.documents += 1
        self.outcomes_right += got == expected
        self.confidently_wrong += got not in (expected, "needs_human")
        self.fully_right += not misses
        self.wrong.extend(misses)
