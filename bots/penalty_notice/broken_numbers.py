"""Entry numbers a narrow cell broke over two lines ("EGH-3873310-" over "3", "EGH-" over
"3873310-3"): an entry the table readers may not see.

An entry left out of the case understates the loss of duties (19 CFR 162.71(a)) and so the
penalty, while every other value reads right: a draft with nothing to doubt. Each number printed
so, whole once its two parts are joined, must be one of the entries read; one that is not goes to
a person with the number as printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bots.customs.identifiers import normalize_entry_number
from bots.penalty_notice.extract_entries import ENTRY_NUMBER
from tradebots.pdf import Word

# The part a wrap leaves on the upper line: the filer code with its hyphen, or with some of the
# transaction's digits ("EGH-", "EGH-387", "EGH-3873310-", "EGH-3873310").
_HEAD = re.compile(r"^[0-9A-Z]{3}(?:-\d{0,7}-?|\d{1,7})$")
_ALIGN = 4.0  # points: a wrapped cell's next line starts under its first
_GAP = 1.6  # line heights: how far below the head its tail may sit


def _tail(head: Word, words: Sequence[Word]) -> str | None:
    """The whole number HEAD and the word right under it make, or None."""
    for word in words:
        below = head.bottom - 1.0 < word.top <= head.bottom + _GAP * head.height
        if not below or abs(word.x0 - head.x0) > _ALIGN:
            continue
        joined = head.text + word.text
        if ENTRY_NUMBER.fullmatch(joined) and (parsed := normalize_entry_number(joined)):
            return parsed.normalized
    return None


def broken_numbers(pages: Iterable[Sequence[Word]]) -> list[tuple[str, str]]:
    """Each entry number printed over two lines: (the number whole, as printed)."""
    found: list[tuple[str, str]] = []
    for words in pages:
        for head in words:
            if (_HEAD.match(head.text) and not ENTRY_NUMBER.search(head.text)
                    and (whole := _tail(head, words)) is not None):
                found.append((whole, head.text))
    return found


def unread_broken(pages: Iterable[Sequence[Word]], read: Iterable[str]) -> tuple[str, ...]:
    """A doubt for each entry number broken over two lines that is none of the entries READ."""
    known = set(read)
    return tuple(f"Entry {whole} is printed over two lines ({printed!r} and the rest below it) "
                 "and was not read with its row: a person reads the entries."
                 for whole, printed in broken_numbers(pages) if whole not in known)
