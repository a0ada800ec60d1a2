"""The example bot: a letter comes in, an acknowledgment goes out; no portal.

Added with the files of this folder and one line in config/settings.toml [bots].
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from bots.acknowledge_receipt.contract import letter_result
from bots.acknowledge_receipt.extract import LetterReading, read_letter
from bots.acknowledge_receipt.letters import TEMPLATE, letter_context
from bots.acknowledge_receipt.model import Acknowledgement, LetterFacts
from bots.acknowledge_receipt.rules import RULES_VERSION, decide
from bots.common.office import CORRESPONDENCE, office_for
from bots.common.office_clock import received_on
from bots.common.pipeline import Judgement, OfficeBot, Prepared
from tradebots.bot import StepContext

Letter = Prepared[LetterReading, LetterFacts, Acknowledgement]


class AcknowledgeReceiptBot(OfficeBot[LetterReading, LetterFacts, Acknowledgement]):
    """prepare: read the letter, draft the acknowledgment; finalize: nothing to file."""

    name = "acknowledge_receipt"
    rules_version = RULES_VERSION

    def read(self, path: Path) -> LetterReading:
        return read_letter(path)

    def judge(self, reading: LetterReading, facts: LetterFacts, looked_up: Any,
              ctx: StepContext, today: date) -> Judgement[Acknowledgement]:
        decision, findings = decide(facts, received=received_on(ctx) or today)
        return Judgement(decision, findings, letter_result(reading, facts, decision, findings))

    def letter(self, prepared: Letter) -> tuple[str, Mapping[str, Any]] | None:
        context = letter_context(prepared.facts, prepared.judgement.decision,
                                 office_for(prepared.ctx.settings, CORRESPONDENCE),
                                 letter_date=prepared.today)
        return str(TEMPLATE), context

    def due(self, prepared: Letter) -> date | None:
        return prepared.judgement.decision.due

    def summary(self, prepared: Letter) -> str:
        return f"acknowledgment to {prepared.facts.sender_name} drafted"
