"""Labels wherever a sender prints them on a line: at its start ("Goods: steel nails") or run in
after a sentence ("Our IOR number is 12-3456789. Merchandise: steel nails"), the value running
to the line's end."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A line's own numbering ("3.", "IV)", "b.") is no part of its label.
_NUMBERING = re.compile(r"[ \t]*(?:(?:\d+|[IVX]+|[A-Za-z])[.)][ \t]+)?")
# A sentence ends at ".", ";", "?" or "!" and a space; the next label may start there.
_SENTENCE_END = re.compile(r"[.;?!][ \t]+(?=[A-Za-z])")
_LABEL = re.compile(r"(?P<label>[A-Za-z][^:\n]{1,40}?)[ \t]*:[ \t]*(?P<what>\S[^\n]*)")


@dataclass(frozen=True)
class RunInLabel:
    """One label and the span of the value after it, as offsets into the text; `run_in` when
    a sentence precedes the label on its line."""

    label: str
    start: int
    end: int
    run_in: bool


def labels_on_lines(text: str) -> Iterator[RunInLabel]:
    """Every "label: value" of `text`, line by line, trying the line's start before each place a
    sentence ends on it; a label holds no colon and at most 40 characters."""
    offset = 0
    for line in text.split("\n"):
        numbering = _NUMBERING.match(line)
        first = numbering.end() if numbering else 0
        starts = [first, *(m.end() for m in _SENTENCE_END.finditer(line) if m.end() > first)]
        for start in starts:
            match = _LABEL.match(line, start)
            if match is not None:
                yield RunInLabel(match.group("label"), offset + match.start("what"),
                                 offset + match.end("what"), start > first)
        offset += len(line) + 1
