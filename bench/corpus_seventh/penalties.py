"""1592 penalty referrals: a memo to file with a chronology, and a key = value case export."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.corpus_seventh import law
from bench.corpus_seventh.fmt import COMPANIES, PEOPLE, PORTS, Doc, Pick, case_and_style
from bench.corpus_seventh.protests import entry_number

CASES = ["neg-mixed", "gross-liq", "fraud-cap", "fraud-pd", "neg-noloss-small", "limits-passed"]
STYLES = ["kv-export", "memo-to-file"]
GOODS_DESCRIBED = False  # neither style names or describes the goods
PRODUCER = {"kv-export": "rsvg", "memo-to-file": "pdfme"}


def _entries(case: str, rng: random.Random) -> list[dict[str, Any]]:
    start = (
        date(2020, 3, 2)
        if case == "limits-passed"
        else date(2023, 1, 9) + timedelta(days=rng.randrange(300))
    )
    out = []
    for i in range(rng.choice([2, 3])):
        entered = start + timedelta(days=37 * i + rng.randrange(5))
        if entered.month == 2 and entered.day == 29:
            entered += timedelta(days=1)
        value = (
            rng.randrange(2_000_000, 9_000_000)
            if case != "neg-noloss-small"
            else rng.randrange(90_000, 150_000)
        )
        paid = value * 25 // 1000
        owed = paid if case == "neg-noloss-small" else paid + 2 * rng.randrange(50_000, 200_000)
        liquidated = {"neg-mixed": i == 0, "gross-liq": True}.get(case, rng.random() < 0.5)
        out.append(
            {
                "entry_number": entry_number(rng),
                "entry_date": entered,
                "liquidated": liquidated,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
    return out


def _decide(
    case: str,
    culp: str,
    pd: bool,
    entries: list[dict[str, Any]],
    dv: int,
    dutiable: int,
    today: date,
    violation: date,
) -> dict[str, object]:
    """App. B and 1592(c) in cents; every product is exact by construction."""
    actual = sum(
        max(0, int(e["duty_owed"]) - int(e["duty_paid"])) for e in entries if e["liquidated"]
    )
    potential = sum(
        max(0, int(e["duty_owed"]) - int(e["duty_paid"])) for e in entries if not e["liquidated"]
    )
    lod = actual + potential
    mult = {"negligence": (1, 4, 2), "gross_negligence": (5, 8, 4), "fraud": (10, 16, 0)}[culp]
    pct = {"negligence": (5, 20), "gross_negligence": (25, 40), "fraud": (50, 80)}[culp]
    if culp == "fraud":
        stat = dv
    else:
        stat = min(dv, mult[2] * lod) if lod else min(dv, dutiable * pct[1] // 100)
    low, high = (
        (mult[0] * lod // 2, mult[1] * lod // 2)
        if lod
        else (dutiable * pct[0] // 100, dutiable * pct[1] // 100)
    )
    proposed = (lod if lod else dutiable // 10) if pd else stat
    limits = law.plus_years(violation, 5)
    barred = [str(e["entry_number"]) for e in entries if law.plus_years(e["entry_date"], 5) < today]
    # No referral of this hand describes the merchandise, states the laws violated or the material
    # facts ("the misdescribed goods" at most), which every notice must (19 CFR 162.77(b)(1)(i),
    # (iii), (iv); customs-rules.md section 3): a person completes the case before any notice (the
    # integrator's correction, as for the third, fourth and fifth hands).
    human = limits < today or bool(barred) or not GOODS_DESCRIBED
    outcome = "needs_human" if human else "draft"
    assert case != "limits-passed" or limits < today, case
    notice = (
        "none"
        if outcome == "needs_human" or proposed == 0
        else ("pre_penalty" if proposed > 100_000 else "penalty")
    )
    return {
        "loss_of_duties": {
            "actual": law.cents(actual),
            "potential": law.cents(potential),
            "total": law.cents(lod),
        },
        "statutory_max": law.cents(stat),
        "guideline_range": [law.cents(min(low, dv)), law.cents(min(high, dv))],
        "proposed_penalty": law.cents(proposed),
        "limitations_date": limits.isoformat(),
        "notice": notice,
        "outcome": outcome,
        "barred_entries": barred,
    }


def build(index: int, rng: random.Random) -> Doc:
    """The penalty referral at `index`."""
    case, style = case_and_style(index, CASES, STYLES)
    pick = Pick(rng)
    culp = {"gross-liq": "gross_negligence", "fraud-cap": "fraud", "fraud-pd": "fraud"}.get(
        case, "negligence"
    )
    pd = case == "fraud-pd"
    entries = _entries(case, rng)
    total_value = sum(int(e["entered_value"]) for e in entries)
    lod = sum(max(0, int(e["duty_owed"]) - int(e["duty_paid"])) for e in entries)
    dutiable = (total_value // 2000) * 2000
    dv = (
        (13 * lod // 2) // 100 * 100 + 100
        if case == "fraud-cap"
        else (total_value * 13 // 10) // 100 * 100
    )
    violation: date = entries[0]["entry_date"]
    today = date(2026, 2, 2) + timedelta(days=rng.randrange(200))
    decision = _decide(case, culp, pd, entries, dv, dutiable, today, violation)
    name, street, city = rng.choice(COMPANIES)
    port = rng.choice(PORTS)[0]
    values: dict[str, object] = {
        "case_number": f"2026-{port}-{rng.randrange(10**6):06d}-01",
        "party_name": name,
        "party_address": f"{street}, {city}",
        "importer_number": f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": False,
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": law.cents(int(e["entered_value"])),
                "duty_paid": law.cents(int(e["duty_paid"])),
                "duty_owed": law.cents(int(e["duty_owed"])),
            }
            for e in entries
        ],
        "domestic_value": law.cents(dv),
        "dutiable_value": law.cents(dutiable),
    }
    doc = Doc(
        "penalty-case", case, PRODUCER[style], ["--today", today.isoformat()], values, decision
    )
    from bench.corpus_seventh import penalty_styles

    penalty_styles.render(style, doc, values, entries, pick, rng.choice(PEOPLE))
    return doc
