"""A printing program's own head over a typed text: page furniture, never the sender's.

A text file printed by an editor or a print filter carries the program's head on every page,
the first too: Vim's :hardcopy "ruling.txt  Page 1" (its 'printheader' adds "[+]" to a file
with unsaved changes), enscript's "Fri Dec 04, 2026  ruling.txt  Page 1/2", a2ps's or
Notepad's file name over "Page 1 of 2". On the first page it stands where a letterhead would,
and would be read as the sender's name, or end the letter's head before its date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradebots.pdf import Segment

# A file's name or path: "ruling.txt", "~/letters/ruling-summary.txt", "C:\\docs\\req.txt".
# A name may hold spaces ("ruling request.txt"), not a dot before its extension's letters.
_FILE = re.compile(r"(?:[A-Za-z]:)?(?:[\w~. -]*[/\\])*[\w-][\w .-]*\.[A-Za-z][A-Za-z0-9]{0,4}")
_FLAGS = re.compile(r"\[(?:\+|-|RO|Help|Preview)\]")  # Vim's marks after the name
_PAGE = re.compile(r"(?i:page)\s+\d+(?:\s*(?:/|of)\s*\d+)?")
_EDGE = 2  # lines: the head is the page's first line (a foot its last), a date may stand apart


def is_print_head(line: Sequence[Segment]) -> bool:
    """Whether LINE is a printing program's head or foot: a file name set apart from the page
    number at the line's end (with at most a date or Vim's marks between them)."""
    cells = [s.text.strip() for s in line if s.text.strip()]
    if len(cells) < 2 or not _PAGE.fullmatch(cells[-1]):
        return False
    named = [c for c in cells[:-1] if _FILE.fullmatch(_FLAGS.sub("", c).strip())]
    # The other cells may only date the printing ("Fri Dec 04 00:19:23 2026", "12/04/2026").
    others = [c for c in cells[:-1] if c not in named]
    return len(named) == 1 and all(re.search(r"\d", c) and len(c) <= 32 for c in others)


def without_print_heads(lines: list[list[Segment]]) -> list[list[Segment]]:
    """The page's lines without a printing program's head at its top or foot at its bottom."""
    edges = {id(line) for line in [*lines[:_EDGE], *lines[-_EDGE:]]}
    return [line for line in lines if id(line) not in edges or not is_print_head(line)]
