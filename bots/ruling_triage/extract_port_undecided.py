"""A sentence saying no port of entry is chosen yet: "The importer has not yet chosen a port of
entry.", "No port of entry has been selected.", "The port of entry is still to be decided." The
sender says where the element goes and that it is not given (19 CFR 177.2(b)(1))."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

_PORT = r"(?:a\s+|the\s+|any\s+)?ports?(?:\s*\(s\))?(?:\s+of\s+(?:entry|arrival|importation))?"
_NOT_CHOSEN = r"(?:chosen|selected|decided(?:\s+on)?|determined|designated|identified|fixed)"
_UNDECIDED = re.compile(
    rf"\b(?:ha(?:s|ve)\s+not\s+(?:yet\s+)?{_NOT_CHOSEN}\s+{_PORT}"
    rf"|(?-i:No|no)\s+{_PORT}\s+(?:has|have)\s+(?:yet\s+)?been\s+{_NOT_CHOSEN}"
    rf"|{_PORT}\s+(?:is|are|has|have)\s+(?:still\s+|as\s+yet\s+)?(?:not\s+(?:yet\s+)?(?:been\s+)?"
    rf"{_NOT_CHOSEN}|undecided|to\s+be\s+(?:decided|determined|chosen|selected)))\b", re.I)


def read_port_undecided(items: list[Paragraph], fields: Fields) -> None:
    """Where no port was read, a sentence saying none is chosen yet: no port, and the caption
    or question that asked for it answered (no hint of a port the reader missed)."""
    if fields.value("ports"):
        return
    for paragraph in items:
        if (match := _UNDECIDED.search(paragraph.text)) is not None:
            span = Span(paragraph, match.start(), match.end())
            fields.put_span("ports", (), span, PROSE)
            fields.put_span("ports_undecided", True, span, PROSE)
            return
