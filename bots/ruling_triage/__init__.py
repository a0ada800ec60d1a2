"""Binding-ruling request triage (19 CFR Part 177): facts in, cited findings and a decision out."""

from bots.ruling_triage.model import RulingDecision, RulingFacts
from bots.ruling_triage.rules.decide import RULES_VERSION, decide_ruling

__all__ = ["RULES_VERSION", "RulingDecision", "RulingFacts", "decide_ruling"]
