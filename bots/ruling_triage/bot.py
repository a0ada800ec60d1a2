"""The ruling-request triage bot: read the letter, decide, open the portal case, draft the answer.

prepare: extract -> corrections -> decide (a person's --decide wins) -> portal case with the
request attached (found again by the item's reference on a re-run) -> letter.docx + letter.pdf.
finalize (after approval): attach the approved letter to the case and set its status.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bots.common.corrections import apply_corrections
from bots.common.letters import draft_letter
from bots.portal.item import item_portal
from bots.portal.records import RulingForm
from bots.ruling_triage.contract import contract_json, received_date
from bots.ruling_triage.extract import RulingExtraction, extract_ruling
from bots.ruling_triage.letters import LETTER_TEMPLATES, letter_context, letter_template
from bots.ruling_triage.model import RulingDecision, RulingFacts
from bots.ruling_triage.rules._common import OPEN, OUTCOME
from bots.ruling_triage.rules.decide import RULES_VERSION, decide_ruling
from tradebots.bot import StepContext, StepResult
from tradebots.errors import BusinessError
from tradebots.facts import Finding
from tradebots.pdf import UnusablePdf

# The portal status a finalized letter leaves the case in.
CASE_STATUS = {"accept": "accepted", "deficient": "deficient", "no_ruling": "no_ruling"}
NOT_GIVEN = "(not given in the request)"


class RulingTriageBot:
    """bots.ruling_triage.bot:RulingTriageBot"""

    name = "ruling_triage"
    review = True

    def prepare(self, ctx: StepContext) -> StepResult:
        with ctx.timed("extract"):
            extraction = read_request(ctx)
        facts = apply_corrections(extraction.facts, ctx.corrections)
        stored = date.fromisoformat(ctx.received_at) if ctx.received_at else None
        today = office_today(ctx)
        received = received_date(extraction, stored, today)
        with ctx.timed("rules"):
            decision, findings = decide_ruling(facts, received=received)
        result = contract_json(extraction, facts, decision, findings) | {
            "rules_version": RULES_VERSION,
            "template_version": None,
            "corrections": ctx.corrections,
            "decision_override": ctx.decision_override,
        }
        outcome = ctx.decision_override or decision.outcome
        if outcome == "needs_human":
            raise BusinessError(f"{ctx.input_names[0]}: a person decides: {open_points(findings)}",
                                code="needs_decision", data={"result": result})
        template = letter_template(outcome)
        if template is None:
            raise BusinessError(f"no letter is drafted for outcome {outcome!r}; one of "
                                f"{', '.join(LETTER_TEMPLATES)}", code="decision_override")
        request_pdf = _named_copy(ctx.inputs[0], ctx.workdir / "request", ctx.input_names[0])
        with ctx.timed("portal"), item_portal(ctx) as portal:
            saved = portal.find_or_create_ruling_case(ctx.reference, ruling_form(facts, decision))
            portal.attach_ruling_file(saved.number, request_pdf, kind="request")
        context = letter_context(
            facts, decision, findings, outcome=outcome, control_number=saved.number,
            received=received, letter_date=today, rules_version=RULES_VERSION,
            agent_name=extraction.fields["agent_name"].value
            if "agent_name" in extraction.fields else None,
        )
        with ctx.timed("letters"):
            letter = draft_letter(template, context, ctx.workdir)
        result["template_version"] = letter.template_version
        payload: dict[str, Any] = {
            "result": result,
            "facts": extraction.extras(),
            "portal": {"control_number": saved.number, "case": saved.outcome},
            "letter": {"outcome": outcome, "template": template},
        }
        summary = (f"{outcome} ({decision.route}); case {saved.number} {saved.outcome}; "
                   f"{Path(template).stem} letter drafted")
        return StepResult(payload=payload, artifacts=letter.artifacts, summary=summary,
                          due=decision.due)

    def finalize(self, ctx: StepContext) -> StepResult:
        control, outcome = approved_case(ctx.payload)
        letter = _named_copy(approved_letter(ctx), ctx.workdir / "letter",
                             f"{control}-{outcome}.pdf")
        with item_portal(ctx) as portal:
            uploaded = portal.attach_ruling_file(control, letter, kind="letter")
            previous = portal.set_ruling_status(control, CASE_STATUS[outcome])
        return StepResult(summary=f"case {control}: letter "
                          f"{'uploaded' if uploaded else 'already there'}, status "
                          f"{CASE_STATUS[outcome]}"
                          + (f" (was {previous})" if previous else " (already set)"))


def read_request(ctx: StepContext) -> RulingExtraction:
    """Extract the first input; a bad file or another kind of document names the file."""
    name = ctx.input_names[0]
    try:
        return extract_ruling(ctx.inputs[0])
    except UnusablePdf as exc:
        raise BusinessError(f"{name}: {exc.cause}", code=exc.code, data=exc.data) from exc
    except BusinessError as exc:
        cause = exc.message.split(": ", 1)[-1]
        raise BusinessError(f"{name}: {cause}", code=exc.code, data=exc.data) from exc


def ruling_form(facts: RulingFacts, decision: RulingDecision) -> RulingForm:
    """What the portal case records: type, product, proposed HTS and route."""
    return RulingForm(
        requester_name=facts.requester_name or NOT_GIVEN,
        ruling_type=facts.ruling_type or "other",
        product_description=facts.product_description or NOT_GIVEN,
        proposed_hts=facts.proposed_hts,
        route=decision.route,
    )


def open_points(findings: list[Finding]) -> str:
    """The findings that sent the request to a person, as one line."""
    points = [f.message for f in findings if f.data.get(OUTCOME) == "needs_human"
              or (f.data.get(OPEN) and f.severity != "info")]
    return " ".join(points) or "the decision needs a person"


def office_today(ctx: StepContext) -> date:
    """Today in the office's time zone (letters are dated with it)."""
    return datetime.now(ZoneInfo(ctx.settings.timezone)).date()


def approved_case(payload: dict[str, Any]) -> tuple[str, str]:
    """The control number and the letter's outcome that prepare recorded."""
    try:
        return payload["portal"]["control_number"], payload["letter"]["outcome"]
    except (KeyError, TypeError):
        raise BusinessError("the item has no prepared ruling case to finalize",
                            code="not_prepared") from None


def approved_letter(ctx: StepContext) -> Path:
    """The approved letter: the item's newest letter.pdf."""
    return ctx.artifact("letter.pdf")


def _named_copy(source: Path, folder: Path, name: str) -> Path:
    # The file store names files by digest; the portal shows the name a clerk recognizes.
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(name).name
    shutil.copyfile(source, target)
    return target
