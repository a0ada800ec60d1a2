"""Protest cases: the facts each document states and the truth the law gives them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.corpus_thirtyfourth import law, pools

CASES = [
    "accept",
    "multi-accept",
    "untimely",
    "weekend-grace",
    "no-ior",
    "premature",
    "list-accept",
    "holiday-grace",
    "no-desc",
    "old90-timely",
    "invalid-petition",
    "partial-late",
    "no-address",
    "weekend-late",
    "exact-last-day",
    "no-entry-date",
    "earlier-no-date",
    "old90-untimely",
    "no-justif",
    "valuation-accel",
    "no-drawback-decl",
    "charges",
    "no-liq-date",
    "two-ports",
]
LIQUIDATION_DECISIONS = {"classification", "appraised_value", "liquidation"}
DAY = dt.timedelta(days=1)
GRACE_CASES = {"weekend-grace", "holiday-grace", "weekend-late", "exact-last-day"}


@dataclass
class Entry:
    """One entry as the protest lists it (None: the document leaves the date out)."""

    number: str
    port: str
    entry_date: dt.date | None
    liquidated: dt.date | None
    amount: int  # the duty bill's amount in cents, printed by some styles


@dataclass
class Protest:
    """What one protest document says."""

    case: str
    name: str
    address: list[str] | None
    ior: str | None
    port: tuple[str, str]
    entries: list[Entry]
    category: str
    description: str | None
    hts: str
    justified: bool
    accelerated: bool
    further_review: bool
    signer: str
    received: dt.date
    stamped: bool
    protest_number: str | None
    today: dt.date
    drawback_declared: bool = True
    earlier: tuple[str, dt.date | None] | None = None
    petition_decided: dt.date | None = None
    bill: str = ""
    notes: list[str] = field(default_factory=list)


def _serial(rng: random.Random) -> str:
    return f"{rng.randrange(1_000_000, 9_999_999)}"


def _liq_for_last(target: dt.date, entry_date: dt.date | None = None) -> dt.date:
    """The liquidation date whose last day is TARGET."""
    days = 90 if entry_date is not None and entry_date < law.OLD_RULE_BEFORE else 180
    return target - dt.timedelta(days=days)


def _weekend_last(rng: random.Random) -> dt.date:
    day = dt.date(rng.choice([2023, 2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 28))
    while day.weekday() != rng.choice([5, 6]):
        day += DAY
    return day


def _holiday_last(rng: random.Random) -> dt.date:
    year = rng.choice([2023, 2024, 2025])
    days = [d for d in law.federal_holidays(year) if d.weekday() < 5]
    return rng.choice(days)


def make(case: str, rng: random.Random) -> Protest:
    """The facts of CASE, drawn with RNG."""
    name, address = rng.choice(pools.FIRMS)
    port = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    goods, hts = rng.choice(pools.GOODS)
    count = {
        "multi-accept": 3,
        "list-accept": rng.randrange(8, 13),
        "partial-late": 2,
        "two-ports": 2,
    }.get(case, rng.choice([1, 1, 2]))
    if case == "weekend-grace" or case == "weekend-late":
        last = _weekend_last(rng)
    elif case == "holiday-grace":
        last = _holiday_last(rng)
    else:
        last = (
            dt.date(2005, rng.randrange(4, 9), rng.randrange(1, 28))
            if case.startswith("old90")
            else dt.date(rng.choice([2024, 2025, 2026]), rng.randrange(1, 11), rng.randrange(1, 28))
        )
        while not law.business_day(last):
            last += DAY
    old = case.startswith("old90")
    first_entry = dt.date(2004, 12, rng.randrange(1, 18)) if old else None
    liq = _liq_for_last(last, first_entry)
    received = {
        "weekend-grace": law.next_business_day(last),
        "holiday-grace": law.next_business_day(last),
        "weekend-late": law.next_business_day(law.next_business_day(last)),
        "untimely": last + dt.timedelta(days=rng.randrange(9, 60)),
        "old90-untimely": last + dt.timedelta(days=rng.randrange(15, 80)),
        "exact-last-day": last,
        "premature": liq - dt.timedelta(days=rng.randrange(6, 25)),
    }.get(case, liq + dt.timedelta(days=rng.randrange(25, 85)))
    while case not in GRACE_CASES and not law.business_day(received):
        received -= DAY
    entries = []
    for n in range(count):
        e_date = first_entry if old else liq - dt.timedelta(days=rng.randrange(300, 340))
        e_liq = liq
        if case == "list-accept":
            e_liq = liq + dt.timedelta(days=7 * (n % 3))
        if case == "partial-late" and n == 0:
            e_liq = received - dt.timedelta(days=rng.randrange(190, 230))
            e_date = e_liq - dt.timedelta(days=320)
        e_port = (
            pools.PORTS[(pools.PORTS.index(port) + 1) % len(pools.PORTS)][0]
            if case == "two-ports" and n == 1
            else port[0]
        )
        entries.append(
            Entry(
                law.entry_number(filer, _serial(rng)),
                e_port,
                e_date,
                e_liq,
                rng.randrange(40_000, 2_500_000),
            )
        )
    if case == "no-entry-date":
        entries[0].entry_date = None
    if case == "no-liq-date":
        for entry in entries:
            entry.liquidated = None
    category = {"valuation-accel": "appraised_value", "charges": "charges"}.get(
        case, rng.choice(["classification", "classification", "appraised_value"])
    )
    stamped = rng.random() < 0.5
    protest_number = (
        f"{port[0]}-{received.year % 100:02d}-{rng.randrange(100000, 999999)}" if stamped else None
    )
    p = Protest(
        case=case,
        name=name,
        address=None if case == "no-address" else address,
        ior=None if case == "no-ior" else pools.ior(rng),
        port=port,
        entries=entries,
        category=category,
        description=None if case == "no-desc" else goods,
        hts=hts,
        justified=case != "no-justif",
        accelerated=case == "valuation-accel" or rng.random() < 0.2,
        further_review=rng.random() < 0.5,
        signer=rng.choice(pools.PEOPLE),
        received=received,
        stamped=stamped,
        protest_number=protest_number,
        today=received + dt.timedelta(days=rng.randrange(5, 45)),
        drawback_declared=case != "no-drawback-decl",
        bill=f"{rng.randrange(100000, 999999)}",
    )
    if case == "earlier-no-date":
        p.earlier = (
            f"{port[0]}-{(received.year - 1) % 100:02d}-{rng.randrange(100000, 999999)}",
            None,
        )
    if case == "invalid-petition":
        p.petition_decided = received - dt.timedelta(days=rng.randrange(20, 60))
    return p


def truth(p: Protest) -> dict[str, Any]:
    """The truth file's values and decision for P, computed from the law."""
    missing = []
    if p.address is None:
        missing.append("174.13(a)(1)")
    if p.ior is None:
        missing.append("174.13(a)(2)")
    if any(e.entry_date is None for e in p.entries):
        missing.append("174.13(a)(3)")
    if any(e.liquidated is None for e in p.entries):
        missing.append("174.13(a)(4)")
    if p.description is None:
        missing.append("174.13(a)(5)")
    if not p.justified:
        missing.append("174.13(a)(6)")
    if p.earlier is not None and p.earlier[1] is None:
        missing.append("174.13(a)(7)")
    if not p.drawback_declared:
        missing.append("174.13(a)(9)")
    values: dict[str, Any] = {
        "protest_number": p.protest_number,
        "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": p.ior,
        "protestant_name": p.name,
        "protestant_address": ", ".join(p.address) if p.address else None,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                "liquidation_date": e.liquidated.isoformat() if e.liquidated else None,
            }
            for e in p.entries
        ],
        "category": p.category,
        "merchandise_description": p.description,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    decision: dict[str, Any] = {"missing": missing}
    not_scored = []
    if p.case == "invalid-petition":
        not_scored += [
            "category: a penalty-petition decision is none of the contract's categories",
            "deadline, last_days: the decision protested cannot be protested",
        ]
        del values["category"]
        decision["outcome"] = "invalid"
    elif p.case == "no-liq-date":
        not_scored += ["outcome, deadline, last_days: no liquidation date is given (VERIFY)"]
    elif p.case == "no-entry-date":
        not_scored += ["deadline, last_days: an entry date is missing (90 or 180 days?)"]
        decision["outcome"] = "deficient"
    else:
        lasts = {
            e.number: law.protest_last_day(e.entry_date, e.liquidated)
            for e in p.entries
            if e.liquidated
        }
        timings = [
            law.timing(
                p.received, e.liquidated, lasts[e.number], p.category in LIQUIDATION_DECISIONS
            )
            for e in p.entries
            if e.liquidated
        ]
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
        outcome = law.protest_outcome(timings, False, missing)
        if p.case == "no-drawback-decl" and outcome == "deficient" and missing == ["174.13(a)(9)"]:
            not_scored.append("outcome: only the drawback declaration is missing (VERIFY)")
        else:
            decision["outcome"] = outcome
    args = ["--today", p.today.isoformat()]
    if not p.stamped:
        args = ["--received", p.received.isoformat(), *args]
    return {
        "kind": "protest",
        "case": p.case,
        "args": args,
        "values": values,
        "decision": {
            k: decision[k] for k in ("outcome", "deadline", "last_days", "missing") if k in decision
        },
        "not_scored": not_scored,
    }
