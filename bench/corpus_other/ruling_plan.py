"""Binding-ruling requests: the facts of each case and the truth decided under 19 CFR 177."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_other import facts
from bench.corpus_other.people import FIRMS, GOODS, PEOPLE, PORTS, TITLES, Party, pick_party

CASES = ["class", "class-photos", "marking", "valuation", "carrier", "reconsider-ny",
         "class-multi", "no-materials", "no-relationship", "no-port", "no-pending-stmt",
         "no-basis", "unsigned", "seven-items", "court-pending", "current-transaction",
         "origin", "class-no-proposal"]
OMIT = {"no-materials": "materials", "no-relationship": "relationship", "no-port": "ports",
        "no-pending-stmt": "pending", "no-basis": "basis", "unsigned": "signature"}
MISSING = [("ports", "177.2(b)(1)"), ("materials", "177.2(b)(2)"),
           ("relationship", "177.2(b)(2)"), ("pending", "177.2(b)(5)"),
           ("basis", "177.2(b)(6)"), ("signature", "177.2(c)")]
SUBJECT = {"marking": "marking", "valuation": "valuation", "carrier": "carrier",
           "no-relationship": "valuation", "origin": "origin"}


@dataclass
class Ruling:
    case: str
    subject: str  # classification | marking | origin | valuation | carrier
    requester: Party
    firm: tuple[str, str, str] | None
    goods: tuple[str, str, str, str, str]
    items: list[str]
    hts_style: int
    ports: list[tuple[str, str]]
    request_date: date
    received: date
    today: date
    signer: str
    signer_title: str
    sample: str  # sent | photos | on-request | none
    confidential: bool
    pending: str  # none | court | current
    omit: set[str] = field(default_factory=set)
    reconsider: str | None = None
    propose: bool = True
    court_no: str = ""

    @property
    def proposed_hts(self) -> list[str]:
        if self.subject != "classification" or not self.propose:
            return []
        digits = self.goods[2].replace(".", "")
        printed = [self.goods[2], digits,
                   f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}"]
        return [printed[self.hts_style % 3]]

    @property
    def route(self) -> str:
        return "HQ" if self.subject in ("valuation", "carrier") or self.reconsider else "NCSD"


def plan(case: str, style: str, rng: random.Random) -> Ruling:
    """The facts of one ruling request built to show CASE, in STYLE."""
    agent = style == "letterhead" or (style == "numbered" and rng.random() < 0.5)
    goods = rng.choice(GOODS)
    count = {"class-multi": 3, "seven-items": 7}.get(case, 1)
    items = [f"{goods[0].split(',')[0]}, model {chr(65 + n)}-{rng.randint(10, 99)}"
             for n in range(count)]
    request_date = date(2025, 1, 6) + timedelta(days=rng.randint(0, 300))
    received = request_date + timedelta(days=rng.randint(2, 9))
    subject = SUBJECT.get(case, "classification")
    ruling = Ruling(
        case=case, subject=subject, requester=pick_party(rng, facts.ein(rng)),
        firm=rng.choice(FIRMS) if agent else None, goods=goods, items=items,
        hts_style=rng.randint(0, 2), ports=rng.sample(PORTS, rng.randint(1, 2)),
        request_date=request_date, received=received,
        today=received + timedelta(days=rng.randint(1, 20)), signer=rng.choice(PEOPLE),
        signer_title="Counsel" if agent else rng.choice(TITLES),
        sample={"class": "sent", "class-photos": "photos"}.get(
            case, rng.choice(["sent", "photos", "on-request", "none"])),
        confidential=rng.random() < 0.3,
        pending={"court-pending": "court", "current-transaction": "current"}.get(case, "none"),
        propose=case != "class-no-proposal", court_no=f"25-00{rng.randint(100, 999)}")
    if case in OMIT:
        ruling.omit.add(OMIT[case])
    if case == "reconsider-ny":
        ruling.reconsider = f"N{rng.randint(300000, 349999)}"
    if subject != "classification":
        ruling.sample = "none" if subject == "carrier" else ruling.sample
    return ruling


def truth(r: Ruling) -> dict[str, Any]:
    """The truth file under the contract; open points listed in not_scored."""
    not_scored = ["product_description not scored: the contract does not fix which words of a "
                  "letter are the description", "ports not scored: the contract allows names or "
                  "codes and the letters give both"]
    values: dict[str, Any] = {
        "importer_number": r.requester.ior, "request_date": r.request_date.isoformat(),
        "ruling_type": r.subject, "proposed_hts": r.proposed_hts,
        "prospective": r.pending != "current", "pending_statement": "pending" not in r.omit,
        "pending_in_court": r.pending == "court", "pending_before_cbp": r.pending == "current",
        "sample_provided": r.sample == "sent", "confidential_requested": r.confidential,
        "signed": "signature" not in r.omit}
    if r.firm:
        not_scored.append("requester_name and requester_address not scored: the letter is "
                          "written by an agent for the importer, and the contract does not say "
                          "which of the two is the requester")
    else:
        values["requester_name"] = r.requester.name
        values["requester_address"] = r.requester.address
    if r.subject == "classification":
        values["item_count"] = len(r.items)
    else:
        not_scored.append("item_count not scored: the request names goods, not a count of items")
    missing = sorted({code for key, code in MISSING if key in r.omit})
    decision: dict[str, Any] = {"route": r.route, "missing": missing}
    if r.pending != "none":
        decision["outcome"] = "no_ruling"
        not_scored.append("reason not scored: free text")
    else:
        decision["reason"] = None
        # An agent's letter never states its authority to act here, which 177.1 requires
        # (customs-rules.md section 2): deficient, though no 177.2 element is missing.
        agent_unauthorised = r.firm is not None
        decision["outcome"] = ("deficient" if missing or len(r.items) > 5 or agent_unauthorised
                               else "accept")
    if r.route == "HQ":
        decision["due"] = None
    elif decision["outcome"] == "accept":
        decision["due"] = (r.received + timedelta(days=30)).isoformat()
    else:
        not_scored.append("due not scored: whether a target date runs for a request that is "
                          "deficient or gets no ruling is not fixed by the contract")
    return {"kind": "ruling-request", "case": r.case,
            "args": ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}
