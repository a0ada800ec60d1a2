"""How every bot's rules say what a finding forces, and how the findings settle one outcome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from tradebots.facts import PERSON_DECIDES, Finding, Severity

RETIRED_FLAGS = frozenset({"human", "outcome_if", "open", "open_point"})


def finding(
    rule: str,
    citation: str,
    severity: Severity,
    message: str,
    *,
    outcome: str | None = None,
    person_decides: bool = False,
    moot_if: Iterable[str] | None = None,
    **data: Any,
) -> Finding:
    """A cited finding: the OUTCOME it forces, PERSON_DECIDES, or an open point (MOOT_IF given)."""
    retired = RETIRED_FLAGS.intersection(data)
    if retired:
        # Older spellings of the flags would land silently in DATA and decide nothing.
        raise TypeError(f"finding({rule!r}): {', '.join(sorted(retired))} is not a flag; use "
                        "outcome=, person_decides= or moot_if=")
    if person_decides:
        outcome = PERSON_DECIDES
    return Finding(rule, citation, severity, message, data, outcome=outcome,
                   open_point=moot_if is not None, moot_if=tuple(moot_if or ()))


def first_outcome(outcomes: Iterable[str | None], precedence: Sequence[str]) -> str:
    """The outcome that wins by PRECEDENCE; its last entry (the plain outcome) when none applies."""
    present = set(outcomes)
    return next((outcome for outcome in precedence if outcome in present), precedence[-1])


def outcome_of(findings: Iterable[Finding], precedence: Sequence[str]) -> str:
    """The first outcome any finding forces, by PRECEDENCE."""
    return first_outcome((f.outcome for f in findings), precedence)


def at_least(outcome: str, precedence: Sequence[str]) -> tuple[str, ...]:
    """The settled outcomes that already weigh as much as OUTCOME: an open point that could only
    lead to OUTCOME changes nothing under them."""
    return tuple(precedence[: precedence.index(outcome) + 1])


def settle_open_points(findings: Sequence[Finding], precedence: Sequence[str]) -> list[Finding]:
    """Send each open point to a person when it could change the outcome the settled findings
    give; otherwise it stays a note for the reviewer."""
    settled = outcome_of(findings, precedence)
    return [
        replace(item, message=f"{item.message} The outcome depends on it: a person decides.",
                outcome=PERSON_DECIDES)
        if item.open_point and settled not in item.moot_if else item
        for item in findings
    ]


def person_reasons(findings: Iterable[Finding]) -> list[str]:
    """Why a person must decide: each finding that says so, with its rule and law."""
    return [f"{f.rule} ({f.citation}): {f.message}" for f in findings if f.person_decides]
