"""How referral writers name culpability, disclosure and liquidation status."""

from __future__ import annotations

import random

CULPABILITY = {
    "negligence": [
        "Negligence",
        "negligent (failure to exercise reasonable care)",
        "19 U.S.C. 1592 - negligence",
    ],
    "gross_negligence": [
        "Gross negligence",
        "grossly negligent (actual knowledge or wanton disregard)",
        "19 U.S.C. 1592 - gross negligence",
    ],
    "fraud": ["Fraud", "fraudulent (knowing and intentional)", "19 U.S.C. 1592 - fraud"],
}
DISCLOSED = [
    "Yes - valid prior disclosure under 19 CFR 162.74",
    "The importer made a prior disclosure before any inquiry began.",
    "PD filed and accepted as valid",
]
NOT_DISCLOSED = ["No", "No prior disclosure was made.", "None on file"]
LIQ = [("Liquidated", "Unliquidated"), ("Y", "N"), ("Final", "Open")]


def culpability(level: str, rng: random.Random) -> str:
    return rng.choice(CULPABILITY[level])


def disclosure(made: bool, rng: random.Random) -> str:
    return rng.choice(DISCLOSED if made else NOT_DISCLOSED)
