"""Wording banks for FP&F referrals: culpability, prior disclosure, liquidation marks, cites."""

from __future__ import annotations

import random
from decimal import Decimal

from .common import date_text, pick, usd
from .penalties import Referral

CULPABILITY = {
    "negligence": [
        "Negligence",
        "NEGLIGENCE",
        "negligent (failure to exercise reasonable care)",
        "Neg. - 19 U.S.C. 1592(c)(3)",
    ],
    "gross_negligence": [
        "Gross negligence",
        "GROSS NEGLIGENCE",
        "grossly negligent (wanton disregard)",
        "Gross Neg. - 19 U.S.C. 1592(c)(2)",
    ],
    "fraud": [
        "Fraud",
        "FRAUD",
        "fraudulent (knowing and intentional)",
        "Fraud - 19 U.S.C. 1592(c)(1)",
    ],
}
PD_YES = [
    "Prior disclosure: YES (19 CFR 162.74)",
    "A valid prior disclosure was made under 19 CFR 162.74.",
    "PRIOR DISCLOSURE........ Y",
    "The importer disclosed the violation before any inquiry (prior disclosure).",
]
PD_NO = [
    "Prior disclosure: NONE",
    "No prior disclosure was made.",
    "PRIOR DISCLOSURE........ N",
    "The violation was found by CBP; the importer made no prior disclosure.",
]
LIQ_MARKS = [
    ("Y", "N"),
    ("LIQ", "UNLIQ"),
    ("Liquidated", "Unliquidated"),
    ("Final", "Open"),
    ("Yes", "No"),
]
KIND_CITES = {
    "undervaluation": "undervaluation (19 U.S.C. 1592(a)(1)(A); 19 U.S.C. 1401a)",
    "misclassification": "misclassification (19 U.S.C. 1592(a)(1)(A); 19 U.S.C. 1202)",
    "false country of origin": "false country of origin (19 U.S.C. 1592(a)(1)(A); 19 U.S.C. 1304)",
}
VAGUE = (
    "An audit of the importer's entries found that the entry documents contained material false "
    "statements. The importer's records were reviewed."
)


def culpability(c: Referral, rng: random.Random) -> str:
    return pick(rng, CULPABILITY[c.culpability])


def prior(c: Referral, rng: random.Random, prose: bool = False) -> str:
    """Prior disclosure as a field line, or (prose) as a sentence."""
    options = PD_YES if c.prior_disclosure else PD_NO
    return pick(rng, [o for o in options if o.endswith(".")] if prose else options)


def facts(c: Referral) -> str | None:
    """The material facts, a vague line when the kind is what is lacking, or nothing."""
    if c.lacks == "facts":
        return None
    if c.lacks == "kind":
        return VAGUE
    return c.facts


def kind(c: Referral) -> str | None:
    return None if c.lacks == "kind" else KIND_CITES[c.violation]


def goods(c: Referral) -> str | None:
    return None if c.lacks == "goods" else c.goods


def loss(e_owed: Decimal, e_paid: Decimal) -> Decimal:
    return max(Decimal(0), e_owed - e_paid)


def entry_rows(c: Referral, rng: random.Random, style: str, money: str) -> list[list[str]]:
    """Entry, date, liquidation mark (one pair per document), value, paid, owed, loss."""
    yes, no = LIQ_MARKS[rng.randrange(len(LIQ_MARKS))]
    return [
        [
            e.number,
            date_text(e.entered, style),
            yes if e.liquidated else no,
            usd(e.value, money),
            usd(e.paid, money),
            usd(e.owed, money),
            usd(loss(e.owed, e.paid), money),
        ]
        for e in c.entries
    ]
