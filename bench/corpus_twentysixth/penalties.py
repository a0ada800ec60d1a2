"""19 U.S.C. 1592 referrals: situations, truths (19 CFR 162, 171 App. B) and two layouts, a case
report with numbered paragraphs and an exhibit list, and a transmittal sheet with dotted leaders."""

# ruff: noqa: E501 -- long lines are the documents' own sentences, kept whole so they read as printed

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .law import add_years, cents, ein, entry_number, filer_code
from .parties import COMPANIES, GOODS, PORTS, pick

CASES = (
    "neg",
    "gross",
    "fraud",
    "fraud-pd",
    "fraud-pd-noloss",
    "no-kind",
    "gross-pd",
    "limitations",
    "under-1000",
    "noncommercial",
    "dv-cap",
    "no-goods",
)
CULP_WORDS = {
    "negligence": ("negligence", "Negligent", "NEGLIGENCE"),
    "gross_negligence": ("gross negligence", "Grossly negligent", "GROSS NEGLIGENCE"),
    "fraud": ("fraud", "Fraudulent (knowing and intentional)", "FRAUD"),
}
VIOLATIONS = (
    "undervaluation: invoices omitted assists and a second payment to the seller",
    "misclassification: the goods were declared under a free provision that does not describe them",
    "false country of origin: goods of Chinese origin were declared as products of Malaysia",
)


@dataclass
class Line:
    number: str
    entered: date
    liquidated: bool
    value: int  # cents
    paid: int
    owed: int


@dataclass
class Penalty:
    case: str
    case_number: str
    party: tuple[str, list[str]]
    ior: str
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    lines: list[Line]
    domestic: int
    dutiable: int | None
    goods: str | None
    violation: str | None
    today: date
    port: tuple[str, str]
    not_scored: list[str] = field(default_factory=list)


def build(case: str, rng: random.Random) -> Penalty:
    taken: set[str] = set()
    party = pick(rng, COMPANIES, taken)
    port = pick(rng, PORTS, taken)
    filer = filer_code(rng)
    start = date(2023, 3, 6) + timedelta(days=rng.randrange(500))
    if case == "limitations":
        start = date(2020, 6, 1) + timedelta(days=rng.randrange(60))
    lines = []
    for n in range(rng.choice((2, 3))):
        value = rng.randrange(20000, 120000) * 100 + rng.randrange(100)
        paid = rng.randrange(200, 3000) * 100 + rng.randrange(100)
        owed = paid + (
            rng.randrange(300, 4000) * 100 + rng.randrange(0, 100, 2)
            if case not in ("fraud-pd-noloss", "no-kind")
            else 0
        )
        lines.append(
            Line(
                entry_number(rng, filer),
                start + timedelta(days=40 * n),
                rng.random() < 0.4,
                value,
                paid,
                owed,
            )
        )
    culp = {
        "gross": "gross_negligence",
        "gross-pd": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-noloss": "fraud",
        "dv-cap": "gross_negligence",
    }.get(case, "negligence")
    domestic = sum(line.value for line in lines) * 3 // 200 * 100
    p = Penalty(
        case,
        f"2025-{port[0]}-{rng.randrange(100000, 999999)}-01",
        party,
        ein(rng),
        culp,
        case in ("fraud-pd", "fraud-pd-noloss", "gross-pd"),
        case == "noncommercial",
        lines,
        domestic,
        None,
        rng.choice(GOODS),
        rng.choice(VIOLATIONS),
        lines[-1].entered + timedelta(days=200 + rng.randrange(200)),
        port,
    )
    if case in ("fraud-pd-noloss", "no-kind"):
        p.dutiable = sum(line.value for line in lines) // 2000 * 2000
    if case == "under-1000":
        del lines[1:]
        lines[0].owed = lines[0].paid + rng.choice((50000, 41250, 38810))
    if case == "gross-pd":
        lines[0].liquidated = True
    if case == "no-kind":
        p.violation = None
    if (
        case == "dv-cap"
    ):  # Section 301 goods declared at a 5% rate: 4 x LOD passes the domestic value
        for line in lines:
            line.paid = line.value // 2000 * 100
            line.owed = line.paid + line.value * 35 // 10000 * 100
        p.domestic = sum(line.value for line in lines) * 5 // 400 * 100
    if case == "no-goods":
        p.goods = None
    if case == "limitations":
        p.today = date(2025, 9, 1) + timedelta(days=rng.randrange(90))
    if case == "noncommercial":
        for line in lines:  # goods for the importer's own use: small values
            line.value = rng.randrange(1500, 9000) * 100 + rng.randrange(100)
            line.paid = line.value * 3 // 100
            line.owed = line.paid + rng.randrange(150, 400) * 100
        p.domestic = sum(line.value for line in lines) * 3 // 200 * 100
    return p


def _lod(p: Penalty) -> tuple[int, int]:
    actual = sum(max(0, line.owed - line.paid) for line in p.lines if line.liquidated)
    potential = sum(max(0, line.owed - line.paid) for line in p.lines if not line.liquidated)
    return actual, potential


def _exact(amount: int, numerator: int, denominator: int) -> int:
    assert amount * numerator % denominator == 0, "every computed figure is exact to the cent"
    return amount * numerator // denominator


def truth(p: Penalty) -> dict[str, Any]:
    actual, potential = _lod(p)
    lod = actual + potential
    dv = p.domestic
    if lod > 0:
        factor = {"negligence": (2, 1), "gross_negligence": (4, 1), "fraud": (0, 1)}[p.culpability]
        low, high = {
            "negligence": ((1, 2), (2, 1)),
            "gross_negligence": ((5, 2), (4, 1)),
            "fraud": ((5, 1), (8, 1)),
        }[p.culpability]
        base = lod
    else:
        dutiable = p.dutiable or 0
        factor = {"negligence": (20, 100), "gross_negligence": (40, 100), "fraud": (0, 1)}[
            p.culpability
        ]
        low, high = {
            "negligence": ((5, 100), (20, 100)),
            "gross_negligence": ((25, 100), (40, 100)),
            "fraud": ((50, 100), (80, 100)),
        }[p.culpability]
        base = dutiable
    smax = dv if p.culpability == "fraud" else min(dv, _exact(base, *factor))
    grange = [min(dv, _exact(base, *low)), min(dv, _exact(base, *high))]
    proposed: int | None = smax
    if p.prior_disclosure:
        if p.culpability == "fraud":
            proposed = lod if lod > 0 else _exact(p.dutiable or 0, 10, 100)
        else:
            proposed = None
    violation = p.lines[0].entered
    limit = add_years(violation, 5)
    barred = [line.number for line in p.lines if add_years(line.entered, 5) < p.today]
    human = (
        limit < p.today
        or bool(barred)
        or proposed is None
        or p.goods is None
        or p.violation is None
    )
    if human or proposed == 0:
        notice = "none"
    elif proposed is not None and proposed > 100000 and not p.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    values = {
        "case_number": p.case_number,
        "party_name": p.party[0],
        "party_address": ", ".join(p.party[1]),
        "importer_number": p.ior,
        "violation_date": violation.isoformat(),
        "culpability": p.culpability,
        "prior_disclosure": p.prior_disclosure,
        "noncommercial": p.noncommercial,
        "entries": [
            {
                "entry_number": line.number,
                "entry_date": line.entered.isoformat(),
                "liquidated": line.liquidated,
                "entered_value": cents(line.value),
                "duty_paid": cents(line.paid),
                "duty_owed": cents(line.owed),
            }
            for line in p.lines
        ],
        "domestic_value": cents(dv),
        "dutiable_value": cents(p.dutiable) if p.dutiable is not None else None,
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": cents(actual),
            "potential": cents(potential),
            "total": cents(lod),
        },
        "statutory_max": cents(smax),
        "guideline_range": [cents(grange[0]), cents(grange[1])],
        "limitations_date": limit.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
    notes = []
    if proposed is None:
        notes.append(
            "proposed_penalty not scored: a gross-negligence prior disclosure with an actual loss "
            "needs an interest computation a person makes"
        )
        if actual == 0:
            notes.append(
                "outcome/notice not scored: a (gross) negligence prior disclosure with no actual loss"
            )
            decision.pop("outcome")
            decision.pop("notice")
    else:
        decision["proposed_penalty"] = cents(proposed)
    if barred:
        notes.append(
            "loss_of_duties/statutory_max/guideline_range/proposed_penalty not scored: the contract "
            "does not say whether barred entries stay in the figures the person splits"
        )
        for key in ("loss_of_duties", "statutory_max", "guideline_range", "proposed_penalty"):
            decision.pop(key, None)
    p.not_scored = notes
    return {"values": values, "decision": decision, "human": human, "proposed": proposed}
