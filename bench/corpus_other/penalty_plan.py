"""Penalty referrals under 19 U.S.C. 1592: the facts of each case and the truth computed."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_other import facts
from bench.corpus_other.people import PEOPLE, PORTS, Party, pick_party

CASES = ["neg", "gn", "fraud", "neg-mixed", "neg-dvcap", "neg-nolod", "gn-nolod", "fraud-nolod",
         "fraud-pd", "fraud-pd-nolod", "neg-pd-actual", "expired", "partly-barred",
         "noncommercial", "small", "overpaid", "near-limit", "gn-pd-actual"]
PERSONS = [("Gideon Ashworth", "14 Orchard Lane", "Burlington, VT 05401"),
           ("Renata Oyelaran", "2210 Alder Court, Apt. 5", "Eugene, OR 97401")]
GUIDELINES = {"fraud": (Decimal(5), Decimal(8), Decimal("0.50"), Decimal("0.80")),
              "gross_negligence": (Decimal("2.5"), Decimal(4), Decimal("0.25"), Decimal("0.40")),
              "negligence": (Decimal("0.5"), Decimal(2), Decimal("0.05"), Decimal("0.20"))}


@dataclass
class Entry:
    number: str
    entry_date: date
    liquidated: bool
    entered: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Penalty:
    case: str
    case_number: str
    port: tuple[str, str]
    party: Party
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    entries: list[Entry]
    domestic: Decimal
    dutiable: Decimal | None
    today: date
    officer: str

    @property
    def violation(self) -> date:
        return min(e.entry_date for e in self.entries)


def _day(start: date, rng: random.Random, span: int) -> date:
    day = start + timedelta(days=rng.randint(0, span))
    while day.weekday() > 4 or (day.month, day.day) == (2, 29):
        day += timedelta(days=1)
    return day


def _entries(case: str, rng: random.Random, first: date) -> list[Entry]:
    filer = facts.filer_code(rng)
    count = 1 if case == "small" else rng.randint(2, 4) if case in ("neg-mixed", "overpaid",
                                                                     "partly-barred") \
        else rng.randint(1, 3)
    out = []
    day = first
    for index in range(count):
        entered = Decimal(rng.randint(800_000, 9_000_000)) / 100
        if case == "small":
            entered = Decimal(rng.randint(40_000, 90_000)) / 100
        rate = Decimal(rng.choice([25, 35, 45, 64, 80])) / 1000
        paid = facts.cents(entered * rate)
        owed = facts.cents(entered * (rate + Decimal(rng.choice([30, 45, 75, 100])) / 1000))
        if case.endswith("nolod"):
            owed = paid
        if case == "overpaid" and index == 0:
            owed = facts.cents(paid - entered * Decimal("0.01"))
        liquidated = {"neg-mixed": index % 2 == 0, "gn-pd-actual": True,
                      "neg-pd-actual": True}.get(case, rng.random() < 0.4)
        out.append(Entry(facts.entry_number(rng, filer), day, liquidated, entered, paid, owed))
        day = _day(day + timedelta(days=20), rng, 90)
    if case == "partly-barred":  # the later entries fall well inside the five years
        for entry in out[1:]:
            entry.entry_date = _day(first + timedelta(days=500), rng, 300)
        out.sort(key=lambda e: e.entry_date)
    return out


def lod(p: Penalty) -> tuple[Decimal, Decimal]:
    """(actual, potential): owed minus paid per entry, never below zero."""
    actual = sum((max(Decimal(0), e.owed - e.paid) for e in p.entries if e.liquidated),
                 Decimal(0))
    potential = sum((max(Decimal(0), e.owed - e.paid) for e in p.entries if not e.liquidated),
                    Decimal(0))
    return actual, potential


def plan(case: str, rng: random.Random) -> Penalty:
    """The facts of one referral built to show CASE; every figure exact to the cent."""
    culpability = ("fraud" if case.startswith("fraud") else "gross_negligence"
                   if case.startswith("gn") else "negligence")
    first = _day(date(2021, 3, 1), rng, 900)
    if case in ("expired", "partly-barred"):
        first = _day(date(2018, 6, 1), rng, 400)
    for _ in range(200):
        entries = _entries(case, rng, first)
        probe = Penalty(case, "", ("", ""), Party("", "", "", ""), culpability, False, False,
                        entries, Decimal(0), None, first, "")
        actual, potential = lod(probe)
        if (actual + potential) * 100 % 2 == 0 and (case.endswith("nolod") or
                                                    (actual + potential > 0)):
            break  # an even number of cents: 0.5 x and 2.5 x LOD stay exact to the cent
    else:
        raise AssertionError(f"no exact loss of duties for {case}")
    total = actual + potential
    entered = sum((e.entered for e in entries), Decimal(0))
    domestic = Decimal(int(entered * Decimal("1.6")))
    if case == "neg-dvcap":
        domestic = Decimal(int(total * Decimal("1.5")))
    dutiable = Decimal(int(entered)) if case.endswith("nolod") or rng.random() < 0.4 else None
    limit = facts.plus_years(min(e.entry_date for e in entries), 5)
    today = _day(limit - timedelta(days=1500), rng, 700)
    if case in ("expired", "partly-barred"):
        today = _day(limit + timedelta(days=30), rng, 200)
    elif case == "near-limit":
        today = _day(limit - timedelta(days=300), rng, 250)
    else:  # the referral is written after its last entry
        today = max(today, _day(max(e.entry_date for e in entries) + timedelta(days=60), rng, 30))
    port = rng.choice(PORTS)
    if case == "noncommercial":
        name, street, city = rng.choice(PERSONS)
        party = Party(name, street, city, "")
    else:
        party = pick_party(rng, facts.ein(rng))
    return Penalty(case=case, case_number=f"{today.year}-{port[0]}-{rng.randint(100000, 999999)}"
                   f"-01", port=port, party=party, culpability=culpability,
                   prior_disclosure="-pd" in case, noncommercial=case == "noncommercial",
                   entries=entries, domestic=domestic, dutiable=dutiable, today=today,
                   officer=rng.choice(PEOPLE))


def _money(value: Decimal) -> float:
    assert facts.exact(value), value
    return float(value)


def truth(p: Penalty) -> dict[str, Any]:
    """The truth file: 1592(c), App. B (E)(1)(b) and (F)(2), 1621 and 162.77(c) as applied."""
    actual, potential = lod(p)
    total = actual + potential
    low_x, high_x, low_pct, high_pct = GUIDELINES[p.culpability]
    not_scored: list[str] = []
    if total > 0:
        base = {"fraud": p.domestic, "gross_negligence": 4 * total,
                "negligence": 2 * total}[p.culpability]
        low, high = low_x * total, high_x * total
    else:
        assert p.dutiable is not None
        base = {"fraud": p.domestic, "gross_negligence": Decimal("0.40") * p.dutiable,
                "negligence": Decimal("0.20") * p.dutiable}[p.culpability]
        low, high = low_pct * p.dutiable, high_pct * p.dutiable
    statutory = min(base, p.domestic)
    limitations = facts.plus_years(p.violation, 5)
    barred = [e.number for e in p.entries if facts.plus_years(e.entry_date, 5) < p.today]
    proposed: Decimal | None = statutory
    human = limitations < p.today or bool(barred)
    if p.prior_disclosure and p.culpability == "fraud":
        proposed = total if total > 0 else Decimal("0.10") * (p.dutiable or Decimal(0))
    elif p.prior_disclosure:
        proposed, human = None, human or actual > 0
        if actual > 0:
            not_scored.append("proposed_penalty not scored: a (gross) negligence prior "
                              "disclosure with an actual loss needs an interest computation")
        else:  # the contract does not say what such a case proposes, nor its outcome or notice
            not_scored.append("proposed_penalty, outcome and notice not scored: a (gross) "
                              "negligence prior disclosure with no actual loss is not settled "
                              "by the contract")
    notice = "none" if human or proposed == 0 else (
        "pre_penalty" if proposed is not None and proposed > 1000 and not p.noncommercial
        else "penalty")
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": _money(actual), "potential": _money(potential),
                           "total": _money(total)},
        "statutory_max": _money(statutory),
        "guideline_range": [_money(min(low, p.domestic)), _money(min(high, p.domestic))],
        "limitations_date": limitations.isoformat(), "notice": notice,
        "outcome": "needs_human" if human else "draft", "barred_entries": barred}
    if proposed is not None:
        decision["proposed_penalty"] = _money(proposed)
    if p.prior_disclosure and p.culpability != "fraud" and actual == 0 and not human:
        del decision["outcome"], decision["notice"]
    values = {
        "case_number": p.case_number, "party_name": p.party.name,
        "party_address": p.party.address, "importer_number": p.party.ior or None,
        "violation_date": p.violation.isoformat(), "culpability": p.culpability,
        "prior_disclosure": p.prior_disclosure, "noncommercial": p.noncommercial,
        "entries": [{"entry_number": e.number, "entry_date": e.entry_date.isoformat(),
                     "liquidated": e.liquidated, "entered_value": _money(e.entered),
                     "duty_paid": _money(e.paid), "duty_owed": _money(e.owed)}
                    for e in p.entries],
        "domestic_value": _money(p.domestic),
        "dutiable_value": None if p.dutiable is None else _money(p.dutiable)}
    out: dict[str, Any] = {"kind": "penalty-case", "case": p.case,
                           "args": ["--today", p.today.isoformat()], "values": values,
                           "decision": decision}
    if not_scored:
        out["not_scored"] = not_scored
    return out
