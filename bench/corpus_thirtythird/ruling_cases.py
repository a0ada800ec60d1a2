"""Ruling-request cases: each situation's facts and its truth under 19 CFR 177."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_thirtythird import pools

CASES = [
    "class",
    "valuation",
    "no-port",
    "court-pending",
    "seven-items",
    "reconsider-ny",
    "unsigned",
    "no-basis",
    "current-transaction",
    "no-materials",
    "class-photos",
    "no-pending-stmt",
    "carrier",
    "origin",
    "class-and-value",
    "marking",
    "completed-transaction",
    "sample-on-request",
]
SUBJECT = {"valuation": "valuation", "marking": "marking", "origin": "origin", "carrier": "carrier"}
HQ_CASES = {"valuation", "carrier", "reconsider-ny", "class-and-value"}
NO_RULING = {"court-pending", "current-transaction", "completed-transaction"}
LAB_GOODS = [
    ("Benchtop X-ray fluorescence analyzer, model XF-40", "9022.19.0000", "analyzer"),
    ("Inverted fluorescence microscope with digital camera", "9011.80.0000", "microscope"),
    ("Peristaltic pump for laboratory fluid transfer", "8413.81.0040", "pump"),
    ("Cryogenic sample storage dewar, 35 liter", "7311.00.0090", "dewar"),
]
DAY = dt.timedelta(days=1)


@dataclass
class Ruling:
    """What the requester writes about."""

    case: str
    name: str
    address: list[str]
    importer: str
    subject: str
    items: list[tuple[str, str]]
    hts_form: str
    materials: bool
    ports: list[str]
    pending: str
    status: str
    sample: str
    confidential: bool
    signed: bool
    basis: bool
    signer: str
    written: dt.date
    received: dt.date
    today: dt.date
    ny_ruling: str | None = None
    lab: bool = False


def printed_hts(number: str, form: str) -> str:
    """One of three printed forms of the same number (the contract keeps them as printed)."""
    digits = number.replace(".", "")
    if form == "ten":
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}"
    if form == "bare":
        return digits
    return number


def make(index: int, seed: int, lab: bool) -> Ruling:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"ruling-{seed}-{index}")
    name, address = rng.choice(pools.UNIVERSITIES if lab else pools.COMPANIES)
    goods = LAB_GOODS if lab else pools.GOODS
    base = rng.choice(goods)
    count = 7 if case == "seven-items" else rng.choice([1, 1, 2])
    items = (
        [(base[0], base[1])]
        if count == 1
        else [(f"{base[0]}, version {chr(65 + n)}", base[1]) for n in range(count)]
    )
    written = dt.date(2025, 1, 6) + rng.randrange(500) * DAY
    received = written + rng.randrange(3, 12) * DAY
    ports = rng.sample([p[1] for p in pools.PORTS], rng.choice([1, 2]))
    return Ruling(
        case=case,
        name=name,
        address=address,
        importer=f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        subject=SUBJECT.get(case, "classification"),
        items=items,
        hts_form=rng.choice(["dotted", "ten", "bare"]),
        materials=case != "no-materials",
        ports=[] if case == "no-port" else ports,
        pending={
            "court-pending": "court",
            "current-transaction": "cbp",
            "no-pending-stmt": "absent",
        }.get(case, "none"),
        status={"current-transaction": "current", "completed-transaction": "completed"}.get(
            case, "prospective"
        ),
        sample={"class-photos": "photos", "sample-on-request": "on request"}.get(
            case, rng.choice(["sent", "sent", "photos"])
        ),
        confidential=rng.random() < 0.35,
        signed=case != "unsigned",
        basis=case != "no-basis",
        signer=rng.choice(pools.SIGNERS),
        written=written,
        received=received,
        today=received + rng.randrange(5, 25) * DAY,
        ny_ruling=f"N{rng.randrange(300000, 350000)}" if case == "reconsider-ny" else None,
        lab=lab,
    )


def truth(r: Ruling) -> dict[str, Any]:
    """Values and decision under the contract, from the facts."""
    classification = r.subject == "classification"
    hts = [printed_hts(number, r.hts_form) for _, number in r.items] if classification else []
    values: dict[str, Any] = {
        "requester_name": r.name,
        "requester_address": ", ".join(r.address),
        "importer_number": r.importer,
        "request_date": r.written.isoformat(),
        "ruling_type": r.subject,
        "proposed_hts": list(dict.fromkeys(hts)),
        "prospective": r.status == "prospective",
        "pending_statement": r.pending != "absent",
        "pending_in_court": r.pending == "court",
        "pending_before_cbp": r.pending == "cbp",
        "sample_provided": r.sample == "sent",
        "confidential_requested": r.confidential,
        "signed": r.signed,
    }
    not_scored = [
        "product_description, ports: the contract does not say where the description "
        "ends or how ports are named",
        "reason: free text",
    ]
    if classification:
        values["item_count"] = len(r.items)
    else:
        not_scored.append("item_count: counted only for classification")
    if r.status == "completed":
        del values["pending_before_cbp"]
        not_scored.append("pending_before_cbp: the entry is liquidated")
    missing = [
        item
        for item, gone in (
            ("177.2(b)(1)", not r.ports),
            ("177.2(b)(2)", not r.materials),
            ("177.2(b)(5)", r.pending == "absent"),
            ("177.2(b)(6)", not r.basis),
            ("177.2(c)", not r.signed),
        )
        if gone
    ]
    route = "HQ" if r.case in HQ_CASES else "NCSD"
    if r.case in NO_RULING:
        outcome = "no_ruling"
    elif missing or len(r.items) > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + 30 * DAY).isoformat()
    else:
        not_scored.append("due: not set for a deficient or no-ruling NCSD request")
    return {
        "kind": "ruling-request",
        "case": r.case,
        "args": ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
