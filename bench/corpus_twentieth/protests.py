"""Protest cases: the facts one document shows, and the truth a careful officer draws from them."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_twentieth import law
from bench.corpus_twentieth.people import (
    CITIES,
    COMPANIES,
    GOODS,
    PEOPLE,
    PORTS,
    STREETS,
    filer_code,
    importer_number,
    new_entry,
)

# Each case shows one situation; the generator alternates variants between the two producers.
PROTEST_CASES = ("timely", "multi-value", "untimely", "premature", "grace", "mixed",
                 "ninety-day", "petition-invalid", "deficient-a", "deficient-b", "earlier-protest",
                 "classification")
CATEGORY_BY_CASE = {"multi-value": "appraised_value", "classification": "classification"}


@dataclass
class Entry:
    number: str
    entry_date: date | None
    liquidation: date


@dataclass
class Protest:
    case: str
    name: str
    address: list[str]
    importer: str | None
    port: tuple[str, str]
    entries: list[Entry]
    category: str
    goods: str | None
    accelerated: bool
    further_review: bool
    signer: str
    title: str
    agent: tuple[str, str, str] | None
    letter_date: date
    received: date
    today: date
    earlier: tuple[str, date | None] | None = None
    petition_decision: date | None = None
    stamp: bool = False
    not_scored: list[str] = field(default_factory=list)

    def truth(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "protest_number": None, "port_code": self.port[0],
            "received_date": self.received.isoformat(), "importer_number": self.importer,
            "protestant_name": self.name, "protestant_address": ", ".join(self.address),
            "entries": [{"entry_number": e.number,
                         "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                         "liquidation_date": e.liquidation.isoformat()} for e in self.entries],
            "category": self.category, "merchandise_description": self.goods,
            "accelerated_disposition": self.accelerated,
            "further_review_requested": self.further_review, "signer_name": self.signer}
        last_days = {e.number: law.last_day(e.entry_date, e.liquidation).isoformat()
                     for e in self.entries}
        decision: dict[str, Any] = {"outcome": self.outcome(), "deadline": min(last_days.values()),
                                    "last_days": last_days, "missing": self.missing()}
        for key in list(values):
            if any(reason.startswith(key) for reason in self.not_scored):
                del values[key]
        for key in list(decision):
            if any(reason.startswith(key) for reason in self.not_scored):
                del decision[key]
        truth: dict[str, Any] = {"kind": "protest", "case": self.case,
                                 "args": ["--received", self.received.isoformat(),
                                          "--today", self.today.isoformat()],
                                 "values": values, "decision": decision}
        if self.not_scored:
            truth["not_scored"] = self.not_scored
        return truth

    def missing(self) -> list[str]:
        items = []
        if self.importer is None:
            items.append("174.13(a)(2)")
        if any(e.entry_date is None for e in self.entries):
            items.append("174.13(a)(3)")
        if self.goods is None:
            items.append("174.13(a)(5)")
        if self.earlier is not None and self.earlier[1] is None:
            items.append("174.13(a)(7)")
        return items

    def outcome(self) -> str:
        kinds = {law.timing(self.received, e.entry_date, e.liquidation) for e in self.entries}
        if "grace" in kinds or len(kinds) > 1:
            return "needs_human"
        if kinds == {"premature"}:
            return "premature"
        if kinds == {"untimely"}:
            return "untimely"
        if self.petition_decision is not None:
            return "invalid"
        return "deficient" if self.missing() else "accept"


def _business(day: date) -> date:
    while not law.is_business_day(day):
        day += timedelta(days=1)
    return day


def _grace_liquidation(rng: random.Random, holiday: bool) -> date:
    """A liquidation date whose day 180 falls on a weekend (or a federal holiday)."""
    start = date(2024, 3, 1) + timedelta(days=rng.randrange(200))
    for offset in range(400):
        liq = start + timedelta(days=offset)
        last = liq + timedelta(days=180)
        if not law.is_business_day(liq):
            continue
        if holiday and last.weekday() < 5 and not law.is_business_day(last):
            return liq
        if not holiday and last.weekday() == 5:
            return liq
    raise AssertionError("no grace liquidation date found")


def make_protest(rng: random.Random, case: str, variant: int) -> Protest:
    """Facts for one protest; `variant` (0 or 1) picks the producer's side of a paired case."""
    port = rng.choice(PORTS)
    name = rng.choice(COMPANIES)
    address = [rng.choice(STREETS), rng.choice(CITIES)]
    filer = filer_code(rng)
    goods, _hts, _material = rng.choice(GOODS)
    category = CATEGORY_BY_CASE.get(case, rng.choice(["classification", "appraised_value"]))
    liq = _business(date(2024, 6, 3) + timedelta(days=rng.randrange(300)))
    count = 3 if case in ("multi-value", "mixed") else rng.choice([1, 1, 2])
    entries = []
    for i in range(count):
        entry_date = liq - timedelta(days=300 + 17 * i + rng.randrange(30))
        entries.append(Entry(new_entry(rng, filer), entry_date, liq))
    received = _business(liq + timedelta(days=rng.randrange(25, 150)))
    protest = Protest(
        case=case, name=name, address=address, importer=importer_number(rng), port=port,
        entries=entries, category=category, goods=goods[0].upper() + goods[1:],
        accelerated=False, further_review=rng.random() < 0.5, signer=rng.choice(PEOPLE),
        title=rng.choice(["Vice President, Operations", "Import Compliance Manager",
                          "President", "Director of Trade Compliance", "Owner"]),
        agent=None, letter_date=received - timedelta(days=rng.randrange(2, 6)),
        received=received, today=received + timedelta(days=rng.randrange(3, 40)))
    if case == "multi-value":
        protest.accelerated = True
        protest.further_review = False
    elif case == "untimely":
        last = law.last_day(entries[0].entry_date, liq)
        protest.received = _business(last + timedelta(days=rng.randrange(6, 40)))
    elif case == "premature":
        for entry in entries:
            entry.liquidation = _business(liq + timedelta(days=40))
        protest.received = _business(liq + timedelta(days=rng.randrange(3, 20)))
    elif case == "grace":
        new_liq = _grace_liquidation(rng, holiday=variant == 1)
        for entry in entries:
            entry.liquidation = new_liq
            entry.entry_date = new_liq - timedelta(days=250)
        protest.received = law.next_business_day(new_liq + timedelta(days=180))
    elif case == "mixed":
        entries[0].liquidation = _business(liq - timedelta(days=200))
        entries[0].entry_date = entries[0].liquidation - timedelta(days=300)
        protest.received = _business(liq + timedelta(days=30))
    elif case == "ninety-day":
        entries[:] = entries[:1]
        entries[0].entry_date = date(2004, 12, 17) if variant == 0 else date(2004, 12, 20)
        entries[0].liquidation = _business(date(2005, 9, 12) + timedelta(days=rng.randrange(40)))
        # day 120: untimely on the 90-day clock, timely on the 180-day one
        protest.received = _business(entries[0].liquidation + timedelta(days=120))
    elif case == "petition-invalid":
        protest.petition_decision = _business(liq + timedelta(days=20))
        protest.received = _business(protest.petition_decision + timedelta(days=35))
        protest.not_scored = [
            "category not scored: a penalty-petition decision (19 CFR 171.22) is none of the "
            "contract's protestable categories",
            "deadline not scored: the contract leaves the clock of an unprotestable decision open",
            "last_days not scored: as deadline"]
    elif case == "deficient-a":
        if variant == 0:
            protest.importer = None
        else:
            protest.goods = None
    elif case == "deficient-b":
        if variant == 0:
            protest.earlier = (f"{port[0]}-{str(liq.year)[2:]}-{rng.randrange(10**5, 10**6)}", None)
        else:
            for entry in entries:
                entry.entry_date = None
            protest.received = _business(liq + timedelta(days=rng.randrange(20, 60)))
            protest.not_scored = [
                "deadline not scored: without an entry date 174.12(e) cannot tell 90 from 180 days",
                "last_days not scored: as deadline"]
    elif case == "earlier-protest":
        protest.earlier = (f"{port[0]}-{str(liq.year)[2:]}-{rng.randrange(10**5, 10**6)}",
                           liq + timedelta(days=rng.randrange(5, 20)))
        protest.further_review = True
    if case == "deficient-b" and variant == 0:
        protest.further_review = True
    if protest.received <= protest.letter_date:
        protest.letter_date = protest.received - timedelta(days=2)
    protest.today = protest.received + timedelta(days=rng.randrange(3, 40))
    protest.stamp = rng.random() < 0.3
    return protest
