"""Sentences every protest sender needs, worded a few ways: objection, grounds, declarations."""

from __future__ import annotations

import random

from .protests import Protest

OBJECTION = {
    "classification": "the classification of the merchandise and the rate of duty assessed at "
                      "liquidation",
    "appraised_value": "the appraised value of the merchandise as determined at liquidation",
    "charges": "the merchandise processing fee and other charges assessed at liquidation",
    "exclusion": "the exclusion of the merchandise from entry",
}


def objection(p: Protest) -> str:
    if p.petition:
        return ("the decision on our petition for relief from the penalty assessed against the "
                "merchandise")
    return OBJECTION[p.category]


def grounds(p: Protest, rng: random.Random) -> str:
    if not p.justify:
        return "We disagree with this decision and ask that it be reversed."
    hts = p.goods[1]
    return {
        "classification": f"The goods are properly classified in subheading {hts}, HTSUS, as "
                          "their essential character and principal use show; CBP's "
                          "reclassification disregards the General Rules of Interpretation.",
        "appraised_value": "The transaction value is the price actually paid or payable under "
                           "19 U.S.C. 1401a(b); the buyer and seller are unrelated and the "
                           "assists CBP added were never supplied by the importer.",
        "charges": "The fee was computed on a value that included international freight, which "
                   "19 CFR 24.23 excludes; the excess should be refunded.",
        "exclusion": "The goods meet the labeling requirements in full; the test report relied on "
                     "by the port concerned a different lot.",
    }.get(p.category, "The decision was made without authority and should be set aside.") + (
        rng.choice(("", " Copies of the invoices are enclosed.")))


def drawback(p: Protest, rng: random.Random) -> str:
    if not p.drawback:
        return ""
    return rng.choice(("None of the entries is subject to drawback.",
                       "The merchandise is not the subject of a drawback claim.",
                       "No drawback has been or will be claimed on these entries."))


def review(p: Protest, rng: random.Random) -> str:
    if p.further_review:
        return rng.choice((
            "Further review is requested under 19 CFR 174.24(b): the decision raises a question "
            "not previously ruled on. No other application for further review is pending on "
            "this claim and no court action has been filed.",
            "Application for further review: the liquidation is inconsistent with rulings on "
            "substantially similar merchandise (19 CFR 174.24(a)); there is no prior adverse "
            "decision, pending application or court action on the same claim."))
    return rng.choice(("Further review is not requested.", ""))


def accelerated(p: Protest, rng: random.Random) -> str:
    if p.accelerated:
        return ("Accelerated disposition is requested under 19 CFR 174.22; this protest is sent "
                "by certified mail, return receipt requested.")
    return rng.choice(("", "Accelerated disposition is not requested."))
