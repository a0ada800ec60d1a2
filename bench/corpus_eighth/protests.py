"""Protest cases: the facts, the truth under 19 CFR Part 174, and the blocks that print them."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .doc import Case
from .parties import GOODS, PARTIES, PEOPLE, PORTS
from .protest_print import write

CASES = [
    "accept",
    "schedule-range",
    "untimely",
    "premature",
    "weekend-grace",
    "holiday-grace",
    "mixed-timeliness",
    "pre2004-accept",
    "pre2004-untimely",
    "invalid-petition",
    "no-address",
    "no-importer-no",
    "no-entry-date",
    "no-liq-date",
    "no-description",
    "no-objection",
    "earlier-no-date",
    "no-drawback",
    "accel-review",
    "accept-two-entries",
    "accept",
    "untimely",
    "weekend-grace",
    "no-description",
]


def _weekend_liq(rng: random.Random, year: int) -> tuple[dt.date, dt.date]:
    """A liquidation date whose last day falls on a weekend, and the next business day."""
    while True:
        liq = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
        last = liq + dt.timedelta(days=180)
        if last.weekday() >= 5 and last + dt.timedelta(days=7) < dt.date(2031, 1, 1):
            return liq, law.next_business_day(last)


def _holiday_liq(rng: random.Random) -> tuple[dt.date, dt.date]:
    """A liquidation date whose last day is an observed federal holiday on a weekday."""
    day = rng.choice(law.holidays_between(dt.date(2024, 3, 1), dt.date(2026, 6, 30)))
    return day - dt.timedelta(days=180), law.next_business_day(day)


def build(index: int, rng: random.Random, producer: str) -> Case:
    """One protest document for `CASES[index % len(CASES)]`."""
    case = CASES[index % len(CASES)]
    name, address = PARTIES[rng.randrange(len(PARTIES))]
    port_code, port_name = PORTS[rng.randrange(len(PORTS))]
    goods = rng.choice(GOODS)
    signer = rng.choice(PEOPLE)
    ior = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    category = rng.choice(["classification", "appraised_value"])
    filer = law.filer_code(rng)
    count = (
        4
        if case == "schedule-range"
        else 2
        if case in ("mixed-timeliness", "accept-two-entries")
        else 1
    )
    serial = rng.randint(100000, 9000000)
    entries: list[dict[str, Any]] = []
    liq = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
    received = liq + dt.timedelta(days=rng.randint(20, 160))
    if case in ("weekend-grace", "holiday-grace"):
        liq, received = (
            _weekend_liq(rng, rng.choice([2024, 2025]))
            if case == "weekend-grace"
            else _holiday_liq(rng)
        )
    elif case.startswith("pre2004"):
        liq = dt.date(2005, 9, 12) + dt.timedelta(days=rng.randint(0, 40))
        received = liq + dt.timedelta(
            days=rng.randint(20, 80) if case == "pre2004-accept" else rng.randint(100, 170)
        )
    elif case == "untimely":
        received = liq + dt.timedelta(days=180 + rng.randint(6, 40))
        while law.next_business_day(liq + dt.timedelta(days=180)) >= received:
            received += dt.timedelta(days=3)
    elif case == "premature":
        received = liq - dt.timedelta(days=rng.randint(4, 25))
    elif case == "no-entry-date":
        # within 90 days, so the unknown entry date cannot make the protest late
        received = liq + dt.timedelta(days=rng.randint(10, 85))
    for n in range(count):
        entry_liq = liq
        if case == "mixed-timeliness" and n == 1:
            entry_liq = liq - dt.timedelta(days=150)
        entry_date = (
            dt.date(2004, 12, 10)
            if case.startswith("pre2004")
            else entry_liq - dt.timedelta(days=rng.randint(280, 330))
        )
        number = (
            law.entry_number(filer, serial + n)
            if case == "schedule-range"
            else law.entry_number(filer, rng.randint(1000000, 9999999))
        )
        entries.append(
            {"entry_number": number, "entry_date": entry_date, "liquidation_date": entry_liq}
        )
    if case == "mixed-timeliness":
        received = entries[1]["liquidation_date"] + dt.timedelta(days=200)
        # entry 1 (liquidated 150 days earlier) is 20 days late; entry 0 is timely
        while (
            law.next_business_day(entries[1]["liquidation_date"] + dt.timedelta(days=180))
            >= received
        ):
            received += dt.timedelta(days=2)
    today = received + dt.timedelta(days=rng.randint(5, 60))
    missing: list[str] = []
    not_scored: list[str] = []
    lasts = {
        e["entry_number"]: law.last_day(e["entry_date"], e["liquidation_date"]) for e in entries
    }
    outcome = "accept"
    late = [n for n, day in lasts.items() if received > day]
    early = [e for e in entries if received < e["liquidation_date"]]
    grace = [
        n
        for n, day in lasts.items()
        if received > day
        and not law.is_business_day(day)
        and received <= law.next_business_day(day)
    ]
    if grace or (early and len(early) < len(entries)) or (late and len(late) < len(entries)):
        outcome = "needs_human"
    elif early:
        outcome = "premature"
    elif late:
        outcome = "untimely"
    fields = {
        "address": True,
        "ior": True,
        "entry_date": True,
        "liq": True,
        "goods": True,
        "objection": True,
        "drawback": True,
    }
    gap = {
        "no-address": ("address", "174.13(a)(1)"),
        "no-importer-no": ("ior", "174.13(a)(2)"),
        "no-entry-date": ("entry_date", "174.13(a)(3)"),
        "no-liq-date": ("liq", "174.13(a)(4)"),
        "no-description": ("goods", "174.13(a)(5)"),
        "no-objection": ("objection", "174.13(a)(6)"),
        "no-drawback": ("drawback", "174.13(a)(9)"),
    }
    if case in gap:
        fields[gap[case][0]] = False
        missing.append(gap[case][1])
        outcome = "deficient"
    earlier = None
    if case == "earlier-no-date":
        earlier = f"{port_code}-{str(liq.year)[2:]}-{rng.randint(100000, 199999)}"
        missing.append("174.13(a)(7)")
        outcome = "deficient"
    if case == "no-drawback":
        not_scored.append(
            "outcome not scored: the only open point is the 174.13(a)(9) declaration, whose "
            "wording is a VERIFY rule"
        )
    if case == "no-liq-date":
        not_scored.append(
            "outcome, deadline and last_days not scored: without a liquidation date the timeliness "
            "cannot be checked, and the contract does not say whether that goes to a person"
        )
    if case == "no-entry-date":
        not_scored.append(
            "deadline and last_days not scored: without the entry date the 90- or 180-day "
            "period is not known"
        )
    accel = case == "accel-review" or (case == "accept" and index % 2 == 1)
    review = case in ("accel-review", "schedule-range", "pre2004-accept") or index % 3 == 0
    invalid = case == "invalid-petition"
    if invalid:
        outcome = "invalid"
        not_scored.append(
            "deadline and last_days not scored: the protested decision is a penalty petition "
            "decision, not a liquidation"
        )
    if case == "no-objection":
        not_scored.append(
            "category not scored: the letter names no decision or ground, only that the entries "
            "are protested"
        )
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": port_code,
        "received_date": received.isoformat(),
        "importer_number": ior if fields["ior"] else None,
        "protestant_name": name,
        "protestant_address": ", ".join(address) if fields["address"] else None,
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat() if fields["entry_date"] else None,
                "liquidation_date": e["liquidation_date"].isoformat() if fields["liq"] else None,
            }
            for e in entries
        ],
        "category": None if invalid else category,
        "merchandise_description": goods if fields["goods"] else None,
        "accelerated_disposition": accel,
        "further_review_requested": review,
        "signer_name": signer,
    }
    if case == "no-objection":
        del values["category"]
    decision: dict[str, Any] = {"outcome": outcome, "missing": missing}
    if not invalid and case not in ("no-liq-date", "no-entry-date"):
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {n: d.isoformat() for n, d in lasts.items()}
    if case in ("no-drawback", "no-liq-date"):
        del decision["outcome"]
    styles = (
        ["grid", "cover-schedule", "twocol"]
        if producer == "typst"
        else ["screen", "form", "findings"]
    )
    style = "cover-schedule" if case == "schedule-range" else styles[index % 3]
    dstyle = {
        "grid": "oracle",
        "cover-schedule": "dots",
        "twocol": "long",
        "screen": "oracle",
        "form": "us",
        "findings": "euro",
    }[style]
    # the form carries CBP's date-received box, filled: it wins over the clerk's later date
    stored = received + dt.timedelta(days=int(style == "form"))
    out = Case(
        "protest",
        case,
        style,
        ["--received", stored.isoformat(), "--today", today.isoformat()],
        values,
        decision,
        not_scored,
    )
    write(
        out,
        rng,
        name=name,
        address=address,
        port=(port_code, port_name),
        goods=goods,
        signer=signer,
        ior=ior,
        category=category,
        entries=entries,
        fields=fields,
        earlier=earlier,
        accel=accel,
        review=review,
        invalid=invalid,
        dstyle=dstyle,
        received=received,
    )
    return out
