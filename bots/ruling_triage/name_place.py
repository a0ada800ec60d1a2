"""A firm's name followed by its seat ("Harbor Goods LLC of Newark, New Jersey"): the seat is
where the firm is, no part of its name. Only after a company's legal form ("LLC", "Inc.",
"Corporation"), so that a name built with "of" ("Bank of America", "Port of Tacoma") stays whole."""

from __future__ import annotations

import re

_OF_PLACE = re.compile(
    r"(?P<name>.*?\b(?:LLC|L\.L\.C\.|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Ltd\.?"
    r"|Limited|LP|LLP|GmbH))\s*,?\s+of\s+[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?\s*$")


def without_place(name: str | None) -> str | None:
    """NAME without a trailing "of City[, State]" after its legal form; else NAME as it is."""
    if name is None:
        return None
    match = _OF_PLACE.fullmatch(name.strip())
    return match["name"] if match else name


# After the ZIP code, a number the sentence goes on to give ("..., NJ 07114, importer number
# 12-3456789", "...; IOR 12-3456789"): the party's identifier or telephone, no part of its address.
_AFTER_ZIP = re.compile(
    r"(?P<address>.*?\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?)\s*[,;]?\s*(?:\(\s*)?(?i:importer|IOR\b|"
    r"I\.O\.R\.|EIN\b|IRS\b|CBP\b|tax\b|tel\b|tel\.|telephone|phone|fax\b|e-?mail)[^\n]*$", re.S)


def without_number_after(address: str | None) -> str | None:
    """ADDRESS without an identifier or telephone number written on after its ZIP code."""
    if address is None:
        return None
    match = _AFTER_ZIP.fullmatch(address.strip())
    return match["address"] if match else address
