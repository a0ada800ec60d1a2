"""Ruling-request cases: the facts each letter states and the truth computed from 19 CFR 177."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.corpus_thirtieth import pools

CASES = [
    "class", "no-pending-stmt", "court-pending", "valuation", "class-photos", "no-port",
    "current-transaction", "marking", "no-materials", "seven-items", "unsigned", "no-basis",
    "origin", "carrier", "reconsider-ny", "class-and-value", "completed-transaction",
]
TYPES = {"valuation": "valuation", "marking": "marking", "origin": "origin", "carrier": "carrier"}
HQ_CASES = {"valuation", "carrier", "reconsider-ny", "class-and-value"}


@dataclass
class RulingFacts:
    case: str
    requester: pools.Party
    agent: pools.Party | None
    ior: str
    ruling_type: str
    goods: pools.Goods
    items: int
    hts_form: int  # which of the goods' three printed forms of the HTS number
    port: tuple[str, str]
    request_date: dt.date
    received: dt.date
    today: dt.date
    signer: str
    title: str
    port_given: bool = True
    materials_given: bool = True
    pending: str = "none"  # none | absent | court | current | completed
    basis_given: bool = True
    signed: bool = True
    sample: str = "sent"  # sent | photos | on-request
    confidential: bool = False
    reconsider: str | None = None
    also_value: bool = False
    court_case: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def facts(case: str, rng: random.Random) -> RulingFacts:
    request_date = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(1000))
    received = request_date + dt.timedelta(days=rng.randrange(2, 9))
    f = RulingFacts(
        case=case, requester=rng.choice(pools.FIRMS),
        agent=rng.choice(pools.AGENTS) if rng.random() < 0.4 else None, ior=pools.ein(rng),
        ruling_type=TYPES.get(case, "classification"), goods=rng.choice(pools.GOODS), items=1,
        hts_form=rng.randrange(3), port=rng.choice(pools.PORTS), request_date=request_date,
        received=received, today=received + dt.timedelta(days=rng.randrange(2, 20)),
        signer=rng.choice(pools.PEOPLE), title=rng.choice(pools.TITLES),
        sample=rng.choice(["sent", "sent", "photos"]), confidential=rng.random() < 0.3,
    )
    if case == "class":
        f.sample = "sent"
    elif case == "class-photos":
        f.sample = rng.choice(["photos", "on-request"])
    elif case == "no-pending-stmt":
        f.pending = "absent"
    elif case == "court-pending":
        f.pending = "court"
        f.court_case = f"Court No. {request_date.year % 100 - 1:02d}-{rng.randrange(100, 999):05d}"
    elif case == "current-transaction":
        f.pending = "current"
    elif case == "completed-transaction":
        f.pending = "completed"
    elif case == "no-port":
        f.port_given = False
    elif case == "no-materials":
        f.materials_given = False
    elif case == "seven-items":
        f.items = 7
    elif case == "unsigned":
        f.signed = False
    elif case == "no-basis":
        f.basis_given = False
    elif case == "reconsider-ny":
        f.reconsider = f"N{rng.randrange(300000, 350000)}"
    elif case == "class-and-value":
        f.also_value = True
    if f.ruling_type != "classification":
        f.sample = "none"
    return f


def truth(f: RulingFacts) -> dict[str, Any]:
    route = "HQ" if f.case in HQ_CASES else "NCSD"
    missing = []
    if not f.port_given:
        missing.append("177.2(b)(1)")
    if not f.materials_given:
        missing.append("177.2(b)(2)")
    if f.pending == "absent":
        missing.append("177.2(b)(5)")
    if not f.basis_given:
        missing.append("177.2(b)(6)")
    if not f.signed:
        missing.append("177.2(c)")
    no_ruling = f.pending in ("court", "current", "completed")
    outcome = "no_ruling" if no_ruling else "deficient" if missing or f.items > 5 else "accept"
    classification = f.ruling_type == "classification"
    values: dict[str, Any] = {
        "importer_number": f.ior,
        "request_date": f.request_date.isoformat(),
        "ruling_type": f.ruling_type,
        "proposed_hts": [f.goods.hts[f.hts_form]] if classification else [],
        "item_count": f.items,
        "prospective": f.pending not in ("current", "completed"),
        "pending_statement": f.pending != "absent",
        "pending_in_court": f.pending == "court",
        "pending_before_cbp": f.pending == "current",
        "sample_provided": f.sample == "sent",
        "confidential_requested": f.confidential,
        "signed": f.signed,
    }
    not_scored = ["product_description and ports not scored: free text whose extent the contract "
                  "does not fix"]
    if f.agent is None:
        values = {"requester_name": f.requester.name, "requester_address": f.requester.address,
                  **values}
    else:
        not_scored.append("requester_name/address not scored: the letter is written by an agent "
                          "for the importer, and the contract does not say which of the two is "
                          "the requester")
    if not classification:
        del values["item_count"]
        not_scored.append("item_count not scored outside classification")
    if f.also_value:
        del values["ruling_type"]
        not_scored.append("ruling_type not scored: the letter asks about classification and "
                          "valuation alike")
    if f.pending == "completed":
        del values["pending_before_cbp"]
        not_scored.append("pending_before_cbp not scored: the entry is liquidated, neither "
                          "current nor clearly before a CBP office")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "no_ruling":
        not_scored.append("reason not scored: free text")
    else:
        decision["reason"] = None
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (f.received + dt.timedelta(days=30)).isoformat()
    else:
        not_scored.append("due not scored: whether a target date runs for a request that is "
                          "deficient or gets no ruling is not fixed by the contract")
    return {"kind": "ruling-request", "case": f.case,
            "args": ["--received", f.received.isoformat(), "--today", f.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}
