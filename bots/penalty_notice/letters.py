"""Which notice a penalty decision calls for, and the context its template is rendered with.

Pure: facts, decision and findings in, a context of strings, booleans and lists out. Each figure
in the notice carries the explanation (with its citation) that the decision's finding gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from bots.common.dates import NOT_GIVEN, long_date
from bots.common.office import OfficeInfo
from bots.customs.identifiers import mask_importer_number
from bots.penalty_notice.model import Notice, PenaltyDecision, PenaltyFacts, usd
from bots.penalty_notice.rules.compute import entry_loss
from bots.penalty_notice.rules.laws import laws_violated
from tradebots.errors import BusinessError
from tradebots.facts import Finding

TEMPLATES: dict[Notice, str] = {
    "pre_penalty": "penalty/pre_penalty.docx",
    "penalty": "penalty/penalty.docx",
}
CULPABILITY_TEXT = {
    "negligence": ("negligence", "19 U.S.C. 1592(c)(3)"),
    "gross_negligence": ("gross negligence", "19 U.S.C. 1592(c)(2)"),
    "fraud": ("fraud", "19 U.S.C. 1592(c)(1)"),
}
# Figures the notice states, in this order, from the decision's findings (rule -> label). With a
# prior disclosure the maximum for the case without one is not shown beside the 1592(c)(4) amount.
FIGURE_RULES = (
    ("PEN-LOD", "Loss of duties"),
    ("PEN-MAX", "Maximum penalty"),
    ("PEN-PD", "Maximum penalty after the prior disclosure"),
    ("PEN-PROPOSED", "Proposed penalty"),
)
# The citations a notice prints in full where the review page uses the Appendix's shorthand.
PUBLIC_CITATIONS = {
    "19 CFR Part 171 App. B (E)(1)(b)": "19 CFR Part 171, Appendix B",
}



def notice_template(notice: Notice) -> str:
    """The template (under templates/) of a notice; ValueError for `none`."""
    if notice not in TEMPLATES:
        raise ValueError("no notice is drafted when the decision's notice is 'none'")
    return TEMPLATES[notice]


def notice_context(
    facts: PenaltyFacts,
    decision: PenaltyDecision,
    findings: Sequence[Finding],
    office: OfficeInfo,
    *,
    letter_date: date,
    rules_version: str,
) -> dict[str, Any]:
    """The template context for the decision's notice; BusinessError when a fact it needs is absent.
    """
    notice_template(decision.notice)
    lod = decision.loss_of_duties
    laws = laws_violated(facts.violation_type)
    if lod is None or decision.proposed_penalty is None or facts.culpability is None:
        raise BusinessError("A notice needs the loss of duties, the culpability and the proposed "
                            "penalty.", code="letter_facts")
    if not (facts.merchandise and facts.material_facts and laws):
        # 162.77(b)(1): never a generic description, an empty "Material facts" or no laws.
        raise BusinessError("A notice needs the description of the merchandise, the material "
                            "facts and the laws violated (19 CFR 162.77(b)(1)).",
                            code="letter_facts")
    words, citation = CULPABILITY_TEXT[facts.culpability]
    period = _first(findings, "PEN-PERIOD")
    return {
        "letter_date": long_date(letter_date),
        "office": vars(office).copy(),
        "addressee": {
            # Masked whatever the field: an SSN may sit in any of them (19 CFR 24.5 numbers).
            "name": mask_importer_number(facts.party_name or NOT_GIVEN),
            "address": mask_importer_number(facts.party_address or NOT_GIVEN),
            "importer_number": mask_importer_number(facts.importer_number or NOT_GIVEN),
        },
        "case_number": facts.case_number or NOT_GIVEN,
        "entry_numbers": ", ".join(e.entry_number for e in facts.entries if e.entry_number)
        or NOT_GIVEN,
        "merchandise": facts.merchandise,
        "material_facts": facts.material_facts,
        "laws": list(laws),
        "culpability": words,
        "culpability_citation": citation,
        "violation_date": long_date(facts.violation_date),
        "entries": _entries(facts),
        "figures": _figures(findings, prior_disclosure=facts.prior_disclosure),
        "prior_disclosure": facts.prior_disclosure,
        "loss_actual": usd(lod.actual),
        "loss_potential": usd(lod.potential),
        "loss_total": usd(lod.total),
        "proposed_penalty": usd(decision.proposed_penalty),
        "limitations_date": long_date(decision.limitations_date),
        "period_shortened": decision.period_shortened,
        "period_citation": period.citation if period else "",
        "waiver_requested": _first(findings, "PEN-WAIVER") is not None,
        "demand": lod.actual > 0,
        "demand_entries": _demand(facts),
        "demand_total": usd(lod.actual),
        "no_pre_penalty_reason": _no_pre_penalty_reason(facts, decision),
        "rules_version": rules_version,
    }


def _entries(facts: PenaltyFacts) -> list[dict[str, str]]:
    rows = []
    for entry in facts.entries:
        loss = entry_loss(entry) if entry.duty_owed is not None and entry.duty_paid is not None \
            else None
        rows.append({
            "number": entry.entry_number or NOT_GIVEN,
            "entry_date": long_date(entry.entry_date),
            "status": "liquidated" if entry.liquidated else "unliquidated",
            "entered_value": _money(entry.entered_value),
            "duty_paid": _money(entry.duty_paid),
            "duty_owed": _money(entry.duty_owed),
            "loss": _money(loss),
        })
    return rows


def _demand(facts: PenaltyFacts) -> list[dict[str, str]]:
    """1592(d): each liquidated entry with an actual loss, and how its loss is computed."""
    rows = []
    for entry in facts.entries:
        if not entry.liquidated or entry.duty_owed is None or entry.duty_paid is None:
            continue
        loss = entry_loss(entry)
        if loss > 0:
            rows.append({
                "number": entry.entry_number or NOT_GIVEN,
                "computation": f"{usd(entry.duty_owed)} owed - {usd(entry.duty_paid)} paid",
                "loss": usd(loss),
            })
    return rows


def _figures(findings: Sequence[Finding], *, prior_disclosure: bool) -> list[dict[str, str]]:
    """Each figure in plain words with its citation in full: no shorthand in a public notice."""
    rows = []
    for rule, label in FIGURE_RULES:
        found = _first(findings, rule)
        if found is None or "amount" not in found.data or (prior_disclosure and rule == "PEN-MAX"):
            continue
        citation = PUBLIC_CITATIONS.get(found.citation, found.citation)
        basis = str(found.data.get("plain") or "")
        rows.append({"label": label, "amount": usd(Decimal(found.data["amount"])),
                     "basis": f"{basis[:1].upper()}{basis[1:]} ({citation})."})
    return rows


def _no_pre_penalty_reason(facts: PenaltyFacts, decision: PenaltyDecision) -> str:
    if decision.notice != "penalty":
        return ""
    if facts.noncommercial:
        return "the importation was noncommercial"
    return "the claim is $1,000.00 or less"


def _money(amount: Decimal | None) -> str:
    return usd(amount) if amount is not None else NOT_GIVEN


def _first(findings: Sequence[Finding], rule: str) -> Finding | None:
    return next((f for f in findings if f.rule == rule), None)
