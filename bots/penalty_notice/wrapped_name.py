"""A party's name too long for its value column, wrapped on to the line under it.

A case system's report sets each value at one column and wraps a long one under itself ("VIOLATOR
...... Harbor Reach Outfitters of" over "........ Greater Savannah, Inc."). A name goes on only
where it visibly does: its line ends on a joining word ("of", "&", "and", a comma), or the line
under it ends in the legal form the name lacks. A line that opens with a figure is the street's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradebots.pdf import Segment
from tradebots.pdf.labels import FieldText, LabelHit, read_below

# A name's line that stops on one of these words or marks is not the whole name.
_JOINING = r"(?:[&+]|\b(?:of|and|the|for|de|del|la|y|und|et))"
_OPEN_END = re.compile(rf"(?i)(?:{_JOINING}|[,/-])\s*$")
# Only a joining word says the name was cut: a comma also ends a name set over its address.
_CUT_SHORT = re.compile(rf"(?i){_JOINING}\s*$")
_LEGAL_FORM = (r"(?:Inc|L\.?L\.?C|Co|Corp|Corporation|Company|Ltd|Limited|L\.?P|LLP|GmbH|S\.A"
               r"|PLC|N\.V|B\.V|S\.?A\.?S|Pty)\.?")
_ENDS_IN_FORM = re.compile(rf"(?i)\b{_LEGAL_FORM}\s*$")
# The line under it: a few words with no figure, down to a legal form.
_FORM_LINE = re.compile(rf"(?i)^[A-Za-z&'.,\s-]{{0,60}}?\b{_LEGAL_FORM}\s*$")
_LEADER = re.compile(r"[\s.]*:?\s*")
# A line under the name that routes the mail or names another firm is no part of the name
# ("c/o Gulf Logistics Co.", "Attn: ...", "d/b/a Mariposa Home LLC").
_ANOTHER = re.compile(r"(?i)^\s*(?:c/o|care\s+of|attn|attention|d/?b/?a|doing\s+business|t/a"
                      r"|trading\s+as|by\b|via\b|through\b)")


# A name read with its address ("X, 12 Main St, City, ST 00000. Importer of" over the next
# line): what follows the ZIP code is a sentence going on, not the name.
_WITH_ADDRESS = re.compile(r"\b[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?\b")


def unfinished(name: str) -> bool:
    """Whether NAME stops on a joining word ("of", "&"): its line wrapped, the rest lost."""
    return bool(_CUT_SHORT.search(name)) and not _WITH_ADDRESS.search(name)


def name_wrapped(segments: Sequence[Segment], found: FieldText,
                 stop: re.Pattern[str]) -> FieldText:
    """FOUND, read right of the party's label, with the line under it when the name goes on."""
    if found.where != "right":
        return found
    first = next((w for w in found.words if not _LEADER.fullmatch(w.text)), None)
    cell = next((s for s in segments if first in s.words), None) if first else None
    if first is None or cell is None:
        return found
    at = cell.offsets()[cell.words.index(first)]
    below = read_below(segments, LabelHit(cell, at, len(cell.text)), stop, 1)
    # Only the very next line: a line further down, past another label's, is another value.
    if below is None or below.text[:1].isdigit() or below.words[0].top - cell.bottom > cell.height:
        return found
    if _ANOTHER.match(below.text):
        return found
    text = found.text.rstrip()
    if _WITH_ADDRESS.search(text):
        return found
    goes_on = bool(_OPEN_END.search(text)) or (_FORM_LINE.match(below.text.strip()) is not None
                                               and _ENDS_IN_FORM.search(text) is None)
    if not goes_on:
        return found
    return FieldText(f"{text} {below.text.strip()}", found.words + below.words, found.label,
                     "right")
