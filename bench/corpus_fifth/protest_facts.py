"""The facts of one protest case and its truth, decided by 19 CFR 174 and the extract contract."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_fifth import law
from bench.corpus_fifth.parties import GOODS, PEOPLE, PORTS, Party, entry_number, party

CASES = ["accept", "multi", "no-address", "no-ior", "no-entry-date", "no-liq-date", "no-desc",
         "no-justif", "earlier-no-date", "no-drawback", "untimely", "day-181", "exact-last-day",
         "premature", "weekend-grace", "holiday-grace", "weekend-late", "mixed-late",
         "partial-premature", "old90-timely", "old90-untimely", "invalid", "charges",
         "stamp-vs-arg"]
CATEGORIES = ["classification", "appraised_value"]


@dataclass
class Entry:
    number: str
    entered: date
    liquidated: date
    show_entered: bool = True
    show_liquidated: bool = True


@dataclass
class ProtestFacts:
    case: str
    protestant: Party
    port: tuple[str, str]
    entries: list[Entry]
    category: str
    goods: str
    received: date
    signer: str
    letter_date: date
    show_address: bool = True
    show_ior: bool = True
    show_goods: bool = True
    justified: bool = True
    drawback_declared: bool = True
    further_review: bool = False
    accelerated: bool = False
    earlier: tuple[str, date | None] | None = None
    petition_decision: date | None = None
    stamp: bool = False
    argued_received: date | None = None
    protest_number: str | None = None
    not_scored: list[str] = field(default_factory=list)


def _liquidation(rng: random.Random, entered: date) -> date:
    return entered + timedelta(days=rng.randint(300, 330))


def _timed(rng: random.Random, want: str, old: bool = False) -> tuple[date, date, date]:
    """(entry date, liquidation, received) for the wanted clock, found by random search."""
    base = date(2004, 9, 1) if old else date(2023, 1, 2)
    for _ in range(4000):
        entered = base + timedelta(days=rng.randint(0, 100 if old else 500))
        if old:
            entered = min(entered, date(2004, 12, 17))
        liquidated = _liquidation(rng, entered)
        last = law.protest_last_day(entered, liquidated)
        received = _received_for(rng, want, liquidated, last)
        # CBP receives and stamps mail on business days
        if received is not None and law.is_business_day(received):
            return entered, liquidated, received
    raise RuntimeError(f"no dates found for {want}")


def _received_for(rng: random.Random, want: str, liquidated: date, last: date) -> date | None:
    if want == "timely":
        return liquidated + timedelta(days=rng.randint(20, (last - liquidated).days - 10))
    if want == "exact":
        return last if law.is_business_day(last) else None
    if want == "late":
        return last + timedelta(days=rng.randint(12, 60))
    if want == "day-181":
        return last + timedelta(days=1) if law.is_business_day(last) else None
    if want == "premature":
        return liquidated - timedelta(days=rng.randint(5, 40))
    if want == "weekend-grace":
        return law.next_business_day(last) if last.weekday() == 5 else None
    if want == "holiday-grace":
        if last.weekday() < 5 and last in law.federal_holidays(last.year):
            return law.next_business_day(last)
        return None
    if want == "weekend-late":
        if last.weekday() == 5:
            return law.next_business_day(law.next_business_day(last))
        return None
    raise ValueError(want)


def build(rng: random.Random, case: str) -> ProtestFacts:
    who = party(rng)
    goods = GOODS[rng.randrange(len(GOODS))][0]
    want = {"untimely": "late", "day-181": "day-181", "exact-last-day": "exact",
            "premature": "premature", "weekend-grace": "weekend-grace",
            "holiday-grace": "holiday-grace", "weekend-late": "weekend-late",
            "old90-untimely": "late",
            "stamp-vs-arg": "exact"}.get(case, "timely")
    entered, liquidated, received = _timed(rng, want, old=case.startswith("old90"))
    first = Entry(entry_number(rng), entered, liquidated)
    filer = first.number[:3]
    entries = [first]
    if case in ("multi", "mixed-late", "partial-premature"):
        for _ in range(2 if case == "multi" else 1):
            # liquidated a few days before the first entry, so receipt is in time for both
            other_liq = liquidated - timedelta(days=rng.randint(0, 5))
            other_entered = other_liq - timedelta(days=rng.randint(280, 340))
            entries.append(Entry(entry_number(rng, filer), other_entered, other_liq))
    if case == "mixed-late":
        # the first entry's last day passed well before receipt; the second is in time
        late_entered = entered - timedelta(days=rng.randint(260, 320))
        entries[0] = Entry(entries[0].number, late_entered, _liquidation(rng, late_entered))
    if case == "partial-premature":
        entries[1] = Entry(entries[1].number, entries[1].entered,
                           received + timedelta(days=rng.randint(10, 40)))
    facts = ProtestFacts(
        case=case, protestant=who, port=PORTS[rng.randrange(len(PORTS))], entries=entries,
        category="charges" if case == "charges" else rng.choice(CATEGORIES), goods=goods,
        received=received, signer=rng.choice(PEOPLE),
        letter_date=received - timedelta(days=rng.randint(2, 6)),
        further_review=rng.random() < 0.5, accelerated=rng.random() < 0.3)
    _apply_gap(facts, case, rng)
    return facts


def _apply_gap(facts: ProtestFacts, case: str, rng: random.Random) -> None:
    if case == "no-address":
        facts.show_address = False
    elif case == "no-ior":
        facts.show_ior = False
    elif case == "no-entry-date":
        facts.entries[0].show_entered = False
        facts.not_scored.append("deadline and last_days not scored: without the entry date the "
                                "90- or 180-day period (19 CFR 174.12(e)) is not on the page")
    elif case == "no-liq-date":
        facts.entries[0].show_liquidated = False
        facts.not_scored.append("deadline and last_days not scored: no liquidation date is printed")
    elif case == "no-desc":
        facts.show_goods = False
    elif case == "no-justif":
        facts.justified = False
    elif case in ("earlier-no-date", "accept") and rng.random() < (1 if case != "accept" else 0.5):
        port = facts.port[1]
        number = f"{port}-{facts.received.year % 100 - 1:02d}-{rng.randint(100000, 199999)}"
        earlier_date = None if case == "earlier-no-date" else facts.received - timedelta(days=90)
        facts.earlier = (number, earlier_date)
    elif case == "no-drawback":
        facts.drawback_declared = False
        facts.not_scored.append("outcome not scored: the only open point is the 174.13(a)(9) "
                                "declaration, whose wording is a VERIFY rule")
    elif case == "invalid":
        facts.petition_decision = facts.entries[0].liquidated + timedelta(days=rng.randint(20, 40))
        received = facts.petition_decision + timedelta(days=rng.randint(15, 40))
        if not law.is_business_day(received):
            received = law.next_business_day(received)
        facts.received = received
        facts.letter_date = facts.received - timedelta(days=3)
        facts.not_scored.append("deadline and last_days not scored: the protested decision is a "
                                "penalty petition decision, not a liquidation")
    elif case == "stamp-vs-arg":
        facts.stamp = True
        facts.argued_received = facts.received + timedelta(days=rng.randint(2, 5))


def missing(facts: ProtestFacts) -> list[str]:
    gaps = []
    if not facts.show_address:
        gaps.append("174.13(a)(1)")
    if not facts.show_ior:
        gaps.append("174.13(a)(2)")
    if not all(entry.show_entered for entry in facts.entries):
        gaps.append("174.13(a)(3)")
    if not all(entry.show_liquidated for entry in facts.entries):
        gaps.append("174.13(a)(4)")
    if not facts.show_goods:
        gaps.append("174.13(a)(5)")
    if not facts.justified:
        gaps.append("174.13(a)(6)")
    if facts.earlier is not None and facts.earlier[1] is None:
        gaps.append("174.13(a)(7)")
    if not facts.drawback_declared:
        gaps.append("174.13(a)(9)")
    return gaps


def truth(facts: ProtestFacts) -> dict[str, Any]:
    """The truth file: values and decision a careful officer takes from the document alone."""
    received = facts.received
    args_received = facts.argued_received or received
    today = args_received + timedelta(days=5)
    last_days = {e.number: law.protest_last_day(e.entered, e.liquidated) for e in facts.entries}
    timings = [law.entry_timing(received, e.liquidated, last_days[e.number])
               for e in facts.entries if e.show_liquidated]
    gaps = missing(facts)
    invalid = facts.petition_decision is not None
    decision: dict[str, Any] = {"outcome": law.protest_outcome(timings, invalid, gaps)}
    if not any(reason.startswith("deadline") for reason in facts.not_scored):
        decision["deadline"] = min(last_days.values()).isoformat()
        decision["last_days"] = {k: v.isoformat() for k, v in last_days.items()}
    decision["missing"] = gaps
    if any(reason.startswith("outcome") for reason in facts.not_scored):
        del decision["outcome"]
    who = facts.protestant
    values = {
        "protest_number": facts.protest_number, "port_code": facts.port[1],
        "received_date": received.isoformat(),
        "importer_number": who.ein if facts.show_ior else None, "protestant_name": who.name,
        "protestant_address": who.address if facts.show_address else None,
        "entries": [{"entry_number": e.number,
                     "entry_date": e.entered.isoformat() if e.show_entered else None,
                     "liquidation_date": e.liquidated.isoformat() if e.show_liquidated else None}
                    for e in facts.entries],
        "category": None if invalid else facts.category,
        "merchandise_description": facts.goods if facts.show_goods else None,
        "accelerated_disposition": facts.accelerated,
        "further_review_requested": facts.further_review, "signer_name": facts.signer,
    }
    return {"kind": "protest", "case": facts.case,
            "args": ["--received", args_received.isoformat(), "--today", today.isoformat()],
            "values": values, "decision": decision, "not_scored": list(facts.not_scored)}
