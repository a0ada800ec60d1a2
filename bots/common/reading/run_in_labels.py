"""Labels wherever a sender prints them on a line: at its start ("Goods: steel nails") or run in
after a sentence ("Our IOR number is 12-3456789. Merchandise: steel nails"), the value running
to the line's end."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A line's own numbering ("3.", "IV)", "b.", "(5)") is no part of its label.
_NUMBERING = re.compile(r"[ \t]*(?:(?:(?:\d+|[IVX]+|[A-Za-z])[.)]|\((?:\d+|[IVXivx]+|[A-Za-z])\))"
                        r"[ \t]+)?")
# A form's section or box named before the label: "Section II - Description of Merchandise:",
# "Box 3: Port:", "Part A. Importer No.:". It says where the box is, not what it holds.
_SECTION = re.compile(r"(?i)[ \t]*(?:section|part|box|item|block)[ \t]+(?:\d+|[IVX]+|[A-Z])[a-z]?"
                      r"[ \t]*[:.)\-–—][ \t]*")
# A sentence ends at ".", ";", "?" or "!" and a space; the next label may start there.
_SENTENCE_END = re.compile(r"[.;?!][ \t]+(?=[A-Za-z])")
_LONGEST_LABEL = 40
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
    """Every "label: value" of `text`, line by line, trying the line's start (with the previous
    line's last sentence, where a label may have wrapped from) before each place a sentence
    ends on it; a label holds no colon and at most 40 characters on its line."""
    offset = 0
    carried = ""  # the previous line's last sentence, if a label may have wrapped from it
    for line in text.split("\n"):
        numbering = _NUMBERING.match(line)
        first = numbering.end() if numbering else 0
        section = _SECTION.match(line, first)
        if section is not None and _LABEL.match(line, section.end()):
            first = section.end()
        starts = [first, *(m.end() for m in _SENTENCE_END.finditer(line) if m.end() > first)]
        for start in starts:
            match = _LABEL.match(line, start)
            if match is not None:
                span = (offset + match.start("what"), offset + match.end("what"))
                if start == first and carried:
                    # "The merchandise is described" / "as: ...": the label may have wrapped
                    # on to this line; the line's own label is tried next.
                    yield RunInLabel(f"{carried} {match.group('label')}", *span, True)
                yield RunInLabel(match.group("label"), *span, start > first)
        tail = line[starts[-1]:] if starts[-1] > first else ""
        carried = tail.strip() if len(tail) <= _LONGEST_LABEL and ":" not in tail else ""
        offset += len(line) + 1
