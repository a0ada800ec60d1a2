"""Protest cases: the facts of each situation and its truth under 19 U.S.C. 1514 and 19 CFR 174."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_thirtythird import law, pools

CASES = [
    "accept",
    "multi-accept",
    "exact-last-day",
    "old90-timely",
    "old90-untimely",
    "boundary-180",
    "untimely",
    "premature",
    "weekend-grace",
    "holiday-grace",
    "weekend-late",
    "partial-late",
    "invalid-petition",
    "no-address",
    "no-ior",
    "no-entry-date",
    "no-liq-date",
    "no-desc",
    "no-justif",
    "earlier-no-date",
    "no-drawback-decl",
    "exclusion",
    "stamp-vs-arg",
    "two-ports",
]
DAY = dt.timedelta(days=1)


@dataclass
class Entry:
    number: str
    entry_date: dt.date | None
    decision_date: dt.date | None
    port: str


@dataclass
class Protest:
    """What the sender knows and chooses to write."""

    case: str
    name: str
    address: list[str] | None
    importer: str | None
    port: tuple[str, str]
    entries: list[Entry]
    category: str
    goods: str | None
    justified: bool
    drawback_said: bool
    further_review: bool
    accelerated: bool
    signer: str
    title: str
    received: dt.date
    stamp: dt.date | None
    written: dt.date
    today: dt.date
    earlier: tuple[str, dt.date | None] | None = None
    petition: dt.date | None = None


def _serial(rng: random.Random) -> str:
    return f"{rng.randrange(10**7):07d}"


def _grace_liquidation(rng: random.Random, holiday: bool) -> dt.date:
    """A liquidation whose last day falls on a weekend (or a weekday holiday)."""
    liq = dt.date(2024, 1, 8) + rng.randrange(500) * DAY
    while True:
        last = liq + 180 * DAY
        weekday_holiday = last.weekday() < 5 and not law.business_day(last)
        if (holiday and weekday_holiday) or (not holiday and last.weekday() == 5):
            return liq
        liq += DAY


def make(index: int, seed: int) -> Protest:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"protest-{seed}-{index}")
    name, address = rng.choice(pools.COMPANIES)
    port = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    liq = dt.date(2024, 3, 1) + rng.randrange(450) * DAY
    entry_date = liq - rng.randrange(300, 340) * DAY
    received = liq + rng.randrange(25, 150) * DAY
    count = 3 if case == "multi-accept" else 2 if case in ("partial-late", "two-ports") else 1
    entries = []
    for n in range(count):
        shift = n * rng.randrange(3, 12) * DAY
        entries.append(
            Entry(law.entry_number(filer, _serial(rng)), entry_date + shift, liq + shift, port[0])
        )
    category = rng.choice(["classification", "appraised_value"])
    stamp = None
    if case == "exact-last-day":
        received = liq + 180 * DAY
    elif case in ("old90-timely", "old90-untimely", "boundary-180"):
        entries[0].entry_date = dt.date(2004, 12, 20 if case == "boundary-180" else 17)
        liq = entries[0].decision_date = dt.date(2005, 8, 1) + rng.randrange(120) * DAY
        received = liq + (85 if case == "old90-timely" else 120) * DAY
    elif case == "untimely":
        received = liq + rng.randrange(200, 260) * DAY
    elif case == "premature":
        received = liq - rng.randrange(5, 30) * DAY
    elif case in ("weekend-grace", "holiday-grace", "weekend-late"):
        liq = entries[0].decision_date = _grace_liquidation(rng, case == "holiday-grace")
        entries[0].entry_date = liq - rng.randrange(300, 340) * DAY
        received = law.next_business_day(liq + 180 * DAY)
        if case == "weekend-late":
            received = law.next_business_day(received)
    elif case == "partial-late":
        entries[0].decision_date = liq - 60 * DAY
        received = liq + rng.randrange(130, 170) * DAY
    elif case == "exclusion":
        category = "exclusion"
        entries[0].entry_date = liq - 20 * DAY
        received = liq + rng.randrange(10, 60) * DAY
    elif case == "two-ports":
        other = next(p for p in pools.PORTS if p != port)
        entries[1].port = other[0]
    elif case in ("no-entry-date", "no-liq-date"):
        received = liq + rng.randrange(20, 80) * DAY
    if case == "stamp-vs-arg" or case == "holiday-grace":
        stamp = received
    signer = rng.choice(pools.SIGNERS)
    protest = Protest(
        case=case,
        name=name,
        address=None if case == "no-address" else address,
        importer=None
        if case == "no-ior"
        else f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        port=port,
        entries=entries,
        category=category,
        goods=None if case == "no-desc" else rng.choice(pools.GOODS)[0],
        justified=case != "no-justif",
        drawback_said=case != "no-drawback-decl",
        further_review=rng.random() < 0.5,
        accelerated=rng.random() < 0.3,
        signer=signer,
        title=rng.choice(
            [
                "Vice President, Operations",
                "Director of Trade Compliance",
                "President",
                "Import Manager",
            ]
        ),
        received=received,
        stamp=stamp,
        written=received - rng.randrange(2, 6) * DAY,
        today=received + rng.randrange(10, 40) * DAY,
    )
    if case == "no-entry-date":
        entries[0].entry_date = None
    if case == "no-liq-date":
        entries[0].decision_date = None
    if case == "earlier-no-date":
        protest.earlier = (f"{port[0]}-{str(liq.year)[2:]}-{rng.randrange(10**5, 10**6)}", None)
    if case == "invalid-petition":
        protest.petition = received - rng.randrange(20, 50) * DAY
    return protest


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def truth(p: Protest) -> dict[str, Any]:
    """Values and decision as the contract defines them, computed from the facts."""
    args = ["--received", (p.received - 3 * DAY if p.stamp else p.received).isoformat()]
    if p.case == "holiday-grace":
        args = []
    args += ["--today", p.today.isoformat()]
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": p.port[0],
        "received_date": p.received.isoformat(),
        "importer_number": p.importer,
        "protestant_name": p.name,
        "protestant_address": ", ".join(p.address) if p.address else None,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": _iso(e.entry_date),
                "liquidation_date": _iso(e.decision_date),
            }
            for e in p.entries
        ],
        "category": p.category,
        "merchandise_description": p.goods,
        "accelerated_disposition": p.accelerated,
        "further_review_requested": p.further_review,
        "signer_name": p.signer,
    }
    missing = [
        item
        for item, gone in (
            ("174.13(a)(1)", p.address is None),
            ("174.13(a)(2)", p.importer is None),
            ("174.13(a)(3)", any(e.entry_date is None for e in p.entries)),
            ("174.13(a)(4)", any(e.decision_date is None for e in p.entries)),
            ("174.13(a)(5)", p.goods is None),
            ("174.13(a)(6)", not p.justified),
            ("174.13(a)(7)", p.earlier is not None and p.earlier[1] is None),
            ("174.13(a)(9)", not p.drawback_said),
        )
        if gone
    ]
    decision: dict[str, Any] = {"missing": missing}
    not_scored: list[str] = []
    if p.petition:
        decision["outcome"] = "invalid"
        del values["category"]
        not_scored += [
            "category: a penalty-petition decision (171.22) is none of the contract's categories",
            "deadline, last_days: a penalty-petition decision has no protest period",
        ]
    elif any(e.entry_date is None or e.decision_date is None for e in p.entries):
        gone = "entry date" if p.entries[0].entry_date is None else "liquidation date"
        not_scored.append(f"deadline, last_days: the {gone} is not given")
        if p.entries[0].decision_date is None:
            not_scored.append("outcome: with no liquidation date the timing cannot be settled")
        else:
            decision["outcome"] = "deficient"
    else:
        liquidating = p.category != "exclusion"
        lasts = {
            e.number: law.protest_last_day(e.entry_date, e.decision_date)  # type: ignore[arg-type]
            for e in p.entries
        }
        clocks = {
            law.timing(p.received, e.decision_date, lasts[e.number], liquidating)  # type: ignore[arg-type]
            for e in p.entries
        }
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {k: v.isoformat() for k, v in lasts.items()}
        if "grace" in clocks or len(clocks) > 1:
            decision["outcome"] = "needs_human"
        elif clocks == {"premature"}:
            decision["outcome"] = "premature"
        elif clocks == {"untimely"}:
            decision["outcome"] = "untimely"
        elif missing == ["174.13(a)(9)"]:
            not_scored.append(
                "outcome: only the drawback declaration (174.13(a)(9), VERIFY) is missing"
            )
        else:
            decision["outcome"] = "deficient" if missing else "accept"
    out: dict[str, Any] = {
        "kind": "protest",
        "case": p.case,
        "args": args,
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out
