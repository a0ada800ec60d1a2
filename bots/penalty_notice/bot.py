"""The penalty notice bot: referral -> figures -> portal case -> notice; after approval, file it.

    settings.bots["penalty_notice"] = "bots.penalty_notice.bot:PenaltyNoticeBot"
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

from bots.common.corrections import apply_corrections
from bots.common.letters import draft_letter
from bots.common.office import OfficeInfo, office_for
from bots.penalty_notice.contract import KIND
from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from bots.penalty_notice.letters import PENALTY_OFFICE_NAME, notice_context, notice_template
from bots.penalty_notice.model import Notice, PenaltyDecision, PenaltyFacts, usd
from bots.penalty_notice.rules.decide import RULES_VERSION, choose_notice, decide_penalty
from bots.portal.item import item_portal
from bots.portal.records import PenaltyForm
from tradebots.bot import StepContext, StepResult
from tradebots.errors import BusinessError
from tradebots.facts import Finding

LETTER_PDF = "letter.pdf"
# The portal status a filed notice puts the case in.
STATUS_AFTER: dict[str, str] = {"pre_penalty": "pre_penalty_issued", "penalty": "penalty_issued"}
OVERRIDES = ("draft", "pre_penalty", "penalty")


class PenaltyNoticeBot:
    """Prepare drafts the notice and records the case; finalize files the approved notice."""

    name = "penalty_notice"
    review = True

    def __init__(
        self,
        today: Callable[[StepContext], date] | None = None,
        office: OfficeInfo | None = None,
    ) -> None:
        self._today = today or office_today
        self._office = office

    def prepare(self, ctx: StepContext) -> StepResult:
        today = self._today(ctx)
        with ctx.timed("extract"):
            extraction = read_referral(ctx)
        facts = apply_corrections(extraction.facts, ctx.corrections)
        with ctx.timed("rules"):
            decision, findings = decide_penalty(facts, today=today)
        result = contract_result(extraction, facts, decision, findings)
        result |= {"rules_version": RULES_VERSION, "template_version": None,
                   "corrections": ctx.corrections, "decision_override": ctx.decision_override}
        decision = overridden(decision, facts, ctx.decision_override, result)
        if decision.notice == "none":
            raise BusinessError(_why_no_notice(decision, findings), code="needs_human",
                                data={"result": result})
        case_number = _required(facts.case_number, "the case number")
        with ctx.timed("portal"), item_portal(ctx) as portal:
            saved = portal.open_penalty_case(
                case_number, ctx.reference, penalty_form(facts, decision)
            )
        context = notice_context(
            facts, decision, findings,
            self._office or office_for(ctx.settings, None, name=PENALTY_OFFICE_NAME),
            letter_date=today,
            rules_version=RULES_VERSION, merchandise=extraction.merchandise,
            material_facts=extraction.material_facts,
        )
        with ctx.timed("letters"):
            letter = draft_letter(notice_template(decision.notice), context, ctx.workdir)
        result["template_version"] = letter.template_version
        portal_info = {"case_number": saved.number, "outcome": saved.outcome,
                       "changes": {k: list(v) for k, v in saved.changes.items()}}
        notice = "pre-penalty notice" if decision.notice == "pre_penalty" else "penalty notice"
        return StepResult(
            payload={"result": result, "portal": portal_info, "notice": decision.notice},
            artifacts=letter.artifacts, due=decision.limitations_date,
            summary=f"case {saved.number} {saved.outcome}; {notice} drafted, proposed penalty "
            f"{usd(decision.proposed_penalty or Decimal(0))}",
        )

    def finalize(self, ctx: StepContext) -> StepResult:
        case_number = str(ctx.payload["portal"]["case_number"])
        notice = str(ctx.payload["notice"])
        letter = approved_letter(ctx)
        with item_portal(ctx) as portal:
            uploaded = portal.upload_penalty_notice(case_number, letter)
            previous = portal.set_penalty_status(case_number, STATUS_AFTER[notice])
        return StepResult(
            payload={"filed": {"case_number": case_number, "uploaded": uploaded,
                               "status": STATUS_AFTER[notice], "previous_status": previous}},
            summary=f"notice filed on case {case_number}; status {STATUS_AFTER[notice]}",
        )


def office_today(ctx: StepContext) -> date:
    """Today in the office's time zone: the day limitations and notices are reckoned from."""
    return datetime.now(ZoneInfo(ctx.settings.timezone)).date()


def read_referral(ctx: StepContext) -> PenaltyExtraction:
    """The item's referral, or a BusinessError naming the file as the clerk uploaded it."""
    if not ctx.inputs:
        raise BusinessError("the item has no referral PDF", code="no_input")
    try:
        return extract_penalty(ctx.inputs[0])
    except BusinessError as exc:  # UnusablePdf, NotAReferral: "<stored path>: cause"
        cause = exc.message.split(": ", 1)[-1]
        raise BusinessError(f"{ctx.input_names[0]}: {cause}", code=exc.code,
                            data=exc.data) from exc


def contract_result(
    extraction: PenaltyExtraction,
    facts: PenaltyFacts,
    decision: PenaltyDecision,
    findings: list[Finding],
) -> dict[str, Any]:
    """The `tradebots extract penalty-case` object, on the facts after any corrections."""
    return {
        "kind": KIND,
        "document": {"sha256": extraction.sha256, "pages": extraction.pages},
        "values": facts.to_contract_json(),
        "evidence": extraction.evidence_json(),
        "confidence": extraction.confidence_json(),
        "findings": [f.to_json() for f in findings],
        "decision": decision.to_contract_json(),
    }


def overridden(
    decision: PenaltyDecision, facts: PenaltyFacts, override: str | None, result: dict[str, Any]
) -> PenaltyDecision:
    """A person's decision: "draft" (the notice the rules give), or the notice to draft."""
    if override is None:
        return decision
    if override not in OVERRIDES:
        raise BusinessError(f"decision {override!r} is not one of {', '.join(OVERRIDES)}",
                            code="decision", data={"result": result})
    notice = choose_notice("draft", decision.proposed_penalty, noncommercial=facts.noncommercial)
    if override != "draft" and decision.proposed_penalty:
        notice = cast(Notice, override)
    if notice == "none":
        raise BusinessError("no notice can be drafted: the proposed penalty is not computed or is "
                            "$0.00; a person writes it", code="decision", data={"result": result})
    return replace(decision, outcome="draft", notice=notice)


def penalty_form(facts: PenaltyFacts, decision: PenaltyDecision) -> PenaltyForm:
    """What the portal records of the case: culpability and the amounts."""
    assert decision.loss_of_duties is not None and decision.proposed_penalty is not None
    return PenaltyForm(
        party_name=_required(facts.party_name, "the party's name"),
        importer_number=_required(facts.importer_number, "the importer number"),
        culpability=_required(facts.culpability, "the culpability"),
        loss_of_duties=decision.loss_of_duties.total,
        proposed_penalty=decision.proposed_penalty,
        entries=tuple(e.entry_number for e in facts.entries if e.entry_number),
    )


def approved_letter(ctx: StepContext) -> Path:
    """The notice the supervisor approved: the item's stored letter.pdf."""
    return ctx.artifact(LETTER_PDF)


def _required(value: str | None, what: str) -> str:
    if not value:
        raise BusinessError(f"the referral does not give {what}; the case cannot be recorded",
                            code="letter_facts")
    return value


def _why_no_notice(decision: PenaltyDecision, findings: list[Finding]) -> str:
    open_findings = [f for f in findings if f.data.get("outcome") == "needs_human"]
    if open_findings:
        named = "; ".join(f"{f.rule} ({f.citation}): {f.message}" for f in open_findings)
        return f"a person must decide: {named}"
    return (f"no notice is drafted: the proposed penalty is "
            f"{usd(decision.proposed_penalty or Decimal(0))}; a person closes or decides the case")
