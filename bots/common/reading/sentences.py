"""Sentences of running text, and the finer clauses a filled letter is read in: a full stop
after an abbreviation or a citation ("U.S.", "Inc.", "19 C.F.R.") does not end a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from bots.common.reading.lines import BROKEN_PHRASE

ABBREVIATIONS = ("U.S.", "No.", "Nos.", "v.", "Inc.", "Co.", "Corp.", "Ltd.", "St.", "e.g.",
                 "i.e.", "Mr.", "Ms.", "Dr.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.",
                 "Dec.", "C.F.R.", "U.S.C.")
SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(/])")
# A clause ends at a stop, or before a numbered line ("2. ..."), which opens an item of its own.
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)|\n(?=[ \t]*(?:\d+|[IVX]+)[.)]\s)")
_HEADING_WIDTH = 60  # characters: a shorter line without a full stop is a heading of its own
# A line that opens a statement of its own: a pronoun or "The ..." as subject, a verb after it
# ("The principal use of the merchandise is ...", "Its component materials are ...").
_OWN_STATEMENT = re.compile(r"[ \t]*(?:The|Its|Their|It|They|These|This)\s[^\n]{0,80}?"
                            r"\b(?:is|are|was|were|will|has|have|consists?)\b")


def is_abbreviation(word: str) -> bool:
    """Whether a word ending in a full stop is an abbreviation, not a sentence's end."""
    return word.endswith(ABBREVIATIONS)


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of `text` (line breaks inside a sentence are white space)."""
    start = 0
    for match in SENTENCE_END.finditer(text):
        before = text[start:match.start()].rsplit(None, 1)
        if before and is_abbreviation(before[-1]):
            continue
        yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def statement_below(text: str) -> int | None:
    """Where a line of TEXT opens a statement of its own under a line that ended without its
    full stop (a caption's value typed without one, the next fact as a sentence under it)."""
    offset = 0
    for line, following in pairwise(text.split("\n")):
        offset += len(line) + 1
        if (line.strip() and not BROKEN_PHRASE.search(line)
                and not line.rstrip().endswith((".", ":", ";"))
                and _OWN_STATEMENT.match(following)):
            return offset
    return None


def clauses(text: str) -> Iterator[tuple[int, int]]:
    """Spans of sentences and clauses of a multi-line text (a heading line is one of its own)."""
    cuts = {m.end() for m in _CLAUSE_END.finditer(text) if not _cites_on(text, m.end())}
    offset = 0
    for line in text.split("\n"):
        offset += len(line) + 1
        # A narrow column's short line that stops mid-phrase ("... declares that the") is no
        # heading: the sentence runs on. (A next line in lower case is no sign: an export's
        # "further_review = N" is followed by "accelerated_disp = Y".)
        if len(line.strip()) < _HEADING_WIDTH and not BROKEN_PHRASE.search(line):
            cuts.add(offset)
    start = 0
    for cut in sorted(cuts | {len(text)}):
        if text[start:cut].strip():
            yield start, cut
        start = cut


def _cites_on(text: str, stop: int) -> bool:
    """A stop that ends an abbreviation followed by a number ("19 U.S.C. 1515(a) is requested",
    "Entry No. 5"): a citation running on, not a clause's end."""
    words = text[:stop].rsplit(None, 1)
    return bool(words) and is_abbreviation(words[-1]) and bool(
        re.match(r"[ \t]+\d", text[stop:stop + 3]))


def answered_clauses(text: str) -> Iterator[tuple[int, int]]:
    """Clauses, a question running on to the answer printed after it on its line."""
    for start, end in clauses(text):
        if text[start:end].rstrip().endswith("?"):
            line_end = text.find("\n", end)
            end = len(text) if line_end < 0 else line_end
        yield start, end
