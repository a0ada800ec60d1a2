"""A letterhead printed on one line: its name, then its address to the ZIP code, the parts between
bars, bullets, commas or dashes."""

from __future__ import annotations

import re

from bots.common.reading.letter import Part
from bots.ruling_triage.extract_text import fold
from bots.ruling_triage.letter_lines import CONTACT, ZIP

# A letterhead on one line with commas or dashes between its parts ("Acme LLC, 12 Main St,
# Town, ST 00000", "Acme, Inc. - 12 Main St - Town, ST 00000"): the name (its legal suffix after
# a comma kept), then the address from its street number or box to the ZIP code.
_COMMA_HEAD = re.compile(
    r"\s*(?P<name>[A-Z][^,:;\n]*?(?:,\s*(?i:Inc|LLC|L\.L\.C|Ltd|Corp|Co|LLP|L\.P|LP)\.?)?)"
    r"\s*(?:,|[ \t][-\u2013\u2014][ \t])\s*(?P<address>(?:\d|(?i:P\.?\s*O\.?\s+Box)\b)[^\n:;]*?"
    r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?)\b")


def one_line_head(line: Part) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """A letterhead printed on one line, its parts between bars or bullets ("Acme LLC | 12 Main
    St | Town, ST 00000 | (973) 555-0100") or commas: the name first, then the address to its
    ZIP."""
    parts = [m for m in re.finditer(r"[^|\u00b7\u2022]+", line.text) if m.group().strip()]
    if len(parts) < 3 or not re.match(r"\s*(?:\d|P\.?\s*O\.?\s+Box)", parts[1].group(), re.I):
        return _comma_head(line) if len(parts) == 1 else None
    address: list[str] = []
    for part in parts[1:]:
        if CONTACT.search(part.group()):
            return None
        address.append(" ".join(part.group().split()))
        if ZIP.search(part.group()):
            first = parts[0]
            name = Part(line.block, line.start + first.start(), line.start + first.end())
            where = Part(line.block, line.start + parts[1].start(), line.start + part.end())
            return fold(first.group().strip()), name, (", ".join(address), where)
    return None


def _comma_head(line: Part) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """A one-line letterhead whose parts a comma or a dash parts: its name and its address."""
    match = _COMMA_HEAD.match(line.text)
    if match is None or match["name"][0].islower():
        return None
    name = Part(line.block, line.start + match.start("name"), line.start + match.end("name"))
    where = Part(line.block, line.start + match.start("address"),
                 line.start + match.end("address"))
    address = re.sub(r"[ \t][-\u2013\u2014][ \t]", ", ", fold(match["address"]))
    return fold(match["name"]), name, (address, where)
