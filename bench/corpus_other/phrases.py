"""Ways senders word the same element: at least five per element, picked by the seed."""

from __future__ import annotations

MERCH_LABELS = ["Merchandise:", "Description of merchandise:", "Commodity:",
                "Goods in issue:", "Product description:", "Merchandise description:"]
OBJECTION_HEADS = ["Grounds for protest", "Basis of objection", "Statement of reasons",
                   "Nature of objection and justification", "Argument", "Why CBP erred"]
DECISIONS = {
    "classification": [
        "the classification of the merchandise under subheading {bad}, HTSUS, and the rate of "
        "duty assessed at liquidation",
        "CBP's classification of the entries under subheading {bad}, HTSUS, at liquidation",
        "the tariff classification adopted at liquidation (subheading {bad}, HTSUS)",
        "the decision to reclassify the goods from subheading {good} to subheading {bad}, HTSUS",
        "the rate and amount of duty resulting from classification under subheading {bad}",
    ],
    "appraised_value": [
        "the appraised value of the merchandise as determined at liquidation",
        "CBP's appraisement of the goods, which added the buying commissions to the price",
        "the valuation of the merchandise at liquidation (appraisement under 19 U.S.C. 1401a)",
        "the appraisement of the entries, which treated design fees as an assist",
        "the increase in the appraised value made at liquidation",
    ],
    "penalty_petition": [
        "the decision of the Fines, Penalties and Forfeitures Officer denying our petition for "
        "relief in penalty case {case}",
        "the FP&F decision on our petition under 19 CFR Part 171 in case {case}",
    ],
    "adcvd": [
        "the antidumping duties assessed at liquidation under the Department of Commerce's "
        "final results of administrative review, case A-570-{case}",
        "the countervailing duty rate applied at liquidation as instructed by the Department of "
        "Commerce (C-570-{case})",
    ],
}
JUSTIFICATIONS = {
    "classification": [
        "The merchandise is {use} and is described eo nomine by subheading {good}, HTSUS. Under "
        "GRI 1 the heading that names the goods governs, and subheading {bad} does not.",
        "Subheading {good}, HTSUS, covers these goods by its terms; CBP's subheading {bad} "
        "describes articles of a different material. See GRI 1 and GRI 6.",
        "The goods are principally used as {use}, which places them in subheading {good}. "
        "Classification under {bad} ignores the principal-use rule of Additional U.S. Rule 1(a).",
        "Protestant claims classification under subheading {good}, HTSUS. The essential "
        "character is imparted by the material named there (GRI 3(b)), not by subheading {bad}.",
        "CBP's own rulings on substantially similar goods classify them in subheading {good}; "
        "the liquidation under {bad} is inconsistent with those rulings.",
    ],
    "appraised_value": [
        "The buying commissions paid to the protestant's own agent are not part of the price "
        "actually paid or payable (19 U.S.C. 1401a(b)(1)) and must be deducted.",
        "The design work was done in the United States and is excluded from assists under "
        "19 U.S.C. 1401a(h)(1)(A)(iv); the appraised value must be reduced accordingly.",
        "Transaction value is the invoice price between unrelated parties; nothing in the "
        "record supports the uplift CBP applied at liquidation.",
        "The ocean freight and insurance are separately stated on the invoice and excluded "
        "from transaction value by 19 U.S.C. 1401a(b)(4)(A).",
        "The parties are unrelated and the price was negotiated at arm's length, so the "
        "declared transaction value should have been accepted.",
    ],
}
# An AD/CVD protest attacks Commerce's determination itself: not protestable (1514(b)).
JUSTIFICATIONS["adcvd"] = [
    "The margin Commerce calculated in its final results is wrong; the exporter's correct rate "
    "is zero, and the duties assessed on its instructions should be refunded.",
    "Commerce erred in selecting adverse facts available; the rate it determined should be "
    "replaced by the separate rate.",
]
JUSTIFICATIONS["penalty_petition"] = [
    "The decision on the petition is contrary to law and the penalty should be cancelled in "
    "full.",
    "The FP&F Officer gave no weight to the mitigating factors; the penalty should be remitted.",
]
BARE_OBJECTIONS = [  # the decision is named but neither its nature nor its justification given
    "We disagree with this decision.", "Protestant objects.",
    "The importer does not accept the liquidation.", "Please reconsider.",
    "We ask that the liquidation be reviewed.",
]
DRAWBACK = [
    "The merchandise covered by this protest is not subject to drawback.",
    "None of the entries listed is the subject of a drawback claim.",
    "Drawback: the entries are not subject to drawback (19 CFR 174.13(a)(9)).",
    "Protestant declares that no drawback has been or will be claimed on these entries.",
    "We confirm the entry is not subject to a drawback claim.",
    "Subject to drawback? No.",
]
FURTHER_REVIEW = [
    "Protestant requests further review of this protest under 19 CFR 174.24(b): the decision "
    "involves questions of law not previously ruled upon.",
    "We also apply for further review (19 U.S.C. 1515(a)); the liquidation is inconsistent with "
    "rulings on substantially similar merchandise.",
    "Application for further review is made under 19 CFR 174.23, criterion 174.24(a).",
    "Please treat this protest as including an application for further review; the issue has "
    "not been the subject of a ruling.",
    "FURTHER REVIEW REQUESTED: yes, 174.24(b) (question of law not previously ruled on).",
]
NO_FURTHER_REVIEW = ["Further review is not requested.", "", "No application for further "
                     "review is made at this time.", "", "We do not request further review."]
ACCELERATED = [
    "This protest is sent by certified mail, return receipt requested, and protestant requests "
    "accelerated disposition under 19 U.S.C. 1515(b) and 19 CFR 174.22.",
    "Accelerated disposition is requested (19 CFR 174.22); this request travels by registered "
    "mail.",
    "By certified mail. Protestant asks for accelerated disposition of this protest.",
    "We request accelerated disposition pursuant to 19 CFR 174.22 and have mailed this protest "
    "by certified mail for that purpose.",
    "REQUEST FOR ACCELERATED DISPOSITION (sent by registered mail, 19 CFR 174.22).",
]
CLOSINGS = ["Very truly yours,", "Sincerely,", "Respectfully submitted,", "Regards,",
            "Yours faithfully,", "Kind regards,"]
EARLIER = [
    "Protestant asks for the same disposition as in Protest No. {number}, received by CBP on "
    "{date}, for which further review is pending.",
    "The same issue is before CBP in Protest {number} (received {date}); we request the same "
    "disposition.",
    "Related protest with pending further review: No. {number}, date received {date}.",
    "We ask that this protest be decided like our protest {number}, which CBP received on "
    "{date} and which is pending further review.",
    "Please apply the disposition of Protest No. {number} (received {date}; AFR pending).",
]
EARLIER_NO_DATE = [
    "Protestant asks for the same disposition as in Protest No. {number}, for which further "
    "review is pending.",
    "The same issue is before CBP in Protest {number}; we request the same disposition.",
    "Related protest with pending further review: No. {number}.",
]
