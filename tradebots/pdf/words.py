"""Words with positions, grouped into lines and into segments (runs of words inside one box)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from tradebots.facts import Evidence

BBox = tuple[float, float, float, float]
FORM_FIELD_NOTE = "(from a form field)"
# Of the font size: letters of a word lie closer, words (a space, kerned, or none typed and the
# next word set a point or two on) farther; pdfplumber's fixed 3 points runs tight words together.
WORD_GAP = 0.12
_T = TypeVar("_T")


@dataclass(frozen=True)
class Word:
    """One word as printed: 1-based page, position in points from the top-left corner."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    form_field: bool = False  # read from a filled form field's value, not the page's content

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def union_bbox(words: Iterable[Word]) -> BBox:
    """The smallest box holding every word."""
    items = list(words)
    return (
        min(w.x0 for w in items),
        min(w.top for w in items),
        max(w.x1 for w in items),
        max(w.bottom for w in items),
    )


def evidence_of(words: Sequence[Word]) -> Evidence:
    """Evidence for a run of words: page of the first word, box around those on that page; its
    text says so when a word was read from a form field."""
    page = words[0].page
    same_page = [w for w in words if w.page == page]
    text = " ".join(w.text for w in words)
    if any(w.form_field for w in words):
        text = f"{text} {FORM_FIELD_NOTE}"
    return Evidence(page, union_bbox(same_page), text)


@dataclass(frozen=True)
class Segment:
    """Words on one line with no box border or wide gap between them."""

    words: tuple[Word, ...]

    @property
    def page(self) -> int:
        return self.words[0].page

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox:
        return union_bbox(self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return max(w.height for w in self.words)

    def evidence(self) -> Evidence:
        return evidence_of(self.words)

    def offsets(self) -> list[int]:
        """Where each word starts in `text`."""
        starts, position = [], 0
        for word in self.words:
            starts.append(position)
            position += len(word.text) + 1
        return starts

    def words_in(self, start: int, end: int) -> tuple[Word, ...]:
        """The words that overlap characters start..end of `text`."""
        return tuple(
            w
            for w, s in zip(self.words, self.offsets(), strict=True)
            if s < end and s + len(w.text) > start
        )


_DESCENT = 0.2  # of the font size: where a box's bottom sits below the baseline, whatever the font
_LEVEL_MATRIX = 1e-6


def on_common_baseline(chars: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Characters with their boxes hung from the baseline by one descent for every font.

    A box's top and bottom come from the descent the font declares (0 to 0.4 of the size), so
    the same page re-drawn with another font program puts its lines' gaps elsewhere; a level
    character's box is placed from its baseline instead. Others are left as drawn."""
    placed = []
    for char in chars:
        matrix = char.get("matrix")
        if not char.get("upright") or not matrix or abs(matrix[1]) > _LEVEL_MATRIX \
                or abs(matrix[2]) > _LEVEL_MATRIX:
            placed.append(char)
            continue
        height = float(char["bottom"]) - float(char["top"])
        declared = float(char["y0"]) - float(matrix[5])  # the font's descent, negative
        bottom = float(char["bottom"]) + declared + _DESCENT * height
        placed.append(char | {"top": bottom - height, "bottom": bottom,
                              "doctop": float(char["doctop"]) + bottom - float(char["bottom"])})
    return placed


def _swapped(unit: str) -> bool:
    code = ord(unit)
    return code & 0xFF == 0 and 0x20 < code >> 8 < 0x7F


def unswapped_ligatures(chars: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Characters whose ToUnicode spelled a ligature in UTF-16 of the wrong byte order ("fi" as
    U+6600 U+6900, Ghostscript re-encoding TeX fonts), spelled again in ASCII. Only a glyph of two
    or more such units qualifies: one CJK character is a word, not a ligature."""
    mended = []
    for char in chars:
        text = str(char["text"])
        if len(text) >= 2 and all(_swapped(unit) for unit in text):
            char = char | {"text": "".join(chr(ord(unit) >> 8) for unit in text)}
        mended.append(char)
    return mended


# Of the type size: a glyph that starts this far into the one before it, and this far past that
# one's start, was printed over it (a cell's text run into the next cell's); kerning pulls a
# glyph back by a tenth of the size at most, and a re-strike for bold lies almost exactly over
# its glyph; both stay one word.
_OVERPRINT = 0.2
# Of the type size: a glyph in another font set this far past the one before it starts a word
# of its own. A form letter's blank filled in another font may stand closer to the printed word
# before it than the page's word gap ("undersigned," then "Kestrel ..."); the letters of one word
# set in two fonts (a symbol, a bold initial) touch or kern closer.
_FONT_BREAK = 0.08

Char = dict[str, Any]


def _overprinted(prev: Char, curr: Char, size: float) -> bool:
    overlap = float(prev["x1"]) - float(curr["x0"])
    offset = float(curr["x0"]) - float(prev["x0"])
    return min(overlap, offset) >= _OVERPRINT * size


def _font_changed_apart(prev: Char, curr: Char, size: float) -> bool:
    return prev.get("fontname") != curr.get("fontname") \
        and float(curr["x0"]) - float(prev["x1"]) >= _FONT_BREAK * size


def split_joined_texts(words: Iterable[Char]) -> list[Char]:
    """pdfplumber's words (with their chars) split where two texts were printed over each other
    ("123-5320235-6" overrun by "2021-12-21" reads "123-5320235-62021-12-21"), or where a text
    in another font starts apart from the word before it (a blank filled in another font)."""
    split: list[Char] = []
    for word in words:
        chars = word.get("chars") or []
        parts: list[list[Char]] = [chars[:1]]
        for prev, curr in itertools.pairwise(chars):
            size = max(float(prev.get("size") or 0), float(curr.get("size") or 0))
            if size > 0 and (_overprinted(prev, curr, size)
                             or _font_changed_apart(prev, curr, size)):
                parts.append([curr])
            else:
                parts[-1].append(curr)
        if len(parts) == 1:
            split.append(word)
            continue
        for part in parts:
            split.append(word | {
                "text": "".join(c["text"] for c in part), "chars": part,
                "x0": min(float(c["x0"]) for c in part), "x1": max(float(c["x1"]) for c in part),
                "top": min(float(c["top"]) for c in part),
                "bottom": max(float(c["bottom"]) for c in part)})
    return split


def words_from_plumber(page_number: int, raw: Iterable[dict[str, Any]]) -> list[Word]:
    """Convert pdfplumber's word dicts."""
    return [
        Word(page_number, float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]),
             str(w["text"]))
        for w in raw
    ]


def group_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words sharing a baseline band, top to bottom, each line left to right.

    Words of different sizes on one line (a small label before its value) overlap vertically,
    so lines are grouped by overlap with the line's band rather than by equal `top`.
    """
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.page, w.middle, w.x0)):
        if lines:
            line = lines[-1]
            top = min(w.top for w in line)
            bottom = max(w.bottom for w in line)
            overlap = min(bottom, word.bottom) - max(top, word.top)
            if line[0].page == word.page and overlap > 0.5 * min(word.height, bottom - top):
                line.append(word)
                continue
        lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


_LEVEL = 0.002  # slope (points down per point across) under which a page's lines are level
_LEVEL_ROUNDS = 2  # a steep tilt first breaks lines; a second estimate from the mended ones


def level_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Lines of a scanned page whose rows run slightly downhill or uphill (a sheet fed askew):
    grouped as if the page were turned level, by each word's height above the page's slope, so
    a long line's far end is not taken for the next line's start."""
    level, lines, slope = list(words), group_lines(words), 0.0
    for _ in range(_LEVEL_ROUNDS):
        found = _slope(lines)  # what tilt is left on the page as levelled so far
        if abs(found) < _LEVEL:
            break
        slope += found
        level = [replace(w, top=w.top - slope * w.x0, bottom=w.bottom - slope * w.x0)
                 for w in words]
        lines = group_lines(level)
    back = {id(flat): word for flat, word in zip(level, words, strict=True)}
    return [[back[id(flat)] for flat in line] for line in lines]


def deskewed(words: Sequence[Word], centre: tuple[float, float]) -> list[Word]:
    """The words of a scan fed askew as they lay on the sheet, turned level about CENTRE: rows
    level and the left margin straight again (half a degree drifts it 6 points down a page, so
    a paragraph's lines no longer started at one x)."""
    level, slope = list(words), 0.0
    for _ in range(_LEVEL_ROUNDS):
        found = _slope(group_lines(level))
        if abs(found) < _LEVEL:
            break
        slope += found
        level = [_turned(w, slope, centre) for w in words]
    return level


def _turned(word: Word, slope: float, centre: tuple[float, float]) -> Word:
    """WORD turned back by the small angle whose tangent is SLOPE (rows running downhill)."""
    across = slope * (word.middle - centre[1])
    down = slope * ((word.x0 + word.x1) / 2 - centre[0])
    return replace(word, x0=word.x0 + across, x1=word.x1 + across, top=word.top - down,
                   bottom=word.bottom - down)


def _slope(lines: Sequence[Sequence[Word]]) -> float:
    """The median slope of the lines that run far enough across to show one."""
    slopes = sorted((line[-1].top - line[0].top) / (line[-1].x0 - line[0].x0)
                    for line in lines if len(line) >= 3 and line[-1].x0 - line[0].x0 > 100)
    return slopes[len(slopes) // 2] if slopes else 0.0


_SPACE = 0.9  # line heights: a wider gap between two words on a line parts two cells
_SCANNED_SPACE = 2.0  # times an OCR layer's usual gap between words: a gap between cells


def scanned_space(lines: Sequence[Sequence[Word]]) -> float:
    """The gap, in line heights, that parts cells on a scanned page: an OCR text layer places
    each word where the scan shows it, its spaces as wide as the printed ones, far wider than a
    digital page's (tesseract's are about 0.9 line heights), so twice its median gap."""
    gaps = sorted((b.x0 - a.x1) / max(a.height, b.height, 1.0)
                  for line in lines for a, b in itertools.pairwise(line))
    return max(_SPACE, _SCANNED_SPACE * gaps[len(gaps) // 2]) if gaps else _SPACE


def split_segments(line: Sequence[Word], dividers: Sequence[float] = (),
                   space: float | None = None) -> list[Segment]:
    """Split a line where a vertical border lies between two words or the gap is wide (wider
    than SPACE line heights; a scanned page's is its own)."""
    segments: list[list[Word]] = []
    for word in line:
        if segments:
            last = segments[-1][-1]
            gap = word.x0 - last.x1
            border = any(last.x1 - 0.5 <= x <= word.x0 + 0.5 for x in dividers)
            if not border and gap <= max(last.height, word.height) * (space or _SPACE):
                segments[-1].append(word)
                continue
        segments.append([word])
    return [Segment(tuple(s)) for s in segments]


_SAME_ROW = 0.1  # of a line's height: bottoms this close stand on one baseline


def in_rows(items: Iterable[_T], place: Callable[[_T], tuple[float, float, float]]
            ) -> list[list[_T]]:
    """ITEMS in rows top to bottom, each row left to right; PLACE gives an item's top, bottom
    (boxes hang from the baseline) and left. Items taken by their tops whose bottoms lie within
    a tenth of a line of the row's first are one row: another font or a producer's rounding
    moves a baseline by a fraction of a point, never by the line gap that parts two lines, nor
    as far as a sidebar's own lines in a smaller font."""
    rows: list[list[_T]] = []
    anchor = (0.0, 0.0)  # the current row's first bottom and line height
    for item in sorted(items, key=lambda i: (place(i)[0], place(i)[2])):
        top, bottom, _ = place(item)
        if rows and abs(bottom - anchor[0]) <= _SAME_ROW * max(anchor[1], bottom - top):
            rows[-1].append(item)
            continue
        rows.append([item])
        anchor = (bottom, bottom - top)
    return [sorted(row, key=lambda i: place(i)[2]) for row in rows]


def in_reading_order(segments: Iterable[Segment]) -> list[Segment]:
    """SEGMENTS row by row (in_rows), each row left to right."""
    return [s for row in in_rows(segments, lambda s: (s.top, s.bottom, s.x0)) for s in row]
