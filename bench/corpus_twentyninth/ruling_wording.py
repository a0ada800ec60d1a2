"""Sections a binding-ruling request is made of, as (heading, text) pairs, in varied wordings."""

from __future__ import annotations

import datetime as dt
import random

from bench.corpus_twentyninth.parties import fmt_date
from bench.corpus_twentyninth.ruling_cases import RulingFacts

SUBJECT_WORDS = {
    "classification": "the tariff classification",
    "valuation": "the customs value",
    "marking": "the country of origin marking",
    "origin": "the country of origin",
    "carrier": "the coastwise transportation (46 U.S.C. 55102)",
}


def office(f: RulingFacts) -> list[str]:
    if f.reconsider or any(s in ("valuation", "carrier") for s in f.subjects):
        return [
            "U.S. Customs and Border Protection",
            "Regulations and Rulings, Office of Trade",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229-1177",
        ]
    return [
        "U.S. Customs and Border Protection",
        "National Commodity Specialist Division",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def request(f: RulingFacts) -> str:
    who = f"{f.importer.name}, importer number {f.importer_number},"
    if f.reconsider:
        return (
            f"{who} asks Headquarters to reconsider New York ruling {f.reconsider} and to issue "
            f"a binding ruling under 19 CFR Part 177 on the tariff classification of the "
            f"merchandise described below."
        )
    what = " and ".join(SUBJECT_WORDS[s] for s in f.subjects)
    return (
        f"{who} requests a binding ruling under 19 CFR Part 177 on {what} of the merchandise "
        "described below."
    )


def product(f: RulingFacts, rnd: random.Random) -> str:
    if f.subjects == ["carrier"]:
        built, flag = rnd.choice(
            [
                ("Rotterdam, the Netherlands", "the Netherlands"),
                ("Busan, Korea", "the Marshall Islands"),
            ]
        )
        return (
            f"The vessel is a self-propelled crane barge built in {built} and documented under the "
            f"flag of {flag}. It would be used at an offshore wind construction site in the "
            f"Outer Continental Shelf and would carry only its own equipment; its itinerary runs "
            f"from the site to the port of Norfolk and back for crew changes."
        )
    # Several items are listed by each layout in its own way; one item is described in the text.
    text = "" if len(f.items) > 1 else f"The merchandise is described as: {f.goods[0]}. "
    text += f"It is sold to retailers and used in the United States as a {f.goods[2]}. "
    if f.materials:
        text += rnd.choice(
            [
                "By weight it is 82% stainless steel, 15% polypropylene and 3% silicone. ",
                "Its component materials by value are 70% metal, 25% plastics and 5% packaging. ",
            ]
        )
    text += (
        f"The commercial name is '{f.goods[2]}'. The purchase price is about "
        f"${rnd.randint(3, 40)}.{rnd.randint(10, 99)} per unit FOB and the planned U.S. "
        f"selling price ${rnd.randint(45, 120)}.00."
    )
    if "valuation" in f.subjects:
        text += (
            " The goods are bought FOB Ningbo from an unrelated manufacturer under a written "
            "supply agreement; the importer also pays a design royalty of 4% of net sales to "
            "a licensor in Milan, and asks whether that royalty is part of the price actually "
            "paid or payable."
        )
    if f.subjects == ["marking"]:
        text += (
            " The question is whether each article must be marked with its country of origin "
            "or whether the marking of the sealed retail carton suffices (19 CFR 134.32(d))."
        )
    if f.subjects == ["origin"]:
        text += (
            " The articles are assembled in Vietnam from components made in China and Vietnam; "
            "the question is their country of origin for marking and Section 301 purposes."
        )
    return text


def ports(f: RulingFacts) -> str | None:
    if not f.ports:
        return None
    names = " and ".join(f"{name} ({code})" for code, name in f.ports)
    ports = "ports" if len(f.ports) > 1 else "port"
    return f"The merchandise will be imported through the {ports} of {names}."


def proposal(f: RulingFacts) -> str | None:
    if not f.hts_printed:
        return None
    if not f.basis:
        return f"We request classification in subheading {f.hts_printed}, HTSUS."
    return (
        f"We believe the merchandise is classified in subheading {f.hts_printed}, HTSUS. Under "
        f"GRI 1 the heading describes the article by name, and the Explanatory Notes to the "
        f"heading confirm that articles of this kind are included; no other heading is more "
        f"specific (GRI 3(a))."
    )


def pending(f: RulingFacts, ds: str, rnd: random.Random) -> str | None:
    if f.pending is None:
        return None
    if f.pending == "court":
        return (
            f"The same classification question is before the U.S. Court of International Trade in "
            f"{f.importer.name.split(',')[0]} v. United States, Court No. "
            f"{rnd.randint(21, 24)}-00{rnd.randint(100, 999)}, which concerns earlier imports of "
            f"these goods. It is not before any CBP office."
        )
    if f.pending in ("current", "completed"):
        came = f.received - dt.timedelta(days=rnd.randint(20, 90))
        state = (
            "has not yet been liquidated"
            if f.pending == "current"
            else f"was liquidated on {fmt_date(came + dt.timedelta(days=60), ds)}"
        )
        return (
            f"The first shipment arrived at the port on {fmt_date(came, ds)} and was entered under "
            f"entry number {f.entry}, which {state}; we ask for the ruling to apply to that entry "
            f"as well. The issue is not before any court."
        )
    return rnd.choice(
        [
            "To the best of our knowledge the issue is not pending before any CBP office, the "
            "Court of International Trade, the Court of Appeals for the Federal Circuit or any "
            "other court, and no earlier ruling on it has been requested.",
            "The same transaction or issue is not, and has not been, before any CBP office or any "
            "court, and it is not one of a series of transactions.",
        ]
    )


def samples(f: RulingFacts) -> str | None:
    return {
        "sent": "A sample is enclosed; please return it when the review is complete.",
        "photos": "Photographs and a specification sheet are enclosed in place of a sample.",
        "on-request": "A sample is available on request.",
        "none": None,
    }[f.sample]


def confidential(f: RulingFacts, rnd: random.Random) -> str | None:
    if f.confidential:
        return (
            "We ask that the prices and the supplier's name be treated as confidential under "
            "19 CFR 177.2(b)(7); they are commercially sensitive and marked as such."
        )
    return rnd.choice([None, "No confidential treatment is requested."])


def sections(f: RulingFacts, ds: str, rnd: random.Random) -> list[tuple[str, str]]:
    out = [
        ("Request", request(f)),
        ("Merchandise" if f.subjects != ["carrier"] else "Vessel", product(f, rnd)),
    ]
    for head, text in (
        ("Ports of entry", ports(f)),
        ("Proposed classification", proposal(f)),
        ("Pending matters", pending(f, ds, rnd)),
        ("Samples", samples(f)),
        ("Confidentiality", confidential(f, rnd)),
    ):
        if text:
            out.append((head, text))
    return out
