"""A party block set out on its own lines with the importer number closing it ("X" / "1 Main St"
/ "Unit B" / "City, ST 00000" / "IOR No. 12-3456789"), under any heading or none: the
importer number says whose block it is, the protestant's."""

from __future__ import annotations

import re

from bots.common.reading.parties import CITY_STATE_ZIP
from bots.protest_intake.extract_fields import Fields, fold
from bots.protest_intake.extract_stacked import caption_of
from tradebots.pdf import TextStream

BLOCK = 0.8  # the block's lines are read by their shape, no caption names them
# The line that closes the block: the number by the registry that issues it.
_NUMBER_LINE = re.compile(r"(?i)^\s*(?:IOR|importer(?:\s+of\s+record)?|EIN|IRS)\b[^\n\d]{0,20}"
                          r"\d{2}-\d{7}|^\s*(?:IOR|importer|EIN|IRS)\b[^\n\d]{0,20}\d{3}-\d{2}-\d{4}")
# A street line or a line of it ("Unit B", "Suite 4", "P.O. Box 9"): what stands between the
# name and its city.
_STREET = re.compile(r"(?i)^\s*(?:\d{1,6}\s+\w|p\.?\s*o\.?\s+box\b|(?:unit|suite|ste\.?|floor"
                     r"|fl\.?|apt\.?|bldg\.?|building|room|rm\.?)\s+\w)")
_MOST_STREET_LINES = 3


def read_party_over_number(stream: TextStream, fields: Fields) -> None:
    """Name and address from the lines over the first importer-number line that closes a
    block of a name, street lines and a city line, at a layout cue's confidence; only where no
    other cue read the party (a name wrapped over two lines is read whole by those)."""
    if "protestant_name" in fields.items or "protestant_address" in fields.items:
        return
    lines = stream.text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for index, line in enumerate(lines):
        if not _NUMBER_LINE.match(line) or index < 3:
            continue
        city = index - 1
        if not CITY_STATE_ZIP.fullmatch(lines[city]):
            continue
        first = city
        while first > 0 and city - first < _MOST_STREET_LINES and _STREET.match(lines[first - 1]):
            first -= 1
        name_at = first - 1
        if first == city or name_at < 0 or not _a_name(lines[name_at]):
            continue
        if name_at and lines[name_at - 1].rstrip().endswith(":"):
            # "Please send correspondence to:" over the block: the sentence says whose it is,
            # and the readers of such sentences judge it.
            continue
        name = lines[name_at].strip()
        at = starts[name_at] + len(lines[name_at]) - len(lines[name_at].lstrip())
        fields.put("protestant_name", fold(name), stream.evidence(at, at + len(name)), BLOCK)
        address = ", ".join(fold(part) for part in lines[first:city + 1])
        fields.put("protestant_address", address,
                   stream.evidence(starts[first], starts[city] + len(lines[city])), BLOCK)
        return


def _a_name(line: str) -> bool:
    """Whether LINE may be a party's name: words, no caption, no sentence, no label."""
    text = line.strip()
    return (bool(re.match(r"[A-Z]", text)) and len(text) <= 80 and ":" not in text
            and caption_of(text) is None and not re.search(r"[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}",
                                                           text))
