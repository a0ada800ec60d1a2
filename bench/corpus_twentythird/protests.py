"""Protest cases (19 CFR Part 174): the dates and facts of each case and its truth."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from .common import entry_number, filer_code, is_business_day, next_business_day
from .parties import PEOPLE, PORTS, Party, company

CASES = [
    "timely-class",
    "untimely",
    "weekend-grace",
    "no-ior",
    "timely-value-multi",
    "mixed-late",
    "pre2004-90day",
    "invalid-petition",
    "holiday-grace",
    "premature",
    "no-description",
    "accel-timely",
]
CATEGORIES = {"classification": "classification", "appraised_value": "appraised value"}
GOODS = [
    "Stainless steel insulated beverage bottles, 20 oz., style BV-20",
    "Men's leather work boots with steel safety toe, style 8812",
    "Glazed stoneware dinner plates, 10.5 inch, pattern Harvest",
    "Cordless LED work lights with lithium-ion battery, model WL-300",
    "Women's knitted cotton cardigans, style KC-44",
    "Aluminum bicycle frames, unpainted, model AF-9",
]


@dataclass
class ProtestCase:
    case: str
    party: Party
    signer: str
    port: tuple[str, str]
    entries: list[tuple[str, date, date]]
    received: date
    today: date
    category: str
    goods: str | None
    show_ior: bool
    accelerated: bool
    further_review: bool
    petition: date | None = None


def last_day(entry: date, liquidation: date) -> date:
    """174.12(e): 90 days for entries before 2004-12-18, otherwise 180, counted from liquidation."""
    return liquidation + timedelta(days=90 if entry < date(2004, 12, 18) else 180)


def _entry(rng: random.Random, filer: str, liq: date) -> tuple[str, date, date]:
    return entry_number(rng, filer), liq - timedelta(days=rng.randrange(150, 320)), liq


def build_case(rng: random.Random, case: str, used: set[str]) -> ProtestCase:
    """The facts of one protest case, chosen so that its intended outcome holds."""
    filer = filer_code(rng)
    received = date(2025, 1, 6) + timedelta(days=rng.randrange(0, 300))
    while not is_business_day(received):
        received += timedelta(days=1)
    liq = received - timedelta(days=rng.randrange(30, 150))
    entries = [_entry(rng, filer, liq)]
    petition = None
    if case == "timely-value-multi":
        entries += [_entry(rng, filer, liq - timedelta(days=7 * k)) for k in (1, 2)]
    elif case == "untimely":
        entries = [_entry(rng, filer, received - timedelta(days=rng.randrange(185, 240)))]
    elif case == "weekend-grace":
        last = received - timedelta(days=1)
        while last.weekday() != 5:
            last -= timedelta(days=1)
        received = next_business_day(last)
        entries = [_entry(rng, filer, last - timedelta(days=180))]
    elif case == "holiday-grace":
        last = date(2025, 11, 11)  # Veterans Day, a Tuesday
        received = next_business_day(last)
        entries = [_entry(rng, filer, last - timedelta(days=180))]
    elif case == "mixed-late":
        entries += [_entry(rng, filer, received - timedelta(days=rng.randrange(200, 230)))]
    elif case == "pre2004-90day":
        liq = date(2005, 2, 18) + timedelta(days=rng.randrange(0, 20))
        entries = [(entry_number(rng, filer), date(2004, 12, 17), liq)]
        # Past the 90 days of 174.12(e) but inside 180: only the pre-2004 rule makes it late.
        received = liq + timedelta(days=rng.randrange(100, 150))
        while not is_business_day(received):
            received -= timedelta(days=1)
    elif case == "premature":
        entries = [_entry(rng, filer, received + timedelta(days=rng.randrange(10, 60)))]
    elif case == "invalid-petition":
        petition = received - timedelta(days=rng.randrange(20, 60))
    today = received + timedelta(days=rng.randrange(3, 40))
    category = (
        "appraised_value"
        if case in ("timely-value-multi", "untimely", "mixed-late")
        else "classification"
    )
    return ProtestCase(
        case=case,
        party=company(rng, used),
        signer=rng.choice(PEOPLE),
        port=rng.choice(PORTS),
        entries=entries,
        received=received,
        today=today,
        category=category,
        goods=None if case == "no-description" else rng.choice(GOODS),
        show_ior=case != "no-ior",
        accelerated=case == "accel-timely",
        further_review=rng.random() < 0.6 or case == "accel-timely",
        petition=petition,
    )


def decide(pc: ProtestCase) -> dict[str, object]:
    """Outcome, deadline, last days and missing items under 174.12 and 174.13(a)."""
    lasts = {e[0]: last_day(e[1], e[2]) for e in pc.entries}
    states = []
    for number, _, liq in pc.entries:
        last = lasts[number]
        if pc.received < liq:
            states.append("early")
        elif pc.received <= last:
            states.append("ok")
        elif not is_business_day(last) and pc.received <= next_business_day(last):
            states.append("grace")
        else:
            states.append("late")
    missing = []
    if not pc.show_ior:
        missing.append("174.13(a)(2)")
    if pc.goods is None:
        missing.append("174.13(a)(5)")
    if "grace" in states or len(set(states)) > 1:
        outcome = "needs_human"
    elif states[0] == "early":
        outcome = "premature"
    elif states[0] == "late":
        outcome = "untimely"
    elif pc.petition is not None:
        outcome = "invalid"
    elif missing:
        outcome = "deficient"
    else:
        outcome = "accept"
    return {
        "outcome": outcome,
        "deadline": min(lasts.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in lasts.items()},
        "missing": missing,
    }
