"""A letter asking for the disposition of an earlier protest (174.13(a)(7)): "the same
disposition as in Protest No. 5301-24-118280, received March 3, 2024"."""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates
from bots.protest_intake.extract_fields import PROSE, Fields, protest_number_in
from tradebots.pdf import TextStream

_SAME_DISPOSITION = re.compile(
    r"(?:same\s+(?:disposition|treatment|decision)\s+as|decided\s+(?:like|as|the\s+same\s+as))"
    r"\s+(?:(?:in|that\s+of|for)\s+)?(?:the\s+|our\s+)?(?:earlier\s+|prior\s+)?protest\s+"
    r"(?:no\.?|number|#)?\s*"
    r"(?P<number>\d{4}\s*-\s*\d{2,4}\s*-\s*\d{6})(?P<rest>[^.]*(?:\.\d[^.]*)*)",
    re.I,
)
_RECEIVED = re.compile(r"\b(?:received|filed|lodged)\b", re.I)


def read_earlier_protest(stream: TextStream, fields: Fields) -> None:
    """The earlier protest's number, and its receipt date when the same sentence gives one."""
    match = stream.search(_SAME_DISPOSITION)
    if match is None:
        return
    number = protest_number_in(match.group("number"))
    fields.put("earlier_protest_number", number,
               stream.evidence(match.start("number"), match.end("number")), PROSE)
    rest = match.group("rest")
    received = _RECEIVED.search(rest)
    found = next(iter(find_dates(rest[received.end():])), None) if received else None
    if received is not None and found is not None:
        start = match.start("rest") + received.end() + found.start
        fields.put("earlier_protest_received", found.value,
                   stream.evidence(start, start + len(found.text)), PROSE)
