"""Tables found by what they hold, ruled or only aligned, with columns typed by their cells.

A sender may draw the rules of a table or only line its columns up. Ruled tables come from
pdfplumber's line strategy; an aligned table is found by its rows (lines that start with an
anchor such as an entry number), cut out of the page with the header lines above it, and
split with pdfplumber's text strategy. A cell wrapped onto a second line ("March 17," over
"2025", "USD" over "2,017.73") is folded back into its row, and a header printed on two or
three lines becomes one header row.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Literal

from bots.common.reading.dates import parse_date
from bots.common.reading.money import looks_like_money
from tradebots.pdf import Cell, PdfDocument, Segment, Table, read_tables
from tradebots.pdf.words import BBox, Word, split_segments, union_bbox

CellKind = Literal["anchor", "date", "money", "yes_no", "empty", "text"]

_HEADER_LINES = 4  # a header wraps onto at most this many lines
# A rule typed between a text table's header and its rows ("-------", "=====").
_TYPED_RULE = re.compile(r"^[\s\-=_]{5,}$")
# A letter's closing under the table ("Thanks,", "Best regards,") is no wrapped cell.
_CLOSING_LINE = re.compile(r"^\s*[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s*$")
_LINE_GAP = 1.9  # a gap over this many line heights ends a table
_YES_NO = re.compile(
    r"(?i)^(?:y|n|yes|no|liq|unliq|liquidated|unliquidated|not\s*liquidated|final|open"
    r"|closed|pending|true|false)\.?$"
)


def cell_kind(text: str, anchor: re.Pattern[str]) -> CellKind:
    """What a cell holds: the row's anchor (an entry number), a date, money, a yes/no mark."""
    stripped = text.strip()
    if not stripped:
        return "empty"
    if anchor.search(stripped):
        return "anchor"
    if _YES_NO.match(re.sub(r"\s+", "", stripped)):
        return "yes_no"
    if looks_like_money(stripped):
        return "money"
    if parse_date(stripped) is not None:
        return "date"
    return "text"


def column_kinds(rows: Sequence[Sequence[str]], anchor: re.Pattern[str]) -> list[CellKind]:
    """Each column's kind: what most of its non-empty cells hold (text when they disagree)."""
    width = max((len(r) for r in rows), default=0)
    kinds: list[CellKind] = []
    for index in range(width):
        seen = [cell_kind(r[index], anchor) for r in rows if index < len(r) and r[index].strip()]
        best = max(set(seen), key=seen.count) if seen else "empty"
        kinds.append(best if seen.count(best) * 2 > len(seen) else "text")
    return kinds


def match_header(
    cells: Sequence[str], synonyms: Mapping[str, re.Pattern[str]]
) -> dict[str, int]:
    """Field -> column for a header row; each cell goes to the first field whose wording it has.

    `synonyms` is tried in order, so a more specific wording ("loss of duties") listed before a
    general one ("duties") claims its column first; a field mapped to None-like keys starting
    with "_" is a column to set aside.
    """
    mapped: dict[str, int] = {}
    for index, text in enumerate(cells):
        for field, pattern in synonyms.items():
            if pattern.search(text):
                if field not in mapped:
                    mapped[field] = index
                break
    return {k: v for k, v in mapped.items() if not k.startswith("_")}


def ruled_tables(document: PdfDocument, page: int) -> list[Table]:
    """Tables drawn with ruling lines (pdfplumber's line strategy)."""
    return read_tables(document, page)


def aligned_tables(
    document: PdfDocument, page: int, anchor: re.Pattern[str], skip: Sequence[BBox] = ()
) -> list[Table]:
    """Tables whose rows start with `anchor`, outside the boxes in `skip` (tables already read).

    The first row of each table is its header (the lines above the first anchored row, folded
    into one row; empty when there are none); each later row is one anchored row with its
    wrapped lines, or a closing line such as a TOTAL row.
    """
    lines = document.segments(page)
    tables = []
    for first, last in _bands(lines, anchor, skip):
        tables.append(_read_band(lines[first:last + 1], page, anchor))
    return tables


def _anchored(line: Sequence[Segment], anchor: re.Pattern[str]) -> bool:
    """A row starts with its anchor, or with a line number ("1.", "(2)") and then its anchor."""
    if anchor.match(line[0].text):
        return True
    numbered = re.match(r"^\(?\d{1,3}[.)]?\s*", line[0].text)
    if numbered is None:
        return False
    rest = line[0].text[numbered.end():]
    return bool(anchor.match(rest) if rest else len(line) > 1 and anchor.match(line[1].text))


def _line_text(line: Sequence[Segment]) -> str:
    return "  ".join(s.text for s in line)


def _cell_count(line: Sequence[Segment]) -> int:
    """How many cells a line shows, whatever its page's segmenter joined: a scan's segments part
    only at twice its word gap, so a row's close-set cells may stand as one segment; here they
    part at a typed page's cell gap, as on every other page."""
    return sum(len(split_segments(segment.words)) for segment in line)


def _inside(line: Sequence[Segment], boxes: Sequence[BBox]) -> bool:
    middle = sum(s.top + s.bottom for s in line) / (2 * len(line))
    return any(b[1] - 1 <= middle <= b[3] + 1 for b in boxes)


def _bands(
    lines: Sequence[Sequence[Segment]], anchor: re.Pattern[str], skip: Sequence[BBox]
) -> list[tuple[int, int]]:
    """Line spans (first, last) of each aligned table: header lines, rows and wrapped lines."""
    starts = [
        i for i, line in enumerate(lines)
        if _anchored(line, anchor) and _cell_count(line) >= 3 and not _inside(line, skip)
    ]
    bands: list[tuple[int, int]] = []
    for index in starts:
        if bands and index <= bands[-1][1]:
            continue
        first = index
        while (first > 0 and index - first < _HEADER_LINES
               and (_table_line(lines, first - 1, first, above=True)
                    or _rule_under_header(lines, first - 1))
               and not _holds_figures(lines[first - 1])
               and not _LABELLED.match(lines[first - 1][0].text)):
            first -= 1
        last = index
        while (last + 1 < len(lines) and _table_line(lines, last + 1, last, above=False)
               and not _labelled_below(lines[last + 1], lines[index][0], anchor)
               and not _label_under(lines, last + 1, lines[index][0], anchor)):
            last += 1
        bands.append((first, last))
    return bands


def _table_line(
    lines: Sequence[Sequence[Segment]], index: int, neighbour: int, *, above: bool
) -> bool:
    """A line that belongs with its neighbour's table: close to it, several cells or a wrap."""
    line, near = lines[index], lines[neighbour]
    gap = abs(min(s.top for s in max(line, near, key=lambda x: x[0].top))
              - max(s.bottom for s in min(line, near, key=lambda x: x[0].top)))
    height = max(s.height for s in near)
    if gap > _LINE_GAP * height or line[0].page != near[0].page:
        return False
    text = _line_text(line)
    if text.rstrip().endswith(":") or re.match(r"^\s*\d+\.\s+\w", text):
        return False  # "The affected entries are:", "6. Entries." introduce a table
    if not above and _CLOSING_LINE.match(text):
        return False
    # A header's wrapped word ("(USD)", "d?") stands alone; a title above the table is longer.
    return len(line) >= 2 or len(text) <= (12 if above else 40)


_NEVER = re.compile(r"(?!)")  # an anchor no cell holds: cell_kind then types by content alone
# A figure no header holds: a date, an amount, a number of three or more digits.
_FIGURE = re.compile(r"\d[\d,]{2,}|\$\s*\d")


# A labelled value above the rows, its line opening with "LABEL:" ("PRIOR DISCLOSURE:   No prior
# disclosure was made"); a header's first cell names a column, with no colon ("Status: LIQ" in
# a later cell is a header's wording).
_LABELLED = re.compile(r"^\s*[A-Za-z][\w .'()/#&?-]{0,40}:(?:\s+\S|\s*$)")


def _holds_figures(line: Sequence[Segment]) -> bool:
    """A line above the rows with a date or an amount is a labelled value ("Violation date
    09SEP22", "Domestic value 32000"), not a header line."""
    text = _line_text(line)
    return bool(_FIGURE.search(text)) or parse_date(text) is not None


def _labelled_below(line: Sequence[Segment], cell: Segment, anchor: re.Pattern[str]) -> bool:
    """A line under the rows that opens with words in the anchor's column ("Domestic value
    $1", "AUDIT TRAIL"): the anchor (an entry number) never wraps, so the table has ended;
    a TOTAL line still closes it."""
    first = line[0]
    if first.x0 >= cell.bbox[2] or _closing(first.text) or _anchored(line, anchor):
        return False
    return bool(re.match(r"[A-Za-z]{3,}", first.text)) and cell_kind(first.text, _NEVER) == "text"


def _label_under(lines: Sequence[Sequence[Segment]], index: int, cell: Segment,
                 anchor: re.Pattern[str]) -> bool:
    """A "Label: value" line under the rows, begun in the anchor's column ("Violation date:
    August 22, 2023"), with no row after it: a labelled value set close under the table, not a
    wrapped cell, whatever its value holds (a date or an amount would pass for a cell's). A line
    of several labels ("Duty paid: $1  Duty owed: $2") may be the last row's amounts wrapped."""
    first = lines[index][0]
    if (first.x0 >= cell.bbox[2] or not _LABELLED.match(first.text)
            or _line_text(lines[index]).count(":") > 1):
        return False
    return index + 1 >= len(lines) or not _anchored(lines[index + 1], anchor)


def _rule_under_header(lines: Sequence[Sequence[Segment]], index: int) -> bool:
    """A typed rule with a header line right above it: part of the table, not its end."""
    return (index > 0 and _TYPED_RULE.match(_line_text(lines[index])) is not None
            and _table_line(lines, index - 1, index, above=True))


def _read_band(
    lines: Sequence[Sequence[Segment]], page: int, anchor: re.Pattern[str]
) -> Table:
    """Cells of one aligned table: columns are the x spans its rows' segments cover."""
    lines = [line for line in lines if not _TYPED_RULE.match(_line_text(line))]
    first_row = next(i for i, line in enumerate(lines) if _anchored(line, anchor))
    spans = _column_spans([s for line in lines[first_row:] for s in line])
    rows: list[list[Cell]] = []
    header: list[Cell] | None = None
    for index, line in enumerate(lines):
        cells = _cells(line, spans, page)
        if index >= first_row and (_anchored(line, anchor) or _closing(line[0].text)):
            rows.append(cells)
        elif index >= first_row:
            rows[-1] = _fold(rows[-1], cells)
        else:
            header = cells if header is None else _fold(header, cells)
    top = header or [Cell(page, c.bbox, "") for c in rows[0]]
    every = [top, *rows]
    boxes = [c.bbox for r in every for c in r if c.text]
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Table(page, bbox, tuple(tuple(r) for r in every))


def _column_spans(segments: Sequence[Segment]) -> list[tuple[float, float]]:
    """Merged x spans of the rows' words, left to right: one span per column.

    Words, not segments: two cells printed close together on one row (narrow padding) make one
    segment, but the other rows still show the gap between the columns. A gap narrower than
    half a line height is a space between words of one cell, not a column boundary.
    """
    words = [w for s in segments for w in s.words]
    heights = sorted(w.height for w in words)
    space = 0.5 * heights[len(heights) // 2] if heights else 1.0
    spans: list[list[float]] = []
    for x0, x1 in sorted((w.x0, w.x1) for w in words):
        if spans and x0 <= spans[-1][1] + space:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return [(a, b) for a, b in spans]


def _column_of(x0: float, x1: float, spans: Sequence[tuple[float, float]]) -> int:
    """The column a word belongs to: the one it overlaps most, else the nearest."""
    def score(span: tuple[float, float]) -> tuple[float, float]:
        overlap = min(x1, span[1]) - max(x0, span[0])
        distance = abs((x0 + x1) / 2 - (span[0] + span[1]) / 2)
        return (overlap if overlap > 0 else 0.0, -distance)

    return max(range(len(spans)), key=lambda i: score(spans[i]))


def _cells(line: Sequence[Segment], spans: Sequence[tuple[float, float]], page: int) -> list[Cell]:
    words: list[list[Word]] = [[] for _ in spans]
    for segment in line:
        # A segment over one column only is one cell, even where a word of it juts out of the
        # column ("Entered Value" over a narrow "20000"); one over several is split by word.
        left, right = segment.bbox[0], segment.bbox[2]
        over = [i for i, (x0, x1) in enumerate(spans) if min(right, x1) > max(left, x0)]
        for word in segment.words:
            column = over[0] if len(over) == 1 else _column_of(word.x0, word.x1, spans)
            words[column].append(word)
    cells = []
    for (x0, x1), found in zip(spans, words, strict=True):
        if found:
            cells.append(Cell(page, union_bbox(found), " ".join(w.text for w in found),
                              any(w.form_field for w in found)))
        else:
            top = min(s.top for s in line)
            cells.append(Cell(page, (x0, top, x1, top), ""))
    return cells


_CLOSING = re.compile(r"(?i)^(?:grand\s+)?totals?\b")


def _closing(text: str) -> bool:
    return bool(_CLOSING.match(text))


def _fold(above: list[Cell], below: list[Cell]) -> list[Cell]:
    """A wrapped line's cells joined to the cells above them, column by column."""
    merged = []
    for upper, lower in zip(above, below, strict=False):
        if not lower.text:
            merged.append(upper)
            continue
        text = f"{upper.text} {lower.text}".strip() if upper.text else lower.text
        box = lower.bbox if not upper.text else (
            min(upper.bbox[0], lower.bbox[0]), min(upper.bbox[1], lower.bbox[1]),
            max(upper.bbox[2], lower.bbox[2]), max(upper.bbox[3], lower.bbox[3]),
        )
        merged.append(Cell(upper.page, box, text, upper.form_field or lower.form_field))
    return merged + above[len(merged):]



