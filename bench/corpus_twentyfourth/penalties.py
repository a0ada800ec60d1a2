"""19 U.S.C. 1592 referral cases: the facts each referral states and the decision from them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import law, parties
from .common import Built, num

CASES = [
    "neg",
    "under-1000",
    "fraud",
    "fraud-pd",
    "neg-noloss",
    "lacks-facts",
    "neg-dvcap",
    "limitations-passed",
    "gross-pd",
    "barred-entry",
    "noncommercial",
    "lacks-goods",
    "fraud-pd-noloss",
    "gross",
    "gross-noloss",
    "lacks-kind",
]
CULPABILITY = {"neg": "negligence", "gross": "gross_negligence", "fraud": "fraud"}
VIOLATIONS = [
    (
        "undervaluation",
        "declared a transaction value that left out price increases paid to the seller",
    ),
    (
        "misclassification",
        "declared the goods under a duty-free subheading although they are "
        "provided for in a dutiable one",
    ),
    ("false country of origin", "declared Vietnam as the country of origin of goods made in China"),
]
RATES = {
    "undervaluation": (Decimal("0.08"), Decimal("0.08")),
    "misclassification": (Decimal("0"), Decimal("0.065")),
    "false country of origin": (Decimal("0.034"), Decimal("0.284")),
}


@dataclass
class PEntry:
    number: str
    entered: dt.date
    liquidated: bool
    value: Decimal
    paid: Decimal
    owed: Decimal


@dataclass
class Referral:
    """What an FP&F referral states; `lacks` names the element a careful officer would miss."""

    case: str
    case_number: str
    party: str
    address: list[str]
    importer_number: str
    violation_date: dt.date
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    entries: list[PEntry]
    domestic_value: Decimal
    dutiable_value: Decimal | None
    today: dt.date
    goods: str
    violation: str
    facts: str
    lacks: str | None
    officer: str
    referral_date: dt.date


def _entries(rng: random.Random, case: str, violation: str, start: dt.date) -> list[PEntry]:
    filer = parties.FILERS[rng.randrange(len(parties.FILERS))]
    count = rng.choice([1, 2, 3, 4])
    paid_rate, owed_rate = RATES[violation]
    if case == "neg-dvcap":
        paid_rate, owed_rate = Decimal("0"), Decimal("1.25")  # antidumping duties evaded
    out = []
    day = start
    for _ in range(count):
        value = law.money(Decimal(rng.randrange(900_000, 9_000_000)) / 100)
        if case == "under-1000":
            value = law.money(Decimal(rng.randrange(200_000, 500_000)) / 100)
            paid_rate, owed_rate = Decimal("0"), Decimal("0.025")
        paid = law.money(value * paid_rate)
        owed = paid if case.endswith("noloss") else law.money(value * owed_rate)
        if violation == "undervaluation" and not case.endswith("noloss"):
            owed = law.money(value * Decimal("1.35") * owed_rate)
        if (owed - paid) * 100 % 2:  # even cents keep 0.5 x and 2.5 x the loss exact
            owed += Decimal("0.01")
        out.append(
            PEntry(
                law.entry_number(filer, f"{rng.randrange(10**7):07d}"),
                day,
                rng.random() < 0.5,
                value,
                paid,
                owed,
            )
        )
        day += dt.timedelta(days=rng.randrange(20, 90))
    if case == "under-1000":
        out = out[:1]
    return out


def build(index: int, rng: random.Random) -> Referral:
    case = CASES[index % len(CASES)]
    party, address = parties.IMPORTERS[rng.randrange(len(parties.IMPORTERS))]
    violation, how = VIOLATIONS[rng.randrange(len(VIOLATIONS))]
    start = dt.date(2022, 6, 1) + dt.timedelta(days=rng.randrange(700))
    if case == "limitations-passed":
        start = dt.date(2019, 9, 1) + dt.timedelta(days=rng.randrange(200))
    if case == "barred-entry":
        start = dt.date(2020, 8, 3) + dt.timedelta(days=rng.randrange(60))
    entries = _entries(rng, case, violation, start)
    if case == "barred-entry":
        # One old entry (barred) and later ones well inside five years.
        later = dt.date(2023, 2, 1) + dt.timedelta(days=rng.randrange(200))
        entries = entries[:1] + [
            PEntry(
                e.number, later + dt.timedelta(days=40 * k), e.liquidated, e.value, e.paid, e.owed
            )
            for k, e in enumerate(entries[1:])
        ]
        if len(entries) == 1:
            extra = _entries(rng, "neg", violation, later)[0]
            entries.append(extra)
    last = max(e.entered for e in entries)
    today = last + dt.timedelta(days=rng.randrange(150, 420))
    if case == "limitations-passed":
        today = law.add_years(start, 5) + dt.timedelta(days=rng.randrange(400, 700))
    if case == "barred-entry":
        today = law.add_years(start, 5) + dt.timedelta(days=rng.randrange(100, 300))
    total_value = sum((e.value for e in entries), Decimal(0))
    loss = sum((max(Decimal(0), e.owed - e.paid) for e in entries), Decimal(0))
    dv = Decimal(int(total_value * Decimal(rng.choice(["1.4", "1.55", "1.7", "1.85"]))))
    dutiable = Decimal(int(total_value) // 20 * 20)
    culp_key = case.split("-")[0]
    culpability = CULPABILITY.get(culp_key, rng.choice(list(CULPABILITY.values())[:2]))
    goods = parties.GOODS[rng.randrange(len(parties.GOODS))][0]
    facts = (
        f"A post-entry audit by Regulatory Audit found that the importer {how}. Invoices, "
        "purchase orders and the importer's payment records obtained under 19 U.S.C. 1509 show "
        "the misstatement on every entry listed. "
        + (
            f"The total loss of duties is {loss:,.2f} dollars."
            if loss
            else "The correct declaration carries the same rate of duty, so no duty was lost."
        )
    )
    violation_date = last if case == "barred-entry" else entries[0].entered
    return Referral(
        case=case,
        case_number=f"{today.year}-{parties.PORTS[rng.randrange(len(parties.PORTS))][0]}-"
        f"{rng.randrange(10**6):06d}-01",
        party=party,
        address=address,
        importer_number=f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        violation_date=violation_date,
        culpability=culpability,
        prior_disclosure=case.endswith("-pd") or "-pd-" in case,
        noncommercial=case == "noncommercial",
        entries=entries,
        domestic_value=dv,
        dutiable_value=dutiable if case.endswith("noloss") or rng.random() < 0.5 else None,
        today=today,
        goods=goods,
        violation=violation,
        facts=facts,
        lacks={"lacks-facts": "facts", "lacks-goods": "goods", "lacks-kind": "kind"}.get(case),
        officer=parties.PEOPLE[rng.randrange(len(parties.PEOPLE))],
        referral_date=today - dt.timedelta(days=rng.randrange(3, 30)),
    )


def _ratio(value: Decimal, factor: str) -> Decimal:
    exact = value * Decimal(factor)
    assert exact == law.money(exact), (value, factor)
    return law.money(exact)


def truth(c: Referral, producer: str, style: str) -> Built:
    """1592(c) maximum, App. B (F)(2) range, App. B (E)(1)(b) proposal, 1621 and 162.77 notice."""
    actual = sum((max(Decimal(0), e.owed - e.paid) for e in c.entries if e.liquidated), Decimal(0))
    potential = sum(
        (max(Decimal(0), e.owed - e.paid) for e in c.entries if not e.liquidated), Decimal(0)
    )
    lod = actual + potential
    dv = c.domestic_value
    base = lod if lod > 0 else c.dutiable_value
    assert base is not None, c.case
    factors = {
        "fraud": ("5", "8", "0.5", "0.8"),
        "gross_negligence": ("2.5", "4", "0.25", "0.4"),
        "negligence": ("0.5", "2", "0.05", "0.2"),
    }[c.culpability]
    low, high = (factors[0], factors[1]) if lod > 0 else (factors[2], factors[3])
    rng_low, rng_high = min(dv, _ratio(base, low)), min(dv, _ratio(base, high))
    if c.culpability == "fraud":
        maximum = dv
    else:
        maximum = min(
            dv,
            _ratio(
                base,
                {"gross_negligence": "4", "negligence": "2"}[c.culpability]
                if lod > 0
                else {"gross_negligence": "0.4", "negligence": "0.2"}[c.culpability],
            ),
        )
    not_scored: list[str] = []
    proposed: Decimal | None = maximum
    if c.prior_disclosure and c.culpability == "fraud":
        proposed = lod if lod > 0 else _ratio(c.dutiable_value or Decimal(0), "0.1")
    elif c.prior_disclosure:
        proposed = None
        not_scored.append(
            "proposed_penalty not scored: a (gross) negligence prior disclosure needs "
            "interest a person computes"
        )
    limitations = law.add_years(c.violation_date, 5)
    barred = [e.number for e in c.entries if law.add_years(e.entered, 5) < c.today]
    human = (
        limitations < c.today
        or bool(barred)
        or c.lacks is not None
        or (c.prior_disclosure and c.culpability != "fraud")
    )
    if human or proposed == 0:
        notice = "none"
    elif proposed is not None and proposed > 1000 and not c.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision: dict[str, object] = {
        "loss_of_duties": {"actual": num(actual), "potential": num(potential), "total": num(lod)},
        "statutory_max": num(maximum),
        "guideline_range": [num(rng_low), num(rng_high)],
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
    if proposed is not None:
        decision["proposed_penalty"] = num(proposed)
    values: dict[str, object] = {
        "case_number": c.case_number,
        "party_name": c.party,
        "party_address": ", ".join(c.address),
        "importer_number": c.importer_number,
        "violation_date": c.violation_date.isoformat(),
        "culpability": c.culpability,
        "prior_disclosure": c.prior_disclosure,
        "noncommercial": c.noncommercial,
        "entries": [
            {
                "entry_number": e.number,
                "entry_date": e.entered.isoformat(),
                "liquidated": e.liquidated,
                "entered_value": num(e.value),
                "duty_paid": num(e.paid),
                "duty_owed": num(e.owed),
            }
            for e in c.entries
        ],
        "domestic_value": num(dv),
        "dutiable_value": num(c.dutiable_value) if c.dutiable_value is not None else None,
    }
    return Built(
        "penalty-case",
        f"{c.case}-{style}",
        producer,
        ["--today", c.today.isoformat()],
        values,
        decision,
        not_scored,
    )
