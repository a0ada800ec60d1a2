"""Which letter a ruling decision calls for, and the context its template is rendered with.

Pure: no clock (the letter date is given), no portal, no rendering (bots/common/letters does that).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from bots.common.dates import NOT_GIVEN, long_date
from bots.common.office import RULING_HQ, RULING_NCSD, OfficeInfo, Task
from bots.customs.identifiers import mask_importer_number
from bots.ruling_triage.model import Route, RulingDecision, RulingFacts, RulingType
from bots.ruling_triage.rules._common import (
    CITE_COMPLETED,
    CITE_CURRENT,
    CITE_PROSPECTIVE,
    MISSING,
    REASON,
)
from tradebots.facts import Finding

# needs_human gets no drafted letter: a person writes it (or decides an outcome first).
LETTER_TEMPLATES: dict[str, str] = {
    "accept": "ruling/acknowledgment.docx",
    "deficient": "ruling/deficiency.docx",
    "no_ruling": "ruling/no_ruling.docx",
}
CURE_DAYS = 30  # 19 CFR 177.3

SUBJECT_LABELS: dict[RulingType, str] = {
    "classification": "tariff classification",
    "valuation": "valuation",
    "origin": "country of origin",
    "marking": "country of origin marking",
    "carrier": "carrier (vessel and coastwise) matters",
    "other": "customs treatment",
}

# 19 CFR 177.2: what is missing, and what the requester must send to cure it.
DEFICIENCY_TEXT: dict[str, tuple[str, str]] = {
    "177.2(b)(1)": ("The names, addresses and identifiers of the interested parties, or the "
                    "port(s) of entry.",
                    "Give the name and address of every party to the transaction (and of the "
                    "principal, if you act as agent) and the port(s) where the goods will be "
                    "entered."),
    "177.2(b)(2)": ("A full description of the transaction and of the facts the question "
                    "requires.",
                    "Describe the prospective transaction and, for a classification, the goods, "
                    "their principal use in the United States and their component materials; "
                    "for a valuation, the terms of sale and whether buyer and seller are "
                    "related."),
    "177.2(b)(5)": ("A statement whether the same transaction or issue is or was before a CBP "
                    "office or a court.",
                    "State whether the issue is or was before any CBP office, the Court of "
                    "International Trade, the Federal Circuit or an appellate court, and whether "
                    "the request is one of a series."),
    "177.2(b)(6)": ("The basis and supporting authority for the result requested.",
                    "Set out the reasons for the classification or result you ask for, with the "
                    "legal authorities that support it."),
    "177.2(c)": ("The signature of an authorized person.",
                 "Send a copy of the request signed by the requester or by an agent authorized "
                 "to act for it."),
}


# The office that rules writes to the requester and signs: its signatory is a setting.
SIGNATORIES: dict[Route, Task] = {"NCSD": RULING_NCSD, "HQ": RULING_HQ}


def letter_template(outcome: str) -> str | None:
    """The template (relative to templates/) for the outcome's letter; None for needs_human."""
    return LETTER_TEMPLATES.get(outcome)


def letter_context(
    facts: RulingFacts,
    decision: RulingDecision,
    findings: Sequence[Finding],
    office: OfficeInfo,
    *,
    outcome: str,
    control_number: str,
    received: date,
    letter_date: date,
    agent_name: str | None = None,
) -> dict[str, Any]:
    """The template context for OUTCOME's letter (strings, booleans and lists only).

    OFFICE is the ruling office of the decision's route (SIGNATORIES names its settings).
    """
    subject = SUBJECT_LABELS[facts.ruling_type] if facts.ruling_type else "customs treatment"
    context: dict[str, Any] = {
        "letter_date": long_date(letter_date),
        "office": {"name": office.name, "division": office.division, "address": office.address,
                   "officer_name": office.officer_name, "officer_title": office.officer_title},
        "addressee": {
            # Masked whatever the field: an SSN may sit in any of them (19 CFR 24.5 numbers).
            "name": mask_importer_number(facts.requester_name or NOT_GIVEN),
            "care_of": mask_importer_number(agent_name or ""),
            "address": mask_importer_number(facts.requester_address or NOT_GIVEN),
            "importer_number": mask_importer_number(facts.importer_number or NOT_GIVEN),
        },
        "control_number": control_number,
        "subject_label": subject,
        "product": facts.product_description or "the merchandise described in your request",
        "received_date": long_date(received),
    }
    if outcome == "accept":
        context |= _acknowledgment(facts, decision)
    elif outcome == "deficient":
        context |= _deficiency(decision, findings, letter_date)
    elif outcome == "no_ruling":
        context |= _no_ruling(decision, findings)
    else:
        raise ValueError(f"no letter is drafted for outcome {outcome!r}")
    return context


def _acknowledgment(facts: RulingFacts, decision: RulingDecision) -> dict[str, Any]:
    return {
        "route_label": "National Commodity Specialist Division in New York"
        if decision.route == "NCSD" else "Office of Regulations and Rulings at Headquarters",
        "has_target": decision.due is not None,
        "target_date": long_date(decision.due) if decision.due else "",
        "proposed_hts": ", ".join(facts.proposed_hts),
        "confidential_requested": facts.confidential_requested,
        "sample_provided": facts.sample_provided,
    }


def _deficiency(decision: RulingDecision, findings: Sequence[Finding],
                letter_date: date) -> dict[str, Any]:
    rows = []
    for item in decision.missing:
        missing, needed = DEFICIENCY_TEXT[item]
        rows.append({"citation": f"19 CFR {item}", "item": missing, "needed": needed})
    # Deficiencies that are not a 177.2 element: too many items, mixed kinds, an agent's authority.
    for found in findings:
        if found.outcome == "deficient" and MISSING not in found.data:
            rows.append({"citation": found.citation, "item": found.message,
                         "needed": "Correct or explain this point in your reply."})
    return {"deficiencies": rows,
            "cure_by": long_date(letter_date + timedelta(days=CURE_DAYS))}


def _no_ruling(decision: RulingDecision, findings: Sequence[Finding]) -> dict[str, Any]:
    grounds = [f for f in findings if f.outcome == "no_ruling"]
    citations = {f.citation for f in grounds}
    rows = [{"citation": f"19 CFR {item}", "item": DEFICIENCY_TEXT[item][0]}
            for item in decision.missing]
    return {
        "grounds": [{"citation": f.citation, "text": _sentence(f.data[REASON])} for f in grounds],
        # A completed transaction is for a protest; a current one (or an entry whose liquidation
        # the letter does not give) for the port and internal advice.
        "protest_route": bool(citations & {CITE_COMPLETED, CITE_PROSPECTIVE}),
        "internal_advice_route": bool(citations & {CITE_CURRENT, CITE_PROSPECTIVE}),
        "also_missing": rows,
    }


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".")

