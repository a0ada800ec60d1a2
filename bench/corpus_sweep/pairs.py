"""Two or three "Label: value" pairs on one printed line, as typed forms and memos set them."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.corpus_sweep.model import Doc, Field
from bench.corpus_sweep.render import FULL, LEFT, Sheet

GAPS = {"tab": "", "spaces": "  ", "pipe": " | ", "semi": " ; "}  # "tab": the next tab stop
TAB_STOP = FULL / 3
Pair = tuple[str, tuple[str, ...], bool]  # label, value lines, scored


def draw_fields(sheet: Sheet, fields: list[Field], gap: str, per_line: int) -> None:
    """FIELDS packed PER_LINE to a line where they fit; a field that fits with none alone."""
    line: list[Field] = []
    for f in fields:
        if line and (len(line) == per_line or not _fits(sheet, [*line, f], gap)):
            _flush(sheet, line, gap)
            line = []
        line.append(f)
    _flush(sheet, line, gap)
    sheet.y -= 6


def draw_entries(sheet: Sheet, doc: Doc, gap: str) -> None:
    """Each entry as lines of three "Column: cell" pairs."""
    sheet.line(doc.entries_intro, font=sheet.bold)
    for row in doc.rows:
        pairs: list[Pair] = [(sheet.column_label(c), (cell,), c.scored)
                 for c, cell in zip(doc.columns, row, strict=True)]
        for start in range(0, len(pairs), 3):
            pair_line(sheet, pairs[start:start + 3], gap)
        sheet.y -= 4
    sheet.y -= 6


def _pairs(sheet: Sheet, fields: list[Field]) -> list[Pair]:
    return [(sheet.label_of(f), sheet.values_of(f), f.scored) for f in fields]


def _fits(sheet: Sheet, fields: list[Field], gap: str) -> bool:
    texts = [f"{label}: {values[0]}" for label, values, _ in _pairs(sheet, fields)]
    if gap == "tab":
        return all(float(stringWidth(t, sheet.regular, 10)) + 12 <= TAB_STOP
                   for t in texts[:-1]) and \
            float(stringWidth(texts[-1], sheet.regular, 10)) <= FULL - TAB_STOP * (len(texts) - 1)
    return float(stringWidth(GAPS[gap].join(texts), sheet.regular, 10)) <= float(sheet.width)


def _flush(sheet: Sheet, line: list[Field], gap: str) -> None:
    if len(line) == 1:
        sheet.field(line[0])  # nothing fits beside it: the sender types it alone
    elif line:
        pair_line(sheet, _pairs(sheet, line), gap)


def pair_line(sheet: Sheet, pairs: list[Pair], gap: str) -> None:
    """One printed line of pairs; a value's further lines stand under its first one."""
    depth = max(len(values) for _, values, _ in pairs)
    sheet.ensure(14 * depth + 2)
    y, x = sheet.y, LEFT
    texts = [f"{label}: {values[0]}" for label, values, _ in pairs]
    starts: list[float] = []
    if gap == "tab":
        for n, text in enumerate(texts):
            x = max(LEFT + n * TAB_STOP, x)
            starts.append(x)
            x += sheet.text(x, y, text) + 12
    else:
        sheet.text(LEFT, y, GAPS[gap].join(texts))
        for n in range(len(texts)):
            starts.append(LEFT + stringWidth(GAPS[gap].join(texts[:n]) + GAPS[gap] * (n > 0),
                                             sheet.regular, 10))
    for start, (label, values, scored) in zip(starts, pairs, strict=True):
        vx = start + stringWidth(f"{label}: ", sheet.regular, 10)
        for depth_n, value in enumerate(values):
            if depth_n:
                sheet.text(vx, y - 14 * depth_n, value)
            if scored:
                sheet.mark(value, vx, y - 14 * depth_n + 10,
                           vx + stringWidth(value, sheet.regular, 10), y - 14 * depth_n)
    sheet.y = y - 14 * depth - 2
