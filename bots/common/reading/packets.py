"""Narrow an open PDF to the document a packet carries (bots/common/reading/packet_parts.py) and
keep its attached entry summaries and notices of liquidation for corroboration."""

from __future__ import annotations

from dataclasses import dataclass

from bots.common.reading.entry_summary import EntrySummaryRead, read_entry_summary
from bots.common.reading.liquidation_notice import LiquidationNoticeRead, read_liquidation_notice
from bots.common.reading.packet_parts import PacketParts, packet_parts
from tradebots.pdf import PdfDocument, Segment


@dataclass(frozen=True)
class Packet:
    """The packet's parts and the entry summaries attached to it."""

    parts: PacketParts
    entry_summaries: tuple[EntrySummaryRead, ...]
    liquidation_notices: tuple[LiquidationNoticeRead, ...] = ()


def read_packet(document: PdfDocument) -> Packet:
    """Recognise the packet's parts and narrow DOCUMENT to its main document's pages and lines."""
    pages = [["  ".join(s.text for s in line) for line in document.segments(n)]
             for n in document.page_numbers]
    parts = packet_parts(pages)
    summaries = tuple(summary for lines in _part_lines(document, parts, "entry summary")
                      if (summary := read_entry_summary(lines)) is not None)
    notices = tuple(notice for lines in _part_lines(document, parts, "notice of liquidation")
                    if (notice := read_liquidation_notice(lines)) is not None)
    if parts.others or parts.hidden_lines:
        document.narrow(parts.main_pages, {n: set(lines) for n, lines in
                                           parts.hidden_lines.items()})
    return Packet(parts, summaries, notices)


def _part_lines(document: PdfDocument, parts: PacketParts, part: str) -> list[list[list[Segment]]]:
    """The lines of each attachment of one kind: on pages of its own, or printed on under the
    letter's closing."""
    lines = [document.segments(page) for page, kind in sorted(parts.others.items())
             if kind == part]
    lines += [[document.segments(page)[index] for index, kind in sorted(hidden.items())
               if kind == part] for page, hidden in sorted(parts.hidden_lines.items())]
    return [page for page in lines if page]
