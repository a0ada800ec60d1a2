"""The objection argued in a paragraph of its own after the particulars: a letter lodges the
protest ("We hereby protest the liquidation of the entries on the following entries: ..."),
gives the entries and a labelled line or two ("Merchandise: ..."), then says why in prose with
no heading, before its requests and the drawback declaration (174.13(a)(6))."""

from __future__ import annotations

import re

from bots.protest_intake.clauses import whole_clauses
from bots.protest_intake.extract_entries import ENTRY_IN_TEXT
from bots.protest_intake.extract_fields import PROSE, Fields, fold
from bots.protest_intake.extract_objection_lodged import lodged_sentence
from bots.protest_intake.extract_objection_reasons import (
    DEFERRED,
    argued_words,
    ends_reasons,
    justifies,
    label_line,
)
from tradebots.pdf import TextStream

# What is left of an entry list cut at its abbreviations: "entry no.", "Entry Nos.", "and".
_LIST_FRAGMENT = re.compile(r"(?i)^\W*(?:and\s+)?(?:entr(?:y|ies)\s+)?(?:nos?\.?|numbers?)?\W*$")
# ... and the same left at the lodging sentence's end: "... on the following entries: entry no."
_LIST_FRAGMENT_END = re.compile(r"(?i)\s*\bentr(?:y|ies)\s+nos?\.?$")
# A line that stops its sentence: a full stop not after "no." / "nos.".
_STOPPED = re.compile(r"(?i)(?<!\bno)(?<!\bnos)\.\W*$")
# A label's value wrapped under it: a line starting in small letters or digits, or a few words
# with no stop ("TX-750", "model 12B").
_WRAPPED = re.compile(r"^(?:[a-z0-9(]|(?:\S+\s+){0,2}\S+$)")
_REACH = 1200  # characters of reasons: a paragraph or two, not the rest of the letter


def read_argued_after(stream: TextStream, fields: Fields) -> None:
    """Put the lodging sentence and the unheaded reasons after its particulars as the
    objection, when those reasons say why; nothing when another cue read the objection."""
    if "objection_text" in fields.items or DEFERRED in fields.items:
        return
    lodged = lodged_sentence(stream)
    if lodged is None:
        return
    text = stream.text
    start, end, _ = lodged
    reasons = _after_particulars(text, end)
    if reasons is None:
        return
    first, last = reasons
    if justifies(argued_words(text[first:last])):
        lodging = _LIST_FRAGMENT_END.sub("", fold(text[start:end]))
        fields.put("objection_text", f"{lodging} {fold(text[first:last])}",
                   stream.evidence(start, last), PROSE)


def _particulars_end(lines: list[str], carried: str | None) -> tuple[int, str | None, bool]:
    """How many of LINES are particulars a letter lists after lodging its protest (entries and
    their wrapped dates, labelled lines, a list's lead-in "The particulars:"), what the last of
    them carries into the next clause ("entry" unstopped, "label"), and whether any was seen."""
    seen = False
    for index, line in enumerate(lines):
        bare = line.strip()
        if not bare or _LIST_FRAGMENT.match(bare):
            continue
        if ENTRY_IN_TEXT.search(bare) or (carried == "entry" and _WRAPPED.match(bare)):
            # An entry list runs on over its lines until its sentence stops.
            carried = None if _STOPPED.search(bare) else "entry"
        elif label_line(bare):
            carried = "label"
        elif carried == "label" and _WRAPPED.match(bare):
            carried = None  # a label's value wrapped on to the next line
        else:
            return index, carried, seen
        seen = True
    return len(lines), carried, seen


def _after_particulars(text: str, after: int) -> tuple[int, int] | None:
    """Where the prose after the particulars that follow AFTER starts and ends; None when no
    particulars follow or no prose comes before the next element or the close."""
    particulars = False
    carried: str | None = None
    first: int | None = None
    last = after
    for start, end in whole_clauses(text):
        if end <= after:
            continue
        start = max(start, after)
        if first is None:
            # The particulars' lines are skipped; the clause they end may run on into prose.
            lines = text[start:end].split("\n")
            count, carried, seen = _particulars_end(lines, carried)
            particulars = particulars or seen
            if count == len(lines):
                continue
            if not particulars:
                return None
            offset = start + sum(len(line) + 1 for line in lines[:count])
            start = first = offset + len(text[offset:end]) - len(text[offset:end].lstrip())
        clause = text[start:end]
        if ends_reasons(clause) or label_line(clause.strip().split("\n")[0]) \
                or ENTRY_IN_TEXT.search(clause) or end - first > _REACH:
            break
        last = end
    return (first, last) if first is not None and last > first else None
