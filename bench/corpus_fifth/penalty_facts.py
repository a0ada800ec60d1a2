"""The facts of one 19 U.S.C. 1592 referral and its truth under 1592(c), App. B and the contract."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_fifth import law
from bench.corpus_fifth.parties import PORTS, Party, entry_number, party

CASES = ["neg", "gn", "fraud", "neg-nolod", "gn-dvcap", "fraud-pd", "fraud-pd-nolod",
         "neg-pd-actual", "expired", "noncommercial", "small-exact1000", "mixed-overpaid",
         "near-limit", "small", "gn-nolod", "fraud-nolod"]
MAX_FACTOR = {"negligence": Decimal(2), "gross_negligence": Decimal(4)}
NO_LOSS_MAX = {"negligence": Decimal("0.20"), "gross_negligence": Decimal("0.40")}
RANGE = {"fraud": (Decimal(5), Decimal(8)), "gross_negligence": (Decimal("2.5"), Decimal(4)),
         "negligence": (Decimal("0.5"), Decimal(2))}
NO_LOSS_RANGE = {"fraud": (Decimal("0.50"), Decimal("0.80")),
                 "gross_negligence": (Decimal("0.25"), Decimal("0.40")),
                 "negligence": (Decimal("0.05"), Decimal("0.20"))}


@dataclass
class PenaltyEntry:
    number: str
    entered: date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal

    @property
    def loss(self) -> Decimal:
        return max(Decimal(0), self.owed - self.paid)


@dataclass
class PenaltyFacts:
    case: str
    case_number: str
    party: Party
    port: tuple[str, str]
    culpability: str
    entries: list[PenaltyEntry]
    domestic_value: Decimal
    dutiable_value: Decimal | None
    today: date
    officer: str = "FP&F Officer"
    prior_disclosure: bool = False
    noncommercial: bool = False
    not_scored: list[str] = field(default_factory=list)

    @property
    def violation_date(self) -> date:
        return min(entry.entered for entry in self.entries)

GOODS_DESCRIBED = False  # the referrals this hand writes never name or describe the goods


def _cents(value: float) -> Decimal:
    return Decimal(str(round(value, 2)))


def _entries(rng: random.Random, count: int, start: date, loss: bool,
             small: bool) -> list[PenaltyEntry]:
    filer = entry_number(rng)[:3]
    entries = []
    day = start
    for _ in range(count):
        value = _cents(rng.uniform(800, 2500) if small else rng.uniform(15000, 120000))
        rate = Decimal(rng.choice(["0.025", "0.032", "0.04", "0.05"]))
        paid = (value * rate).quantize(law.CENT)
        owed = (value * (rate + Decimal(rng.choice(["0.06", "0.075", "0.1"])))).quantize(law.CENT)
        entries.append(PenaltyEntry(entry_number(rng, filer), day, rng.random() < 0.5, value,
                                    paid, owed if loss else paid))
        day += timedelta(days=rng.randint(15, 70))
    total = sum((e.loss for e in entries), Decimal(0))
    if total * 100 % 2:  # keep 0.5 x and 2.5 x the loss exact to the cent
        entries[-1].owed += Decimal("0.01")
    return entries


def build(rng: random.Random, case: str) -> PenaltyFacts:
    culpability = ("fraud" if case.startswith("fraud") else
                   "gross_negligence" if case.startswith("gn") else "negligence")
    today = date(2025, 3, 3) + timedelta(days=rng.randint(0, 300))
    years_back = 5.6 if case == "expired" else 4.5 if case == "near-limit" else rng.uniform(0.8, 3)
    start = today - timedelta(days=int(365.25 * years_back))
    loss = "nolod" not in case
    small = case.startswith("small")
    count = 1 if small or case == "noncommercial" else rng.randint(2, 4)
    entries = _entries(rng, count, start, loss, small)
    if case == "small-exact1000":
        entries[0].owed = entries[0].paid + Decimal("500.00")
    if case == "small":
        entries[0].owed = entries[0].paid + Decimal(str(rng.randint(150, 450))) + Decimal("0.24")
    if case == "mixed-overpaid":
        entries[0].liquidated, entries[1].liquidated = True, False
        entries.append(PenaltyEntry(entry_number(rng, entries[0].number[:3]),
                                    entries[-1].entered + timedelta(days=20), True,
                                    Decimal("41250.00"), Decimal("2062.50"), Decimal("1650.00")))
    if case == "neg-pd-actual":
        entries[0].liquidated = True
    entered = sum((e.value for e in entries), Decimal(0))
    domestic = Decimal(int(entered * Decimal("1.45")))
    if case == "gn-dvcap":  # a 40-point rate difference: four times the loss exceeds the DV
        for entry in entries:
            entry.owed = entry.paid + (entry.value * Decimal("0.40")).quantize(law.CENT)
        if sum((e.loss for e in entries), Decimal(0)) * 100 % 2:
            entries[-1].owed += Decimal("0.01")
    dutiable: Decimal | None = Decimal(int(entered)) if (not loss or rng.random() < 0.4) else None
    port = PORTS[rng.randrange(len(PORTS))]
    facts = PenaltyFacts(
        case=case, case_number=f"{today.year}-{port[1]}-{rng.randint(100000, 999999)}-01",
        party=party(rng), port=port, culpability=culpability, entries=entries,
        domestic_value=domestic, dutiable_value=dutiable, today=today,
        prior_disclosure="-pd" in case, noncommercial=case == "noncommercial")
    return facts


def _capped(value: Decimal, cap: Decimal) -> Decimal:
    return law.money(min(value, cap))


def decide(facts: PenaltyFacts, goods_described: bool = GOODS_DESCRIBED) -> dict[str, Any]:
    """Loss, statutory maximum, range, proposal, limitations, notice and outcome."""
    actual = sum((e.loss for e in facts.entries if e.liquidated), Decimal(0))
    potential = sum((e.loss for e in facts.entries if not e.liquidated), Decimal(0))
    lod = actual + potential
    dv, dutiable, culp = facts.domestic_value, facts.dutiable_value, facts.culpability
    if lod == 0 and dutiable is None:
        raise ValueError("a no-loss case must print the dutiable value")
    if culp == "fraud":
        maximum = dv
    elif lod > 0:
        maximum = min(dv, MAX_FACTOR[culp] * lod)
    else:
        assert dutiable is not None
        maximum = min(dv, NO_LOSS_MAX[culp] * dutiable)
    low, high = RANGE[culp] if lod > 0 else NO_LOSS_RANGE[culp]
    base = lod if lod > 0 else dutiable
    assert base is not None
    limitations = law.add_years(facts.violation_date, 5)
    barred = [e.number for e in facts.entries if law.add_years(e.entered, 5) < facts.today]
    # No referral of this hand describes the merchandise, which every notice must state
    # (19 CFR 162.77(b)(1)(i); 162.79a; customs-rules.md section 3): a person completes the case
    # before any notice (the integrator's correction, as for the third hand).
    needs_human = facts.today > limitations or bool(barred) or not goods_described
    proposed: Decimal | None
    if not facts.prior_disclosure:
        proposed = dv if culp == "fraud" else maximum
    elif culp == "fraud":
        proposed = lod if lod > 0 else Decimal("0.10") * (dutiable or Decimal(0))
    elif actual > 0:
        proposed, needs_human = None, True
    else:
        raise ValueError("a (gross) negligence disclosure without actual loss is not generated")
    if needs_human or not proposed:
        notice = "none"
    elif proposed > 1000 and not facts.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": float(law.money(actual)),
                           "potential": float(law.money(potential)),
                           "total": float(law.money(lod))},
        "statutory_max": float(law.money(maximum)),
        "guideline_range": [float(_capped(low * base, dv)), float(_capped(high * base, dv))],
        "limitations_date": limitations.isoformat(), "notice": notice,
        "outcome": "needs_human" if needs_human else "draft", "barred_entries": barred}
    if proposed is not None:
        decision["proposed_penalty"] = float(law.money(proposed))
    else:
        facts.not_scored.append("proposed_penalty not scored: a (gross) negligence prior "
                                "disclosure with an actual loss needs an interest computation")
    return decision


def truth(facts: PenaltyFacts) -> dict[str, Any]:
    decision = decide(facts)
    who = facts.party
    values = {
        "case_number": facts.case_number, "party_name": who.name, "party_address": who.address,
        "importer_number": who.ein, "violation_date": facts.violation_date.isoformat(),
        "culpability": facts.culpability, "prior_disclosure": facts.prior_disclosure,
        "noncommercial": facts.noncommercial,
        "entries": [{"entry_number": e.number, "entry_date": e.entered.isoformat(),
                     "liquidated": e.liquidated, "entered_value": float(e.value),
                     "duty_paid": float(e.paid), "duty_owed": float(e.owed)}
                    for e in facts.entries],
        "domestic_value": float(facts.domestic_value),
        "dutiable_value": float(facts.dutiable_value) if facts.dutiable_value is not None else None,
    }
    return {"kind": "penalty-case", "case": facts.case,
            "args": ["--today", facts.today.isoformat()],
            "values": values, "decision": decision, "not_scored": list(facts.not_scored)}
