"""Entries told with their duties in words the reader does not know: never left out unseen.

"Entry X, entered ..., duty paid $1,596.69, revised duty $4,151.41": when the owed duty's wording
is not one the reader knows, the entry was not read, and the case was drafted on the others, its
loss of duties short (19 CFR 162.71(a)). An entry number followed by its duties' amounts that is
none of the entries read goes to a person.
"""

from __future__ import annotations

import re

from bots.customs.identifiers import normalize_entry_number
from bots.penalty_notice.extract_entries import ENTRY_NUMBER
from tradebots.pdf import TextStream

_REACH = 400  # characters after an entry number that may still tell its figures
_DUTY = re.compile(r"(?i)\bdut(?:y|ies)\b")
# An amount with its currency, a clause's comma after it or not ("$1,596.69, revised duty").
_AMOUNT = re.compile(r"(?i)(?:US\s?\$|USD|\$)\s?\d[\d,]*(?:\.\d{2})?")


def unread_told(stream: TextStream, read: set[str]) -> tuple[str, ...]:
    """A doubt for each entry number in STREAM told with two amounts and a duty, up to the next
    number, that is none of the entries READ."""
    found = list(stream.finditer(ENTRY_NUMBER))
    doubts: list[str] = []
    for index, match in enumerate(found):
        parsed = normalize_entry_number(match.group(0))
        if parsed is None or parsed.normalized in read or parsed.normalized in doubts:
            continue
        end = found[index + 1].start() if index + 1 < len(found) else len(stream.text)
        chunk = stream.text[match.end():min(end, match.end() + _REACH)]
        if _DUTY.search(chunk) and len(_AMOUNT.findall(chunk)) >= 2:
            doubts.append(parsed.normalized)
    return tuple(f"Entry {number} is told with its duties but could not be read as one of the "
                 "case's entries: a person reads the entries." for number in doubts)
