"""Captions printed on a line of their own with the value on the line below ("Protestant" /
"Cedar & Pine LLC"): the web-form or sidebar letter's stacked fields, 19 CFR 174.13(a)(1),
(a)(2) and (a)(5)."""

from __future__ import annotations

import re

from bots.protest_intake.extract_fields import Fields, fold, importer_number_in
from tradebots.pdf import TextStream

STACKED = 0.9  # a value under its own caption: a label, but not on the value's line
_LABELLED_LINE = re.compile(r"[A-Za-z][\w/'’ .#-]{0,40}:\s")
_NUMBER = re.compile(r"^\d{1,2}\s*[.)]\s*")
_CAPTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("protestant_name", re.compile(
        r"(?:name\s+of\s+(?:the\s+)?(?:protestant|protesting\s+party|importer)|protestant"
        r"|protesting\s+party|importer(?:\s+of\s+record)?(?:'s)?\s+name|importer\s+of\s+record)",
        re.I)),
    ("protestant_address", re.compile(
        r"(?:(?:protestant|importer|protesting\s+party)(?:'|’)?s?\s+)?(?:business\s+|mailing\s+)?"
        r"address(?:\s+of\s+(?:the\s+)?(?:protestant|importer|protesting\s+party))?", re.I)),
    ("importer_number", re.compile(
        r"(?:importer(?:\s+of\s+record)?|IOR|IRS|EIN|IRS\s*/\s*EIN)\s*(?:no\.?|number|#)?"
        r"|importer\s+identification\s+number", re.I)),
    ("merchandise_description", re.compile(
        r"commodity|(?:merchandise|goods)(?:\s+protested)?|(?:specific\s+)?description\s+of\s+(?:the\s+)?"
        r"(?:merchandise|goods)|merchandise\s+description", re.I)),
)


def caption_of(line: str) -> str | None:
    """The field a line names when it is nothing but that field's caption (a colon allowed)."""
    # A numbered caption ("1. NAME OF PROTESTING PARTY") is a caption all the same.
    bare = _NUMBER.sub("", line.strip().rstrip(":").strip())
    return next((key for key, pattern in _CAPTIONS if pattern.fullmatch(bare)), None)


def read_stacked(stream: TextStream, fields: Fields) -> None:
    """Each caption line's value from the next line, unless that line is itself a caption (the
    field left blank) or, for the importer number, does not hold one."""
    text = stream.text
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for index, line in enumerate(lines[:-1]):
        key = caption_of(line)
        below = lines[index + 1].strip()
        # "Merchandise" over "Goods: steel spades": a heading over a labelled line, whose own
        # label the line readers take it by.
        if key is None or key in fields.items or not below or caption_of(below) \
                or _LABELLED_LINE.match(below):
            continue
        value: str | None = fold(below)
        if key == "importer_number":
            value = importer_number_in(below)
        start = starts[index + 1]
        fields.put(key, value, stream.evidence(start, start + len(lines[index + 1])), STACKED)
