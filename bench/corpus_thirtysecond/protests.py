"""Protest cases: the facts a sender prints and the truth computed from them by law.py."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from . import law
from .parties import FILERS, GOODS, PORTS, Party, entry, party

CASES = (
    "accept", "multi-accept", "untimely", "premature", "weekend-grace", "holiday-grace",
    "no-address", "no-ior", "invalid-petition", "no-entry-date", "no-desc", "old90-timely",
    "partial-late", "no-justif", "earlier-no-date", "exact-last-day", "no-liq-date",
    "exclusion", "weekend-late", "two-ports", "no-drawback-decl", "old90-untimely", "charges",
    "stamp-vs-arg",
)
DAY = dt.timedelta(days=1)


@dataclass
class Entry:
    number: str
    date: dt.date | None
    liquidation: dt.date | None
    port: str


@dataclass
class Protest:
    case: str
    who: Party
    port: tuple[str, str]
    entries: list[Entry]
    category: str
    goods: tuple[str, str, str]
    received: dt.date
    stamped: bool
    argued_received: dt.date | None
    today: dt.date
    accelerated: bool
    further_review: bool
    give_address: bool = True
    give_ior: bool = True
    give_desc: bool = True
    justify: bool = True
    drawback: bool = True
    earlier: tuple[str, dt.date | None] | None = None
    petition: bool = False
    protest_number: str | None = None
    notes: list[str] = field(default_factory=list)


def _liquidation_with_last_day(rng: random.Random, good: Any) -> dt.date:
    """A 2024-2026 liquidation date whose last day passes the test `good`."""
    while True:
        liq = dt.date(2024, 1, 8) + rng.randint(0, 800) * DAY
        if good(liq + 180 * DAY) and law.business_day(liq):
            return liq


def _business(day: dt.date, step: int = -1) -> dt.date:
    while not law.business_day(day):
        day += step * DAY
    return day


def make(index: int, seed: int) -> Protest:
    rng = random.Random(f"protest-{seed}-{index}")
    case = CASES[index % len(CASES)]
    port = rng.choice(PORTS)
    filer = rng.choice(FILERS)
    liq = _liquidation_with_last_day(rng, law.business_day)
    last = liq + 180 * DAY
    received = _business(liq + rng.randint(20, 170) * DAY)
    count = 3 if case in ("multi-accept", "two-ports") else 2 if case == "partial-late" else 1
    count = rng.choice((1, 2)) if count == 1 and rng.random() < 0.3 else count
    entries = []
    for _ in range(count):
        liq_n = _business(liq + rng.choice((0, 0, 7, 14)) * DAY)
        entries.append(Entry(entry(rng, filer), liq_n - rng.randint(200, 330) * DAY, liq_n,
                             port[0]))
    category = rng.choice(("classification", "appraised_value", "classification"))
    if case == "untimely":
        received = _business(last + rng.randint(20, 40) * DAY, 1)
    elif case == "premature":
        received = _business(liq - rng.randint(3, 25) * DAY)
    elif case in ("weekend-grace", "weekend-late", "holiday-grace"):
        if case == "holiday-grace":
            liq = _liquidation_with_last_day(
                rng, lambda d: d.weekday() < 5 and not law.business_day(d))
        else:
            liq = _liquidation_with_last_day(rng, lambda d: d.weekday() == 5)
        last = liq + 180 * DAY
        grace = law.next_business_day(last)
        received = grace if case != "weekend-late" else law.next_business_day(grace)
        entries = [Entry(e.number, liq - rng.randint(200, 300) * DAY, liq, port[0])
                   for e in entries[:1]]
    elif case == "exact-last-day":
        received = last
        for e in entries:
            e.liquidation = liq
    elif case in ("old90-timely", "old90-untimely"):
        liq = dt.date(2005, 3, 1)
        received = dt.date(2005, 5, 27) if case == "old90-timely" else dt.date(2005, 6, 10)
        entries = [Entry(entries[0].number, dt.date(2004, 12, 17), liq, port[0])]
    elif case == "partial-late":
        entries[0].liquidation = _business(liq - 196 * DAY)
        entries[1].liquidation = liq
        entries[0].date = entries[0].liquidation - 250 * DAY
    elif case == "two-ports":
        other = rng.choice([p for p in PORTS if p != port])
        entries[-1].port = other[0]
    elif case == "exclusion":
        category = "exclusion"
        for e in entries:
            e.liquidation = liq  # the date of the exclusion decision, no liquidation
    elif case == "charges":
        category = "charges"
    stamped = rng.random() < 0.5 or case == "stamp-vs-arg"
    argued = None
    if case == "stamp-vs-arg":
        argued = received + rng.randint(2, 6) * DAY
    p = Protest(case, party(rng), port, entries, category, rng.choice(GOODS), received, stamped,
                argued, received + rng.randint(1, 40) * DAY, rng.random() < 0.3,
                rng.random() < 0.5)
    if case == "no-address":
        p.give_address = False
    elif case == "no-ior":
        p.give_ior = False
    elif case == "no-entry-date":
        p.entries[0].date = None
    elif case == "no-liq-date":
        for e in p.entries:
            e.liquidation = None
    elif case == "no-desc":
        p.give_desc = False
    elif case == "no-justif":
        p.justify = False
    elif case == "no-drawback-decl":
        p.drawback = False
    elif case == "earlier-no-date":
        p.earlier = (f"{port[0]}-{str(liq.year)[2:]}-{rng.randint(100000, 199999)}", None)
    elif case == "invalid-petition":
        p.petition = True
    elif rng.random() < 0.15:
        when = liq + rng.randint(3, 15) * DAY
        p.earlier = (f"{port[0]}-{str(when.year)[2:]}-{rng.randint(100000, 199999)}", when)
    return p


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def truth(p: Protest) -> dict[str, Any]:
    """The values the document gives and the decision the law makes on them."""
    not_scored: list[str] = []
    args = ([] if p.stamped and p.argued_received is None else
            ["--received", (p.argued_received or p.received).isoformat()])
    values: dict[str, Any] = {
        "protest_number": p.protest_number,
        "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": p.who.ior if p.give_ior else None,
        "protestant_name": p.who.name,
        "protestant_address": p.who.joined if p.give_address else None,
        "entries": [{"entry_number": e.number, "entry_date": _iso(e.date),
                     "liquidation_date": _iso(e.liquidation)} for e in p.entries],
        "category": p.category,
        "merchandise_description": p.goods[0] if p.give_desc else None,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.who.signer,
    }
    missing = [f"174.13(a)({n})" for n, gap in (
        (1, not p.give_address), (2, not p.give_ior),
        (3, any(e.date is None for e in p.entries)),
        (4, any(e.liquidation is None for e in p.entries)), (5, not p.give_desc),
        (6, not p.justify), (7, p.earlier is not None and p.earlier[1] is None),
        (9, not p.drawback)) if gap]
    decision: dict[str, Any] = {"missing": missing}
    last_days = {e.number: law.protest_last_day(e.date, e.liquidation)
                 for e in p.entries if e.date and e.liquidation}
    timings = {law.timing(p.received, e.liquidation, last_days[e.number],
                          p.category != "exclusion")
               for e in p.entries if e.liquidation and e.number in last_days}
    if p.petition:
        values.pop("category")
        not_scored += ["category: a penalty-petition decision is none of the contract's categories",
                       "deadline, last_days: a petition decision cannot be protested"]
        decision["outcome"] = "invalid"
    elif len(last_days) < len(p.entries):
        gap = "entry date" if any(e.date is None for e in p.entries) else "liquidation date"
        not_scored.append(f"deadline, last_days: no {gap}, so no last day")
        if gap == "liquidation date":
            not_scored.append("outcome: no liquidation date, timeliness unknown (VERIFY)")
        else:
            decision["outcome"] = "deficient"
    else:
        decision["deadline"] = min(last_days.values()).isoformat()
        decision["last_days"] = {k: v.isoformat() for k, v in last_days.items()}
        if "grace" in timings or len(timings) > 1:
            decision["outcome"] = "needs_human"
        elif timings == {"premature"}:
            decision["outcome"] = "premature"
        elif timings == {"untimely"}:
            decision["outcome"] = "untimely"
        elif missing == ["174.13(a)(9)"]:
            not_scored.append("outcome: only the drawback declaration is missing (VERIFY)")
        else:
            decision["outcome"] = "deficient" if missing else "accept"
    args += ["--today", p.today.isoformat()]
    return {"kind": "protest", "case": p.case, "args": args, "values": values,
            "decision": decision, "not_scored": not_scored}
