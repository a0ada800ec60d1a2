"""The objection argued in a paragraph of its own after the particulars: a letter lodges the
protest ("We hereby protest the liquidation of the entries on the following entries: ..."),
gives the entries and a labelled line or two ("Merchandise: ..."), then says why in prose with
no heading, before its requests and the drawback declaration (174.13(a)(6))."""

from __future__ import annotations

import re

from bots.protest_intake.clauses import whole_clauses
from bots.protest_intake.extract_elements import (
    DEFERRED,
    ends_reasons,
    justifies,
    label_line,
    lodged_sentence,
)
from bots.protest_intake.extract_entries import ENTRY_IN_TEXT
from bots.protest_intake.extract_fields import PROSE, Fields, fold
from tradebots.pdf import TextStream

# What is left of an entry list cut at its abbreviations: "entry no.", "Entry Nos.", "and".
_LIST_FRAGMENT = re.compile(r"(?i)^\W*(?:and\s+)?(?:entr(?:y|ies)\s+)?(?:nos?\.?|numbers?)?\W*$")
# ... and the same left at the lodging sentence's end: "... on the following entries: entry no."
_LIST_FRAGMENT_END = re.compile(r"(?i)\s*\bentr(?:y|ies)\s+nos?\.?$")
_REACH = 1200  # characters of reasons: a paragraph or two, not the rest of the letter


def read_argued_after(stream: TextStream, fields: Fields) -> None:
    """Put the lodging sentence and the unheaded reasons after its particulars as the
    objection, when those reasons say why; nothing when another cue read the objection."""
    if "objection_text" in fields.items or DEFERRED in fields.items:
        return
    lodged = lodged_sentence(stream)
    if lodged is None or lodged[2] > lodged[1]:
        return  # reasons run on from the lodging sentence: read there already
    text = stream.text
    start, end, _ = lodged
    reasons = _after_particulars(text, end)
    if reasons is None:
        return
    first, last = reasons
    if justifies(fold(text[first:last])):
        lodging = _LIST_FRAGMENT_END.sub("", fold(text[start:end]))
        fields.put("objection_text", f"{lodging} {fold(text[first:last])}",
                   stream.evidence(start, last), PROSE)


def _after_particulars(text: str, after: int) -> tuple[int, int] | None:
    """Where the prose after the particulars that follow AFTER starts and ends; None when no
    particulars follow or no prose comes before the next element or the close."""
    particulars = False
    first: int | None = None
    last = after
    for start, end in whole_clauses(text):
        if start < after:
            continue
        clause = text[start:end]
        if first is None:
            lines = clause.strip().split("\n")
            if ENTRY_IN_TEXT.search(clause) or _LIST_FRAGMENT.match(clause):
                particulars = True
                continue
            if label_line(lines[0]):
                particulars = True
                if len(lines) == 1:
                    continue
                # The labelled line runs on into the reasons (it ends with no stop).
                start = start + clause.index(lines[1], len(clause) - len(clause.lstrip())
                                             + len(lines[0]))
                clause = text[start:end]
            if not particulars:
                return None
            first = start
        if ends_reasons(clause) or label_line(clause.strip().split("\n")[0]) \
                or ENTRY_IN_TEXT.search(clause) or end - first > _REACH:
            break
        last = end
    return (first, last) if first is not None and last > first else None
