"""Penalty referral facts per case and their truth under 19 U.S.C. 1592 (customs-rules.md s. 3)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import law
from .people import COMPANIES, GOODS, PORTS, ein, entry_number, filer_code

D = dt.timedelta
CASES = [
    "neg",
    "gross-mixed",
    "fraud",
    "fraud-pd",
    "neg-noloss",
    "no-facts",
    "barred",
    "under-1000",
    "noncommercial",
    "dv-cap",
    "gross-pd",
    "fraud-noloss-pd",
]
CULP = {
    "neg": "negligence",
    "neg-noloss": "negligence",
    "no-facts": "negligence",
    "under-1000": "negligence",
    "noncommercial": "negligence",
    "barred": "gross_negligence",
    "gross-mixed": "gross_negligence",
    "dv-cap": "gross_negligence",
    "gross-pd": "gross_negligence",
    "fraud": "fraud",
    "fraud-pd": "fraud",
    "fraud-noloss-pd": "fraud",
}
MAX_X = {
    "negligence": (Decimal(2), Decimal("0.20")),
    "gross_negligence": (Decimal(4), Decimal("0.40")),
}
RANGE = {
    "fraud": ((5, 8), ("0.50", "0.80")),
    "gross_negligence": (("2.5", 4), ("0.25", "0.40")),
    "negligence": (("0.5", 2), ("0.05", "0.20")),
}


@dataclass
class PEntry:
    number: str
    entered: dt.date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Penalty:
    case: str
    number: str
    name: str
    address: list[str]
    ior: str
    port: tuple[str, str]
    goods: str
    violation: str
    culpability: str
    disclosure: bool
    noncommercial: bool
    entries: list[PEntry]
    domestic: Decimal
    dutiable: Decimal
    today: dt.date

    @property
    def violation_date(self) -> dt.date:
        return min(e.entered for e in self.entries)


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def build(rng: random.Random, case: str) -> Penalty:
    name, address = rng.choice(COMPANIES)
    if case == "noncommercial":
        name, address = "Daniel R. Whitcomb", ["48 Maple Avenue", "Evanston, IL 60201"]
    port = rng.choice(PORTS)
    goods, _ = rng.choice(GOODS)
    filer = filer_code(rng)
    count = 1 if case in ("under-1000", "noncommercial") else rng.randrange(2, 5)
    first = dt.date(2021, 3, 1) + D(days=rng.randrange(700))
    entries = []
    for i in range(count):
        entered = first + D(days=i * rng.randrange(20, 90))
        value = _cents(rng, 8000, 90000) if count > 1 else _cents(rng, 2500, 6000)
        rate = Decimal(rng.choice([3, 4, 5, 6]))
        paid = (value * rate / 100).quantize(law.CENT)
        owed = (
            paid
            if case.endswith("noloss") or case == "fraud-noloss-pd"
            else (value * (rate + rng.choice([4, 6, 9])) / 100).quantize(law.CENT)
        )
        if case == "under-1000":
            owed = paid + _cents(rng, 150, 240)
        liquidated = case != "gross-mixed" or i % 2 == 0
        entries.append(PEntry(entry_number(rng, filer), entered, liquidated, value, paid, owed))
    loss = sum((max(e.owed - e.paid, Decimal(0)) for e in entries), Decimal(0))
    if (loss * 100) % 2:
        last = entries[-1]
        entries[-1] = PEntry(
            last.number,
            last.entered,
            last.liquidated,
            last.value,
            last.paid,
            last.owed + Decimal("0.01"),
        )
    dutiable = Decimal(int(sum(e.value for e in entries)))
    domestic = Decimal(int(dutiable * Decimal("1.45")))
    if case == "dv-cap":
        domestic = Decimal(int(loss * 3))
        dutiable = Decimal(int(domestic * Decimal("0.7")))
    today = first + D(days=rng.randrange(500, 1100))
    if case == "barred":
        today = law.add_years(first, 5) + D(days=rng.randrange(5, 60))
    violation = rng.choice(["undervaluation", "misclassification", "wrong country of origin"])
    return Penalty(
        case,
        f"{rng.randrange(2024, 2026)}-{port[0]}-{rng.randrange(100000, 999999)}-01",
        name,
        address,
        ein(rng),
        port,
        goods,
        violation,
        CULP[case],
        case.endswith("-pd"),
        case == "noncommercial",
        entries,
        domestic,
        dutiable,
        today,
    )


def _statutory_max(p: Penalty, loss: Decimal) -> Decimal:
    if p.culpability == "fraud":
        return p.domestic
    per_loss, per_value = MAX_X[p.culpability]
    return min(p.domestic, per_loss * loss if loss > 0 else per_value * p.dutiable)


def truth(p: Penalty) -> dict[str, Any]:
    """values, decision and not_scored for one referral, to the cent."""
    actual = sum((max(e.owed - e.paid, Decimal(0)) for e in p.entries if e.liquidated), Decimal(0))
    potential = sum(
        (max(e.owed - e.paid, Decimal(0)) for e in p.entries if not e.liquidated), Decimal(0)
    )
    loss = actual + potential
    stat = _statutory_max(p, loss)
    (lo_x, hi_x), (lo_v, hi_v) = RANGE[p.culpability]
    low, high = (
        (Decimal(str(lo_x)) * loss, Decimal(str(hi_x)) * loss)
        if loss > 0
        else (Decimal(lo_v) * p.dutiable, Decimal(hi_v) * p.dutiable)
    )
    not_scored: list[str] = []
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": law.money(actual),
            "potential": law.money(potential),
            "total": law.money(loss),
        },
        "statutory_max": law.money(stat),
        "guideline_range": [law.money(min(low, p.domestic)), law.money(min(high, p.domestic))],
        "limitations_date": law.add_years(p.violation_date, 5).isoformat(),
    }
    barred = [e.number for e in p.entries if law.add_years(e.entered, 5) < p.today]
    decision["barred_entries"] = barred
    human = bool(barred) or law.add_years(p.violation_date, 5) < p.today or p.case == "no-facts"
    proposed: Decimal | None = stat
    if p.disclosure and p.culpability == "fraud":
        proposed = loss if loss > 0 else Decimal("0.10") * p.dutiable
    elif p.disclosure:
        proposed = None
        human = True
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure with an actual loss needs "
            "interest"
        )
    if proposed is not None:
        decision["proposed_penalty"] = law.money(proposed)
    decision["outcome"] = "needs_human" if human else "draft"
    if human or proposed == 0:
        decision["notice"] = "none"
    else:
        assert proposed is not None
        decision["notice"] = "pre_penalty" if proposed > 1000 and not p.noncommercial else "penalty"
    values = {
        "case_number": p.number,
        "party_name": p.name,
        "party_address": ", ".join(p.address),
        "importer_number": p.ior,
        "violation_date": p.violation_date.isoformat(),
        "culpability": p.culpability,
        "prior_disclosure": p.disclosure,
        "noncommercial": p.noncommercial,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entered.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": law.money(e.value),
                "duty_paid": law.money(e.paid),
                "duty_owed": law.money(e.owed),
            }
            for e in p.entries
        ],
        "domestic_value": law.money(p.domestic),
        "dutiable_value": law.money(p.dutiable),
    }
    return {"values": values, "decision": decision, "not_scored": not_scored}
