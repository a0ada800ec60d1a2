"""Identifiers on the protest: entry numbers with check digits, importer, protest, port numbers."""

from __future__ import annotations

from bots.common.findings import finding
from bots.customs.identifiers import (
    mask_importer_number,
    normalize_entry_number,
    parse_importer_number,
    parse_port_code,
    parse_protest_number,
)
from bots.protest_intake.model import ProtestFacts
from bots.protest_intake.rules._common import (
    AT_LEAST_DEFICIENT,
    CITE_CHECK_DIGIT,
    CITE_ENTRY_NUMBER,
    CITE_FORM_19,
    CITE_IMPORTER_NUMBER,
)
from tradebots.facts import Finding


def check_entry_numbers(facts: ProtestFacts) -> list[Finding]:
    """Form (142.3a) and check digit (CATAIR App. E) of every entry number given.

    A wrong entry number keys everything after it (portal look-up, period, earlier protests), so
    it goes to a person; on a filer code with letters beyond A..I the table is VERIFY and a
    mismatch is only a warning, as customs-rules.md says.
    """
    findings: list[Finding] = []
    for entry in facts.entries:
        if entry.entry_number is None or not entry.entry_number.strip():
            continue  # not given: a 174.13(a)(3) deficiency, reported there
        parsed = normalize_entry_number(entry.entry_number)
        if parsed is None:
            findings.append(
                finding(
                    "P-FMT-1",
                    CITE_ENTRY_NUMBER,
                    "error",
                    f"{entry.entry_number!r} is not an entry number (XXX-NNNNNNN-C).",
                    outcome="needs_human",
                    entry=entry.entry_number,
                )
            )
        elif not parsed.check_digit_ok:
            text = (
                f"{parsed.normalized}: check digit {parsed.printed_check_digit}, "
                f"computed {parsed.expected_check_digit}"
            )
            if parsed.letters_verified:
                findings.append(
                    finding(
                        "P-FMT-2",
                        CITE_CHECK_DIGIT,
                        "error",
                        f"{text}: misread or mistyped.",
                        outcome="needs_human",
                        entry=parsed.normalized,
                    )
                )
            else:
                findings.append(
                    finding(
                        "P-FMT-2",
                        CITE_CHECK_DIGIT,
                        "warning",
                        f"{text}; filer code {parsed.filer_code} has letters beyond A..I, whose "
                        "values are VERIFY.",
                        entry=parsed.normalized,
                    )
                )
    return findings


def check_importer_number(facts: ProtestFacts) -> list[Finding]:
    """19 CFR 24.5: an EIN (optional suffix), an SSN, or a CBP-assigned number (form VERIFY).

    A number given in no known form is a deficiency: the protest does not give a usable one.
    """
    if facts.importer_number is None or not facts.importer_number.strip():
        return []  # not given: 174.13(a)(2)
    parsed = parse_importer_number(facts.importer_number)
    shown = mask_importer_number(facts.importer_number)
    if parsed is None:
        return [
            finding(
                "P-FMT-3",
                CITE_IMPORTER_NUMBER,
                "error",
                f"Importer number {shown!r} is not an EIN, SSN or CBP-assigned number.",
                outcome="deficient",
            )
        ]
    if not parsed.format_verified:
        return [
            finding(
                "P-FMT-3",
                CITE_IMPORTER_NUMBER,
                "warning",
                f"Importer number {shown} has the CBP-assigned form, which is VERIFY.",
                moot_if=AT_LEAST_DEFICIENT,
            )
        ]
    return []


def check_protest_and_port(facts: ProtestFacts) -> list[Finding]:
    """Form 19 boxes 1 and 3: protest number and port code; the number begins with the port."""
    findings: list[Finding] = []
    port = parse_port_code(facts.port_code) if facts.port_code else None
    if facts.port_code and port is None:
        findings.append(
            finding(
                "P-FMT-5",
                CITE_FORM_19,
                "warning",
                f"Port code {facts.port_code!r} is not 4 digits.",
            )
        )
    for label, text in (
        ("Protest", facts.protest_number),
        ("Earlier protest", facts.earlier_protest_number),
    ):
        if not text:
            continue
        number = parse_protest_number(text)
        if number is None:
            findings.append(
                finding(
                    "P-FMT-4",
                    CITE_FORM_19,
                    "warning",
                    f"{label} number {text!r} is not PPPP-YY-NNNNNN or PPPP-YYYY-NNNNNN.",
                )
            )
        elif label == "Protest" and port and number.port_code != port:
            findings.append(
                finding(
                    "P-FMT-4",
                    CITE_FORM_19,
                    "warning",
                    f"Protest number {number.normalized} does not begin with the port code {port}.",
                )
            )
    return findings
