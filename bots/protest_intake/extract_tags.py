"""A memo's tag and the short value it pushed onto the next line: a tag wider than the memo's
indent ("Accelerated Disposition Requested:" / "[ ] Yes [X] No", man(7)'s .TP) answers on
the line under it, and is read as "tag: value" on one line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bots.protest_intake.phrasings import PROTEST

_TAG_WORDS = 6  # a tag names its element in a few words; a sentence says more
_VALUE_WORDS = 8  # "Yes - see Section IV below": a value under a tag is short
_ELEMENTS = ("further_review", "accelerated", "drawback")
_SENTENCE_END = re.compile(r"[.!?]$")


@dataclass(frozen=True)
class Clause:
    """A clause as the element readers take it: its span, its text, and a tag's value."""

    start: int
    end: int
    text: str
    value: str | None = None  # the value under a tag, when this clause joins the two


def tagged_clauses(text: str, spans: list[tuple[int, int]]) -> list[Clause]:
    """The clauses of TEXT, each element's tag alone on its line joined to the short value on
    the next line."""
    clauses: list[Clause] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        # The tag may end a clause the text runs on from the line above ("... GV-600" /
        # "Drawback:"): its own line is the tag.
        body = text[start:end].rstrip()
        tag_start = text.rfind("\n", start, start + len(body)) + 1 or start
        tag = text[tag_start:start + len(body)].strip()
        if index + 1 < len(spans) and _tag(tag):
            after_start, after_end = spans[index + 1]
            value = text[after_start:after_end].strip()
            if _short_value(value):
                if text[start:tag_start].strip():
                    clauses.append(Clause(start, tag_start, text[start:tag_start]))
                joined = f"{tag.removesuffix(':').rstrip()}: {value}"
                clauses.append(Clause(tag_start, after_end, joined, value))
                index += 2
                continue
        clauses.append(Clause(start, end, text[start:end]))
        index += 1
    return clauses


def _tag(line: str) -> bool:
    """A caption naming an element, alone on its line, its colon (if any) ending it."""
    bare = line.removesuffix(":")
    return "\n" not in line and ":" not in bare and 0 < len(bare.split()) <= _TAG_WORDS \
        and not _SENTENCE_END.search(bare) \
        and any(PROTEST.search(element, bare) for element in _ELEMENTS)


def _short_value(line: str) -> bool:
    """A value a tag pushed under it: one short line, no label of its own, no other element."""
    return "\n" not in line and ":" not in line and 0 < len(line.split()) <= _VALUE_WORDS \
        and not any(PROTEST.search(element, line) for element in _ELEMENTS)
