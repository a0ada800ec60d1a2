"""Sentences of running text: a full stop after an abbreviation, an initial or a citation
("U.S.", "Inc.", "J.", "19 C.F.R.") does not end one."""

from __future__ import annotations

import re
from collections.abc import Iterator

ABBREVIATIONS = ("U.S.", "No.", "Nos.", "v.", "Inc.", "Co.", "Corp.", "Ltd.", "St.", "e.g.",
                 "i.e.", "Mr.", "Ms.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.",
                 "Dec.", "C.F.R.", "U.S.C.", "Ave.", "Blvd.", "Esq.", "Jr.", "Sr.", "Mrs.",
                 "L.L.C.", "L.L.P.", "P.C.", "vs.", "Bros.")
SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(/])")
_INITIAL = re.compile(r"(?:^|\W)[A-Z]\.$")  # "J." of "J. Smith"


def is_abbreviation(word: str) -> bool:
    """Whether a word ending in a full stop is an abbreviation or an initial, not a sentence end."""
    return word.endswith(ABBREVIATIONS) or bool(_INITIAL.search(word))


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of `text` (line breaks inside a sentence are white space)."""
    start = 0
    for match in SENTENCE_END.finditer(text):
        before = text[start:match.start()].rsplit(None, 1)
        if before and is_abbreviation(before[-1]):
            continue
        yield start, match.start()
        start = match.end()
    if text[start:].strip():
        yield start, len(text)
