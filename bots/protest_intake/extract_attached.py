"""Entries checked against the entry summaries (CBP Form 7501) and notices of liquidation sent
with the protest: box 7's entry date, box 23's importer number and the notice's liquidation date
corroborate the protest's own; one the protest leaves out is taken from the attachment at a lower
confidence, with evidence that says so, and one printed otherwise there goes to a person (19 CFR
174.13(a)(2)-(4): the protest itself must give them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from bots.common.reading.entry_summary import EntrySummaryRead
from bots.common.reading.liquidation_notice import LiquidationNoticeRead
from bots.customs.identifiers import parse_importer_number
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.model import ProtestEntry
from tradebots.facts import Evidence, Extracted

ATTACHED = 0.6  # below every cue the protest itself gives: the rules send it to a person
_NOTE = "({where}; not in the protest itself)"


@dataclass(frozen=True)
class AttachedDate:
    """A date an attachment prints for an entry: which of the entry's dates, and where."""

    entry_number: str
    field: str  # "entry_date" or "liquidation_date"
    value: date
    evidence: Evidence
    source: str  # "the attached entry summary (CBP Form 7501, box 7 Entry Date)"


def attached_dates(summaries: Sequence[EntrySummaryRead],
                   notices: Sequence[LiquidationNoticeRead]) -> list[AttachedDate]:
    """Box 7 of each entry summary, and the liquidation date of each notice for its entries."""
    dates = [AttachedDate(s.entry_number, "entry_date", s.entry_date, s.date_evidence,
                          "the attached entry summary (CBP Form 7501, box 7 Entry Date)")
             for s in summaries if s.entry_date is not None and s.date_evidence is not None]
    dates += [AttachedDate(number, "liquidation_date", n.liquidation_date, n.evidence,
                           "the attached notice of liquidation")
              for n in notices for number in sorted(n.entry_numbers)]
    return dates


def corroborated(entries: Sequence[ProtestEntry], attached: Sequence[AttachedDate],
                 fields: Fields) -> tuple[list[ProtestEntry], tuple[tuple[int, str], ...]]:
    """ENTRIES with a date they lack filled from an attachment, and the points a person
    settles: each date read only there, and each an attachment prints otherwise."""
    kept: list[ProtestEntry] = []
    points: list[tuple[int, str]] = []
    for index, entry in enumerate(entries):
        for other in (a for a in attached if _same(a.entry_number, entry.entry_number)):
            item = 3 if other.field == "entry_date" else 4
            name = other.field.replace("_", " ")
            own: date | None = getattr(entry, other.field)
            where = f"{other.source}, page {other.evidence.page}"
            if own is None:
                fields.items[f"entries[{index}].{other.field}"] = Extracted(
                    other.value, _noted(other.evidence, where), ATTACHED)
                entry = (replace(entry, entry_date=other.value) if item == 3
                         else replace(entry, liquidation_date=other.value))
                points.append((item, f"Entry {entry.entry_number}: its {name} "
                                     f"({other.value.isoformat()}) is read only from {where}, "
                                     f"not from the protest"))
            elif own != other.value:
                points.append((item, f"Entry {entry.entry_number}: the protest gives the {name} "
                                     f"{own.isoformat()}, {where} gives "
                                     f"{other.value.isoformat()}"))
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
        fields.put("importer_number", box.importer_number, _noted(
            box.importer_evidence, "the attached entry summary (CBP Form 7501, box 23 Importer "
            "No.)"), ATTACHED)
        return [(2, f"The importer number ({box.importer_number}) is read only from the "
                    f"attached entry summary (CBP Form 7501, page {page}), not from the protest")]
    theirs = {b.importer_number for b in boxes if not _same_importer(own, b.importer_number)}
    return [(2, f"The protest gives the importer number {own}, the attached entry summary (CBP "
                f"Form 7501, page {page}, box 23) gives {', '.join(sorted(t for t in theirs if t))}"
             )] if theirs else []


def _noted(evidence: Evidence, where: str) -> Evidence:
    return Evidence(evidence.page, evidence.bbox, f"{evidence.text} {_NOTE.format(where=where)}")


def _same_importer(own: str, other: str | None) -> bool:
    mine, theirs = parse_importer_number(own), parse_importer_number(other or "")
    return mine is not None and theirs is not None and mine.base == theirs.base


def _same(printed: str, number: str | None) -> bool:
    return number is not None and re.sub(r"\W", "", printed) == re.sub(r"\W", "", number).upper()
