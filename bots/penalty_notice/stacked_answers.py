"""What a form ticks among options stacked under its question, one drawn box a line: the 1592(c)
culpability among its levels, the Yes/No of the prior disclosure (1592(c)(4)), and a commercial
or noncommercial importation (162.77(c)). The label reader takes the first option printed under
the question, ticked or not; only the drawn mark answers, and none or two ticked leave the
question to a person."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.questions import on_same_line
from bots.common.reading.stacked_boxes import StackedOptions, stacked_options
from bots.penalty_notice.culpability import culpability_named
from bots.penalty_notice.extract_header import LABELLED
from bots.penalty_notice.extract_prose import read_noncommercial
from tradebots.facts import Evidence, Extracted
from tradebots.pdf import PdfDocument, TextStream, Word
from tradebots.pdf.words import evidence_of

_YES_NO = re.compile(r"(?i)^(yes|no)\b")
# The questions a pair of Yes/No boxes answers, and whether "Yes" means the field is false.
_QUESTIONS = (
    ("prior_disclosure", re.compile(r"(?i)\bprior\s+disclos|\bdisclos(?:ed|ure)\s+(?:made|filed)"),
     False),
    ("noncommercial", re.compile(r"(?i)\bnon[\s-]*commercial"), False),
    ("noncommercial", re.compile(r"(?i)\bcommercial\s+(?:importation|shipment|entry)"), True),
)
_KIND = re.compile(r"(?i)^(?:(non)[\s-]*)?commercial\b")


def read_stacked_answers(document: PdfDocument, stream: TextStream,
                         labelled: dict[str, Extracted], prose: dict[str, Extracted]) -> None:
    """Each column of drawn boxes under its question replaces what the label and sentence
    readers took from the options' words."""
    for group in stacked_options(document):
        captions = [_text(words) for _, words in group.options]
        ticked = [(box, words) for box, words in group.options if box.ticked]
        if len({culpability_named(c) for c in captions} - {None}) >= 2:
            labelled.pop("culpability", None)
            if len(ticked) == 1 and (level := culpability_named(_text(ticked[0][1]))):
                labelled["culpability"] = Extracted(level, evidence_of(list(ticked[0][1])),
                                                    LABELLED)
            _unread(group, prose, "culpability")
        elif all(_YES_NO.match(c) for c in captions):
            if (key := _answer_question(group, ticked, labelled)) is not None:
                _unread(group, prose, key)
        elif {(m.group(1) or "").lower() for c in captions if (m := _KIND.match(c))} == {"", "non"}:
            labelled.pop("noncommercial", None)
            if len(ticked) == 1 and (kind := _KIND.match(_text(ticked[0][1]))):
                labelled["noncommercial"] = Extracted(bool(kind.group(1)),
                                                      evidence_of(list(ticked[0][1])), LABELLED)
            _unread_options(stream, group, prose)


def _answer_question(group: StackedOptions, ticked: Sequence[tuple[object, tuple[Word, ...]]],
                     labelled: dict[str, Extracted]) -> str | None:
    """The field the QUESTION over a Yes/No pair asks, answered by its one ticked box."""
    question = _text(group.question)
    for key, asked, inverse in _QUESTIONS:
        if not asked.search(question):
            continue
        labelled.pop(key, None)
        answer = _YES_NO.match(_text(ticked[0][1])) if len(ticked) == 1 else None
        if answer is not None:
            # The question and its answer: a sentence reader's take of either line is this one.
            labelled[key] = Extracted((answer.group(1).lower() == "yes") != inverse,
                                      evidence_of([*group.question, *ticked[0][1]]), LABELLED)
        return key
    return None


def _unread(group: StackedOptions, prose: dict[str, Extracted], key: str) -> None:
    """The sentence reader's KEY read from the question's or an option's own words is no
    statement of its own."""
    lines = [evidence_of(list(words)) for words in (group.question, *(w for _, w in group.options))
             if words]
    told = prose.get(key)
    if told is not None and any(on_same_line(told.evidence, line) for line in lines):
        del prose[key]


def _unread_options(stream: TextStream, group: StackedOptions,
                    prose: dict[str, Extracted]) -> None:
    """The sentence reader's noncommercial read from an option's own word is no statement; a
    sentence elsewhere may still say it."""
    options: list[Evidence] = [evidence_of(list(words)) for _, words in group.options]
    told = prose.get("noncommercial")
    if told is None or not any(on_same_line(told.evidence, o) for o in options):
        return
    del prose["noncommercial"]
    if (other := read_noncommercial(stream, options)) is not None:
        prose["noncommercial"] = other


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)
