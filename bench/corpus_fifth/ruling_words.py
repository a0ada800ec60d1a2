"""How requesters word each element of a ruling request (19 CFR 177.2): five phrasings or more."""

from __future__ import annotations

from bench.corpus_fifth.ink import Ink
from bench.corpus_fifth.ruling_facts import RulingFacts

GOODS_LABELS = ["Product description:", "Description of the merchandise:", "Merchandise:",
                "Article:", "Product:"]
NCSD = ["National Commodity Specialist Division", "U.S. Customs and Border Protection",
        "201 Varick Street, Suite 501", "New York, NY 10014"]
HQ = ["Regulations and Rulings, Office of Trade", "U.S. Customs and Border Protection",
      "90 K Street NE, 10th Floor", "Washington, DC 20229-1177"]
ALSO_VALUATION = [
    "We also ask whether the royalty described below is part of the transaction value of the "
    "goods (19 U.S.C. 1401a(b)(1)(D)).",
    "A second question concerns valuation: is the royalty paid to the licensor an addition to "
    "the price actually paid or payable?",
]


def subject(facts: RulingFacts, ink: Ink) -> str:
    goods = "the merchandise described below"
    return {
        "classification": ink.one([f"the tariff classification of {goods}",
                                   f"the classification under the HTSUS of {goods}"]),
        "marking": "whether the proposed country-of-origin marking of the article satisfies "
                   "19 U.S.C. 1304 and 19 CFR Part 134",
        "origin": "the country of origin of the article, assembled in Mexico from components made "
                  "in China, under 19 CFR Part 102",
        "valuation": "the appraisement of the merchandise, in particular whether royalty payments "
                     "to the licensor are part of the transaction value",
        "carrier": "whether carrying passengers on the vessel described below between the ports "
                   "named would violate the coastwise laws (46 U.S.C. 55103)",
    }[facts.ruling_type]


def ports(facts: RulingFacts, ink: Ink) -> str | None:
    if not facts.ports:
        return None
    named = " and ".join(f"{name} (port code {code})" for name, code in facts.ports)
    if facts.ruling_type == "carrier":
        return f"The vessel will be entered and will operate out of {named}."
    return ink.one([f"The goods will be entered at {named}.", f"Port(s) of entry: {named}.",
                    f"Anticipated ports of entry: {named}.",
                    f"Shipments will arrive through {named}.",
                    f"Entry is expected at {named}."])


def use_and_materials(facts: RulingFacts, ink: Ink) -> list[str]:
    use = facts.use
    lines = [ink.one([f"Principal use in the United States: {use}.",
                      f"The article is used principally for {use}.",
                      f"Intended use: {use}.", f"In the U.S. it is chiefly used for {use}.",
                      f"Use: {use}."])]
    if facts.materials:
        material = facts.material
        lines.append(ink.one([f"Component materials: {material}.", f"Composition: {material}.",
                              f"Materials (by weight): {material}.",
                              f"The article is made of {material}.",
                              f"Construction and materials: {material}."]))
    price = ink.rng.randint(3, 90)
    lines.append(f"Purchase price: ${price}.00 per unit FOB; U.S. selling price about "
                 f"${price * 2 + 9}.99.")
    return lines


def valuation_facts(ink: Ink) -> list[str]:
    return [ink.one(["Terms of sale: FOB Ningbo; payment by wire 30 days after bill of lading.",
                     "The goods are sold CIF Long Beach under a master purchase agreement.",
                     "Terms of sale are EXW seller's factory, title passing at pickup."]),
            ink.one(["The seller and the importer are not related within 19 U.S.C. 1401a(g).",
                     "The seller is a wholly owned subsidiary of the importer; the relationship "
                     "did not influence the price.",
                     "The parties are unrelated and deal at arm's length."]),
            "The royalty of 6% of net sales is paid to a licensor in Delaware, unrelated to the "
            "seller, for the use of a trademark."]


def carrier_facts(ink: Ink) -> list[str]:
    return [ink.one(["Vessel: M/V Nordic Tern, built at Szczecin, Poland, in 2011; flag: Bahamas.",
                     "The vessel Sea Lantern was built in Fincantieri's Monfalcone yard and flies "
                     "the flag of Malta."]),
            "Place of use: the waters of Puget Sound. Itinerary: Seattle - Victoria, B.C. - Friday "
            "Harbor - Seattle, with passengers embarking only at Seattle."]


def hts(facts: RulingFacts, ink: Ink) -> str | None:
    if not facts.hts:
        return None
    number = ink.t(facts.hts[0])
    if not facts.basis:
        return ink.one([f"Please rule that the merchandise is classified in subheading {number}.",
                        f"Requested classification: {number}."])
    return ink.one([
        f"We believe the article is classifiable in subheading {number}, HTSUS, under GRI 1 and "
        "GRI 6, because the heading describes it by name and no other heading applies.",
        f"Proposed classification: {number}. Basis: the terms of the heading and Note 1 to the "
        "Chapter, and ruling NY N301455 on similar goods.",
        f"The requester proposes subheading {number}; the Explanatory Notes to the heading list "
        "articles of this kind, so GRI 1 settles the classification.",
    ])


def pending(facts: RulingFacts, ink: Ink) -> str | None:
    if facts.pending == "missing":
        return None
    if facts.pending == "court":
        return ("The classification of identical merchandise imported by the requester is at issue "
                "in Court No. 24-00187, now pending before the U.S. Court of International Trade.")
    if facts.pending == "cbp":
        return ("The first shipment has already arrived and was entered; the entry is not yet "
                "liquidated and the port has issued a request for information (CBP Form 28) on "
                "its classification. We ask for a ruling on that shipment.")
    return ink.one([
        "To the best of our knowledge, the issue is not pending before any CBP office, the Court "
        "of International Trade or any appellate court, and has not been the subject of a ruling.",
        "No related matter is or has been before CBP or any court.",
        "Statement under 19 CFR 177.2(b)(5): the transaction is not under review by CBP and is "
        "not before any court; it is not one of a series of transactions already ruled upon.",
        "The requester is not aware of the issue being pending before CBP, the CIT or the Court "
        "of Appeals for the Federal Circuit.",
        "Pending matters: none before CBP or the courts.",
    ])


def sample(facts: RulingFacts, ink: Ink) -> str:
    if facts.ruling_type == "carrier":
        return "Photographs of the vessel and its general arrangement plan are enclosed."
    options = {
        "sent": ["A sample is enclosed.", "One sample is sent under separate cover by courier.",
                 "Samples: two pieces enclosed; please return them after examination.",
                 "We are enclosing a sample of the article.", "Sample provided: yes (enclosed)."],
        "offered": ["A sample is available on request.", "Samples can be provided on request.",
                    "We will send a sample if the National Import Specialist asks for one."],
        "photos": ["Photographs and a specification sheet are enclosed; no sample is available.",
                   "Enclosed are photographs of the product and a drawing with dimensions.",
                   "Enclosures: product photographs (4) and the manufacturer's data sheet."],
    }
    return ink.one(options[facts.sample])


def confidential(facts: RulingFacts, ink: Ink) -> str | None:
    if facts.confidential:
        return ink.one([
            "We request that the pricing information be treated as confidential under 19 CFR "
            "177.2(b)(7); it is commercial information exempt from disclosure.",
            "CONFIDENTIAL TREATMENT REQUESTED for the supplier's name and the unit prices, which "
            "are bracketed and are trade secrets.",
            "Please withhold the component costs from the published ruling (19 CFR 177.2(b)(7)).",
        ])
    return ink.one([None, "No confidential treatment is requested.",
                    "This letter contains no confidential information."])


def signature(facts: RulingFacts, ink: Ink, title: str) -> list[str]:
    close = ink.one(["Respectfully submitted,", "Sincerely,", "Very truly yours,", "Regards,",
                     "Yours sincerely,"])
    if not facts.signed:
        return [close, "______________________________"]
    return [close, ink.one([f"/s/ {facts.signer}", "______________________________"]),
            f"{ink.t(facts.signer)}, {title}"]
