"""Customs identifiers as customs-rules.md ("Identifiers") defines them: parse, normalize, mask.

Parsers return None for text that does not have the form; they never guess a missing part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bots.customs.entry_numbers import check_digit, letters_verified, parse_entry_number

ImporterKind = Literal["ein", "ssn", "cbp_assigned"]

# Hyphen look-alikes that OCR and word processors put into printed numbers.
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_EIN = re.compile(r"^(\d{2})-(\d{7})(?:[-\s]?([A-Z0-9]{2}))?$")
_SSN = re.compile(r"^(\d{3})-(\d{2})-(\d{4})$")
_CBP_ASSIGNED = re.compile(r"^(\d{6})-(\d{5})$")
_PROTEST = re.compile(r"^(\d{4})-(\d{2}|\d{4})-(\d{6})$")
_PORT = re.compile(r"^\d{4}$")
# A Fines, Penalties and Forfeitures case: year, port code, serial, line (2025-2704-000123-01).
_PENALTY_CASE = re.compile(r"^\d{4}-(\d{4})-\d{6}(?:-\d{2})?$")
# SSN form anywhere in a text, and a bare nine-digit run (which could be an undelimited SSN).
_SSN_IN_TEXT = re.compile(r"(?<![\d-])\d{3}-\d{2}-(\d{4})(?![\d-])")
_NINE_DIGITS = re.compile(r"(?<![\d-])\d{5}(\d{4})(?![\d-])")


def _clean(text: str) -> str:
    return _DASHES.sub("-", text.strip().upper())


@dataclass(frozen=True)
class EntryNumber:
    """A parsed entry number (19 CFR 142.3a) and what its check digit says."""

    normalized: str  # XXX-NNNNNNN-C with the check digit as printed
    filer_code: str
    transaction: str
    printed_check_digit: int
    expected_check_digit: int
    letters_verified: bool  # False when the filer code has letters beyond A..I (VERIFY)

    @property
    def check_digit_ok(self) -> bool:
        return self.printed_check_digit == self.expected_check_digit


def normalize_entry_number(text: str) -> EntryNumber | None:
    """Parse `XXX-NNNNNNN-C` (hyphens optional); None when the form is wrong."""
    parts = parse_entry_number(_clean(text))
    if parts is None:
        return None
    filer, transaction, printed = parts
    return EntryNumber(
        normalized=f"{filer}-{transaction}-{printed}",
        filer_code=filer,
        transaction=transaction,
        printed_check_digit=printed,
        expected_check_digit=check_digit(filer + transaction),
        letters_verified=letters_verified(filer),
    )


@dataclass(frozen=True)
class ImporterNumber:
    """An importer of record number (19 CFR 24.5)."""

    kind: ImporterKind
    normalized: str  # EIN NN-NNNNNNN[SS], SSN NNN-NN-NNNN, CBP-assigned NNNNNN-NNNNN
    base: str  # the number without an EIN suffix: one legal person, whatever the suffix
    format_verified: bool  # False for the CBP-assigned form, marked VERIFY in customs-rules.md


def parse_importer_number(text: str) -> ImporterNumber | None:
    """Recognize an EIN (optional 2-character suffix), an SSN or a CBP-assigned number.

    A bare run of digits is refused: nine digits could be an EIN or an SSN.
    """
    cleaned = _clean(text)
    if match := _EIN.match(cleaned):
        base = f"{match.group(1)}-{match.group(2)}"
        return ImporterNumber("ein", base + (match.group(3) or ""), base, True)
    if _SSN.match(cleaned):
        return ImporterNumber("ssn", cleaned, cleaned, True)
    if _CBP_ASSIGNED.match(cleaned):
        return ImporterNumber("cbp_assigned", cleaned, cleaned, False)
    return None


def mask_importer_number(text: str) -> str:
    """Hide all but the last four digits of SSN-form numbers, for logs and letters.

    Bare nine-digit runs are masked too, since an undelimited SSN looks like that; EINs and
    CBP-assigned numbers are left as they are.
    """
    masked = _SSN_IN_TEXT.sub(r"***-**-\1", _DASHES.sub("-", text))
    return _NINE_DIGITS.sub(r"*****\1", masked)


@dataclass(frozen=True)
class ProtestNumber:
    """A protest number: port code, year (2 or 4 digits) and serial, e.g. 2704-24-100123."""

    normalized: str
    port_code: str
    year: str
    serial: str


def parse_protest_number(text: str) -> ProtestNumber | None:
    """Parse `PPPP-YY-NNNNNN` or `PPPP-YYYY-NNNNNN`; None when the form is wrong."""
    cleaned = re.sub(r"\s*-\s*", "-", _clean(text))
    match = _PROTEST.match(cleaned)
    if match is None:
        return None
    return ProtestNumber(cleaned, match.group(1), match.group(2), match.group(3))


def penalty_case_port(case_number: str | None) -> str | None:
    """The port code inside an FP&F case number (YYYY-PPPP-NNNNNN-NN), or None."""
    match = _PENALTY_CASE.match(re.sub(r"\s*-\s*", "-", _clean(case_number or "")))
    return match.group(1) if match else None


def parse_port_code(text: str) -> str | None:
    """A four-digit port code (e.g. 2704 Los Angeles), or None."""
    cleaned = text.strip()
    return cleaned if _PORT.match(cleaned) else None
