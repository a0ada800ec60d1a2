"""Protest cases: the facts of each case, its truth under 19 U.S.C. 1514 and 19 CFR 174."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from bench.corpus_eleventh import people
from bench.corpus_eleventh.law import (
    entry_timing,
    federal_holidays,
    is_business_day,
    last_day,
    next_business_day,
)

CATEGORIES = ("classification", "appraised_value", "charges")


@dataclass(frozen=True)
class Entry:
    number: str
    entered: date | None
    liquidated: date | None


@dataclass(frozen=True)
class ProtestFacts:
    name: str
    address: tuple[str, str] | None
    ior: str | None
    port: tuple[str, str]
    entries: tuple[Entry, ...]
    category: str | None  # None: a penalty-petition decision (not protestable)
    description: str | None
    justified: bool
    earlier: tuple[str, date | None] | None
    drawback_declared: bool
    accelerated: bool
    further_review: bool
    signer: str
    received: date
    today: date
    printed_received: bool
    protest_number: str | None
    missing: tuple[str, ...] = field(default=())


def _business(day: date) -> date:
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def _base(rng: random.Random, received: date, liquidated: date, entries: int = 1) -> ProtestFacts:
    name, address = people.pick_company(rng)
    port = rng.choice(people.PORTS)
    rows = tuple(
        Entry(
            people.entry_number(rng),
            liquidated - timedelta(days=rng.randrange(200, 320) + 7 * i),
            liquidated,
        )
        for i in range(entries)
    )
    return ProtestFacts(
        name=name,
        address=address,
        ior=people.ein(rng),
        port=port,
        entries=rows,
        category=rng.choice(CATEGORIES),
        description=rng.choice(people.GOODS),
        justified=True,
        earlier=None,
        drawback_declared=True,
        accelerated=rng.random() < 0.4,
        further_review=rng.random() < 0.5,
        signer=rng.choice(people.SIGNERS),
        received=received,
        today=received + timedelta(days=rng.randrange(3, 40)),
        printed_received=False,
        protest_number=None,
    )


def _received(rng: random.Random) -> date:
    return _business(date(2025, 1, 6) + timedelta(days=rng.randrange(0, 420)))


def _last_day_on(rng: random.Random, want: str) -> tuple[date, date]:
    """A liquidation date whose 180th day is a weekend day (want=weekend) or a weekday holiday."""
    while True:
        liquidated = date(2024, 9, 1) + timedelta(days=rng.randrange(0, 400))
        final = liquidated + timedelta(days=180)
        if (
            want == "weekend"
            and final.weekday() == 5
            and is_business_day(final + timedelta(days=2))
        ):
            return liquidated, final
        # Monday holidays only: the Friday after Christmas 2025 was closed by executive order,
        # not under 5 U.S.C. 6103
        if want == "holiday" and final.weekday() == 0 and final in federal_holidays(final.year):
            return liquidated, final


# Cases whose outcome turns on the clock: they protest a decision made in the liquidation itself
# (classification or value), never a charge that might run from its own decision date (P-TIME-3).
TIMING_CASES = {
    "untimely",
    "premature",
    "weekend-grace",
    "holiday-grace",
    "weekend-late",
    "exact-last-day",
    "mixed",
    "old90-untimely",
}


def build(case: str, rng: random.Random) -> ProtestFacts:
    """The facts for one named case."""
    facts = _build(case, rng)
    if case in TIMING_CASES and facts.category == "charges":
        facts = replace(facts, category=rng.choice(("classification", "appraised_value")))
    return facts


def _build(case: str, rng: random.Random) -> ProtestFacts:
    received = _received(rng)
    timely_liq = received - timedelta(days=rng.randrange(25, 85))
    facts = _base(rng, received, timely_liq)
    if case in ("timely", "timely-multi"):
        return _base(rng, received, timely_liq, entries=3 if case == "timely-multi" else 1)
    if case == "untimely":
        liquidated = received - timedelta(days=rng.randrange(200, 260))
        return _base(rng, received, liquidated)
    if case == "premature":
        return _base(rng, received, received + timedelta(days=rng.randrange(6, 40)))
    if case in ("weekend-grace", "holiday-grace", "weekend-late"):
        liquidated, final = _last_day_on(rng, "holiday" if case == "holiday-grace" else "weekend")
        arrival = next_business_day(final)
        if case == "weekend-late":
            arrival = next_business_day(arrival)
        facts = _base(rng, arrival, liquidated)
        return replace(facts, today=arrival + timedelta(days=5))
    if case == "exact-last-day":
        while True:
            liquidated = date(2024, 9, 1) + timedelta(days=rng.randrange(0, 400))
            if is_business_day(liquidated + timedelta(days=180)):
                break
        facts = _base(rng, liquidated + timedelta(days=180), liquidated)
        return replace(facts, today=facts.received + timedelta(days=9))
    if case == "mixed":
        late = received - timedelta(days=rng.randrange(200, 240))
        facts = _base(rng, received, timely_liq, entries=2)
        first, second = facts.entries
        return replace(
            facts, entries=(first, Entry(second.number, late - timedelta(days=260), late))
        )
    if case == "old90-untimely":
        liquidated = date(2005, 3, 4) + timedelta(days=rng.randrange(0, 60))
        arrival = _business(liquidated + timedelta(days=rng.randrange(100, 150)))
        facts = _base(rng, arrival, liquidated)
        entry = facts.entries[0]
        return replace(
            facts,
            entries=(
                Entry(
                    entry.number,
                    date(2004, 12, 17) - timedelta(days=rng.randrange(0, 30)),
                    liquidated,
                ),
            ),
            today=arrival + timedelta(days=12),
        )
    if case == "invalid":
        return replace(facts, category=None)
    if case == "no-address":
        return replace(facts, address=None, missing=("174.13(a)(1)",))
    if case == "no-ior":
        return replace(facts, ior=None, missing=("174.13(a)(2)",))
    if case == "no-entry-date":
        return replace(
            facts,
            entries=tuple(replace(e, entered=None) for e in facts.entries),
            missing=("174.13(a)(3)",),
        )
    if case == "no-liq-date":
        return replace(
            facts,
            entries=tuple(replace(e, liquidated=None) for e in facts.entries),
            missing=("174.13(a)(4)",),
        )
    if case == "no-desc":
        return replace(facts, description=None, missing=("174.13(a)(5)",))
    if case == "no-justif":
        return replace(facts, justified=False, missing=("174.13(a)(6)",))
    if case == "earlier-no-date":
        number = f"{facts.port[0]}-{received.year % 100 - 1:02d}-{rng.randrange(100000, 999999)}"
        return replace(facts, earlier=(number, None), missing=("174.13(a)(7)",))
    if case == "earlier":
        number = f"{facts.port[0]}-{received.year % 100 - 1:02d}-{rng.randrange(100000, 999999)}"
        return replace(facts, earlier=(number, received - timedelta(days=rng.randrange(200, 300))))
    if case == "no-drawback":
        return replace(facts, drawback_declared=False, missing=("174.13(a)(9)",))
    raise ValueError(f"unknown protest case {case}")


def _outcome(facts: ProtestFacts) -> str:
    timings = [
        entry_timing(e.entered or e.liquidated, e.liquidated, facts.received)
        for e in facts.entries
        if e.liquidated
    ]
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"untimely"}:
        return "untimely"
    if facts.category is None:
        return "invalid"
    return "deficient" if facts.missing else "accept"


def truth(facts: ProtestFacts, args: list[str], case: str) -> dict[str, Any]:
    """The values and decision a careful officer takes from the document, per the extract
    contract."""
    not_scored: list[str] = []
    values: dict[str, Any] = {
        "protest_number": facts.protest_number,
        "port_code": facts.port[0],
        "received_date": facts.received.isoformat(),
        "importer_number": facts.ior,
        "protestant_name": facts.name,
        "protestant_address": ", ".join(facts.address) if facts.address else None,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entered.isoformat() if e.entered else None,
                "liquidation_date": e.liquidated.isoformat() if e.liquidated else None,
            }
            for e in facts.entries
        ],
        "category": facts.category,
        "merchandise_description": facts.description,
        "accelerated_disposition": facts.accelerated,
        "further_review_requested": facts.further_review,
        "signer_name": facts.signer,
    }
    decision: dict[str, Any] = {"outcome": _outcome(facts), "missing": list(facts.missing)}
    dated = all(e.entered and e.liquidated for e in facts.entries)
    if facts.category is None:
        not_scored.append(
            "deadline and last_days not scored: the protested decision is a penalty "
            "petition decision (19 CFR 171.22), not a liquidation"
        )
    elif not dated:
        not_scored.append(
            "deadline and last_days not scored: an entry date or liquidation date is not "
            "given, so the 90- or 180-day period cannot be fixed from the document"
        )
    else:
        days = {
            e.number: last_day(e.entered, e.liquidated).isoformat()
            for e in facts.entries
            if e.entered and e.liquidated
        }
        decision["last_days"] = days
        decision["deadline"] = min(days.values())
    if facts.missing == ("174.13(a)(9)",):
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: the only open point is the 174.13(a)(9) declaration, "
            "whose wording is a VERIFY rule"
        )
    if facts.missing == ("174.13(a)(4)",):
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: without a liquidation date the timeliness cannot be "
            "judged, and the contract does not say whether deficient or needs_human wins"
        )
    result: dict[str, Any] = {
        "kind": "protest",
        "case": case,
        "args": args,
        "values": values,
        "decision": decision,
    }
    if not_scored:
        result["not_scored"] = not_scored
    return result
