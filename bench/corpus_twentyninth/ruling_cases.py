"""Ruling-request cases: the facts of each and the truth computed from 19 CFR Part 177."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_twentyninth import law
from bench.corpus_twentyninth.parties import (
    BROKERS,
    FILERS,
    FIRMS,
    GOODS,
    LAW_FIRMS,
    PEOPLE,
    PORTS,
    TITLES,
    Party,
    ein,
    entry_number,
    pick_party,
)

CASES = [
    "class-sample",
    "no-port",
    "valuation",
    "no-materials",
    "court-pending",
    "class-photos",
    "unsigned",
    "current-entry",
    "no-basis",
    "reconsider-ny",
    "seven-items",
    "no-pending-stmt",
    "marking",
    "origin",
    "carrier",
    "class-and-value",
    "completed-entry",
    "sample-on-request",
]

EXTRA_ITEMS = ["model A", "model B", "model C", "model D", "model E", "model F", "model G"]


@dataclass
class RulingFacts:
    case: str
    importer: Party
    importer_number: str
    agent: Party | None  # a consultant or law firm writing for the importer
    signer: str
    signer_title: str
    subjects: list[str]
    goods: tuple[str, str, str]
    hts_printed: str | None
    items: list[str]
    ports: list[tuple[str, str]]
    materials: bool
    basis: bool
    pending: str | None  # None (no statement), "none", "court", "current", "completed"
    sample: str  # "sent", "photos", "on-request", "none"
    confidential: bool
    signed: bool
    reconsider: str | None
    request_date: dt.date
    received: dt.date
    today: dt.date
    entry: str | None = None


def hts_form(hts: str, rnd: random.Random) -> str:
    digits = hts.replace(".", "")
    return rnd.choice(
        [
            f"{digits[:4]}.{digits[4:6]}.{digits[6:]}",
            f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}",
            digits,
        ]
    )


def make(case: str, rnd: random.Random) -> RulingFacts:
    goods = rnd.choice(GOODS)
    subjects = {
        "valuation": ["valuation"],
        "marking": ["marking"],
        "origin": ["origin"],
        "carrier": ["carrier"],
        "class-and-value": ["classification", "valuation"],
    }.get(case, ["classification"])
    request = dt.date(2024, 1, 8) + dt.timedelta(days=rnd.randint(0, 640))
    received = request + dt.timedelta(days=rnd.randint(2, 9))
    agent = None if rnd.random() < 0.5 else pick_party(rnd, rnd.choice([BROKERS, LAW_FIRMS]))
    classif = subjects[0] == "classification"
    items = [goods[0]]
    if case == "seven-items":
        items = [f"{goods[2].capitalize()}, {m}" for m in EXTRA_ITEMS]
    pending: str | None = "none"
    if case in ("court-pending", "current-entry", "completed-entry"):
        pending = {
            "court-pending": "court",
            "current-entry": "current",
            "completed-entry": "completed",
        }[case]
    if case == "no-pending-stmt":
        pending = None
    ports = rnd.sample(PORTS, rnd.choice([1, 2]))
    return RulingFacts(
        case=case,
        importer=pick_party(rnd, FIRMS),
        importer_number=ein(rnd),
        agent=agent,
        signer=rnd.choice(PEOPLE),
        signer_title=rnd.choice(TITLES),
        subjects=subjects,
        goods=goods,
        hts_printed=hts_form(goods[1], rnd) if classif else None,
        items=items,
        ports=[] if case == "no-port" else ports,
        materials=case != "no-materials",
        basis=case != "no-basis",
        pending=pending,
        sample={
            "class-sample": "sent",
            "class-photos": "photos",
            "sample-on-request": "on-request",
        }.get(case, rnd.choice(["sent", "photos", "none"]) if classif else "none"),
        confidential=rnd.random() < 0.3,
        signed=case != "unsigned",
        reconsider=f"N{rnd.randint(300000, 349999)}" if case == "reconsider-ny" else None,
        request_date=request,
        received=received,
        today=received + dt.timedelta(days=rnd.randint(3, 20)),
        entry=entry_number(rnd, rnd.choice(FILERS))
        if pending in ("current", "completed")
        else None,
    )


def missing(f: RulingFacts) -> list[str]:
    out = []
    if not f.ports:
        out.append("177.2(b)(1)")
    if not f.materials:
        out.append("177.2(b)(2)")
    if f.pending is None:
        out.append("177.2(b)(5)")
    if not f.basis:
        out.append("177.2(b)(6)")
    if not f.signed:
        out.append("177.2(c)")
    return out


def truth(f: RulingFacts) -> dict[str, Any]:
    classif = f.subjects[0] == "classification"
    values: dict[str, Any] = {}
    not_scored: list[str] = []
    if f.agent is None:
        values["requester_name"] = f.importer.name
        values["requester_address"] = f.importer.joined
    else:
        not_scored.append(
            "requester_name/address not scored: the letter is written by an agent "
            "for the importer, and the contract does not say which of the two is the "
            "requester"
        )
    values.update(
        {
            "importer_number": f.importer_number,
            "request_date": f.request_date.isoformat(),
            "ruling_type": f.subjects[0],
            "proposed_hts": [f.hts_printed] if f.hts_printed else [],
        }
    )
    if classif:
        values["item_count"] = len(f.items)
    else:
        not_scored.append("item_count not scored: the request names goods, not a count of items")
    values["prospective"] = f.pending not in ("current", "completed")
    values["pending_statement"] = f.pending is not None
    values["pending_in_court"] = f.pending == "court"
    if f.pending == "completed":
        not_scored.append(
            "pending_before_cbp not scored: the entry is liquidated, neither current "
            "nor clearly before a CBP office"
        )
    else:
        values["pending_before_cbp"] = f.pending == "current"
    values.update(
        {
            "sample_provided": f.sample == "sent",
            "confidential_requested": f.confidential,
            "signed": f.signed,
        }
    )
    miss = missing(f)
    route = law.ruling_route(f.subjects, f.reconsider is not None)
    decision: dict[str, Any] = {"route": route, "missing": miss}
    if f.pending in ("court", "current", "completed"):
        decision["outcome"] = "no_ruling"
        not_scored.append("reason not scored: free text")
    elif miss or len(f.items) > 5:
        decision["outcome"] = "deficient"
        decision["reason"] = None
    else:
        decision["outcome"] = "accept"
        decision["reason"] = None
        decision["due"] = (
            (f.received + dt.timedelta(days=30)).isoformat() if route == "NCSD" else None
        )
    if decision["outcome"] != "accept" and route == "NCSD":
        not_scored.append(
            "due not scored: whether a target date runs for a request that is "
            "deficient or gets no ruling is not fixed by the contract"
        )
    elif decision["outcome"] != "accept":
        decision["due"] = None
    decision = {
        k: decision[k] for k in ("outcome", "route", "missing", "reason", "due") if k in decision
    }
    out: dict[str, Any] = {
        "kind": "ruling-request",
        "case": f.case,
        "args": ["--received", f.received.isoformat(), "--today", f.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out
