"""Penalty referrals under 19 U.S.C. 1592: each situation's facts and its truth, in cents."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_thirtythird import law, pools
from bench.corpus_thirtythird.model import dollars

CASES = [
    "neg",
    "gn",
    "fraud",
    "fraud-pd",
    "neg-nolod",
    "dv-cap",
    "expired",
    "small",
    "mixed-liq",
    "noncommercial",
    "gn-pd-actual",
    "barred-entry",
    "near-limit",
    "overpaid-entry",
    "fraud-pd-nolod",
    "gn-nolod",
    "neg-pd-potential",
]
CULPABILITY = {
    "gn": "gross_negligence",
    "gn-pd-actual": "gross_negligence",
    "gn-nolod": "gross_negligence",
    "fraud": "fraud",
    "fraud-pd": "fraud",
    "fraud-pd-nolod": "fraud",
}
DAY = dt.timedelta(days=1)


@dataclass
class Line:
    number: str
    entry_date: dt.date
    liquidated: bool
    value: int
    paid: int
    owed: int


@dataclass
class Penalty:
    """A referral's facts."""

    case: str
    case_number: str
    name: str
    address: list[str]
    importer: str
    port: tuple[str, str]
    violation: dt.date
    culpability: str
    disclosed: bool
    noncommercial: bool
    lines: list[Line]
    domestic: int
    dutiable: int | None
    goods: str
    officer: str
    written: dt.date
    today: dt.date


def _day(start: dt.date, rng: random.Random, span: int) -> dt.date:
    day = start + rng.randrange(span) * DAY
    return day + DAY if (day.month, day.day) == (2, 29) else day


def make(index: int, seed: int) -> Penalty:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"penalty-{seed}-{index}")
    name, address = rng.choice(pools.COMPANIES)
    port = rng.choice(pools.PORTS)
    today = _day(dt.date(2025, 9, 1), rng, 420)
    five = today.replace(year=today.year - 5, day=min(today.day, 28))
    if case == "expired":
        first = _day(five - 200 * DAY, rng, 150)
    elif case in ("near-limit", "barred-entry"):
        first = _day(five + 30 * DAY, rng, 250) if case == "near-limit" else five - 40 * DAY
    else:
        first = _day(today - 3 * 365 * DAY, rng, 600)
    count = 1 if case in ("noncommercial", "small") else rng.choice([2, 3, 4])
    if case in ("barred-entry", "mixed-liq"):
        count = max(count, 3)
    filer = rng.choice(pools.FILERS)
    lines: list[Line] = []
    day = first
    for n in range(count):
        value = (
            rng.randrange(800_000, 9_000_000)
            if case != "noncommercial"
            else rng.randrange(90_000, 200_000)
        )
        rate = rng.choice([25, 34, 48, 65]) / 1000
        paid = int(value * rate)
        owed = paid + int(value * rng.choice([40, 55, 80, 120]) / 1000)
        if case in ("neg-nolod", "gn-nolod", "fraud-pd-nolod"):
            owed = paid
        elif case == "small":
            owed = paid + rng.randrange(20_000, 48_000)
        elif case == "dv-cap":
            owed = paid + int(value * 0.6)
        elif case == "overpaid-entry" and n == 0:
            owed = paid - rng.randrange(5_000, 40_000)
        liquidated = {"mixed-liq": n % 2 == 0, "gn-pd-actual": True, "neg-pd-potential": False}.get(
            case, rng.random() < 0.4
        )
        lines.append(
            Line(
                law.entry_number(filer, f"{rng.randrange(10**7):07d}"),
                day,
                liquidated,
                value,
                paid,
                owed,
            )
        )
        day = day + rng.randrange(45, 140) * DAY
        if (day.month, day.day) == (2, 29):
            day += DAY
    loss = sum(max(0, ln.owed - ln.paid) for ln in lines)
    if loss % 2:
        lines[-1].owed += 1
    total_value = sum(ln.value for ln in lines)
    domestic = (total_value * (11 if case == "dv-cap" else 17) // 10) // 100 * 100
    nolod = case.endswith("nolod")
    violation = lines[1].entry_date if case == "barred-entry" else first
    return Penalty(
        case=case,
        case_number=f"{today.year}-{port[0]}-{rng.randrange(10**5, 10**6)}-0{rng.randrange(1, 4)}",
        name=name,
        address=address,
        importer=f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        port=port,
        violation=violation,
        culpability=CULPABILITY.get(case, "negligence"),
        disclosed="-pd" in case,
        noncommercial=case == "noncommercial",
        lines=lines,
        domestic=domestic,
        dutiable=(total_value // 100 * 100) if nolod or rng.random() < 0.4 else None,
        goods=rng.choice(pools.GOODS)[0],
        officer=rng.choice(pools.SIGNERS),
        written=today - rng.randrange(5, 30) * DAY,
        today=today,
    )


def truth(p: Penalty) -> dict[str, Any]:
    """Values and decision under the contract and 19 CFR 171 App. B."""
    actual = sum(max(0, ln.owed - ln.paid) for ln in p.lines if ln.liquidated)
    potential = sum(max(0, ln.owed - ln.paid) for ln in p.lines if not ln.liquidated)
    lod = actual + potential
    dutiable = p.dutiable or 0
    top, (low, high), proposed = law.penalty_figures(
        p.culpability, lod, p.domestic, dutiable, p.disclosed, actual
    )
    assert lod % 2 == 0 and dutiable % 20 == 0, p.case
    limit = law.add_years(p.violation, 5)
    barred = [ln.number for ln in p.lines if law.add_years(ln.entry_date, 5) < p.today]
    assert limit != p.today
    human = limit < p.today or bool(barred) or proposed is None
    notice = "none"
    if not human and proposed:
        notice = "pre_penalty" if proposed > 100_000 and not p.noncommercial else "penalty"
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": dollars(actual),
            "potential": dollars(potential),
            "total": dollars(lod),
        },
        "statutory_max": dollars(top),
        "guideline_range": [dollars(low), dollars(high)],
        "limitations_date": limit.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        not_scored.append("proposed_penalty: interest on the actual loss is computed by a person")
    else:
        decision["proposed_penalty"] = dollars(proposed)
    if p.disclosed and p.culpability != "fraud" and not actual and not human:
        del decision["outcome"]
        not_scored.append("outcome: a (gross) negligence prior disclosure with no actual loss")
    values = {
        "case_number": p.case_number,
        "party_name": p.name,
        "party_address": ", ".join(p.address),
        "importer_number": p.importer,
        "violation_date": p.violation.isoformat(),
        "culpability": p.culpability,
        "prior_disclosure": p.disclosed,
        "noncommercial": p.noncommercial,
        "entries": [
            {
                "entry_number": ln.number,
                "entry_date": ln.entry_date.isoformat(),
                "liquidated": ln.liquidated,
                "entered_value": dollars(ln.value),
                "duty_paid": dollars(ln.paid),
                "duty_owed": dollars(ln.owed),
            }
            for ln in p.lines
        ],
        "domestic_value": dollars(p.domestic),
        "dutiable_value": dollars(p.dutiable) if p.dutiable is not None else None,
    }
    out: dict[str, Any] = {
        "kind": "penalty-case",
        "case": p.case,
        "args": ["--today", p.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out
