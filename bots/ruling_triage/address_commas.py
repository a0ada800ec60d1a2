"""A street and its city typed on one line with no comma between them ("2 Depot Square
Burlington, VT 05401"): the contract joins an address's parts with ", ", so the part the line
run together is parted where the street's own kind word ends it; and an address's lines joined
as one, with a comma between its parts."""

from __future__ import annotations

import re

# The last street kind word before the city ends the street (an optional quarter after it:
# "Shilshole Avenue NW"), then a city of a few capitalised words before ", ST 12345".
_RUN_TOGETHER = re.compile(
    r"(?P<street>\d+[A-Za-z]?\s+[^,\n]*\b(?:Street|St|Avenue|Ave|Road|Rd|Row|Square|Sq|Drive|Dr"
    r"|Lane|Ln|Boulevard|Blvd|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace"
    r"|Plaza|Trail|Pike|Wharf|Pier|Alley|Loop)\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\.?)?)"
    r"\s+(?P<city>[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)")


def street_parted_from_city(address: str | None) -> str | None:
    """ADDRESS with ", " put between a street and the city it runs into, when the address has
    no comma before that city; otherwise as it is."""
    if not address:
        return address
    match = _RUN_TOGETHER.fullmatch(address.strip())
    if match is None:
        return address
    return f"{match['street']}, {match['city']}"




_STATE_END = re.compile(r"\b[A-Z]{2}$")
_ZIP_START = re.compile(r"\d{5}(?:-\d{4})?\b")


def joined_lines(lines: list[str]) -> str:
    """Address lines as one: a comma between parts, but a line broken between the state and its
    ZIP code ("Newark, NJ" / "07114") joins with a space, as printed on one line."""
    joined = ""
    for line in lines:
        gap = " " if _STATE_END.search(joined) and _ZIP_START.match(line) else ", "
        joined = joined + gap + line if joined else line
    return joined
