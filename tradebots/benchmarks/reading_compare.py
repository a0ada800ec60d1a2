"""Compare one reader's contract JSON with a truth file's `values` and `decision`, key by key.

The rules are corpus-b's (shared/corpus-b/README.md "How to score"): text folded (white space
runs to one space, case-folded), money equal to the cent, lists in order, mappings as mappings,
null and [] scored as such. Nested lists of mappings (`entries`) are scored per leaf.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

ABSENT: Any = object()
"""Stands for a key the reader's output does not have at all."""

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Check:
    """One scored point: its path (`entries[1].entry_date`), what truth says and what was read."""

    path: str
    expected: Any
    got: Any
    right: bool

    @property
    def field(self) -> str:
        """The path without element numbers, so misses group by field (`entries[].entry_date`)."""
        return re.sub(r"\[\d+\]", "[]", self.path)


@dataclass(frozen=True)
class DocumentScore:
    """Every value leaf and every decision key of one document, checked."""

    values: list[Check]
    decision: list[Check]

    @property
    def fully_right(self) -> bool:
        return all(check.right for check in (*self.values, *self.decision))

    def misses(self) -> list[Check]:
        return [check for check in (*self.values, *self.decision) if not check.right]


def fold(text: str) -> str:
    """Runs of white space to one space, ends trimmed, case-folded."""
    return " ".join(text.split()).casefold()


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _cents(number: int | float) -> Decimal:
    return Decimal(repr(number)).quantize(CENT, rounding=ROUND_HALF_UP)


def same(expected: Any, got: Any) -> bool:
    """Whether GOT is what EXPECTED says, under the corpus's scoring rules."""
    if expected is None or isinstance(expected, bool):
        return got is expected
    if _is_number(expected):
        return _is_number(got) and _cents(expected) == _cents(got)
    if isinstance(expected, str):
        return isinstance(got, str) and fold(expected) == fold(got)
    if isinstance(expected, list):
        return (isinstance(got, list) and len(got) == len(expected)
                and all(same(e, g) for e, g in zip(expected, got, strict=True)))
    if isinstance(expected, dict):
        return (isinstance(got, dict) and set(got) == set(expected)
                and all(same(value, got[key]) for key, value in expected.items()))
    return bool(expected == got)


def value_checks(expected: dict[str, Any], got: Any, prefix: str = "") -> list[Check]:
    """One check per leaf of EXPECTED; lists of mappings are walked element by element."""
    checks: list[Check] = []
    for key, want in expected.items():
        have = got.get(key, ABSENT) if isinstance(got, dict) else ABSENT
        checks.extend(_leaf_checks(f"{prefix}{key}", want, have))
    return checks


def _leaf_checks(path: str, want: Any, have: Any) -> list[Check]:
    if isinstance(want, dict) and want:
        return value_checks(want, have, prefix=f"{path}.")
    if isinstance(want, list) and want and all(isinstance(e, dict) for e in want):
        elements = have if isinstance(have, list) else []
        checks: list[Check] = []
        for index, element in enumerate(want):
            got_element = elements[index] if index < len(elements) else ABSENT
            checks.extend(value_checks(element, got_element, prefix=f"{path}[{index}]."))
        # An element the truth does not have is a wrong value too: a reader may not invent entries.
        checks.extend(Check(f"{path}[{index}]", ABSENT, extra, False)
                      for index, extra in enumerate(elements[len(want):], start=len(want)))
        return checks
    return [Check(path, want, have, have is not ABSENT and same(want, have))]


def decision_checks(expected: dict[str, Any], got: Any) -> list[Check]:
    """One check per decision key: the whole value (a list, a mapping) must be right."""
    decision = got if isinstance(got, dict) else {}
    return [Check(key, want, decision.get(key, ABSENT),
                  key in decision and same(want, decision[key]))
            for key, want in expected.items()]


def score_document(truth: dict[str, Any], output: dict[str, Any] | None) -> DocumentScore:
    """Score OUTPUT against TRUTH; no output (the reader refused) gets every key wrong."""
    got = output or {}
    return DocumentScore(values=value_checks(truth.get("values", {}), got.get("values", ABSENT)),
                         decision=decision_checks(truth.get("decision", {}),
                                                  got.get("decision", ABSENT)))
