"""A yes/no question's answer however a sender gives it, for every bot: typed ("Yes", "N", "N/A",
"None", "X"), after a prompt ("Y/N: N"), in typed, glyph or radio boxes ("[X] Yes [ ] No",
"( ) Yes (x) No", "◉ Yes ○ No"), or as the one answer a bare mark stands by. Domain-free: the
five states say what the sender wrote; each bot decides what a state means for its question.
"""

from __future__ import annotations

import re
from enum import Enum

from bots.common.reading.tick_boxes import boxed_options, marked, prints_boxes


class Answer(Enum):
    """What a question's answer says."""

    YES = "yes"
    NO = "no"
    NOT_APPLICABLE = "not applicable"
    UNANSWERED = "unanswered"
    CONTRADICTORY = "contradictory"


# A radio button prints its state as a glyph: a dot in a ring is chosen, a ring alone is not.
_RADIO_ON = re.compile(r"[◉●⦿◙]|\(\s*[•●·]\s*\)")
_RADIO_OFF = re.compile(r"[○◯◦]")
# The form's own prompt for the answer, which answers nothing: "Y/N:", "(Yes/No)", "Y or N -".
_PROMPT = re.compile(r"(?i)^\W*\(?\s*(?:y\s*/\s*n|yes\s*/\s*no|y\s+or\s+n|yes\s+or\s+no)\s*\)?"
                     r"\s*[:=\-–—]?\s*")
# One answer word. "N/A" before "N", "None" and "Not applicable" before "No": the longest wins.
_WORD = re.compile(
    r"(?i)(?<![\w/])(?:(?P<na>n\s*/\s*a|n\.a\.|na|not\s+applicable|inapplicable|does\s+not\s+apply)"
    r"|(?P<no>none|no|n|false)|(?P<yes>yes|y|true))(?![\w/])"
)
# What may stand before the one answer word: a separator, or the mark that ticks it ("X No").
_LEAD = re.compile(r"[\s:=\-–—.(\[\"']*(?:[xX✓✔]\s+)?")
_BARE_MARK = re.compile(r"^\W*[xX✓✔]\W*$")
_EMPTY = re.compile(r"^[\s\W_]*$")


def answer_in(text: str) -> Answer:
    """The answer TEXT gives: the words printed after (or under) a question, nothing more."""
    text = _PROMPT.sub("", _radio_as_boxes(text), count=1)
    if prints_boxes(text):
        return _boxed(text)
    words = list(_WORD.finditer(text))
    states = {_state(m) for m in words}
    if len(states) > 1:
        # A form's pair printed and left to be marked: the mark says which ("X Yes No").
        chosen = {_state(m) for m in marked(text, words)}
        return chosen.pop() if len(chosen) == 1 else Answer.UNANSWERED
    if words and _LEAD.fullmatch(text[:words[0].start()]):
        return states.pop()
    if _BARE_MARK.match(text):
        return Answer.YES  # a lone cross under or beside a question ticks it
    # Empty, or a sentence rather than an answer word: nothing is read from it.
    return Answer.UNANSWERED


def is_answer(text: str) -> bool:
    """Whether TEXT holds nothing but an answer (a word, a prompt, boxes, marks): what a line or
    a cell under a question holds when it answers it."""
    rest = _WORD.sub(" ", _PROMPT.sub("", _radio_as_boxes(text), count=1))
    rest = re.sub(r"\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[xX✓✔☒☑■☐□]", " ", rest)
    return bool(_WORD.search(text) or _BARE_MARK.match(text)) and _EMPTY.match(rest) is not None


def _radio_as_boxes(text: str) -> str:
    return _RADIO_OFF.sub("[ ]", _RADIO_ON.sub("[X]", text))


def _state(match: re.Match[str]) -> Answer:
    if match.group("na"):
        return Answer.NOT_APPLICABLE
    return Answer.NO if match.group("no") else Answer.YES


def _boxed(text: str) -> Answer:
    """Boxes answer by which are ticked: one answer ticked is it, none is no answer, answers of
    both kinds ticked contradict. A lone box with no answer word is the question's own box."""
    options = boxed_options(re.sub(r"\(\s*([xX✓✔])\s*\)", r"[\1]", re.sub(r"\(\s+\)", "[ ]", text)))
    if not options:
        return Answer.UNANSWERED
    if len(options) == 1 and not _WORD.search(options[0].words):
        return Answer.YES if options[0].ticked else Answer.NO
    ticked = {_state(m) for o in options if o.ticked
              for m in [_WORD.match(o.words.strip(" .:"))] if m is not None}
    if len(ticked) > 1:
        return Answer.CONTRADICTORY
    return ticked.pop() if ticked else Answer.UNANSWERED

