"""Protest cases: the situation each document shows and its truth under Part 174."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_nineteenth import law
from bench.corpus_nineteenth.parties import (
    GOODS,
    PORTS,
    Party,
    agent,
    entry_number,
    importer,
    person,
)

CASES = ["accept", "no-address", "untimely", "grace-weekend", "no-importer-number", "premature",
         "accept-continuation", "no-entry-date", "mixed-timeliness", "no-description",
         "grace-holiday", "no-justification", "penalty-petition", "pre2004-90day",
         "earlier-protest-no-date", "accelerated-certified", "boundary-2004", "no-drawback-line",
         "earlier-protest-full", "pre2004-late"]
CATEGORIES = ["classification", "appraised_value", "classification", "liquidation"]
# Weekday federal holidays 180 days after a business day (the liquidation).
HOLIDAY_LAST_DAYS = [date(2025, 10, 13), date(2025, 11, 11), date(2026, 1, 19), date(2025, 5, 26),
                     date(2026, 2, 16), date(2025, 9, 1)]
# The outcome each case is built to show; build() asserts it.
EXPECTED = {"accept": "accept", "untimely": "untimely", "premature": "premature",
            "grace-weekend": "needs_human", "grace-holiday": "needs_human",
            "mixed-timeliness": "needs_human", "boundary-2004": "needs_human",
            "pre2004-90day": "accept", "pre2004-late": "untimely", "accept-continuation": "accept",
            "accelerated-certified": "accept", "earlier-protest-full": "accept",
            "penalty-petition": "invalid"}


@dataclass
class Entry:
    number: str
    entry_date: date | None
    liquidation: date


@dataclass
class Protest:
    """One protest as its sender wrote it."""

    case: str
    producer: str
    party: Party
    agent: Party | None
    signer: str
    title: str
    port: tuple[str, str]
    entries: list[Entry]
    category: str
    goods: str | None
    received: date
    today: date
    written: date
    received_printed: bool
    protest_number: str | None
    date_style: str
    rng: random.Random
    justification: bool = True
    address_given: bool = True
    importer_given: bool = True
    accelerated: bool = False
    further_review: bool = False
    drawback_line: bool = True
    earlier: tuple[str, date | None] | None = None
    petition: bool = False
    notes: list[str] = field(default_factory=list)


def business(day: date) -> date:
    """The day itself, or the next business day: CBP liquidates and receives on business days."""
    return day if law.is_business_day(day) else law.next_business_day(day)


def _liquidation(rng: random.Random) -> date:
    return business(date(2024, 3, 1) + timedelta(days=rng.randint(0, 600)))


def _entries(rng: random.Random, count: int, liquidation: date) -> list[Entry]:
    found = []
    for _ in range(count):
        entered = liquidation - timedelta(days=rng.randint(300, 340))
        found.append(Entry(entry_number(rng), entered, liquidation))
    return found


def _grace_liquidation(rng: random.Random, holiday: bool) -> date:
    """A liquidation whose 180th day is a weekend day (or a weekday federal holiday)."""
    if holiday:
        return rng.choice(HOLIDAY_LAST_DAYS) - timedelta(days=180)
    day = _liquidation(rng)
    while law.last_day(None, day).weekday() < 5 or not law.is_business_day(day):
        day += timedelta(days=1)
    return day


def build(rng: random.Random, case: str, producer: str) -> Protest:
    """Draw the parties and dates that show `case`."""
    party = importer(rng)
    by_agent = rng.random() < 0.5
    port = rng.choice(PORTS)
    liquidation = _liquidation(rng)
    entries = _entries(rng, rng.choice([1, 1, 2, 3]), liquidation)
    received = liquidation + timedelta(days=rng.randint(15, 170))
    protest = Protest(
        case=case, producer=producer, party=party, agent=agent(rng) if by_agent else None,
        signer=person(rng), title=rng.choice(["Counsel", "Licensed Customs Broker", "Partner"])
        if by_agent else rng.choice(["President", "Director of Trade Compliance", "Controller"]),
        port=port, entries=entries, category=rng.choice(CATEGORIES),
        goods=rng.choice(GOODS),
        received=received, today=received, written=received, received_printed=rng.random() < 0.35,
        protest_number=None, date_style=rng.choice(["long", "us", "day-month", "abbrev", "iso"]),
        rng=rng, further_review=rng.random() < 0.4)
    _shape(protest, rng)
    expected = EXPECTED.get(case, "deficient")
    got = truth(protest)["decision"].get("outcome", "deficient")
    assert got == expected, f"protest case {case} came out {got}"
    protest.today = protest.received + timedelta(days=rng.randint(1, 12))
    protest.written = protest.received - timedelta(days=rng.randint(1, 4))
    if protest.received_printed:
        protest.protest_number = f"{port[0]}-{protest.received.year % 100:02d}-" \
                                 f"{rng.randint(100000, 199999)}"
    return protest


def _shape(p: Protest, rng: random.Random) -> None:
    """Bend the drawn protest into its case."""
    first = p.entries[0]
    if p.case == "no-address":
        p.address_given = False
    elif p.case == "no-importer-number":
        p.importer_given = False
    elif p.case == "no-entry-date":
        first.entry_date = None
        p.received = first.liquidation + timedelta(days=rng.randint(20, 80))
    elif p.case == "no-description":
        p.goods = None
    elif p.case == "no-justification":
        p.justification = False
    elif p.case == "no-drawback-line":
        p.drawback_line = False
    elif p.case == "untimely":
        p.received = law.last_day(first.entry_date, first.liquidation) + timedelta(
            days=rng.randint(6, 40))
    elif p.case == "premature":
        p.category = "classification"
        p.received = first.liquidation - timedelta(days=rng.randint(3, 25))
    elif p.case in ("grace-weekend", "grace-holiday"):
        p.category = "classification"
        liquidation = _grace_liquidation(rng, p.case == "grace-holiday")
        for entry in p.entries:
            entry.liquidation = liquidation
        p.received = law.next_business_day(law.last_day(first.entry_date, liquidation))
    elif p.case == "mixed-timeliness":
        early = business(first.liquidation - timedelta(days=rng.randint(40, 70)))
        p.entries = [Entry(first.number, early - timedelta(days=300), early),
                     Entry(entry_number(rng), first.entry_date, first.liquidation)]
        p.received = law.last_day(None, early) + timedelta(days=rng.randint(8, 20))
    elif p.case == "penalty-petition":
        p.petition = True
        p.received = first.liquidation + timedelta(days=rng.randint(20, 60))
    elif p.case in ("pre2004-90day", "pre2004-late"):
        entered = date(2004, rng.randint(6, 11), rng.randint(1, 28))
        liquidation = business(entered + timedelta(days=rng.randint(300, 360)))
        p.entries = [Entry(entry_number(rng), entered, liquidation)]
        p.received = liquidation + timedelta(days=rng.randint(30, 85) if p.case ==
                                             "pre2004-90day" else rng.randint(100, 170))
    elif p.case == "boundary-2004":
        liquidation = business(date(2005, 12, rng.randint(1, 20)))
        p.entries = [Entry(entry_number(rng), date(2004, 12, 17), liquidation),
                     Entry(entry_number(rng), date(2004, 12, 20), liquidation)]
        p.received = liquidation + timedelta(days=rng.randint(100, 160))
    elif p.case == "accelerated-certified":
        p.accelerated = True
    elif p.case == "accept-continuation":
        p.entries = _entries(rng, 6, first.liquidation)
    elif p.case.startswith("earlier-protest"):
        p.further_review = False
        number = f"{p.port[0]}-{(p.received.year - 1) % 100:02d}-{rng.randint(100000, 199999)}"
        filed = p.received - timedelta(days=rng.randint(200, 300))
        p.earlier = (number, filed if p.case == "earlier-protest-full" else None)
    while not law.is_business_day(p.received):
        p.received += timedelta(days=-1 if p.case == "premature" else 1)


def truth(p: Protest) -> dict[str, Any]:
    """The contract's values and decision a careful officer reads off this protest."""
    not_scored: list[str] = []
    values: dict[str, Any] = {
        "protest_number": p.protest_number, "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": p.party.importer_number if p.importer_given else None,
        "protestant_name": p.party.name,
        "protestant_address": ", ".join(p.party.address) if p.address_given else None,
        "entries": [{"entry_number": e.number,
                     "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                     "liquidation_date": e.liquidation.isoformat()} for e in p.entries],
        "category": p.category, "merchandise_description": p.goods,
        "accelerated_disposition": p.accelerated, "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    missing = _missing(p)
    decision: dict[str, Any] = {"missing": missing}
    if p.petition:
        for key in ("category", "entries"):
            values.pop(key)
            not_scored.append(f"{key}: a penalty-petition decision (19 CFR 171.22) is no "
                              "category of 1514(a) and has no liquidation date")
        not_scored.append("deadline, last_days: no protest period runs from a petition decision")
        decision["outcome"] = "invalid"
        return _wrap(p, values, decision, not_scored)
    timings = [law.timing(p.received, e.liquidation, law.last_day(e.entry_date, e.liquidation))
               for e in p.entries]
    if any(e.entry_date is None for e in p.entries):
        not_scored.append("deadline, last_days: with no entry date 174.12(e) cannot tell 90 "
                          "from 180 days (the protest came within 90 days: timely either way)")
    else:
        last_days = {e.number: law.last_day(e.entry_date, e.liquidation).isoformat()
                     for e in p.entries}
        decision["last_days"] = last_days
        decision["deadline"] = min(last_days.values())
    outcome = _outcome(timings, missing)
    if outcome == "deficient-a9-only":
        not_scored.append("outcome, missing: the only open point is the 174.13(a)(9) drawback "
                          "declaration, a VERIFY line")
        decision.pop("missing")
    else:
        decision["outcome"] = outcome
    return _wrap(p, values, decision, not_scored)


def _missing(p: Protest) -> list[str]:
    missing = []
    if not p.address_given:
        missing.append("174.13(a)(1)")
    if not p.importer_given:
        missing.append("174.13(a)(2)")
    if any(e.entry_date is None for e in p.entries):
        missing.append("174.13(a)(3)")
    if p.goods is None:
        missing.append("174.13(a)(5)")
    if not p.justification:
        missing.append("174.13(a)(6)")
    if p.earlier is not None and p.earlier[1] is None:
        missing.append("174.13(a)(7)")
    if not p.drawback_line:
        missing.append("174.13(a)(9)")
    return missing


def _outcome(timings: list[str], missing: list[str]) -> str:
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"untimely"}:
        return "untimely"
    if missing == ["174.13(a)(9)"]:
        return "deficient-a9-only"
    return "deficient" if missing else "accept"


def _wrap(p: Protest, values: dict[str, Any], decision: dict[str, Any],
          not_scored: list[str]) -> dict[str, Any]:
    args = ["--today", p.today.isoformat()]
    if not p.received_printed:
        args = ["--received", p.received.isoformat(), *args]
    return {"kind": "protest", "case": p.case, "args": args, "values": values,
            "decision": decision, "not_scored": not_scored}
