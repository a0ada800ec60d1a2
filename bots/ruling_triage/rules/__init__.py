"""Ruling-request decisions as pure functions: facts and a date in, findings and a decision out."""

from bots.ruling_triage.rules.decide import RULES_VERSION, decide_ruling

__all__ = ["RULES_VERSION", "decide_ruling"]
