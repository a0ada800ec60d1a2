"""Ruling-request cases under 19 CFR Part 177 and the truth a careful officer reads off each."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.corpus_nineteenth.parties import PORTS, Party, agent, importer, person

CASES = ["ncsd-accept", "hq-valuation", "agent-no-authority", "unsigned", "no-port",
         "court-pending", "no-pending-statement", "origin-accept", "current-entry",
         "no-principal-use", "six-items", "reconsider-ny", "marking-accept", "no-basis"]
PRODUCTS = [
    ("cordless handheld vacuum cleaner with a 14.4 V lithium-ion battery", "household floor and "
     "upholstery cleaning", "ABS plastic housing 62%, motor and battery 30%, filter 8% by weight",
     "8508.11.0000"),
    ("children's insulated lunch bag with an outer surface of polyester textile",
     "carrying food and drinks to school", "polyester 70%, PE foam 20%, PEVA lining 10% by weight",
     "4202.92.3131"),
    ("bamboo cutting board with a silicone non-slip edge", "food preparation in home kitchens",
     "bamboo 94%, silicone 6% by weight", "4419.90.9100"),
    ("smart thermostat with Wi-Fi module and color touchscreen", "control of residential HVAC "
     "systems", "plastic housing, printed circuit assembly, LCD; value mostly in the electronics",
     "9032.10.0030"),
    ("women's knitted merino wool pullover sweater", "outerwear for everyday use",
     "wool 100% (19.5 micron merino)", "6110.11.0030"),
]
HTS_FORMS = ("dotted", "ten", "plain")
AUTHORITY = [
    "We write as customs counsel for {imp}, which has authorized us to request this ruling on "
    "its behalf.",
    "Sorensen files this request as agent for {imp} under a written power of attorney, a copy "
    "of which is enclosed.",
    "This request is submitted on behalf of our client, {imp}, pursuant to its authorization "
    "dated earlier this year.",
    "As licensed customs broker and authorized agent of {imp} (power of attorney on file), we "
    "request a binding ruling.",
    "{imp} has engaged and authorized our firm to seek this ruling for it.",
]
NO_AUTHORITY = "We are writing regarding a product that {imp} intends to import."


@dataclass
class Ruling:
    case: str
    party: Party
    agent: Party | None
    authority: str | None
    signer: str
    title: str
    kind: str
    product: tuple[str, str, str, str]
    hts_form: str
    ports: list[str]
    items: int
    request_date: date
    received: date
    today: date
    date_style: str
    rng: random.Random
    signed: bool = True
    pending_statement: bool = True
    in_court: bool = False
    before_cbp: bool = False
    use_given: bool = True
    basis_given: bool = True
    sample: bool = False
    confidential: bool = False
    reconsider: bool = False

    @property
    def hts(self) -> str:
        digits = self.product[3].replace(".", "")
        if self.hts_form == "ten":
            return f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}"
        return digits if self.hts_form == "plain" else self.product[3]


def build(rng: random.Random, case: str) -> Ruling:
    party = importer(rng)
    by_agent = rng.random() < 0.6 or case == "agent-no-authority"
    request = date(2025, 1, 6) + timedelta(days=rng.randint(0, 500))
    received = request + timedelta(days=rng.randint(2, 9))
    kind = {"hq-valuation": "valuation", "marking-accept": "marking",
            "origin-accept": "origin"}.get(case, "classification")
    r = Ruling(case=case, party=party, agent=agent(rng) if by_agent else None,
               authority=rng.choice(AUTHORITY) if by_agent else None, signer=person(rng),
               title=rng.choice(["Trade Consultant", "Customs Counsel", "Licensed Customs Broker"])
               if by_agent else rng.choice(["Compliance Manager", "Chief Operating Officer"]),
               kind=kind, product=rng.choice(PRODUCTS), hts_form=rng.choice(HTS_FORMS),
               ports=[name for _, name in rng.sample(PORTS, rng.choice([1, 1, 2]))],
               items=rng.choice([1, 1, 2, 3]), request_date=request, received=received,
               today=received + timedelta(days=rng.randint(1, 10)),
               date_style=rng.choice(["long", "us", "abbrev", "day-month"]), rng=rng,
               sample=rng.random() < 0.5, confidential=rng.random() < 0.3)
    if case == "agent-no-authority":
        r.authority = None
    elif case == "unsigned":
        r.signed = False
    elif case == "no-pending-statement":
        r.pending_statement = False
    elif case == "court-pending":
        r.in_court = True
    elif case == "current-entry":
        r.before_cbp = True
    elif case == "no-principal-use":
        r.use_given = False
    elif case == "six-items":
        r.items = 6
    elif case == "reconsider-ny":
        r.reconsider = True
    elif case == "no-basis":
        r.basis_given = False
    elif case == "no-port":
        r.ports = []
    if kind != "classification":
        r.items = 1
    return r


def truth(r: Ruling) -> dict[str, Any]:
    not_scored = []
    values: dict[str, Any] = {
        "importer_number": r.party.importer_number,
        "request_date": r.request_date.isoformat(), "ruling_type": r.kind,
        "product_description": r.product[0],
        "proposed_hts": [r.hts] if r.kind == "classification" else [],
        "ports": r.ports, "prospective": not r.before_cbp,
        "pending_statement": r.pending_statement, "pending_in_court": r.in_court,
        "pending_before_cbp": r.before_cbp, "sample_provided": r.sample,
        "confidential_requested": r.confidential, "signed": r.signed,
    }
    if r.agent is None:
        values["requester_name"] = r.party.name
        values["requester_address"] = ", ".join(r.party.address)
    else:
        not_scored.append("requester_name, requester_address: written by an agent (importer or "
                          "agent: the contract leaves it open)")
    if r.kind == "classification":
        values["item_count"] = r.items
    else:
        not_scored.append("item_count: outside classification")
    route = "HQ" if r.kind == "valuation" or r.reconsider else "NCSD"
    missing = []
    if not r.ports:
        missing.append("177.2(b)(1)")
    if not r.use_given:
        missing.append("177.2(b)(2)")
    if not r.pending_statement:
        missing.append("177.2(b)(5)")
    if not r.basis_given:
        missing.append("177.2(b)(6)")
    if not r.signed:
        missing.append("177.2(c)")
    if r.in_court or r.before_cbp:
        outcome = "no_ruling"
    elif r.agent is not None and r.authority is None:
        outcome = "needs_human"
    elif missing or r.items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + timedelta(days=30)).isoformat()
    else:
        not_scored.append("due: for a request NCSD does not accept as it stands")
    not_scored.append("reason: free text")
    return {"kind": "ruling-request", "case": r.case,
            "args": ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}
