"""Penalty-referral cases and the three senders (memo, report, worksheet)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyfourth import common as C
from bench.corpus_fortyfourth import law as L

CASES = [
    "negligence",
    "gross",
    "fraud",
    "neg-dvcap",
    "neg-noloss",
    "fraud-pd",
    "small",
    "noncommercial",
    "limitations",
    "barred",
    "gross-pd",
    "fraud-pd-noloss",
    "gross-noloss",
]
STYLES = ["memo", "report", "worksheet"]
CULP = {"negligence": "negligence", "gross_negligence": "gross negligence", "fraud": "fraud"}


def plan(index: int, seed: int) -> dict[str, Any]:
    """Truth and blocks for one penalty referral."""
    rng = random.Random(f"penalty:{seed}:{index}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index // 2 + seed) % 3]
    habit, mhabit = rng.randrange(7), rng.randrange(5)
    culp = "fraud" if "fraud" in case else "gross_negligence" if "gross" in case else "negligence"
    pd = case.endswith("-pd") or "-pd-" in case
    noloss = "noloss" in case
    name, addr = rng.choice(C.COMPANIES)
    ior = C.ein(rng)
    fcode = C.filer(rng)
    today = dt.date(2025, rng.randint(3, 11), rng.randint(1, 28))
    start = today - dt.timedelta(days=rng.randint(200, 600))
    if case in ("limitations", "barred"):
        start = today - dt.timedelta(days=365 * 5 + rng.randint(20, 90))
    n = rng.choice([2, 3])
    entries: list[tuple[str, dt.date, bool, int, int, int]] = []
    for k in range(n):
        e_date = start + dt.timedelta(days=23 * k + (400 if case == "barred" and k else 0))
        e_date = L.weekday(e_date)
        if e_date.month == 2 and e_date.day == 29:
            e_date += dt.timedelta(days=3)
        value = rng.randint(20000, 90000) * 100
        paid = rng.randint(300, 2500) * 100 + rng.randint(0, 49) * 2
        owed = paid if noloss else paid + rng.randint(400, 3000) * 100 + rng.randint(0, 49) * 2
        if case == "small":
            owed = paid + rng.randint(50, 150) * 2
        if case == "neg-dvcap":  # a 100% additional duty left off the entry: loss near the value
            owed = paid + value * 3 // 4 // 2 * 2
        liq = rng.random() < 0.5 if k else True
        entries.append(
            (
                L.entry_number(fcode, f"{rng.randint(0, 9999999):07d}"),
                e_date,
                liq,
                value,
                paid,
                owed,
            )
        )
    if case == "fraud" and len(entries) > 1:
        e = entries[1]
        entries[1] = (e[0], e[1], e[2], e[3], e[5] + 1000, e[5])  # an overpaid entry: no offset
    violation = max(e[1] for e in entries) if case == "barred" else entries[0][1]
    dv = sum(e[3] for e in entries) * 13 // 1000 * 100
    if case == "neg-dvcap":
        dv = sum(e[3] for e in entries) * 12 // 10 // 100 * 100
    dutiable = sum(e[3] for e in entries) // 400 * 400
    fig = L.penalty(
        culp, pd, case == "noncommercial", [(e[2], e[4], e[5]) for e in entries], dv, dutiable
    )
    limit = L.plus_years(violation, 5)
    barred = [e[0] for e in entries if L.plus_years(e[1], 5) < today]
    human = limit < today or bool(barred) or fig["proposed"] is None
    proposed = fig["proposed"]
    if human or not proposed:
        notice = "none"
    elif int(proposed) > 100000 and case != "noncommercial":
        notice = "pre_penalty"
    else:
        notice = "penalty"
    values: dict[str, Any] = {
        "case_number": f"{today.year}-{rng.randint(1000, 5999)}-{rng.randint(100000, 999999)}-01",
        "party_name": name,
        "party_address": ", ".join(addr),
        "importer_number": ior,
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": case == "noncommercial",
        "entries": [
            {
                "entry_number": e[0],
                "entry_date": e[1].isoformat(),
                "liquidated": e[2],
                "entered_value": L.cents(e[3]),
                "duty_paid": L.cents(e[4]),
                "duty_owed": L.cents(e[5]),
            }
            for e in entries
        ],
        "domestic_value": L.cents(dv),
        "dutiable_value": L.cents(dutiable),
    }
    rng_ = fig["range"]
    decision: dict[str, Any] = {
        "loss_of_duties": {k: L.cents(int(fig[k])) for k in ("actual", "potential", "total")},
        "statutory_max": L.cents(int(fig["statutory_max"])),
        "guideline_range": [L.cents(x) for x in rng_],
        "proposed_penalty": None if proposed is None else L.cents(int(proposed)),
        "limitations_date": limit.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure needs an interest "
            "computation a person makes"
        )
    doc = {
        "kind": "penalty-case",
        "case": case,
        "style": style,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }

    def d(day: dt.date) -> str:
        return C.fmt_date(day, habit)

    def m(c: int) -> str:
        return C.fmt_money(c, mhabit)

    culp_word = rng.choice(
        {
            "negligence": ["negligence", "negligent"],
            "gross_negligence": ["gross negligence", "grossly negligent"],
            "fraud": ["fraud", "fraudulent"],
        }[culp]
    )
    pd_line = (
        rng.choice(
            [
                "A valid prior disclosure (19 CFR 162.74) was made before the investigation began.",
                "Prior disclosure: YES -- the party disclosed the violation and tendered duties.",
                "The party filed a timely prior disclosure (1592(c)(4)).",
            ]
        )
        if pd
        else rng.choice(
            [
                "No prior disclosure was made.",
                "Prior disclosure: NO.",
                "The party did not disclose the violation before the audit.",
            ]
        )
    )
    nc_line = (
        "The importation was noncommercial (personal effects of the party)."
        if case == "noncommercial"
        else "The importation was commercial."
    )
    liqw = rng.choice([("Liquidated", "Unliquidated"), ("Y", "N"), ("Final", "Open")])
    rows = [
        [e[0], d(e[1]), liqw[0] if e[2] else liqw[1], m(e[3]), m(e[4]), m(e[5])] for e in entries
    ]
    header = ["Entry No.", "Entry Date", "Liq. Status", "Entered Value", "Duty Paid", "Duty Owed"]
    party = [("Party", name), ("Address", ", ".join(addr)), ("Importer No.", ior)]
    facts = [
        ("Case No.", values["case_number"]),
        ("Date of violation", d(violation)),
        ("Culpability", culp_word),
        ("Domestic value", m(dv)),
        ("Dutiable value", m(dutiable)),
    ]
    if style == "memo":
        blocks: list[tuple[object, ...]] = [
            ("title", "MEMORANDUM -- PENALTY REFERRAL (19 U.S.C. 1592)"),
            ("line", "TO: Fines, Penalties and Forfeitures Officer"),
            ("line", "FROM: Regulatory Audit, Field Office"),
            ("blank",),
            ("box", [f"{k}: {v}" for k, v in party]),
            ("kv", facts),
            ("blank",),
            ("table", header, rows, True),
            ("para", pd_line + " " + nc_line),
            (
                "para",
                f"The audit found that the party acted with {culp_word} in declaring the goods.",
            ),
        ]
    elif style == "report":
        blocks = [
            ("title", "CASE REPORT 1592"),
            ("kv", [*party, *facts]),
            ("blank",),
            ("table", header, rows, False),
            ("blank",),
            ("line", pd_line),
            ("line", nc_line),
        ]
    else:
        blocks = [
            ("title", "Penalty case worksheet"),
            ("kv", party),
            ("kv", facts),
            (
                "bullets",
                [
                    f"Entry {r[0]} of {r[1]} ({'liquidated' if e[2] else 'not liquidated'}): "
                    f"entered value {r[3]}, duty paid {r[4]}, duty owed {r[5]}."
                    for r, e in zip(rows, entries, strict=True)
                ],
            ),
            ("para", pd_line),
            ("para", nc_line),
        ]
    return {"truth": doc, "blocks": blocks, "style": style, "case": case}
