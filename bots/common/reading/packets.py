"""Narrow an open PDF to the document a packet carries (bots/common/reading/packet_parts.py) and
keep its attached entry summaries for corroboration."""

from __future__ import annotations

from dataclasses import dataclass

from bots.common.reading.entry_summary import EntrySummaryRead, read_entry_summary
from bots.common.reading.packet_parts import PacketParts, packet_parts
from tradebots.pdf import PdfDocument


@dataclass(frozen=True)
class Packet:
    """The packet's parts and the entry summaries attached to it."""

    parts: PacketParts
    entry_summaries: tuple[EntrySummaryRead, ...]


def read_packet(document: PdfDocument) -> Packet:
    """Recognise the packet's parts and narrow DOCUMENT to its main document's pages and lines."""
    pages = [["  ".join(s.text for s in line) for line in document.segments(n)]
             for n in document.page_numbers]
    parts = packet_parts(pages)
    # An entry summary on pages of its own, or printed on under the letter's closing.
    lines = [document.segments(page) for page, part in sorted(parts.others.items())
             if part == "entry summary"]
    lines += [[document.segments(page)[index] for index, part in sorted(hidden.items())
               if part == "entry summary"] for page, hidden in sorted(parts.hidden_lines.items())]
    summaries = tuple(read for page_lines in lines
                      if (read := read_entry_summary(page_lines)) is not None)
    if parts.others or parts.hidden_lines:
        document.narrow(parts.main_pages, {n: set(lines) for n, lines in
                                           parts.hidden_lines.items()})
    return Packet(parts, summaries)
