"""Binding-ruling requests and their truths under 19 CFR 177 and the extract contract."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_twentysecond import people

# (case, style): each case is written in a style that can show it.
PLAN = [("class", "consultant"), ("class-agent", "erulings"), ("origin", "memo"),
        ("valuation", "lawfirm"), ("carrier", "consultant"), ("no-pending-stmt", "questionnaire"),
        ("unsigned", "lawfirm"), ("six-items", "consultant"), ("court-pending", "memo"),
        ("current-transaction", "questionnaire"), ("agent-no-authority", "lawfirm"),
        ("no-port", "erulings"), ("marking", "questionnaire"), ("class-no-materials", "memo")]
ROUTE = {"classification": "NCSD", "marking": "NCSD", "origin": "NCSD", "valuation": "HQ",
         "carrier": "HQ"}


@dataclass
class Ruling:
    """What a ruling request says, and how it reached CBP."""

    case: str
    ruling_type: str
    importer: people.Party
    goods: list[people.Goods]
    request_date: date
    received: date
    today: date
    signer: str
    signer_title: str
    agent: str = ""  # the agent's firm; "" when the importer writes itself
    agent_authority: bool = True
    ports: list[tuple[str, str]] = field(default_factory=list)
    pending_statement: bool = True
    pending_in_court: bool = False
    pending_before_cbp: bool = False
    sample: str = "sent"  # sent | photos | on_request
    confidential: bool = False
    signed: bool = True
    materials: bool = True
    propose_hts: bool = True


def build(case: str, rng: random.Random) -> Ruling:
    request_date = date(2025, 2, 3) + timedelta(days=rng.randint(0, 240))
    received = request_date + timedelta(days=rng.randint(2, 8))
    kind = {"origin": "origin", "valuation": "valuation", "carrier": "carrier",
            "marking": "marking"}.get(case, "classification")
    goods = rng.sample(people.GOODS, 1)
    r = Ruling(case=case, ruling_type=kind, importer=people.party(rng), goods=goods,
               request_date=request_date, received=received,
               today=received + timedelta(days=rng.randint(3, 20)), signer=people.person(rng),
               signer_title=rng.choice(["Import Compliance Manager", "General Counsel",
                                        "Director, Global Trade", "Partner", "Senior Consultant"]),
               ports=rng.sample(people.PORTS, rng.choice([1, 2])),
               sample=rng.choice(["sent", "photos", "on_request"]),
               confidential=rng.random() < 0.35)
    if case in ("class-agent", "valuation", "court-pending", "agent-no-authority", "six-items"):
        r.agent = rng.choice(people.LAW_FIRMS + people.BROKERS)
    if kind in ("valuation", "carrier"):
        r.sample = "none"
    if case == "agent-no-authority":
        r.agent_authority = False
    elif case == "no-pending-stmt":
        r.pending_statement = False
    elif case == "unsigned":
        r.signed = False
    elif case == "six-items":
        base = people.GOODS[0]
        r.goods = [people.Goods(base.description.replace("20 oz., model TB-20",
                                                         f"{size} oz., model TB-{size}"), base.hts,
                                base.materials, base.use, base.alt_hts)
                   for size in (12, 16, 20, 24, 30, 40)]
    elif case == "court-pending":
        r.pending_in_court = True
    elif case == "current-transaction":
        r.pending_before_cbp = True
    elif case == "no-port":
        r.ports = []
    elif case == "class-no-materials":
        r.materials = False
    return r


def truth(r: Ruling) -> dict[str, Any]:
    """Values and decision as a careful officer reads the request."""
    not_scored = ["product_description and ports not scored: free text and lists whose printed "
                  "form the contract leaves open", "reason not scored: free text"]
    values: dict[str, Any] = {
        "importer_number": r.importer.ein, "request_date": r.request_date.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": [r.goods[0].hts] if r.ruling_type == "classification" else [],
        "prospective": not r.pending_before_cbp, "pending_statement": r.pending_statement,
        "pending_in_court": r.pending_in_court, "pending_before_cbp": r.pending_before_cbp,
        "sample_provided": r.sample == "sent", "confidential_requested": r.confidential,
        "signed": r.signed,
    }
    if r.pending_before_cbp:
        del values["prospective"]
        not_scored.append("prospective not scored: the letter asks about future imports while a "
                          "first entry of the same goods is already filed")
    if r.agent:
        not_scored.append("requester_name/address not scored: the letter is written by an agent "
                          "for the importer, and the contract does not say which of the two is "
                          "the requester")
    else:
        values["requester_name"] = r.importer.name
        values["requester_address"] = r.importer.address
    if r.ruling_type == "classification":
        values["item_count"] = len(r.goods)
    else:
        not_scored.append("item_count not scored: the request is not about classification")
    missing = []
    if not r.ports:
        missing.append("177.2(b)(1)")
    if not r.materials:
        missing.append("177.2(b)(2)")
    if not r.pending_statement:
        missing.append("177.2(b)(5)")
    if not r.signed:
        missing.append("177.2(c)")
    route = ROUTE[r.ruling_type]
    if r.pending_in_court or r.pending_before_cbp:
        outcome = "no_ruling"
    elif missing or len(r.goods) > 5:
        outcome = "deficient"
    elif not r.agent_authority:
        outcome = "needs_human"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + timedelta(days=30)).isoformat()
    else:
        not_scored.append("due not scored: whether a target date runs for a request that is "
                          "deficient, gets no ruling or goes to a person is not fixed by the "
                          "contract")
    return {"kind": "ruling-request", "case": r.case,
            "args": ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}
