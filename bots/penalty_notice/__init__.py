"""Penalty notices under 19 U.S.C. 1592: the case's figures, dates, notice and outcome."""

from bots.penalty_notice.model import (
    Culpability,
    LossOfDuties,
    Notice,
    Outcome,
    PenaltyDecision,
    PenaltyEntry,
    PenaltyFacts,
)
from bots.penalty_notice.rules.decide import RULES_VERSION, choose_notice, decide_penalty

__all__ = [
    "RULES_VERSION",
    "Culpability",
    "LossOfDuties",
    "Notice",
    "Outcome",
    "PenaltyDecision",
    "PenaltyEntry",
    "PenaltyFacts",
    "choose_notice",
    "decide_penalty",
]
