"""A free-text box that only points to another sheet ("Remarks: See attached", "NOTES" over
"See continuation sheet"): the sender's words stand on that sheet. Where the reader read no
objection (19 CFR 174.13(a)(6)) or goods (a)(5), they may be on it, so their absence is unsure."""

from __future__ import annotations

import re
from itertools import pairwise

from bots.protest_intake.extract_fields import POINTER, Fields
from bots.protest_intake.extract_stacked import caption_of

# A box's caption run in before its value: "Remarks: See attached", "Notes - see rider".
_RUN_IN = re.compile(r"^\s*(?P<caption>[A-Za-z][A-Za-z &/'()-]{1,40}?)\s*(?::|\s-\s)\s*"
                     r"(?P<value>\S.*)$")
# A caption on a line of its own over the pointer: a few words, no sentence.
_CAPTION_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z &/'()-]{1,40}:?\s*$")
# A sheet's own heading printed with the protest ("RIDER - STATEMENT OF GROUNDS", "ATTACHMENT A",
# "CONTINUATION SHEET"): the sheet pointed to is there, and the readers read it as they find it.
_SHEET = re.compile(r"(?im)^\W*(?:rider|attachment|continuation|annex|addendum|schedule|exhibit"
                    r"|appendix)\b(?!.*\b(?:see|refer)\b)")
# A pointer to a page of the protest by its number ("see page 2"), and that page's own heading
# printed in the text ("PAGE 2 - REASONS FOR PROTEST"): the page is here, read with the rest.
_TO_PAGE = re.compile(r"(?i)\b(?:see|refer\s+to|on|at)\s+page\s+(?P<n>\d{1,2})\b")


def _page_printed(value: str, text: str) -> bool:
    to = _TO_PAGE.search(value)
    return to is not None and re.search(
        rf"(?im)^\W*page\s+{to['n']}\s*[-\u2013\u2014:]\s*[A-Za-z]", text) is not None


# A printout's page-break line ("*** CONTINUED ON PAGE 2 ***", "- continued on next page -")
# points nowhere away when the next page says it goes on from it ("CONTINUED FROM PAGE 1"):
# that page is printed with the protest, and read with the rest.
_PAGE_BREAK = re.compile(r"(?i)^\W*(?:continued|cont'?d\.?)\s+(?:on|to)\s+(?:the\s+)?"
                         r"(?:next\s+page|page\s+\d{1,2}|p\.\s*\d{1,2})\W*$")
_CONTINUED_FROM = re.compile(r"(?im)^\W*(?:continued|cont'?d\.?)\s+from\s+(?:the\s+)?"
                             r"(?:previous\s+page|page\s+\d{1,2}|p\.\s*\d{1,2})\W*$")


# The elements a free-text box may hold, by the field that gives each.
_ITEMS = {"objection_text": 6, "merchandise_description": 5}


def pointed_away(fields: Fields, text: str) -> frozenset[int]:
    """The items not read whose box (or a box of no known field) points to another sheet that
    is not printed with the protest."""
    missing = {item for key, item in _ITEMS.items() if key not in fields.items}
    if not missing or _SHEET.search(text):
        return frozenset()
    unsure: set[int] = set()
    lines = text.split("\n")
    turned = _CONTINUED_FROM.search(text) is not None
    for above, line in pairwise(["", *lines]):
        if turned and _PAGE_BREAK.match(line):
            continue
        run_in = _RUN_IN.match(line)
        if run_in is not None and _page_printed(run_in["value"], text):
            continue  # "Reasons: see page 2" over a page 2 headed "PAGE 2 - REASONS ...": read
        if run_in is not None and POINTER.match(run_in["value"]):
            caption = run_in["caption"]
        elif POINTER.match(line) and _CAPTION_LINE.match(above):
            caption = above
        else:
            continue
        key = caption_of(caption.strip())
        if key is None:  # a box of the sender's own ("Remarks"): it may hold either
            unsure |= missing
        elif key in _ITEMS:
            unsure |= missing & {_ITEMS[key]}
        # a box of another field ("Entries: see attached schedule") holds that field's value
    return frozenset(unsure)
