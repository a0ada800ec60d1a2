"""Penalty decisions as pure functions: facts and a date in, cited findings and a decision out."""

from bots.penalty_notice.rules.decide import RULES_VERSION, choose_notice, decide_penalty

__all__ = ["RULES_VERSION", "choose_notice", "decide_penalty"]
