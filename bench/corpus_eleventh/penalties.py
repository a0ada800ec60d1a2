"""Penalty referrals under 19 U.S.C. 1592: the facts of each case and the truth App. B gives."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_eleventh import people
from bench.corpus_eleventh.law import PenaltyEntry, penalty_figures, years_later

GOODS_DESCRIBED = False  # no referral of this hand names or describes the goods


@dataclass(frozen=True)
class PenaltyFacts:
    case_number: str
    name: str
    address: tuple[str, str]
    ior: str
    culpability: str
    disclosed: bool
    noncommercial: bool
    entries: tuple[PenaltyEntry, ...]
    domestic: Decimal
    dutiable: Decimal | None
    today: date

    @property
    def violation(self) -> date:
        return min(e.entry_date for e in self.entries)


def _cents(value: float) -> Decimal:
    return Decimal(str(round(value, 2)))


def _entries(
    rng: random.Random,
    first: date,
    count: int,
    loss: bool,
    liquidated: tuple[bool, ...],
    owed_rates: tuple[float, ...] = (0.065, 0.08, 0.112),
) -> list[PenaltyEntry]:
    rows = []
    day = first
    for i in range(count):
        entered = _cents(rng.uniform(18000, 140000))
        paid = _cents(float(entered) * rng.choice((0.025, 0.034, 0.048)))
        owed = _cents(float(entered) * rng.choice(owed_rates)) if loss else paid
        rows.append(
            PenaltyEntry(
                people.entry_number(rng), day, liquidated[i % len(liquidated)], entered, paid, owed
            )
        )
        day += timedelta(days=rng.randrange(20, 70))
    total = sum((max(Decimal(0), e.duty_owed - e.duty_paid) for e in rows), Decimal(0))
    if loss and int(total * 100) % 2:  # keeps 0.5 x and 2.5 x the loss exact to the cent
        rows[0] = replace(rows[0], duty_owed=rows[0].duty_owed + Decimal("0.01"))
    return rows


def build(case: str, rng: random.Random) -> PenaltyFacts:
    name, address = people.pick_company(rng)
    first = date(2021, 3, 1) + timedelta(days=rng.randrange(0, 900))
    if first.month == 2 and first.day == 29:
        first += timedelta(days=1)
    culpability = {
        "gn": "gross_negligence",
        "gn-nolod": "gross_negligence",
        "noncommercial-gn": "gross_negligence",
        "gn-pd-actual": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-nolod": "fraud",
    }.get(case, "negligence")
    loss = not case.endswith("nolod")
    liq: tuple[bool, ...] = {
        "neg-mixed": (True, False),
        "gn-pd-actual": (True,),
        "fraud-pd": (True,),
        "small": (True,),
    }.get(case, (rng.random() < 0.5,))
    count = 1 if case in ("small", "noncommercial-gn") else rng.randrange(2, 4)
    # The DV cap bites where the duty owed is most of the value (antidumping cash deposits evaded).
    rates = (0.82, 0.9) if case == "neg-dvcap" else (0.065, 0.08, 0.112)
    rows = _entries(rng, first, count, loss, liq, rates)
    if case == "small":
        rows = [
            replace(
                rows[0],
                entered_value=Decimal("4210.00"),
                duty_paid=Decimal("105.26"),
                duty_owed=Decimal("421.00"),
            )
        ]
    if case == "noncommercial-gn":
        rows = [
            replace(
                rows[0],
                entered_value=Decimal("3880.00"),
                duty_paid=Decimal("0.00"),
                duty_owed=Decimal("232.80"),
            )
        ]
    if case == "neg-overpaid":
        rows[1] = replace(rows[1], duty_owed=rows[1].duty_paid - Decimal("310.40"))
        total = sum((max(Decimal(0), e.duty_owed - e.duty_paid) for e in rows), Decimal(0))
        if int(total * 100) % 2:
            rows[0] = replace(rows[0], duty_owed=rows[0].duty_owed + Decimal("0.01"))
    lod = sum((max(Decimal(0), e.duty_owed - e.duty_paid) for e in rows), Decimal(0))
    entered = sum((e.entered_value for e in rows), Decimal(0))
    domestic = Decimal(int(entered * Decimal("1.6")))
    if case == "neg-dvcap":
        domestic = Decimal(int(entered * Decimal("1.3")))
        assert lod * 2 > domestic > lod / 2
    dutiable = Decimal(int(entered / 100) * 100) if not loss or rng.random() < 0.4 else None
    today = (
        years_later(first, 5) + timedelta(days=rng.randrange(30, 200))
        if case == "expired"
        else max(e.entry_date for e in rows) + timedelta(days=rng.randrange(200, 700))
    )
    return PenaltyFacts(
        case_number=f"{rng.choice(people.PORTS)[0]}-{today.year}-{rng.randrange(100000, 999999)}"
        "-01",
        name=name,
        address=address,
        ior=people.ein(rng),
        culpability=culpability,
        disclosed=case in ("fraud-pd", "fraud-pd-nolod", "gn-pd-actual"),
        noncommercial=case == "noncommercial-gn",
        entries=tuple(rows),
        domestic=domestic,
        dutiable=dutiable,
        today=today,
    )


def _f(value: Decimal) -> float:
    return float(value)


def truth(facts: PenaltyFacts, args: list[str], case: str) -> dict[str, Any]:
    figures = penalty_figures(
        list(facts.entries), facts.culpability, facts.disclosed, facts.domestic, facts.dutiable
    )
    limitations = years_later(facts.violation, 5)
    barred = [e.entry_number for e in facts.entries if years_later(e.entry_date, 5) < facts.today]
    assert all(years_later(e.entry_date, 5) != facts.today for e in facts.entries)
    # No style describes the goods, and only the summary names a kind of violation
    # ("undervalued") with no facts of how, which every notice must state (19 CFR
    # 162.77(b)(1)(i), (iii), (iv); issue 14 item 3): a person completes the case before any
    # notice (the integrator's correction, as for the third, fourth, fifth and seventh hands).
    human = (
        limitations < facts.today or bool(barred) or figures.proposed is None or not GOODS_DESCRIBED
    )
    if human or not figures.proposed:
        notice = "none"
    elif figures.proposed > 1000 and not facts.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    values = {
        "case_number": facts.case_number,
        "party_name": facts.name,
        "party_address": ", ".join(facts.address),
        "importer_number": facts.ior,
        "violation_date": facts.violation.isoformat(),
        "culpability": facts.culpability,
        "prior_disclosure": facts.disclosed,
        "noncommercial": facts.noncommercial,
        "entries": [
            {
                "entry_number": e.entry_number,
                "entry_date": e.entry_date.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": _f(e.entered_value),
                "duty_paid": _f(e.duty_paid),
                "duty_owed": _f(e.duty_owed),
            }
            for e in facts.entries
        ],
        "domestic_value": _f(facts.domestic),
        "dutiable_value": None if facts.dutiable is None else _f(facts.dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": _f(figures.actual),
            "potential": _f(figures.potential),
            "total": _f(figures.actual + figures.potential),
        },
        "statutory_max": _f(figures.statutory_max),
        "guideline_range": [_f(figures.low), _f(figures.high)],
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
    result: dict[str, Any] = {
        "kind": "penalty-case",
        "case": case,
        "args": args,
        "values": values,
        "decision": decision,
    }
    if figures.proposed is None:
        result["not_scored"] = [
            "proposed_penalty not scored: a (gross) negligence prior disclosure with an "
            "actual loss needs an interest computation"
        ]
    else:
        decision["proposed_penalty"] = _f(figures.proposed)
    return result
