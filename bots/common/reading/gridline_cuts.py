"""Text that a spreadsheet printed across its cells' gridlines, read as one cell again.

A worksheet's value wider than its cell runs on over the empty cells to its right, so a
gridline can fall in a word space ("Bluewater Audio | Systems Co."). A box's own text keeps a
margin from its border on both sides; two pieces a word space apart are one run of text.
"""

from __future__ import annotations

from collections.abc import Sequence

from tradebots.pdf import Segment, Word

# A word space is about a quarter of the type size; two boxes' margins together are wider.
_WORD_SPACE = 0.3


def rejoined(line: Sequence[Segment]) -> list[Segment]:
    """The line's segments, with those cut only at a gridline inside a word space joined."""
    joined: list[Segment] = []
    for segment in line:
        if joined:
            last = joined[-1].words[-1]
            first = segment.words[0]
            gap = first.x0 - last.x1
            if 0 < gap <= _WORD_SPACE * max(last.height, first.height):
                joined[-1] = Segment((*joined[-1].words, *segment.words))
                continue
        joined.append(segment)
    return joined


# A scan's OCR reads a cell's vertical rule as a glyph standing alone between two words.
_RULE_GLYPHS = frozenset("|¦‖│")


def cut_at_rule_glyphs(line: Sequence[Segment]) -> list[Segment]:
    """The line's segments cut where a word is only a vertical rule's glyph ("IMPORTER NO. | 82-
    6661582" as a fax's OCR reads a ruled row): the glyph is a cell border, not text."""
    cut: list[Segment] = []
    for segment in line:
        words: list[Word] = []
        for word in segment.words:
            if word.text.strip() and set(word.text.strip()) <= _RULE_GLYPHS:
                if words:
                    cut.append(Segment(tuple(words)))
                words = []
                continue
            words.append(word)
        if words:
            cut.append(Segment(tuple(words)))
    return cut
