"""The one prepare/finalize pipeline every office bot runs; a bot supplies only its parts.

prepare: read the document -> a person's corrections -> look up the portal (if the bot needs it)
-> decide -> a person's decision -> record in the portal -> draft the letter.
finalize (after approval): file the approved letter in the portal.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from bots.common.corrections import apply_corrections, field_kinds
from bots.common.findings import person_reasons
from bots.common.letters import DraftedLetter, draft_letter
from bots.common.office_clock import office_today
from bots.portal.facade import Portal
from bots.portal.item import ItemPortal, item_portal
from tradebots.bot import Artifact, ClockRequest, StepContext, StepResult
from tradebots.errors import BusinessError
from tradebots.facts import PERSON_DECIDES, Finding
from tradebots.pdf import UnusablePdf
from tradebots.pdf.document import ReadingBudget, reading_budget
from tradebots.result import BotResult

LETTER_PDF = "letter.pdf"

ReadingT = TypeVar("ReadingT")
FactsT = TypeVar("FactsT")
DecisionT = TypeVar("DecisionT")
T = TypeVar("T")


@dataclass
class Judgement(Generic[DecisionT]):
    """The rules' decision on the facts, its findings and the result the item stores."""

    decision: DecisionT
    findings: list[Finding]
    result: BotResult


@dataclass
class Recorded:
    """What the portal holds after prepare: its number, and what the item's payload keeps."""

    number: str | None
    portal: dict[str, Any] = field(default_factory=dict)
    payload: dict[str, Any] = field(default_factory=dict)  # further keys of the item's payload


@dataclass
class Prepared(Generic[ReadingT, FactsT, DecisionT]):
    """Everything prepare found, handed to the bot's letter, summary and due-date parts."""

    ctx: StepContext
    reading: ReadingT
    facts: FactsT
    looked_up: Any
    judgement: Judgement[DecisionT]
    outcome: str
    recorded: Recorded
    today: date


def read_input(ctx: StepContext, reader: Callable[[Path], T]) -> T:
    """Read the item's document; a bad or wrong file is named as the clerk uploaded it."""
    if not ctx.inputs:
        raise BusinessError("the item has no document to read", code="no_input")
    name = ctx.input_names[0]
    try:
        with reading_budget(ReadingBudget.of(ctx.settings.reading)):
            return reader(ctx.inputs[0])
    except UnusablePdf as exc:
        raise BusinessError(f"{name}: {exc.reason}", code=exc.code, data=exc.data) from exc
    except BusinessError as exc:  # "<stored path>: cause"
        cause = exc.message.split(": ", 1)[-1]
        raise BusinessError(f"{name}: {cause}", code=exc.code, data=exc.data) from exc


class OfficeBot(ABC, Generic[ReadingT, FactsT, DecisionT]):
    """A bot of the office: the pipeline is here, the bot's reading, law and portal are its own."""

    name: str
    review = True
    rules_version: str
    # What a person may decide instead of the rules (resolve --decide), besides the rules' own.
    overrides: tuple[str, ...] = ()

    # --- the bot's parts ------------------------------------------------------------------------
    @abstractmethod
    def read(self, path: Path) -> ReadingT:
        """Read the document at PATH (raises UnusablePdf or a BusinessError naming the cause)."""

    def facts_of(self, reading: ReadingT) -> FactsT:
        """The facts the reading gives: its `facts`, as every reader returns them."""
        facts: FactsT = getattr(reading, "facts")  # noqa: B009 (ReadingT is not bound)
        return facts

    def complete(self, facts: FactsT, reading: ReadingT, ctx: StepContext, today: date) -> FactsT:
        """Facts the document leaves to the item (e.g. the date it was received)."""
        return facts

    def look_up(self, portal: ItemPortal, facts: FactsT, ctx: StepContext) -> Any:
        """What the rules need from the portal before deciding; nothing by default."""
        return None

    @abstractmethod
    def judge(self, reading: ReadingT, facts: FactsT, looked_up: Any, ctx: StepContext,
              today: date) -> Judgement[DecisionT]:
        """Apply the rules: the decision, its findings and the result to store."""

    def overridden(self, judgement: Judgement[DecisionT], override: str) -> str:
        """The outcome a person decided; a value the bot cannot act on goes back to them."""
        if override not in self.overrides:
            raise BusinessError(f"the decision {override!r} is not one of "
                                f"{', '.join(self.overrides)}", code="decision_override",
                                data={"result": judgement.result.to_json()})
        return override

    def record(self, portal: ItemPortal, prepared: Prepared[ReadingT, FactsT, DecisionT]
               ) -> Recorded:
        """Enter the case in the portal (idempotent: a re-run finds what it entered); a bot
        without a portal records nothing."""
        return Recorded(None)

    @abstractmethod
    def letter(self, prepared: Prepared[ReadingT, FactsT, DecisionT]
               ) -> tuple[str, Mapping[str, Any]] | None:
        """The letter's template and context, or None when the outcome sends no letter."""

    def due(self, prepared: Prepared[ReadingT, FactsT, DecisionT]) -> date | None:
        """The statutory date the office works to; the queue sorts by it."""
        return None

    @abstractmethod
    def summary(self, prepared: Prepared[ReadingT, FactsT, DecisionT]) -> str:
        """One line for the queue: what prepare did."""

    def file_letter(self, portal: Portal, ctx: StepContext, letter: Path) -> StepResult:
        """Finalize: file the approved letter in the portal and say what was filed."""
        raise NotImplementedError(f"{self.name} records cases in the portal but files no letter")

    def clocks(self, ctx: StepContext, today: date) -> list[ClockRequest]:
        """The statutory clocks the filed letter starts (the engine opens them with the step)."""
        return []

    def files_letter(self, ctx: StepContext) -> bool:
        """Whether finalize has anything to file: only a case prepare entered in the portal."""
        return bool(ctx.payload.get("portal"))

    # --- the pipeline ---------------------------------------------------------------------------
    def prepare(self, ctx: StepContext) -> StepResult:
        today = office_today(ctx)
        with ctx.timed("extract"):
            reading = read_input(ctx, self.read)
        facts = apply_corrections(self.facts_of(reading), ctx.corrections)
        facts = self.complete(facts, reading, ctx, today)
        with ItemPortal(ctx) as portal:
            with ctx.timed("portal"):
                looked_up = self.look_up(portal, facts, ctx)
            with ctx.timed("rules"):
                judgement = self.judge(reading, facts, looked_up, ctx, today)
            result = judgement.result
            result.rules_version = self.rules_version
            result.corrections = ctx.corrections
            result.decision_override = ctx.decision_override
            outcome = self._outcome(judgement, ctx.decision_override)
            if outcome == PERSON_DECIDES:
                raise BusinessError(_person_message(ctx, judgement.findings), code="needs_human",
                                    data={"result": result.to_json(), **self._form(facts)})
            prepared = Prepared(ctx, reading, facts, looked_up, judgement, outcome, Recorded(None),
                                today)
            with ctx.timed("portal"):
                prepared.recorded = self.record(portal, prepared)
        # The case is in the portal now: its number stays on the item if drafting fails.
        ctx.keep({"portal": prepared.recorded.portal, **prepared.recorded.payload})
        artifacts: list[Artifact] = []
        drafted = self._draft(prepared)
        if drafted is not None:
            result.template_version = drafted.template_version
            artifacts = drafted.artifacts
        payload = {"result": result.to_json(), "outcome": outcome,
                   "portal": prepared.recorded.portal, **prepared.recorded.payload,
                   **self._form(facts)}
        return StepResult(payload=payload, artifacts=artifacts, summary=self.summary(prepared),
                          due=self.due(prepared))

    def finalize(self, ctx: StepContext) -> StepResult:
        if not self.files_letter(ctx):
            return StepResult(summary=f"{ctx.payload.get('outcome')}: nothing to file in the "
                                      "portal")
        letter = ctx.artifact(LETTER_PDF)
        with ctx.timed("portal"), item_portal(ctx) as portal:
            filed = self.file_letter(portal, ctx, letter)
        filed.clocks.extend(self.clocks(ctx, office_today(ctx)))
        return filed

    def _form(self, facts: FactsT) -> dict[str, Any]:
        """What the review form needs: each fact's kind, and the outcomes a person may decide."""
        return {"fields": field_kinds(facts),
                "decisions": [o for o in self.overrides if o != PERSON_DECIDES]}

    def _outcome(self, judgement: Judgement[DecisionT], override: str | None) -> str:
        if override is None:
            return judgement.result.outcome or PERSON_DECIDES
        outcome = self.overridden(judgement, override)
        judgement.result.decision["outcome"] = outcome
        return outcome

    def _draft(self, prepared: Prepared[ReadingT, FactsT, DecisionT]) -> DraftedLetter | None:
        letter = self.letter(prepared)
        if letter is None:
            return None
        template, context = letter
        with prepared.ctx.timed("letters"):
            return draft_letter(template, context, prepared.ctx.workdir)


def _person_message(ctx: StepContext, findings: list[Finding]) -> str:
    reasons = person_reasons(findings) or ["the rules could not decide"]
    return f"{ctx.input_names[0]}: a person decides: " + " | ".join(reasons)
