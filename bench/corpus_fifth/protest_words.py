"""How senders word each element of a protest: at least five phrasings each."""

from __future__ import annotations

from bench.corpus_fifth.ink import Ink
from bench.corpus_fifth.protest_facts import ProtestFacts

OBJECTION_HEADINGS = ["Nature of and Justification for the Objection", "Grounds for Protest",
                      "Statement of Facts and Legal Argument", "Basis of the Claim",
                      "Reasons for Protest", "ARGUMENT"]
GOODS_LABELS = ["Description of Merchandise:", "Merchandise:", "Merchandise description:",
                "Commodity:", "Description of merchandise:"]
IMPORTER_TITLES = ["Vice President, Trade Compliance", "Director of Logistics",
                   "Import Compliance Manager", "President", "Chief Financial Officer"]
TITLES = ["Partner", "Vice President, Trade Compliance", "Licensed Customs Broker",
          "Director of Logistics", "Counsel for Protestant", "Import Compliance Manager"]

_ARGUMENTS = {
    "classification": [
        "CBP liquidated the entries under subheading 3926.90.99, HTSUS, at 5.3% ad valorem. The "
        "merchandise is properly classified by its essential character under GRI 3(b) in the "
        "provision covering the article itself, at a lower rate, as the Explanatory Notes confirm.",
        "The port reclassified the goods at liquidation without a ruling. Under GRI 1 the terms of "
        "the heading govern; the goods are described eo nomine elsewhere and the residual "
        "provision applied by CBP cannot control. Protestant claims a refund of the excess duty "
        "with interest.",
    ],
    "appraised_value": [
        "CBP appraised the merchandise by adding to the price actually paid an amount for design "
        "work performed in the United States. That work is not an assist under 19 U.S.C. "
        "1401a(h)(1)(A)(iv); transaction value is the invoice price, and the excess must be "
        "refunded.",
        "The appraisement added buying commissions to transaction value. Buying commissions are "
        "not "
        "part of the price actually paid or payable (19 U.S.C. 1401a(b)(1)); the agency agreement "
        "and the payment records show the agent acted for the buyer.",
    ],
    "charges": [
        "The merchandise processing fee assessed at liquidation exceeds the maximum set by 19 CFR "
        "24.23(b)(1)(i); the excess charge must be refunded.",
        "CBP charged the harbor maintenance fee on cargo that was unloaded at a port not covered "
        "by "
        "26 U.S.C. 4461; the exaction has no basis and is protested as an unlawful charge.",
    ],
}
_NO_REASON = {
    "classification": "Protestant protests the classification of the merchandise.",
    "appraised_value": "Protestant objects to the appraised value of the merchandise.",
    "charges": "Protestant protests the charges assessed on the entries.",
}


def argument(facts: ProtestFacts, ink: Ink) -> str:
    """The objection with its justification, or only its nature when the case leaves it out."""
    if not facts.justified:
        return _NO_REASON[facts.category]
    return ink.one(_ARGUMENTS[facts.category])


def drawback(facts: ProtestFacts, ink: Ink) -> str | None:
    if not facts.drawback_declared:
        return None
    return ink.one([
        "The entries covered by this protest are not subject to drawback.",
        "Drawback declaration: none of the merchandise covered by this protest is the subject of "
        "a drawback claim.",
        "Protestant declares that no entry listed herein is subject to drawback "
        "(19 CFR 174.13(a)(9)).",
        "We confirm that no drawback claim has been or will be filed on these entries.",
        "Is any entry subject to drawback?  [ ] Yes   [X] No",
        "Subject to drawback: NO",
    ])


def further_review(facts: ProtestFacts, ink: Ink) -> str | None:
    if facts.further_review:
        return ink.one([
            "Protestant applies for further review of this protest under 19 CFR 174.24(b): the "
            "decision raises a question of law not previously ruled upon.",
            "Further review is requested. The liquidation is inconsistent with a ruling of CBP on "
            "substantially similar merchandise (19 CFR 174.24(a)).",
            "Please treat this submission also as an application for further review "
            "(19 CFR 174.25); no court action is pending on the same claim.",
            "APPLICATION FOR FURTHER REVIEW: [X] Yes  [ ] No - criterion 174.24(c), facts not "
            "considered in an earlier ruling.",
            "We ask that this protest be forwarded to Headquarters for further review, since it "
            "involves facts and arguments not considered before.",
        ])
    return ink.one([None, None, "Protestant does not request further review at this time.",
                    "APPLICATION FOR FURTHER REVIEW: [ ] Yes  [X] No"])


def accelerated(facts: ProtestFacts, ink: Ink) -> str | None:
    if facts.accelerated:
        return ink.one([
            "Protestant requests accelerated disposition under 19 CFR 174.22; this protest is sent "
            "by certified mail.",
            "Accelerated disposition of this protest is hereby requested (sent via certified mail, "
            "return receipt requested).",
            "ACCELERATED DISPOSITION REQUESTED: [X] Yes  [ ] No (mailed by certified mail)",
            "Pursuant to 19 U.S.C. 1515(b), we request accelerated disposition. This protest is "
            "being sent by registered mail.",
            "Please accept this letter as a request for accelerated disposition; it is mailed by "
            "certified mail.",
        ])
    return ink.one([None, "Accelerated disposition is not requested.",
                    "ACCELERATED DISPOSITION REQUESTED: [ ] Yes  [X] No"])


def earlier(facts: ProtestFacts, ink: Ink) -> str | None:
    if facts.earlier is None:
        return None
    number, received = facts.earlier
    text = (f"Protestant asks for the same disposition as in Protest No. {number}, which is "
            f"pending further review")
    if received is None:
        return text + "."
    return text + f" and was received by CBP on {ink.d(received)}."


def petition(facts: ProtestFacts, ink: Ink) -> str:
    assert facts.petition_decision is not None
    return ink.one([
        "Protestant protests the decision of the Fines, Penalties and Forfeitures Officer dated "
        f"{ink.d(facts.petition_decision)} denying its petition for relief under 19 CFR Part 171.",
        f"By decision of {ink.d(facts.petition_decision)}, the FP&F Officer denied Protestant's "
        "petition under 19 U.S.C. 1618 for remission of the penalty. Protestant objects to that "
        "decision, which it considers arbitrary.",
    ])
