"""Score protest readings against corpus-b truth files as corpus-b's README says: white space
folded and case-folded text, ISO dates, lists in order; only the keys a truth file gives."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bots.protest_intake.contract import extract_json


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, list):
        return [_norm(x) for x in value]
    if isinstance(value, dict):
        return {k: _norm(x) for k, x in value.items()}
    return value


def _arg(args: list[str], name: str) -> date | None:
    return date.fromisoformat(args[args.index(name) + 1]) if name in args else None


@dataclass
class Score:
    """Values and outcomes right, outcomes confidently wrong, and every miss by key."""

    values: int = 0
    values_right: int = 0
    outcomes: int = 0
    outcomes_right: int = 0
    confidently_wrong: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, truth_path: Path) -> None:
        truth = json.loads(truth_path.read_text())
        args = truth["args"]
        out = extract_json(truth_path.with_suffix(".pdf"), received=_arg(args, "--received"),
                           today=_arg(args, "--today") or date.today())
        for section in ("values", "decision"):
            for key, expected in truth[section].items():
                self.values += 1
                if _norm(out[section].get(key)) == _norm(expected):
                    self.values_right += 1
                else:
                    self.misses.append(f"{truth_path.stem} {section}.{key}: "
                                       f"{out[section].get(key)!r} != {expected!r}")
        if "outcome" in truth["decision"]:
            self.outcomes += 1
            got, want = out["decision"]["outcome"], truth["decision"]["outcome"]
            self.outcomes_right += got == want
            self.confidently_wrong += got not in (want, "needs_human")
