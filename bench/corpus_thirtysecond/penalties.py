"""Penalty referral cases under 19 U.S.C. 1592: the entries a port refers and the figures of law."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from . import law
from .parties import FILERS, GOODS, PORTS, Party, entry, party, person

CASES = (
    "neg", "gn", "fraud", "fraud-pd", "neg-nolod", "neg-pd-actual", "dv-cap", "noncommercial",
    "small", "expired", "mixed-liq", "barred-entry", "gn-nolod", "fraud-pd-nolod",
    "overpaid-entry", "near-limit", "neg-pd-potential",
)
PERSONAL = ("Two antique wool rugs and a set of silver tableware", "9706.10.0000", "home use")
CULPABILITY = {"neg": "negligence", "gn": "gross_negligence", "fraud": "fraud"}


@dataclass
class PEntry:
    number: str
    date: dt.date
    liquidated: bool
    value: int
    paid: int
    owed: int

    @property
    def loss(self) -> int:
        return max(0, self.owed - self.paid)


@dataclass
class Penalty:
    case: str
    who: Party
    port: tuple[str, str]
    case_number: str
    culpability: str
    disclosed: bool
    commercial: bool
    entries: list[PEntry]
    domestic: int
    dutiable: int
    today: dt.date
    goods: tuple[str, str, str]

    @property
    def violation(self) -> dt.date:
        return min(e.date for e in self.entries)


def make(index: int, seed: int) -> Penalty:
    rng = random.Random(f"penalty-{seed}-{index}")
    case = CASES[index % len(CASES)]
    culpability = CULPABILITY[case.split("-")[0]] if case.split("-")[0] in CULPABILITY else (
        "negligence" if case == "small" else rng.choice(("negligence", "gross_negligence")))
    port = rng.choice(PORTS)
    filer = rng.choice(FILERS)
    today = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 320))
    first = today - dt.timedelta(days=rng.randint(500, 1300))
    if case == "expired":
        first = today - dt.timedelta(days=5 * 365 + rng.randint(20, 200))
    elif case == "near-limit":
        first = today - dt.timedelta(days=5 * 365 - rng.randint(60, 300))
    if first.month == 2 and first.day == 29:
        first += dt.timedelta(days=1)
    nolod = "nolod" in case or case == "small"
    small = case in ("small", "noncommercial")
    entries = []
    day = first
    for n in range(rng.choice((2, 3, 4)) if not small else 1):
        value = rng.randint(800, 9000) * 1000 if small else rng.randint(20000, 160000) * 100
        paid = value * rng.choice((2, 3, 4)) // 100
        gap = 0 if nolod else rng.randint(30000, 400000) * 2
        if case == "dv-cap":
            # 70% owed (an evaded trade remedy): twice the loss is over the domestic value.
            gap = value * 7 // 20 * 2
        owed = paid + gap
        if case == "overpaid-entry" and n == 0:
            owed = paid - rng.randint(100, 900) * 2
        liquidated = {"mixed-liq": n % 2 == 0, "neg-pd-potential": False}.get(
            case, rng.random() < 0.8)
        entries.append(PEntry(entry(rng, filer), day, liquidated, value, paid, owed))
        day += dt.timedelta(days=rng.randint(15, 70))
        if (day.month, day.day) == (2, 29):
            day += dt.timedelta(days=1)
    if case == "barred-entry":
        entries[0].date = today - dt.timedelta(days=5 * 365 + rng.randint(20, 90))
        if (entries[0].date.month, entries[0].date.day) == (2, 29):
            entries[0].date += dt.timedelta(days=1)
    if case == "small":
        entries[0].value, entries[0].paid = 4000_00, 0
        entries[0].owed = 0
    if case == "neg-pd-actual":
        entries[0].liquidated = True
    dutiable = sum(e.value for e in entries) // 100 * 100
    domestic = dutiable * rng.choice((12, 13, 15)) // 10 // 100 * 100
    if case == "dv-cap":
        domestic = dutiable * 12 // 10 // 100 * 100
    if case == "small":
        dutiable, domestic = 4000_00, 5200_00
    disclosed = "pd" in case.split("-")
    return Penalty(case, party(rng) if case != "noncommercial" else person(rng), port,
                   f"{today.year}-{port[0]}-{rng.randint(100000, 999999)}-01",
                   culpability, disclosed, case != "noncommercial", entries, domestic, dutiable,
                   today, rng.choice(GOODS) if case != "noncommercial" else PERSONAL)


def dollars(cents: int) -> float:
    return round(cents / 100, 2)


def truth(p: Penalty) -> dict[str, Any]:
    actual = sum(e.loss for e in p.entries if e.liquidated)
    potential = sum(e.loss for e in p.entries if not e.liquidated)
    lod = actual + potential
    top, (low, high), proposed = law.penalty_figures(p.culpability, lod, p.domestic, p.dutiable,
                                                     p.disclosed)
    limitations = law.five_years(p.violation)
    barred = [e.number for e in p.entries if law.five_years(e.date) < p.today]
    not_scored: list[str] = []
    needs_human = limitations < p.today or bool(barred)
    if p.disclosed and p.culpability != "fraud":
        if actual:
            needs_human = True
            not_scored.append("proposed_penalty: interest on the actual loss is a person's work")
        else:
            not_scored.append("outcome, notice, proposed_penalty: (gross) negligence prior "
                              "disclosure with no actual loss")
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": dollars(actual), "potential": dollars(potential),
                           "total": dollars(lod)},
        "statutory_max": dollars(top),
        "guideline_range": [dollars(low), dollars(high)],
        "proposed_penalty": dollars(proposed),
        "limitations_date": limitations.isoformat(),
        "notice": law.notice(proposed, p.commercial, needs_human),
        "outcome": "needs_human" if needs_human else "draft",
        "barred_entries": barred,
    }
    for key in not_scored:
        for name in key.split(":")[0].split(", "):
            decision.pop(name, None)
    values = {
        "case_number": p.case_number, "party_name": p.who.name, "party_address": p.who.joined,
        "importer_number": p.who.ior or None, "violation_date": p.violation.isoformat(),
        "culpability": p.culpability, "prior_disclosure": p.disclosed,
        "noncommercial": not p.commercial,
        "entries": [{"entry_number": e.number, "entry_date": e.date.isoformat(),
                     "liquidated": e.liquidated, "entered_value": dollars(e.value),
                     "duty_paid": dollars(e.paid), "duty_owed": dollars(e.owed)}
                    for e in p.entries],
        "domestic_value": dollars(p.domestic), "dutiable_value": dollars(p.dutiable),
    }
    return {"kind": "penalty-case", "case": p.case, "args": ["--today", p.today.isoformat()],
            "values": values, "decision": decision, "not_scored": not_scored}
