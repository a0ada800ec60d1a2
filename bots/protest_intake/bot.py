"""The protest intake bot: read the protest, decide it under the law, file it, draft the letter."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from typing import Any

from bots.common.corrections import apply_corrections
from bots.common.letters import DraftedLetter, draft_letter
from bots.common.office import office_for
from bots.portal.item import item_portal
from bots.protest_intake.contract import ProtestReading, decide_reading, with_received_date
from bots.protest_intake.extract import ProtestExtraction, extract_protest
from bots.protest_intake.letters import LETTER_TEMPLATES, letter_context, plus_years
from bots.protest_intake.model import OUTCOME_PRECEDENCE, Outcome, ProtestFacts
from bots.protest_intake.portal import check_entries, file_protest
from bots.protest_intake.rules import RULES_VERSION
from tradebots.bot import Artifact, StepContext, StepResult
from tradebots.errors import BusinessError

# The portal status a protest gets once its letter has gone out.
STATUS_AFTER_LETTER: dict[str, str] = {
    "accept": "accepted", "deficient": "deficient", "untimely": "untimely",
    "premature": "premature", "invalid": "invalid",
}
FILED_OUTCOMES = frozenset({"accept", "deficient", "untimely", "premature"})


class ProtestIntakeBot:
    """prepare: extract, check with the portal, decide, file, draft; finalize: send and clock."""

    name = "protest_intake"
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        with ctx.timed("extract"):
            extraction = read_input(ctx)
        received = date.fromisoformat(ctx.payload.get("received") or ctx.received_at)
        facts = with_received_date(apply_corrections(extraction.facts, ctx.corrections), received)
        today = date.fromisoformat(ctx.payload.get("today") or date.today().isoformat())
        pdf = ctx.workdir / ctx.input_names[0]
        shutil.copyfile(ctx.inputs[0], pdf)
        with ctx.timed("portal"), item_portal(ctx) as portal:
            record = check_entries(portal, facts, ctx.reference)
            with ctx.timed("rules"):
                reading = decide_reading(
                    extraction, facts, today=today, prior_protests=record.prior_protests,
                    portal_liquidation=record.liquidation,
                    portal_unliquidated=record.unliquidated,
                )
                outcome = decided_outcome(reading, ctx.decision_override)
                result = result_json(reading, ctx, outcome)
            if outcome == "needs_human":
                raise BusinessError(needs_human_message(reading), code="rules",
                                    data={"result": result})
            saved = file_protest(portal, facts, record, ctx.reference, pdf) \
                if outcome in FILED_OUTCOMES else None
        portal_json: dict[str, Any] = {}
        if saved is not None:
            portal_json = {"protest_number": saved.number, "saved": saved.outcome,
                           "changes": {k: list(v) for k, v in saved.changes.items()}}
        artifacts: list[Artifact] = []
        if outcome in LETTER_TEMPLATES:
            with ctx.timed("letters"):
                number = portal_json.get("protest_number") or facts.protest_number
                letter = draft_protest_letter(ctx, replace(facts, protest_number=number),
                                              reading, outcome, today)
            result["template_version"] = letter.template_version
            artifacts = letter.artifacts
        summary = f"{outcome}; protest {portal_json.get('protest_number', 'not filed')}"
        return StepResult(payload={"result": result, "portal": portal_json},
                          artifacts=artifacts, summary=summary,
                          due=office_deadline(outcome, facts, reading))

    def finalize(self, ctx: StepContext) -> StepResult:
        result = ctx.payload.get("result") or {}
        outcome = result.get("decision", {}).get("outcome")
        number = (ctx.payload.get("portal") or {}).get("protest_number")
        if number is None:
            return StepResult(summary=f"{outcome}: nothing to file in the portal")
        with item_portal(ctx) as portal:
            portal.upload_protest_letter(number, ctx.artifact("letter.pdf"))
            portal.set_protest_status(number, STATUS_AFTER_LETTER[outcome])
        open_clocks(ctx, result)
        return StepResult(payload={"filed": {"protest_number": number,
                                             "status": STATUS_AFTER_LETTER[outcome]}},
                          summary=f"letter filed on protest {number}")


def draft_protest_letter(
    ctx: StepContext, facts: ProtestFacts, reading: ProtestReading, outcome: Outcome, today: date
) -> DraftedLetter:
    """The outcome's letter (.docx and its PDF preview), signed for the port of the protest."""
    decision = replace(reading.decision, outcome=outcome)
    office = office_for(ctx.settings, facts.port_code)
    context = letter_context(facts, decision, reading.findings, office, letter_date=today,
                             rules_version=RULES_VERSION)
    return draft_letter(f"protest/{LETTER_TEMPLATES[outcome]}.docx", context, ctx.workdir)


def office_deadline(outcome: Outcome, facts: ProtestFacts, reading: ProtestReading) -> date | None:
    """The date the office works to: the 174.21(a) decision for an accepted protest, the end of
    the amendment window (174.14) for a deficient one."""
    if outcome == "accept" and facts.received_date is not None:
        return plus_years(facts.received_date, 2)
    if outcome == "deficient":
        return reading.decision.deadline
    return None


def read_input(ctx: StepContext) -> ProtestExtraction:
    """Extract the protest; an unreadable file goes to a person, named as the clerk knows it."""
    try:
        return extract_protest(ctx.inputs[0])
    except BusinessError as exc:
        cause = exc.message.split(": ", 1)[-1]
        raise BusinessError(f"{ctx.input_names[0]}: {cause}", code=exc.code, data=exc.data) from exc


def decided_outcome(reading: ProtestReading, override: str | None) -> Outcome:
    """The rules' outcome, unless a person decided otherwise (resolve --decide)."""
    if override is None:
        return reading.decision.outcome
    if override not in OUTCOME_PRECEDENCE:
        raise BusinessError(f"the decision {override!r} is not a protest outcome "
                            f"({', '.join(OUTCOME_PRECEDENCE)})", code="override")
    return override


def needs_human_message(reading: ProtestReading) -> str:
    reasons = [f"{f.rule} ({f.citation}): {f.message}" for f in reading.findings
               if f.data.get("outcome") == "needs_human"]
    return "A person must decide: " + " | ".join(reasons or ["the rules could not decide"])


def result_json(reading: ProtestReading, ctx: StepContext, outcome: Outcome) -> dict[str, Any]:
    """The contract JSON, with what made the decision: rules version and a person's input."""
    result = reading.to_json()
    result["decision"]["outcome"] = outcome
    result["rules_version"] = RULES_VERSION
    result["corrections"] = ctx.corrections
    result["decision_override"] = ctx.decision_override
    result["findings_detail"] = [f.as_dict() for f in reading.findings]
    return result


def open_clocks(ctx: StepContext, result: dict[str, Any]) -> None:
    """After the letter goes out the statutory clocks keep running (174.21, 174.22)."""
    from workflows.clocks import open_clock

    if ctx.services is None or result["decision"]["outcome"] != "accept":
        return
    received = date.fromisoformat(result["values"]["received_date"])
    open_clock(ctx.services, ctx.item_id, "protest_decision", received)
    if result["values"].get("category") == "exclusion":
        open_clock(ctx.services, ctx.item_id, "exclusion_deemed_denial", received)
    if result["values"].get("accelerated_disposition"):
        # 174.22 counts from mailing, which the bot cannot see: receipt is the nearest fact.
        open_clock(ctx.services, ctx.item_id, "accelerated_disposition", received,
                   note="counted from receipt; check the certified-mail postmark")
