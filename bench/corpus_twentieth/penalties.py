"""Penalty referrals under 19 U.S.C. 1592 and their truths (19 CFR 162, 171 App. B)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_twentieth import law
from bench.corpus_twentieth.people import (
    CITIES,
    COMPANIES,
    GOODS,
    STREETS,
    filer_code,
    importer_number,
    new_entry,
)

PENALTY_CASES = ("negligence", "gross-no-loss", "fraud-pd", "limitations", "lacks-facts",
                 "small-or-capped")
VIOLATIONS = {
    "undervaluation": "undervaluation: the invoices presented at entry understated the price "
                      "actually paid",
    "misclassification": "misclassification: the goods were entered under a tariff number "
                         "carrying a lower rate of duty",
    "origin": "false country of origin: the goods were declared as products of Vietnam although "
              "they were manufactured in China",
}


@dataclass
class PenaltyEntry:
    number: str
    entry_date: date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Penalty:
    case: str
    case_number: str
    party: str
    address: list[str]
    importer: str
    violation_date: date
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    entries: list[PenaltyEntry]
    domestic: Decimal
    dutiable: Decimal | None
    today: date
    goods: str | None
    violation: str | None
    facts: str | None
    not_scored: list[str] = field(default_factory=list)

    def lod(self) -> tuple[Decimal, Decimal]:
        actual = sum((max(Decimal(0), e.owed - e.paid) for e in self.entries if e.liquidated),
                     Decimal(0))
        potential = sum((max(Decimal(0), e.owed - e.paid) for e in self.entries
                         if not e.liquidated), Decimal(0))
        return actual, potential

    def truth(self) -> dict[str, Any]:
        actual, potential = self.lod()
        total = actual + potential
        maximum = law.statutory_max(self.culpability, total, self.domestic, self.dutiable)
        low, high = law.guideline_range(self.culpability, total, self.domestic, self.dutiable)
        needs_human = False
        proposed: Decimal | None = maximum
        if self.prior_disclosure:
            if self.culpability == "fraud":
                assert self.dutiable is not None or total > 0
                proposed = total if total > 0 else Decimal("0.10") * (self.dutiable or 0)
            else:
                needs_human = True
                proposed = None
        limitations = law.add_years(self.violation_date, 5)
        barred = [e.number for e in self.entries if law.add_years(e.entry_date, 5) <= self.today]
        if limitations <= self.today or barred:
            needs_human = True
        if self.goods is None or self.violation is None or self.facts is None:
            needs_human = True  # 162.77(b)(1): the notice cannot state what it must
        if needs_human or proposed == 0:
            notice = "none"
        elif proposed is not None and proposed > 1000 and not self.noncommercial:
            notice = "pre_penalty"
        else:
            notice = "penalty"
        values: dict[str, Any] = {
            "case_number": self.case_number, "party_name": self.party,
            "party_address": ", ".join(self.address), "importer_number": self.importer,
            "violation_date": self.violation_date.isoformat(), "culpability": self.culpability,
            "prior_disclosure": self.prior_disclosure, "noncommercial": self.noncommercial,
            "entries": [{"entry_number": e.number, "entry_date": e.entry_date.isoformat(),
                         "liquidated": e.liquidated, "entered_value": law.money(e.value),
                         "duty_paid": law.money(e.paid), "duty_owed": law.money(e.owed)}
                        for e in self.entries],
            "domestic_value": law.money(self.domestic),
            "dutiable_value": law.money(self.dutiable) if self.dutiable is not None else None}
        decision: dict[str, Any] = {
            "loss_of_duties": {"actual": law.money(actual), "potential": law.money(potential),
                               "total": law.money(total)},
            "statutory_max": law.money(maximum),
            "guideline_range": [law.money(low), law.money(high)],
            "limitations_date": limitations.isoformat(), "notice": notice,
            "outcome": "needs_human" if needs_human else "draft", "barred_entries": barred}
        notes = list(self.not_scored)
        if proposed is None:
            notes.append("proposed_penalty not scored: a (gross) negligence prior disclosure "
                         "with an actual loss needs an interest computation by a person")
        else:
            decision["proposed_penalty"] = law.money(proposed)
        truth: dict[str, Any] = {"kind": "penalty-case", "case": self.case,
                                 "args": ["--today", self.today.isoformat()],
                                 "values": values, "decision": decision}
        if notes:
            truth["not_scored"] = notes
        return truth


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def _entries(rng: random.Random, first: date, count: int, loss: bool,
             liquidated: list[bool]) -> list[PenaltyEntry]:
    filer = filer_code(rng)
    rows = []
    day = first
    for i in range(count):
        value = _cents(rng, 8000, 140000)
        paid = (value * Decimal(rng.choice(["0.025", "0.034", "0.04"]))).quantize(Decimal("0.01"))
        owed = paid
        if loss:
            owed = (value * Decimal(rng.choice(["0.12", "0.085", "0.16"]))).quantize(
                Decimal("0.01"))
        rows.append(PenaltyEntry(new_entry(rng, filer), day, liquidated[i], value, paid, owed))
        day += timedelta(days=rng.randrange(20, 70))
    # keep the loss an even number of cents, so 0.5 x and 2.5 x LOD are exact to the cent
    total = sum((max(Decimal(0), r.owed - r.paid) for r in rows), Decimal(0))
    if loss and (total * 100) % 2:
        rows[-1].owed += Decimal("0.01")
    return rows


def make_penalty(rng: random.Random, case: str, variant: int) -> Penalty:
    goods, _hts, _material = rng.choice(GOODS)
    kind = rng.choice(list(VIOLATIONS))
    first = date(2021, 3, 1) + timedelta(days=rng.randrange(900))
    count = rng.choice([2, 3, 4])
    liquidated = [i < count // 2 for i in range(count)]
    loss = case not in ("gross-no-loss",) and not (case == "fraud-pd" and variant == 1)
    entries = _entries(rng, first, count, loss, liquidated)
    total_value = sum((e.value for e in entries), Decimal(0))
    domestic = (total_value * Decimal("1.6")).quantize(Decimal("1"))
    dutiable = total_value.quantize(Decimal("1"))
    culpability = {"negligence": "negligence", "gross-no-loss": "gross_negligence",
                   "fraud-pd": "fraud", "limitations": rng.choice(["negligence",
                                                                   "gross_negligence"]),
                   "lacks-facts": "negligence", "small-or-capped": "negligence"}[case]
    penalty = Penalty(
        case=case, case_number=_case_number(rng),
        party=rng.choice(COMPANIES), address=[rng.choice(STREETS), rng.choice(CITIES)],
        importer=importer_number(rng), violation_date=first, culpability=culpability,
        prior_disclosure=case == "fraud-pd", noncommercial=False, entries=entries,
        domestic=domestic, dutiable=dutiable if rng.random() < 0.7 or not loss else None,
        today=first + timedelta(days=rng.randrange(500, 1200)),
        goods=goods[0].upper() + goods[1:], violation=VIOLATIONS[kind],
        facts=_facts(rng, kind))
    if case == "limitations":
        penalty.today = law.add_years(first, 5) + timedelta(days=rng.randrange(3, 60))
    elif case == "lacks-facts":
        if variant == 0:
            penalty.goods = None
        else:
            penalty.violation = None
    elif case == "small-or-capped":
        if variant == 0:  # a small loss: the proposal is $1,000 or less, so no pre-penalty notice
            for e in entries:
                e.owed = e.paid + Decimal(rng.randrange(50, 200))
            penalty.dutiable = None
        else:  # 2 x LOD above the domestic value: the cap applies
            penalty.domestic = (sum((e.owed - e.paid for e in entries), Decimal(0))
                                * Decimal("1.5")).quantize(Decimal("1"))
    # a barred entry only where the case is about limitations
    if case != "limitations":
        latest = law.add_years(entries[0].entry_date, 5) - timedelta(days=30)
        penalty.today = min(penalty.today, latest)
    return penalty


def _case_number(rng: random.Random) -> str:
    port = rng.choice(["1703", "2704", "5301", "3901"])
    return f"{2020 + rng.randrange(5, 7)}-{port}-{rng.randrange(10**5, 10**6)}-01"


def _facts(rng: random.Random, kind: str) -> str:
    return {
        "undervaluation": rng.choice([
            "A post-entry audit found side payments to the seller equal to 38% of the invoice "
            "price, wired separately and not declared.",
            "The importer's ledgers show a second invoice at a higher unit price for the same "
            "shipments; only the lower invoice was presented."]),
        "misclassification": rng.choice([
            "Laboratory analysis shows the goods are not of the material declared; the "
            "importer had a ruling on the correct heading and did not follow it.",
            "The broker's classification worksheet was never updated after the product was "
            "redesigned; CBP Form 28 responses confirmed the change."]),
        "origin": rng.choice([
            "Factory visits found no production capacity at the declared Vietnamese supplier; "
            "the goods were transshipped with relabelled cartons.",
            "Bills of lading show loading in Ningbo; the certificates offered were issued by a "
            "trading company with no factory."]),
    }[kind]
