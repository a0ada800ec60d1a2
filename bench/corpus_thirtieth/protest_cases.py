"""Protest cases: the facts each document states and the truth computed from 19 CFR 174."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.corpus_thirtieth import law, pools

CASES = [
    "accept", "multi-accept", "untimely", "premature", "invalid-petition", "no-address", "no-ior",
    "no-entry-date", "no-liq-date", "no-desc", "no-justif", "earlier-no-date", "weekend-grace",
    "holiday-grace", "weekend-late", "exact-last-day", "partial-late", "old90-timely",
    "old90-untimely", "no-drawback-decl", "stamp-vs-arg", "two-ports", "exclusion", "charges",
]

DECISIONS = {
    "classification": "the classification of the merchandise and the resulting rate of duty",
    "appraised_value": "the appraised value of the merchandise as determined at liquidation",
    "charges": "the merchandise processing fee assessed at liquidation",
    "exclusion": "the exclusion of the merchandise from entry",
}
GROUNDS = {
    "classification": "The goods were reclassified at liquidation from subheading {a} to a "
    "provision with a higher rate. The merchandise is described by the terms of heading {h} "
    "(GRI 1) and its principal use is {use}; the liquidated provision covers goods of a different "
    "kind. The excess duty should be refunded with interest.",
    "appraised_value": "CBP added the buying commission to the transaction value. The commission "
    "was paid to an independent buying agent acting for the importer, is shown separately on the "
    "commercial invoice and is not part of the price actually paid or payable under 19 U.S.C. "
    "1401a(b). The entered value should be restored.",
    "charges": "The merchandise processing fee was computed on the value including the "
    "international freight. Under 19 CFR 24.23(b) the fee is based on the value of the goods "
    "as determined under 19 U.S.C. 1401a, which excludes freight; the excess should be refunded.",
    "petition": "The petition decision mitigated the penalty to an amount out of line with the "
    "guidelines of 19 CFR Part 171, Appendix B, and ignored the mitigating factors we documented. "
    "We ask that the penalty be cancelled or further mitigated.",
    "exclusion": "The goods were excluded on the ground that they lacked the country-of-origin "
    "marking. Each unit bears a permanent molded marking and the cartons are marked; a re-"
    "examination will confirm compliance with 19 U.S.C. 1304, and the goods should be released.",
}


@dataclass
class EntryLine:
    number: str
    port: str
    entered: dt.date
    decided: dt.date
    show_entered: bool = True
    show_decided: bool = True


@dataclass
class ProtestFacts:
    case: str
    port: tuple[str, str]
    protestant: pools.Party
    ior: str | None
    entries: list[EntryLine]
    category: str | None
    decision_text: str
    goods: pools.Goods
    received: dt.date
    today: dt.date
    signer: str
    title: str
    letter_date: dt.date
    agent: pools.Party | None = None
    stamp: bool = False
    protest_number: str | None = None
    arg_received: dt.date | None = None
    address_given: bool = True
    description_given: bool = True
    justification: str | None = ""
    earlier: tuple[str, dt.date | None] | None = None
    drawback_declared: bool = True
    accelerated: bool = False
    further_review: bool = False
    invalid: bool = False
    notes: list[str] = field(default_factory=list)


def _day(rng: random.Random, start: dt.date, span: int) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(span))


def _entry(rng: random.Random, filer: str, port: str, decided: dt.date, back: int = 0
           ) -> EntryLine:
    entered = decided - dt.timedelta(days=back or rng.randrange(240, 330))
    return EntryLine(law.entry_number(filer, pools.serial(rng)), port, entered, decided)


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def facts(case: str, rng: random.Random) -> ProtestFacts:
    """The facts of CASE with parties, goods and dates drawn from RNG."""
    port = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    liquidated = _day(rng, dt.date(2023, 3, 1), 800)
    category = rng.choice(["classification", "appraised_value"])
    entries = [_entry(rng, filer, port[0], liquidated)]
    received = liquidated + _days(rng.randrange(20, 150))
    f = ProtestFacts(
        case=case, port=port, protestant=rng.choice(pools.FIRMS), ior=pools.ein(rng),
        entries=entries, category=category, decision_text=DECISIONS[category],
        goods=rng.choice(pools.GOODS), received=received, today=received,
        signer=rng.choice(pools.PEOPLE), title=rng.choice(pools.TITLES),
        letter_date=received, agent=rng.choice(pools.AGENTS) if rng.random() < 0.5 else None,
        accelerated=rng.random() < 0.25, further_review=rng.random() < 0.4,
    )
    last = law.protest_last_day(entries[0].entered, liquidated)
    if case == "multi-accept":
        for _ in range(2):
            f.entries.append(_entry(rng, filer, port[0], liquidated + _days(rng.randrange(3, 40))))
    elif case == "untimely":
        f.received = last + _days(rng.randrange(8, 60))
    elif case == "premature":
        f.received = liquidated - _days(rng.randrange(6, 40))
        f.notes.append("scheduled")
    elif case == "invalid-petition":
        f.category, f.invalid = None, True
        f.decision_text = ("the decision on our petition for relief from the penalty assessed "
                           "under 19 U.S.C. 1592 (19 CFR 171.22)")
    elif case == "no-address":
        f.address_given = False
    elif case == "no-ior":
        f.ior = None
    elif case == "no-entry-date":
        f.received = liquidated + _days(rng.randrange(15, 80))  # timely on 90 or 180 days
        f.entries[0].show_entered = False
    elif case == "no-liq-date":
        f.entries[0].show_decided = False
    elif case == "no-desc":
        f.description_given = False
    elif case == "no-justif":
        f.justification = None
    elif case in ("earlier-no-date", "stamp-vs-arg"):
        earlier_day = liquidated + _days(rng.randrange(5, 15))
        number = f"{port[0]}-{earlier_day.year % 100:02d}-{rng.randrange(100000, 199999)}"
        f.earlier = (number, None if case == "earlier-no-date" else earlier_day)
        if case == "stamp-vs-arg":
            f.stamp = True
            f.arg_received = f.received + _days(rng.randrange(3, 9))
    elif case in ("weekend-grace", "weekend-late", "holiday-grace"):
        f.received = _grace_received(f, rng, case)
    elif case == "exact-last-day":
        f.received = last
    elif case == "partial-late":
        early = _entry(rng, filer, port[0], liquidated - _days(rng.randrange(40, 90)))
        f.entries.insert(0, early)
        early_last = law.protest_last_day(early.entered, early.decided)
        f.received = law.next_business_day(law.next_business_day(early_last)) + _days(
            rng.randrange(0, 5))
        assert f.received <= last
    elif case.startswith("old90"):
        entered = dt.date(2004, rng.randrange(3, 12), rng.randrange(1, 29))
        decided = entered + _days(rng.randrange(200, 300))
        f.entries = [EntryLine(law.entry_number(filer, pools.serial(rng)), port[0], entered,
                               decided)]
        last = law.protest_last_day(entered, decided)
        f.received = (decided + _days(rng.randrange(20, 85)) if case == "old90-timely"
                      else last + _days(rng.randrange(10, 45)))
    elif case == "no-drawback-decl":
        f.drawback_declared = False
    elif case == "two-ports":
        other = rng.choice([p for p in pools.PORTS if p != port])
        f.entries.append(_entry(rng, rng.choice(pools.FILERS), other[0],
                                liquidated + _days(rng.randrange(5, 30))))
    elif case in ("exclusion", "charges"):
        f.category = case
        f.decision_text = DECISIONS[case]
        if case == "exclusion":
            f.entries[0] = _entry(rng, filer, port[0], liquidated, back=rng.randrange(4, 20))
            f.received = liquidated + _days(rng.randrange(6, 25))
            f.accelerated = False
    if case == "stamp-vs-arg" or (not f.stamp and rng.random() < 0.25):
        f.stamp = True
    if case in ("multi-accept", "two-ports"):  # filed once the last of the entries liquidated
        f.received = max(e.decided for e in f.entries) + _days(rng.randrange(5, 100))
    if f.stamp:
        f.protest_number = f"{port[0]}-{f.received.year % 100:02d}-{rng.randrange(100000, 199999)}"
    f.letter_date = f.received - _days(rng.randrange(1, 4) if not f.stamp else rng.randrange(2, 6))
    f.today = f.received + _days(rng.randrange(5, 70))
    if f.justification == "":
        f.justification = GROUNDS[f.category or "petition"].format(
            a=f.goods.hts[0], h=f.goods.hts[0][:4],
            use=f.goods.use if f.description_given else "the one the importer declared")
    return f


def _grace_received(f: ProtestFacts, rng: random.Random, case: str) -> dt.date:
    """Move the liquidation so the last day is not a business day, and file after it."""
    entry = f.entries[0]
    decided = entry.decided
    while True:
        last = law.protest_last_day(entry.entered, decided)
        weekend = last.weekday() >= 5
        holiday = last.weekday() < 5 and not law.business_day(last)
        if (holiday if case == "holiday-grace" else weekend):
            break
        decided += _days(1)
    entry.decided = decided
    grace = law.next_business_day(last)
    return grace if case != "weekend-late" else grace + _days(rng.randrange(1, 4))


def truth(f: ProtestFacts) -> dict[str, Any]:
    """The contract values and decision of the facts, with what is left unscored and why."""
    liquidation_based = f.category != "exclusion"
    missing = []
    if not f.address_given:
        missing.append("174.13(a)(1)")
    if f.ior is None:
        missing.append("174.13(a)(2)")
    if not all(e.show_entered for e in f.entries):
        missing.append("174.13(a)(3)")
    if not all(e.show_decided for e in f.entries):
        missing.append("174.13(a)(4)")
    if not f.description_given:
        missing.append("174.13(a)(5)")
    if f.justification is None:
        missing.append("174.13(a)(6)")
    if f.earlier and f.earlier[1] is None:
        missing.append("174.13(a)(7)")
    if not f.drawback_declared:
        missing.append("174.13(a)(9)")
    last_days = {e.number: law.protest_last_day(e.entered, e.decided) for e in f.entries}
    timings = [law.timing(f.received, e.decided, last_days[e.number], liquidation_based)
               for e in f.entries]
    outcome = law.protest_outcome(timings, f.invalid, missing)
    decision: dict[str, Any] = {"outcome": outcome,
                                "deadline": min(last_days.values()).isoformat(),
                                "last_days": {k: v.isoformat() for k, v in last_days.items()},
                                "missing": missing}
    not_scored = []
    if f.invalid:
        del decision["deadline"], decision["last_days"]
        not_scored.append("deadline and last_days not scored: the protested decision is a "
                          "penalty petition decision, not a liquidation")
    if not all(e.show_entered for e in f.entries):
        del decision["deadline"], decision["last_days"]
        not_scored.append("deadline and last_days not scored: without the entry date the "
                          "document does not say whether 90 or 180 days apply")
    if not all(e.show_decided for e in f.entries):
        del decision["deadline"], decision["last_days"], decision["outcome"]
        not_scored.append("outcome, deadline and last_days not scored: without a liquidation "
                          "date the document does not show whether the protest is timely")
    if missing == ["174.13(a)(9)"] and outcome == "deficient":
        del decision["outcome"]
        not_scored.append("outcome not scored: the only open point is the 174.13(a)(9) "
                          "declaration, whose wording is a VERIFY rule")
    values = {
        "protest_number": f.protest_number,
        "port_code": f.port[0],
        "received_date": f.received.isoformat(),
        "importer_number": f.ior,
        "protestant_name": f.protestant.name,
        "protestant_address": f.protestant.address if f.address_given else None,
        "entries": [{"entry_number": e.number,
                     "entry_date": e.entered.isoformat() if e.show_entered else None,
                     "liquidation_date": e.decided.isoformat() if e.show_decided else None}
                    for e in f.entries],
        "category": f.category,
        "merchandise_description": f.goods.description if f.description_given else None,
        "accelerated_disposition": f.accelerated,
        "further_review_requested": f.further_review,
        "signer_name": f.signer,
    }
    args = ["--today", f.today.isoformat()]
    if not f.stamp or f.arg_received:
        args = ["--received", (f.arg_received or f.received).isoformat(), *args]
    out: dict[str, Any] = {"kind": "protest", "case": f.case, "args": args, "values": values,
                           "decision": decision}
    if not_scored:
        out["not_scored"] = not_scored
    return out
