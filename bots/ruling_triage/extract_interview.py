"""A request written as an interview: questions and answers marked "Q." / "A." ("Q3)", "Question
2:", "Answer:", "Ans."). Each marked question and each marked answer becomes a paragraph of its
own and the marks go, so the readers see what a form shows: a caption put as a question, its
answer under it ("Is a sample enclosed?" over "Yes"), however tight the producer set the lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Segment, Word

_QUESTION = re.compile(r"(?:Q|Question|QUESTION)\d{0,2}[.:)]")
_ANSWER = re.compile(r"(?:A|Ans|Answer|ANSWER)\d{0,2}[.:)]")
_WORD = re.compile(r"(?:Q|Question|QUESTION|A|Ans|Answer|ANSWER)")
_NUMBER = re.compile(r"\d{1,2}[.:)]")
# A question's answer follows it within a few printed lines (a question may wrap).
_REACH = 4


@dataclass(frozen=True)
class _Line:
    paragraph: int
    segment: int
    kind: str  # "Q", "A" or ""


def _mark(words: tuple[Word, ...], pattern: re.Pattern[str]) -> int:
    """How many of WORDS' first words are a mark PATTERN names: "Q." (1), "Question 2:" (2)."""
    if words and pattern.fullmatch(words[0].text):
        return 1
    if (len(words) > 1 and _WORD.fullmatch(words[0].text) and _NUMBER.fullmatch(words[1].text)
            and pattern.fullmatch(words[0].text + words[1].text)):
        return 2
    return 0


def _kind(segment: Segment) -> str:
    if _mark(segment.words, _QUESTION):
        return "Q"
    return "A" if _mark(segment.words, _ANSWER) else ""


def _answered(lines: list[_Line]) -> set[tuple[int, int]]:
    """The marked lines that pair up: a question with an answer mark after it, no other question
    between (a form lettered A to Q has no such pair; an interview has one per question)."""
    paired: set[tuple[int, int]] = set()
    for index, line in enumerate(lines):
        if line.kind != "Q":
            continue
        for after in lines[index + 1:index + 1 + _REACH]:
            if after.kind == "Q":
                break
            if after.kind == "A":
                paired.update({(line.paragraph, line.segment), (after.paragraph, after.segment)})
                break
    return paired


def _split_inline(segment: Segment) -> list[Segment]:
    """A question and its answer on one line ("Q: Is it new? A: Yes"): two lines."""
    words = segment.words
    for index in range(1, len(words) - 1):
        if words[index - 1].text.endswith("?") and _mark(words[index:], _ANSWER):
            return [Segment(words[:index]), Segment(words[index:])]
    return [segment]


def without_interview_marks(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each paired question and answer a paragraph of its own, its mark dropped."""
    split = [Paragraph(p.page, [part for s in p.segments for part in _split_inline(s)])
             for p in items]
    lines = [_Line(i, j, _kind(s)) for i, p in enumerate(split) for j, s in enumerate(p.segments)]
    paired = _answered(lines)
    if not paired:
        return items
    result: list[Paragraph] = []
    for i, paragraph in enumerate(split):
        current: list[Segment] = []
        for j, segment in enumerate(paragraph.segments):
            if (i, j) in paired:
                if current:
                    result.append(Paragraph(paragraph.page, current))
                pattern = _QUESTION if _kind(segment) == "Q" else _ANSWER
                rest = segment.words[_mark(segment.words, pattern):]
                current = [Segment(rest)] if rest else []
            else:
                current.append(segment)
        if current:
            result.append(Paragraph(paragraph.page, current))
    return result
