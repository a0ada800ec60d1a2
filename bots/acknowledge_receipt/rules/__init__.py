"""Acknowledging a letter: to whom, and by which day.

customs-rules.md (rulings program targets): electronic requests are acknowledged within one
business day of receipt; the office holds every letter it receives to the same target.
"""

from __future__ import annotations

from datetime import date

from bots.acknowledge_receipt.model import Acknowledgement, LetterFacts, Outcome
from bots.common.findings import finding
from tradebots.calendar import add_business_days
from tradebots.facts import Finding

RULES_VERSION = "acknowledge-rules/2026.1"
CITE_TARGET = "CBP rulings program: service targets (acknowledged within one business day)"


def decide(facts: LetterFacts, *, received: date) -> tuple[Acknowledgement, list[Finding]]:
    """Acknowledge a letter whose sender is read; a person addresses one whose sender is not."""
    due = add_business_days(received, 1)
    findings = [finding("ACK-DUE", CITE_TARGET, "info",
                        f"Received {received}: acknowledge by {due}.")]
    if not facts.sender_name:
        findings.append(finding(
            "ACK-SENDER", CITE_TARGET, "error",
            "The letter's sender is not read (no signed name under a closing): a person "
            "addresses the acknowledgment.", person_decides=True))
    outcome: Outcome = "needs_human" if any(f.person_decides for f in findings) else "acknowledge"
    return Acknowledgement(outcome, received, due), findings
