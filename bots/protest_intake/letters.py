"""Which letter a protest decision calls for, and the context its template is rendered with.

Pure apart from draft_letter, which renders: no clock (the letter date is given), no portal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bots.common.dates import NOT_GIVEN, add_years, long_date
from bots.common.office import OfficeInfo
from bots.customs.identifiers import mask_importer_number
from bots.protest_intake.model import Category, Outcome, ProtestDecision, ProtestFacts
from bots.protest_intake.rules.procedure import court_deadline, deemed_denied, exclusion_denied_on
from tradebots.documents.render import RenderedDocument, render_docx
from tradebots.errors import BusinessError
from tradebots.facts import Finding

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates" / "protest"

# Outcomes with no entry here (invalid, needs_human) get no drafted letter: a person writes it.
LETTER_TEMPLATES: dict[Outcome, str] = {
    "accept": "acknowledgment",
    "deficient": "deficiency",
    "untimely": "untimely_premature",
    "premature": "untimely_premature",
}


CATEGORY_LABELS: dict[Category, str] = {
    "appraised_value": "appraised value of the merchandise",
    "classification": "classification and rate and amount of duty",
    "charges": "charges or exactions",
    "exclusion": "exclusion of the merchandise from entry or delivery",
    "liquidation": "liquidation or reliquidation",
    "drawback": "refusal to pay a drawback claim",
    "reliquidation_1520d": "refusal to reliquidate under 19 U.S.C. 1520(d)",
}

# 19 CFR 174.13(a)(N): what is missing, and what the protestant must send to cure it.
DEFICIENCY_TEXT: dict[str, tuple[str, str]] = {
    "174.13(a)(1)": (
        "The name and address of the protestant.",
        "Give the protestant's name and address, and those of the agent or attorney who signed "
        "the protest, if any.",
    ),
    "174.13(a)(2)": (
        "The importer number of the protestant.",
        "Give the protestant's importer number, and the agent's with a power of attorney if "
        "an agent filed the protest.",
    ),
    "174.13(a)(3)": (
        "The entry number and entry date of every entry.",
        "Give the number and date of every entry covered by the protest.",
    ),
    "174.13(a)(4)": (
        "The date of liquidation, or the date of the decision not involving liquidation.",
        "Give the liquidation date of each entry or, where there was no liquidation, the date "
        "of the decision protested.",
    ),
    "174.13(a)(5)": (
        "A specific description of the merchandise.",
        "Describe the merchandise covered by each entry specifically enough to identify it "
        "(for example its commercial name, model and use).",
    ),
    "174.13(a)(6)": (
        "The nature of, and justification for, each objection.",
        "State each objection distinctly for each category, payment, claim, decision or "
        "refusal, with the reasons and facts supporting it.",
    ),
    "174.13(a)(7)": (
        "The number and receipt date of the earlier protest whose disposition is requested.",
        "Give both the number and the date of receipt of the earlier protest.",
    ),
    "174.13(a)(8)": (
        "A certification that the surety's protest is not collusive.",
        "Certify that the protest is not being filed collusively to extend another party's "
        "time to protest.",
    ),
    "174.13(a)(9)": (
        "A declaration whether the entry is subject to drawback.",
        "State, for each entry, whether it is or is not subject to drawback.",
    ),
}

# Finding.data keys the rules set (bots/protest_intake/rules/_common.py): the outcome a finding
# forces, and the 174.13(a) item it reports missing.
_OUTCOME = "outcome"
_MISSING = "missing"


def letter_template(outcome: Outcome, templates_dir: Path = TEMPLATES_DIR) -> Path | None:
    """The template for the outcome's letter; None for invalid and needs_human (no letter)."""
    name = LETTER_TEMPLATES.get(outcome)
    return templates_dir / f"{name}.docx" if name else None




def letter_context(
    facts: ProtestFacts,
    decision: ProtestDecision,
    findings: Sequence[Finding],
    office: OfficeInfo,
    *,
    letter_date: date,
) -> dict[str, Any]:
    """The template context for the decision's letter (strings, booleans and lists only).

    Raises ValueError for an outcome with no letter, BusinessError when a fact the letter must
    state is missing.
    """
    template = LETTER_TEMPLATES.get(decision.outcome)
    if template is None:
        raise ValueError(f"no letter is drafted for outcome {decision.outcome!r}")
    context = _common(facts, decision, office, letter_date)
    if template == "acknowledgment":
        context |= _acknowledgment(facts, letter_date)
    elif template == "deficiency":
        context |= _deficiency(facts, decision, findings, letter_date)
    else:
        # A notice of denial (174.30(a)): the reason, and the right to contest it in court.
        context |= {"premature": decision.outcome == "premature"}
    return context


def draft_letter(
    facts: ProtestFacts,
    decision: ProtestDecision,
    findings: Sequence[Finding],
    office: OfficeInfo,
    *,
    letter_date: date,
    out_dir: Path,
    templates_dir: Path = TEMPLATES_DIR,
) -> RenderedDocument | None:
    """Render the decision's letter into out_dir; None when the outcome calls for no letter."""
    template = letter_template(decision.outcome, templates_dir)
    if template is None:
        return None
    context = letter_context(
        facts, decision, findings, office, letter_date=letter_date
    )
    stem = re.sub(r"[^A-Za-z0-9-]+", "_", facts.protest_number or "protest")
    return render_docx(template, context, out_dir / f"{stem}-{template.stem}.docx")


def _common(
    facts: ProtestFacts,
    decision: ProtestDecision,
    office: OfficeInfo,
    letter_date: date,
) -> dict[str, Any]:
    entries = []
    for index, entry in enumerate(facts.entries):
        last = decision.last_days.get(entry.entry_number or "") or decision.last_days.get(
            f"entries[{index}]"
        )
        entries.append(
            {
                "number": entry.entry_number or NOT_GIVEN,
                "entry_date": long_date(entry.entry_date),
                "liquidation_date": long_date(entry.liquidation_date),
                "last_day": long_date(last),
            }
        )
    numbers = [e.entry_number for e in facts.entries if e.entry_number]
    return {
        "letter_date": long_date(letter_date),
        "office": {
            "name": office.name,
            "port_name": office.port_name,
            "port_code": office.port_code,
            "address": office.address,
            "officer_name": office.officer_name,
            "officer_title": office.officer_title,
        },
        "addressee": {
            # Masked whatever the field: an SSN may sit in any of them (19 CFR 24.5 numbers).
            "name": mask_importer_number(facts.protestant_name or NOT_GIVEN),
            "address": mask_importer_number(facts.protestant_address or NOT_GIVEN),
            "importer_number": mask_importer_number(facts.importer_number or NOT_GIVEN),
        },
        "protest_number": facts.protest_number or NOT_GIVEN,
        "entry_numbers": ", ".join(numbers) or NOT_GIVEN,
        "received_date": long_date(facts.received_date),
        "entries": entries,
    }


def _acknowledgment(facts: ProtestFacts, letter_date: date) -> dict[str, Any]:
    if facts.received_date is None:
        raise BusinessError(
            "The acknowledgment states the 174.21(a) decision date: the received date is needed.",
            code="letter_facts",
        )
    denied_on = exclusion_denied_on(facts)
    # 174.21(b): past day 30 an exclusion protest stands denied; the letter says so and gives
    # the date to sue instead of promising a decision.
    denied = deemed_denied(facts, letter_date)
    return {
        "notice_title": "Acknowledgment and deemed denial of protest" if denied
        else "Acknowledgment of protest",
        "category_label": CATEGORY_LABELS[facts.category] if facts.category else "decision",
        "decision_due": long_date(add_years(facts.received_date, 2)),
        "exclusion": denied_on is not None,
        "exclusion_due": long_date(denied_on) if denied_on else "",
        "exclusion_deemed_denied": denied,
        "court_by": long_date(court_deadline(denied_on)) if denied and denied_on else "",
        "accelerated_requested": facts.accelerated_disposition and not facts.filed_electronically,
        "accelerated_electronic": facts.accelerated_disposition and facts.filed_electronically,
        "further_review_requested": facts.further_review_requested,
    }


def _deficiency(
    facts: ProtestFacts,
    decision: ProtestDecision,
    findings: Sequence[Finding],
    letter_date: date,
) -> dict[str, Any]:
    rows = []
    for item in decision.missing:
        messages = [f.message for f in findings if f.data.get(_MISSING) == item]
        missing, needed = DEFICIENCY_TEXT.get(item, (" ".join(messages) or item, "Supply it."))
        rows.append({"citation": f"19 CFR {item}", "item": missing, "needed": needed})
    # Deficiencies that are not a 174.13(a) item (e.g. 174.13(b), several entries in one protest).
    for found in findings:
        if found.data.get(_OUTCOME) == "deficient" and _MISSING not in found.data:
            rows.append(
                {
                    "citation": found.citation,
                    "item": found.message,
                    "needed": "Correct or explain this point in an amendment of the protest.",
                }
            )
    deadline = decision.deadline
    return {
        "deficiencies": rows,
        "accelerated_requested": facts.accelerated_disposition and not facts.filed_electronically,
        "amendment_open": deadline is None or letter_date <= deadline,
        "amend_by": long_date(deadline) if deadline else "",
    }
