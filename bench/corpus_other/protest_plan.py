"""Protest scenarios: the facts of each case and the truth decided from them under the law."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_other import facts
from bench.corpus_other.people import (
    BROKERS,
    CLERKS,
    FIRMS,
    GOODS,
    PEOPLE,
    PORTS,
    TITLES,
    Party,
    pick_party,
)

# In order of importance: --protests N takes the first N (and cycles beyond the list).
CASES = ["accept", "untimely", "premature", "weekend-grace-sat", "no-address", "no-ior",
         "no-entry-date", "no-desc", "no-objection", "no-earlier-date", "no-drawback",
         "mixed-late", "invalid-petition", "holiday-grace", "accept-multi", "old90-timely",
         "old90-untimely", "weekend-grace-sun", "mixed-premature", "invalid-adcvd",
         "weekend-late", "exact-last-day", "boundary-90", "boundary-180", "accept-accelerated",
         "accept-earlier", "accept-stamp", "appraisal", "untimely-multi", "premature-appraisal"]
OMITTABLE = {"no-address": "address", "no-ior": "ior", "no-entry-date": "entry_dates",
             "no-desc": "description", "no-objection": "objection",
             "no-earlier-date": "earlier_date", "no-drawback": "drawback"}
MISSING_ITEM = {"address": 1, "ior": 2, "entry_dates": 3, "description": 5, "objection": 6,
                "earlier_date": 7, "drawback": 9}


@dataclass
class Entry:
    number: str
    entry_date: date
    liquidation: date


@dataclass
class Protest:
    case: str
    port: tuple[str, str]
    party: Party
    entries: list[Entry]
    decision: str  # classification | appraised_value | penalty_petition | adcvd
    goods: tuple[str, str, str, str, str]
    received: date
    today: date
    letter_date: date
    signer: str
    signer_title: str
    firm: tuple[str, str, str] | None
    clerk: str
    omit: set[str] = field(default_factory=set)
    stamped: bool = False
    args_received: date | None = None
    protest_number: str | None = None
    earlier: tuple[str, date] | None = None
    accelerated: bool = False
    further_review: bool = False
    related_case: str = ""

    @property
    def category(self) -> str | None:
        return self.decision if self.decision in ("classification", "appraised_value") else None


def _business(day: date, forward: bool = True) -> date:
    while not facts.business_day(day):
        day += timedelta(days=1 if forward else -1)
    return day


def _liq_with_last_day(rng: random.Random, want: str, entry: date) -> date:
    """A liquidation date whose last day is a Saturday, Sunday, holiday or business day."""
    for _ in range(5000):
        liq = date(2024, 1, 2) + timedelta(days=rng.randint(0, 420))
        last = facts.last_day(entry, liq)
        kind = ("sat" if last.weekday() == 5 else "sun" if last.weekday() == 6
                else "business" if facts.business_day(last) else "holiday")
        if kind == want and liq > entry + timedelta(days=60) and facts.business_day(liq):
            return liq
    raise AssertionError(f"no liquidation date with a {want} last day")


def _entry(rng: random.Random, filer: str, entry_date: date, liq: date) -> Entry:
    return Entry(facts.entry_number(rng, filer), entry_date, liq)


def plan(case: str, style: str, rng: random.Random) -> Protest:
    """The facts of one protest built to show CASE, written in STYLE."""
    port = rng.choice(PORTS)
    party = pick_party(rng, facts.ein(rng))
    filer = facts.filer_code(rng)
    agent = {"export": "broker", "letterhead": "counsel", "importer": None}.get(
        style, rng.choice(["counsel", "broker", None]))
    if case == "no-address" and agent is None:
        agent = "counsel"  # the protestant's own letterhead would give its address
    entry_date = _business(date(2024, 1, 8) + timedelta(days=rng.randint(0, 200)))
    liq = _liq_with_last_day(rng, "business", entry_date)
    received = _business(liq + timedelta(days=rng.randint(30, 150)))
    if case == "no-entry-date":  # timely under 90 days too, as the entry date is unknown
        received = _business(liq + timedelta(days=rng.randint(30, 70)))
    decision = "appraised_value" if "appraisal" in case else rng.choice(
        ["classification", "classification", "appraised_value"])
    entries = [_entry(rng, filer, entry_date, liq)]
    extra = 0
    if case in ("accept-multi", "untimely-multi") or rng.random() < 0.25:
        extra = rng.randint(1, 2)
    for _ in range(extra):
        other = _business(entry_date + timedelta(days=rng.randint(3, 40)))
        other_liq = _business(liq + timedelta(days=rng.randint(0, 20)))
        entries.append(_entry(rng, filer, other, other_liq))
    if case in ("untimely", "untimely-multi"):
        last = min(facts.last_day(e.entry_date, e.liquidation) for e in entries)
        latest = max(facts.last_day(e.entry_date, e.liquidation) for e in entries)
        received = _business(max(last, latest) + timedelta(days=rng.randint(8, 60)))
    elif case.startswith("premature"):
        received = _business(min(e.liquidation for e in entries) - timedelta(
            days=rng.randint(6, 25)), forward=False)
    elif case in ("weekend-grace-sat", "weekend-grace-sun", "holiday-grace", "weekend-late",
                  "exact-last-day"):
        want = {"weekend-grace-sat": "sat", "weekend-grace-sun": "sun", "holiday-grace": "holiday",
                "weekend-late": "sat", "exact-last-day": "business"}[case]
        entries = entries[:1]
        entries[0].liquidation = _liq_with_last_day(rng, want, entry_date)
        last = facts.last_day(entry_date, entries[0].liquidation)
        grace = facts.next_business_day(last)
        received = {"exact-last-day": last, "weekend-late": facts.next_business_day(grace)}.get(
            case, grace)
    elif case in ("old90-timely", "old90-untimely", "boundary-90", "boundary-180"):
        entry_date = {"boundary-90": date(2004, 12, 17), "boundary-180": date(2004, 12, 20)}.get(
            case, _business(date(2004, 3, 1) + timedelta(days=rng.randint(0, 200))))
        liq = _business(entry_date + timedelta(days=rng.randint(300, 360)))
        entries = [_entry(rng, filer, entry_date, liq)]
        days = rng.randint(30, 80) if case == "old90-timely" else rng.randint(100, 170)
        received = _business(liq + timedelta(days=days))
    elif case in ("mixed-late", "mixed-premature"):
        first = entries[0]
        second_date = _business(entry_date + timedelta(days=rng.randint(20, 60)))
        if case == "mixed-late":
            received = _business(facts.last_day(entry_date, liq) + timedelta(
                days=rng.randint(10, 40)))
            second_liq = _business(received - timedelta(days=rng.randint(40, 120)), False)
        else:
            second_liq = _business(received + timedelta(days=rng.randint(10, 40)))
        entries = [first, _entry(rng, filer, second_date, second_liq)]
    if case == "invalid-petition":
        decision = "penalty_petition"
    elif case == "invalid-adcvd":
        decision = "adcvd"
    signer = rng.choice(PEOPLE)
    protest = Protest(
        case=case, port=port, party=party, entries=entries, decision=decision,
        goods=rng.choice(GOODS), received=received,
        today=received + timedelta(days=rng.randint(3, 40)),
        letter_date=received - timedelta(days=rng.randint(1, 6)), signer=signer,
        signer_title={"counsel": rng.choice(["Counsel for Protestant", "Partner", "Attorney"]),
                      "broker": "Licensed Customs Broker"}.get(agent or "", rng.choice(TITLES)),
        firm={"counsel": rng.choice(FIRMS), "broker": rng.choice(BROKERS)}.get(agent or ""),
        clerk=rng.choice(CLERKS),
        # an e-mailed protest cannot ask for accelerated disposition (certified mail only)
        accelerated=style != "email" and (case == "accept-accelerated" or rng.random() < 0.15),
        further_review=rng.random() < 0.4, related_case=str(rng.randint(100000, 999999)))
    if case in OMITTABLE:
        protest.omit.add(OMITTABLE[case])
    if case in ("accept-earlier", "no-earlier-date"):
        earlier_received = received - timedelta(days=rng.randint(60, 200))
        protest.earlier = (f"{port[0]}-{earlier_received.year % 100:02d}-"
                           f"{rng.randint(100000, 199999)}", earlier_received)
    if case == "accept-stamp" or rng.random() < 0.2:
        protest.stamped = True
        protest.protest_number = (f"{port[0]}-{received.year % 100:02d}-"
                                  f"{rng.randint(100000, 199999)}")
        if rng.random() < 0.5:  # a clerk's --received that the printed stamp overrides
            protest.args_received = received + timedelta(days=rng.randint(1, 5))
    else:
        protest.args_received = received
    return protest


def _status(entry: Entry, received: date) -> str:
    last = facts.last_day(entry.entry_date, entry.liquidation)
    if received < entry.liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not facts.business_day(last) and received <= facts.next_business_day(last):
        return "grace"
    return "untimely"


def truth(p: Protest) -> dict[str, Any]:
    """The truth file: values from the scenario, the decision from 19 CFR 174 as applied."""
    not_scored: list[str] = []
    missing = [f"174.13(a)({MISSING_ITEM[key]})" for key in sorted(
        p.omit, key=MISSING_ITEM.__getitem__)]
    values: dict[str, Any] = {
        "protest_number": p.protest_number, "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": None if "ior" in p.omit else p.party.ior,
        "protestant_name": p.party.name,
        "protestant_address": None if "address" in p.omit else p.party.address,
        "entries": [{"entry_number": e.number,
                     "entry_date": None if "entry_dates" in p.omit else e.entry_date.isoformat(),
                     "liquidation_date": e.liquidation.isoformat()} for e in p.entries],
        "category": p.category,
        "merchandise_description": None if "description" in p.omit else p.goods[0],
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    if p.decision == "adcvd":
        del values["category"]
        not_scored.append("category not scored: antidumping duties assessed at liquidation are "
                          "not one of the contract's categories, and the protest is invalid")
    last_days = {e.number: facts.last_day(e.entry_date, e.liquidation).isoformat()
                 for e in p.entries}
    decision: dict[str, Any] = {"last_days": last_days, "deadline": min(last_days.values()),
                                "missing": missing}
    statuses = {_status(e, p.received) for e in p.entries}
    if "grace" in statuses or len(statuses) > 1:
        decision["outcome"] = "needs_human"
    elif statuses == {"premature"}:
        decision["outcome"] = "premature"
    elif statuses == {"untimely"}:
        decision["outcome"] = "untimely"
    elif p.decision in ("penalty_petition", "adcvd"):
        decision["outcome"] = "invalid"
    elif missing == ["174.13(a)(9)"]:
        not_scored.append("outcome not scored: the only open point is the 174.13(a)(9) "
                          "declaration, whose wording is a VERIFY rule")
    else:
        decision["outcome"] = "deficient" if missing else "accept"
    if "entry_dates" in p.omit:
        del decision["last_days"], decision["deadline"]
        not_scored.append("deadline and last_days not scored: without entry dates the 90- or "
                          "180-day period (174.12(e)) cannot be told")
    if p.decision == "penalty_petition":
        del decision["last_days"], decision["deadline"]
        not_scored.append("deadline and last_days not scored: the protested decision is a "
                          "penalty petition decision, not a liquidation")
    args = ["--today", p.today.isoformat()]
    if p.args_received:
        args = ["--received", p.args_received.isoformat(), *args]
    out: dict[str, Any] = {"kind": "protest", "case": p.case, "args": args, "values": values,
                           "decision": decision}
    if not_scored:
        out["not_scored"] = not_scored
    return out
