"""Penalty referral cases under 19 U.S.C. 1592: the facts a referral states and its truth."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_twentyeighth import fakes, law

# (case, culpability, prior disclosure, commercial)
CASES = [
    ("neg", "negligence", False, True),
    ("gn-mixed", "gross_negligence", False, True),
    ("fraud", "fraud", False, True),
    ("fraud-pd", "fraud", True, True),
    ("neg-nolod", "negligence", False, True),
    ("neg-pd-actual", "negligence", True, True),
    ("expired-barred", "gross_negligence", False, True),
    ("exact-1000", "negligence", False, True),
    ("noncommercial", "gross_negligence", False, False),
    ("gn-dvcap", "gross_negligence", False, True),
    ("fraud-pd-nolod", "fraud", True, True),
    ("gn-pd-potential", "gross_negligence", True, True),
    ("neg-overpaid", "negligence", False, True),
    ("fraud-nolod", "fraud", False, True),
    ("neg-near-limit", "negligence", False, True),
]


@dataclass
class Case:
    case: str
    number: str
    party: str
    address: tuple[str, ...]
    ior: str | None  # a private person's importation carries none
    culpability: str
    disclosed: bool
    commercial: bool
    entries: list[law.PenaltyEntry]
    domestic: int
    dutiable: int
    violation: dt.date
    today: dt.date
    port: tuple[str, str]
    officer: tuple[str, str]
    goods: str
    date_style: str
    money_style: str
    figures: law.PenaltyFigures


def _entries(rng: random.Random, case: str, start: dt.date, count: int) -> list[law.PenaltyEntry]:
    filer = rng.choice(fakes.FILERS)
    days = sorted(fakes.pick_date(rng, start, start + dt.timedelta(days=300)) for _ in range(count))
    days[0] = start
    rate_paid, rate_owed = rng.choice(
        [(25, 65), (30, 75), (0, 40), (45, 120)]
    )  # tenths of a percent
    if case == "gn-dvcap":
        rate_paid, rate_owed = 30, 380
    out = []
    for n, day in enumerate(days):
        entered = rng.randint(8_000, 90_000) * 100
        paid = entered * rate_paid // 1000
        owed = paid if case.endswith("nolod") else entered * rate_owed // 1000
        if case == "exact-1000":
            entered, paid, owed = 21_400_00, 535_00, 1_035_00  # a loss of exactly $500
        if case == "neg-overpaid" and n == 0:
            owed = paid - rng.randint(50_00, 300_00)
        liquidated = not (
            case in ("gn-mixed", "gn-pd-potential") and (n % 2 == 1 or case == "gn-pd-potential")
        )
        out.append(
            law.PenaltyEntry(fakes.new_entry(rng, filer), day, liquidated, entered, paid, owed)
        )
    lod = sum(max(0, e.owed - e.paid) for e in out)
    if lod % 2:  # keep half-multiples (0.5 x, 2.5 x) exact to the cent
        last = out[-1]
        out[-1] = law.PenaltyEntry(
            last.entry_number,
            last.entry_date,
            last.liquidated,
            last.entered,
            last.paid,
            last.owed + 1,
        )
    return out


def make(index: int, seed: int) -> Case:
    name, culpability, disclosed, commercial = CASES[index % len(CASES)]
    rng = random.Random(f"penalty-{seed}-{index}")
    count = 1 if name in ("exact-1000", "noncommercial") else rng.randint(2, 4)
    if name == "gn-mixed":
        count = max(count, 2)
    start = fakes.pick_date(rng, dt.date(2020, 3, 1), dt.date(2023, 6, 1))
    entries = _entries(rng, name, start, count)
    dutiable = sum(e.entered for e in entries)
    factor = 105 if name == "gn-dvcap" else rng.choice([140, 165, 180, 210])
    domestic = dutiable * factor // 10000 * 100
    limit = law.add_years(start, 5)
    last_entry = max(e.entry_date for e in entries)
    if name == "expired-barred":
        today = limit + dt.timedelta(days=rng.randint(10, 120))
    elif name == "neg-near-limit":
        today = limit - dt.timedelta(days=rng.randint(60, 300))
    else:
        low = last_entry + dt.timedelta(days=200)
        today = min(limit - dt.timedelta(days=30), low + dt.timedelta(days=rng.randint(0, 500)))
        today = max(today, last_entry + dt.timedelta(days=60))
    figures = law.penalty_figures(
        culpability, disclosed, commercial, entries, domestic, dutiable, start, today
    )
    port = rng.choice(fakes.PORTS)
    party, lines = rng.choice(fakes.FIRMS)
    if not commercial:
        party, lines = rng.choice(fakes.PEOPLE)[0], ("2817 Larkspur Court", "Reno, NV 89509")
    return Case(
        case=name,
        number=f"{today.year}-{port[0]}-{rng.randint(100000, 999999)}-01",
        party=party,
        address=lines,
        ior=fakes.ein(rng) if commercial else None,
        culpability=culpability,
        disclosed=disclosed,
        commercial=commercial,
        entries=entries,
        domestic=domestic,
        dutiable=dutiable,
        violation=start,
        today=today,
        port=port,
        officer=rng.choice(fakes.OFFICERS),
        goods=rng.choice(fakes.GOODS)[0],
        date_style=rng.choice(fakes.DATE_STYLES),
        money_style=rng.choice(["dollar", "usd", "plain"]),
        figures=figures,
    )


def _usd(cents: int) -> float:
    return round(cents / 100, 2)


def truth(c: Case) -> dict[str, Any]:
    f = c.figures
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": _usd(f.actual),
            "potential": _usd(f.potential),
            "total": _usd(f.actual + f.potential),
        },
        "statutory_max": _usd(f.statutory_max),
        "guideline_range": [_usd(f.low), _usd(f.high)],
    }
    not_scored = []
    if f.proposed is None:
        not_scored.append(
            "proposed_penalty not scored: a (gross) negligence prior disclosure with an "
            "actual loss needs an interest computation"
        )
    else:
        decision["proposed_penalty"] = _usd(f.proposed)
    decision |= {"limitations_date": f.limitations.isoformat(), "notice": f.notice}
    if f.outcome is None:
        not_scored.append(
            "outcome not scored: whether every (gross) negligence prior disclosure, or only one "
            "with an actual loss, goes to a person is not settled by the contract; notice is "
            "none either way"
        )
    else:
        decision["outcome"] = f.outcome
    decision["barred_entries"] = f.barred
    values = {
        "case_number": c.number,
        "party_name": c.party,
        "party_address": fakes.address(c.address),
        "importer_number": c.ior,
        "violation_date": c.violation.isoformat(),
        "culpability": c.culpability,
        "prior_disclosure": c.disclosed,
        "noncommercial": not c.commercial,
        "entries": [
            {
                "entry_number": e.entry_number,
                "entry_date": e.entry_date.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": _usd(e.entered),
                "duty_paid": _usd(e.paid),
                "duty_owed": _usd(e.owed),
            }
            for e in c.entries
        ],
        "domestic_value": _usd(c.domestic),
        "dutiable_value": _usd(c.dutiable),
    }
    out: dict[str, Any] = {
        "kind": "penalty-case",
        "case": c.case,
        "args": ["--today", c.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out
