"""Phrasings a sender picks from: at least five ways to say each element."""

from __future__ import annotations

DRAWBACK_NO = [
    "The merchandise covered by the entries listed above is not subject to drawback.",
    "None of the entries protested herein is the subject of a drawback claim.",
    "Protestant declares that no entry in this protest is subject to drawback.",
    "Drawback: the entries above are not, and will not be, subject to a drawback claim.",
    "We confirm that the protested entries are not subject to drawback.",
]
FURTHER_REVIEW = [
    "Protestant requests further review of this protest under 19 CFR 174.24(b): the decision "
    "involves a question of law not previously ruled upon by CBP.",
    "Application for Further Review is made under 19 CFR 174.25; the decision is inconsistent "
    "with CBP rulings on substantially similar merchandise (174.24(a)).",
    "We ask that this protest be forwarded for further review, as it raises facts and arguments "
    "not considered in the earlier ruling (19 CFR 174.24(c)).",
    "Further review is requested. No prior adverse decision and no court action exists on the "
    "same claim, and 174.24(b) applies.",
    "Please treat this submission as an application for further review under 19 CFR 174.24.",
]
NO_FURTHER_REVIEW = [
    "Further review is not requested at this time.",
    "Protestant does not apply for further review.",
    "",
    "",
    "No application for further review accompanies this protest.",
]
ACCELERATED = [
    "This protest is sent by certified mail, return receipt requested, and accelerated "
    "disposition is requested under 19 CFR 174.22.",
    "Sent via registered mail. Protestant requests accelerated disposition (19 U.S.C. 1515(b)).",
    "Accelerated disposition under 19 CFR 174.22 is requested; this letter goes by certified mail.",
    "By certified mail: we request accelerated disposition of this protest.",
    "Protestant requests accelerated disposition pursuant to 19 CFR 174.22 (certified mail).",
]
JUSTIFY = {
    "classification": [
        "The port classified the merchandise under a basket provision. The goods are more "
        "specifically provided for elsewhere, and under GRI 1 and GRI 3(a) the specific "
        "heading governs; the lower rate applies.",
        "CBP liquidated the entries at a rate of duty that does not apply. The articles are "
        "principally used as claimed, and Additional U.S. Rule of Interpretation 1(a) requires "
        "classification by principal use.",
    ],
    "appraised_value": [
        "The entries were appraised at a value that adds post-importation charges and a "
        "buying commission to the transaction value. Neither is part of the price actually "
        "paid or payable under 19 U.S.C. 1401a(b).",
        "CBP rejected transaction value without a basis in 19 CFR 152.103; the parties are "
        "unrelated and the declared price is the price actually paid.",
    ],
    "liquidation": [
        "The entries were liquidated while an extension request was pending, contrary to "
        "19 U.S.C. 1504(b); the liquidation is void and must be set aside.",
        "Liquidation occurred after the entries had liquidated by operation of law under "
        "19 U.S.C. 1504(a); the later bill is of no effect.",
    ],
}
CATEGORY_WORDS = {
    "classification": ["Classification and rate of duty", "the classification of the merchandise",
                       "Tariff classification"],
    "appraised_value": ["Appraised value", "the appraisement of the merchandise", "Valuation"],
    "liquidation": ["Liquidation", "the liquidation of the entries", "Liquidation of the entries"],
}
# Background a sender adds before the point: it moves page breaks into tables and signatures.
BACKGROUND = [
    "The importer has imported this line of merchandise since 2016 through the same customs "
    "broker and the same two suppliers, and its entries have been reviewed by the port before.",
    "Sales of the merchandise in the United States go through national retail chains and an "
    "online store; the importer holds no inventory abroad and buys on a purchase-order basis.",
    "The importer's compliance program includes a classification database, a post-entry review "
    "of a sample of entries each quarter and annual training for its logistics staff.",
    "Production takes place in a single factory owned by an unrelated supplier; the importer "
    "pays by wire transfer against the commercial invoice thirty days after shipment.",
    "The merchandise is shipped in full container loads, usually one or two a month, and is "
    "cleared through the port named above before trucking to the importer's warehouse.",
]
