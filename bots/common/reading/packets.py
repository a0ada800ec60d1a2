"""Narrow an open PDF to the document a packet carries (bots/common/reading/packet_parts.py) and
keep its attached entry summaries and notices of liquidation for corroboration, and the date of
a cover letter: the sender's own, the date of the submission when the document itself is undated."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bots.common.reading.date_line import date_line
from bots.common.reading.entry_summary import EntrySummaryRead, read_entry_summary
from bots.common.reading.liquidation_notice import LiquidationNoticeRead, read_liquidation_notice
from bots.common.reading.packet_parts import PacketParts, packet_parts
from tradebots.facts import Extracted
from tradebots.pdf import PdfDocument, Segment, evidence_of

# A date read from the cover letter stands for the document's own only as a weak cue.
COVER_DATE_CONFIDENCE = 0.7
COVER_DATE_NOTE = "(the cover letter's date; the document itself gives none)"
_DATE_LABEL = re.compile(r"(?i)^\s*dated?\s*:?\s*")


@dataclass(frozen=True)
class Packet:
    """The packet's parts and the entry summaries attached to it."""

    parts: PacketParts
    entry_summaries: tuple[EntrySummaryRead, ...]
    liquidation_notices: tuple[LiquidationNoticeRead, ...] = ()
    cover_date: Extracted | None = None


def read_packet(document: PdfDocument) -> Packet:
    """Recognise the packet's parts and narrow DOCUMENT to its main document's pages and lines."""
    pages = [["  ".join(s.text for s in line) for line in document.segments(n)]
             for n in document.page_numbers]
    parts = packet_parts(pages)
    summaries = tuple(summary for lines in _part_lines(document, parts, "entry summary")
                      if (summary := read_entry_summary(lines)) is not None)
    notices = tuple(notice for lines in _part_lines(document, parts, "notice of liquidation")
                    if (notice := read_liquidation_notice(lines)) is not None)
    cover = _cover_date(document) if parts.others.get(1) == "cover letter" else None
    if parts.others or parts.hidden_lines:
        document.narrow(parts.main_pages, {n: set(lines) for n, lines in
                                           parts.hidden_lines.items()})
    return Packet(parts, summaries, notices, cover)


def _cover_date(document: PdfDocument) -> Extracted | None:
    """The cover letter's date: its first line that is a date, bare or after "Date:"."""
    for line in document.segments(1):
        text = "  ".join(s.text for s in line)
        value = date_line(_DATE_LABEL.sub("", text, count=1))
        if value is not None:
            printed = evidence_of([word for segment in line for word in segment.words])
            return Extracted(value, replace(printed, text=f"{printed.text} {COVER_DATE_NOTE}"),
                             COVER_DATE_CONFIDENCE)
    return None


def _part_lines(document: PdfDocument, parts: PacketParts, part: str) -> list[list[list[Segment]]]:
    """The lines of each attachment of one kind: on pages of its own, or printed on under the
    letter's closing."""
    lines = [document.segments(page) for page, kind in sorted(parts.others.items())
             if kind == part]
    lines += [[document.segments(page)[index] for index, kind in sorted(hidden.items())
               if kind == part] for page, hidden in sorted(parts.hidden_lines.items())]
    return [page for page in lines if page]
