"""Ruling-request cases: what each letter states, and its truth under 19 CFR Part 177."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_twentyeighth import fakes

CASES = [
    "class-complete",
    "no-port",
    "no-materials",
    "no-pending-stmt",
    "no-basis",
    "unsigned",
    "seven-items",
    "court-pending",
    "current-transaction",
    "valuation-hq",
    "marking-photos",
    "reconsider-ny",
    "origin-sample-on-request",
    "class-three-items",
    "valuation-no-relationship",
]
TYPES = {
    "valuation-hq": "valuation",
    "valuation-no-relationship": "valuation",
    "marking-photos": "marking",
    "origin-sample-on-request": "origin",
}


@dataclass
class Request:
    """What one ruling request says, whatever the layout."""

    case: str
    importer: str
    importer_address: tuple[str, ...]
    importer_number: str
    agent: tuple[str, tuple[str, ...]] | None  # counsel or consultant writing for the importer
    ruling_type: str
    goods: list[tuple[str, str, str, str]]  # description, HTS, common name, materials
    hts_form: str  # "dotted" 7323.93.0080, "ten" 7323.93.00.80, "plain" 7323930080
    ports: list[str]
    materials_given: bool
    pending: str  # "none" (statement), "absent", "court", "current"
    basis_given: bool
    sample: str  # "sent", "photos", "on-request"
    confidential: bool
    signed: bool
    signer: tuple[str, str]
    relationship_given: bool
    reconsider: str | None  # the New York ruling asked to be reconsidered
    request_date: dt.date
    received: dt.date
    today: dt.date
    date_style: str

    def hts(self, number: str) -> str:
        digits = number.replace(".", "")
        if self.hts_form == "ten":
            return f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}"
        return digits if self.hts_form == "plain" else number

    def proposed(self) -> list[str]:
        return [self.hts(g[1]) for g in self.goods] if self.ruling_type == "classification" else []


def make(index: int, seed: int) -> Request:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"ruling-{seed}-{index}")
    firm, lines = rng.choice(fakes.FIRMS)
    count = {"seven-items": 7, "class-three-items": 3}.get(case, 1)
    goods = rng.sample(fakes.GOODS, k=count) if count <= len(fakes.GOODS) else fakes.GOODS[:count]
    # only the counsel style (index + seed = 0 mod 3) is written by an agent, and not always
    agent = rng.choice(fakes.LAW_FIRMS) if (index + seed) % 3 == 0 and rng.random() < 0.7 else None
    request = fakes.pick_date(rng, dt.date(2023, 3, 1), dt.date(2025, 9, 1))
    received = request + dt.timedelta(days=rng.randint(2, 12))
    return Request(
        case=case,
        importer=firm,
        importer_address=lines,
        importer_number=fakes.ein(rng),
        agent=agent,
        ruling_type=TYPES.get(case, "classification"),
        goods=goods,
        hts_form=rng.choice(["dotted", "ten", "plain"]),
        ports=[]
        if case == "no-port"
        else [p[1] for p in rng.sample(fakes.PORTS, k=rng.randint(1, 2))],
        materials_given=case != "no-materials",
        pending={
            "no-pending-stmt": "absent",
            "court-pending": "court",
            "current-transaction": "current",
        }.get(case, "none"),
        basis_given=case != "no-basis",
        sample={"marking-photos": "photos", "origin-sample-on-request": "on-request"}.get(
            case, rng.choice(["sent", "photos"])
        ),
        confidential=rng.random() < 0.3,
        signed=case != "unsigned",
        signer=rng.choice(fakes.COUNSEL_STAFF if agent else fakes.PEOPLE),
        relationship_given=case != "valuation-no-relationship",
        reconsider=f"N{rng.randint(300000, 349999)}" if case == "reconsider-ny" else None,
        request_date=request,
        received=received,
        today=received + dt.timedelta(days=rng.randint(3, 25)),
        date_style=rng.choice(fakes.DATE_STYLES),
    )


def truth(r: Request) -> dict[str, Any]:
    """Route, missing 177.2 elements and outcome, with the contract's open points left unscored."""
    route = "HQ" if r.ruling_type == "valuation" or r.reconsider else "NCSD"
    missing = []
    if not r.ports:
        missing.append("177.2(b)(1)")
    if not r.materials_given or not r.relationship_given:
        missing.append("177.2(b)(2)")
    if r.pending == "absent":
        missing.append("177.2(b)(5)")
    if not r.basis_given:
        missing.append("177.2(b)(6)")
    if not r.signed:
        missing.append("177.2(c)")
    not_scored = []
    if r.pending in ("court", "current"):
        outcome = "no_ruling"
    elif missing or len(r.goods) > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {}
    if r.agent:
        not_scored.append(
            "requester_name/address not scored: the letter is written by an agent for the "
            "importer, and the contract does not say which of the two is the requester"
        )
    else:
        values |= {
            "requester_name": r.importer,
            "requester_address": fakes.address(r.importer_address),
        }
    values |= {
        "importer_number": r.importer_number,
        "request_date": r.request_date.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": r.proposed(),
    }
    if r.ruling_type == "classification":
        values["item_count"] = len(r.goods)
    else:
        not_scored.append("item_count not scored: the request names goods, not a count of items")
    values |= {
        "prospective": r.pending != "current",
        "pending_statement": r.pending != "absent",
        "pending_in_court": r.pending == "court",
        "pending_before_cbp": r.pending == "current",
        "sample_provided": r.sample == "sent",
        "confidential_requested": r.confidential,
        "signed": r.signed,
    }
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "no_ruling":
        not_scored.append("reason not scored: free text")
    else:
        decision["reason"] = None
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + dt.timedelta(days=30)).isoformat()
    else:
        not_scored.append(
            "due not scored: whether a target date runs for a request that is deficient "
            "or gets no ruling is not fixed by the contract"
        )
    out = {
        "kind": "ruling-request",
        "case": r.case,
        "args": ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out
