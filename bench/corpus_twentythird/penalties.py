"""19 U.S.C. 1592 penalty cases: facts, the computation by the law, and their truth."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .common import CENT, cents, entry_number, filer_code, plus_years
from .parties import Party, company

CASES = [
    "neg-loss",
    "gross-noloss",
    "fraud-pd",
    "limitations-passed",
    "no-goods",
    "noncommercial",
    "barred-entry",
    "no-violation-kind",
    "fraud-cap",
    "neg-pd",
    "neg-under-1000",
    "gross-mixed-liq",
]
CULPABILITY = {
    "neg-loss": "negligence",
    "gross-noloss": "gross_negligence",
    "fraud-pd": "fraud",
    "limitations-passed": "negligence",
    "no-goods": "gross_negligence",
    "noncommercial": "negligence",
    "barred-entry": "negligence",
    "no-violation-kind": "negligence",
    "fraud-cap": "fraud",
    "neg-pd": "negligence",
    "neg-under-1000": "negligence",
    "gross-mixed-liq": "gross_negligence",
}
MAX_FACTOR = {
    "negligence": (Decimal(2), Decimal("0.20")),
    "gross_negligence": (Decimal(4), Decimal("0.40")),
}
RANGE = {
    "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
    "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
    "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
}


@dataclass
class Entry:
    number: str
    entered: date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class PenaltyCase:
    case: str
    party: Party
    case_number: str
    culpability: str
    entries: list[Entry]
    domestic: Decimal
    dutiable: Decimal | None
    prior_disclosure: bool
    noncommercial: bool
    today: date
    lacks: str  # "", "goods", "kind"

    @property
    def violation(self) -> date:
        return min(e.entered for e in self.entries)


def build_case(rng: random.Random, case: str, used: set[str]) -> PenaltyCase:
    """Facts chosen so that every figure is exact to the cent and the intended outcome holds."""
    filer = filer_code(rng)
    start = date(2021, 3, 1) + timedelta(days=rng.randrange(0, 900))
    today = start + timedelta(days=rng.randrange(300, 700))
    if case == "limitations-passed":
        start = date(2019, 4, 1) + timedelta(days=rng.randrange(0, 200))
        today = plus_years(start, 5) + timedelta(days=rng.randrange(20, 90))
    count = 1 if case in ("noncommercial", "neg-under-1000") else rng.randrange(2, 4)
    entries = []
    for k in range(count):
        entered = start + timedelta(days=45 * k + rng.randrange(0, 30))
        value = (
            cents(rng, 800, 3000)
            if case in ("noncommercial", "neg-under-1000")
            else cents(rng, 20000, 120000)
        )
        paid = (value * Decimal("0.025")).quantize(CENT)
        paid -= paid % Decimal("0.02")
        owed = (
            paid
            if case == "gross-noloss"
            else (
                paid + cents(rng, 40, 1200, step=2)
                if count == 1 or k % 2 == 0 or case != "neg-loss"
                else paid
            )
        )
        if case in ("noncommercial", "neg-under-1000"):
            owed = paid + (
                cents(rng, 600, 1200, step=2)
                if case == "noncommercial"
                else cents(rng, 60, 240, step=2)
            )
        # neg-pd needs an actual loss: with only a potential one its outcome is contract-open.
        liquidated = k == 0 and case in ("gross-mixed-liq", "fraud-pd", "neg-pd")
        entries.append(Entry(entry_number(rng, filer), entered, liquidated, value, paid, owed))
    if case == "barred-entry":
        old = plus_years(today, -5) - timedelta(days=rng.randrange(10, 60))
        entries[0].entered = old
    total_value = sum((e.value for e in entries), Decimal(0))
    domestic = Decimal(int(total_value * Decimal("1.4")))
    if case == "fraud-cap":
        domestic = Decimal(int(sum((e.owed - e.paid for e in entries), Decimal(0)) * 6))
    dutiable = Decimal(int(total_value)) if case == "gross-noloss" else None
    return PenaltyCase(
        case=case,
        party=company(rng, used),
        case_number=f"{today.year}-{rng.randrange(1000, 5999)}-{rng.randrange(100000, 999999)}-01",
        culpability=CULPABILITY[case],
        entries=entries,
        domestic=domestic,
        dutiable=dutiable,
        prior_disclosure=case in ("fraud-pd", "neg-pd"),
        noncommercial=case == "noncommercial",
        today=today,
        lacks={"no-goods": "goods", "no-violation-kind": "kind"}.get(case, ""),
    )


def decide(pc: PenaltyCase) -> tuple[dict[str, object], list[str]]:
    """The contract's decision for the case, and what is left unscored."""
    actual = sum((max(e.owed - e.paid, Decimal(0)) for e in pc.entries if e.liquidated), Decimal(0))
    potential = sum(
        (max(e.owed - e.paid, Decimal(0)) for e in pc.entries if not e.liquidated), Decimal(0)
    )
    lod = actual + potential
    dv = pc.domestic
    if pc.culpability == "fraud":
        maximum = dv
    else:
        per_lod, per_value = MAX_FACTOR[pc.culpability]
        assert lod > 0 or pc.dutiable is not None
        maximum = (
            min(dv, per_lod * lod) if lod > 0 else min(dv, per_value * (pc.dutiable or Decimal(0)))
        )
    lod_range, value_range = RANGE[pc.culpability]
    base, factors = (lod, lod_range) if lod > 0 else (pc.dutiable or Decimal(0), value_range)
    low, high = (min(dv, (f * base).quantize(CENT)) for f in factors)
    limitations = plus_years(pc.violation, 5)
    barred = [e.number for e in pc.entries if plus_years(e.entered, 5) < pc.today]
    not_scored = []
    needs_human = limitations < pc.today or bool(barred) or bool(pc.lacks)
    proposed: Decimal | None = maximum
    if pc.prior_disclosure:
        if pc.culpability == "fraud":
            proposed = (
                lod if lod > 0 else (Decimal("0.10") * (pc.dutiable or Decimal(0))).quantize(CENT)
            )
        else:
            proposed = None
            needs_human = True
    decision: dict[str, object] = {
        "loss_of_duties": {
            "actual": float(actual),
            "potential": float(potential),
            "total": float(lod),
        },
        "statutory_max": float(maximum),
        "guideline_range": [float(low), float(high)],
        "limitations_date": limitations.isoformat(),
        "barred_entries": barred,
    }
    if pc.prior_disclosure:
        del decision["guideline_range"]
        not_scored.append(
            "guideline_range: with a prior disclosure the notice shows no App. B range (open point)"
        )
    if proposed is None:
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure needs an interest computation"
        )
    else:
        decision["proposed_penalty"] = float(proposed)
    if needs_human or proposed == 0:
        notice = "none"
    elif proposed is not None and proposed > 1000 and not pc.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision["notice"] = notice
    decision["outcome"] = "needs_human" if needs_human else "draft"
    return decision, not_scored
