"""Entries checked against the entry summaries (CBP Form 7501) sent with the protest: box 7's
entry date corroborates the protest's own; a date the protest leaves out is taken from box 7 at
a lower confidence, with evidence that says so, and a date printed otherwise there goes to a
person (19 CFR 174.13(a)(3): the protest itself must give it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bots.common.reading.entry_summary import EntrySummaryRead
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.model import ProtestEntry
from tradebots.facts import Evidence, Extracted

ATTACHED = 0.6  # below every cue the protest itself gives: the rules send it to a person
_NOTE = "(attached CBP Form 7501, box 7 Entry Date; not in the protest itself)"


def corroborated(entries: Sequence[ProtestEntry], summaries: Sequence[EntrySummaryRead],
                 fields: Fields) -> tuple[list[ProtestEntry], tuple[str, ...]]:
    """ENTRIES with a missing entry date filled from an attached summary, and the points a
    person settles: each date read only there, and each the summary prints otherwise."""
    kept: list[ProtestEntry] = []
    points: list[str] = []
    for index, entry in enumerate(entries):
        summary = next((s for s in summaries if _same(s.entry_number, entry.entry_number)), None)
        if summary is None or summary.entry_date is None or summary.date_evidence is None:
            kept.append(entry)
            continue
        attached = summary.entry_date.isoformat()
        if entry.entry_date is None:
            evidence = summary.date_evidence
            fields.items[f"entries[{index}].entry_date"] = Extracted(
                summary.entry_date, Evidence(evidence.page, evidence.bbox,
                                             f"{evidence.text} {_NOTE}"), ATTACHED)
            kept.append(replace(entry, entry_date=summary.entry_date))
            points.append(f"Entry {entry.entry_number}: its entry date ({attached}) is read only "
                          f"from the attached entry summary (CBP Form 7501, page "
                          f"{evidence.page}), not from the protest")
            continue
        if entry.entry_date != summary.entry_date:
            points.append(f"Entry {entry.entry_number}: the protest gives the entry date "
                          f"{entry.entry_date.isoformat()}, the attached entry summary (CBP Form "
                          f"7501, page {summary.date_evidence.page}, box 7) gives {attached}")
        kept.append(entry)
    return kept, tuple(points)


def _same(printed: str, number: str | None) -> bool:
    return number is not None and re.sub(r"\W", "", printed) == re.sub(r"\W", "", number).upper()
