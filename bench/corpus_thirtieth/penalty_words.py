"""How referrals name culpability, prior disclosure and liquidation, in several habits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.corpus_thirtieth.formats import date_text, money_text
from bench.corpus_thirtieth.penalty_cases import PenaltyFacts

CULPABILITY = {
    "negligence": ["Negligence", "negligent (failure to exercise reasonable care)",
                   "NEGLIGENCE - 19 USC 1592(c)(3)"],
    "gross_negligence": ["Gross negligence", "grossly negligent (wanton disregard)",
                         "GROSS NEGLIGENCE - 19 USC 1592(c)(2)"],
    "fraud": ["Fraud", "fraudulent (knowing and intentional)", "FRAUD - 19 USC 1592(c)(1)"],
}
LIQUIDATION = [("Y", "N"), ("LIQ", "UNLIQ"), ("Liquidated", "Open"), ("Yes", "No")]


def culpability(f: PenaltyFacts, rng: random.Random) -> str:
    return rng.choice(CULPABILITY[f.culpability])


def disclosure(f: PenaltyFacts, rng: random.Random) -> str:
    if f.disclosed:
        return rng.choice(["Prior disclosure: Yes - a valid prior disclosure was filed under "
                           "19 CFR 162.74 before the investigation began.",
                           "The importer made a prior disclosure (19 CFR 162.74) and tendered "
                           "the loss of duties."])
    return rng.choice(["Prior disclosure: None.", "No prior disclosure was made.",
                       "Prior disclosure: No"])


def commerce(f: PenaltyFacts) -> str:
    return ("Noncommercial importation (personal use)" if f.noncommercial
            else "Commercial importation")


def violation(f: PenaltyFacts) -> str:
    return (f"Entries of {f.goods.short} were filed with a value and classification that did "
            "not reflect the transaction; the declared duty was understated (19 U.S.C. 1592(a)).")


@dataclass
class Printer:
    """Formats dates and money in one document's habit, keeping what it printed for the check."""

    date_style: str
    money_style: str
    shown: list[str] = field(default_factory=list)

    def d(self, day: dt.date) -> str:
        self.shown.append(date_text(day, self.date_style))
        return self.shown[-1]

    def m(self, cents: int) -> str:
        self.shown.append(money_text(cents, self.money_style))
        return self.shown[-1]
