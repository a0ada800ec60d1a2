"""Ruling-request cases (19 CFR Part 177) and their truths."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_twentieth.people import (
    BROKERS,
    CITIES,
    COMPANIES,
    GOODS,
    PEOPLE,
    PORTS,
    STREETS,
    importer_number,
)

RULING_CASES = ("importer-class", "agent-class", "hq", "deficient", "no-ruling", "agent-silent")
HQ_TYPES = {"valuation", "carrier"}


@dataclass
class Ruling:
    case: str
    importer: str
    address: list[str]
    importer_no: str | None
    agent: tuple[str, str, str] | None
    authority: str | None
    request_date: date
    received: date
    today: date
    ruling_type: str
    goods: str
    material: str
    hts: list[str]
    ports: list[tuple[str, str]]
    signer: str
    title: str
    signed: bool = True
    pending_statement: bool = True
    pending_in_court: bool = False
    pending_before_cbp: bool = False
    sample: bool = False
    confidential: bool = False
    price: str = ""
    not_scored: list[str] = field(default_factory=list)

    @property
    def route(self) -> str:
        return "HQ" if self.ruling_type in HQ_TYPES else "NCSD"

    def missing(self) -> list[str]:
        items = []
        if not self.pending_statement:
            items.append("177.2(b)(5)")
        if not self.signed:
            items.append("177.2(c)")
        return items

    def outcome(self) -> str:
        if self.pending_in_court or self.pending_before_cbp:
            return "no_ruling"
        if self.agent is not None and self.authority is None:
            return "needs_human"
        return "deficient" if self.missing() else "accept"

    def truth(self) -> dict[str, Any]:
        outcome = self.outcome()
        values: dict[str, Any] = {
            "requester_name": self.importer, "requester_address": ", ".join(self.address),
            "importer_number": self.importer_no, "request_date": self.request_date.isoformat(),
            "ruling_type": self.ruling_type, "proposed_hts": self.hts,
            "prospective": not self.pending_before_cbp,
            "pending_statement": self.pending_statement,
            "pending_in_court": self.pending_in_court,
            "pending_before_cbp": self.pending_before_cbp, "sample_provided": self.sample,
            "confidential_requested": self.confidential, "signed": self.signed}
        if self.ruling_type == "classification":
            values["item_count"] = 1
        notes = list(self.not_scored)
        notes.append("product_description and ports not scored: free text, and port names "
                     "printed with their codes")
        if self.ruling_type != "classification":
            notes.append("item_count not scored: counted only for classification")
        if self.pending_in_court:
            del values["prospective"]
            notes.append("prospective not scored: future imports are asked about while earlier "
                         "ones are before the court")
        if self.agent is not None:
            del values["requester_name"], values["requester_address"]
            notes.append("requester_name and requester_address not scored: the letter is "
                         "written by an agent for the importer, and the contract does not say "
                         "which of the two is the requester")
        due: str | None = None
        if self.route == "NCSD":
            due = (self.received + timedelta(days=30)).isoformat()
        decision: dict[str, Any] = {"outcome": outcome, "route": self.route,
                                    "missing": self.missing()}
        if self.route == "HQ" or outcome == "accept":
            decision["due"] = due if outcome == "accept" else None
        else:
            notes.append("due not scored: the contract sets no target date for a request that "
                         f"is not accepted ({outcome})")
        notes.append("reason not scored: free text")
        return {"kind": "ruling-request", "case": self.case,
                "args": ["--received", self.received.isoformat(), "--today",
                         self.today.isoformat()],
                "values": values, "decision": decision, "not_scored": notes}


AUTHORITIES = [
    "We act for {imp} under a power of attorney on file with this office, a copy of which is "
    "enclosed.",
    "{imp} has authorized us in writing to request this ruling on its behalf; the letter of "
    "authorization is attached.",
    "This request is filed by the undersigned as agent for {imp}, which has appointed us by power "
    "of attorney (CBP Form 5291) for this purpose.",
    "As the importer's licensed customs broker we hold {imp}'s written authority to seek binding "
    "rulings for it.",
    "Our client, {imp}, has engaged and expressly authorized this firm to submit this request.",
    "Authority: we are retained by {imp} and empowered by its written authorization dated "
    "{auth_date} to act for it before CBP in this matter.",
]


def make_ruling(rng: random.Random, case: str, variant: int) -> Ruling:
    goods, hts, material = rng.choice(GOODS)
    request_date = date(2025, 1, 6) + timedelta(days=rng.randrange(300))
    received = request_date + timedelta(days=rng.randrange(2, 9))
    hts_style = rng.choice([hts, hts.replace(".", ""), hts[:7] + "." + hts[8:10] + "." + hts[10:]
                            if len(hts) == 12 else hts])
    ruling = Ruling(
        case=case, importer=rng.choice(COMPANIES),
        address=[rng.choice(STREETS), rng.choice(CITIES)], importer_no=importer_number(rng),
        agent=None, authority=None, request_date=request_date, received=received,
        today=received + timedelta(days=rng.randrange(2, 20)), ruling_type="classification",
        goods=goods[0].upper() + goods[1:], material=material, hts=[hts_style],
        ports=rng.sample(PORTS, rng.choice([1, 2])), signer=rng.choice(PEOPLE),
        title=rng.choice(["Owner", "Import Manager", "President", "Director of Logistics"]),
        sample=rng.random() < 0.5, confidential=rng.random() < 0.3,
        price=f"${rng.randrange(4, 90)}.{rng.randrange(100):02d}")
    if case in ("agent-class", "agent-silent") or (case == "hq" and variant == 0):
        ruling.agent = rng.choice(BROKERS)
        ruling.title = rng.choice(["Licensed Customs Broker", "Senior Trade Consultant",
                                   "Compliance Director"])
        if case != "agent-silent":
            ruling.authority = rng.choice(AUTHORITIES)
    if case == "hq":
        ruling.ruling_type = "valuation" if variant == 0 else "carrier"
        ruling.hts = []
    elif case == "importer-class" and variant == 1:
        ruling.ruling_type = "marking"
        ruling.hts = []
    elif case == "deficient":
        if variant == 0:
            ruling.signed = False
        else:
            ruling.pending_statement = False
    elif case == "no-ruling":
        if variant == 0:
            ruling.pending_in_court = True
        else:
            ruling.pending_before_cbp = True
    return ruling
