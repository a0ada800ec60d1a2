"""Protest decisions as pure functions: facts and a date in, cited findings and an outcome out."""

from bots.protest_intake.rules.decide import RULES_VERSION, decide, outcome_of

__all__ = ["RULES_VERSION", "decide", "outcome_of"]
