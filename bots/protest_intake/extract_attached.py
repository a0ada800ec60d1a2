"""Entries checked against the entry summaries (CBP Form 7501) sent with the protest: box 7's
entry date and box 23's importer number corroborate the protest's own; one the protest leaves out
is taken from the box at a lower confidence, with evidence that says so, and one printed
otherwise there goes to a person (19 CFR 174.13(a)(2), (3): the protest itself must give them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bots.common.reading.entry_summary import EntrySummaryRead
from bots.customs.identifiers import parse_importer_number
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.model import ProtestEntry
from tradebots.facts import Evidence, Extracted

ATTACHED = 0.6  # below every cue the protest itself gives: the rules send it to a person
_NOTE = "(attached CBP Form 7501, box {box}; not in the protest itself)"


def corroborated(entries: Sequence[ProtestEntry], summaries: Sequence[EntrySummaryRead],
                 fields: Fields) -> tuple[list[ProtestEntry], tuple[tuple[int, str], ...]]:
    """ENTRIES with a missing entry date filled from an attached summary, and the points a
    person settles: each date read only there, and each the summary prints otherwise."""
    kept: list[ProtestEntry] = []
    points: list[tuple[int, str]] = []
    for index, entry in enumerate(entries):
        summary = next((s for s in summaries if _same(s.entry_number, entry.entry_number)), None)
        if summary is None or summary.entry_date is None or summary.date_evidence is None:
            kept.append(entry)
            continue
        attached = summary.entry_date.isoformat()
        if entry.entry_date is None:
            evidence = summary.date_evidence
            fields.items[f"entries[{index}].entry_date"] = Extracted(
                summary.entry_date, _noted(evidence, "7 Entry Date"), ATTACHED)
            kept.append(replace(entry, entry_date=summary.entry_date))
            points.append((3, f"Entry {entry.entry_number}: its entry date ({attached}) is read "
                              f"only from the attached entry summary (CBP Form 7501, page "
                              f"{evidence.page}), not from the protest"))
            continue
        if entry.entry_date != summary.entry_date:
            points.append((3, f"Entry {entry.entry_number}: the protest gives the entry date "
                              f"{entry.entry_date.isoformat()}, the attached entry summary (CBP "
                              f"Form 7501, page {summary.date_evidence.page}, box 7) gives "
                              f"{attached}"))
        kept.append(entry)
    return kept, tuple(points)


def importer_corroborated(summaries: Sequence[EntrySummaryRead],
                          fields: Fields) -> list[tuple[int, str]]:
    """The importer number checked against box 23 of the attached summaries: taken from there
    (lower, noted) when the protest gives none; a point for a person either way it differs."""
    boxes = [s for s in summaries if s.importer_number and s.importer_evidence]
    if not boxes:
        return []
    own = fields.value("importer_number")
    box = boxes[0]
    assert box.importer_number is not None and box.importer_evidence is not None
    page = box.importer_evidence.page
    if own is None:
        fields.put("importer_number", box.importer_number,
                   _noted(box.importer_evidence, "23 Importer No."), ATTACHED)
        return [(2, f"The importer number ({box.importer_number}) is read only from the "
                    f"attached entry summary (CBP Form 7501, page {page}), not from the protest")]
    theirs = {b.importer_number for b in boxes if not _same_importer(own, b.importer_number)}
    return [(2, f"The protest gives the importer number {own}, the attached entry summary (CBP "
                f"Form 7501, page {page}, box 23) gives {', '.join(sorted(t for t in theirs if t))}"
             )] if theirs else []


def _noted(evidence: Evidence, box: str) -> Evidence:
    return Evidence(evidence.page, evidence.bbox, f"{evidence.text} {_NOTE.format(box=box)}")


def _same_importer(own: str, other: str | None) -> bool:
    mine, theirs = parse_importer_number(own), parse_importer_number(other or "")
    return mine is not None and theirs is not None and mine.base == theirs.base


def _same(printed: str, number: str | None) -> bool:
    return number is not None and re.sub(r"\W", "", printed) == re.sub(r"\W", "", number).upper()
