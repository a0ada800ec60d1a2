"""Protest cases: the facts a document prints and the truth a careful officer decides."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from .law import D, business_day, entry_number, last_day, next_business_day
from .people import GOODS, PARTIES, PORTS, SIGNERS

CASES = ["accept", "untimely", "grace-weekend", "premature", "no-ior", "accept-multi",
         "mixed", "grace-holiday", "no-description", "invalid-petition", "late-90",
         "earlier-no-date", "no-address", "accel", "no-entry-date", "timely-90",
         "no-objection", "no-drawback-decl", "charges", "untimely-multi", "accept-further",
         "grace-sunday", "deficient-two", "accept-value"]

CATEGORY_WORDS = {"classification": "classification and rate of duty",
                  "appraised_value": "appraised value", "charges": "charges or exactions",
                  "liquidation": "the liquidation"}

DAY = dt.timedelta(days=1)


@dataclass
class Entry:
    number: str
    entry_date: D | None
    liquidation: D


@dataclass
class Protest:
    case: str
    protest_number: str | None
    port: tuple[str, str]
    received: D
    received_printed: bool
    today: D
    importer_number: str | None
    name: str
    address: list[str] | None
    entries: list[Entry]
    category: str
    description: str | None
    objection: bool
    accelerated: bool
    further_review: bool
    signer: str
    drawback_declared: bool
    earlier: tuple[str, D | None] | None = None
    petition: bool = False
    attorney: tuple[str, list[str]] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _filer(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHI0123456789") for _ in range(3))


def _entry(rng: random.Random, filer: str, entry_date: D | None, liq: D) -> Entry:
    return Entry(entry_number(filer, f"{rng.randrange(10**7):07d}"), entry_date, liq)


def _liq_with_last_day(rng: random.Random, want: str) -> D:
    """A liquidation date whose 180-day last day is a Saturday, a Sunday or a weekday holiday."""
    start = D(2024, 1, 8) + rng.randrange(500) * DAY
    for offset in range(800):
        liq = start + offset * DAY
        last = liq + 180 * DAY
        nbd = next_business_day(last)
        if want == "sat" and last.weekday() == 5 and nbd == last + 2 * DAY:
            return liq
        if want == "sun" and last.weekday() == 6 and nbd == last + DAY:
            return liq
        if want == "holiday" and last.weekday() < 5 and not business_day(last):
            return liq
    raise RuntimeError(want)


def build(index: int, seed: int) -> Protest:
    rng = random.Random(seed * 7919 + index)
    case = CASES[index % len(CASES)]
    port = rng.choice(PORTS)
    name, address = PARTIES[rng.randrange(len(PARTIES))]
    goods = GOODS[rng.randrange(len(GOODS))][0]
    filer = _filer(rng)
    liq = D(2024, 3, 1) + rng.randrange(420) * DAY
    entry_date = liq - rng.randrange(200, 330) * DAY
    received = liq + rng.randrange(20, 160) * DAY
    entries = [_entry(rng, filer, entry_date, liq)]
    category = rng.choice(["classification", "appraised_value"])
    p = Protest(case=case, protest_number=None, port=port, received=received,
                received_printed=rng.random() < 0.5, today=received, importer_number=(
                    f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"),
                name=name, address=list(address), entries=entries, category=category,
                description=goods, objection=True, accelerated=False,
                further_review=rng.random() < 0.5, signer=rng.choice(SIGNERS),
                drawback_declared=True)
    if rng.random() < 0.4:
        p.attorney = (rng.choice(["Hartwell Pryce & Lind LLP", "Castellan Trade Law PLLC"]),
                      ["1750 K Street NW, Suite 900", "Washington, DC 20006"])
    if case in ("grace-weekend", "grace-sunday", "grace-holiday"):
        want = {"grace-weekend": "sat", "grace-sunday": "sun", "grace-holiday": "holiday"}[case]
        liq = _liq_with_last_day(rng, want)
        p.entries = [_entry(rng, filer, liq - 250 * DAY, liq)]
        p.received = next_business_day(liq + 180 * DAY)
    elif case in ("untimely", "untimely-multi"):
        p.entries = [_entry(rng, filer, entry_date, liq)]
        if case == "untimely-multi":
            p.entries.append(_entry(rng, filer, entry_date + 9 * DAY, liq + 7 * DAY))
        latest = max(last_day(e.entry_date or entry_date, e.liquidation) for e in p.entries)
        p.received = next_business_day(latest) + rng.randrange(3, 40) * DAY
    elif case == "premature":
        p.received = liq - rng.randrange(6, 30) * DAY
    elif case in ("accept-multi", "mixed", "deficient-two"):
        second_liq = liq + rng.randrange(10, 40) * DAY
        p.entries.append(_entry(rng, filer, entry_date + 12 * DAY, second_liq))
        p.entries.append(_entry(rng, filer, entry_date + 30 * DAY, second_liq + 3 * DAY))
        if case == "mixed":
            old_liq = liq - 200 * DAY
            p.entries[0] = _entry(rng, filer, old_liq - 240 * DAY, old_liq)
            p.received = liq + rng.randrange(20, 100) * DAY
        else:
            p.received = second_liq + rng.randrange(5, 120) * DAY
    elif case in ("late-90", "timely-90"):
        first = D(2004, 12, 17) if case == "late-90" else D(2004, 12, 20)
        liq = D(2005, 9, 16) + rng.randrange(60) * DAY
        p.entries = [_entry(rng, filer, first, liq)]
        p.received = liq + rng.randrange(100, 170) * DAY
    if not business_day(p.received):  # paper and e-filings alike are logged on a working day
        p.received = next_business_day(p.received - DAY)
    p.today = p.received + rng.randrange(3, 25) * DAY
    if case == "no-ior":
        p.importer_number = None
    elif case == "no-address":
        p.address = None
        p.attorney = None
    elif case == "no-description":
        p.description = None
    elif case == "no-entry-date":
        p.entries[0].entry_date = None
    elif case == "no-objection":
        p.objection = False
    elif case == "no-drawback-decl":
        p.drawback_declared = False
    elif case == "earlier-no-date":
        p.earlier = (f"{port[0]}-{p.received.year % 100:02d}-{rng.randrange(100000, 199999)}", None)
    elif case == "deficient-two":
        p.importer_number = None
        p.description = None
    elif case == "invalid-petition":
        p.petition = True
        p.category = "penalty"
    elif case == "accel":
        p.accelerated = True
    elif case == "charges":
        p.category = "charges"
    elif case == "accept-further":
        p.further_review = True
    elif case == "accept-value":
        p.category = "appraised_value"
    p.extra["style"] = ["ack", "form", "lawfirm", "note"][index % 4]
    if p.extra["style"] == "ack":
        p.received_printed = True
    if p.extra["style"] == "ack" or rng.random() < 0.5:
        p.protest_number = f"{port[0]}-{p.received.year % 100:02d}-{rng.randrange(100000, 199999)}"
    return p


def truth(p: Protest) -> dict[str, Any]:
    """The values and decision a careful officer takes from the document alone."""
    not_scored: list[str] = []
    missing = []
    if p.address is None:
        missing.append("174.13(a)(1)")
    if p.importer_number is None:
        missing.append("174.13(a)(2)")
    if any(e.entry_date is None for e in p.entries):
        missing.append("174.13(a)(3)")
    if p.description is None:
        missing.append("174.13(a)(5)")
    if not p.objection:
        missing.append("174.13(a)(6)")
    if p.earlier is not None and p.earlier[1] is None:
        missing.append("174.13(a)(7)")
    if not p.drawback_declared:
        missing.append("174.13(a)(9)")
    last_days = {e.number: last_day(e.entry_date or D(2020, 1, 1), e.liquidation)
                 for e in p.entries}
    states = []
    for e in p.entries:
        last = last_days[e.number]
        if p.received <= e.liquidation:
            states.append("premature")
        elif p.received <= last:
            states.append("timely")
        elif p.received <= next_business_day(last):
            states.append("grace")
        else:
            states.append("late")
    if "grace" in states or len(set(states)) > 1:
        outcome = "needs_human"
    elif states[0] == "premature":
        outcome = "premature"
    elif states[0] == "late":
        outcome = "untimely"
    elif p.petition:
        outcome = "invalid"
    elif [m for m in missing if m != "174.13(a)(9)"]:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "protest_number": p.protest_number, "port_code": p.port[0],
        "received_date": p.received.isoformat(), "importer_number": p.importer_number,
        "protestant_name": p.name,
        "protestant_address": ", ".join(p.address) if p.address else None,
        "entries": [{"entry_number": e.number,
                     "entry_date": e.entry_date.isoformat() if e.entry_date else None,
                     "liquidation_date": e.liquidation.isoformat()} for e in p.entries],
        "category": p.category, "merchandise_description": p.description,
        "accelerated_disposition": p.accelerated, "further_review_requested": p.further_review,
        "signer_name": p.signer}
    decision: dict[str, Any] = {"outcome": outcome, "missing": missing,
                                "deadline": min(last_days.values()).isoformat(),
                                "last_days": {k: v.isoformat() for k, v in last_days.items()}}
    if p.petition:
        del values["category"]
        del decision["deadline"], decision["last_days"]
        not_scored += ["category not scored: the decision protested is a penalty-petition "
                       "decision (171.22), none of the contract's categories",
                       "deadline and last_days not scored: a penalty-petition decision has no "
                       "protest period"]
    if any(e.entry_date is None for e in p.entries):
        del decision["deadline"], decision["last_days"]
        not_scored.append("deadline and last_days not scored: with no entry date the 90/180-day "
                          "switch (174.12(e)) is not settled by the document")
    if missing == ["174.13(a)(9)"]:
        del decision["outcome"]
        not_scored.append("outcome not scored: the only open point is the missing 174.13(a)(9) "
                          "drawback declaration (a VERIFY line)")
    return {"values": values, "decision": decision, "not_scored": not_scored}
