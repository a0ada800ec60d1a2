"""Ruling-request situations across 19 CFR 177, and the truth the rules give for each."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.corpus_thirtyfirst import law
from bench.corpus_thirtyfirst.entries import day_between, entry_number, weekday_on_or_after
from bench.corpus_thirtyfirst.pools import COMPANIES, FOREIGN_MAKERS, GOODS, PORTS

CASES = [
    "class",
    "no-port",
    "court-pending",
    "valuation",
    "no-materials",
    "seven-items",
    "marking",
    "unsigned",
    "current-transaction",
    "reconsider-ny",
    "no-pending-stmt",
    "class-photos",
    "origin",
    "no-basis",
    "completed-transaction",
    "class-and-value",
    "valuation-no-relationship",
    "sample-on-request",
]
SUBJECT = {
    "valuation": "valuation",
    "valuation-no-relationship": "valuation",
    "marking": "marking",
    "origin": "origin",
}
MISSING = {
    "no-port": "177.2(b)(1)",
    "no-materials": "177.2(b)(2)",
    "valuation-no-relationship": "177.2(b)(2)",
    "no-pending-stmt": "177.2(b)(5)",
    "no-basis": "177.2(b)(6)",
    "unsigned": "177.2(c)",
}
NO_RULING = {"court-pending", "current-transaction", "completed-transaction"}


@dataclass
class RulingFacts:
    case: str
    importer: str
    importer_address: list[str]
    maker: str
    maker_address: list[str]
    ior: str
    ports: list[tuple[str, str]]
    goods: tuple[str, str, str, str]
    ruling_type: str
    request_date: dt.date
    received: dt.date
    today: dt.date
    items: int
    hts_form: str  # dotted | ten-dotted | bare | none
    sample: str  # sample | photos | on-request
    confidential: bool
    omit: set[str] = field(default_factory=set)
    writer_is_maker: bool = False
    entry: str = ""
    arrived: dt.date | None = None

    @property
    def requester(self) -> tuple[str, list[str]]:
        return (
            (self.maker, self.maker_address)
            if self.writer_is_maker
            else (self.importer, self.importer_address)
        )

    def hts(self) -> list[str]:
        raw = self.goods[3]
        if self.hts_form == "none" or self.ruling_type != "classification":
            return []
        digits = raw.replace(".", "")
        return [
            {
                "dotted": raw,
                "ten-dotted": f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}",
                "bare": digits,
            }[self.hts_form]
        ]


def facts(case: str, rng: random.Random) -> RulingFacts:
    importer, address = rng.choice(COMPANIES)
    maker, maker_address = rng.choice(FOREIGN_MAKERS)
    request = weekday_on_or_after(day_between(rng, dt.date(2024, 1, 8), dt.date(2026, 10, 30)))
    received = law.next_business_day(request + dt.timedelta(days=rng.randrange(0, 8)))
    f = RulingFacts(
        case=case,
        importer=importer,
        importer_address=address,
        maker=maker,
        maker_address=maker_address,
        ior=f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        ports=rng.sample(PORTS, rng.choice([1, 1, 2])),
        goods=rng.choice(GOODS),
        ruling_type=SUBJECT.get(case, "classification"),
        request_date=request,
        received=received,
        today=received + dt.timedelta(days=rng.randrange(2, 25)),
        items=7 if case == "seven-items" else 1,
        hts_form=rng.choice(["dotted", "ten-dotted", "bare"]),
        sample="photos"
        if case == "class-photos"
        else "on-request"
        if case == "sample-on-request"
        else rng.choice(["sample", "sample", "photos"]),
        confidential=rng.random() < 0.3,
        omit={case} if case in MISSING else set(),
    )
    if case in ("current-transaction", "completed-transaction"):
        f.entry = entry_number(rng)
        f.arrived = request - dt.timedelta(
            days=rng.randrange(10, 40) if case == "current-transaction" else rng.randrange(200, 300)
        )
    return f


def truth(f: RulingFacts) -> dict[str, Any]:
    subjects = [f.ruling_type] + (["valuation"] if f.case == "class-and-value" else [])
    route = law.ruling_route(subjects, f.case == "reconsider-ny")
    name, address = f.requester
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(address),
        "importer_number": f.ior,
        "request_date": f.request_date.isoformat(),
        "ruling_type": f.ruling_type,
        "proposed_hts": f.hts(),
        "item_count": f.items,
        "prospective": f.case not in ("current-transaction", "completed-transaction"),
        "pending_statement": f.case != "no-pending-stmt",
        "pending_in_court": f.case == "court-pending",
        "pending_before_cbp": f.case == "current-transaction",
        "sample_provided": f.sample == "sample",
        "confidential_requested": f.confidential,
        "signed": f.case != "unsigned",
    }
    missing = [MISSING[f.case]] if f.case in MISSING else []
    outcome = (
        "no_ruling" if f.case in NO_RULING else "deficient" if missing or f.items > 5 else "accept"
    )
    decision: dict[str, Any] = {
        "outcome": outcome,
        "route": route,
        "missing": missing,
        "due": (f.received + dt.timedelta(days=30)).isoformat() if route == "NCSD" else None,
    }
    not_scored = [
        "product_description and ports not scored: printed in prose, not after a label the "
        "contract names"
    ]
    if outcome != "no_ruling":
        decision["reason"] = None
    else:
        not_scored.append("reason not scored: free text")
    if route == "NCSD" and outcome != "accept":
        del decision["due"]
        not_scored.append(
            "due not scored: whether a target date runs for a request that is deficient "
            "or gets no ruling is not fixed by the contract"
        )
    if f.ruling_type != "classification":
        del values["item_count"]
        not_scored.append("item_count not scored: the request is not about classification")
    if f.case == "completed-transaction":
        del values["pending_before_cbp"]
        not_scored.append(
            "pending_before_cbp not scored: the entry is liquidated, neither current "
            "nor clearly before a CBP office"
        )
    return {
        "kind": "ruling-request",
        "case": f.case,
        "args": ["--received", f.received.isoformat(), "--today", f.today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
