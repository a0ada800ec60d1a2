"""The protestant named by a copula: "PROTESTANT IS ACME IMPORTS LLC OF ABOVE ADDRESS.", "The
protesting party is Harbor Tile Co., 1 Main St, ...", 19 CFR 174.13(a)(1). A cable or a short
statement names the party this way rather than in a box; the name counts only where it ends in
a firm's legal form or before "of (the) above address", so a sentence about the protestant ("The
protestant is not liable ...") names no one."""

from __future__ import annotations

import re

from bots.common.reading.parties import CITY_STATE_ZIP
from bots.protest_intake.extract_fields import PROSE, Fields, fold
from tradebots.pdf import TextStream

_FORM = (r"(?:L\.?L\.?C|Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|L\.?L\.?P"
         r"|L\.?P|PLLC|GmbH|S\.?A)\.?")
_NAME_WORD = r"(?:[A-Z0-9][\w&'’.-]*|&),?"
_PARTY_IS = re.compile(
    r"(?i:\b(?:the\s+)?(?:protestant|protesting\s+party)(?:\s+herein)?\s+(?:is|was)\s+)"
    r"(?!(?i:the|an?|our|its|this|not|also|entitled|required|liable|subject)\b)"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,7}}?"
    rf"(?:[ \t]+(?i:{_FORM})(?![\w])|(?=[ \t]+(?i:of\s+(?:the\s+)?above\s+address\b))))"
    r"(?P<above>[ \t]+(?i:of\s+(?:the\s+)?above\s+address\b))?")
_ADDRESS_LINES = 4  # street, suite, building, city: the lines an address takes under a name


def read_party_is(stream: TextStream, fields: Fields) -> None:
    """Put the protestant's name from the first "the protestant is NAME" sentence."""
    match = stream.search(_PARTY_IS)
    if match is None:
        return
    name = fold(match.group("name")).rstrip(",")
    fields.put("protestant_name", name, stream.evidence(*match.span("name")), PROSE)
    if match.group("above"):
        _address_above(stream, fields, name, match.start())


def _address_above(stream: TextStream, fields: Fields, name: str, before: int) -> None:
    """"... of above address": the lines under the name's own line above (a cable's "FM NAME",
    a letterhead), down to the city, state and ZIP line."""
    text = stream.text
    lines = text[:before].split("\n")
    offset = 0
    for index, line in enumerate(lines):
        offset += len(line) + 1
        if not fold(line).casefold().endswith(name.casefold()):
            continue
        under = lines[index + 1:index + 1 + _ADDRESS_LINES]
        for count, tail in enumerate(under, start=1):
            if not tail.strip():
                break
            if CITY_STATE_ZIP.fullmatch(tail):
                first = offset
                last = offset + sum(len(x) + 1 for x in under[:count]) - 1
                address = ", ".join(fold(x) for x in under[:count])
                fields.put("protestant_address", address, stream.evidence(first, last), PROSE)
                return
        return
