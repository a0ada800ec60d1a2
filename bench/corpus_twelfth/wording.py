"""Phrasings of each protest element: at least five per element, picked by the document's style."""

from __future__ import annotations

DRAWBACK = [
    "The merchandise covered by the entries listed is not subject to drawback.",
    "Protestant declares that none of the entries is the subject of a drawback claim.",
    "No drawback has been or will be claimed on these entries.",
    "Drawback: the entries are not subject to drawback (19 CFR 174.13(a)(9)).",
    "We confirm that the goods are not subject to any drawback claim.",
]
ACCEL = [
    "NOTE: Accelerated disposition is requested under 19 CFR 174.22; this protest is sent by "
    "certified mail, return receipt requested.",
    "IMPORTANT: Protestant requests accelerated disposition (19 U.S.C. 1515(b)). Sent by "
    "registered mail.",
    "Accelerated disposition of this protest is hereby requested; it is mailed by certified mail.",
    "TIP: we ask that this protest be disposed of on an accelerated basis (sent certified mail).",
    "Request for accelerated disposition: YES (certified mail no. 7019 0140 0000 4411 2290).",
]
NO_ACCEL = [
    "Accelerated disposition is not requested.",
    "",
    "Accelerated disposition: NO.",
    "",
    "Protestant does not request accelerated disposition at this time.",
]
REVIEW = [
    "Further review is requested under 19 CFR 174.24(b): the decision raises a question of "
    "law not previously ruled upon.",
    "Protestant applies for further review (174.24(a)): the decision is inconsistent with "
    "a ruling on substantially similar goods.",
    "Application for further review: YES, criterion 174.24(c).",
    "We request that this protest be referred for further review by Headquarters.",
    "Further review requested - the liquidation conflicts with NY N301122 on like goods.",
]
NO_REVIEW = [
    "Further review is not requested.",
    "Application for further review: NO.",
    "",
    "Protestant does not apply for further review.",
    "",
]
CATEGORY = {
    "classification": [
        "the classification of the merchandise and the rate of duty assessed",
        "the tariff classification at liquidation",
        "the classification and rate and amount of duty",
        "CBP's classification decision",
        "the HTSUS classification",
    ],
    "appraised_value": [
        "the appraised value of the merchandise",
        "the appraisement",
        "CBP's determination of transaction value",
        "the value as appraised",
        "the appraised value at liquidation",
    ],
}
INVALID = "the decision on Protestant's petition for relief from the penalty under 19 CFR Part 171"
JUSTIFY = {
    "classification": "The goods are principal-use articles of a kind provided for eo nomine in "
    "the subheading claimed; the subheading applied at liquidation covers "
    "articles of a different material and use (GRI 1 and 6; see the attached "
    "specification sheet).",
    "appraised_value": "The transaction value is the price actually paid to the unrelated seller; "
    "CBP added an assist that was never supplied to the producer (19 U.S.C. "
    "1401a(b), (h)(1)).",
}
