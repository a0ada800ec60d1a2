"""Ruling-request cases: what a requester writes and the 177.2 / 177.7 decision on it."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from .parties import GOODS, PORTS, Party, party

CASES = (
    "class", "valuation", "class-photos", "marking", "carrier", "no-pending-stmt", "origin",
    "seven-items", "court-pending", "class-and-value", "no-port", "unsigned", "reconsider-ny",
    "no-address", "no-desc", "no-basis", "current-transaction", "completed-transaction",
)
TYPE = {"valuation": "valuation", "marking": "marking", "origin": "origin", "carrier": "carrier"}
HQ = {"valuation", "carrier", "class-and-value", "reconsider-ny"}


@dataclass
class Item:
    part: str
    description: str
    material: str
    price: int
    hts: str


@dataclass
class Ruling:
    case: str
    who: Party
    ruling_type: str
    goods: tuple[str, str, str]
    items: list[Item]
    ports: list[str]
    request_date: dt.date
    received: dt.date
    today: dt.date
    hts_form: int
    sample: str  # "sent", "photos", "on request", "none" (a vessel has no sample)
    confidential: bool
    give_address: bool = True
    give_ports: bool = True
    give_use: bool = True
    pending: str = "none"  # none, absent, court, cbp, completed
    basis: bool = True
    signed: bool = True
    extra: list[str] = field(default_factory=list)

    def printed_hts(self, hts: str) -> str:
        """HTS numbers as this requester types them: dotted 10, dotted 8+2, or digits."""
        digits = hts.replace(".", "")
        return (hts, f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}", digits)[
            self.hts_form]


MATERIALS = ("steel 80%, nylon 20% by weight", "aluminum 95%, rubber 5% by weight",
             "polyethylene 100%", "cotton 100% by weight", "bronze 90%, steel 10% by value")


def make(index: int, seed: int) -> Ruling:
    rng = random.Random(f"ruling-{seed}-{index}")
    case = CASES[index % len(CASES)]
    goods = rng.choice(GOODS)
    count = 7 if case == "seven-items" else rng.choice((1, 1, 2, 3))
    items = [Item(f"{rng.choice('ABKPR')}{rng.randint(1000, 9999)}-{n + 1:02d}",
                  goods[0] if n == 0 else f"{goods[0]}, variant {n + 1}",
                  rng.choice(MATERIALS), rng.randint(400, 90000), goods[1])
             for n in range(count)]
    received = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 620))
    request_date = received - dt.timedelta(days=rng.randint(2, 9))
    ruling_type = TYPE.get(case, "classification")
    r = Ruling(case, party(rng), ruling_type, goods, items,
               [name for _, name in rng.sample(PORTS, rng.choice((1, 2)))], request_date,
               received, received + dt.timedelta(days=rng.randint(1, 20)), rng.randrange(3),
               "photos" if case == "class-photos" else "none" if case == "carrier" else
               rng.choice(("sent", "sent", "on request")),
               rng.random() < 0.3)
    if case == "no-address":
        r.give_address = False
    elif case == "no-port":
        r.give_ports = False
    elif case == "no-desc":
        r.give_use = False
    elif case == "no-pending-stmt":
        r.pending = "absent"
    elif case == "court-pending":
        r.pending = "court"
    elif case == "current-transaction":
        r.pending = "cbp"
    elif case == "completed-transaction":
        r.pending = "completed"
    elif case == "no-basis":
        r.basis = False
    elif case == "unsigned":
        r.signed = False
    return r


def truth(r: Ruling) -> dict[str, Any]:
    classification = r.ruling_type == "classification"
    values: dict[str, Any] = {
        "requester_name": r.who.name,
        "requester_address": r.who.joined if r.give_address else None,
        "importer_number": r.who.ior,
        "request_date": r.request_date.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": [r.printed_hts(i.hts) for i in r.items] if classification else [],
        "prospective": r.pending not in ("cbp", "completed"),
        "pending_statement": r.pending != "absent",
        "pending_in_court": r.pending == "court",
        "pending_before_cbp": r.pending == "cbp",
        "sample_provided": r.sample == "sent",
        "confidential_requested": r.confidential,
        "signed": r.signed,
    }
    not_scored = ["product_description, ports: free text the contract does not pin down",
                  "reason: free text"]
    if classification:
        values["item_count"] = len(r.items)
    else:
        not_scored.append("item_count: outside classification")
    if r.pending == "completed":
        values.pop("pending_before_cbp")
        not_scored.append("pending_before_cbp: the entry is liquidated")
    route = "HQ" if r.case in HQ else "NCSD"
    missing = [code for code, gap in (
        ("177.2(b)(1)", not r.give_address or not r.give_ports),
        ("177.2(b)(2)", not r.give_use), ("177.2(b)(5)", r.pending == "absent"),
        ("177.2(b)(6)", not r.basis), ("177.2(c)", not r.signed)) if gap]
    if r.pending in ("court", "cbp", "completed"):
        outcome = "no_ruling"
    elif missing or len(r.items) > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + dt.timedelta(days=30)).isoformat()
    else:
        not_scored.append("due: a deficient or no-ruling NCSD request")
    return {"kind": "ruling-request", "case": r.case,
            "args": ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}
