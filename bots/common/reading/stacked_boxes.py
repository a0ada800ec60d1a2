"""Drawn check boxes stacked one per line under their question, for every bot.

A form may list a question's options down the page ("8. Culpability level" over "[ ] Negligence",
"[X] Gross negligence", "[ ] Fraud", each box drawn as a square): the boxes stand in one column,
each captioned by the words after it, and the question is the line printed right above the first.
Domain-free: the bots decide which question and which options mean which field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bots.common.reading.tick_boxes import DrawnBox, drawn_boxes
from tradebots.pdf import PdfDocument, Word

_COLUMN = 3.0  # points: how far the left edges of one column's boxes may stand apart
_LINE_GAP = 2.5  # box heights: the most a question's line may stand above its first box


@dataclass(frozen=True)
class StackedOptions:
    """One question's boxes down a column, each with its caption, and the question's words."""

    question: tuple[Word, ...]
    options: tuple[tuple[DrawnBox, tuple[Word, ...]], ...]


def stacked_options(document: PdfDocument) -> list[StackedOptions]:
    """Every column of two drawn boxes or more, one per line, with no other line between them
    (a line between starts the next question), and the line above the first as the question."""
    found: list[StackedOptions] = []
    boxes = [b for b in drawn_boxes(document) if b.after]
    for page in sorted({b.page for b in boxes}):
        words = document.words(page)
        on_page = sorted((b for b in boxes if b.page == page), key=lambda b: b.bbox[1])
        used: set[int] = set()
        for first_index, first in enumerate(on_page):
            if first_index in used:
                continue
            group = [first]
            for index in range(first_index + 1, len(on_page)):
                box = on_page[index]
                if abs(box.bbox[0] - first.bbox[0]) > _COLUMN or index in used:
                    continue
                if _line_between(words, group[-1], box) or _beside(on_page, box):
                    break
                group.append(box)
                used.add(index)
            if len(group) >= 2 and not _beside(on_page, first):
                found.append(StackedOptions(_question_above(words, first),
                                            tuple((b, b.after) for b in group)))
    return found


def _beside(boxes: Sequence[DrawnBox], box: DrawnBox) -> bool:
    """Whether another box shares BOX's line: options in a row, which the line readers read."""
    return any(other is not box and abs(other.bbox[1] - box.bbox[1]) < 2 for other in boxes)


def _line_between(words: Sequence[Word], upper: DrawnBox, lower: DrawnBox) -> bool:
    """Whether words print on a line of their own between two boxes of a column."""
    return any(upper.bbox[3] < (w.top + w.bottom) / 2 < lower.bbox[1] for w in words)


def _question_above(words: Sequence[Word], first: DrawnBox) -> tuple[Word, ...]:
    """The words of the nearest line above the first box, if it is close enough."""
    reach = _LINE_GAP * (first.bbox[3] - first.bbox[1])
    above = [w for w in words
             if w.bottom <= first.bbox[1] + 1 and first.bbox[1] - w.bottom <= reach]
    if not above:
        return ()
    lowest = max(w.top for w in above)
    return tuple(sorted((w for w in above if abs(w.top - lowest) < 2), key=lambda w: w.x0))
