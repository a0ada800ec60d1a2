"""The legacy system's own entry-number check (CATAIR App. E), written apart from the bots' code.

The stand-in must not judge the bots with their own arithmetic: a bug shared by both would pass."""

from __future__ import annotations

import re
import string

ENTRY_FORMAT = re.compile(r"^([A-Z0-9]{3})-?(\d{7})-?(\d)$")


def _value(char: str) -> int:
    """Digits count as themselves, letters by alphabet position folded into 1..9 (A=1, J=1).

    customs-rules.md confirms only A..I; the fold beyond I is the system's reading of the table."""
    if char.isdigit():
        return int(char)
    return string.ascii_uppercase.index(char) % 9 + 1


def check_digit(filer_and_transaction: str) -> int:
    """The digit that makes the 10 characters valid: even positions doubled, digits summed."""
    if len(filer_and_transaction) != 10:
        raise ValueError(f"an entry number has 10 characters before its check digit, "
                         f"not {filer_and_transaction!r}")
    total = 0
    for index, char in enumerate(filer_and_transaction.upper()):
        weighted = _value(char) * (2 if index % 2 else 1)  # index 1 is position 2, an even one
        total += sum(divmod(weighted, 10))
    return -total % 10


def split(text: str) -> tuple[str, str, int] | None:
    """(filer code, transaction, check digit) of a typed entry number, or None if malformed."""
    match = ENTRY_FORMAT.match(re.sub(r"[\s.]", "", text.upper()))
    if match is None:
        return None
    return match.group(1), match.group(2), int(match.group(3))


def entry_number(filer_code: str, transaction: str) -> str:
    """The printed number XXX-NNNNNNN-C with its check digit."""
    return f"{filer_code}-{transaction}-{check_digit(filer_code + transaction)}"
