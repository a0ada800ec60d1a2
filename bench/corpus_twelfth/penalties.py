"""Penalty referral cases (19 U.S.C. 1592, 1621; 19 CFR 162, 171 App. B): facts and truth."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from . import law, people

CASES = [
    "neg",
    "gn",
    "fraud",
    "no-goods",
    "fraud-pd",
    "neg-nolod",
    "expired",
    "no-kind",
    "gn-dvcap",
    "small",
    "no-facts",
    "mixed",
    "fraud-pd-nolod",
    "neg-pd-actual",
    "barred-entry",
    "noncommercial",
    "overpaid",
    "gn-pd-potential",
]
CULP = {
    "gn": "gross_negligence",
    "gn-dvcap": "gross_negligence",
    "gn-pd-potential": "gross_negligence",
    "fraud": "fraud",
    "fraud-pd": "fraud",
    "fraud-pd-nolod": "fraud",
}
KINDS = [
    "undervaluation (assists and first-sale price not supported)",
    "misclassification under the HTSUS",
    "false country of origin",
    "undervaluation through a second (dual) invoice",
    "misdescription of the goods",
]


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def plan(rng: random.Random, index: int, case: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The facts of one referral and its truth."""
    name, address = people.COMPANIES[(index + 2) % len(people.COMPANIES)]
    filer = people.FILERS[(index + 1) % len(people.FILERS)]
    goods, _ = people.GOODS[(index + 3) % len(people.GOODS)]
    culpability = CULP.get(case, "negligence")
    nolod = case.endswith("nolod")
    today = date(2025, 9, 1) + timedelta(days=rng.randrange(120))
    first = today - timedelta(days=rng.randrange(200, 700))
    if case == "expired":
        first = today - timedelta(days=5 * 366 + rng.randrange(20, 90))
    count = 1 if case in ("small", "noncommercial") else rng.randrange(2, 4)
    rows = []
    for n in range(count):
        entry_date = first + timedelta(days=n * rng.randrange(25, 70))
        if case == "barred-entry" and n == 0:
            entry_date = today - timedelta(days=5 * 366 + 30)
        value = (
            _cents(rng, 2000, 9000)
            if case in ("small", "noncommercial")
            else _cents(rng, 15000, 120000)
        )
        paid = (value * Decimal("0.025")).quantize(law.CENT)
        owed = paid if nolod else (value * Decimal("0.065")).quantize(law.CENT)
        if case == "overpaid" and n == 0:
            owed = (paid - Decimal("112.40")).quantize(law.CENT)
        liquidated = (case in ("neg-pd-actual", "mixed") and n == 0) or (index % 4 == 3 and n == 0)
        rows.append((law.entry_number(rng, filer), entry_date, liquidated, value, paid, owed))
    if case == "barred-entry":
        rows.sort(key=lambda r: r[1])
    if case == "neg-pd-actual":
        rows[0] = (*rows[0][:2], True, *rows[0][3:])
    violation = rows[0][1]
    entered = sum((r[3] for r in rows), Decimal(0))
    domestic = (entered * Decimal("1.6")).quantize(Decimal(1))
    if case == "gn-dvcap":
        domestic = sum((r[5] - r[4] for r in rows), Decimal(0)) * 3
        domestic = domestic.quantize(Decimal(1))
    dutiable = entered if nolod else None
    disclosed = "-pd" in case
    math = law.penalty_math(
        [(r[2], r[4], r[5]) for r in rows], culpability, domestic, dutiable, disclosed
    )
    limitations = law.add_years(violation, 5)
    barred = [r[0] for r in rows if law.add_years(r[1], 5) < today]
    lacking = {"no-goods": "goods", "no-kind": "kind", "no-facts": "facts"}.get(case)
    noncommercial = case == "noncommercial"
    port = people.PORTS[index % len(people.PORTS)][0]
    facts: dict[str, Any] = {
        "case_number": f"{today.year}-{port}-{rng.randrange(10**5, 10**6)}-01",
        "name": name,
        "address": address,
        "ior": people.ior(rng),
        "violation": violation,
        "culpability": culpability,
        "disclosed": disclosed,
        "noncommercial": noncommercial,
        "rows": rows,
        "domestic": domestic,
        "dutiable": dutiable,
        "goods": None if lacking == "goods" else goods,
        "kind": None if lacking == "kind" else KINDS[index % len(KINDS)],
        "facts": None if lacking == "facts" else _facts_text(index, goods, disclosed),
        "officer": people.SIGNERS[(index + 5) % len(people.SIGNERS)],
        "date": today - timedelta(days=3),
        "style": index,
    }
    needs_human = (
        limitations < today or bool(barred) or lacking is not None or math.proposed is None
    )
    proposed = math.proposed
    if needs_human or proposed == 0:
        notice = "none"
    elif proposed is not None and proposed > 1000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": law.money(math.actual),
            "potential": law.money(math.potential),
            "total": law.money(math.actual + math.potential),
        },
        "statutory_max": law.money(math.statutory_max),
        "guideline_range": [law.money(math.low), law.money(math.high)],
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
        "barred_entries": barred,
    }
    not_scored: list[str] = []
    if proposed is None:
        not_scored.append(
            "proposed_penalty not scored: a (gross) negligence prior disclosure with "
            "an actual loss needs an interest computation a person makes"
        )
    else:
        decision["proposed_penalty"] = law.money(proposed)
    if disclosed and culpability != "fraud" and math.actual == 0:
        del decision["outcome"], decision["notice"]
        not_scored.append(
            "outcome and notice not scored: the contract leaves open a (gross) "
            "negligence prior disclosure with no actual loss"
        )
    values = {
        "case_number": facts["case_number"],
        "party_name": name,
        "party_address": ", ".join(address),
        "importer_number": facts["ior"],
        "violation_date": violation.isoformat(),
        "culpability": culpability,
        "prior_disclosure": disclosed,
        "noncommercial": noncommercial,
        "entries": [
            {
                "entry_number": r[0],
                "entry_date": r[1].isoformat(),
                "liquidated": r[2],
                "entered_value": law.money(r[3]),
                "duty_paid": law.money(r[4]),
                "duty_owed": law.money(r[5]),
            }
            for r in rows
        ],
        "domestic_value": law.money(domestic),
        "dutiable_value": None if dutiable is None else law.money(dutiable),
    }
    if lacking:
        not_scored.append(
            f"the referral gives no {lacking}: 162.77(b) cannot be met, so the case "
            "goes to a person (issue 14)"
        )
    truth = {
        "kind": "penalty-case",
        "case": case,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
    }
    if not_scored:
        truth["not_scored"] = not_scored
    return facts, truth


def _facts_text(index: int, goods: str, disclosed: bool) -> str:
    """The material facts, as an officer summarises them."""
    lead = [
        "A post-entry audit found",
        "Review of the importer's invoices showed",
        "A CBP Form 28 response disclosed",
        "An import specialist's review established",
    ][index % 4]
    tail = (
        " The importer filed a prior disclosure under 19 CFR 162.74 before any investigation "
        "began and tendered the duties."
        if disclosed
        else ""
    )
    return (
        f"{lead} that the declared values and descriptions of the {goods.split(',')[0]} "
        f"did not match the commercial invoices paid to the seller.{tail}"
    )
