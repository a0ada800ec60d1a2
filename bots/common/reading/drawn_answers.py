"""Answers drawn rather than typed: a check box or radio button drawn on the question's line and
ticked or filled, or an answer word circled (an ellipse or a rectangle drawn round "Yes")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bots.common.reading.answers import Answer, answer_in
from bots.common.reading.tick_boxes import DrawnBox
from tradebots.pdf import PdfDocument, Word

BBox = tuple[float, float, float, float]

_RING_MARGIN = 14.0  # points: how far past its word a circling stroke may run, each side
_RING_MIN_HEIGHT = 0.8  # word heights: a circling is at least about as tall as its word


@dataclass(frozen=True)
class Shape:
    """A rectangle or curve drawn on a page: what might circle an answer."""

    page: int
    bbox: BBox


def answer_shapes(document: PdfDocument) -> tuple[Shape, ...]:
    """Every drawn rectangle or curve small enough to circle one word; found once per document."""
    return document.derived(_find_answer_shapes)


def _find_answer_shapes(document: PdfDocument) -> tuple[Shape, ...]:
    found = []
    for number in document.page_numbers:
        page = document.page(number)
        for shape in (*page.rects, *page.curves):
            box = (float(shape["x0"]), float(shape["top"]), float(shape["x1"]),
                   float(shape["bottom"]))
            if box[2] - box[0] <= 90 and box[3] - box[1] <= 40:
                found.append(Shape(number, box))
    return tuple(found)


def circled_answer(shapes: Sequence[Shape], region: Sequence[Word]) -> Answer | None:
    """The answer whose word alone a drawn ring or frame encloses tightly; None when no answer
    is circled or every answer is (a table's cells, not a choice)."""
    answers = [(w, answer_in(w.text)) for w in region]
    answers = [(w, a) for w, a in answers if a in (Answer.YES, Answer.NO, Answer.NOT_APPLICABLE)]
    circled = {a for w, a in answers if any(_rings(s, w) for s in shapes)}
    if len(circled) != 1 or len(circled) == len({a for _, a in answers}):
        return None
    return circled.pop()


def drawn_box_answer(boxes: Sequence[DrawnBox], line: Sequence[Word]) -> Answer | None:
    """The answer of the drawn boxes on a question's LINE, each box owning the answer word
    nearest it (before or after it): the one answer ticked; CONTRADICTORY when answers of both
    kinds are; None with no box beside an answer."""
    if not line:
        return None
    top, bottom = min(w.top for w in line), max(w.bottom for w in line)
    answers = [(w, answer_in(w.text)) for w in line]
    answers = [(w, a) for w, a in answers if a in (Answer.YES, Answer.NO, Answer.NOT_APPLICABLE)]
    on_line = [b for b in boxes if b.page == line[0].page and b.bbox[0] > line[0].x0
               and min(bottom, b.bbox[3]) - max(top, b.bbox[1]) > 0]
    if not answers or not on_line:
        return None
    owned = [(b, min(answers, key=lambda pair: _gap(pair[0], b.bbox))[1]) for b in on_line]
    ticked = {a for b, a in owned if b.ticked}
    if len(ticked) > 1:
        return Answer.CONTRADICTORY
    return ticked.pop() if ticked else Answer.UNANSWERED


def _gap(word: Word, box: BBox) -> float:
    return max(word.x0 - box[2], box[0] - word.x1, 0.0)


def _rings(shape: Shape, word: Word) -> bool:
    x0, top, x1, bottom = shape.bbox
    height = word.bottom - word.top
    return (shape.page == word.page and x0 <= word.x0 + 1 and x1 >= word.x1 - 1
            and top <= word.top + 1 and bottom >= word.bottom - 1
            and word.x0 - x0 <= _RING_MARGIN and x1 - word.x1 <= _RING_MARGIN
            and bottom - top >= _RING_MIN_HEIGHT * height and bottom - top <= 3 * height)
