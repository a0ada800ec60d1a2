"""Ruling-request facts per case and their truth under 19 CFR Part 177 (customs-rules.md s. 2)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from .people import COMPANIES, GOODS, PORTS, ein

D = dt.timedelta
CASES = [
    "class-importer",
    "agent-authority",
    "agent-no-authority",
    "valuation",
    "unsigned",
    "cit-pending",
    "no-pending-stmt",
    "marking",
    "current-entry",
    "too-many-items",
    "origin",
    "agent-authority-2",
]
TYPES = {"valuation": "valuation", "marking": "marking", "origin": "origin"}


@dataclass
class Ruling:
    case: str
    name: str
    address: list[str]
    ior: str
    dated: dt.date
    received: dt.date
    today: dt.date
    ruling_type: str
    goods: str
    hts: str
    hts_printed: str
    items: int
    port: str
    agent: bool
    authority: bool
    sample: bool
    confidential: bool


def build(rng: random.Random, case: str) -> Ruling:
    name, address = rng.choice(COMPANIES)
    goods, hts = rng.choice(GOODS)
    dated = dt.date(2025, 1, 6) + D(days=rng.randrange(300))
    received = dated + D(days=rng.randrange(2, 9))
    digits = hts.replace(".", "")
    printed = rng.choice([hts, f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}", digits])
    agent = case.startswith("agent") or (
        case in ("valuation", "cit-pending") and rng.random() < 0.5
    )
    return Ruling(
        case,
        name,
        address,
        ein(rng),
        dated,
        received,
        received + D(days=rng.randrange(3, 20)),
        TYPES.get(case, "classification"),
        goods,
        hts,
        printed,
        7 if case == "too-many-items" else 1,
        rng.choice(PORTS)[1],
        agent,
        agent and case != "agent-no-authority",
        rng.random() < 0.5,
        rng.random() < 0.3,
    )


def truth(r: Ruling) -> dict[str, Any]:
    """values, decision and not_scored, as a careful officer at NCSD or at HQ decides."""
    hq = r.ruling_type == "valuation"
    values: dict[str, Any] = {
        "requester_address": ", ".join(r.address) if not r.agent else None,
        "importer_number": r.ior,
        "request_date": r.dated.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": [r.hts_printed] if r.ruling_type == "classification" else [],
        "prospective": r.case != "current-entry",
        "pending_statement": r.case != "no-pending-stmt",
        "pending_in_court": r.case == "cit-pending",
        "pending_before_cbp": r.case == "current-entry",
        "sample_provided": r.sample,
        "confidential_requested": r.confidential,
        "signed": r.case != "unsigned",
    }
    not_scored = [
        "ports: the contract does not say whether a port is reported by name or by code",
        "product_description: free text whose extent the contract leaves open",
    ]
    if r.agent:
        del values["requester_address"]
        not_scored.append(
            "requester_name, requester_address: a request written by an agent (importer or agent)"
        )
    else:
        values["requester_name"] = r.name
    if r.ruling_type == "classification":
        values["item_count"] = r.items
    else:
        not_scored.append("item_count: outside classification")
    missing = (
        ["177.2(c)"]
        if r.case == "unsigned"
        else ["177.2(b)(5)"]
        if r.case == "no-pending-stmt"
        else []
    )
    if r.case in ("cit-pending", "current-entry"):
        outcome = "no_ruling"
    elif r.case == "agent-no-authority":
        outcome = "needs_human"
    elif missing or r.case == "too-many-items":
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {
        "outcome": outcome,
        "route": "HQ" if hq else "NCSD",
        "missing": missing,
    }
    if hq:
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + D(days=30)).isoformat()
    else:
        not_scored.append("due: an NCSD request that is not accepted")
    if outcome == "accept":
        decision["reason"] = None
    else:
        not_scored.append("reason: free text")
    return {"values": values, "decision": decision, "not_scored": not_scored}
