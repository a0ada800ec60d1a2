"""Penalty-referral cases: the facts each referral states and the truth the law gives them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_thirtyfourth import law, pools

CASES = [
    "neg",
    "gn-mixed",
    "fraud",
    "neg-nolod",
    "fraud-pd",
    "small",
    "gn-pd-actual",
    "dv-cap",
    "noncommercial",
    "expired",
    "fraud-pd-nolod",
    "overpaid-entry",
    "near-limit",
    "gn-nolod",
]
CULPABILITY = {"neg": "negligence", "gn": "gross_negligence", "fraud": "fraud"}


@dataclass
class PEntry:
    """One entry of the referral, money in cents."""

    number: str
    entry_date: dt.date
    liquidated: bool
    entered: int
    paid: int
    owed: int


@dataclass
class Penalty:
    """What one referral says."""

    case: str
    case_number: str
    name: str
    address: list[str]
    ior: str
    culpability: str
    disclosed: bool
    noncommercial: bool
    entries: list[PEntry]
    domestic: int
    dutiable: int
    today: dt.date
    goods: str
    officer: str
    supervisor: str
    port: tuple[str, str]

    @property
    def violation(self) -> dt.date:
        """The violation date: the first entry's date."""
        return min(e.entry_date for e in self.entries)


def make(case: str, rng: random.Random) -> Penalty:
    """The facts of CASE, drawn with RNG."""
    name, address = rng.choice(pools.FIRMS)
    port = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    culpability = CULPABILITY.get(case.split("-")[0], "negligence")
    count = 1 if case in ("small", "noncommercial") else rng.randrange(2, 6)
    start = dt.date(rng.choice([2022, 2023, 2024]), rng.randrange(1, 12), rng.randrange(1, 28))
    if case == "expired":
        start = dt.date(rng.choice([2019, 2020]), rng.randrange(1, 12), rng.randrange(1, 28))
    entries = []
    for n in range(count):
        day = start + dt.timedelta(days=rng.randrange(0, 200) if n else 0)
        entered = (
            rng.randrange(4_000_000, 12_000_000)
            if case not in ("small", "noncommercial")
            else rng.randrange(150_000, 400_000)
        )
        rate = rng.choice([25, 40, 65, 80])  # tenths of a percent
        paid = entered * rate // 1000
        owed = paid if case.endswith("nolod") else paid + entered * rng.choice([20, 35, 70]) // 1000
        if (
            case == "dv-cap"
        ):  # undeclared antidumping duty: twice the loss exceeds the domestic value
            owed = paid + entered * rng.choice([700, 800, 900]) // 1000
        if case == "small":
            owed = paid + rng.randrange(10_000, 40_000)
        if case == "overpaid-entry" and n == 0:
            owed = paid - rng.randrange(10_000, 90_000)
        liquidated = {"gn-mixed": n % 2 == 0, "gn-pd-actual": True, "neg": False}.get(
            case, rng.random() < 0.4
        )
        entries.append(
            PEntry(
                law.entry_number(filer, f"{rng.randrange(1000000, 9999999)}"),
                day,
                liquidated,
                entered,
                paid,
                owed,
            )
        )
    lod = sum(max(0, e.owed - e.paid) for e in entries)
    if lod % 2:  # keep 0.5 x and 2.5 x LOD exact to the cent
        next(e for e in entries if e.owed > e.paid).owed += 1
        lod += 1
    total_entered = sum(e.entered for e in entries)
    dutiable = (total_entered // 2000) * 2000
    markup = 13 if case == "dv-cap" else rng.choice([13, 15, 18])  # tenths of the entered value
    domestic = (total_entered * markup // 1000) * 100
    violation = min(e.entry_date for e in entries)
    limit = law.add_years(violation, 5)
    if case == "expired":
        today = limit + dt.timedelta(days=rng.randrange(10, 200))
    elif case == "near-limit":
        today = limit - dt.timedelta(days=rng.randrange(40, 300))
    else:
        today = max(e.entry_date for e in entries) + dt.timedelta(days=rng.randrange(200, 500))
    return Penalty(
        case=case,
        case_number=f"{today.year}-{port[0]}-{rng.randrange(100000, 999999)}-01",
        name=name,
        address=address,
        ior=pools.ior(rng),
        culpability=culpability,
        disclosed="-pd" in case,
        noncommercial=case == "noncommercial",
        entries=entries,
        domestic=domestic,
        dutiable=dutiable,
        today=today,
        goods=rng.choice(pools.GOODS)[0],
        officer=rng.choice(pools.PEOPLE),
        supervisor=rng.choice(pools.PEOPLE),
        port=port,
    )


def dollars(cents: int) -> float:
    """Cents as a number of dollars."""
    return round(cents / 100, 2)


def truth(p: Penalty) -> dict[str, Any]:
    """The truth file's values and decision for P, computed from the law."""
    actual = sum(max(0, e.owed - e.paid) for e in p.entries if e.liquidated)
    potential = sum(max(0, e.owed - e.paid) for e in p.entries if not e.liquidated)
    lod = actual + potential
    maximum, rng, proposed = law.penalty_figures(
        p.culpability, lod, p.domestic, p.dutiable, p.disclosed
    )
    limitations = law.add_years(p.violation, 5)
    barred = [e.number for e in p.entries if law.add_years(e.entry_date, 5) < p.today]
    not_scored = []
    needs_human = p.today > limitations or bool(barred) or proposed is None
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": dollars(actual),
            "potential": dollars(potential),
            "total": dollars(lod),
        },
        "statutory_max": dollars(maximum),
        "guideline_range": [dollars(rng[0]), dollars(rng[1])],
        "limitations_date": limitations.isoformat(),
        "notice": law.notice(proposed, p.noncommercial, needs_human),
        "outcome": "needs_human" if needs_human else "draft",
        "barred_entries": barred,
    }
    if proposed is None:
        not_scored.append("proposed_penalty: interest on the actual loss, computed by a person")
    else:
        decision["proposed_penalty"] = dollars(proposed)
    values = {
        "case_number": p.case_number,
        "party_name": p.name,
        "party_address": ", ".join(p.address),
        "importer_number": p.ior,
        "violation_date": p.violation.isoformat(),
        "culpability": p.culpability,
        "prior_disclosure": p.disclosed,
        "noncommercial": p.noncommercial,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entry_date.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": dollars(e.entered),
                "duty_paid": dollars(e.paid),
                "duty_owed": dollars(e.owed),
            }
            for e in p.entries
        ],
        "domestic_value": dollars(p.domestic),
        "dutiable_value": dollars(p.dutiable),
    }
    return {
        "kind": "penalty-case",
        "case": p.case,
        "args": ["--today", p.today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
