"""Penalty referrals under 19 U.S.C. 1592 and their truths (19 CFR 162, 171 App. B)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from bench.corpus_eighteenth import law
from bench.corpus_eighteenth.common import PARTIES, Party

D = dt.timedelta
CASES = [
    "neg-mixed",
    "gn",
    "fraud",
    "fraud-pd",
    "neg-no-loss",
    "neg-dv-cap",
    "neg-small",
    "noncommercial",
    "limitations-passed",
    "no-goods",
    "no-violation-kind",
    "gn-pd-actual",
]
VIOLATIONS = {
    "undervalued": (
        "Undervaluation",
        "The invoices presented at entry understated the price actually paid; "
        "side payments to the seller were found in the importer's bank records.",
    ),
    "misclassified": (
        "Misclassification",
        "The goods were declared under a duty-free subheading although the "
        "importer's own product literature describes articles of a dutiable heading.",
    ),
    "origin": (
        "False country of origin",
        "The goods were declared as products of Vietnam; factory records show "
        "they were made in China and only repacked in Vietnam.",
    ),
}
TRAVELLER = Party("Harold B. Finch", ("22 Lindenwood Drive", "Ithaca, NY 14850"), "")
GOODS = [
    "Steel wire shelving units",
    "Men's cotton knit polo shirts",
    "LED flood lights, 100 W",
    "Frozen cooked shrimp",
    "Quartz countertop slabs",
    "Ceramic floor tiles",
]


@dataclass
class Referral:
    """What a referral may print; `goods` or `violation` is None when it leaves that out."""

    case: str
    case_number: str
    party: Party
    culpability: str
    prior_disclosure: bool
    noncommercial: bool
    entries: list[tuple[str, dt.date, bool, Decimal, Decimal, Decimal]]
    domestic_value: Decimal
    dutiable_value: Decimal | None
    goods: str | None
    violation: str | None
    today: dt.date

    @property
    def violation_date(self) -> dt.date:
        return min(e[1] for e in self.entries)


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def make(case: str, index: int, rng: random.Random) -> Referral:
    """The referral for one case; amounts are chosen so every figure is exact to the cent."""
    party = PARTIES[(index + 5) % len(PARTIES)] if case != "noncommercial" else TRAVELLER
    filer = "".join(rng.choice("ABCDEFGHI") for _ in range(3))
    start = dt.date(2023, 2, 6) + D(days=rng.randrange(500))
    if case == "limitations-passed":
        start = dt.date(2020, 3, 2) + D(days=rng.randrange(200))
    count = 1 + rng.randrange(3)
    entries = []
    for k in range(count):
        value = _cents(rng, 20000, 150000)
        paid = (value * Decimal("0.03")).quantize(law.CENT)
        owed = (value * Decimal(pick_rate(rng, case))).quantize(law.CENT)
        if case in ("neg-no-loss",):
            owed = paid - (Decimal(rng.randrange(0, 5000)) / 100 if k == 0 else 0)
        liquidated = rng.random() < 0.5 if case not in ("gn-pd-actual",) else k == 0
        if case == "limitations-passed":
            liquidated = True  # entries five years old have long been liquidated
        day = start + D(days=45 * k)
        if day.month == 2 and day.day == 29:
            day += D(days=1)
        entries.append(
            (
                law.entry_number(filer, f"{rng.randrange(10**7):07d}"),
                day,
                liquidated,
                value,
                paid,
                owed,
            )
        )
    if case == "neg-small":
        value = _cents(rng, 8000, 12000)
        paid = (value * Decimal("0.02")).quantize(law.CENT)
        entries = [(entries[0][0], entries[0][1], True, value, paid, paid + Decimal("212.44"))]
    if case == "noncommercial":
        value = _cents(rng, 2400, 4800)
        paid = (value * Decimal("0.03")).quantize(law.CENT)
        owed = (value * Decimal("0.12")).quantize(law.CENT)
        entries = [(entries[0][0], entries[0][1], True, value, paid, owed)]
    loss = sum((max(Decimal(0), e[5] - e[4]) for e in entries), Decimal(0))
    if loss > 0 and (loss * 100) % 2:
        e = entries[-1]
        entries[-1] = (e[0], e[1], e[2], e[3], e[4], e[5] + Decimal("0.01"))
    entered = sum((e[3] for e in entries), Decimal(0))
    domestic = Decimal(int(entered * Decimal("1.6")))
    dutiable = Decimal(int(entered) // 20 * 20) if case in ("neg-no-loss",) else None
    culpability = {
        "gn": "gross_negligence",
        "gn-pd-actual": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
    }.get(case, "negligence")
    violation = ["undervalued", "misclassified", "origin"][index % 3]
    if case == "neg-no-loss":
        violation = "origin"  # a false origin at the same rate of duty loses no duty
    last = max(e[1] for e in entries)
    today = last + D(days=120 + rng.randrange(200))
    if case == "limitations-passed":
        today = law.add_years(start, 5) + D(days=30 + rng.randrange(90))
    return Referral(
        case=case,
        case_number=f"{today.year}-{2704 + index}-{rng.randrange(100000, 999999)}-01",
        party=party,
        culpability=culpability,
        prior_disclosure=case in ("fraud-pd", "gn-pd-actual"),
        noncommercial=case == "noncommercial",
        entries=entries,
        domestic_value=domestic,
        dutiable_value=dutiable,
        goods=None if case == "no-goods" else GOODS[index % len(GOODS)],
        violation=None if case == "no-violation-kind" else violation,
        today=today,
    )


def pick_rate(rng: random.Random, case: str) -> str:
    if case == "neg-dv-cap":
        return "1.85"
    return rng.choice(["0.065", "0.08", "0.12", "0.25"]) if case != "neg-no-loss" else "0.03"


RANGES = {
    "fraud": (Decimal(5), Decimal(8), Decimal("0.5"), Decimal("0.8")),
    "gross_negligence": (Decimal("2.5"), Decimal(4), Decimal("0.25"), Decimal("0.4")),
    "negligence": (Decimal("0.5"), Decimal(2), Decimal("0.05"), Decimal("0.2")),
}


def truth(rf: Referral) -> dict[str, object]:
    """The truth file for a referral (customs-rules.md section 3 and the contract)."""
    actual = sum((max(Decimal(0), e[5] - e[4]) for e in rf.entries if e[2]), Decimal(0))
    potential = sum((max(Decimal(0), e[5] - e[4]) for e in rf.entries if not e[2]), Decimal(0))
    lod = actual + potential
    dv = rf.domestic_value
    base = rf.dutiable_value or Decimal(0)
    low, high, low_nl, high_nl = RANGES[rf.culpability]
    if rf.culpability == "fraud":
        maximum = dv
    else:
        factor = Decimal(4) if rf.culpability == "gross_negligence" else Decimal(2)
        share = Decimal("0.4") if rf.culpability == "gross_negligence" else Decimal("0.2")
        maximum = min(dv, factor * lod) if lod > 0 else min(dv, share * base)
    rng_low, rng_high = (low * lod, high * lod) if lod > 0 else (low_nl * base, high_nl * base)
    guideline = [min(dv, rng_low), min(dv, rng_high)]
    proposed: Decimal | None = maximum
    if rf.prior_disclosure:
        proposed = (
            (lod if lod > 0 else Decimal("0.1") * base) if rf.culpability == "fraud" else None
        )
    limitations = law.add_years(rf.violation_date, 5)
    barred = [e[0] for e in rf.entries if rf.today > law.add_years(e[1], 5)]
    human = (
        rf.today > limitations
        or bool(barred)
        or rf.goods is None
        or rf.violation is None
        or (rf.prior_disclosure and rf.culpability != "fraud")
    )
    if human or not proposed:
        notice = "none"
    else:
        notice = "pre_penalty" if proposed > 1000 and not rf.noncommercial else "penalty"
    decision: dict[str, object] = {
        "loss_of_duties": {
            "actual": law.money(actual),
            "potential": law.money(potential),
            "total": law.money(lod),
        },
        "statutory_max": law.money(maximum),
        "guideline_range": [law.money(g) for g in guideline],
        "proposed_penalty": law.money(proposed),
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty not scored: a (gross) negligence prior disclosure with an "
            "actual loss needs an interest computation"
        )
    values = {
        "case_number": rf.case_number,
        "party_name": rf.party.name,
        "party_address": rf.party.address,
        "importer_number": rf.party.ein or None,
        "violation_date": rf.violation_date.isoformat(),
        "culpability": rf.culpability,
        "prior_disclosure": rf.prior_disclosure,
        "noncommercial": rf.noncommercial,
        "entries": [
            {
                "entry_number": e[0],
                "entry_date": e[1].isoformat(),
                "liquidated": e[2],
                "entered_value": law.money(e[3]),
                "duty_paid": law.money(e[4]),
                "duty_owed": law.money(e[5]),
            }
            for e in rf.entries
        ],
        "domestic_value": law.money(dv),
        "dutiable_value": law.money(rf.dutiable_value),
    }
    out: dict[str, object] = {
        "kind": "penalty-case",
        "case": rf.case,
        "args": ["--today", rf.today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        out["not_scored"] = not_scored
    return out
