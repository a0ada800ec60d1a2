"""Protest cases: what each document says, and the truth a careful officer draws from it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_seventeenth.law import (
    entry_number,
    is_business_day,
    next_business_day,
    protest_last_day,
    timeliness,
)
from bench.corpus_seventeenth.people import (
    FILERS,
    FIRMS,
    GOODS,
    PEOPLE,
    PORTS,
    TITLES,
    Goods,
    Party,
    pick_party,
    weekday_between,
)

CASES = ["timely", "untimely", "premature", "weekend-grace", "holiday-grace", "observed-grace",
         "exact-last-day", "partial-late", "old90-untimely", "no-ior", "no-desc", "no-justif",
         "no-address", "no-entry-date", "no-liq-date", "no-earlier-date", "invalid-petition",
         "no-drawback", "stamp-vs-arg", "many-entries", "weekend-late", "partial-premature",
         "earlier-ok", "appraisal-multi"]
COUNSEL_TITLES = ["Partner", "Of Counsel", "Attorney for Protestant", "Counsel to the Protestant",
                  "Attorney at law"]
MISSING_ORDER = ["174.13(a)(1)", "174.13(a)(2)", "174.13(a)(3)", "174.13(a)(4)", "174.13(a)(5)",
                 "174.13(a)(6)", "174.13(a)(7)", "174.13(a)(9)"]


@dataclass
class Entry:
    number: str
    entry_date: date | None
    liquidation: date | None


@dataclass
class Protest:
    """Everything one protest document prints."""

    case: str
    party: Party
    port: tuple[str, str]
    entries: list[Entry]
    category: str  # classification | appraised_value | penalty_petition
    goods: Goods
    received: date  # the day CBP received it
    today: date
    letter_date: date
    signer: str
    title: str
    firm: tuple[str, str, str] | None
    stamp: date | None = None  # receipt date printed on the page
    protest_number: str | None = None
    show_address: bool = True
    show_ior: bool = True
    show_desc: bool = True
    justification: bool = True
    drawback: bool = True
    further_review: bool = False
    accelerated: bool = False
    earlier: tuple[str, date | None] | None = None
    petition_decision: date | None = None
    notes: list[str] = field(default_factory=list)


def _liq_for_last_day(last: date) -> date:
    return last - timedelta(days=180)


def build(case: str, rng: random.Random) -> Protest:
    """The protest document for CASE, its dates chosen so the case holds."""
    party, goods = pick_party(rng), rng.choice(GOODS)
    port, filer = rng.choice(PORTS), rng.choice(FILERS)
    liq = weekday_between(rng, date(2023, 3, 1), date(2025, 6, 30))
    entry_date = liq - timedelta(days=rng.randint(150, 330))
    received = liq + timedelta(days=rng.randint(20, 170))
    while not is_business_day(received):  # mail and e-filings alike are logged on working days
        received += timedelta(days=1)
    entries = [Entry(entry_number(rng, filer), entry_date, liq)]
    category = rng.choice(["classification", "appraised_value"])
    firm = rng.choice(FIRMS) if rng.random() < 0.5 else None
    title = rng.choice(COUNSEL_TITLES if firm else TITLES)
    protest = Protest(case, party, port, entries, category, goods, received, received, received,
                      rng.choice(PEOPLE), title, firm,
                      further_review=rng.random() < 0.5, accelerated=rng.random() < 0.3)
    _shape(protest, case, rng, filer)
    protest.letter_date = protest.received - timedelta(days=rng.randint(1, 6))
    protest.today = protest.received + timedelta(days=rng.randint(0, 20))
    return protest


def _shape(p: Protest, case: str, rng: random.Random, filer: str) -> None:
    first = p.entries[0]
    assert first.liquidation is not None
    if case == "untimely":
        p.received = protest_last_day(first.entry_date, first.liquidation) + timedelta(days=9)
        while not is_business_day(p.received):
            p.received += timedelta(days=1)
    elif case == "premature":
        p.received = first.liquidation - timedelta(days=rng.randint(5, 25))
    elif case in ("weekend-grace", "weekend-late"):
        last = date(2024, 8, 3) + timedelta(days=7 * rng.randint(0, 20) + rng.choice([0, 1]))
        first.liquidation = _liq_for_last_day(last)
        first.entry_date = first.liquidation - timedelta(days=200)
        grace = next_business_day(last)
        p.received = grace if case == "weekend-grace" else next_business_day(grace)
    elif case == "holiday-grace":
        last = rng.choice([date(2024, 9, 2), date(2024, 11, 28), date(2025, 5, 26),
                           date(2024, 10, 14)])
        first.liquidation = _liq_for_last_day(last)
        first.entry_date = first.liquidation - timedelta(days=120)
        p.received = next_business_day(last)
    elif case == "observed-grace":
        last = date(2022, 12, 26)  # Christmas fell on a Sunday: observed Monday
        first.liquidation = _liq_for_last_day(last)
        first.entry_date = first.liquidation - timedelta(days=240)
        p.received = date(2022, 12, 27)
    elif case == "exact-last-day":
        p.received = protest_last_day(first.entry_date, first.liquidation)
        while not is_business_day(p.received):
            first.liquidation -= timedelta(days=1)
            p.received = protest_last_day(first.entry_date, first.liquidation)
    elif case in ("partial-late", "partial-premature"):
        if case == "partial-late":
            early_liq = p.received - timedelta(days=rng.randint(190, 230))
            p.entries.insert(0, Entry(entry_number(rng, filer), early_liq - timedelta(days=200),
                                      early_liq))
        else:
            later = p.received + timedelta(days=rng.randint(3, 30))
            p.entries.append(Entry(entry_number(rng, filer), later - timedelta(days=250), later))
    elif case == "old90-untimely":
        first.entry_date = date(2004, 11, rng.randint(2, 26))
        first.liquidation = date(2005, rng.randint(8, 10), rng.randint(3, 25))
        p.received = first.liquidation + timedelta(days=rng.randint(100, 150))
        while not is_business_day(p.received):
            p.received += timedelta(days=1)
    elif case == "no-ior":
        p.show_ior = False
    elif case == "no-desc":
        p.show_desc = False
    elif case == "no-justif":
        p.justification = False
    elif case == "no-address":
        p.show_address = False
    elif case == "no-entry-date":
        first.entry_date = None
    elif case == "no-liq-date":
        first.liquidation = None
    elif case in ("no-earlier-date", "earlier-ok"):
        number = f"{p.port[0]}-{(p.received.year - 1) % 100:02d}-{rng.randint(100000, 999999)}"
        before = p.received - timedelta(days=rng.randint(60, 200))
        receipt = None if case == "no-earlier-date" else before
        p.earlier = (number, receipt)
    elif case == "invalid-petition":
        p.category = "penalty_petition"
        p.petition_decision = p.received - timedelta(days=rng.randint(10, 40))
    elif case == "no-drawback":
        p.drawback = False
    elif case == "stamp-vs-arg":
        p.stamp = p.received
        p.protest_number = f"{p.port[0]}-{p.received.year % 100:02d}-{rng.randint(100000, 999999)}"
    elif case in ("many-entries", "appraisal-multi"):
        count = 34 if case == "many-entries" else 5
        if case == "appraisal-multi":
            p.category = "appraised_value"
        for _ in range(count - 1):
            liq = first.liquidation + timedelta(days=rng.randint(0, 12))
            entered = liq - timedelta(days=rng.randint(120, 300))
            p.entries.append(Entry(entry_number(rng, filer), entered,
                                   liq))
        p.received = max(e.liquidation for e in p.entries if e.liquidation) + timedelta(days=40)


def truth(p: Protest) -> dict[str, Any]:
    """The truth file for P: values, decision and the points the contract leaves open."""
    received = p.stamp or p.received
    not_scored: list[str] = []
    values: dict[str, Any] = {
        "protest_number": p.protest_number,
        "port_code": p.port[0],
        "received_date": received.isoformat(),
        "importer_number": p.party.ior if p.show_ior else None,
        "protestant_name": p.party.name,
        "protestant_address": p.party.address if p.show_address else None,
        "entries": [{"entry_number": e.number,
                     "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                     "liquidation_date": e.liquidation.isoformat() if e.liquidation else None}
                    for e in p.entries],
        "category": p.category,
        "merchandise_description": p.goods.description if p.show_desc else None,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    missing = _missing(p)
    decision: dict[str, Any] = {"missing": missing}
    clocks = [(e, protest_last_day(e.entry_date, e.liquidation))
              for e in p.entries if e.liquidation]
    if p.category == "penalty_petition":
        del values["category"]
        not_scored += ["category: a penalty-petition decision (171.22) is none of the contract's "
                       "protestable categories",
                       "deadline, last_days: the decision protested cannot be protested at all"]
        decision["outcome"] = "invalid"
        return _pack(p, values, decision, not_scored)
    if len(clocks) < len(p.entries):
        not_scored += ["deadline, last_days, outcome: no liquidation date is given, so timeliness "
                       "cannot be known and the contract does not settle the outcome"]
        return _pack(p, values, decision, not_scored)
    last_days = {e.number: day.isoformat() for e, day in clocks}
    decision["last_days"] = last_days
    decision["deadline"] = min(day for _, day in clocks).isoformat()
    states = {timeliness(p.received, e.liquidation, day) for e, day in clocks if e.liquidation}
    if "grace" in states or len(states) > 1:
        decision["outcome"] = "needs_human"
    elif states == {"premature"}:
        decision["outcome"] = "premature"
    elif states == {"untimely"}:
        decision["outcome"] = "untimely"
    elif missing == ["174.13(a)(9)"]:
        not_scored.append("outcome: the only open point is the missing 174.13(a)(9) drawback "
                          "declaration (a VERIFY line)")
    else:
        decision["outcome"] = "deficient" if missing else "accept"
    return _pack(p, values, decision, not_scored)


def _missing(p: Protest) -> list[str]:
    absent = {
        "174.13(a)(1)": not p.show_address,
        "174.13(a)(2)": not p.show_ior,
        "174.13(a)(3)": any(e.entry_date is None for e in p.entries),
        "174.13(a)(4)": any(e.liquidation is None for e in p.entries),
        "174.13(a)(5)": not p.show_desc,
        "174.13(a)(6)": not p.justification,
        "174.13(a)(7)": p.earlier is not None and p.earlier[1] is None,
        "174.13(a)(9)": not p.drawback,
    }
    return [item for item in MISSING_ORDER if absent[item]]


def _pack(p: Protest, values: dict[str, Any], decision: dict[str, Any],
          not_scored: list[str]) -> dict[str, Any]:
    args = ["--received", p.received.isoformat(), "--today", p.today.isoformat()]
    if p.stamp and p.case == "stamp-vs-arg":
        args[1] = (p.received + timedelta(days=3)).isoformat()
    return {"kind": "protest", "case": p.case, "args": args, "values": values,
            "decision": decision, "not_scored": not_scored}
