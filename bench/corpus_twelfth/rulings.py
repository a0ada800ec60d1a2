"""Ruling-request cases (19 CFR Part 177): facts and truth."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from . import people

CASES = [
    "class",
    "class-multi",
    "marking",
    "no-basis",
    "valuation",
    "reconsider-ny",
    "six-items",
    "no-port",
    "no-pending-stmt",
    "unsigned",
    "court-pending",
    "current-transaction",
    "origin",
    "class-no-materials",
]
TYPE = {
    "marking": "marking",
    "origin": "origin",
    "valuation": "valuation",
    "reconsider-ny": "classification",
}
MISSING = {
    "no-port": ["177.2(b)(1)"],
    "no-pending-stmt": ["177.2(b)(5)"],
    "unsigned": ["177.2(c)"],
    "no-basis": ["177.2(b)(6)"],
    "class-no-materials": ["177.2(b)(2)"],
}


def plan(rng: random.Random, index: int, case: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The facts of one ruling request and its truth."""
    name, address = people.COMPANIES[(index + 5) % len(people.COMPANIES)]
    port, port_name = people.PORTS[index % len(people.PORTS)]
    ruling_type = TYPE.get(case, "classification")
    count = {"class-multi": 3, "six-items": 6}.get(case, 1)
    items = [people.GOODS[(index + n) % len(people.GOODS)] for n in range(count)]
    hts_form = index % 3
    # the three printed forms of one number: 8467.29.0040, 8467290040, 8467.29.00.40
    proposed = [[h, h.replace(".", ""), f"{h[:10]}.{h[10:]}"][hts_form] for _, h in items]
    request_date = date(2025, 1, 6) + timedelta(days=rng.randrange(300))
    received = request_date + timedelta(days=rng.randrange(3, 9))
    today = received + timedelta(days=rng.randrange(1, 10))
    own = index % 2 == 0  # the importer writes itself; else a trade consultant writes for it
    facts: dict[str, Any] = {
        "case": case,
        "name": name,
        "address": address,
        "ior": people.ior(rng),
        "port": None if case == "no-port" else (port, port_name),
        "type": ruling_type,
        "items": items,
        "proposed": [] if ruling_type != "classification" else proposed,
        "basis": case != "no-basis",
        "materials": case != "class-no-materials",
        "pending": case != "no-pending-stmt",
        "court": case == "court-pending",
        "current": case == "current-transaction",
        "signed": case != "unsigned",
        "sample": index % 3 != 2,
        "confidential": index % 4 == 3,
        "own": own,
        "consultant": (
            "Meridian Trade Compliance Partners",
            ["410 Customs House Square", "Baltimore, MD 21202"],
        ),
        "signer": people.SIGNERS[(index + 3) % len(people.SIGNERS)],
        "request_date": request_date,
        "received": received,
        "style": index,
        "reconsider": "N" + str(rng.randrange(300000, 350000)) if case == "reconsider-ny" else None,
    }
    route = "HQ" if ruling_type == "valuation" or case == "reconsider-ny" else "NCSD"
    missing = MISSING.get(case, [])
    if case == "court-pending" or case == "current-transaction":
        outcome = "no_ruling"
    elif missing or count > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "importer_number": facts["ior"],
        "request_date": request_date.isoformat(),
        "ruling_type": ruling_type,
        "proposed_hts": facts["proposed"],
        "prospective": not facts["current"],
        "pending_statement": facts["pending"],
        "pending_in_court": facts["court"],
        "pending_before_cbp": facts["current"],
        "sample_provided": facts["sample"],
        "confidential_requested": facts["confidential"],
        "signed": facts["signed"],
    }
    if ruling_type == "classification":
        values["item_count"] = count
    not_scored: list[str] = []
    if own:
        values["requester_name"] = name
        values["requester_address"] = ", ".join(address)
    else:
        not_scored.append(
            "requester_name/address not scored: a consultant writes for the "
            "importer, and the contract does not say which of the two is the requester"
        )
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (received + timedelta(days=30)).isoformat()
    else:
        not_scored.append(
            "due not scored: the contract does not settle the target date of a "
            "deficient or no-ruling NCSD request"
        )
    not_scored.append("reason not scored: free text")
    truth = {
        "kind": "ruling-request",
        "case": case,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return facts, truth
