"""An attached notice of liquidation (a bulletin notice or CBP's courtesy notice, 19 CFR 159.9):
the entries it lists and the liquidation date it prints beside its own label."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bots.common.reading.entry_summary import entry_numbers_in
from tradebots.facts import Evidence
from tradebots.pdf import Segment, evidence_of, find_dates

# "Date of Liquidation: 02/21/2025", "Liquidation Date 2/21/25", "Liquidated on February 21, 2025".
_LIQUIDATION_DATE = re.compile(r"\b(?:date\s+of\s+liquidation|liquidation\s+date|liquidated\s+on)"
                               r"\b\s*:?\s*", re.I)


@dataclass(frozen=True)
class LiquidationNoticeRead:
    """The entries a notice lists and the one liquidation date it prints for them."""

    entry_numbers: frozenset[str]
    liquidation_date: date
    evidence: Evidence


def read_liquidation_notice(lines: Sequence[Sequence[Segment]]) -> LiquidationNoticeRead | None:
    """The notice's entries and its labelled liquidation date; None when it prints no entry, or
    not exactly one such date (a table of several dates is for the protest to give)."""
    numbers = frozenset(n for line in lines for s in line for n in entry_numbers_in(s.text))
    found: dict[date, Evidence] = {}
    for line in lines:
        for segment in line:
            label = _LIQUIDATION_DATE.search(segment.text)
            if label is None:
                continue
            after = next(find_dates(segment.text[label.end():]), None)
            if after is not None and not segment.text[label.end():][:after.start].strip():
                found.setdefault(after.value, evidence_of(list(segment.words)))
    if not numbers or len(found) != 1:
        return None
    (when, evidence), = found.items()
    return LiquidationNoticeRead(numbers, when, evidence)
