"""Penalty referrals under 19 U.S.C. 1592 and the figures a careful FP&F officer computes."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_nineteenth import law
from bench.corpus_nineteenth.parties import GOODS, Party, entry_number, importer

CASES = ["negligence-loss", "gross-overpaid", "fraud-loss", "no-goods", "noncommercial-no-loss",
         "fraud-pd-loss", "limitations-passed", "no-violation-kind", "barred-entry", "small-claim",
         "dv-cap", "neg-pd-actual", "no-facts", "fraud-pd-no-loss", "negligence-no-loss"]
VIOLATIONS = {
    "undervalued": "The invoices presented at entry understated the price actually paid; a "
                   "second invoice showed payments to the seller outside the letter of credit.",
    "misclassified": "The goods were entered under a duty-free subheading although the "
                     "importer's own specification sheets describe an article of a dutiable one.",
    "wrong origin": "The goods were declared as products of Malaysia; mill certificates and "
                    "shipping records show they were produced in China and only repacked.",
    "quantity": "The declared quantities were lower than the quantities shipped, as the "
                "packing lists in the importer's records show.",
}


@dataclass
class PEntry:
    number: str
    entry_date: date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Penalty:
    case: str
    party: Party
    case_number: str
    culpability: str
    violation: str | None
    goods: str | None
    facts: bool
    prior_disclosure: bool
    noncommercial: bool
    entries: list[PEntry]
    violation_date: date
    domestic_value: Decimal
    today: date
    date_style: str
    money_style: str
    rng: random.Random
    notes: list[str] = field(default_factory=list)

    @property
    def dutiable(self) -> Decimal:
        return sum((e.value for e in self.entries), Decimal(0))


def _entries(rng: random.Random, count: int, start: date, loss: bool) -> list[PEntry]:
    found = []
    entered = start
    for _ in range(count):
        value = Decimal(rng.randint(18, 240) * 500)
        paid = (value * Decimal(rng.choice([0, 25, 34, 50])) / 1000).quantize(law.CENT)
        owed = paid + (Decimal(rng.randint(200, 4000) * 2) / 100 * 10 if loss else 0)
        if (entered.month, entered.day) == (2, 29):  # five years on has no Feb 29
            entered += timedelta(days=1)
        found.append(PEntry(entry_number(rng), entered, rng.random() < 0.5, value, paid, owed))
        entered += timedelta(days=rng.randint(20, 70))
    return found


def build(rng: random.Random, case: str) -> Penalty:
    culpability = {"gross-overpaid": "gross_negligence", "fraud-loss": "fraud",
                   "fraud-pd-loss": "fraud", "fraud-pd-no-loss": "fraud"
                   }.get(case, rng.choice(["negligence", "negligence", "gross_negligence"]))
    start = date(2022, 1, 10) + timedelta(days=rng.randint(0, 700))
    loss = not case.endswith("no-loss")
    entries = _entries(rng, rng.choice([2, 3, 4]), start, loss)
    dutiable = sum((e.value for e in entries), Decimal(0))
    p = Penalty(case=case, party=importer(rng),
                case_number=f"{rng.choice(['2025', '2026'])}-{rng.choice(['5301', '2704', '1001'])}"
                            f"-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                culpability=culpability, violation=rng.choice(list(VIOLATIONS)),
                goods=rng.choice(GOODS), facts=True, prior_disclosure=case.startswith(
                    ("fraud-pd", "neg-pd")), noncommercial=False, entries=entries,
                violation_date=entries[0].entry_date,
                domestic_value=(dutiable * Decimal(rng.choice(["1.4", "1.6", "1.8"]))).quantize(
                    law.CENT), today=entries[-1].entry_date + timedelta(days=rng.randint(300, 900)),
                date_style=rng.choice(["us", "long", "abbrev", "dashed", "iso"]),
                money_style=rng.choice(["dollar", "plain", "usd", "dollar", "bare"]), rng=rng)
    _shape(p, rng)
    decision = truth(p)["decision"]
    barred = case in ("limitations-passed", "barred-entry")
    human = case.startswith("no-") or barred or case == "neg-pd-actual"
    assert decision["outcome"] == ("needs_human" if human else "draft"), case
    assert p.today != law.plus_years(p.violation_date, 5), case
    assert bool(decision["barred_entries"]) == barred, case
    return p


def _shape(p: Penalty, rng: random.Random) -> None:
    if p.case == "no-goods":
        p.goods = None
    elif p.case == "no-violation-kind":
        p.violation = None
    elif p.case == "no-facts":
        p.facts = False
    elif p.case == "limitations-passed":
        p.violation_date = p.entries[-1].entry_date
        p.today = law.plus_years(p.violation_date, 5) + timedelta(days=rng.randint(10, 60))
    elif p.case == "barred-entry":
        old = date(2020, 6, 1) + timedelta(days=rng.randint(0, 60))
        p.entries[0].entry_date = old
        p.violation_date = p.entries[-1].entry_date
        p.today = law.plus_years(old, 5) + timedelta(days=rng.randint(20, 120))
    elif p.case == "small-claim":
        p.culpability = "negligence"
        p.entries = p.entries[:1]
        p.entries[0].owed = p.entries[0].paid + Decimal(rng.randint(100, 240)) + Decimal("0.50")
        p.domestic_value = p.dutiable * Decimal("1.5")
    elif p.case == "dv-cap":
        p.culpability = "gross_negligence"
        for entry in p.entries:
            entry.owed = entry.paid + entry.value * Decimal("0.4")
        p.domestic_value = p.dutiable * Decimal("1.4")
    elif p.case == "noncommercial-no-loss":
        p.noncommercial = True
        p.entries = p.entries[:1]
        p.entries[0].value = Decimal(rng.randint(8, 30) * 500)
        p.entries[0].paid = p.entries[0].owed = p.entries[0].value * Decimal("0.05")
        p.domestic_value = p.dutiable * Decimal("1.5")
    elif p.case == "neg-pd-actual":
        p.culpability = "negligence"
        p.entries[0].liquidated = True
    elif p.case == "gross-overpaid":
        p.entries[0].paid = p.entries[0].owed + Decimal("312.40")
        p.entries[0].liquidated = True
        p.entries[-1].liquidated = False
    if p.today <= law.plus_years(p.violation_date, 5) and p.case != "barred-entry":
        oldest = min(e.entry_date for e in p.entries)
        p.today = min(p.today, law.plus_years(oldest, 5) - timedelta(days=30))


def truth(p: Penalty) -> dict[str, Any]:
    actual = sum((max(e.owed - e.paid, Decimal(0)) for e in p.entries if e.liquidated), Decimal(0))
    potential = sum((max(e.owed - e.paid, Decimal(0)) for e in p.entries if not e.liquidated),
                    Decimal(0))
    lod = actual + potential
    dv, dutiable = p.domestic_value, p.dutiable
    top = law.statutory_max(p.culpability, lod, dv, dutiable)
    low, high = law.guideline_range(p.culpability, lod, dv, dutiable)
    limit = law.plus_years(p.violation_date, 5)
    barred = [e.number for e in p.entries if law.plus_years(e.entry_date, 5) < p.today]
    not_scored = []
    human = limit < p.today or bool(barred) or not (p.goods and p.violation and p.facts)
    proposed: Decimal | None = top
    if p.prior_disclosure and p.culpability == "fraud":
        proposed = lod if lod > 0 else dutiable / 10
    elif p.prior_disclosure:
        proposed = None
        human = True
        not_scored.append("proposed_penalty: a negligence prior disclosure with an actual loss "
                          "needs interest a person computes")
    if human or proposed == 0:
        notice = "none"
    elif proposed is not None and proposed > 1000 and not p.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    values = {
        "case_number": p.case_number, "party_name": p.party.name,
        "party_address": ", ".join(p.party.address), "importer_number": p.party.importer_number,
        "violation_date": p.violation_date.isoformat(), "culpability": p.culpability,
        "prior_disclosure": p.prior_disclosure, "noncommercial": p.noncommercial,
        "entries": [{"entry_number": e.number, "entry_date": e.entry_date.isoformat(),
                     "liquidated": e.liquidated, "entered_value": law.money(e.value),
                     "duty_paid": law.money(e.paid), "duty_owed": law.money(e.owed)}
                    for e in p.entries],
        "domestic_value": law.money(dv), "dutiable_value": law.money(dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": law.money(actual), "potential": law.money(potential),
                           "total": law.money(lod)},
        "statutory_max": law.money(top), "guideline_range": [law.money(low), law.money(high)],
        "limitations_date": limit.isoformat(), "notice": notice,
        "outcome": "needs_human" if human else "draft", "barred_entries": barred,
    }
    if proposed is not None:
        decision["proposed_penalty"] = law.money(proposed)
    return {"kind": "penalty-case", "case": p.case, "args": ["--today", p.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}
