"""19 U.S.C. 1592 referral cases: facts, and the truth computed from 19 CFR 162 and 171 App. B."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bench.corpus_twentyninth import law
from bench.corpus_twentyninth.parties import (
    FILERS,
    FIRMS,
    GOODS,
    PEOPLE,
    PORTS,
    Party,
    ein,
    entry_number,
    pick_party,
)

CASES = [
    "neg",
    "gn",
    "fraud",
    "fraud-pd",
    "neg-noloss",
    "expired",
    "neg-pd-actual",
    "dv-cap",
    "under-1000",
    "noncommercial",
    "gn-pd-potential",
    "fraud-pd-noloss",
    "near-limit",
    "gn-noloss",
    "overpaid-entry",
    "at-1000",
]

CULP = {
    "gn": "gross_negligence",
    "fraud": "fraud",
    "gn-pd-potential": "gross_negligence",
    "fraud-pd": "fraud",
    "fraud-pd-noloss": "fraud",
    "gn-noloss": "gross_negligence",
}
PERSONS = [
    ("Walter J. Brandt", ["14 Orchard Hill Road", "Ithaca, NY 14850"]),
    ("Lucia Fernandez-Ortiz", ["2207 Calle Luna", "El Paso, TX 79912"]),
]


@dataclass
class PEntry:
    number: str
    date: dt.date
    liquidated: bool
    entered: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class PenaltyFacts:
    case: str
    case_number: str
    party: Party
    importer_number: str | None
    port: tuple[str, str]
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    entries: list[PEntry]
    domestic: Decimal
    dutiable: Decimal | None
    violation: dt.date
    today: dt.date
    goods: tuple[str, str, str]
    officer: str
    pd_date: dt.date | None = None


def _money(rnd: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rnd.randint(lo * 100, hi * 100)) / 100


def _entries(case: str, rnd: random.Random, start: dt.date) -> list[PEntry]:
    filer = rnd.choice(FILERS)
    n = 1 if case in ("under-1000", "at-1000", "noncommercial") else rnd.choice([2, 3, 3, 4])
    noloss = case.endswith("noloss")
    out, day = [], start
    for k in range(n):
        entered = (
            _money(rnd, 400, 2500)
            if case in ("under-1000", "noncommercial")
            else _money(rnd, 15000, 160000)
        )
        paid = (entered * Decimal(rnd.choice(["0.025", "0.032", "0.04"]))).quantize(law.CENT)
        # dv-cap: antidumping duties make twice the loss exceed the domestic value.
        rate = "1.50" if case == "dv-cap" else rnd.choice(["0.065", "0.12", "0.25"])
        owed = paid if noloss else (entered * Decimal(rate)).quantize(law.CENT)
        if case == "overpaid-entry" and k == 1:
            owed = (paid * Decimal("0.5")).quantize(law.CENT)
        liq = {"gn-pd-potential": False, "neg-pd-actual": True}.get(case, rnd.random() < 0.5)
        out.append(PEntry(entry_number(rnd, filer), day, liq, entered, paid, owed))
        day += dt.timedelta(days=rnd.randint(25, 120))
        if (day.month, day.day) == (2, 29):  # five years on from a leap day is not a date
            day += dt.timedelta(days=1)
    if case == "at-1000":
        out[0].owed = out[0].paid + Decimal("500.00")  # 2 x LOD is exactly $1,000
    if case == "under-1000":
        out[0].owed = out[0].paid + _money(rnd, 120, 480)
    loss = sum((max(Decimal(0), e.owed - e.paid) for e in out), Decimal(0))
    if int(loss * 100) % 2:  # keep half the loss (0.5x and 2.5x) exact to the cent
        last = max(out, key=lambda e: e.owed - e.paid)
        last.owed += Decimal("0.01")
    return out


def make(case: str, rnd: random.Random) -> PenaltyFacts:
    start = dt.date(2019, 3, 1) + dt.timedelta(days=rnd.randint(0, 1500))
    if start.month == 2 and start.day == 29:
        start += dt.timedelta(days=1)
    entries = _entries(case, rnd, start)
    violation = entries[0].date
    limit = law.add_years(violation, 5)
    if case == "expired":
        today = limit + dt.timedelta(days=rnd.randint(10, 200))
    elif case == "near-limit":
        today = limit - dt.timedelta(days=rnd.randint(40, 300))
    else:
        today = min(
            entries[-1].date + dt.timedelta(days=rnd.randint(90, 500)),
            limit - dt.timedelta(days=400),
        )
        today = max(today, entries[-1].date + dt.timedelta(days=30))
    sum((max(Decimal(0), e.owed - e.paid) for e in entries), Decimal(0))
    entered = sum((e.entered for e in entries), Decimal(0))
    dutiable = Decimal(int(entered) + rnd.randint(0, 900))
    domestic = Decimal(int(dutiable * Decimal(rnd.choice(["1.4", "1.6", "1.9"]))))
    culp = CULP.get(case, "negligence")
    noncommercial = case == "noncommercial"
    party = Party(*rnd.choice(PERSONS)) if noncommercial else pick_party(rnd, FIRMS)
    port = rnd.choice(PORTS)
    pd = "-pd" in case
    return PenaltyFacts(
        case=case,
        case_number=f"{today.year}-{port[0]}-{rnd.randint(100000, 999999)}-01",
        party=party,
        importer_number=None if noncommercial else ein(rnd),
        port=port,
        culpability=culp,
        prior_disclosure=pd,
        noncommercial=noncommercial,
        entries=entries,
        domestic=domestic,
        dutiable=dutiable if (case.endswith("noloss") or rnd.random() < 0.5) else None,
        violation=violation,
        today=today,
        goods=rnd.choice(GOODS),
        officer=rnd.choice(PEOPLE),
        pd_date=entries[-1].date + dt.timedelta(days=rnd.randint(20, 60)) if pd else None,
    )


def loss(f: PenaltyFacts) -> tuple[Decimal, Decimal]:
    actual = sum((max(Decimal(0), e.owed - e.paid) for e in f.entries if e.liquidated), Decimal(0))
    potential = sum(
        (max(Decimal(0), e.owed - e.paid) for e in f.entries if not e.liquidated), Decimal(0)
    )
    return actual, potential


def _num(value: Decimal) -> float:
    return float(law.cents(value))


def truth(f: PenaltyFacts) -> dict[str, Any]:
    values: dict[str, Any] = {
        "case_number": f.case_number,
        "party_name": f.party.name,
        "party_address": f.party.joined,
        "importer_number": f.importer_number,
        "violation_date": f.violation.isoformat(),
        "culpability": f.culpability,
        "prior_disclosure": f.prior_disclosure,
        "noncommercial": f.noncommercial,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.date.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": _num(e.entered),
                "duty_paid": _num(e.paid),
                "duty_owed": _num(e.owed),
            }
            for e in f.entries
        ],
        "domestic_value": _num(f.domestic),
        "dutiable_value": _num(f.dutiable) if f.dutiable is not None else None,
    }
    actual, potential = loss(f)
    lod = actual + potential
    limit = law.add_years(f.violation, 5)
    barred = [e.number for e in f.entries if law.add_years(e.date, 5) < f.today]
    proposed = law.proposed_penalty(
        f.culpability, f.prior_disclosure, lod, actual, f.domestic, f.dutiable
    )
    interest = f.prior_disclosure and f.culpability != "fraud" and actual > 0
    needs_human = limit < f.today or bool(barred) or interest
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": _num(actual),
            "potential": _num(potential),
            "total": _num(lod),
        },
        "statutory_max": _num(law.statutory_max(f.culpability, lod, f.domestic, f.dutiable)),
        "guideline_range": [
            _num(v) for v in law.guideline_range(f.culpability, lod, f.domestic, f.dutiable)
        ],
        "proposed_penalty": _num(proposed) if proposed is not None else None,
        "limitations_date": limit.isoformat(),
        "notice": law.notice(proposed, needs_human, f.noncommercial),
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
    if f.prior_disclosure and f.culpability != "fraud" and not interest:
        del decision["outcome"]
        not_scored.append(
            "outcome not scored: whether every (gross) negligence prior disclosure, "
            "or only one with an actual loss, goes to a person is not settled by the "
            "contract; notice is none either way"
        )
    out: dict[str, Any] = {
        "kind": "penalty-case",
        "case": f.case,
        "args": ["--today", f.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out
