"""The facts of one binding-ruling request and its truth under 19 CFR 177 and the contract."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_fifth.parties import GOODS, PEOPLE, PORTS, Party, party

CASES = ["cls-accept", "marking", "valuation", "carrier", "cls-valuation-hq", "unsigned",
         "no-port", "no-pending-stmt", "no-materials", "six-items", "court-pending",
         "current-transaction", "origin", "no-basis"]
TYPES = {"marking": "marking", "valuation": "valuation", "carrier": "carrier", "origin": "origin"}
HQ_TYPES = {"valuation", "carrier"}


def hts_forms(number: str) -> list[str]:
    """The three printed forms of one 10-digit number: 8517.62.0090, 8517.62.00.90, 8517620090."""
    digits = number.replace(".", "")
    return [f"{digits[:4]}.{digits[4:6]}.{digits[6:]}",
            f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}", digits]


@dataclass
class RulingFacts:
    case: str
    requester: Party
    agent: str | None
    ruling_type: str
    goods: list[str]
    material: str
    use: str
    hts: list[str]
    ports: list[tuple[str, str]]
    received: date
    request_date: date
    signer: str
    also_valuation: bool = False
    materials: bool = True
    basis: bool = True
    pending: str = "none"  # none | missing | court | cbp
    sample: str = "photos"  # sent | offered | photos
    confidential: bool = False
    signed: bool = True
    not_scored: list[str] = field(default_factory=list)


def build(rng: random.Random, case: str, agent_name: str | None) -> RulingFacts:
    picks = rng.sample(range(len(GOODS)), 7)
    goods = [GOODS[picks[0]][0]]
    if case == "six-items":  # six versions of one article: more than five of the same class
        goods = [f"{goods[0]}, version {letter}" for letter in "ABCDEF"]
    ruling_type = TYPES.get(case, "classification")
    hts: list[str] = []
    if ruling_type == "classification":
        base = GOODS[picks[0]][1].replace(".", "") + f"{rng.randint(0, 99):02d}"
        hts = [rng.choice(hts_forms(base))] if rng.random() < 0.8 or case == "no-basis" else []
    received = date(2024, 1, 8) + timedelta(days=rng.randint(0, 600))
    facts = RulingFacts(
        case=case, requester=party(rng), agent=agent_name, ruling_type=ruling_type, goods=goods,
        material=GOODS[picks[0]][2], use=GOODS[picks[0]][3],
        hts=hts, ports=rng.sample(PORTS, rng.randint(1, 2)), received=received,
        request_date=received - timedelta(days=rng.randint(2, 9)), signer=rng.choice(PEOPLE),
        pending="none", sample=rng.choice(["sent", "offered", "photos"]),
        confidential=rng.random() < 0.35)
    if case == "cls-valuation-hq":
        facts.also_valuation = True
    elif case == "unsigned":
        facts.signed = False
    elif case == "carrier":
        facts.ports, facts.sample = [("Seattle, WA", "3001")], "photos"
    elif case == "no-port":
        facts.ports = []
    elif case == "no-pending-stmt":
        facts.pending = "missing"
    elif case == "no-materials":
        facts.materials = False
    elif case == "court-pending":
        facts.pending = "court"
    elif case == "current-transaction":
        facts.pending = "cbp"
    elif case == "no-basis":
        facts.basis = False
    return facts


def route(facts: RulingFacts) -> str:
    return "HQ" if facts.ruling_type in HQ_TYPES or facts.also_valuation else "NCSD"


def missing(facts: RulingFacts) -> list[str]:
    gaps = []
    if not facts.ports:
        gaps.append("177.2(b)(1)")
    if not facts.materials:
        gaps.append("177.2(b)(2)")
    if facts.pending == "missing":
        gaps.append("177.2(b)(5)")
    if facts.hts and not facts.basis:
        gaps.append("177.2(b)(6)")
    if not facts.signed:
        gaps.append("177.2(c)")
    return gaps


def outcome(facts: RulingFacts) -> str:
    if facts.pending in ("court", "cbp"):
        return "no_ruling"
    return "deficient" if missing(facts) or len(facts.goods) > 5 else "accept"


def truth(facts: RulingFacts) -> dict[str, Any]:
    """The truth file for the request as a careful NCSD or HQ reader decides it."""
    who = facts.requester
    not_scored = list(facts.not_scored)
    values: dict[str, Any] = {}
    if facts.agent is None:
        values["requester_name"] = who.name
        values["requester_address"] = who.address
    else:
        not_scored.append("requester_name/address not scored: the letter is written by an agent "
                          "for the importer, and the contract does not say which is the requester")
    values |= {"importer_number": who.ein, "request_date": facts.request_date.isoformat(),
               "ruling_type": facts.ruling_type}
    if facts.ruling_type == "carrier":
        not_scored.append("product_description not scored: a carrier request describes a vessel")
    elif len(facts.goods) == 1:
        values["product_description"] = facts.goods[0]
    else:
        not_scored.append("product_description not scored: several products are listed")
    values["proposed_hts"] = list(facts.hts)
    not_scored.append("ports not scored: whether a port is given by name or code is open")
    if facts.ruling_type == "classification":
        values["item_count"] = len(facts.goods)
    else:
        not_scored.append("item_count not scored: the request names goods, not a count of items")
    values |= {"prospective": facts.pending != "cbp",
               "pending_statement": facts.pending != "missing",
               "pending_in_court": facts.pending == "court",
               "pending_before_cbp": facts.pending == "cbp",
               "sample_provided": facts.sample == "sent",
               "confidential_requested": facts.confidential, "signed": facts.signed}
    result = outcome(facts)
    decision: dict[str, Any] = {"outcome": result, "route": route(facts),
                                "missing": missing(facts) if result != "no_ruling" else []}
    not_scored.append("reason not scored: free text")
    if decision["route"] == "HQ":
        decision["due"] = None
    elif result == "accept":
        decision["due"] = (facts.received + timedelta(days=30)).isoformat()
    else:
        not_scored.append("due not scored: whether a target date runs for a request that is "
                          "deficient or gets no ruling is not fixed by the contract")
    today = facts.received + timedelta(days=3)
    return {"kind": "ruling-request", "case": facts.case,
            "args": ["--received", facts.received.isoformat(), "--today", today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}
