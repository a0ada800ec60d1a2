"""Protest cases: the facts each one is built on, and the truth computed from them by the law."""

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
    "accept",
    "untimely",
    "premature",
    "weekend-grace",
    "no-ior",
    "multi-accept",
    "invalid",
    "no-address",
    "holiday-grace",
    "no-entry-date",
    "exact-last-day",
    "partial-late",
    "no-desc",
    "old90-untimely",
    "no-justif",
    "new180-boundary",
    "earlier-no-date",
    "weekend-late",
    "no-drawback",
    "accel-certified",
    "no-liq-date",
    "earlier-dated",
    "appraisal",
    "charges",
]


@dataclass
class Entry:
    number: str
    entry_date: dt.date | None
    liquidation: dt.date | None


@dataclass
class ProtestFacts:
    case: str
    protestant: Party
    importer_number: str | None
    address_given: bool
    agent: Party
    agent_kind: str  # "broker" or "law"
    signer: str
    signer_title: str
    port: tuple[str, str]
    entries: list[Entry]
    category: str | None
    goods: tuple[str, str, str]
    claimed_hts: str
    desc_given: bool
    justified: bool
    earlier: tuple[str, dt.date | None] | None
    drawback: str | None  # "no", "yes" or None when the protest says nothing
    accelerated: bool
    further_review: bool
    letter_date: dt.date
    received: dt.date
    today: dt.date
    stamped: bool = False
    clerk_date: dt.date | None = None  # a --received given beside a printed stamp
    petition_decision: dt.date | None = None


def _weekday_after(rnd: random.Random, start: dt.date, lo: int, hi: int) -> dt.date:
    day = start + dt.timedelta(days=rnd.randint(lo, hi))
    while not law.is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def _grace_last_day(rnd: random.Random, holiday: bool) -> dt.date:
    """A last day that is a weekend day (or a weekday federal holiday)."""
    day = dt.date(rnd.choice([2023, 2024, 2025]), rnd.randint(1, 12), rnd.randint(1, 28))
    while True:
        if holiday and day.weekday() < 5 and not law.is_business_day(day):
            return day
        if not holiday and day.weekday() >= 5:
            return day
        day += dt.timedelta(days=1)


def make(case: str, rnd: random.Random) -> ProtestFacts:
    filer = rnd.choice(FILERS)
    goods = rnd.choice(GOODS)
    liq = dt.date(2023, 3, 1) + dt.timedelta(days=rnd.randint(0, 900))
    n_entries = (
        3 if case == "multi-accept" else 2 if case in ("partial-late", "earlier-dated") else 1
    )
    if case == "weekend-grace" or case == "weekend-late":
        liq = _grace_last_day(rnd, False) - dt.timedelta(days=180)
    if case == "holiday-grace":
        liq = _grace_last_day(rnd, True) - dt.timedelta(days=180)
    if case in ("old90-untimely", "new180-boundary"):
        liq = dt.date(2005, rnd.randint(2, 6), rnd.randint(1, 28))
    entries = []
    for k in range(n_entries):
        lq = liq + dt.timedelta(days=[0, 41, 13][k])
        ed = lq - dt.timedelta(days=rnd.randint(200, 330))
        if case == "old90-untimely":
            ed = dt.date(2004, 12, 17)
        if case == "new180-boundary":
            ed = dt.date(2004, 12, 20)
        entries.append(Entry(entry_number(rnd, filer), ed, lq))
    first = entries[0]
    assert first.liquidation is not None
    last = law.protest_last_day(first.entry_date, first.liquidation)
    if case in ("weekend-grace", "holiday-grace"):
        received = law.next_business_day(last)
    elif case == "weekend-late":
        received = law.next_business_day(law.next_business_day(last))
    elif case == "untimely":
        received = _weekday_after(rnd, last, 6, 40)
    elif case == "old90-untimely" or case == "new180-boundary":
        received = _weekday_after(rnd, first.liquidation, 100, 150)
    elif case == "premature":
        received = _weekday_after(rnd, first.liquidation - dt.timedelta(days=30), 0, 20)
    elif case == "exact-last-day":
        received = last
    elif case == "partial-late":
        received = _weekday_after(rnd, last, 5, 30)
    elif case in ("no-liq-date", "no-entry-date"):
        received = _weekday_after(rnd, first.liquidation, 10, 80)
    else:
        latest = max(e.liquidation for e in entries if e.liquidation)
        received = _weekday_after(rnd, latest, 15, 130)
    letter = received - dt.timedelta(days=rnd.randint(1, 4))
    protestant = pick_party(rnd, FIRMS)
    agent_kind = rnd.choice(["broker", "law"])
    agent = pick_party(rnd, BROKERS if agent_kind == "broker" else LAW_FIRMS)
    category: str | None = {"appraisal": "appraised_value", "charges": "charges"}.get(
        case, "classification"
    )
    petition = None
    if case == "invalid":
        category = None
        petition = received - dt.timedelta(days=rnd.randint(20, 60))
    if case == "no-entry-date":
        first.entry_date = None
    if case == "no-liq-date":
        first.liquidation = None
    port = rnd.choice(PORTS)
    earlier = None
    if case in ("earlier-no-date", "earlier-dated"):
        number = f"{port[0]}-{str(received.year - 1)[2:]}-{rnd.randint(100000, 199999)}"
        earlier = (number, None if case == "earlier-no-date" else received - dt.timedelta(days=200))
    return ProtestFacts(
        case=case,
        protestant=protestant,
        importer_number=None if case == "no-ior" else ein(rnd) + rnd.choice(["", "", "00"]),
        address_given=case != "no-address",
        agent=agent,
        agent_kind=agent_kind,
        signer=rnd.choice(PEOPLE),
        signer_title=rnd.choice(TITLES),
        port=port,
        entries=entries,
        category=category,
        goods=goods,
        claimed_hts=_other_hts(goods[1], rnd),
        desc_given=case != "no-desc",
        justified=case != "no-justif",
        earlier=earlier,
        drawback=None if case == "no-drawback" else rnd.choice(["no", "no", "yes"]),
        accelerated=case == "accel-certified" or rnd.random() < 0.1,
        further_review=rnd.random() < 0.5,
        letter_date=letter,
        received=received,
        today=received + dt.timedelta(days=rnd.randint(5, 60)),
        petition_decision=petition,
    )


def _other_hts(hts: str, rnd: random.Random) -> str:
    head, sub = hts[:4], hts[5:7]
    return f"{head}.{(int(sub) + rnd.choice([1, 9, 10])) % 100:02d}.{rnd.randint(10, 99)}00"


def missing(f: ProtestFacts) -> list[str]:
    out = []
    if not f.address_given:
        out.append("174.13(a)(1)")
    if f.importer_number is None:
        out.append("174.13(a)(2)")
    if any(e.entry_date is None for e in f.entries):
        out.append("174.13(a)(3)")
    if any(e.liquidation is None for e in f.entries):
        out.append("174.13(a)(4)")
    if not f.desc_given:
        out.append("174.13(a)(5)")
    if not f.justified:
        out.append("174.13(a)(6)")
    if f.earlier and f.earlier[1] is None:
        out.append("174.13(a)(7)")
    if f.drawback is None:
        out.append("174.13(a)(9)")
    return out


def truth(f: ProtestFacts) -> dict[str, Any]:
    args = ["--today", f.today.isoformat()]
    if not f.stamped:
        args = ["--received", f.received.isoformat(), *args]
    elif f.clerk_date:
        args = ["--received", f.clerk_date.isoformat(), *args]
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": f.port[0],
        "received_date": f.received.isoformat(),
        "importer_number": f.importer_number,
        "protestant_name": f.protestant.name,
        "protestant_address": f.protestant.joined if f.address_given else None,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                "liquidation_date": e.liquidation.isoformat() if e.liquidation else None,
            }
            for e in f.entries
        ],
        "category": f.category,
        "merchandise_description": f.goods[0] if f.desc_given else None,
        "accelerated_disposition": f.accelerated,
        "further_review_requested": f.further_review,
        "signer_name": f.signer,
    }
    miss = missing(f)
    not_scored: list[str] = []
    decision: dict[str, Any] = {}
    timings, last_days = [], {}
    for e in f.entries:
        if e.liquidation is None:
            continue
        last = law.protest_last_day(e.entry_date, e.liquidation)
        last_days[e.number] = last.isoformat()
        timings.append(law.entry_timing(f.received, e.liquidation, last))
    outcome = law.protest_outcome(timings, f.case == "invalid", miss)
    decision["outcome"] = outcome
    if f.case == "invalid":
        not_scored.append(
            "deadline and last_days not scored: the protested decision is a "
            "petition decision, not a liquidation"
        )
    elif f.case == "no-liq-date":
        not_scored.append(
            "deadline, last_days and outcome not scored: with no liquidation date the "
            "protest's timeliness cannot be decided, and the contract does not say "
            "whether that is deficient or goes to a person"
        )
        del decision["outcome"]
    elif f.case == "no-entry-date":
        not_scored.append(
            "deadline and last_days not scored: without the entry date the 90- or "
            "180-day period is not known (the receipt is within 90 days either way)"
        )
    else:
        decision["deadline"] = min(last_days.values())
        decision["last_days"] = last_days
    decision["missing"] = miss
    if miss == ["174.13(a)(9)"] and outcome == "deficient":
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: the only open point is the 174.13(a)(9) "
            "declaration, whose wording is a VERIFY rule"
        )
    out: dict[str, Any] = {
        "kind": "protest",
        "case": f.case,
        "args": args,
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out
