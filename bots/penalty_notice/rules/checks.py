"""Whether the penalty facts can be decided on: the values the figures need, and identifiers.

A finding that sends the case to a person says so (Finding.person_decides).
"""

from __future__ import annotations

from decimal import Decimal

from bots.common.findings import finding
from bots.customs.identifiers import (
    mask_importer_number,
    normalize_entry_number,
    parse_importer_number,
)
from bots.penalty_notice.model import PenaltyFacts
from tradebots.facts import Finding, Severity

CITE_LOD = "19 CFR 162.71(a)"
CITE_CULPABILITY = "19 U.S.C. 1592(c)"
CITE_DOMESTIC_VALUE = "19 CFR 162.43"
CITE_VIOLATION = "19 U.S.C. 1621"
CITE_ENTRY_NUMBER = "19 CFR 142.3a"
CITE_CHECK_DIGIT = "ACE CATAIR App. E"
CITE_IMPORTER_NUMBER = "19 CFR 24.5"


def check_facts(facts: PenaltyFacts) -> list[Finding]:
    """Values the figures and dates cannot do without; each one missing goes to a person.

    The dutiable value is checked in decide(), since it is needed only with no loss of duties.
    """
    found: list[Finding] = []

    def missing(citation: str, message: str, field: str) -> None:
        found.append(finding("PEN-FACTS", citation, "error", message, person_decides=True,
                             field=field))

    if facts.culpability is None:
        missing(CITE_CULPABILITY, "The culpability level is not given.", "culpability")
    for doubt in facts.doubts:
        # The reader found the point but could not read it surely: a person decides it.
        found.append(finding("PEN-READ", CITE_CULPABILITY, "warning", doubt,
                             person_decides=True))
    if facts.violation_date is None:
        missing(CITE_VIOLATION, "The date of the violation is not given.", "violation_date")
    if facts.domestic_value is None:
        missing(CITE_DOMESTIC_VALUE, "The domestic value is not given.", "domestic_value")
    elif facts.domestic_value < 0:
        missing(CITE_DOMESTIC_VALUE, "The domestic value is negative.", "domestic_value")
    if facts.dutiable_value is not None and facts.dutiable_value < 0:
        missing(CITE_CULPABILITY, "The dutiable value is negative.", "dutiable_value")
    if not facts.entries:
        missing(CITE_LOD, "No entries are given: the loss of duties cannot be computed.", "entries")
    for index, entry in enumerate(facts.entries):
        name = entry.entry_number or f"entries[{index}]"
        for field, value in (("duty_paid", entry.duty_paid), ("duty_owed", entry.duty_owed)):
            label = field.replace("_", " ")
            if value is None:
                missing(CITE_LOD, f"Entry {name}: the {label} is not given.", f"{name}.{field}")
            elif value < Decimal(0) and field == "duty_paid":
                missing(CITE_LOD, f"Entry {name}: the {label} is negative.", f"{name}.{field}")
            elif value < Decimal(0):
                # Less owed than nothing: the entry was overpaid. Its loss is nil and the
                # overpayment offsets no other entry's loss (162.71(a): per entry, never below 0).
                found.append(finding(
                    "PEN-OVERPAID", CITE_LOD, "info",
                    f"Entry {name}: the duty owed is negative (overpaid); it adds no loss and "
                    "offsets none.", field=f"{name}.{field}"))
    return found


def duties_complete(facts: PenaltyFacts) -> bool:
    """True when there are entries and each gives its duty paid (not negative) and owed."""
    return bool(facts.entries) and all(
        entry.duty_paid is not None and entry.duty_paid >= 0 and entry.duty_owed is not None
        for entry in facts.entries
    )


def money_usable(amount: Decimal | None) -> bool:
    """True for an amount that is given and not negative."""
    return amount is not None and amount >= 0


def check_identifiers(facts: PenaltyFacts) -> list[Finding]:
    """Entry numbers (142.3a, check digit) and the importer number (24.5) as customs-rules.md says.

    A malformed or misread entry number would put the wrong entry in a legal notice; a check-digit
    mismatch on letters beyond A..I, and the CBP-assigned importer form, rest on VERIFY rules. All
    of these go to a person. Numbers not given are not checked here.
    """
    found: list[Finding] = []
    for entry in facts.entries:
        if not entry.entry_number or not entry.entry_number.strip():
            continue
        parsed = normalize_entry_number(entry.entry_number)
        if parsed is None:
            found.append(
                finding(
                    "PEN-ID",
                    CITE_ENTRY_NUMBER,
                    "error",
                    f"{entry.entry_number!r} is not an entry number (XXX-NNNNNNN-C).",
                    person_decides=True,
                )
            )
        elif not parsed.check_digit_ok:
            text = (
                f"{parsed.normalized}: check digit {parsed.printed_check_digit}, computed "
                f"{parsed.expected_check_digit}"
            )
            severity: Severity = "error"
            message = f"{text}: misread or mistyped."
            if not parsed.letters_verified:
                severity = "warning"
                message = (
                    f"{text}; filer code {parsed.filer_code} has letters beyond A..I (VERIFY)."
                )
            found.append(finding("PEN-ID", CITE_CHECK_DIGIT, severity, message,
                                 person_decides=True))
    if facts.importer_number and facts.importer_number.strip():
        shown = mask_importer_number(facts.importer_number)
        number = parse_importer_number(facts.importer_number)
        if number is None:
            found.append(
                finding(
                    "PEN-ID",
                    CITE_IMPORTER_NUMBER,
                    "warning",
                    f"Importer number {shown!r} is not an EIN, SSN or CBP-assigned number.",
                )
            )
        elif not number.format_verified:
            found.append(
                finding(
                    "PEN-ID",
                    CITE_IMPORTER_NUMBER,
                    "warning",
                    f"Importer number {shown} has the CBP-assigned form, which is VERIFY.",
                    person_decides=True,
                )
            )
    return found
