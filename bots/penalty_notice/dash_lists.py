"""A list typed with dashes ("- Fennimore Bicycle Parts Co." over "- 2300 Commerce Way"): its
items are read without the dash, as a bulleted item's label is (bots.common.reading.printouts)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradebots.pdf import Segment

# The typed bullet: a hyphen, an en or em dash or a star standing alone before the item's words.
_DASH = re.compile(r"[-*\u2013\u2014]")
_LIST_LENGTH = 2  # a dash opening one line alone may be a sentence's own dash, or a minus


def _dashed(line: Sequence[Segment]) -> bool:
    words = [word.text for segment in line for word in segment.words]
    return len(words) > 1 and bool(_DASH.fullmatch(words[0])) and words[1][:1].isalnum()


def _undashed(line: Sequence[Segment]) -> list[Segment]:
    first, *rest = line
    if len(first.words) > 1:
        return [Segment(first.words[1:]), *rest]
    return list(rest)


def undashed(lines: Sequence[list[Segment]]) -> list[list[Segment]]:
    """LINES (one page's) with the dash taken off every item of a list of two or more dashed
    lines; a dashed line's unmarked continuation ("entered value ...") stays in its list."""
    dashed = [bool(line) and _dashed(line) for line in lines]
    out: list[list[Segment]] = []
    for index, line in enumerate(lines):
        in_list = dashed[index] and (
            any(dashed[index + 1:index + 3]) or any(dashed[max(0, index - 2):index]))
        out.append(_undashed(line) if in_list else list(line))
    return out
