"""A question answered by ticking Yes or No beside it: "Is a sample sent?  [ ] Yes  [X] No".

A form prints the question and then its answers, each with a box. The text keeps the answers and
the tick (an "X", a glyph) as cells of their own, in no telling order, or only the answers when
the tick is drawn. The row is read as the question followed by the one answer ticked (the shared
answered-question reader says which), which the statement readers take as a typed answer; a row
ticked neither or both ways keeps the question alone, and a question alone states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.answers import Answer
from bots.common.reading.questions import answer_of
from bots.common.reading.tick_boxes import DrawnBox
from bots.ruling_triage.extract_boxes import cell_rows
from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Segment

# A cell that is only an answer, a box, or a mark: "Yes", "[X] No", "X", "☐", "( )".
_ANSWER_CELL = re.compile(r"(?:\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[xX✓✔☒☑■☐□])?\s*"
                          r"(?:yes|no)?\s*(?:\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[☒☑■☐□])?",
                          re.I)
_ANSWER_WORD = re.compile(r"^(yes|no)$", re.I)
_SAID = {Answer.YES: "yes", Answer.NO: "no"}


def answer_rows(items: list[Paragraph], drawn: Sequence[DrawnBox]) -> list[Paragraph]:
    """ITEMS with each question's row of Yes/No cells replaced by the answer ticked, if one is."""
    dropped: set[int] = set()
    answered: dict[int, Paragraph] = {}
    for row in (r for r in cell_rows(items) if len(r) > 2):
        question, answers = row[0], row[1:]
        cells = [items[i] for i in answers]
        if not _asks_yes_or_no(items[question], cells):
            continue
        words = [w for cell in cells for s in cell.segments for w in s.words]
        asked = [w for s in items[question].segments for w in s.words]
        # The shared reader's states: only a Yes or a No answers; the rest leave the question.
        said = _SAID.get(answer_of(words, [b for b in drawn if _on_row(b, items[question])], (),
                                   [*asked, *words]))
        answer = next((w for w in words if w.text.lower() == said), None)
        dropped.update(answers)
        if answer is not None:
            answered[question] = Paragraph(items[question].page, [Segment((answer,))])
    result: list[Paragraph] = []
    for index, item in enumerate(items):
        if index not in dropped:
            result.append(item)
        if index in answered:
            result.append(answered[index])
    return result


def _asks_yes_or_no(question: Paragraph, cells: list[Paragraph]) -> bool:
    """Whether the row is a question (or caption) with Yes and No answer cells after it."""
    texts = [" ".join(c.text.split()) for c in cells]
    words = {w.text.lower() for c in cells for s in c.segments for w in s.words
             if _ANSWER_WORD.match(w.text)}
    return (words == {"yes", "no"} and all(_ANSWER_CELL.fullmatch(t) for t in texts)
            and not _ANSWER_CELL.fullmatch(" ".join(question.text.split())))


def _on_row(box: DrawnBox, question: Paragraph) -> bool:
    return (box.page == question.page and box.bbox[0] > question.x0
            and abs(box.bbox[1] - question.top) <= question.segments[0].height)
