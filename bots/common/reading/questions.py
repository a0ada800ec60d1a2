"""A printed question and its answer wherever a sender puts it: after the question on its line, in
a column to its right, or on the line under it; typed, boxed, a bare mark, a drawn box ticked, or
a word circled. Domain-free: a bot names its question and decides what the answer means.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bots.common.reading.answers import Answer, answer_in, is_answer
from bots.common.reading.drawn_answers import Shape, circled_answer, drawn_box_answer
from bots.common.reading.tick_boxes import DrawnBox, prints_boxes
from tradebots.facts import Evidence
from tradebots.pdf import Segment, Word

# A form prints a Y/N prompt where a letter puts the question's mark: "Drawback entry Y/N: N".
_ASKS = re.compile(r"\?|(?i:\(?\b(?:y\s*/\s*n|yes\s*/\s*no)\b\)?\s*[:=]?)")
# Where a label ends before its value: a colon or an equals sign, perhaps after dot leaders, or
# the leaders alone.
_LABEL_END = re.compile(r"[ \t]*(?:\.{2,}[ \t]*)?[:=]|\.{3,}")
_LABEL_WORDS = 3  # words between the question's wording and its colon: "(AFR)", "requested?"
_UNDER_REACH = 40  # characters: an answer line under a question is short
_INDENT = 6.0  # points: an answer under a question starts no further left than this


@dataclass(frozen=True)
class Answered:
    """A question found and what its answer says, with the words of both (the evidence)."""

    answer: Answer
    question: str
    words: tuple[Word, ...]
    blank: bool = False  # nothing printed for the answer: not even boxes left unticked


_SAID = {Answer.NOT_APPLICABLE: "is answered N/A, which says neither yes nor no",
         Answer.UNANSWERED: "is left unanswered",
         Answer.CONTRADICTORY: "is answered both yes and no"}


def unusable(found: Answered) -> str:
    """What an answer that is neither Yes nor No says, for a person: 'The question "..." is
    answered N/A, which says neither yes nor no'."""
    return f'The question "{" ".join(found.question.split())}" {_SAID[found.answer]}'


def answered_question(
    lines: Sequence[Sequence[Segment]],
    question: re.Pattern[str],
    drawn: Sequence[DrawnBox] = (),
    shapes: Sequence[Shape] = (),
) -> Answered | None:
    """The first answer given to QUESTION (a pattern its wording matches) on LINES; a question
    left unanswered everywhere it is printed reads UNANSWERED; None where it is not asked."""
    unanswered: Answered | None = None
    for index, line in enumerate(lines):
        words = [w for segment in line for w in segment.words]
        split = _asked_at(words, question)
        if split is None:
            continue
        asked, region = words[:split], words[split:]
        if not region and index + 1 < len(lines):
            under = [w for s in lines[index + 1] for w in s.words if w.x0 >= words[0].x0 - _INDENT]
            text = " ".join(w.text for w in under)
            if under and len(text) <= _UNDER_REACH and is_answer(text):
                region = under
                # "Prior disclosure?" over "[ ] Yes" over "[X] No", each a drawn box: the column
                # answers, not its first line.
                if (stacked := _stacked_under(lines, index + 1, drawn, words[0].x0)) is not None:
                    answer, column = stacked
                    return Answered(answer, _text(asked), (*asked, *column))
        found = Answered(answer_of(region, drawn, shapes, words), _text(asked), (*asked, *region),
                         blank=not region)
        if found.answer is not Answer.UNANSWERED:
            return found
        if region and not is_answer(_text(region)) and not prints_boxes(_text(region)):
            continue  # the line goes on in a sentence: a letter's question, answered elsewhere
        unanswered = unanswered or found
    return unanswered


def on_same_line(read: Evidence | None, asked: Evidence) -> bool:
    """Whether a value READ elsewhere was taken from the line a question was ASKED on (so reads
    the question's own words, not another cue)."""
    if read is None or read.page != asked.page:
        return False
    return min(read.bbox[3], asked.bbox[3]) - max(read.bbox[1], asked.bbox[1]) > 0


def _stacked_under(lines: Sequence[Sequence[Segment]], first: int, drawn: Sequence[DrawnBox],
                   left: float) -> tuple[Answer, tuple[Word, ...]] | None:
    """The answer of a column of drawn boxes under a question, one answer word after each box
    a line from line FIRST: the one answer ticked, UNANSWERED or CONTRADICTORY; None unless two
    lines or more answer so."""
    owned: list[tuple[DrawnBox, Answer]] = []
    column: list[Word] = []
    for line in lines[first:]:
        under = [w for s in line for w in s.words if w.x0 >= left - _INDENT]
        box = next((b for b in drawn if b.after and under and b.after[0] in under), None)
        if box is None or len(_text(under)) > _UNDER_REACH:
            break
        said = answer_in(box.after[0].text)
        if said not in (Answer.YES, Answer.NO, Answer.NOT_APPLICABLE):
            break
        owned.append((box, said))
        column += under
    if len(owned) < 2:
        return None
    ticked = {said for box, said in owned if box.ticked}
    if len(ticked) > 1:
        return Answer.CONTRADICTORY, tuple(column)
    return (ticked.pop() if ticked else Answer.UNANSWERED), tuple(column)


def _asked_at(words: Sequence[Word], question: re.Pattern[str]) -> int | None:
    """The index of the first word after the question's mark (or its Y/N prompt), where the
    question's wording matches the line before it; None when the line asks nothing of it."""
    text, starts = "", []
    for word in words:
        starts.append(len(text) + (1 if text else 0))
        text = f"{text} {word.text}" if text else word.text
    cue = question.search(text)
    if cue is None:
        return None
    mark = _ASKS.search(text, cue.end() if text[cue.end() - 1:cue.end()] != "?" else cue.end() - 1)
    if mark is None:
        # A printout's label asks it too when a bare answer follows its colon or leaders:
        # "FURTHER REVIEW (AFR)......: Y", "Accelerated disposition = N".
        mark = _LABEL_END.search(text, cue.end())
        if mark is None or len(text[cue.end():mark.start()].split()) > _LABEL_WORDS \
                or not is_answer(text[mark.end():]):
            return None
    return next((i for i, start in enumerate(starts) if start >= mark.end()), len(words))


def answer_of(region: Sequence[Word], drawn: Sequence[DrawnBox] = (),
              shapes: Sequence[Shape] = (), line: Sequence[Word] = ()) -> Answer:
    """What the answer words REGION say (a form row's answer cells, the rest of a question's
    line); a printed Yes/No pair with no typed mark is answered by a bare mark nearest one
    answer, a drawn box ticked on the question's LINE, or a word circled."""
    # A typed or glyph box ("☐ Yes ☒ No") answers by its order; only a bare mark, all a drawn
    # box leaves in the text, by its distance.
    marked = None if prints_boxes(_text(region)) else _nearest_mark(region)
    if marked is not None:
        return marked
    found = answer_in(_text(region))
    if found is not Answer.UNANSWERED or not region:
        return found
    for read in (drawn_box_answer(drawn, line or region), circled_answer(shapes, region)):
        if read is not None:
            return read
    return found


_MARK = re.compile(r"^(?:[xX✓✔✗✘])$")


def _nearest_mark(region: Sequence[Word]) -> Answer | None:
    """A drawn box leaves only its mark among the words: it answers for the answer word nearest
    it; marks nearest two different answers contradict."""
    answers = [(w, answer_in(w.text)) for w in region if not _MARK.match(w.text)]
    answers = [(w, a) for w, a in answers if a in (Answer.YES, Answer.NO, Answer.NOT_APPLICABLE)]
    if len({a for _, a in answers}) < 2:
        return None  # one answer printed: it is the answer, a mark beside it only ticks it
    chosen = set()
    for mark in (w for w in region if _MARK.match(w.text)):
        if answers:
            chosen.add(min(answers, key=lambda pair: _gap(pair[0], mark))[1])
    if not chosen:
        return None
    return chosen.pop() if len(chosen) == 1 else Answer.CONTRADICTORY


def _gap(word: Word, mark: Word) -> float:
    return max(word.x0 - mark.x1, mark.x0 - word.x1, 0.0)


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)
