"""Ruling-request cases: the facts each request states and the truth the law gives them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_thirtyfourth import pools

CASES = [
    "class",
    "valuation",
    "no-port",
    "seven-items",
    "court-pending",
    "exporter-origin",
    "no-basis",
    "class-photos",
    "unsigned",
    "completed-transaction",
    "reconsider-ny",
    "no-pending-stmt",
    "current-transaction",
    "no-materials",
    "marking",
]
HQ_TYPES = {"valuation", "carrier"}


@dataclass
class Item:
    """One article the request asks about."""

    part: str
    description: str
    material: str
    hts: str


@dataclass
class Ruling:
    """What one ruling request says."""

    case: str
    name: str
    address: list[str]
    ior: str | None  # a foreign exporter has none
    agent: tuple[str, str] | None  # the consultant's firm and title when an agent writes
    request_date: dt.date
    received: dt.date
    today: dt.date
    ruling_type: str
    items: list[Item]
    use: str
    ports: list[str]
    materials: bool
    price: int
    pending: str  # "none" (statement: nothing pending), "absent", "court", "current", "completed"
    basis: bool
    sample: str  # "sent", "photos", "on-request"
    confidential: bool
    signer: str | None
    ny_ruling: str | None = None
    supplier: str = ""


def make(case: str, rng: random.Random) -> Ruling:
    """The facts of CASE, drawn with RNG."""
    name, address = rng.choice(pools.FIRMS)
    goods, hts = rng.choice(pools.GOODS)
    count = 7 if case == "seven-items" else rng.choice([1, 1, 2, 3])
    items = []  # several items are models of one kind of article (items of different kinds: VERIFY)
    material = rng.choice(
        [
            "steel 70%, plastic 30% by weight",
            "cotton 100%",
            "aluminum 85%, rubber 15% by weight",
            "ceramic 100%",
            "polyester 92%, spandex 8% by weight",
        ]
    )
    for n in range(count):
        part = f"{rng.choice('ABCHKMT')}{rng.choice('RTX')}-{rng.randrange(1000, 9999)}"
        items.append(Item(part, goods if count == 1 else f"{goods}, model {n + 1}", material, hts))
    request_date = dt.date(rng.choice([2025, 2026]), rng.randrange(1, 12), rng.randrange(1, 28))
    received = request_date + dt.timedelta(days=rng.randrange(2, 9))
    ruling_type = {"valuation": "valuation", "exporter-origin": "origin", "marking": "marking"}.get(
        case, "classification"
    )
    ports = [] if case == "no-port" else rng.sample([p[1] for p in pools.PORTS], rng.choice([1, 2]))
    if case == "exporter-origin":  # the foreign exporter asks, itself or through a consultant
        name, address = rng.choice(pools.FOREIGN)
    return Ruling(
        case=case,
        name=name,
        address=address,
        ior=None if case == "exporter-origin" else pools.ior(rng),
        agent=None,
        request_date=request_date,
        received=received,
        today=received + dt.timedelta(days=rng.randrange(3, 20)),
        ruling_type=ruling_type,
        items=items,
        use=rng.choice(
            [
                "retail sale to consumers",
                "use in commercial kitchens",
                "resale to hardware distributors",
                "sale through online stores",
            ]
        ),
        ports=ports,
        materials=case != "no-materials",
        price=rng.randrange(300, 9000),
        pending={
            "court-pending": "court",
            "no-pending-stmt": "absent",
            "current-transaction": "current",
            "completed-transaction": "completed",
        }.get(case, "none"),
        basis=case != "no-basis",
        sample="photos"
        if case in ("class-photos", "marking")
        else rng.choice(["sent", "sent", "on-request"]),
        confidential=rng.random() < 0.3,
        signer=None if case == "unsigned" else rng.choice(pools.PEOPLE),
        ny_ruling=f"N{rng.randrange(100000, 999999)}" if case == "reconsider-ny" else None,
        supplier=rng.choice(pools.FOREIGN)[0],
    )


def truth(r: Ruling) -> dict[str, Any]:
    """The truth file's values and decision for R, computed from the law."""
    missing = []
    if not r.ports:
        missing.append("177.2(b)(1)")
    if not r.materials:
        missing.append("177.2(b)(2)")
    if r.pending == "absent":
        missing.append("177.2(b)(5)")
    if not r.basis:
        missing.append("177.2(b)(6)")
    if r.signer is None:
        missing.append("177.2(c)")
    route = "HQ" if r.ruling_type in HQ_TYPES or r.ny_ruling else "NCSD"
    if r.pending in ("court", "current", "completed"):
        outcome = "no_ruling"
    elif missing or len(r.items) > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "requester_name": r.name,
        "requester_address": ", ".join(r.address),
        "importer_number": r.ior,
        "request_date": r.request_date.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": [i.hts for i in r.items] if r.ruling_type == "classification" else [],
        "item_count": len(r.items),
        "prospective": r.pending not in ("current", "completed"),
        "pending_statement": r.pending != "absent",
        "pending_in_court": r.pending == "court",
        "pending_before_cbp": r.pending == "current",
        "sample_provided": r.sample == "sent",
        "confidential_requested": r.confidential,
        "signed": r.signer is not None,
    }
    not_scored = []
    if r.agent is not None:
        not_scored.append("requester_name, requester_address, importer_number: an agent's request")
        for key in ("requester_name", "requester_address", "importer_number"):
            del values[key]
    if r.ruling_type != "classification":
        del values["item_count"]
        not_scored.append("item_count: outside classification")
    if r.pending == "completed":
        del values["pending_before_cbp"]
        not_scored.append("pending_before_cbp: a liquidated entry")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + dt.timedelta(days=30)).isoformat()
    else:
        not_scored.append("due: a deficient or no-ruling NCSD request")
    not_scored.append("reason: free text")
    return {
        "kind": "ruling-request",
        "case": r.case,
        "args": ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
