"""A numbered item set with a hanging indent: its next lines start under the words
after its number ("1.1 Harbor Goods LLC, 12 Pier Road," over "importer number 12-3456789, ..."),
not under the number, and are the same paragraph."""

from __future__ import annotations

import re

from tradebots.pdf import Segment

# An item's number: "1.", "1.1", "2.1.3", "(a)", "b)", "iv.". (Not a bullet: a bulleted item's
# first sentence may name the goods the lines under it go on to describe, a paragraph apart;
# the twenty-eighth hand's e-mail read its goods so, and joined them it read none.)
_ITEM_MARK = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|\(?[A-Za-z]\)|[a-z]\.|[ivxIVX]{1,4}\.")
_WORDS = 5  # the item's line holds a sentence's words: a heading's "1.0 PARTIES" holds none
_ALIGN = 6.0  # points: the next line starts under the item's first word, give or take


def under_item_words(last: Segment, segment: Segment) -> bool:
    """Whether SEGMENT starts under the first word after LAST's item number, right of the
    number, where LAST holds a sentence's words and no caption ending in a colon."""
    words = last.words
    return (len(words) >= _WORDS and _ITEM_MARK.fullmatch(words[0].text) is not None
            and last.x0 < segment.x0 and abs(words[1].x0 - segment.x0) <= _ALIGN
            and not last.text.rstrip().endswith(":"))
