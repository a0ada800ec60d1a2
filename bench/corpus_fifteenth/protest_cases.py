"""Protest situations and their truths under 19 U.S.C. 1514 and 19 CFR 174, from the page alone."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from . import law
from .common import FILERS, PARTIES, PEOPLE, PORTS, Party

GOODS = {
    "classification": [
        "Stainless steel insulated beverage bottles, 24 oz, model HX-24",
        "Cotton knit pullover sweaters for women, style 5521",
        "Battery-powered LED camping lanterns, item LT-300",
    ],
    "appraised_value": [
        "Upholstered beechwood armchairs, models AC-12 and AC-14",
        "Hand-painted porcelain dinner sets, 16 pieces",
    ],
    "charges": ["Aluminum bicycle frames, unassembled"],
    "liquidation": ["Glazed ceramic floor tiles, 30 x 30 cm"],
}
CASES = [
    "accept",
    "def-address",
    "untimely",
    "grace-weekend",
    "def-importer",
    "accept-multi",
    "premature",
    "def-entry-date",
    "mixed",
    "def-liq-date",
    "accept-old-entry",
    "def-description",
    "invalid",
    "def-justification",
    "grace-holiday",
    "def-earlier",
    "accept-sat-efile",
    "untimely-old-entry",
    "def-drawback",
    "accept-charges",
    "accept-afr",
    "untimely-multi",
    "accept-stamped",
    "accept-accel",
]


@dataclass
class Entry:
    number: str
    entry_date: dt.date | None
    liquidation: dt.date | None
    real_entry_date: dt.date


@dataclass
class Protest:
    case: str
    party: Party
    port: tuple[str, str]
    received: dt.date
    entries: list[Entry]
    category: str
    description: str | None
    signer: str
    protest_number: str | None = None
    stamped: bool = False
    accel: bool = False
    afr: bool = False
    drawback_decl: bool = True
    justified: bool = True
    address_shown: bool = True
    importer_shown: bool = True
    earlier: tuple[str, dt.date | None] | None = None
    petition: bool = False
    notes: list[str] = field(default_factory=list)


def _weekday_liquidation(rng: random.Random, start: dt.date, want: str) -> dt.date:
    """A liquidation date whose last day is a weekday, a Saturday (`weekend`) or a holiday."""
    day = start + dt.timedelta(days=rng.randint(0, 60))
    while True:
        end = day + dt.timedelta(days=180)
        if (
            want == "weekday"
            and law.business_day(end)
            and law.business_day(end + dt.timedelta(days=1))
        ):
            return day
        if want == "weekend" and end.weekday() == 5:
            return day
        if want == "holiday" and end.weekday() < 5 and not law.business_day(end):
            return day
        day += dt.timedelta(days=1)


def build(case: str, index: int, rng: random.Random) -> Protest:
    """The protest for one case name; its outcome is checked by `truth`."""
    party = PARTIES[index % len(PARTIES)]
    port = PORTS[index % len(PORTS)]
    category = rng.choice(["classification", "appraised_value", "classification", "liquidation"])
    if case == "accept-charges":
        category = "charges"
    want = {
        "grace-weekend": "weekend",
        "grace-holiday": "holiday",
        "accept-sat-efile": "weekend",
    }.get(case, "weekday")
    liq = _weekday_liquidation(
        rng, dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 200)), want
    )
    count = 4 if case in ("accept-multi", "mixed", "untimely-multi") else rng.choice([1, 1, 2])
    filer = FILERS[index % len(FILERS)]
    entries = []
    for k in range(count):
        entry_date = liq - dt.timedelta(days=rng.randint(200, 330) + 3 * k)
        entries.append(
            Entry(
                law.entry_number(filer, rng.randint(1000000, 9999999)), entry_date, liq, entry_date
            )
        )
    end = liq + dt.timedelta(days=180)
    received = liq + dt.timedelta(days=rng.randint(20, 170))
    p = Protest(
        case,
        party,
        port,
        received,
        entries,
        category,
        rng.choice(GOODS[category]),
        PEOPLE[(index * 5) % len(PEOPLE)],
        afr=rng.random() < 0.4,
    )
    if case in ("untimely", "untimely-multi"):
        p.received = law.next_business_day(end) + dt.timedelta(days=rng.randint(2, 20))
    elif case in ("grace-weekend", "grace-holiday"):
        p.received = law.next_business_day(end)
    elif case == "accept-sat-efile":
        p.received = end
    elif case == "premature":
        p.received = liq - dt.timedelta(days=rng.randint(3, 25))
    elif case == "mixed":
        late = liq - dt.timedelta(days=rng.randint(40, 70))
        for entry in entries[:2]:
            entry.liquidation = late
        p.received = late + dt.timedelta(days=180) + dt.timedelta(days=rng.randint(12, 30))
        while not law.business_day(p.received):
            p.received += dt.timedelta(days=1)
    elif case in ("accept-old-entry", "untimely-old-entry"):
        old = [dt.date(2004, 12, 17), dt.date(2004, 12, 3)][rng.randint(0, 1)]
        old_liq = old + dt.timedelta(days=rng.randint(280, 320))
        for entry in entries:
            entry.entry_date = entry.real_entry_date = old
            entry.liquidation = old_liq
        p.received = old_liq + dt.timedelta(
            days=rng.randint(30, 80) if case == "accept-old-entry" else rng.randint(100, 170)
        )
    if case == "accept-stamped":
        p.stamped = True
    if case == "accept-accel":
        p.accel = True
    if case == "accept-afr":
        p.afr = True
    if case == "def-address":
        p.address_shown = False
    elif case == "def-importer":
        p.importer_shown = False
    elif case == "def-entry-date":
        for entry in entries:
            entry.entry_date = None
    elif case == "def-liq-date":
        for entry in entries:
            entry.liquidation = None
    elif case == "def-description":
        p.description = None
    elif case == "def-justification":
        p.justified = False
    elif case == "def-earlier":
        p.earlier = (f"{port[0]}-25-{rng.randint(100000, 999999)}", None)
    elif case == "def-drawback":
        p.drawback_decl = False
    elif case == "invalid":
        p.petition = True
    if rng.random() < 0.35 or case == "accept-sat-efile":
        p.protest_number = f"{port[0]}-{p.received.year % 100:02d}-{rng.randint(100000, 999999)}"
    return p


def missing(p: Protest) -> list[str]:
    """The 174.13(a) items the page does not give, in the regulation's order."""
    gaps = []
    if not p.address_shown:
        gaps.append(1)
    if not p.importer_shown:
        gaps.append(2)
    if any(e.entry_date is None for e in p.entries):
        gaps.append(3)
    if any(e.liquidation is None for e in p.entries):
        gaps.append(4)
    if p.description is None:
        gaps.append(5)
    if not p.justified:
        gaps.append(6)
    if p.earlier is not None and p.earlier[1] is None:
        gaps.append(7)
    if not p.drawback_decl:
        gaps.append(9)
    return [f"174.13(a)({n})" for n in gaps]


def truth(p: Protest, received_printed: bool) -> dict[str, Any]:
    """The contract's values and decision for the protest, with what the contract leaves open."""
    not_scored: list[str] = []
    last_days = {
        e.number: law.last_day(e.real_entry_date, e.liquidation).isoformat()
        for e in p.entries
        if e.liquidation is not None
    }
    timings = [
        law.timing(p.received, e.real_entry_date, e.liquidation) for e in p.entries if e.liquidation
    ]
    gaps = missing(p)
    if "grace" in timings or (timings and len(set(timings)) > 1):
        outcome = "needs_human"
    elif timings and set(timings) == {"premature"}:
        outcome = "premature"
    elif timings and set(timings) == {"untimely"}:
        outcome = "untimely"
    elif p.petition:
        outcome = "invalid"
    else:
        outcome = "deficient" if gaps else "accept"
    decision: dict[str, Any] = {"outcome": outcome, "missing": gaps}
    if (
        p.petition
        or len(last_days) < len(p.entries)
        or any(e.entry_date is None for e in p.entries)
    ):
        not_scored.append(
            "deadline/last_days: the page gives no liquidation date for an entry, no entry date "
            "(90 or 180 days), or protests a penalty-petition decision"
        )
    else:
        decision["deadline"] = min(last_days.values())
        decision["last_days"] = last_days
    if gaps == ["174.13(a)(9)"]:
        del decision["outcome"]
        not_scored.append(
            "outcome: the only open point is the missing drawback declaration (VERIFY line)"
        )
    values: dict[str, Any] = {
        "protest_number": p.protest_number,
        "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": p.party.ior if p.importer_shown else None,
        "protestant_name": p.party.name,
        "protestant_address": p.party.address if p.address_shown else None,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                "liquidation_date": e.liquidation.isoformat() if e.liquidation else None,
            }
            for e in p.entries
        ],
        "category": p.category,
        "merchandise_description": p.description,
        "accelerated_disposition": p.accel,
        "further_review_requested": p.afr,
        "signer_name": p.signer,
    }
    if p.petition:
        del values["category"]
        not_scored.append("category: a penalty-petition decision is none of the 1514(a) categories")
    today = p.received + dt.timedelta(days=21)
    args = (
        ["--today", today.isoformat()]
        if received_printed
        else ["--received", p.received.isoformat(), "--today", today.isoformat()]
    )
    result: dict[str, Any] = {
        "kind": "protest",
        "case": p.case,
        "args": args,
        "values": values,
        "decision": decision,
    }
    if not_scored:
        result["not_scored"] = not_scored
    return result


def intended(case: str) -> str | None:
    """The outcome each case name was built to show."""
    if case == "def-drawback":
        return None
    for prefix, outcome in (
        ("accept", "accept"),
        ("def-", "deficient"),
        ("untimely", "untimely"),
        ("grace", "needs_human"),
        ("mixed", "needs_human"),
        ("premature", "premature"),
        ("invalid", "invalid"),
    ):
        if case.startswith(prefix):
            return outcome
    raise ValueError(case)
