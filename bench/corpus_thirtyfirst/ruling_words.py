"""The substance of a ruling request, sentence by sentence, shared by the three senders' layouts."""

from __future__ import annotations

import random

from bench.corpus_thirtyfirst.formats import date
from bench.corpus_thirtyfirst.ruling_cases import RulingFacts

MODELS = ["A", "B", "C", "D", "E", "F", "G"]


def question(f: RulingFacts) -> str:
    desc = f.goods[0]
    if f.case == "reconsider-ny":
        return (
            f"reconsideration of New York Ruling N{300000 + len(desc) * 917 % 99999:06d}, which "
            "classified the product below in another heading, and the classification we propose"
        )
    if f.ruling_type == "marking":
        return (
            "whether marking the country of origin on a sewn-in label and on the retail box "
            "satisfies 19 U.S.C. 1304 and 19 CFR Part 134"
        )
    if f.ruling_type == "origin":
        return (
            "the country of origin of the product, which is assembled in the exporting country "
            "from components made in China and Vietnam"
        )
    if f.ruling_type == "valuation":
        return (
            "whether the price paid by the importer to its related seller is an acceptable "
            "transaction value, and whether the design fees paid are part of it"
        )
    ask = "the tariff classification of the product"
    if f.items > 1:
        ask = f"the tariff classification of {f.items} models of the product"
    if f.case == "class-and-value":
        ask += ", and whether royalty payments to the licensor are dutiable as part of the value"
    return ask


def description(f: RulingFacts) -> list[str]:
    """Facts for the subject: what 177.2(b)(2) asks, less what the case leaves out."""
    desc, use, materials, _ = f.goods
    out = [f"Product: {desc}."]
    if f.items > 1:
        out.append(
            "Models: "
            + ", ".join(f"{desc.split(',')[0]} version {m}" for m in MODELS[: f.items])
            + "."
        )
    out.append(f"Principal use in the United States: {use}.")
    if f.case != "no-materials":
        out.append(f"Component materials by weight: {materials}.")
    if f.ruling_type == "valuation" or f.case == "class-and-value":  # 177.2(b)(2)(iii) too
        out.append("Terms of sale: FOB port of export, payment 60 days after the bill of lading.")
        if f.case != "valuation-no-relationship":
            out.append(
                f"Relationship: {f.importer} and the seller are related; the seller owns all "
                "shares of the importer, and prices are set as for unrelated buyers."
            )
    return out


def prices(rng: random.Random) -> str:
    unit = rng.randrange(300, 4000)
    return (
        f"Commercial name as sold: house brand. Purchase price USD {unit / 100:.2f} per unit; "
        f"U.S. selling price USD {unit * 2.4 / 100:.2f}."
    )


def basis(f: RulingFacts) -> str | None:
    if f.case == "no-basis":
        return None
    hts = f.hts()
    if hts:
        return (
            f"We believe subheading {hts[0]} applies under GRI 1 and 6: the heading text describes "
            "the product by name and no other heading is more specific."
        )
    if f.ruling_type == "valuation":
        return (
            "Under 19 U.S.C. 1401a(b)(2)(B) the circumstances of sale show the relationship "
            "did not influence the price."
        )
    return (
        "The result we ask for follows from 19 CFR 134.41 and 102.21 and earlier rulings "
        "on similar goods."
    )


def pending(f: RulingFacts, habit: str) -> str | None:
    if f.case == "no-pending-stmt":
        return None
    if f.case == "court-pending":
        return (
            "The same question is pending before the U.S. Court of International Trade in "
            f"{f.importer.split(',')[0]} v. United States, "
            f"Court No. 25-00{len(f.importer) * 37 % 900 + 100}."
        )
    if f.case == "current-transaction" and f.arrived:
        return (
            f"A first shipment arrived on {date(f.arrived, habit)} under entry {f.entry}, which "
            "the port has not yet liquidated; the import specialist is reviewing it now."
        )
    if f.case == "completed-transaction" and f.arrived:
        return (
            f"The goods were imported under entry {f.entry} on {date(f.arrived, habit)}; that "
            "entry has been liquidated."
        )
    return (
        "To our knowledge the issue is not and has not been before any CBP office, the Court of "
        "International Trade, the Federal Circuit or any appellate court, and it is not one "
        "of a series."
    )


def sample(f: RulingFacts) -> str:
    return {
        "sample": "One sample is sent with this request; it need not be returned.",
        "photos": "Photographs and a drawing of the product are attached; no sample is sent.",
        "on-request": "A sample is available on request.",
    }[f.sample]


def confidential(f: RulingFacts, rng: random.Random) -> str | None:
    if f.confidential:
        return (
            "We ask that the prices given be kept confidential under 19 CFR 177.2(b)(7): they are "
            "commercial information not disclosed to the public."
        )
    return "No confidential treatment is requested." if rng.random() < 0.5 else None


def office(f: RulingFacts, route: str) -> tuple[str, ...]:
    if route == "HQ":
        return (
            "Regulations and Rulings, Office of Trade",
            "U.S. Customs and Border Protection",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229-1177",
        )
    return (
        "National Commodity Specialist Division",
        "U.S. Customs and Border Protection",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    )
