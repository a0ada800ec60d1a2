"""Penalty-referral cases: the facts of each referral and the truth computed from 19 U.S.C. 1592
and 19 CFR 171 App. B, in cents."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_thirtieth import law, pools

CASES = [
    "neg", "gn", "fraud", "neg-nolod", "fraud-pd", "gn-pd-actual", "expired", "dv-cap",
    "noncommercial", "small", "fraud-pd-nolod", "near-limit", "gn-nolod", "overpaid-entry",
    "neg-pd-potential", "mixed-liq",
]
CULPABILITY = {"gn": "gross_negligence", "fraud": "fraud"}
INDIVIDUALS = [
    pools.Party("Mr. Desmond A. Kowalczyk", ("118 Birchwood Lane", "Evanston, IL 60201")),
    pools.Party("Ms. Renata Szabo-Hill", ("2207 Ocean Park Blvd., Apt. 5",
                                          "Santa Monica, CA 90405")),
]


@dataclass
class PenaltyEntry:
    number: str
    entered: dt.date
    liquidated: bool
    value: int  # cents
    paid: int
    owed: int


@dataclass
class PenaltyFacts:
    case: str
    case_number: str
    port: tuple[str, str]
    party: pools.Party
    ior: str | None
    culpability: str
    disclosed: bool
    noncommercial: bool
    entries: list[PenaltyEntry]
    domestic: int
    dutiable: int | None
    goods: pools.Goods
    today: dt.date
    officer: str
    memo_date: dt.date

    @property
    def violation(self) -> dt.date:
        return min(e.entered for e in self.entries)


def _entry(rng: random.Random, filer: str, entered: dt.date, liquidated: bool, loss: bool
           ) -> PenaltyEntry:
    value = rng.randrange(800, 9000) * 1000 + rng.randrange(0, 100) * 10  # whole dollars x 10
    paid = value * rng.choice([2, 3, 4]) // 100 // 2 * 2
    owed = paid + (rng.randrange(20000, 800000) * 2 if loss else 0)  # even cents: exact halves
    return PenaltyEntry(law.entry_number(filer, pools.serial(rng)), entered, liquidated, value,
                        paid, owed)


def facts(case: str, rng: random.Random) -> PenaltyFacts:
    port = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    today = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(700))
    first = today - dt.timedelta(days=rng.randrange(300, 1300))
    first = first.replace(day=min(first.day, 28))
    loss = "nolod" not in case
    count = rng.randrange(1, 4)
    entries = [_entry(rng, filer, first + dt.timedelta(days=40 * k + rng.randrange(30)),
                      rng.random() < 0.5, loss) for k in range(count)]
    total_value = sum(e.value for e in entries)
    f = PenaltyFacts(
        case=case, case_number=f"{today.year}-{port[0]}-{rng.randrange(10**6):06d}-01", port=port,
        party=rng.choice(pools.FIRMS), ior=pools.ein(rng),
        culpability=CULPABILITY.get(case.split("-")[0], "negligence"),
        disclosed="-pd" in case, noncommercial=False, entries=entries,
        domestic=total_value * rng.choice([13, 14, 15]) // 1000 * 100,
        dutiable=(total_value // 100 * 100) if (not loss or rng.random() < 0.5) else None,
        goods=rng.choice(pools.GOODS), today=today, officer=rng.choice(pools.PEOPLE),
        memo_date=today - dt.timedelta(days=rng.randrange(3, 20)),
    )
    if case == "expired":
        shift = dt.timedelta(days=5 * 365 + rng.randrange(30, 200))
        for e in f.entries:
            e.entered -= shift
    elif case == "near-limit":
        shift = (f.violation - law.plus_years(f.today, -5)) - dt.timedelta(days=rng.randrange(
            30, 300))
        for e in f.entries:
            e.entered -= shift
    elif case == "dv-cap":
        # 1.5 x LOD in whole dollars: 2 x LOD exceeds the domestic value
        f.domestic = sum(max(0, e.owed - e.paid) for e in f.entries) * 3 // 200 * 100
    elif case == "noncommercial":
        f.noncommercial, f.party, f.ior = True, rng.choice(INDIVIDUALS), None
        f.entries = f.entries[:1]
    elif case == "small":
        e = f.entries[0]
        f.entries = [e]
        e.owed = e.paid + 50000  # 2 x 500.00 = 1,000.00: exactly the 162.77(c) threshold
    elif case == "overpaid-entry":
        f.entries.append(_entry(rng, filer, f.entries[-1].entered + dt.timedelta(days=33),
                                True, False))
        f.entries[-1].owed = f.entries[-1].paid - rng.randrange(100, 900) * 2
    elif case == "mixed-liq":
        f.entries.append(_entry(rng, filer, f.entries[-1].entered + dt.timedelta(days=51),
                                not f.entries[-1].liquidated, True))
    elif case in ("gn-pd-actual",):
        f.entries[0].liquidated = True
    elif case == "neg-pd-potential":
        for e in f.entries:
            e.liquidated = False
    for e in f.entries:
        e.entered = e.entered.replace(day=min(e.entered.day, 28))
    return f


def truth(f: PenaltyFacts) -> dict[str, Any]:
    actual = sum(max(0, e.owed - e.paid) for e in f.entries if e.liquidated)
    potential = sum(max(0, e.owed - e.paid) for e in f.entries if not e.liquidated)
    lod = actual + potential
    maximum, band, proposed = law.penalty_figures(f.culpability, lod, f.domestic, f.dutiable,
                                                  f.disclosed)
    limit = law.plus_years(f.violation, 5)
    barred = [e.number for e in f.entries if f.today > law.plus_years(e.entered, 5)]
    not_scored: list[str] = []
    needs_human = f.today > limit or bool(barred)
    if f.disclosed and f.culpability != "fraud":
        if actual > 0:
            needs_human = True
            not_scored.append("proposed_penalty not scored: a (gross) negligence prior "
                              "disclosure with an actual loss needs an interest computation")
        else:
            proposed = 0
    outcome = "needs_human" if needs_human else "draft"
    if proposed is None or needs_human or proposed == 0:
        notice = "none"
    else:
        notice = "pre_penalty" if proposed > 100000 and not f.noncommercial else "penalty"

    def usd(cents: int) -> float:
        return round(cents / 100, 2)

    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": usd(actual), "potential": usd(potential), "total": usd(lod)},
        "statutory_max": usd(maximum), "guideline_range": [usd(band[0]), usd(band[1])],
        "proposed_penalty": usd(proposed) if proposed is not None else None,
        "limitations_date": limit.isoformat(), "notice": notice, "outcome": outcome,
        "barred_entries": barred,
    }
    if proposed is None:
        del decision["proposed_penalty"]
    if f.disclosed and f.culpability != "fraud" and actual == 0:
        del decision["outcome"]
        not_scored.append("outcome not scored: whether every (gross) negligence prior "
                          "disclosure, or only one with an actual loss, goes to a person is not "
                          "settled by the contract; notice is none either way")
    values = {
        "case_number": f.case_number, "party_name": f.party.name,
        "party_address": f.party.address, "importer_number": f.ior,
        "violation_date": f.violation.isoformat(), "culpability": f.culpability,
        "prior_disclosure": f.disclosed, "noncommercial": f.noncommercial,
        "entries": [{"entry_number": e.number, "entry_date": e.entered.isoformat(),
                     "liquidated": e.liquidated, "entered_value": usd(e.value),
                     "duty_paid": usd(e.paid), "duty_owed": usd(e.owed)} for e in f.entries],
        "domestic_value": usd(f.domestic),
        "dutiable_value": usd(f.dutiable) if f.dutiable is not None else None,
    }
    out: dict[str, Any] = {"kind": "penalty-case", "case": f.case,
                           "args": ["--today", f.today.isoformat()], "values": values,
                           "decision": decision}
    if not_scored:
        out["not_scored"] = not_scored
    return out
