"""Protest facts per case and their truth under 19 CFR Part 174 (customs-rules.md section 1)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from . import law
from .people import COMPANIES, GOODS, PORTS, ein, entry_number, filer_code

D = dt.timedelta
CASES = [
    "accept",
    "untimely",
    "premature",
    "weekend-grace",
    "no-ior",
    "partial-late",
    "no-desc",
    "no-entry-date",
    "invalid",
    "holiday-grace",
    "old90-untimely",
    "exact-last-day",
    "no-justif",
    "earlier-no-date",
    "no-address",
    "weekend-timely",
    "multi-accel",
    "appraisal-review",
]
MISSING = {
    "no-address": "174.13(a)(1)",
    "no-ior": "174.13(a)(2)",
    "no-entry-date": "174.13(a)(3)",
    "no-desc": "174.13(a)(5)",
    "no-justif": "174.13(a)(6)",
    "earlier-no-date": "174.13(a)(7)",
}


@dataclass
class Entry:
    number: str
    entered: dt.date
    liquidated: dt.date


@dataclass
class Protest:
    case: str
    name: str
    address: list[str]
    ior: str
    port: tuple[str, str]
    number: str | None
    received: dt.date
    today: dt.date
    entries: list[Entry]
    category: str
    goods: str
    hts: str
    accelerated: bool
    review: bool


def _weekday(day: dt.date) -> dt.date:
    while not law.is_business_day(day):
        day += D(days=1)
    return day


def _liquidation_with_last(rng: random.Random, want: str) -> dt.date:
    """A business-day liquidation whose last day (180 days on) is of the kind wanted."""
    while True:
        liq = dt.date(2024, 1, 2) + D(days=rng.randrange(560))
        last = liq + D(days=180)
        if want == "weekend" and last.weekday() >= 5 and law.is_business_day(liq):
            return liq
        if (
            want == "holiday"
            and last.weekday() < 5
            and not law.is_business_day(last)
            and law.is_business_day(liq)
        ):
            return liq
        if want == "business" and law.is_business_day(last) and law.is_business_day(liq):
            return liq


def build(rng: random.Random, case: str) -> Protest:
    name, address = rng.choice(COMPANIES)
    port = rng.choice(PORTS)
    goods, hts = rng.choice(GOODS)
    filer = filer_code(rng)
    count = (
        4 if case == "multi-accel" else rng.choice([1, 1, 2, 3]) if case != "partial-late" else 2
    )
    want = {
        "weekend-grace": "weekend",
        "weekend-timely": "weekend",
        "holiday-grace": "holiday",
    }.get(case, "business")
    liq = _liquidation_with_last(rng, want)
    last = liq + D(days=180)
    received = {
        "untimely": _weekday(last + D(days=rng.randrange(6, 40))),
        "premature": _weekday(liq - D(days=rng.randrange(12, 40))),
        "weekend-grace": law.next_business_day(last),
        "holiday-grace": law.next_business_day(last),
        "exact-last-day": last,
        "no-entry-date": _weekday(liq + D(days=rng.randrange(20, 80))),
        "weekend-timely": last - D(days=last.weekday() - 4),
    }.get(case, _weekday(liq + D(days=rng.randrange(20, 150))))
    if received <= liq and case != "premature":
        received = law.next_business_day(liq)
    entries = []
    for i in range(count):
        this_liq = liq if i == 0 else liq + D(days=rng.choice([0, 0, 7, 14]))
        if case in (
            "premature",
            "untimely",
            "weekend-grace",
            "holiday-grace",
            "exact-last-day",
            "weekend-timely",
        ):
            this_liq = liq
        entries.append(
            Entry(entry_number(rng, filer), this_liq - D(days=rng.randrange(250, 340)), this_liq)
        )
    if case == "old90-untimely":
        entered = dt.date(2004, 12, rng.randrange(1, 17))
        liq90 = _weekday(dt.date(2005, 6, 1) + D(days=rng.randrange(120)))
        entries = [Entry(entry_number(rng, filer), entered, liq90)]
        received = _weekday(liq90 + D(days=rng.randrange(100, 170)))
    if case == "partial-late":
        late_liq = _weekday(received - D(days=rng.randrange(190, 240)))
        entries[1] = Entry(entries[1].number, late_liq - D(days=rng.randrange(250, 340)), late_liq)
    number = (
        f"{port[0]}-{received.strftime('%y')}-{rng.randrange(100000, 999999)}"
        if rng.random() < 0.6
        else None
    )
    category = (
        "appraised_value" if case == "appraisal-review" or rng.random() < 0.25 else "classification"
    )
    return Protest(
        case,
        name,
        address,
        ein(rng),
        port,
        number,
        received,
        received + D(days=rng.randrange(3, 25)),
        entries,
        category,
        goods,
        hts,
        case == "multi-accel" or rng.random() < 0.25,
        case == "appraisal-review" or rng.random() < 0.4,
    )


def truth(p: Protest) -> dict[str, Any]:
    """values, decision and not_scored for one protest, decided as a careful officer would."""
    not_scored: list[str] = []
    values: dict[str, Any] = {
        "protest_number": p.number,
        "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": None if p.case == "no-ior" else p.ior,
        "protestant_name": p.name,
        "protestant_address": None if p.case == "no-address" else ", ".join(p.address),
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": None if p.case == "no-entry-date" else e.entered.isoformat(),
                "liquidation_date": e.liquidated.isoformat(),
            }
            for e in p.entries
        ],
        "category": p.category,
        "merchandise_description": None if p.case == "no-desc" else p.goods,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.review,
    }
    lasts = {e.number: law.protest_last_day(e.entered, e.liquidated) for e in p.entries}
    timings = {law.timing(p.received, e.liquidated, lasts[e.number]) for e in p.entries}
    if timings == {"premature"}:
        outcome = "premature"
    elif "grace" in timings or len(timings) > 1:
        outcome = "needs_human"
    elif timings == {"late"}:
        outcome = "untimely"
    elif p.case == "invalid":
        outcome = "invalid"
    elif p.case in MISSING:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {
        "outcome": outcome,
        "missing": [MISSING[p.case]] if p.case in MISSING else [],
    }
    if p.case == "invalid":
        del values["category"]
        not_scored += [
            "category: a penalty-petition decision (171.22) is none of the contract's categories",
            "deadline, last_days: a decision that cannot be protested has no protest period",
        ]
    elif p.case == "no-entry-date":
        not_scored.append(
            "deadline, last_days: without the entry date 174.12(e) cannot tell 90 from 180 days"
        )
    else:
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
    return {"values": values, "decision": decision, "not_scored": not_scored}
