"""The wording banks protests are written from (five or more phrasings per element)."""

from __future__ import annotations

import random

from .common import pick
from .protests import Protest

DRAWBACK = [
    "None of the entries listed is subject to drawback.",
    "The merchandise covered by this protest is not the subject of any drawback claim.",
    "We declare that these entries are not subject to drawback (19 CFR 174.13(a)(9)).",
    "Drawback: the entries covered are not subject to drawback.",
    "To the best of our knowledge no entry covered by this protest is subject to drawback.",
    "The protestant states that the entries are not, and will not be, the subject of a drawback "
    "claim.",
]
REVIEW_YES = [
    "Further review is requested under 19 CFR 174.24(b): the question has not been ruled on by "
    "Headquarters.",
    "We ask that this protest be treated as an application for further review; the decision is "
    "inconsistent with a ruling on substantially similar goods (19 CFR 174.24(a)).",
    "APPLICATION FOR FURTHER REVIEW IS REQUESTED (19 CFR 174.24(c): facts not considered before).",
    "Please forward this protest to Regulations and Rulings: further review is requested because "
    "it "
    "raises a question of law not previously ruled upon.",
    "The protestant applies for further review under 19 CFR 174.23-174.26.",
]
REVIEW_NO = [
    "Further review is not requested.",
    "No application for further review is made at this time.",
    "The protestant does not seek further review.",
    "AFR: not requested.",
    "We are not asking for further review.",
]
ACCEL_YES = [
    "Accelerated disposition is requested under 19 U.S.C. 1515(b); this protest is sent by "
    "certified mail, return receipt requested.",
    "By this certified-mail letter the protestant requests accelerated disposition (19 CFR "
    "174.22).",
    "REQUEST FOR ACCELERATED DISPOSITION - sent by registered mail.",
]
ACCEL_NO = [
    "Accelerated disposition is not requested.",
    "No request for accelerated disposition is made.",
    "We do not ask for accelerated disposition.",
    "",
    "",
]
NAME_INTROS = [
    '{name} (the "Protestant") protests',
    "On behalf of our client, {name}, we protest",
    "{name} hereby files this protest against",
    "The importer of record, {name}, protests",
    "This protest is filed for {name}, which objects to",
]


def objection(p: Protest, rng: random.Random) -> str:
    """Nature of and justification for the objection, in one of several framings."""
    goods = p.merchandise or "the goods"
    if p.petition:
        return pick(
            rng,
            [
                "The protestant objects to the decision of the Fines, Penalties and Forfeitures "
                "Officer "
                "denying its petition for relief under 19 CFR Part 171, and asks that the "
                "decision be set "
                "aside because the penalty was assessed on entries the protestant did not make.",
                "We protest the denial of our supplemental petition under 19 CFR 171.61; the "
                "mitigated "
                "amount ignores the protestant's prior good record.",
            ],
        )
    if p.category == "classification":
        return pick(
            rng,
            [
                f"CBP liquidated the entries classifying {goods.lower()} in subheading "
                f"{p.current_hts}, HTSUS. "
                f"The goods are properly classified in subheading {p.claimed_hts}, HTSUS, under "
                "GRI 1 and "
                "the relevant Explanatory Notes, and the excess duty should be refunded.",
                f"The classification under {p.current_hts} is wrong. The correct provision is "
                f"{p.claimed_hts}, which describes the goods by name; the heading CBP used "
                "covers articles "
                "of a different kind.",
                "Objection: rate and amount of duty. We claim classification under "
                f"{p.claimed_hts} "
                f"rather than {p.current_hts}, with refund of the difference plus interest.",
            ],
        )
    return pick(
        rng,
        [
            "CBP appraised the merchandise at a value that includes a buying commission paid to "
            "the "
            "importer's agent. Under 19 U.S.C. 1401a(b)(1) bona fide buying commissions are not "
            "part of "
            "transaction value; the entered value should be restored.",
            "The appraised value adds assists that the importer never supplied. Transaction "
            "value is the "
            "price actually paid or payable, and the entered value is correct.",
            "Objection to appraisement: the port rejected transaction value between related "
            "parties "
            "although the circumstances of sale show the relationship did not influence the price.",
        ],
    )
