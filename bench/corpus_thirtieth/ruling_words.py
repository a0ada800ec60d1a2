"""The paragraphs a ruling request is made of, worded for each subject and case."""

from __future__ import annotations

import random

from bench.corpus_thirtieth.formats import date_text
from bench.corpus_thirtieth.ruling_cases import RulingFacts

MODELS = ["A", "B", "C", "D", "E", "F", "G"]


def office(f: RulingFacts) -> list[str]:
    if f.case in ("valuation", "carrier", "reconsider-ny", "class-and-value"):
        return ["U.S. Customs and Border Protection", "Regulations and Rulings, Office of Trade",
                "90 K Street NE, 10th Floor", "Washington, DC 20229-1177"]
    return ["U.S. Customs and Border Protection", "National Commodity Specialist Division",
            "201 Varick Street, Suite 501", "New York, NY 10014"]


def question(f: RulingFacts) -> str:
    hts = f.goods.hts[f.hts_form]
    if f.ruling_type == "classification":
        ask = (f"We request a binding ruling on the tariff classification of the {f.goods.short} "
               f"and propose subheading {hts}, HTSUS.")
        if f.reconsider:
            ask = (f"We request that Headquarters reconsider New York ruling {f.reconsider}, which "
                   f"classified the {f.goods.short} elsewhere, and rule that subheading {hts}, "
                   "HTSUS, applies.")
        if f.also_value:
            ask += (" We also ask whether the royalty paid to the design owner is part of the "
                    "transaction value under 19 U.S.C. 1401a.")
        return ask
    if f.ruling_type == "valuation":
        return (f"We request a ruling that the buying commission paid on the {f.goods.short} to "
                "our agent is not part of the transaction value under 19 U.S.C. 1401a(b).")
    if f.ruling_type == "marking":
        return (f"We request a ruling that marking the retail box of the {f.goods.short} "
                "\"Made in Vietnam\" satisfies 19 U.S.C. 1304 and 19 CFR Part 134, the article "
                "itself being too small to mark legibly.")
    if f.ruling_type == "origin":
        return (f"We request a ruling on the country of origin of the {f.goods.short}, assembled "
                "in Mexico from components made in China, for marking purposes.")
    return ("We request a ruling that the carriage of passengers between Seattle and Friday Harbor "
            "on the foreign-flag vessel described below is not coastwise trade under 46 U.S.C. "
            "55103.")


def facts_text(f: RulingFacts) -> list[str]:
    """The transaction and the subject's required facts (177.2(b)(2))."""
    g = f.goods
    port = f" through the port of {f.port[1]} (port code {f.port[0]})" if f.port_given else ""
    out = [f"We intend to import the merchandise from our supplier in Vietnam{port}, with the "
           "first shipment planned for next quarter."]
    if f.ruling_type == "carrier":
        return ["The vessel MV Salish Dawn was built in 2009 at Bergen, Norway, and flies the "
                "flag of Norway. She will be used in Puget Sound. Itinerary: Seattle, Friday "
                f"Harbor, Victoria B.C., Seattle, weekly from May to September{port}."]
    out.append(f"Description: {g.description}. Principal use in the United States: {g.use}. "
               f"Commercial names: {g.names}.")
    if f.materials_given:
        out.append(f"Component materials: {g.materials}. Price: {g.price}.")
    else:
        out.append(f"Price: {g.price}.")
    if f.ruling_type == "valuation" or f.also_value:
        out.append("Terms of sale: FOB Haiphong, payment by letter of credit. The seller and "
                   "the importer are not related within 19 U.S.C. 1401a(g); the invoice shows "
                   "the commission separately.")
    return out


def basis(f: RulingFacts) -> str:
    if not f.basis_given:
        return ""
    if f.ruling_type == "classification":
        return (f"Under GRI 1 the {f.goods.short} are described by the terms of heading "
                f"{f.goods.hts[0][:4]}; their principal use confirms it (Additional U.S. Rule "
                "of Interpretation 1(a)), as in earlier rulings on similar goods.")
    return ("The statute, its Statement of Administrative Action and the rulings that "
            "apply it to comparable facts support the result requested.")


def pending(f: RulingFacts, rng: random.Random) -> str:
    if f.pending == "absent":
        return ""
    if f.pending == "court":
        return (f"The same issue is pending before the U.S. Court of International Trade in our "
                f"action on an earlier entry, {f.court_case}.")
    if f.pending == "current":
        return (f"The first shipment arrived at {f.port[1]} last week and its entry is still "
                "open with the port; we would like the ruling to apply to it.")
    if f.pending == "completed":
        return ("The question concerns our entry of last year, which has already been "
                "liquidated; we ask for a ruling on that entry.")
    return rng.choice([
        "To the best of our knowledge, the issue is not pending before any CBP office, the "
        "Court of International Trade or any appellate court, and it is not one of a series.",
        "Neither this transaction nor the issue is, or has been, before a CBP office or a court.",
    ])


def sample(f: RulingFacts) -> str:
    return {"sent": "A sample is enclosed; please return it after review.",
            "photos": "Photographs and a specification sheet are enclosed; no sample is sent.",
            "on-request": "A sample is available on request.", "none": ""}[f.sample]


def confidential(f: RulingFacts) -> str:
    if f.confidential:
        return ("We request confidential treatment of the price information (19 CFR "
                "177.2(b)(7)); it is marked \"Confidential\" and would harm us if disclosed.")
    return ""


def items(f: RulingFacts) -> list[str]:
    if f.items == 1:
        return []
    return [f"Model {MODELS[k]}-{10 + k}: {f.goods.short}, variant {k + 1}" for k in range(f.items)]


def dated(f: RulingFacts, style: str) -> str:
    return date_text(f.request_date, style)
