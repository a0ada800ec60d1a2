"""Binding-ruling requests under 19 CFR Part 177 and their truths."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from bench.corpus_eighteenth import law
from bench.corpus_eighteenth.common import FIRMS, PARTIES, PEOPLE, Party

D = dt.timedelta
CASES = [
    "class-importer",
    "class-agent",
    "agent-no-authority",
    "valuation-hq",
    "origin",
    "marking-photos",
    "no-pending-statement",
    "unsigned",
    "court",
    "current-transaction",
    "six-items",
    "reconsider-ny",
]
PRODUCTS = [
    (
        "Insulated lunch tote",
        "a soft-sided insulated bag with a zip closure for carrying food",
        "outer shell 100% polyester (62% by weight), foam insulation (30%), PEVA lining (8%)",
        "4202.92.3131",
    ),
    (
        "Wireless meat thermometer",
        "a probe thermometer that sends readings by Bluetooth to a phone",
        "stainless steel probe (55% by weight), ABS housing (35%), electronics (10%)",
        "9025.19.8085",
    ),
    (
        "Bamboo cutting board",
        "a kitchen cutting board made of laminated bamboo strips",
        "bamboo (97% by weight), food-grade adhesive (3%)",
        "4419.90.9100",
    ),
    (
        "Silicone baking mat",
        "a non-stick baking sheet liner for household ovens",
        "food-grade silicone (80% by weight), fiberglass mesh (20%)",
        "3924.10.4000",
    ),
]


@dataclass
class Request:
    """A ruling request; flags say what the letter states or leaves out."""

    case: str
    importer: Party
    agent: tuple[str, tuple[str, ...]] | None
    authority: bool
    ruling_type: str
    product: tuple[str, str, str, str]
    proposed: str | None
    items: int
    pending_statement: bool
    in_court: bool
    before_cbp: bool
    sample: str
    confidential: bool
    signed: bool
    signer: str
    reconsider: bool
    request_date: dt.date
    received: dt.date
    today: dt.date


def make(case: str, index: int, rng: random.Random) -> Request:
    """The request for one case."""
    request_date = dt.date(2025, 1, 6) + D(days=rng.randrange(300))
    received = request_date + D(days=3 + rng.randrange(8))
    while not law.business_day(received):
        received += D(days=1)
    product = PRODUCTS[index % len(PRODUCTS)]
    agent = (
        FIRMS[index % len(FIRMS)]
        if case in ("class-agent", "agent-no-authority", "valuation-hq", "court")
        else None
    )
    ruling_type = {
        "valuation-hq": "valuation",
        "origin": "origin",
        "marking-photos": "marking",
    }.get(case, "classification")
    hts = product[3]
    proposed = (
        {0: hts, 1: hts.replace(".", ""), 2: hts[:7] + "." + hts[8:10] + "." + hts[10:]}[index % 3]
        if ruling_type == "classification"
        else None
    )
    return Request(
        case=case,
        importer=PARTIES[(index + 2) % len(PARTIES)],
        agent=agent,
        authority=case != "agent-no-authority",
        ruling_type=ruling_type,
        product=product,
        proposed=proposed,
        items=6 if case == "six-items" else 1,
        pending_statement=case != "no-pending-statement",
        in_court=case == "court",
        before_cbp=case == "current-transaction",
        sample=rng.choice(["sent", "photos"]) if case != "marking-photos" else "photos",
        confidential=rng.random() < 0.3,
        signed=case != "unsigned",
        signer=PEOPLE[(index + 3) % len(PEOPLE)],
        reconsider=case == "reconsider-ny",
        request_date=request_date,
        received=received,
        today=received + D(days=5 + rng.randrange(20)),
    )


def truth(rq: Request) -> dict[str, object]:
    """The truth file for a ruling request (customs-rules.md section 2 and the contract)."""
    route = "HQ" if rq.ruling_type == "valuation" or rq.reconsider else "NCSD"
    missing = []
    if not rq.pending_statement:
        missing.append("177.2(b)(5)")
    if not rq.signed:
        missing.append("177.2(c)")
    not_scored = []
    if rq.in_court or rq.before_cbp:
        outcome = "no_ruling"
    elif missing or rq.items > 5:
        outcome = "deficient"
    elif rq.agent is not None and not rq.authority:
        outcome = "needs_human"
    else:
        outcome = "accept"
    decision: dict[str, object] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (rq.received + D(days=30)).isoformat() if route == "NCSD" else None
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append(
            "due not scored: whether a target date runs for a request that is not accepted "
            "is not fixed by the contract"
        )
    if outcome == "no_ruling":
        not_scored.append("reason not scored: free text")
    else:
        decision["reason"] = None
    values: dict[str, object] = {
        "importer_number": rq.importer.ein,
        "request_date": rq.request_date.isoformat(),
        "ruling_type": rq.ruling_type,
        "proposed_hts": [rq.proposed] if rq.proposed else [],
        "prospective": not rq.before_cbp,
        "pending_statement": rq.pending_statement,
        "pending_in_court": rq.in_court,
        "pending_before_cbp": rq.before_cbp,
        "sample_provided": rq.sample == "sent",
        "confidential_requested": rq.confidential,
        "signed": rq.signed,
    }
    if rq.ruling_type == "classification":
        values["item_count"] = rq.items
    if rq.agent is None:
        values["requester_name"] = rq.importer.name
        values["requester_address"] = rq.importer.address
    else:
        not_scored.append(
            "requester_name/address not scored: the letter is written by an agent for the "
            "importer, "
            "and the contract does not say which of the two is the requester"
        )
    out: dict[str, object] = {
        "kind": "ruling-request",
        "case": rq.case,
        "args": ["--received", rq.received.isoformat(), "--today", rq.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out
