"""What protest senders say about the decision, its grounds and drawback, in several wordings."""

from __future__ import annotations

import random

from bench.corpus_thirtyfirst.protest_cases import ProtestFacts

DECISION = {
    "classification": [
        "the classification of the merchandise and the rate of duty assessed on it",
        "CBP's classification of the goods upon liquidation",
    ],
    "appraised_value": [
        "the appraised value of the merchandise as determined at liquidation",
        "the appraisement of the goods, which added amounts to the price paid",
    ],
    "charges": [
        "the merchandise processing fee charged upon liquidation",
        "the charges assessed at liquidation, namely the merchandise processing fee",
    ],
}
DRAWBACK = [
    "None of the entries covered by this protest is subject to drawback.",
    "The merchandise is not the subject of any drawback claim, filed or intended.",
    "Protestant declares that the entries are not subject to drawback.",
]


def decision(f: ProtestFacts, rng: random.Random) -> str:
    if f.petition:
        return (
            "the decision on the petition for relief from the penalty assessed under 19 U.S.C. 1592"
        )
    return rng.choice(DECISION[f.category])


def grounds(f: ProtestFacts) -> str:
    """The justification; a deficient protest only states that it objects."""
    if "justif" in f.omit:
        return "Protestant objects to the decision and asks that it be set aside."
    _, use, _, hts = f.goods
    if f.petition:
        return (
            "The petition decision failed to give weight to the mitigating factors shown, "
            "including the importer's cooperation and its prior record."
        )
    if f.category == "classification":
        return (
            f"The goods are used principally for {use}. They are provided for eo nomine in "
            f"subheading {hts}, HTSUS, and the heading CBP applied does not describe them. "
            "General Rules of Interpretation 1 and 6 require classification in the subheading "
            "claimed, and the excess duty should be refunded with interest."
        )
    if f.category == "appraised_value":
        return (
            "The price actually paid or payable is the proper transaction value under 19 U.S.C. "
            "1401a(b). CBP added buying commissions that are not part of the price, and the "
            "entries should be reliquidated at the invoice values."
        )
    return (
        "The fee was computed on a value that included international freight and insurance, "
        "which are not part of the value on which the fee is assessed under 19 CFR 24.23."
    )
