"""Sentences ruling requests are written from (several phrasings per element)."""

from __future__ import annotations

import random

from .common import pick
from .rulings import Ruling
from .rulings import codes as proposed

NOT_PENDING = [
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court of "
    "International Trade, the Court of Appeals for the Federal Circuit or any appellate court, and "
    "no ruling on it has been requested before.",
    "Neither this transaction nor the issue it raises is, or has been, before a CBP office or "
    "any court.",
    "We are not aware of any protest, internal advice request or litigation involving this "
    "merchandise; "
    "this is not one of a series of transactions already before CBP.",
    "Statement under 19 CFR 177.2(b)(5): the question is not under review by CBP or the courts.",
    "No related matter is pending with CBP or before any court.",
]
SAMPLE_YES = [
    "A sample of each item is enclosed; please return it when the ruling issues.",
    "Samples have been sent under separate cover by courier.",
    "One production sample accompanies this letter (it need not be returned).",
]
SAMPLE_NO = [
    "Photographs and the manufacturer's specification sheet are enclosed in place of a sample.",
    "A sample is available on request.",
    "Drawings are attached; no sample exists yet because the goods are still in development.",
]
CONF_YES = [
    "We ask that the prices in this request be treated as confidential under 19 CFR 177.2(b)(7); "
    "their release would harm the importer's competitive position.",
    "Confidential treatment is requested for the bracketed component costs and supplier names.",
    "Please withhold the purchase prices from the published ruling: they are trade secrets.",
]
CONF_NO = [
    "No confidential treatment is requested.",
    "",
    "Nothing in this request is confidential.",
]
PORT_WORDS = [
    "The goods will arrive and be entered at {ports}.",
    "Anticipated port(s) of entry: {ports}.",
    "Imports are expected through {ports}.",
    "We expect to enter the merchandise at {ports}.",
    "Port of entry: {ports}.",
]


def pending(r: Ruling, rng: random.Random) -> str:
    """The 177.2(b)(5) statement, the court case, the current entry, or nothing."""
    if r.pending_in_court:
        return (
            f"The same issue is pending before the Court of International Trade in {r.importer} "
            f"v. United States, Court No. 25-{rng.randrange(10, 99)}{rng.randrange(100, 999)}; "
            "we ask for a ruling to govern future entries."
        )
    if r.current_entry:
        return (
            "The first shipment has already arrived and was entered under entry "
            f"{r.current_entry}, "
            "which is unliquidated; further shipments will follow."
        )
    return pick(rng, NOT_PENDING) if r.pending_statement else ""


def question(r: Ruling) -> str:
    """What ruling is asked for, by subject."""
    if r.reconsider:
        return (
            f"We ask Regulations and Rulings to reconsider New York ruling {r.reconsider}, which "
            "classified the goods under a provision we believe is wrong."
        )
    if r.ruling_type == "valuation":
        return (
            "We ask whether the price paid by the importer is an acceptable transaction value "
            "under "
            "19 U.S.C. 1401a(b) given the relationship of the parties."
        )
    if r.ruling_type == "marking":
        return (
            "We ask whether marking the country of origin on the retail carton only, and not on "
            "the "
            "article itself, satisfies 19 U.S.C. 1304 and 19 CFR Part 134."
        )
    if r.ruling_type == "origin":
        return (
            "We ask for the country of origin of the finished goods, which are assembled in Mexico "
            "from components of several countries."
        )
    return (
        "We request a binding ruling on the tariff classification of the merchandise described "
        "below."
    )


def basis(r: Ruling) -> str:
    if r.ruling_type == "valuation":
        return f"Terms of sale: {r.terms_of_sale}. Relationship: {r.relationship}" + (
            "."
            if "unrelated" in r.relationship
            else "; the price is settled as with unrelated buyers, so the relationship did "
            "not influence it."
        )
    if r.ruling_type in ("marking", "origin"):
        return (
            "The article reaches the ultimate purchaser in its retail carton, and the last "
            "substantial "
            "transformation occurs where the parts become a new article of commerce."
        )
    codes = ", ".join(proposed(r))
    if not r.basis:
        return f"Please confirm classification in {codes}."
    return (
        f"We believe the goods are classified in {codes}, HTSUS, under GRI 1 and GRI 6: the "
        "heading names the article and the subheading text describes its principal use."
    )


def authority(r: Ruling) -> str:
    if r.agent is None:
        return ""
    if r.authority:
        return r.authority
    return f"We write concerning merchandise that {r.importer} intends to import."


def closing(r: Ruling, rng: random.Random) -> list[str]:
    return [
        s
        for s in (
            pick(rng, SAMPLE_YES if r.sample else SAMPLE_NO),
            pick(rng, CONF_YES if r.confidential else CONF_NO),
        )
        if s
    ]


def ports_sentence(r: Ruling, rng: random.Random) -> str:
    return pick(rng, PORT_WORDS).format(ports=" and ".join(f"the Port of {p}" for p in r.ports))
