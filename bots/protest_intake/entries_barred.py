"""An entries table typed with bars between its cells and printed in proportional type ("Entry
No. | Date of Liquidation" over "CIA-3627286-9 | 2025-07-03"): its columns do not line up, so
a row's cells are placed under the header's by their order between the bars."""

from __future__ import annotations

import re

_BAR = re.compile(r"[|\u00a6\u2502\u2503]")
# A rule typed under the header: "-----", "=====", "---+---".
_RULE = re.compile(r"^[\s\-=_+|\u2500\u2502]+$")
_REACH = 2  # lines above a row (a rule's and the header's) its barred header may stand


def cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the cells the bars part in TEXT[START:END] (a bar at either end borders)."""
    spans: list[tuple[int, int]] = []
    at = start
    for bar in _BAR.finditer(text, start, end):
        spans.append((at, bar.start()))
        at = bar.end()
    spans.append((at, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def barred_header(text: str, row_start: int) -> list[str] | None:
    """The cells of the barred line over the row at ROW_START (a typed rule between them
    passed), when the row is barred too and both have as many cells; else None."""
    row_end = text.find("\n", row_start)
    row_end = len(text) if row_end < 0 else row_end
    row = cells(text, row_start, row_end)
    if len(row) < 2:
        return None
    end = row_start - 1
    for _ in range(_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _RULE.match(line) or not line.strip():
            end = start - 1
            continue
        if _BAR.search(line) is None:
            return None
        header = [text[s:e].strip() for s, e in cells(text, start, end)]
        return header if len(header) == len(row) else None
    return None
