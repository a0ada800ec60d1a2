"""Check boxes drawn as small squares (rectangles or curves) rather than typed as "[X]": a box is
ticked when a mark ("X", a check) stands inside it or it is filled. Each box's line is read as
the yes/no question it answers: accelerated disposition (19 CFR 174.22), further review
(174.24) and the drawback declaration (174.13(a)(9))."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bots.protest_intake.extract_fields import LABELLED, Fields
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf import PdfDocument, Word
from tradebots.pdf.words import evidence_of

_SIDE = (6.0, 16.0)  # points: a check box's side
_SQUARE = 3.0  # points: how far its width and height may differ
_MARKS = frozenset({"x", "✓", "✔", "☒", "☑"})
_QUESTIONS = (("accelerated_disposition", "accelerated"),
              ("further_review_requested", "further_review"),
              ("drawback_declaration", "drawback"))
_ANSWER = re.compile(r"(?i)^(yes|no)\b")


@dataclass(frozen=True)
class DrawnBox:
    """A drawn box, whether it is ticked, the words printed on its line after it, and the
    line's whole text (the question it answers)."""

    page: int
    bbox: tuple[float, float, float, float]
    ticked: bool
    after: tuple[Word, ...]
    line: str


def drawn_boxes(document: PdfDocument) -> list[DrawnBox]:
    """Every drawn check box in the document, in reading order."""
    found: list[DrawnBox] = []
    for number in document.page_numbers:
        page = document.page(number)
        words = document.words(number)
        shapes = [s for s in (*page.rects, *page.curves) if _is_box(s)]
        for shape in sorted(shapes, key=lambda s: (round(s["top"]), s["x0"])):
            box = (float(shape["x0"]), float(shape["top"]), float(shape["x1"]),
                   float(shape["bottom"]))
            inside = [w for w in words if _centre_in(w, box)]
            line = sorted((w for w in words if _same_line(w, box)), key=lambda w: w.x0)
            after = [w for w in line if w.x0 >= box[2] - 1 and w not in inside]
            ticked = any(w.text.lower() in _MARKS for w in inside) or _filled(shape)
            found.append(DrawnBox(number, box, ticked, tuple(after),
                                  " ".join(w.text for w in line)))
    return found


def read_drawn_boxes(document: PdfDocument, fields: Fields) -> None:
    """Answer each question from the drawn boxes on its line: one box after the question is
    ticked or not; a "Yes"/"No" pair is answered by the word after the ticked box."""
    boxes = drawn_boxes(document)
    for key, phrase in _QUESTIONS:
        on_line = [b for b in boxes if PROTEST.search(phrase, b.line)]
        if not on_line:
            continue
        answer = _answer(on_line)
        if answer is not None:
            words = [w for b in on_line for w in b.after]
            fields.put(key, answer, evidence_of(words) if words else None, LABELLED)


def _answer(boxes: list[DrawnBox]) -> bool | None:
    answered = [b for b in boxes if b.after and _ANSWER.match(b.after[0].text)]
    if answered:
        ticked = [b for b in answered if b.ticked]
        if len(ticked) != 1:
            return None
        match = _ANSWER.match(ticked[0].after[0].text)
        return match is not None and match.group(1).lower() == "yes"
    if len(boxes) == 1:
        return bool(boxes[0].ticked)
    return None


def _is_box(shape: dict[str, Any]) -> bool:
    width = float(shape["x1"]) - float(shape["x0"])
    height = float(shape["bottom"]) - float(shape["top"])
    return (_SIDE[0] <= width <= _SIDE[1] and _SIDE[0] <= height <= _SIDE[1]
            and abs(width - height) <= _SQUARE)


def _centre_in(word: Word, box: tuple[float, float, float, float]) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _same_line(word: Word, box: tuple[float, float, float, float]) -> bool:
    return min(word.bottom, box[3]) - max(word.top, box[1]) > 0.5 * (box[3] - box[1])


def _filled(shape: dict[str, Any]) -> bool:
    """A box painted in (a fill that is not white)."""
    if not shape.get("fill"):
        return False
    colour = shape.get("non_stroking_color")
    values = colour if isinstance(colour, (list, tuple)) else (colour,)
    return any(v is not None and float(v) < 0.5 for v in values)
