"""Ruling-request cases (19 CFR Part 177): the facts each letter states and the truth from them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import parties
from .common import Built

CASES = [
    "class-accept",
    "class-agent",
    "valuation-hq",
    "agent-no-authority",
    "marking",
    "no-pending-statement",
    "origin-agent",
    "pending-court",
    "no-ports",
    "current-entry",
    "unsigned",
    "six-items",
    "reconsider-ny",
    "no-materials",
    "no-basis",
]
TYPE_OF = {
    "valuation-hq": "valuation",
    "marking": "marking",
    "origin-agent": "origin",
    "reconsider-ny": "classification",
}
AUTHORITY = [
    "We act for {imp} under a power of attorney on file with our office.",
    "This request is made by the undersigned as the authorized agent of {imp}; a letter of "
    "authorization signed by its president is enclosed.",
    "{imp} has authorized our firm in writing to request this ruling on its behalf.",
    "As customs broker for {imp}, and with its express authority, we submit the following.",
    "Pursuant to the enclosed authorization from {imp}, we ask for a binding ruling.",
]
HTS_FORMS = ("dotted", "split", "bare")
MATERIALS = [
    "stainless steel 92%, polypropylene lid 8% by weight",
    "100% cotton by weight",
    "aluminum housing 70%, LED modules and driver 22%, glass 8% by weight",
    "stoneware body 96%, glaze 4% by weight",
    "steel 55%, plastics 35%, copper 10% by weight",
    "nylon webbing 85%, steel hardware 15% by weight",
    "aluminum alloy 6061, 100% by weight",
    "MDF cabinet 60%, drivers and electronics 40% by value",
]


@dataclass
class Item:
    name: str
    description: str
    use: str
    materials: str | None
    price: str
    hts: str | None


@dataclass
class Ruling:
    """What a ruling request states (None or False where the letter leaves it out)."""

    case: str
    importer: str
    importer_address: list[str]
    importer_number: str
    agent: tuple[str, str, str] | None
    authority: str | None
    ruling_type: str
    items: list[Item]
    ports: list[str]
    request_date: dt.date
    received: dt.date
    today: dt.date
    pending_statement: bool
    pending_in_court: bool
    current_entry: str | None
    sample: bool
    confidential: bool
    signed: bool
    signer: str
    signer_title: str
    basis: bool
    reconsider: str | None
    terms_of_sale: str
    relationship: str


def _hts(code: str, form: str) -> str:
    digits = code.replace(".", "")
    if form == "split":
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}"
    if form == "bare":
        return digits
    return f"{digits[:4]}.{digits[4:6]}.{digits[6:]}"


def build(index: int, rng: random.Random) -> Ruling:
    case = CASES[index % len(CASES)]
    importer, address = parties.IMPORTERS[rng.randrange(len(parties.IMPORTERS))]
    agent = None
    if case in ("class-agent", "agent-no-authority", "origin-agent") or rng.random() < 0.25:
        agent = parties.BROKERS[rng.randrange(len(parties.BROKERS))]
    form = rng.choice(HTS_FORMS)
    count = 6 if case == "six-items" else rng.choice([1, 1, 2])
    start = rng.randrange(len(parties.GOODS))
    items = []
    # Several items are always of one class or kind (variants of the same goods, one subheading).
    goods, _, _, claimed = parties.GOODS[start]
    for k in range(count):
        variant = (
            f", {rng.choice(['black', 'grey', 'navy', 'natural'])} finish" if count > 1 else ""
        )
        items.append(
            Item(
                name=f"Model {chr(65 + k)}{rng.randrange(100, 999)}",
                description=goods + variant,
                use=rng.choice(
                    [
                        "retail sale to consumers",
                        "sale through retail and online stores",
                        "resale by distributors to retailers",
                    ]
                ),
                materials=None if case == "no-materials" else MATERIALS[start],
                price=f"purchase price US${rng.randrange(2, 60)}.{rng.randrange(10, 99)} each; "
                "U.S. "
                f"selling price US${rng.randrange(70, 150)}.00",
                hts=None
                if case in ("marking", "origin-agent", "valuation-hq")
                else _hts(claimed, form),
            )
        )
    port_pool = [f"{n} ({c})" if rng.random() < 0.5 else n for c, n in parties.PORTS]
    rng.shuffle(port_pool)
    request_date = dt.date(2025, 3, 3) + dt.timedelta(days=rng.randrange(240))
    received = request_date + dt.timedelta(days=rng.randrange(1, 6))
    signer = parties.PEOPLE[rng.randrange(len(parties.PEOPLE))]
    return Ruling(
        case=case,
        importer=importer,
        importer_address=address,
        importer_number=f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        agent=agent,
        authority=None
        if agent is None or case == "agent-no-authority"
        else rng.choice(AUTHORITY).format(imp=importer),
        ruling_type=TYPE_OF.get(case, "classification"),
        items=items,
        ports=[] if case == "no-ports" else port_pool[: rng.choice([1, 2])],
        request_date=request_date,
        received=received,
        today=received + dt.timedelta(days=rng.randrange(1, 12)),
        pending_statement=case != "no-pending-statement",
        pending_in_court=case == "pending-court",
        current_entry=f"{parties.FILERS[0]}-{rng.randrange(10**7):07d}"
        if case == "current-entry"
        else None,
        sample=rng.random() < 0.5,
        confidential=rng.random() < 0.35,
        signed=case != "unsigned",
        signer=signer,
        signer_title=rng.choice(
            ["Licensed Customs Broker", "Trade Consultant", "Classification Specialist"]
            if agent
            else ["Vice President, Sourcing", "Owner", "Compliance Manager"]
        ),
        basis=case != "no-basis",
        reconsider="N3" + f"{rng.randrange(10**5):05d}" if case == "reconsider-ny" else None,
        terms_of_sale=rng.choice(["FOB Ningbo", "EXW Monterrey", "FCA Ho Chi Minh City"]),
        relationship=rng.choice(
            [
                "the seller is the importer's wholly owned subsidiary",
                "the parties are unrelated",
                "the seller and the importer share a parent company",
            ]
        ),
    )


def codes(r: Ruling) -> list[str]:
    """The proposed subheadings as printed, each once, in order."""
    return list(dict.fromkeys(i.hts for i in r.items if i.hts))


def truth(r: Ruling, producer: str, style: str) -> Built:
    """Routing, completeness and eligibility under 19 CFR 177.1, 177.2 and 177.7."""
    route = "HQ" if r.ruling_type in ("valuation", "carrier") or r.reconsider else "NCSD"
    missing = []
    if not r.ports:
        missing.append("177.2(b)(1)")
    if r.ruling_type == "classification" and any(i.materials is None for i in r.items):
        missing.append("177.2(b)(2)")
    if not r.pending_statement:
        missing.append("177.2(b)(5)")
    if not r.basis:
        missing.append("177.2(b)(6)")
    if not r.signed:
        missing.append("177.2(c)")
    not_scored = [
        "reason not scored: free text",
        "product_description and ports not scored: the contract fixes neither the extent of "
        "the description nor whether a port is given by name or code",
    ]
    if r.pending_in_court or r.current_entry:
        outcome = "no_ruling"
    elif r.agent and r.authority is None:
        outcome = "needs_human"
    elif missing or len(r.items) > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, object] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + dt.timedelta(days=30)).isoformat()
    else:
        not_scored.append(
            "due not scored: the contract sets no target date for a request that is not accepted"
        )
    values: dict[str, object] = {
        "importer_number": r.importer_number,
        "request_date": r.request_date.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": codes(r),
        "prospective": r.current_entry is None,
        "pending_statement": r.pending_statement,
        "pending_in_court": r.pending_in_court,
        "pending_before_cbp": r.current_entry is not None,
        "sample_provided": r.sample,
        "confidential_requested": r.confidential,
        "signed": r.signed,
    }
    if r.ruling_type == "classification":
        values["item_count"] = len(r.items)
    else:
        not_scored.append("item_count not scored outside classification")
    if r.agent:
        not_scored.append("requester_name/address not scored: written by an agent for the importer")
    else:
        values["requester_name"] = r.importer
        values["requester_address"] = ", ".join(r.importer_address)
    return Built(
        "ruling-request",
        f"{r.case}-{style}",
        producer,
        ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
        values,
        decision,
        not_scored,
    )
