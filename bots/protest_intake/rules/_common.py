"""What the protest rules share: citations, how a finding carries its outcome, entry keys."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import cast

from bots.common.findings import at_least
from bots.common.findings import first_outcome as common_first_outcome
from bots.customs.identifiers import (
    normalize_entry_number,
    parse_importer_number,
    parse_protest_number,
)
from bots.protest_intake.model import OUTCOME_PRECEDENCE, Outcome, ProtestEntry

# Citations exactly as customs-rules.md gives them, one place so that a rule cannot drift.
CITE_PERIOD = "19 U.S.C. 1514(c)(3); 19 CFR 174.12(f)"
CITE_PERIOD_90 = "19 CFR 174.12(e)"
CITE_NOT_BEFORE = "19 U.S.C. 1514(c)(3)"
CITE_DECISION_DATE = "19 U.S.C. 1514(c)(3)(B)"
CITE_CONTENTS = "19 CFR 174.13(a)"
CITE_SEVERAL_ENTRIES = "19 CFR 174.13(b)"
CITE_ONE_PROTEST = "19 U.S.C. 1514(c)(1)"
CITE_CONSOLIDATED = "19 CFR 174.15"
CITE_AMENDMENT = "19 CFR 174.14"
CITE_EXCLUSION_CLOCK = "19 CFR 174.21(b)"
CITE_DENIAL = "19 CFR 174.30(a); 28 U.S.C. 2636(a)"
CITE_COURT = "28 U.S.C. 2636(a); 19 CFR 174.31"
CITE_ACCELERATED = "19 CFR 174.22"
CITE_AFR_CRITERIA = "19 CFR 174.24"
CITE_AFR_CONTENTS = "19 CFR 174.25(b)"
CITE_AFR_ROUTING = "19 CFR 174.26(b)"
CITE_NOT_PROTESTABLE = "19 U.S.C. 1514(b)"
CITE_PENALTY_PETITION = "19 CFR 171.22"
CITE_LD_PETITION = "19 CFR 172.22"
CITE_ENTRY_NUMBER = "19 CFR 142.3a"
CITE_CHECK_DIGIT = "ACE CATAIR App. E"
CITE_IMPORTER_NUMBER = "19 CFR 24.5"
CITE_FORM_19 = "CBP Form 19"

# An open point that could only make the protest deficient (or invalid) is moot when the settled
# outcome already weighs as much.
AT_LEAST_DEFICIENT = at_least("deficient", OUTCOME_PRECEDENCE)
AT_LEAST_INVALID = at_least("invalid", OUTCOME_PRECEDENCE)


def first_outcome(outcomes: Iterable[str | None]) -> Outcome:
    """The outcome that wins by the contract's precedence; accept when none applies."""
    return cast(Outcome, common_first_outcome(outcomes, OUTCOME_PRECEDENCE))


def entry_number_key(text: str) -> str:
    """An entry number as XXX-NNNNNNN-C when it parses, else as given: how entries are compared."""
    parsed = normalize_entry_number(text)
    return parsed.normalized if parsed else text.strip()


def entry_key(entry: ProtestEntry, index: int) -> str:
    """How an entry is named in last_days and findings: its number, else its place in the list."""
    if entry.entry_number and entry.entry_number.strip():
        return entry_number_key(entry.entry_number)
    return f"entries[{index}]"


def fold(text: str | None) -> str:
    """Text compared loosely: case, punctuation and runs of white space ignored."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", (text or "").casefold()).split())


def same_party(
    number_a: str | None, name_a: str | None, number_b: str | None, name_b: str | None
) -> bool | None:
    """Whether two protestants are one legal person; None when the facts cannot tell.

    Importer numbers decide when both are given (an EIN suffix names a division, not another
    person); otherwise the names, compared loosely.
    """
    if number_a and number_b:
        parsed_a, parsed_b = parse_importer_number(number_a), parse_importer_number(number_b)
        base_a = parsed_a.base if parsed_a else fold(number_a)
        base_b = parsed_b.base if parsed_b else fold(number_b)
        return base_a == base_b
    if fold(name_a) and fold(name_b):
        return fold(name_a) == fold(name_b)
    return None


def same_protest_number(a: str | None, b: str | None) -> bool:
    """Whether two printed protest numbers are the same protest (both must be given)."""
    if not a or not b:
        return False
    parsed_a, parsed_b = parse_protest_number(a), parse_protest_number(b)
    return (parsed_a.normalized if parsed_a else a.strip()) == (
        parsed_b.normalized if parsed_b else b.strip()
    )
