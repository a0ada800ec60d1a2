"""The protest intake bot: read the protest, decide it under the law, file it, draft the letter."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from bots.common.dates import add_years
from bots.common.office import PROTEST, office_for
from bots.common.office_clock import received_on
from bots.common.pipeline import Judgement, OfficeBot, Prepared, Recorded
from bots.portal.facade import Portal
from bots.portal.item import ItemPortal
from bots.portal.sweep import sweep_portal_drafts
from bots.protest_intake.clocks import protest_clocks
from bots.protest_intake.contract import protest_result, with_received_date
from bots.protest_intake.extract import ProtestExtraction, extract_protest
from bots.protest_intake.letters import LETTER_TEMPLATES, letter_context
from bots.protest_intake.model import OUTCOME_PRECEDENCE, Outcome, ProtestDecision, ProtestFacts
from bots.protest_intake.portal import PortalRecord, check_entries, file_protest
from bots.protest_intake.rules import RULES_VERSION, decide
from bots.protest_intake.rules.procedure import deemed_denied
from tradebots.bot import ClockRequest, StepContext, StepResult
from tradebots.settings import Settings

# The portal status a protest gets once its letter has gone out.
STATUS_AFTER_LETTER: dict[str, str] = {
    "accept": "accepted", "deficient": "deficient", "untimely": "untimely",
    "premature": "premature", "invalid": "invalid",
}
FILED_OUTCOMES = frozenset({"accept", "deficient", "untimely", "premature"})

Protest = Prepared[ProtestExtraction, ProtestFacts, ProtestDecision]


class ProtestIntakeBot(OfficeBot[ProtestExtraction, ProtestFacts, ProtestDecision]):
    """prepare: extract, check with the portal, decide, file, draft; finalize: send and clock."""

    name = "protest_intake"
    rules_version = RULES_VERSION
    overrides = OUTCOME_PRECEDENCE

    def read(self, path: Path) -> ProtestExtraction:
        return extract_protest(path)

    def sweep_leftovers(self, settings: Settings, running: Callable[[str], bool],
                        now: datetime) -> int:
        """Discard portal drafts that killed runs left and whose items are no longer running."""
        return len(sweep_portal_drafts(settings, running, now))

    def complete(self, facts: ProtestFacts, reading: ProtestExtraction, ctx: StepContext,
                 today: date) -> ProtestFacts:
        return with_received_date(facts, received_on(ctx))

    def look_up(self, portal: ItemPortal, facts: ProtestFacts, ctx: StepContext) -> PortalRecord:
        return check_entries(portal(), facts, ctx.reference)

    def judge(self, reading: ProtestExtraction, facts: ProtestFacts, looked_up: Any,
              ctx: StepContext, today: date) -> Judgement[ProtestDecision]:
        record: PortalRecord = looked_up
        decision, findings = decide(
            facts, today=today, prior_protests=record.prior_protests,
            portal_liquidation=record.liquidation, portal_unliquidated=record.unliquidated,
        )
        return Judgement(decision, findings, protest_result(reading, facts, decision, findings))

    def record(self, portal: ItemPortal, prepared: Protest) -> Recorded:
        if prepared.outcome not in FILED_OUTCOMES:
            return Recorded(None)
        ctx = prepared.ctx
        pdf = ctx.workdir / ctx.input_names[0]
        shutil.copyfile(ctx.inputs[0], pdf)
        saved = file_protest(portal(), prepared.facts, prepared.looked_up, ctx.reference, pdf)
        return Recorded(saved.number, {
            "protest_number": saved.number, "saved": saved.outcome,
            "changes": {k: list(v) for k, v in saved.changes.items()},
        })

    def letter(self, prepared: Protest) -> tuple[str, Mapping[str, Any]] | None:
        template = LETTER_TEMPLATES.get(prepared.outcome)  # type: ignore[call-overload]
        if template is None:
            return None
        facts = prepared.facts
        number = prepared.recorded.number or facts.protest_number
        decision = replace(prepared.judgement.decision, outcome=cast(Outcome, prepared.outcome))
        context = letter_context(
            replace(facts, protest_number=number), decision, prepared.judgement.findings,
            office_for(prepared.ctx.settings, PROTEST, facts.port_code), letter_date=prepared.today,
        )
        return f"protest/{template}.docx", context

    def due(self, prepared: Protest) -> date | None:
        """The 174.21(a) decision date for an accepted protest (none once an exclusion protest
        is deemed denied), the end of the amendment window (174.14) for a deficient one."""
        received = prepared.facts.received_date
        if prepared.outcome == "accept" and deemed_denied(prepared.facts, prepared.today):
            return None  # 174.21(b): it stands denied, no decision is due
        if prepared.outcome == "accept" and received is not None:
            return add_years(received, 2)
        if prepared.outcome == "deficient":
            return prepared.judgement.decision.deadline
        return None

    def summary(self, prepared: Protest) -> str:
        return f"{prepared.outcome}; protest {prepared.recorded.number or 'not filed'}"

    def clocks(self, ctx: StepContext, today: date) -> list[ClockRequest]:
        return protest_clocks(ctx.payload["result"], today)

    def file_letter(self, portal: Portal, ctx: StepContext, letter: Path) -> StepResult:
        number = ctx.payload["portal"]["protest_number"]
        status = STATUS_AFTER_LETTER[ctx.payload["result"]["decision"]["outcome"]]
        portal.upload_protest_letter(number, letter)
        portal.set_protest_status(number, status)
        return StepResult(payload={"filed": {"protest_number": number, "status": status}},
                          summary=f"letter filed on protest {number}")

