"""Binding-ruling requests (19 CFR Part 177): situations, truths and two layouts, a memorandum of
law with footnotes and a two-column request sheet."""

# ruff: noqa: E501 -- long lines are the documents' own sentences, kept whole so they read as printed

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .law import business_day, ein, fmt_date
from .parties import COMPANIES, FIRMS, PEOPLE, PORTS, pick
from .pdfpage import Doc

CASES = (
    "class-owner",
    "class-agent",
    "agent-no-authority",
    "valuation",
    "marking",
    "origin-agent",
    "reconsider-ny",
    "no-pending-stmt",
    "unsigned",
    "six-items",
    "in-court",
    "current-entry",
)
HQ_TYPES = ("valuation", "carrier")
AUTHORITY = (
    "acting under a power of attorney from {c} dated {d}",
    "as customs broker and agent of record for {c}, whose written authorization is enclosed",
    "as counsel to {c}, which has authorized us in writing to request this ruling",
    "on behalf of our client {c}, for whom we hold a current customs power of attorney",
)
PRODUCTS = (
    (
        "a cordless handheld vacuum cleaner with a 14.4 V lithium-ion battery, model CV-14",
        "household floor and upholstery cleaning",
        "ABS plastic housing 62% by weight, motor 21%, battery 17%",
        "8508.11.0000",
    ),
    (
        "a child's insulated lunch bag with an outer surface of polyester textile",
        "carrying food to school",
        "polyester 70% by weight, PEVA lining 20%, zipper 10%",
        "4202.92.3131",
    ),
    (
        "an enamelled cast-iron Dutch oven, 5.5 quart",
        "cooking in the home",
        "cast iron 91% by weight, vitreous enamel 9%",
        "7323.91.5020",
    ),
)


@dataclass
class Ruling:
    case: str
    owner: tuple[str, list[str]]
    ior: str
    agent: tuple[str, list[str]] | None
    authority: str | None
    ruling_type: str
    request_date: date
    received: date
    product: tuple[str, str, str, str]
    items: int
    pending: str | None  # "none", "court", "cbp" or None (no statement)
    sample: str  # "sent", "photos", "on-request"
    confidential: bool
    signed: bool
    signer: str
    ports: list[tuple[str, str]]
    reconsider: str | None = None
    not_scored: list[str] = field(default_factory=list)


def _business(day: date) -> date:
    """The receipt date: CBP logs requests on business days."""
    while not business_day(day):
        day += timedelta(days=1)
    return day


def build(case: str, rng: random.Random) -> Ruling:
    taken: set[str] = set()
    owner = pick(rng, COMPANIES, taken)
    request = date(2025, 2, 3) + timedelta(days=rng.randrange(280))
    agent = (
        pick(rng, FIRMS, taken)
        if "agent" in case or case in ("reconsider-ny", "in-court")
        else None
    )
    r = Ruling(
        case,
        owner,
        ein(rng),
        agent,
        None,
        "classification",
        request,
        _business(request + timedelta(days=3 + rng.randrange(6))),
        rng.choice(PRODUCTS),
        1,
        "none",
        rng.choice(("sent", "photos", "on-request")),
        rng.random() < 0.3,
        True,
        rng.choice(PEOPLE),
        [pick(rng, PORTS, taken)],
    )
    if r.agent and case != "agent-no-authority":
        r.authority = rng.choice(AUTHORITY)
    r.ruling_type = {"valuation": "valuation", "marking": "marking", "origin-agent": "origin"}.get(
        case, "classification"
    )
    if case == "reconsider-ny":
        r.reconsider = f"N{rng.randrange(300000, 360000)}"
    if case == "no-pending-stmt":
        r.pending = None
    elif case == "unsigned":
        r.signed = False
    elif case == "six-items":
        r.items = 6
    elif case == "in-court":
        r.pending = "court"
    elif case == "current-entry":
        r.pending = "cbp"
    return r


def truth(r: Ruling) -> dict[str, Any]:
    route = "HQ" if r.ruling_type in HQ_TYPES or r.reconsider else "NCSD"
    gaps = [] if r.pending is not None else ["177.2(b)(5)"]
    if not r.signed:
        gaps.append("177.2(c)")
    if r.pending == "court" or r.pending == "cbp":
        outcome = "no_ruling"
    elif gaps or r.items > 5:
        outcome = "deficient"
    elif r.agent and r.authority is None:
        outcome = "needs_human"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "importer_number": r.ior,
        "request_date": r.request_date.isoformat(),
        "ruling_type": r.ruling_type,
        "prospective": r.pending != "cbp",
        "pending_statement": r.pending is not None,
        "pending_in_court": r.pending == "court",
        "pending_before_cbp": r.pending == "cbp",
        "sample_provided": r.sample == "sent",
        "confidential_requested": r.confidential,
        "signed": r.signed,
    }
    if r.ruling_type == "classification":
        values["proposed_hts"] = [r.product[3]]
        values["item_count"] = r.items
    else:
        values["proposed_hts"] = []
    notes = ["reason not scored: free text", "product_description and ports not scored: free text"]
    if r.agent:
        notes.append(
            "requester_name/address not scored: the letter is written by an agent for the "
            "importer, and the contract does not say which of the two is the requester"
        )
    else:
        values["requester_name"] = r.owner[0]
        values["requester_address"] = ", ".join(r.owner[1])
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": gaps}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + timedelta(days=30)).isoformat()
    else:
        notes.append("due not scored: a deficient or no-ruling NCSD request")
    r.not_scored = notes
    return {"values": values, "decision": decision}


def _facts(r: Ruling) -> list[str]:
    desc, use, materials, _hts = r.product
    items = (
        f" The request covers {r.items} different articles: "
        + ", ".join(
            f"item {n} ({model})"
            for n, model in zip(range(1, r.items + 1), SIX_ITEMS, strict=False)
        )
        + "."
        if r.items > 1
        else ""
    )
    return [
        f"The article is {desc}.{items}",
        f"Its principal use in the United States is {use}.",
        f"Component materials: {materials}.",
        f"Commercial name: {desc.split(',')[0]}; purchase price USD 18.40 per unit FOB Ningbo, "
        "U.S. selling price $39.99 retail.",
        f"The goods will be entered at the port of {r.ports[0][1]} (port code {r.ports[0][0]}); no "
        "shipment has yet been made.",
    ]


def _subject(r: Ruling) -> str:
    hts = r.product[3]
    if r.ruling_type == "valuation":
        return (
            "whether royalties paid to the licensor are part of the price actually paid or payable; the "
            "goods are bought on FOB terms from an unrelated seller, and the buyer and seller are not "
            "related within 19 U.S.C. 1401a(g)"
        )
    if r.ruling_type == "marking":
        return (
            "whether marking the inner retail box, and not each article, satisfies 19 U.S.C. 1304"
        )
    if r.ruling_type == "origin":
        return "the country of origin of the article, assembled in Vietnam from Chinese-made components"
    extra = f", and reconsideration of New York ruling {r.reconsider}" if r.reconsider else ""
    return f"the classification of the article in subheading {hts}, HTSUS{extra}"


SIX_ITEMS = (
    "a cordless vacuum cleaner",
    "a corded stick vacuum",
    "a robotic floor cleaner",
    "a wet-dry shop vacuum",
    "a handheld steam cleaner",
    "a carpet shampooer",
)
PENDING = {
    "none": (
        "To the requester's knowledge, the issue is not and has not been before any CBP office "
        "or the Court of International Trade, and it is not one of a series of transactions."
    ),
    "court": (
        "The same issue is before the Court of International Trade in an action filed by the "
        "importer concerning earlier entries of the same article."
    ),
    "cbp": (
        "A shipment of the article was entered last month and the entry is now under review at "
        "the port; we ask for a ruling on that entry and on future imports."
    ),
}
SAMPLES = {
    "sent": "A sample is sent with this letter and need not be returned.",
    "photos": "Photographs and a specification sheet are attached in place of a sample.",
    "on-request": "A sample is available on request.",
}


def _closing(doc: Doc, r: Ruling, font: str) -> None:
    signer_org = r.agent[0] if r.agent else r.owner[0]
    doc.space(10)
    if r.signed:
        doc.line(rng_sig(r), font, 11)
    else:
        doc.line("_________________________", font, 11)
        doc.line("(authorized signature)", font, 8)
        return
    doc.line(signer_org, font, 10)


def rng_sig(r: Ruling) -> str:
    return {0: f"/s/ {r.signer}", 1: f"Signed: {r.signer}", 2: f"By: {r.signer}"}[len(r.signer) % 3]


def memo_of_law(r: Ruling, rng: random.Random) -> Doc:
    """A request written as a memorandum of law, its authorities in numbered footnotes."""
    doc = Doc(margin=72)
    office = (
        "Regulations and Rulings, Office of Trade"
        if r.ruling_type in HQ_TYPES or r.reconsider
        else "National Commodity Specialist Division"
    )
    doc.line(
        "MEMORANDUM OF LAW IN SUPPORT OF A REQUEST FOR A BINDING RULING",
        "Times-Bold",
        12,
        align="center",
    )
    doc.space(6)
    who = r.agent[0] if r.agent else r.owner[0]
    for label, value in (
        ("TO:", f"U.S. Customs and Border Protection, {office}"),
        ("FROM:", who),
        ("DATE:", fmt_date(r.request_date, rng.choice(("long", "abbr")))),
        ("SUBJECT:", f"Binding ruling request - {r.ruling_type}"),
    ):
        doc.row([(72, label), (140, value)], "Times-Roman", 11)
    doc.rule()
    doc.line("I. Parties", "Times-Bold", 11)
    agent = ""
    if r.agent:
        auth = (
            f", {r.authority.format(c=r.owner[0], d=fmt_date(r.request_date - timedelta(days=200), 'long'))}"
            if r.authority
            else ""
        )
        agent = f" This memorandum is submitted by {r.agent[0]}, {', '.join(r.agent[1])}{auth}."
    doc.para(
        f"The importer is {r.owner[0]}, {', '.join(r.owner[1])}, importer number {r.ior}.{agent}",
        "Times-Roman",
        11,
    )
    doc.line("II. Facts", "Times-Bold", 11)
    for fact in _facts(r):
        doc.para(fact, "Times-Roman", 11)
    doc.line("III. Question presented and argument", "Times-Bold", 11)
    doc.para(
        f"The requester asks for a ruling on {_subject(r)}.1 That result follows from the terms of the "
        "headings and the relevant section and chapter notes,2 read with the Explanatory Notes.",
        "Times-Roman",
        11,
    )
    doc.line("IV. Statements under 19 CFR 177.2", "Times-Bold", 11)
    if r.pending:
        doc.para(PENDING[r.pending], "Times-Roman", 11)
    doc.para(SAMPLES[r.sample], "Times-Roman", 11)
    doc.para(
        "Confidential treatment is requested for the purchase price under 19 CFR 177.2(b)(7); it is "
        "bracketed and marked."
        if r.confidential
        else "No information in this memorandum is confidential.",
        "Times-Roman",
        11,
    )
    _closing(doc, r, "Times-Roman")
    doc.rule(72, 250, gap=8, weight=0.4)
    doc.para(
        "1 General Rules of Interpretation 1 and 6, HTSUS; 19 CFR 177.2(b)(6).", "Times-Roman", 8.5
    )
    doc.para(
        "2 See also 19 U.S.C. 1202 and the cases collected in the importer's earlier correspondence.",
        "Times-Roman",
        8.5,
    )
    return doc


def request_sheet(r: Ruling, rng: random.Random) -> Doc:
    """A consultant's request sheet: labels and values in two columns, then the narrative."""
    doc = Doc(margin=60, footer="Ruling request sheet - page {page}")
    doc.line("BINDING RULING REQUEST - SUMMARY SHEET", "Helvetica-Bold", 13)
    doc.rule()
    pairs = [
        ("Importer", r.owner[0]),
        ("Importer address", ", ".join(r.owner[1])),
        ("IOR no.", r.ior),
        ("Request date", fmt_date(r.request_date, rng.choice(("slash", "dash")))),
        ("Subject", r.ruling_type.title()),
        ("Port of entry", f"{r.ports[0][1]} ({r.ports[0][0]})"),
    ]
    if r.ruling_type == "classification":
        pairs.append(("Proposed HTS", r.product[3]))
    if r.agent:
        pairs.append(("Filed by", r.agent[0]))
    for key, value in pairs:
        doc.row([(60, f"{key}:"), (170, value)], "Helvetica", 9.5)
    doc.rule()
    if r.agent and r.authority:
        doc.para(
            "Authority: we file "
            + r.authority.format(
                c=r.owner[0], d=fmt_date(r.request_date - timedelta(days=90), "long")
            )
            + ".",
            "Helvetica",
            9.5,
        )
    elif r.agent:
        doc.para(
            f"{r.agent[0]} submits this request regarding the goods of {r.owner[0]}.",
            "Helvetica",
            9.5,
        )
    doc.para(f"Ruling requested on {_subject(r)}.", "Helvetica", 9.5)
    doc.para(
        "Basis: the article is named by the heading proposed and is excluded from competing headings "
        "by their own terms.",
        "Helvetica",
        9.5,
    )
    for fact in _facts(r):
        doc.para(fact, "Helvetica", 9.5, first="- ")
    if r.pending:
        doc.para(PENDING[r.pending], "Helvetica", 9.5)
    doc.para(SAMPLES[r.sample], "Helvetica", 9.5)
    if r.confidential:
        doc.para(
            "Please treat the purchase price as confidential business information.",
            "Helvetica",
            9.5,
        )
    _closing(doc, r, "Helvetica")
    return doc


STYLES = {"memo": memo_of_law, "sheet": request_sheet}
