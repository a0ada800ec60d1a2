"""The phrasings each protest element is written in (at least five per element)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.corpus_seventeenth.fmt import when
from bench.corpus_seventeenth.protests import Protest

TITLES = ["Protest", "Protest and Application for Further Review", "Notice of Protest",
          "Protest under 19 U.S.C. 1514", "Customs Protest Filing"]
PARTY = ["Protesting party", "Name of protestant", "Protestant", "Importer of record (protestant)",
         "Party filing this protest"]
IOR = ["Importer number", "IOR No.", "Importer of record number", "CBP importer no.", "IRS/EIN "
                                                                                      "(IOR)"]
ADDRESS = ["Address of protestant", "Mailing address", "Street, city, state, ZIP",
           "Protestant's address", "Address"]
PORT = ["Port of entry", "Port", "Port code / name", "Port where entered", "CBP port"]
CATEGORY = ["Decision protested", "Nature of decision", "What is protested", "Subject of protest",
            "Decision objected to"]
ENTRIES = ["Entries covered by this protest", "Entry detail", "Entries", "Entry information",
           "Entries protested"]
DESC = ["Description of merchandise", "Merchandise", "Commodity", "Goods",
        "Merchandise description"]
JUSTIFY = ["Objection and justification", "Grounds for protest", "Statement of objection and "
                                                                 "reasons",
           "Reasons for protest", "Claim and supporting argument"]
DRAWBACK = ["Declaration (19 CFR 174.13(a)(9)): none of the entries is the subject of a "
            "drawback claim.",
            "Drawback: the merchandise covered by this protest is not subject to drawback.",
            "Subject to drawback?  ☐ Yes  ☒ No",
            "The protestant declares that no entry listed is subject to drawback.",
            "No drawback claim has been or will be filed on these entries."]
EARLIER = ["Same disposition as earlier protest no.", "Earlier protest pending further review:",
           "Disposition requested as in protest", "Related protest (174.13(a)(7)):",
           "See protest number"]
FURTHER = ["Further review is requested under 19 CFR 174.24(b)",
           "Application for further review (174.24) requested",
           "Protestant applies for further review",
           "Please forward for further review (criterion 174.24(b))",
           "AFR requested: question not previously ruled on"]
ACCELERATED = ["Accelerated disposition (19 CFR 174.22)?", "Accelerated disposition requested?",
               "Request for accelerated disposition by certified mail?",
               "Accelerated disposition sought?", "174.22 accelerated disposition?"]
CLASS_TEXT = ["Classification and rate of duty", "Classification of the merchandise",
              "Tariff classification (HTSUS) and duty rate", "Classification", "Rate and amount "
                                                                               "of duty "
              "(classification)"]
VALUE_TEXT = ["Appraised value", "Appraisement of the merchandise", "Value (appraisement)",
              "Customs value as appraised", "Appraised value of the merchandise"]


@dataclass(frozen=True)
class ProtestWords:
    form_title: str
    party_label: str
    ior_label: str
    address_label: str
    port_label: str
    category_label: str
    category_text: str
    entries_caption: str
    desc_label: str
    justification_label: str
    justification: str
    drawback: str
    earlier_label: str
    further_review_box: str
    accelerated_box: str


def category_text(p: Protest, rng: random.Random) -> str:
    if p.category == "penalty_petition":
        assert p.petition_decision is not None
        return (f"Decision on our petition for relief under 19 CFR Part 171 dated "
                f"{when(p.petition_decision, 'long')}")
    return rng.choice(CLASS_TEXT if p.category == "classification" else VALUE_TEXT)


def justification(p: Protest, rng: random.Random) -> str:
    """The objection with its reasons, in terms of the decision protested."""
    g = p.goods
    if p.category == "classification":
        options = [
            f"CBP classified the {g.names.split(',')[0]}s under a provision that does not "
            "describe them. They are "
            f"properly classified in subheading {g.hts}, HTSUS, by GRI 1, because the heading "
            "names "
            f"the goods by their principal use ({g.use}).",
            f"The liquidated classification ignores the component materials ({g.materials}). "
            "Under GRI 1 "
            f"and 3(b) the essential character places the goods in {g.hts}.",
            f"Protestant objects to the rate assessed; the goods are {g.names} used for {g.use} "
            "and fall "
            f"in subheading {g.hts}, as CBP itself has ruled on substantially similar merchandise.",
            f"The heading applied covers other articles. Classification in {g.hts} follows from "
            "the "
            "terms of the heading and the Explanatory Notes; a refund of the excess duty is "
            "claimed.",
            f"Reclassify in {g.hts}, HTSUS: the merchandise is principally used for {g.use}, "
            "which is "
            f"decisive under Additional U.S. Rule of Interpretation 1(a).",
        ]
    else:
        options = [
            "CBP added an assist that the buyer never supplied. The transaction value is the price "
            "actually paid, without that addition (19 U.S.C. 1401a(b)).",
            "The appraised value includes ocean freight and insurance, which are not part of "
            "transaction value; protestant claims reliquidation at the invoice price less those "
            "charges.",
            "The parties are unrelated and the invoice price was accepted for earlier entries; "
            "appraisement at a deductive value was not warranted.",
            "A buying commission paid to our agent in the country of export was wrongly added "
            "to the "
            "price; buying commissions are not dutiable.",
            "The royalty CBP added is not a condition of sale, so it is not part of the price "
            "actually paid or payable; the value should be reduced accordingly.",
        ]
    if p.category == "penalty_petition":
        return ("The mitigated amount in the decision on our petition is excessive given our "
                "record of compliance; we ask that it be cancelled.")
    return rng.choice(options)


def protest_words(p: Protest, rng: random.Random) -> ProtestWords:
    return ProtestWords(
        rng.choice(TITLES if p.further_review else TITLES[:1] + TITLES[2:]),
        rng.choice(PARTY), rng.choice(IOR), rng.choice(ADDRESS),
        rng.choice(PORT), rng.choice(CATEGORY), category_text(p, rng), rng.choice(ENTRIES),
        rng.choice(DESC), rng.choice(JUSTIFY), justification(p, rng), rng.choice(DRAWBACK),
        rng.choice(EARLIER), rng.choice(FURTHER), rng.choice(ACCELERATED))
