"""The ruling-request triage bot: read the letter, decide, open the portal case, draft the answer.

prepare: extract -> corrections -> decide (a person's --decide wins) -> portal case with the
request attached (found again by the item's reference on a re-run) -> letter.docx + letter.pdf.
finalize (after approval): attach the approved letter to the case and set its status.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from bots.common.office import office_for
from bots.common.office_clock import received_on
from bots.common.pipeline import Judgement, OfficeBot, Prepared, Recorded
from bots.portal.facade import Portal
from bots.portal.item import ItemPortal
from bots.ruling_triage.clocks import ruling_clocks
from bots.ruling_triage.contract import received_date, ruling_result
from bots.ruling_triage.extract import RulingExtraction, extract_ruling
from bots.ruling_triage.letters import (
    LETTER_TEMPLATES,
    SIGNATORIES,
    letter_context,
    letter_template,
)
from bots.ruling_triage.model import RulingDecision, RulingFacts
from bots.ruling_triage.portal import named_copy, open_case, ruling_form
from bots.ruling_triage.request_date_order import dated_by_receipt
from bots.ruling_triage.rules import RULES_VERSION, decide_ruling
from tradebots.bot import ClockRequest, StepContext, StepResult
from tradebots.errors import BusinessError

# The portal status a finalized letter leaves the case in.
CASE_STATUS = {"accept": "accepted", "deficient": "deficient", "no_ruling": "no_ruling"}

Ruling = Prepared[RulingExtraction, RulingFacts, RulingDecision]


class RulingTriageBot(OfficeBot[RulingExtraction, RulingFacts, RulingDecision]):
    """bots.ruling_triage.bot:RulingTriageBot"""

    name = "ruling_triage"
    rules_version = RULES_VERSION
    overrides = tuple(LETTER_TEMPLATES)

    def read(self, path: Path) -> RulingExtraction:
        return extract_ruling(path)

    def judge(self, reading: RulingExtraction, facts: RulingFacts, looked_up: Any,
              ctx: StepContext, today: date) -> Judgement[RulingDecision]:
        received = _received(reading, ctx, today)
        facts = dated_by_receipt(facts, received)  # (no outcome rests on it: the record's value)
        decision, findings = decide_ruling(facts, received=received)
        return Judgement(decision, findings, ruling_result(reading, facts, decision, findings))

    def record(self, portal: ItemPortal, prepared: Ruling) -> Recorded:
        ctx = prepared.ctx
        request = named_copy(ctx.inputs[0], ctx.workdir / "request", ctx.input_names[0])
        saved = open_case(portal(), ctx.reference,
                          ruling_form(prepared.facts, prepared.judgement.decision), request)
        return Recorded(
            saved.number, {"control_number": saved.number, "case": saved.outcome},
            {"facts": prepared.reading.extras(),
             "letter": {"outcome": prepared.outcome,
                        "template": letter_template(prepared.outcome)}},
        )

    def letter(self, prepared: Ruling) -> tuple[str, Mapping[str, Any]] | None:
        template = letter_template(prepared.outcome)
        if template is None:
            return None
        reading, judgement = prepared.reading, prepared.judgement
        agent = reading.fields.get("agent_name")
        context = letter_context(
            prepared.facts, judgement.decision, judgement.findings,
            office_for(prepared.ctx.settings, SIGNATORIES[judgement.decision.route]),
            outcome=prepared.outcome,
            control_number=prepared.recorded.number or "",
            received=_received(reading, prepared.ctx, prepared.today),
            letter_date=prepared.today,
            agent_name=agent.value if agent is not None else None,
        )
        return template, context

    def due(self, prepared: Ruling) -> date | None:
        return prepared.judgement.decision.due

    def summary(self, prepared: Ruling) -> str:
        template = letter_template(prepared.outcome) or "no"
        return (f"{prepared.outcome} ({prepared.judgement.decision.route}); case "
                f"{prepared.recorded.number} {prepared.recorded.portal['case']}; "
                f"{Path(template).stem} letter drafted")

    def clocks(self, ctx: StepContext, today: date) -> list[ClockRequest]:
        return ruling_clocks(*approved_case(ctx.payload), today)

    def file_letter(self, portal: Portal, ctx: StepContext, letter: Path) -> StepResult:
        control, outcome = approved_case(ctx.payload)
        named = named_copy(letter, ctx.workdir / "letter", f"{control}-{outcome}.pdf")
        uploaded = portal.attach_ruling_file(control, named, kind="letter")
        previous = portal.set_ruling_status(control, CASE_STATUS[outcome])
        return StepResult(summary=f"case {control}: letter "
                          f"{'uploaded' if uploaded else 'already there'}, status "
                          f"{CASE_STATUS[outcome]}"
                          + (f" (was {previous})" if previous else " (already set)"))


def _received(reading: RulingExtraction, ctx: StepContext, today: date) -> date:
    return received_date(reading, received_on(ctx), today)


def approved_case(payload: dict[str, Any]) -> tuple[str, str]:
    """The control number and the letter's outcome that prepare recorded."""
    try:
        return payload["portal"]["control_number"], payload["letter"]["outcome"]
    except (KeyError, TypeError):
        raise BusinessError("the item has no prepared ruling case to finalize",
                            code="not_prepared") from None
