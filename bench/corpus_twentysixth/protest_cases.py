"""Protest situations and their truths under 19 U.S.C. 1514 and 19 CFR Part 174."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .law import business_day, ein, entry_number, filer_code, last_day, timing
from .parties import COMPANIES, GOODS, PEOPLE, PORTS, pick

CASES = (
    "timely",
    "multi",
    "untimely",
    "premature",
    "partial-late",
    "weekend-grace",
    "holiday-grace",
    "weekend-late",
    "exact-last-day",
    "old90-timely",
    "old90-untimely",
    "boundary-180",
    "no-address",
    "no-ior",
    "no-entry-date",
    "no-liq-date",
    "no-desc",
    "no-justif",
    "earlier-no-date",
    "no-drawback",
    "invalid",
    "charges",
    "exclusion",
    "accelerated",
)
CATEGORY_WORDS = {
    "classification": "the classification and rate of duty assessed",
    "appraised_value": "the appraised value of the merchandise",
    "charges": "the merchandise processing fee charged at liquidation",
    "exclusion": "the exclusion of the merchandise from entry",
}


@dataclass
class Entry:
    number: str
    entered: date | None
    decided: date | None


@dataclass
class Protest:
    case: str
    port: tuple[str, str]
    ior: str | None
    name: str
    address: list[str] | None
    entries: list[Entry]
    category: str
    goods: str | None
    justified: bool
    earlier: tuple[str, date | None] | None
    drawback: bool | None  # None: no declaration either way
    accelerated: bool
    further_review: bool
    signer: str
    title: str
    received: date
    stamped: bool
    today: date
    protest_number: str | None = None
    not_scored: list[str] = field(default_factory=list)


def _weekday_after(day: date, weekday: int) -> date:
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


def _liq_for_last(last: date, entered: date) -> date:
    return last - timedelta(days=90 if entered < date(2004, 12, 18) else 180)


def build(case: str, rng: random.Random) -> Protest:
    """One protest built to show `case`."""
    taken: set[str] = set()
    name, address = pick(rng, COMPANIES, taken)
    port = pick(rng, PORTS, taken)
    filer = filer_code(rng)
    entered = date(2024, 1, 8) + timedelta(days=rng.randrange(300))
    liq = entered + timedelta(days=300 + rng.randrange(40))
    received = liq + timedelta(days=20 + rng.randrange(120))
    count = 3 if case in ("multi", "partial-late", "accelerated") else rng.choice((1, 1, 2))
    entries = [
        Entry(entry_number(rng, filer), entered + timedelta(days=9 * n), liq) for n in range(count)
    ]
    category = rng.choice(("classification", "appraised_value"))
    p = Protest(
        case,
        port,
        ein(rng),
        name,
        list(address),
        entries,
        category,
        rng.choice(GOODS),
        True,
        None,
        rng.random() < 0.2,
        False,
        rng.random() < 0.6,
        rng.choice(PEOPLE),
        rng.choice(("President", "Director of Trade Compliance", "Customs Manager", "Owner")),
        received,
        rng.random() < 0.35,
        received + timedelta(days=10),
    )
    _shape(p, case, rng)
    if case not in ("weekend-grace", "weekend-late", "holiday-grace", "exact-last-day"):
        while not business_day(p.received):  # CBP receives on business days; no outcome moves by it
            p.received += timedelta(days=1)
    p.today = max(p.today, p.received + timedelta(days=3))
    return p


def _shape(p: Protest, case: str, rng: random.Random) -> None:
    entered0, liq0 = p.entries[0].entered, p.entries[0].decided
    assert entered0 is not None and liq0 is not None, "built with both dates"
    if case == "untimely":
        p.received = last_day(entered0, liq0) + timedelta(days=12 + rng.randrange(30))
    elif case == "premature":
        p.received = liq0 - timedelta(days=5 + rng.randrange(40))
    elif case == "partial-late":
        late = liq0 - timedelta(days=40)
        p.entries[0].decided = late
        p.received = last_day(entered0, late) + timedelta(days=15)
    elif case in ("weekend-grace", "weekend-late", "holiday-grace", "exact-last-day"):
        base = date(2025, 3, 1) + timedelta(days=rng.randrange(200))
        if case == "holiday-grace":
            base = rng.choice((date(2025, 11, 11), date(2025, 9, 1), date(2025, 10, 13)))
        elif case != "exact-last-day":
            base = _weekday_after(base, 5 if rng.random() < 0.5 else 6)
        for n, e in enumerate(p.entries):
            e.decided = _liq_for_last(base, e.entered or entered0)
            e.entered = e.decided - timedelta(days=230 + 9 * n)  # entered well before liquidation
        nxt = base + timedelta(days=1)
        while not business_day(nxt):
            nxt += timedelta(days=1)
        p.received = {
            "weekend-grace": nxt,
            "holiday-grace": nxt,
            "exact-last-day": base,
            "weekend-late": nxt + timedelta(days=1),
        }[case]
        p.entries = p.entries[:1]
    elif case.startswith("old90") or case == "boundary-180":
        entered = date(2004, 12, 17) if case.startswith("old90") else date(2004, 12, 20)
        liq = date(2005, 9, 9) + timedelta(days=rng.randrange(60))
        p.entries = [Entry(p.entries[0].number, entered, liq)]
        p.received = liq + timedelta(
            days={"old90-timely": 70, "old90-untimely": 104, "boundary-180": 131}[case]
        )
    elif case == "no-address":
        p.address = None
    elif case == "no-ior":
        p.ior = None
    elif case == "no-entry-date":
        p.entries = p.entries[:1]
        p.entries[0].entered = None
        p.received = liq0 + timedelta(days=30)
        p.not_scored.append(
            "deadline/last_days not scored: without the entry date 174.12(e) cannot "
            "tell a 90-day from a 180-day period (both are met by this receipt date)"
        )
    elif case == "no-liq-date":
        for e in p.entries:
            e.decided = None
        p.not_scored.append(
            "outcome/deadline/last_days not scored: no liquidation date is given, so "
            "the protest cannot be timed from the document"
        )
    elif case == "no-desc":
        p.goods = None
    elif case == "no-justif":
        p.justified = False
    elif case == "earlier-no-date":
        p.earlier = (f"{p.port[0]}-25-{rng.randrange(100000, 999999)}", None)
    elif case == "no-drawback":
        p.drawback = None
        p.not_scored.append(
            "outcome not scored: the only open point is the missing 174.13(a)(9) "
            "drawback declaration, whose wording is a VERIFY line"
        )
    elif case == "invalid":
        p.category = "penalty_petition"
        p.not_scored += [
            "category not scored: a 19 CFR 171.22 petition decision is none of the "
            "contract's categories",
            "deadline/last_days not scored: the decision cannot be protested at all",
        ]
    elif case == "charges":
        p.category = "charges"
    elif case == "exclusion":
        p.category = "exclusion"
        p.entries = p.entries[:1]
        p.entries[0].decided = entered0 + timedelta(
            days=12 + rng.randrange(20)
        )  # excluded at the port
        p.received = p.entries[0].decided + timedelta(days=8 + rng.randrange(20))
    elif case == "accelerated":
        p.accelerated = True
        p.stamped = False
    if case == "multi":
        p.entries[2].number = entry_number(rng, filer_code(rng))


def missing(p: Protest) -> list[str]:
    """The 174.13(a) items the protest does not give, in the regulation's order."""
    gaps = []
    if p.address is None:
        gaps.append(1)
    if p.ior is None:
        gaps.append(2)
    if any(e.entered is None for e in p.entries):
        gaps.append(3)
    if any(e.decided is None for e in p.entries):
        gaps.append(4)
    if p.goods is None:
        gaps.append(5)
    if not p.justified:
        gaps.append(6)
    if p.earlier is not None and p.earlier[1] is None:
        gaps.append(7)
    if p.drawback is None:
        gaps.append(9)
    return [f"174.13(a)({n})" for n in gaps]


def truth(p: Protest) -> dict[str, Any]:
    """values and decision for the truth file, with the contract-open keys left out."""
    values = {
        "protest_number": p.protest_number,
        "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": p.ior,
        "protestant_name": p.name,
        "protestant_address": ", ".join(p.address) if p.address else None,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entered and e.entered.isoformat(),
                "liquidation_date": e.decided and e.decided.isoformat(),
            }
            for e in p.entries
        ],
        "category": p.category,
        "merchandise_description": p.goods,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    gaps = missing(p)
    decision: dict[str, Any] = {"missing": gaps}
    if any(e.decided is None for e in p.entries):
        outcome = None
    else:
        dated = [(e.number, e.entered, e.decided) for e in p.entries if e.entered and e.decided]
        lasts = {number: last_day(entered, decided) for number, entered, decided in dated}
        decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
        if lasts:
            decision["deadline"] = min(lasts.values()).isoformat()
        kinds = {
            timing(
                p.received,
                decided,
                lasts[number],
                liquidation_decision=p.category != "exclusion",
            )
            for number, _entered, decided in dated
        }
        if "grace" in kinds or len(kinds) > 1:
            outcome = "needs_human"
        elif kinds == {"premature"}:
            outcome = "premature"
        elif kinds == {"untimely"}:
            outcome = "untimely"
        elif p.category == "penalty_petition":
            outcome = "invalid"
        else:
            outcome = "deficient" if gaps else "accept"
    if outcome is not None and p.case != "no-drawback":
        decision["outcome"] = outcome
    if p.case == "invalid" or p.entries[0].entered is None:
        decision.pop("deadline", None)
        decision.pop("last_days", None)
    if p.case == "invalid":
        values.pop("category")
    return {"values": values, "decision": decision, "outcome": outcome}
