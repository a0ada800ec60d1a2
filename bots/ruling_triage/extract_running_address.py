"""The sender's address printed only in a running foot or head ("Harbor Goods LLC | 12 Pier Road,
Newark, NJ 07114 | Tel. ..."), repeated on every page: the page readers drop such lines as
furniture, so a letterhead of the name alone would leave the requester's address unread and its
absence (19 CFR 177.2(b)(1)) concluded. Read last, only where no other address was read."""

from __future__ import annotations

import re
from collections import Counter

from bots.common.reading.letter import same_party
from bots.common.reading.parties import STATE_ZIP
from bots.ruling_triage.extract_text import PROSE, Fields, fold
from tradebots.pdf import PdfDocument, Segment

# The parts of a one-line letterhead: "Acme LLC | 12 Main St | Town, ST 00000", with bars,
# dashes or bullets between them.
_PARTS = re.compile(r"\s+(?:[|\u2022\u00b7]|[-\u2013\u2014])\s+")
_STREET = re.compile(r"\s*(?:\d{1,6}[A-Za-z]?\s+\S|P\.?\s?O\.?\s+Box\b)", re.I)
_EDGE = 2  # lines from a page's top or foot where running lines stand


def read_running_address(document: PdfDocument, fields: Fields) -> None:
    """The requester's address from a running line that prints it, when none was read."""
    if "requester_address" in fields.items or fields.value("acting_as_agent"):
        return
    name = fields.value("requester_name")
    lines = [line for n in document.page_numbers for line in _edge_lines(document.segments(n))]
    seen = Counter(" ".join(s.text for s in line) for line in lines)
    for line in lines:
        text = " ".join(s.text for s in line)
        if (seen[text] < 2 and len(document.page_numbers) > 1) or not STATE_ZIP.search(text):
            continue
        parts = [part.strip() for part in _PARTS.split(text) if part.strip()]
        street = next((i for i, part in enumerate(parts) if _STREET.match(part)), None)
        if street is None:
            continue
        named = parts[:street]
        if named and not (name and any(same_party(fold(p), str(name)) for p in named)):
            continue  # another party's line (a printer's, an agent's): not the requester's
        end = next((i for i in range(street, len(parts)) if STATE_ZIP.search(parts[i])), None)
        if end is None:
            continue
        last = STATE_ZIP.search(parts[end])
        assert last is not None
        # The ZIP code ends the address: a web address or telephone after it is not of it.
        address = ", ".join([*parts[street:end], parts[end][:last.end()]])
        fields.put("requester_address", fold(address), line[0].evidence(), PROSE - 0.1)
        return


def _edge_lines(lines: list[list[Segment]]) -> list[list[Segment]]:
    """The page's first and last printed lines, each its cells left to right."""
    lines = [sorted(line, key=lambda s: s.x0) for line in lines if line]
    return [*lines[:_EDGE], *lines[-_EDGE:]] if len(lines) > 2 * _EDGE else lines
