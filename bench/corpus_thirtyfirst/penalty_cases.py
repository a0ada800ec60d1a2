"""Penalty referrals under 19 U.S.C. 1592 across culpability, disclosure and limitations, with the
truth the rules give for each (all money in cents, exact by construction)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_thirtyfirst import law
from bench.corpus_thirtyfirst.entries import (
    business_on_or_after,
    day_between,
    entry_number,
    weekday_on_or_after,
)
from bench.corpus_thirtyfirst.formats import dollars
from bench.corpus_thirtyfirst.pools import COMPANIES, PORTS

CASES = [
    "neg",
    "gn",
    "fraud",
    "neg-nolod",
    "fraud-pd",
    "gn-pd-actual",
    "neg-dvcap",
    "expired",
    "near-limit",
    "noncommercial",
    "small",
    "mixed-liq",
    "fraud-pd-nolod",
    "gn-nolod",
    "overpaid-entry",
    "neg-pd-potential",
    "fraud-nolod",
    "small-exact1000",
]
D = dt.timedelta
NOW = dt.date(2026, 11, 30)  # referrals are not dated after the corpus was written


@dataclass
class Line:
    number: str
    entered: dt.date
    liquidated: bool
    value: int
    paid: int
    owed: int


@dataclass
class PenaltyFacts:
    case: str
    case_number: str
    party: str
    address: list[str]
    ior: str
    port: tuple[str, str]
    culpability: str
    disclosure: bool
    noncommercial: bool
    lines: list[Line]
    domestic: int
    dutiable: int
    today: dt.date

    @property
    def violation(self) -> dt.date:
        return min(x.entered for x in self.lines)

    def losses(self) -> tuple[int, int]:
        actual = sum(max(0, x.owed - x.paid) for x in self.lines if x.liquidated)
        return actual, sum(max(0, x.owed - x.paid) for x in self.lines if not x.liquidated)


def _culpability(case: str) -> str:
    return (
        "fraud"
        if case.startswith("fraud")
        else "gross_negligence"
        if case.startswith("gn")
        else "negligence"
    )


def facts(case: str, rng: random.Random) -> PenaltyFacts:
    party, address = rng.choice(COMPANIES)
    port = rng.choice(PORTS)
    span = {
        "expired": (dt.date(2019, 6, 3), dt.date(2021, 5, 28)),
        "near-limit": (dt.date(2021, 12, 6), dt.date(2022, 6, 30)),
    }.get(case, (dt.date(2021, 6, 1), dt.date(2024, 6, 28)))
    first = weekday_on_or_after(day_between(rng, *span))
    single = case.startswith("small") or case == "noncommercial"
    count = 1 if single else rng.randrange(2, 5)
    lines = []
    for i in range(count):
        entered = business_on_or_after(first + D(days=i * rng.randrange(20, 60)))
        value = rng.randrange(4_000, 9_000 if single else 95_000) * 100
        paid = value * rng.randrange(2, 6) // 100
        rate = (
            rng.randrange(60, 76) if case == "neg-dvcap" else rng.randrange(12 if single else 4, 19)
        )
        owed = paid if "nolod" in case else paid + value * rate // 100 + rng.randrange(100)
        lines.append(Line(entry_number(rng), entered, True, value, paid, owed))
    if case == "small":
        lines[0].owed = lines[0].paid + 24_680  # LOD 246.80: a 493.60 proposal
    if case == "small-exact1000":
        lines[0].owed = lines[0].paid + 50_000  # LOD 500.00: exactly 1,000.00
    if case in ("mixed-liq", "neg-pd-potential"):
        for x in lines[1:] if case == "mixed-liq" else lines:
            x.liquidated = False
    if case == "overpaid-entry":
        lines[-1].owed = lines[-1].paid - 1_250
    actual, potential = PenaltyFacts(
        case, "", "", [], "", port, "", False, False, lines, 0, 0, first
    ).losses()
    if (actual + potential) % 2:  # halves of the loss must be whole cents
        lines[0].owed += 1
    dutiable = sum(x.value for x in lines)
    lod = sum(max(0, x.owed - x.paid) for x in lines)
    domestic = dutiable * rng.randrange(130, 170) // 100 // 100 * 100
    if case == "neg-dvcap":
        domestic = dutiable * 110 // 100 // 100 * 100  # twice the loss is above the domestic value
        assert 2 * lod > domestic
    violation = min(x.entered for x in lines)
    limit = law.add_years(violation, 5)
    if case == "expired":
        today = limit + D(days=rng.randrange(20, 200))
    elif case == "near-limit":
        today = limit - D(days=rng.randrange(40, 300))
    else:
        today = max(x.entered for x in lines) + D(days=rng.randrange(200, 900))
    today = min(today, limit - D(days=10), NOW) if case != "expired" else min(today, NOW)
    while any(law.add_years(x.entered, 5) == today for x in lines):  # never on a limit itself
        today += D(days=1)
    return PenaltyFacts(
        case=case,
        case_number=f"{today.year}-{port[0]}-{rng.randrange(10**6):06d}-01",
        party=party,
        address=address,
        ior=f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        port=port,
        culpability=_culpability(case),
        disclosure="-pd" in case,
        noncommercial=case == "noncommercial",
        lines=lines,
        domestic=domestic,
        dutiable=dutiable,
        today=today,
    )


def truth(f: PenaltyFacts) -> dict[str, Any]:
    actual, potential = f.losses()
    lod = actual + potential
    maximum, (low, high), proposed = law.penalty_figures(
        f.culpability, lod, f.domestic, f.dutiable, f.disclosure
    )
    if f.disclosure and f.culpability != "fraud" and actual == 0:
        proposed = 0  # interest runs on the actual loss only (1592(c)(4))
    limit = law.add_years(f.violation, 5)
    barred = [x.number for x in f.lines if law.add_years(x.entered, 5) < f.today]
    needs_human = limit < f.today or bool(barred) or proposed is None
    notice = (
        "none"
        if needs_human or not proposed
        else "pre_penalty"
        if proposed > 100_000 and not f.noncommercial
        else "penalty"
    )
    values = {
        "case_number": f.case_number,
        "party_name": f.party,
        "party_address": ", ".join(f.address),
        "importer_number": f.ior,
        "violation_date": f.violation.isoformat(),
        "culpability": f.culpability,
        "prior_disclosure": f.disclosure,
        "noncommercial": f.noncommercial,
        "entries": [
            {
                "entry_number": x.number,
                "entry_date": x.entered.isoformat(),
                "liquidated": x.liquidated,
                "entered_value": dollars(x.value),
                "duty_paid": dollars(x.paid),
                "duty_owed": dollars(x.owed),
            }
            for x in f.lines
        ],
        "domestic_value": dollars(f.domestic),
        "dutiable_value": dollars(f.dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": dollars(actual),
            "potential": dollars(potential),
            "total": dollars(lod),
        },
        "statutory_max": dollars(maximum),
        "guideline_range": [dollars(low), dollars(high)],
        "proposed_penalty": None if proposed is None else dollars(proposed),
        "limitations_date": limit.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty not scored: a (gross) negligence prior disclosure with "
            "an actual loss needs an interest computation"
        )
    if f.disclosure and f.culpability != "fraud" and actual == 0:
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: a (gross) negligence prior disclosure with no actual loss"
        )
    result: dict[str, Any] = {
        "kind": "penalty-case",
        "case": f.case,
        "args": ["--today", f.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        result["not_scored"] = not_scored
    return result
