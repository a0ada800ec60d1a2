"""19 U.S.C. 1592 referrals and their truths (19 CFR 162, 171 App. B, the extract contract)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_twentysecond import people
from bench.corpus_twentysecond.law import money, plus_years

PLAN = [("neg", "memo"), ("gn-mixed", "worksheet"), ("fraud", "caseprint"),
        ("neg-nolod", "letter"), ("fraud-pd", "memo"), ("gn-pd-actual", "worksheet"),
        ("expired", "caseprint"), ("noncommercial", "letter"), ("small", "memo"),
        ("neg-dvcap", "worksheet"), ("no-facts", "caseprint"), ("no-goods", "letter"),
        ("no-violation-kind", "memo"), ("fraud-pd-nolod", "worksheet")]
FACTOR = {"negligence": (Decimal(2), Decimal("0.5"), Decimal(2), Decimal("0.20"), Decimal("0.05"),
                         Decimal("0.20")),
          "gross_negligence": (Decimal(4), Decimal("2.5"), Decimal(4), Decimal("0.40"),
                               Decimal("0.25"), Decimal("0.40")),
          "fraud": (Decimal(0), Decimal(5), Decimal(8), Decimal(0), Decimal("0.50"),
                    Decimal("0.80"))}
VIOLATIONS = {"undervalued": "undervaluation: the invoices presented understated the price paid",
              "misclassified": "misclassification: the goods were entered under a subheading "
                               "with a lower rate",
              "origin": "false country of origin: the invoices and entry summaries declared "
                        "Vietnam as the country of origin of goods made in China"}


@dataclass
class PEntry:
    number: str
    entry_date: date
    liquidated: bool
    entered_value: Decimal
    duty_paid: Decimal
    duty_owed: Decimal


@dataclass
class Penalty:
    case: str
    case_number: str
    party: people.Party
    port: tuple[str, str]
    culpability: str
    prior_disclosure: bool
    entries: list[PEntry]
    domestic_value: Decimal
    dutiable_value: Decimal | None
    today: date
    goods: people.Goods
    violation: str
    officer: str
    noncommercial: bool = False
    show_goods: bool = True
    show_violation: bool = True
    show_facts: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def violation_date(self) -> date:
        return min(e.entry_date for e in self.entries)


def _entry(rng: random.Random, filer: str, day: date, liquidated: bool, rate: Decimal,
           short: Decimal) -> PEntry:
    value = Decimal(rng.randint(8000, 95000)) + Decimal(rng.randint(0, 99)) / 100
    owed = (value * rate).quantize(Decimal("0.01"))
    paid = (owed * short).quantize(Decimal("0.01"))
    return PEntry(people.entry(rng, filer), day, liquidated, value, paid, owed)


def build(case: str, rng: random.Random) -> Penalty:
    port = rng.choice(people.PORTS)
    filer = rng.choice(people.FILERS)
    culpability = {"gn": "gross_negligence", "fr": "fraud"}.get(case[:2], "negligence")
    start = date(2022, 3, 1) + timedelta(days=rng.randint(0, 700))
    if start.month == 2 and start.day == 29:
        start += timedelta(days=1)
    count = rng.choice([2, 3])
    rate = Decimal(rng.choice(["0.065", "0.12", "0.25", "0.032"]))
    nolod = case.endswith("nolod")
    entries = [_entry(rng, filer, start + timedelta(days=40 * n), False, rate,
                      Decimal(1) if nolod else Decimal(rng.choice(["0.25", "0.4", "0.5"])))
               for n in range(count)]
    if case in ("gn-mixed", "gn-pd-actual", "fraud-pd"):
        entries[0].liquidated = True
        if case != "gn-mixed":
            for e in entries:
                e.liquidated = True
    if case == "small":
        value = Decimal(rng.randint(4000, 9000))
        owed = (value * Decimal("0.04")).quantize(Decimal("0.01"))
        paid = (owed / 2).quantize(Decimal("0.01"))
        entries = [PEntry(people.entry(rng, filer), start, False, value, paid, owed)]
    lod = sum((max(Decimal(0), e.duty_owed - e.duty_paid) for e in entries), Decimal(0))
    if (lod * 100) % 2:  # even cents, so that 0.5 x and 2.5 x the loss are exact to the cent
        entries[-1].duty_owed += Decimal("0.01")
    entered = sum((e.entered_value for e in entries), Decimal(0))
    domestic = (entered * Decimal("1.6")).quantize(Decimal(1))
    if case == "neg-dvcap":
        domestic = (lod * Decimal("1.5")).quantize(Decimal(1))
    dutiable = entered.quantize(Decimal(1)) if nolod or rng.random() < 0.3 else None
    today = start + timedelta(days=rng.randint(500, 900))
    if case == "expired":
        today = plus_years(start, 5) + timedelta(days=rng.randint(20, 200))
    number = f"{today.year}-{port[0]}-{rng.randint(100000, 999999)}-01"
    return Penalty(case=case, case_number=number,
                   party=people.party(rng), port=port, culpability=culpability,
                   prior_disclosure="-pd" in case, entries=entries, domestic_value=domestic,
                   dutiable_value=dutiable, today=today, goods=rng.choice(people.GOODS),
                   violation=rng.choice(list(VIOLATIONS)) if not nolod else "origin",
                   officer=people.person(rng), noncommercial=case == "noncommercial",
                   show_goods=case != "no-goods", show_violation=case != "no-violation-kind",
                   show_facts=case != "no-facts")


def truth(p: Penalty) -> dict[str, Any]:
    """Loss, maximum, range, proposal, limitations, notice and outcome, exact to the cent."""
    not_scored: list[str] = []
    losses = [(e.liquidated, max(Decimal(0), e.duty_owed - e.duty_paid)) for e in p.entries]
    actual = sum((loss for final, loss in losses if final), Decimal(0))
    potential = sum((loss for final, loss in losses if not final), Decimal(0))
    lod = actual + potential
    max_lod, low_f, high_f, max_pct, low_pct, high_pct = FACTOR[p.culpability]
    dv = p.domestic_value
    dutiable = p.dutiable_value or Decimal(0)
    if p.culpability == "fraud":
        statutory = dv
    elif lod > 0:
        statutory = min(dv, max_lod * lod)
    else:
        statutory = min(dv, max_pct * dutiable)
    low, high = (low_f * lod, high_f * lod) if lod > 0 else \
        (low_pct * dutiable, high_pct * dutiable)
    low, high = min(low, dv), min(high, dv)
    limitations = plus_years(p.violation_date, 5)
    barred = [e.number for e in p.entries if plus_years(e.entry_date, 5) < p.today]
    needs_human = limitations < p.today or bool(barred) or not (
        p.show_goods and p.show_violation and p.show_facts)
    proposed: Decimal | None
    if p.prior_disclosure and p.culpability == "fraud":
        proposed = lod if lod > 0 else Decimal("0.10") * dutiable
    elif p.prior_disclosure:
        proposed = None
        needs_human = needs_human or actual > 0
        not_scored.append("proposed_penalty not scored: a (gross) negligence prior disclosure "
                          "with an actual loss needs an interest computation")
        assert actual > 0
    elif p.culpability == "fraud":
        proposed = dv
    else:
        proposed = statutory
    if needs_human or proposed is None or proposed == 0:
        notice = "none"
    elif proposed > 1000 and not p.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    assert limitations != p.today
    values: dict[str, Any] = {
        "case_number": p.case_number, "party_name": p.party.name, "party_address": p.party.address,
        "importer_number": p.party.ein, "violation_date": p.violation_date.isoformat(),
        "culpability": p.culpability, "prior_disclosure": p.prior_disclosure,
        "noncommercial": p.noncommercial,
        "entries": [{"entry_number": e.number, "entry_date": e.entry_date.isoformat(),
                     "liquidated": e.liquidated, "entered_value": money(e.entered_value),
                     "duty_paid": money(e.duty_paid), "duty_owed": money(e.duty_owed)}
                    for e in p.entries],
        "domestic_value": money(dv),
        "dutiable_value": money(p.dutiable_value) if p.dutiable_value is not None else None,
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": money(actual), "potential": money(potential),
                           "total": money(lod)},
        "statutory_max": money(statutory), "guideline_range": [money(low), money(high)],
        "limitations_date": limitations.isoformat(), "notice": notice,
        "outcome": "needs_human" if needs_human else "draft", "barred_entries": barred,
    }
    if proposed is not None:
        decision["proposed_penalty"] = money(proposed)
    out = {"kind": "penalty-case", "case": p.case, "args": ["--today", p.today.isoformat()],
           "values": values, "decision": decision}
    if not_scored:
        out["not_scored"] = not_scored
    return out
