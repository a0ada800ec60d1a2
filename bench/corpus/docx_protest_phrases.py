"""How counsel, brokers and importers word each element of a protest (19 CFR 174.13(a)).

At least five wordings per element, drawn from the regulation's own words, CBP Form 19 and
what protest letters say; `{...}` fields are filled from the scenario.
"""

from __future__ import annotations

from bots.protest_intake.model import Category

# 174.13(a)(1): the protestant, named the ways a letter names its client or itself.
PARTY_COUNSEL = (
    'On behalf of our client, {name} ("Protestant"), {address}, we hereby protest',
    'This firm represents {name}, {address} (the "Importer"). On its behalf we protest',
    "We write as counsel to {name}, whose principal place of business is {address}, and "
    "protest",
    'The undersigned, attorneys for {name} of {address} ("{short}"), respectfully protest',
    "Pursuant to 19 U.S.C. 1514, {name}, {address}, by its undersigned counsel, protests",
)
PARTY_BROKER = (
    "As licensed customs broker for {name}, {address}, and under the power of attorney on file, "
    "we protest",
    "Acting as agent for the importer of record, {name}, located at {address}, we hereby file "
    "a protest against",
    "On behalf of our principal {name} ({address}), for whom we hold a customs power of "
    "attorney, we protest",
    "We file this protest as attorney-in-fact for {name}, {address}, concerning",
    "Please accept this protest filed for the importer of record {name} of {address} against",
)
PARTY_SELF = (
    "{name} hereby protests",
    "{name} (the protestant) protests",
    "We, {name}, respectfully protest",
    "{name}, the importer of record, files this protest against",
    "Please accept this letter as the protest of {name} against",
)
# 174.13(a)(2): the importer number.
IMPORTER_NUMBER = ("(Importer No. {n})", "(IOR No. {n})", "(CBP importer number {n})",
                   "(Importer of Record No. {n})", "(importer number {n})", "(IRS No. {n})")
# 174.13(a)(6): the decision, in the words senders use for each category.
DECISION: dict[Category, tuple[str, ...]] = {
    "classification": (
        "the classification and rate and amount of duties chargeable",
        "the tariff classification of the merchandise", "CBP's classification of the goods",
        "the classification and rate of duty assessed", "the classification under the HTSUS"),
    "appraised_value": (
        "the appraised value of the merchandise", "the appraisement of the merchandise",
        "CBP's determination of the appraised value", "the valuation (appraised value)",
        "the appraised value assigned at liquidation"),
    "charges": (
        "the charges and exactions assessed", "the merchandise processing fee charged",
        "all charges or exactions assessed on the entry", "the fees and charges exacted",
        "the charges and exactions levied"),
    "liquidation": (
        "the liquidation of the entries", "the liquidation of the entry as made",
        "CBP's liquidation of the entries", "the liquidation at the rates shown on the bulletin",
        "the liquidation decision"),
    "drawback": (
        "the refusal to pay the drawback claim", "CBP's denial of the drawback claim",
        "the refusal to pay a claim for drawback", "the rejection of the drawback claim",
        "the denial of drawback"),
    "reliquidation_1520d": (
        "the refusal to reliquidate under 19 U.S.C. 1520(d)",
        "the denial of the post-importation claim under 19 U.S.C. 1520(d)",
        "the refusal to reliquidate the entry under section 520(d)",
        "CBP's denial of the 1520(d) claim for preferential treatment",
        "the refusal to reliquidate pursuant to 19 U.S.C. 1520(d)"),
}
OBJECTION_HEADINGS = ("GROUNDS FOR PROTEST", "Nature of and Justification for the Objection",
                      "Statement of Facts and Argument", "BASIS FOR PROTEST", "Argument",
                      "Reasons for Protest", "Legal Argument")
DESCRIPTION_LABELS = ("Merchandise:", "Description of Merchandise:", "Commodity:",
                      "Merchandise Description:", "Description of merchandise:")
# 174.13(a)(9): the drawback declaration, in the regulation's words and as senders put it.
DRAWBACK_YES = (
    "To the best of the protestant's knowledge, the entries are the subject of drawback.",
    "The merchandise covered by this protest is subject to drawback.",
    "A drawback claim has been filed covering the entries protested.",
    "Protestant declares that the entry is the subject of a drawback claim.",
    "Drawback: the entries are subject to a drawback claim.",
)
DRAWBACK_NO = (
    "To the best of the protestant's knowledge, the entries are not the subject of drawback.",
    "None of the entries covered by this protest is subject to a drawback claim.",
    "No drawback claim has been filed on the entries protested.",
    "Protestant declares, pursuant to 19 CFR 174.13(a)(9), that the entries are not the "
    "subject of drawback.",
    "Drawback: the entries are not subject to drawback.",
    "The entries protested are not subject to drawback.",
)
ACCELERATED_YES = (
    "Protestant requests accelerated disposition of this protest pursuant to 19 U.S.C. 1515(b) "
    "and 19 CFR 174.22; this protest is sent by certified mail.",
    "We ask that this protest be given accelerated disposition under 19 CFR 174.22. It is "
    "transmitted by registered mail.",
    "REQUEST FOR ACCELERATED DISPOSITION: Pursuant to 19 CFR 174.22(a), the protestant "
    "requests accelerated disposition of this protest.",
    "Accelerated disposition of this protest is hereby requested (19 CFR 174.22).",
    "Please treat this letter, sent by certified mail, as a request for accelerated "
    "disposition under 19 U.S.C. 1515(b).",
)
ACCELERATED_NO = ("Accelerated disposition is not requested at this time.",
                  "Protestant does not request accelerated disposition.")
FURTHER_REVIEW_YES = (
    "Protestant also applies for further review of this protest under 19 CFR 174.24({c}).",
    "We request that this protest be forwarded to Headquarters for further review, as the "
    "decision {reason}.",
    "APPLICATION FOR FURTHER REVIEW: Further review is requested under 19 CFR 174.24({c}) "
    "because the decision {reason}.",
    "Further review of this protest by Regulations and Rulings is hereby requested "
    "(19 CFR 174.24({c})).",
    "Protestant applies for further review pursuant to 19 U.S.C. 1515(a), because the "
    "decision {reason}.",
)
FURTHER_REVIEW_NO = ("Further review is not requested.",
                     "Protestant does not apply for further review at this time.")
AFR_REASONS = {
    "a": "is alleged to be inconsistent with a ruling of CBP Headquarters",
    "b": "involves questions of law or fact which have not been ruled upon",
    "c": "involves facts not considered in a prior ruling",
    "d": "involves a question which Headquarters refused to consider by internal advice",
}
TITLE_COUNSEL = ("Attorney at Law", "Partner", "Counsel", "Of Counsel", "Associate")
TITLE_BROKER = ("Licensed Customs Broker", "Customs Broker, License No. 21457",
                "Compliance Manager", "Vice President, Customs Services", "Broker of Record")
TITLE_SELF = ("Trade Compliance Manager", "Director of Import Operations", "President",
              "Customs Compliance Specialist", "Chief Financial Officer")
