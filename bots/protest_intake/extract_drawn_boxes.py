"""Check boxes and radio buttons whose text keeps only a mark: squares or circles drawn on the
page (ticked by a cross, a stroke or a fill), or a filled form field's "X" at its widget (the
shared toolkit says which is ticked). A box row answers the yes/no question printed on its line
or captioned above it: accelerated disposition (19 CFR 174.22), further review (174.24) and the
drawback declaration (174.13(a)(9)); a row of decisions names the one protested (1514(a))."""

from __future__ import annotations

from collections.abc import Sequence

from bots.common.reading.tick_boxes import (
    DrawnBox,
    box_captions,
    drawn_answer,
    drawn_boxes,
    marked_caption,
)
from bots.protest_intake.extract_fields import LABELLED, Fields, category_of
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf import PdfDocument, Segment, Word
from tradebots.pdf.words import evidence_of

_QUESTIONS = (("accelerated_disposition", "accelerated"),
              ("further_review_requested", "further_review"),
              ("drawback_declaration", "drawback"))
_CAPTION_REACH = 24.0  # points: how far above its boxes a cell's caption may stand
_STACK_GAP = 12.0  # points: most white between two boxes of one column of options


def read_drawn_boxes(document: PdfDocument, fields: Fields) -> None:
    """Answer each question from the drawn boxes on its line, or under its caption: one box is
    ticked or not; a "Yes"/"No" pair is answered by the word after the ticked box."""
    boxes = drawn_boxes(document)
    rows = _rows(boxes)
    columns = box_columns(boxes)
    for key, phrase in _QUESTIONS:
        on_line = [b for b in boxes if PROTEST.search(phrase, b.line)]
        if not on_line:
            # "ACCELERATED DISPOSITION REQUESTED?" over a box per answer, one to a line.
            on_line = next((column for column in columns if _answers(column)
                            and PROTEST.search(phrase, _caption_near(document, column[:1]))), [])
        if not on_line:
            # A form that captions under its boxes would have the row's caption below it.
            on_line = next((row for row in rows if not _asks_any(row[0].line)
                            and not _asks_any(_caption_near(document, row, below=True))
                            and PROTEST.search(phrase, _caption_near(document, row))), [])
        if not on_line:
            continue
        answer = drawn_answer(on_line)
        if answer is not None:
            words = [w for b in on_line for w in b.after]
            fields.put(key, answer, evidence_of(words) if words else None, LABELLED)
    _decision_marked(document, boxes, fields)


def _rows(boxes: Sequence[DrawnBox]) -> list[list[DrawnBox]]:
    rows: dict[tuple[int, int], list[DrawnBox]] = {}
    for box in boxes:
        rows.setdefault((box.page, round(box.bbox[1])), []).append(box)
    return list(rows.values())


def box_columns(boxes: Sequence[DrawnBox]) -> list[list[DrawnBox]]:
    """Boxes stacked one to a line at one left edge, each line under the last: a column of
    options (a decision, or a question's Yes and No), each captioned by the words after it."""
    columns: list[list[DrawnBox]] = []
    for box in sorted(boxes, key=lambda b: (b.page, b.bbox[0], b.bbox[1])):
        column = columns[-1] if columns else None
        if (column is not None and column[-1].page == box.page
                and abs(column[-1].bbox[0] - box.bbox[0]) <= 2
                and 0 <= box.bbox[1] - column[-1].bbox[3] <= _STACK_GAP):
            column.append(box)
        else:
            columns.append([box])
    return [column for column in columns if len(column) >= 2]


def _answers(column: Sequence[DrawnBox]) -> bool:
    """Whether a column's boxes are captioned "Yes" and "No" (a question's answers)."""
    words = {b.after[0].text.lower().rstrip(".,:-") for b in column if b.after}
    return {"yes", "no"} <= words


def _asks_any(line: str) -> bool:
    return any(PROTEST.search(phrase, line) for _, phrase in _QUESTIONS)


def _caption_near(document: PdfDocument, row: Sequence[DrawnBox], below: bool = False) -> str:
    """The text of the line just above (or BELOW) a row of boxes, over the row's own span (a
    form cell's caption: "7. Accelerated disposition requested" over its YES and NO boxes)."""
    top, bottom = row[0].bbox[1], row[0].bbox[3]
    left = min(b.bbox[0] for b in row)

    def gap(line: Sequence[Segment]) -> float:
        return line[0].top - bottom if below else top - line[0].bottom

    near = [line for line in document.segments(row[0].page)
            if line and 0 <= gap(line) <= _CAPTION_REACH]
    if not near:
        return ""
    nearest = min(near, key=gap)
    return " ".join(s.text for s in nearest if s.bbox[2] > left - 6)


def _decision_marked(document: PdfDocument, boxes: Sequence[DrawnBox], fields: Fields) -> None:
    """A row of decisions ("Appraised value  Classification  Liquidation ...") names the one
    protested by its single ticked box, or by the one caption a lone mark stands beside."""
    # The list set in a row, or one option to a line ("[ ] Classification" over "[X] Appraised
    # value" under "DECISION PROTESTED (check one)").
    columns = ([(box, box.after) for box in column] for column in box_columns(boxes))
    lists = [*box_captions(boxes), *columns]
    for options in lists:
        if (words := _one_ticked(options)) is not None:
            fields.put("category", category_of(" ".join(w.text for w in words)),
                       evidence_of(words), LABELLED)
            return
    for number in document.page_numbers:
        for segments in document.segments(number):
            if sum(category_of(s.text) is not None for s in segments) < 2:
                continue
            caption = marked_caption(segments)
            if caption is not None and (category := category_of(caption.text)) is not None:
                fields.put("category", category, evidence_of(list(caption.words)), LABELLED)
                return


def _one_ticked(options: Sequence[tuple[DrawnBox, tuple[Word, ...]]]) -> list[Word] | None:
    """The caption of the one ticked box of a list naming two decisions or more, else None."""
    named = [(box, words) for box, words in options
             if words and category_of(" ".join(w.text for w in words)) is not None]
    ticked = [words for box, words in named if box.ticked]
    if len(named) >= 2 and len(ticked) == 1:
        return list(ticked[0])
    return None
