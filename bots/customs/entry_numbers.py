"""Entry numbers (19 CFR 142.3a): filer code, transaction number, CATAIR App. E check digit."""

from __future__ import annotations

import re

ENTRY_PATTERN = re.compile(r"^([A-Z0-9]{3})-?(\d{7})-?(\d)$")


def _digit_value(char: str) -> int:
    if char.isdigit():
        return int(char)
    # A=1, B=2, ...; beyond I the table is VERIFY in customs-rules.md (see letters_verified).
    return (ord(char) - ord("A")) % 9 + 1


def letters_verified(filer_code: str) -> bool:
    """True when the filer code uses only digits and A..I, the letters with confirmed values."""
    return all(c.isdigit() or "A" <= c <= "I" for c in filer_code)


def check_digit(first_ten: str) -> int:
    """The check digit for the 10 characters before it (filer code + transaction number)."""
    if len(first_ten) != 10:
        raise ValueError(f"need 10 characters, got {first_ten!r}")
    total = 0
    for position, char in enumerate(first_ten.upper(), start=1):
        value = _digit_value(char)
        if position % 2 == 0:
            doubled = value * 2
            value = doubled // 10 + doubled % 10
        total += value
    return (10 - total % 10) % 10


def format_entry_number(filer_code: str, transaction: str) -> str:
    """Print as XXX-NNNNNNN-C with its check digit."""
    digit = check_digit(filer_code + transaction)
    return f"{filer_code}-{transaction}-{digit}"


def parse_entry_number(text: str) -> tuple[str, str, int] | None:
    """Split a printed entry number into (filer code, transaction, check digit), or None."""
    compact = re.sub(r"[\s.]", "", text.upper())
    match = ENTRY_PATTERN.match(compact)
    if match is None:
        return None
    return match.group(1), match.group(2), int(match.group(3))
