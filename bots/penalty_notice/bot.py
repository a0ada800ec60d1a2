"""The penalty notice bot: referral -> figures -> portal case -> notice; after approval, file it.

    settings.bots["penalty_notice"] = "bots.penalty_notice.bot:PenaltyNoticeBot"
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from bots.common.office import PENALTY, office_for
from bots.common.office_clock import office_today
from bots.common.pipeline import Judgement, OfficeBot, Prepared, Recorded
from bots.customs.identifiers import penalty_case_port
from bots.penalty_notice.clocks import limitations_of, penalty_clocks
from bots.penalty_notice.contract import penalty_result
from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from bots.penalty_notice.letters import notice_context, notice_template
from bots.penalty_notice.letters_stage import TEMPLATE as AFTER_RESPONSE_TEMPLATE
from bots.penalty_notice.letters_stage import after_response_context
from bots.penalty_notice.model import Notice, PenaltyDecision, PenaltyFacts, usd
from bots.penalty_notice.portal import penalty_form, required
from bots.penalty_notice.rules import RULES_VERSION, choose_notice, decide_penalty
from bots.penalty_notice.stages import (
    PENALTY_STAGE,
    RESPONSE_CLOCK,
    as_penalty_notice,
    in_penalty_stage,
    pre_penalty_snapshot,
    response_wait,
)
from bots.portal.facade import Portal
from bots.portal.item import ItemPortal
from tradebots.bot import ClockRequest, StepContext, StepResult
from tradebots.errors import BusinessError

# The portal status a filed notice puts the case in.
STATUS_AFTER: dict[str, str] = {"pre_penalty": "pre_penalty_issued", "penalty": "penalty_issued"}

Penalty = Prepared[PenaltyExtraction, PenaltyFacts, PenaltyDecision]


class PenaltyNoticeBot(OfficeBot[PenaltyExtraction, PenaltyFacts, PenaltyDecision]):
    """Prepare drafts the notice and records the case; finalize files the approved notice."""

    name = "penalty_notice"
    rules_version = RULES_VERSION
    # "draft": the notice the rules give; or the notice a person chose.
    overrides = ("draft", "pre_penalty", "penalty")

    def read(self, path: Path) -> PenaltyExtraction:
        return extract_penalty(path)

    def judge(self, reading: PenaltyExtraction, facts: PenaltyFacts, looked_up: Any,
              ctx: StepContext, today: date) -> Judgement[PenaltyDecision]:
        decision, findings = decide_penalty(facts, today=today)
        if in_penalty_stage(ctx.payload) and decision.notice != "none":
            # The second stage: the penalty notice after the pre-penalty notice (162.79).
            decision, findings = as_penalty_notice(decision, findings, today)
        return Judgement(decision, findings, penalty_result(reading, facts, decision, findings))

    def overridden(self, judgement: Judgement[PenaltyDecision], override: str) -> str:
        super().overridden(judgement, override)
        decision = judgement.decision
        notice = choose_notice("draft", decision.proposed_penalty,
                               noncommercial=judgement.result.values.get("noncommercial", False))
        if override != "draft" and decision.proposed_penalty:
            notice = cast(Notice, override)
        judgement.decision = replace(decision, outcome="draft", notice=notice)
        return "draft"

    def record(self, portal: ItemPortal, prepared: Penalty) -> Recorded:
        decision, facts = prepared.judgement.decision, prepared.facts
        if decision.notice == "none":
            raise BusinessError(
                "no notice is drafted: the proposed penalty is "
                f"{usd(decision.proposed_penalty or Decimal(0))}; a person closes or decides the "
                "case", code="needs_human",
                data={"result": prepared.judgement.result.to_json()})
        case_number = required(facts.case_number, "the case number")
        saved = portal().open_penalty_case(case_number, prepared.ctx.reference,
                                           penalty_form(facts, decision))
        return Recorded(saved.number, {"case_number": saved.number, "outcome": saved.outcome,
                                       "changes": {k: list(v) for k, v in saved.changes.items()}},
                        {"notice": decision.notice})

    def letter(self, prepared: Penalty) -> tuple[str, Mapping[str, Any]] | None:
        decision, judgement = prepared.judgement.decision, prepared.judgement
        context = notice_context(
            prepared.facts, decision, judgement.findings,
            office_for(prepared.ctx.settings, PENALTY,
                       penalty_case_port(prepared.facts.case_number)),
            letter_date=prepared.today, rules_version=RULES_VERSION,
        )
        if in_penalty_stage(prepared.ctx.payload):
            context |= after_response_context(prepared.ctx.payload, prepared.facts, decision)
            return AFTER_RESPONSE_TEMPLATE, context
        return notice_template(decision.notice), context

    def due(self, prepared: Penalty) -> date | None:
        return prepared.judgement.decision.limitations_date

    def summary(self, prepared: Penalty) -> str:
        decision = prepared.judgement.decision
        notice = "pre-penalty notice" if decision.notice == "pre_penalty" else "penalty notice"
        return (f"case {prepared.recorded.number} {prepared.recorded.portal['outcome']}; {notice} "
                f"drafted, proposed penalty {usd(decision.proposed_penalty or Decimal(0))}")

    def clocks(self, ctx: StepContext, today: date) -> list[ClockRequest]:
        return penalty_clocks(str(ctx.payload["portal"]["case_number"]),
                              str(ctx.payload["notice"]), limitations_of(ctx.payload), today)

    def finalize(self, ctx: StepContext) -> StepResult:
        """File the notice; after a pre-penalty notice, wait for the response (162.78(a))."""
        filed = super().finalize(ctx)
        if ctx.payload.get("notice") != "pre_penalty" or in_penalty_stage(ctx.payload):
            return filed
        response = next((c for c in filed.clocks if c.kind == RESPONSE_CLOCK), None)
        if response is None:
            return filed  # nothing was filed: no period runs
        filed.wait = response_wait(response, ctx.settings.timezone)
        filed.payload |= {"stage": PENALTY_STAGE, "pre_penalty": pre_penalty_snapshot(
            ctx.payload, office_today(ctx), response)}
        return filed

    def file_letter(self, portal: Portal, ctx: StepContext, letter: Path) -> StepResult:
        case_number = str(ctx.payload["portal"]["case_number"])
        status = STATUS_AFTER[str(ctx.payload["notice"])]
        uploaded = portal.upload_penalty_notice(case_number, letter)
        previous = portal.set_penalty_status(case_number, status)
        return StepResult(
            payload={"filed": {"case_number": case_number, "uploaded": uploaded,
                               "status": status, "previous_status": previous}},
            summary=f"notice filed on case {case_number}; status {status}",
        )
