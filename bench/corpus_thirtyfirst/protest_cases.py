"""Protest situations across the law, and the truth the rules give for each."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.corpus_thirtyfirst import law
from bench.corpus_thirtyfirst.entries import day_between, entry_number, weekday_on_or_after
from bench.corpus_thirtyfirst.pools import COMPANIES, GOODS, PEOPLE, PORTS

CASES = [
    "timely",
    "multi",
    "exact-last-day",
    "untimely",
    "weekend-grace",
    "holiday-grace",
    "weekend-late",
    "premature",
    "partial-late",
    "old90-timely",
    "old90-untimely",
    "invalid-petition",
    "no-address",
    "no-ior",
    "no-entry-date",
    "no-liq-date",
    "no-desc",
    "no-justif",
    "earlier-no-date",
    "no-drawback",
    "earlier-with-date",
    "stamp-vs-arg",
    "charges",
    "afr-accel",
]
OMITS = {
    "no-address": "address",
    "no-ior": "ior",
    "no-entry-date": "entry_date",
    "no-liq-date": "liq_date",
    "no-desc": "desc",
    "no-justif": "justif",
    "no-drawback": "drawback",
}
D = dt.timedelta


@dataclass
class Entry:
    number: str
    entered: dt.date
    liquidated: dt.date
    port: str


@dataclass
class ProtestFacts:
    case: str
    name: str
    address: list[str]
    ior: str
    port: tuple[str, str]
    entries: list[Entry]
    category: str
    goods: tuple[str, str, str, str]
    received: dt.date
    today: dt.date
    signer: str
    omit: set[str] = field(default_factory=set)
    protest_number: str | None = None
    stamp: bool = False
    arg_received: dt.date | None = None
    accelerated: bool = False
    further_review: bool = False
    earlier: tuple[str, dt.date | None] | None = None
    petition: dt.date | None = None  # date of a penalty-petition decision protested (invalid)


def _entries(
    rng: random.Random, count: int, liq: dt.date, port: str, old: bool = False
) -> list[Entry]:
    out = []
    for i in range(count):
        entered = (
            dt.date(2004, 12, 17) - D(days=rng.randrange(0, 20))
            if old
            else liq - D(days=rng.randrange(300, 340))
        )
        liquidated = liq if i == 0 else weekday_on_or_after(liq + D(days=7 * i))
        out.append(Entry(entry_number(rng), entered, liquidated, port))
    return out


def _liq_for_last(rng: random.Random, want: str) -> dt.date:
    """A liquidation date whose last day falls on a weekend (want=weekend) or a weekday holiday."""
    liq = day_between(rng, dt.date(2023, 1, 9), dt.date(2025, 6, 30))
    while True:
        last = law.protest_last_day(dt.date(2023, 1, 1), liq)
        weekend = last.weekday() >= 5
        holiday = not weekend and not law.business_day(last)
        if (want == "weekend" and weekend) or (want == "holiday" and holiday):
            return liq
        liq += D(days=1)


def facts(case: str, rng: random.Random) -> ProtestFacts:
    name, address = rng.choice(COMPANIES)
    port = rng.choice(PORTS)
    liq = weekday_on_or_after(day_between(rng, dt.date(2023, 2, 1), dt.date(2026, 2, 27)))
    count = 3 if case == "multi" else 2 if case in ("partial-late", "earlier-no-date") else 1
    old = case.startswith("old90")
    if old:
        liq = weekday_on_or_after(day_between(rng, dt.date(2005, 2, 1), dt.date(2005, 6, 30)))
    if case in ("weekend-grace", "weekend-late", "holiday-grace"):
        liq = _liq_for_last(rng, "holiday" if case == "holiday-grace" else "weekend")
    entries = _entries(rng, count, liq, port[0], old)
    if case == "multi":
        entries[1].port = rng.choice([p for p in PORTS if p != port])[0]
    last = min(law.protest_last_day(e.entered, e.liquidated) for e in entries)
    first_liq = max(e.liquidated for e in entries)
    received = {
        "exact-last-day": last,
        "untimely": last + D(days=rng.randrange(9, 40)),
        "weekend-grace": law.next_business_day(last),
        "holiday-grace": law.next_business_day(last),
        "weekend-late": law.next_business_day(law.next_business_day(last)),
        "premature": entries[0].liquidated - D(days=rng.randrange(6, 30)),
        "partial-late": last + D(days=3),
        "old90-untimely": last + D(days=rng.randrange(12, 50)),
    }.get(case, first_liq + D(days=rng.randrange(20, 80) if old else rng.randrange(25, 160)))
    if case in ("untimely", "old90-untimely", "partial-late"):
        while law.timing(received, liq, last, True) != "untimely":
            received += D(days=1)
    f = ProtestFacts(
        case=case,
        name=name,
        address=address,
        ior=f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        port=port,
        entries=entries,
        category="charges"
        if case == "charges"
        else rng.choice(["classification", "classification", "appraised_value"]),
        goods=rng.choice(GOODS),
        received=received,
        today=received + D(days=rng.randrange(3, 45)),
        signer=rng.choice(PEOPLE),
        omit={OMITS[case]} if case in OMITS else set(),
    )
    if case == "partial-late":  # the second entry liquidated weeks later is still in time
        entries[1].liquidated = weekday_on_or_after(entries[0].liquidated + D(days=40))
    f.accelerated = case == "afr-accel" or rng.random() < 0.2
    f.further_review = case == "afr-accel" or rng.random() < 0.3
    if case in ("earlier-no-date", "earlier-with-date"):
        earlier_received = entries[0].liquidated + D(days=rng.randrange(5, 20))
        f.earlier = (
            f"{port[0]}-{earlier_received.year % 100:02d}-{rng.randrange(100000, 130000):06d}",
            None if case == "earlier-no-date" else earlier_received,
        )
    if case == "invalid-petition":
        f.petition = received - D(days=rng.randrange(10, 40))
        f.category = "none"
    if case == "stamp-vs-arg":
        f.stamp, f.arg_received = True, received + D(days=rng.randrange(4, 12))
    elif rng.random() < 0.25:
        f.stamp = True
    return f


def truth(f: ProtestFacts) -> dict[str, Any]:
    printed_received = f.stamp or f.protest_number is not None
    args = (
        []
        if printed_received and not f.arg_received
        else ["--received", (f.arg_received or f.received).isoformat()]
    )
    entries = [
        {
            "entry_number": e.number,
            "entry_date": None if "entry_date" in f.omit else e.entered.isoformat(),
            "liquidation_date": None if "liq_date" in f.omit else e.liquidated.isoformat(),
        }
        for e in f.entries
    ]
    values = {
        "protest_number": f.protest_number,
        "port_code": f.port[0],
        "received_date": f.received.isoformat(),
        "importer_number": None if "ior" in f.omit else f.ior,
        "protestant_name": f.name,
        "protestant_address": None if "address" in f.omit else ", ".join(f.address),
        "entries": entries,
        "category": None if f.category == "none" else f.category,
        "merchandise_description": None if "desc" in f.omit else f.goods[0],
        "accelerated_disposition": f.accelerated,
        "further_review_requested": f.further_review,
        "signer_name": f.signer,
    }
    items = {
        "address": 1,
        "ior": 2,
        "entry_date": 3,
        "liq_date": 4,
        "desc": 5,
        "justif": 6,
        "drawback": 9,
    }
    missing = sorted(items[o] for o in f.omit)
    if f.earlier and f.earlier[1] is None:
        missing = sorted([*missing, 7])
    last_days = {e.number: law.protest_last_day(e.entered, e.liquidated) for e in f.entries}
    timings = [law.timing(f.received, e.liquidated, last_days[e.number], True) for e in f.entries]
    outcome = law.protest_outcome(timings, f.petition is not None, missing)
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in last_days.items()},
        "missing": [f"174.13(a)({n})" for n in missing],
    }
    not_scored = []
    if f.omit & {"entry_date", "liq_date"} or f.petition:
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline and last_days not scored: "
            + (
                "a penalty petition decision is protested, not a liquidation"
                if f.petition
                else "the document leaves out a date the last day is counted from"
            )
        )
    if "liq_date" in f.omit or missing == [9]:
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: "
            + (
                "no liquidation date is given, so timeliness cannot be told"
                if "liq_date" in f.omit
                else "the only open point is the 174.13(a)(9) declaration, "
                "whose wording is a VERIFY rule"
            )
        )
    result: dict[str, Any] = {
        "kind": "protest",
        "case": f.case,
        "args": [*args, "--today", f.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        result["not_scored"] = not_scored
    return result
