"""Clauses of a filled letter as the protest's element readers take them: a clause that stops
mid-phrase at a line's end goes on, one cut at an abbreviation is whole again, and a line that a
label's bare answer ends ("Further review requested: NO") is a clause of its own."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bots.common.reading.sentences import answered_clauses, clauses, is_abbreviation

# A line that ends in a label's bare answer ("Further review requested: NO") ends its clause,
# though a long line runs on into the next in the text's clauses.
# So does a line that ends in a ticked or empty box's answer ("...drawback? [ ] Yes [X] No"):
# the sentence below it is not the box's option text.
_ANSWER_ENDS_LINE = re.compile(
    r"(?i)(?:[:?]|[\[(][^\])\n]{0,3}[\])]|[\u2610\u2611\u2612\u25a0\u25a1])[^\S\n]*"
    r"(?:yes|no|none|n/a)[^\S\n]*\.?[^\S\n]*\n")
# A short line that stops on a word that cannot end a sentence ("... will not be, subject to")
# goes on below: the clause is not cut there.
_GOES_ON = re.compile(r"(?i)\b(?:to|by|at|from|on|as|is|are|be|been|not|that|under|into)[ \t]*\n?$")


def _joined(text: str) -> list[tuple[int, int]]:
    """The answered clauses, a clause that ends mid-phrase at a line's end joined to the next."""
    return joined_where(text, answered_clauses(text), _GOES_ON)


def joined_where(text: str, spans: Iterable[tuple[int, int]],
                 goes_on: re.Pattern[str]) -> list[tuple[int, int]]:
    """SPANS of TEXT, each one whose text `goes_on` matches joined to the next."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and goes_on.search(text[joined[-1][0]:joined[-1][1]]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def answered(text: str) -> list[tuple[int, int]]:
    """The text's answered clauses, each cut after a line that a label's bare answer ends: "...
    requested: NO" and "Accelerated disposition is requested" are two answers, not one refusal."""
    spans: list[tuple[int, int]] = []
    for start, end in _joined(text):
        for cut in _ANSWER_ENDS_LINE.finditer(text, start, end):
            spans.append((start, cut.end() - 1))
            start = cut.end()
        if text[start:end].strip():
            spans.append((start, end))
    return spans


def whole_clauses(text: str) -> list[tuple[int, int]]:
    """Clauses, one cut after an abbreviation ("Harbor Lamp Co." / "objects to ...") undone."""
    spans: list[tuple[int, int]] = []
    for start, end in clauses(text):
        words = text[spans[-1][0]:spans[-1][1]].split() if spans else []
        if words and is_abbreviation(words[-1]) and text[start:end].strip()[:1].islower():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans
