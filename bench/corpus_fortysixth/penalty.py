"""Penalty-referral cases (facts and truth, figures by law.py) and three sender styles."""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from decimal import Decimal
from typing import Any

from bench.corpus_fortysixth import law
from bench.corpus_fortysixth.pools import (
    COMPANIES,
    FILERS,
    GOODS,
    PEOPLE,
    PORTS,
    fmt_date,
    fmt_money,
)
from bench.corpus_fortysixth.render import Page

CASES = [
    "neg",
    "gross",
    "fraud",
    "fraud-pd",
    "fraud-pd-noloss",
    "neg-noloss",
    "dv-cap",
    "small",
    "noncommercial",
    "limitations-passed",
    "barred-entry",
    "neg-pd-actual",
]
STYLES = ["worksheet", "memo", "fixed"]
CULP_WORDS = {
    "negligence": ["Negligence", "negligent violation", "NEGLIGENCE (19 USC 1592(c)(3))"],
    "gross_negligence": [
        "Gross negligence",
        "grossly negligent violation",
        "GROSS NEGLIGENCE (19 USC 1592(c)(2))",
    ],
    "fraud": ["Fraud", "fraudulent violation", "FRAUD (19 USC 1592(c)(1))"],
}


def plan(index: int, seed: int) -> dict[str, Any]:
    """Facts and truth of penalty referral `index` under `seed`."""
    rng = random.Random(f"fortysixth-penalty-{seed}-{index}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    name, street, city = rng.choice(COMPANIES)
    officer, _ = rng.choice(PEOPLE)
    port, port_name = rng.choice(PORTS)
    filer = rng.choice(FILERS)
    goods = rng.choice(GOODS)[0]
    culp = {
        "gross": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-noloss": "fraud",
    }.get(case, "negligence")
    pd = case in ("fraud-pd", "fraud-pd-noloss", "neg-pd-actual")
    noloss = case in ("fraud-pd-noloss", "neg-noloss")
    count = rng.choice([2, 3, 4])
    start = dt.date(2022, 2, 1) + dt.timedelta(days=rng.randrange(500))
    if case == "limitations-passed":
        start = dt.date(2019, 3, 1) + dt.timedelta(days=rng.randrange(200))
    if case == "barred-entry":
        start = dt.date(2020, 4, 1) + dt.timedelta(days=rng.randrange(60))
    entries: list[dict[str, Any]] = []
    day = start
    for number in range(count):
        if (day.month, day.day) == (2, 29):
            day += dt.timedelta(days=1)  # no 29 February: five years on is not settled
        entered = Decimal(rng.randrange(800000, 9000000)) / 100
        paid = (entered * Decimal(rng.choice(["0.025", "0.032", "0.04"]))).quantize(Decimal("0.01"))
        loss = Decimal(0) if noloss else Decimal(2 * rng.randrange(5000, 90000)) / 100
        if case == "small":
            loss = Decimal(2 * rng.randrange(5000, 12000)) / 100 if number == 0 else Decimal(0)
        liquidated = rng.random() < 0.5 if case != "neg-pd-actual" else number == 0
        entries.append(
            {
                "number": law.entry_number(filer, f"{rng.randrange(10**7):07d}"),
                "date": day,
                "liquidated": liquidated,
                "entered": entered,
                "paid": paid,
                "owed": paid + loss,
            }
        )
        day += dt.timedelta(
            days=rng.randrange(60, 200) if case != "barred-entry" else rng.randrange(500, 700)
        )
    violation = entries[-1]["date"]
    total_entered = sum((e["entered"] for e in entries), Decimal(0))
    domestic = Decimal(int(total_entered * Decimal("1.7")))
    dutiable = Decimal(int(total_entered)) if (noloss or rng.random() < 0.5) else None
    actual = sum((e["owed"] - e["paid"] for e in entries if e["liquidated"]), Decimal(0))
    potential = sum((e["owed"] - e["paid"] for e in entries if not e["liquidated"]), Decimal(0))
    if case == "dv-cap":
        domestic = Decimal(int((actual + potential) * Decimal("1.5")))
    limitations = law.add_years(violation, 5)
    if case == "limitations-passed":
        today = limitations + dt.timedelta(days=rng.randrange(10, 90))
    elif case == "barred-entry":
        today = law.add_years(entries[0]["date"], 5) + dt.timedelta(days=rng.randrange(10, 60))
    else:
        today = max(violation + dt.timedelta(days=rng.randrange(120, 500)), dt.date(2025, 1, 10))
    barred = [e["number"] for e in entries if law.add_years(e["date"], 5) < today]
    figures = law.penalty_figures(culp, pd, actual, potential, domestic, dutiable)
    proposed = figures["proposed"]
    assert isinstance(proposed, Decimal) or proposed is None
    needs = limitations < today or bool(barred) or (pd and culp != "fraud" and actual > 0)
    if needs or proposed is None or proposed == 0:
        notice = "none"
    elif proposed > 1000 and case != "noncommercial":
        notice = "pre_penalty"
    else:
        notice = "penalty"
    maximum = figures["max"]
    rng_pair = figures["range"]
    assert isinstance(maximum, Decimal) and isinstance(rng_pair, list)
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": law.cents(actual),
            "potential": law.cents(potential),
            "total": law.cents(actual + potential),
        },
        "statutory_max": law.cents(maximum),
        "guideline_range": [law.cents(rng_pair[0]), law.cents(rng_pair[1])],
        "proposed_penalty": None if proposed is None else law.cents(proposed),
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs else "draft",
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty not scored: a negligence prior disclosure with an actual loss "
            "needs an interest computation a person makes"
        )
    facts = {
        "case_number": f"{dt.date(2025, 1, 1).year}-{port}-{rng.randrange(100000, 999999)}-01",
        "name": name,
        "address": [street, city],
        "importer": f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        "violation": violation,
        "culp": culp,
        "culp_word": CULP_WORDS[culp][rng.randrange(3)],
        "pd": pd,
        "noncommercial": case == "noncommercial",
        "entries": entries,
        "domestic": domestic,
        "dutiable": dutiable,
        "officer": officer,
        "port": port,
        "port_name": port_name,
        "goods": goods,
        "date_style": rng.randrange(6),
        "money_style": rng.randrange(4),
        "case": case,
        "style": style,
        "referral_date": today - dt.timedelta(days=rng.randrange(2, 9)),
    }
    values = {
        "case_number": facts["case_number"],
        "party_name": name,
        "party_address": f"{street}, {city}",
        "importer_number": facts["importer"],
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": facts["noncommercial"],
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": law.cents(e["entered"]),
                "duty_paid": law.cents(e["paid"]),
                "duty_owed": law.cents(e["owed"]),
            }
            for e in entries
        ],
        "domestic_value": law.cents(domestic),
        "dutiable_value": None if dutiable is None else law.cents(dutiable),
    }
    truth = {
        "values": values,
        "decision": decision,
        "args": ["--today", today.isoformat()],
        "not_scored": not_scored,
    }
    return {"kind": "penalty-case", "case": case, "style": style, "facts": facts, "truth": truth}


def _pd_text(f: dict[str, Any]) -> str:
    if f["pd"]:
        return (
            "Prior disclosure: YES - the party filed a valid prior disclosure under 19 CFR 162.74 "
            "before the investigation began."
        )
    return "Prior disclosure: None filed."


def render(p: dict[str, Any]) -> list[Page]:
    """The pages of a penalty referral in its style."""
    f = p["facts"]
    d = f["date_style"]
    m = f["money_style"]

    def money(v: Decimal) -> str:
        return fmt_money(v, m)

    liq_marks = [("Liquidated", "Unliquidated"), ("Y", "N"), ("FINAL", "OPEN")][d % 3]
    entries = f["entries"]
    nature = (
        "Noncommercial importation (personal use)."
        if f["noncommercial"]
        else "Commercial importation."
    )
    values_lines = [f"Domestic value: {money(f['domestic'])}"]
    if f["dutiable"] is not None:
        values_lines.append(f"Dutiable value: {money(f['dutiable'])}")
    if p["style"] == "worksheet":
        page: Page = [
            "CASE SUMMARY WORKSHEET - 19 U.S.C. 1592",
            None,
            [
                (0, "Case No.:"),
                (16, f["case_number"]),
                (46, "Prepared:"),
                (56, fmt_date(f["referral_date"], d)),
            ],
            [(0, "Party:"), (16, f["name"])],
            [(0, "Address:"), (16, f["address"][0])],
            [(16, f["address"][1])],
            [(0, "IOR No.:"), (16, f["importer"])],
            [(0, "Violation date:"), (16, fmt_date(f["violation"], d))],
            [(0, "Culpability:"), (16, f["culp_word"])],
            None,
            "",
            "TABLE 1 - SUMMARY",
            None,
            [(0, "Entry No."), (18, "Entry Date"), (34, "Liq. Status")],
            None,
        ]
        for e in entries:
            page.append(
                [
                    (0, e["number"]),
                    (18, fmt_date(e["date"], d)),
                    (34, liq_marks[0] if e["liquidated"] else liq_marks[1]),
                ]
            )
        page += [
            None,
            "",
            "TABLE 2 - DETAIL",
            None,
            [(0, "Entry No."), (18, "Entered Value"), (38, "Duty Paid"), (56, "Duty Owed")],
            None,
        ]
        for e in entries:
            page.append(
                [
                    (0, e["number"]),
                    (18, money(e["entered"])),
                    (38, money(e["paid"])),
                    (56, money(e["owed"])),
                ]
            )
        page += [
            None,
            "",
            *values_lines,
            "",
            *textwrap.wrap(_pd_text(f), 74),
            nature,
            "",
            f"Merchandise: {f['goods']}",
            "",
            f"Prepared by: {f['officer']}, FP&F Officer",
        ]
        return [page]
    if p["style"] == "memo":
        box = "+" + "-" * 70 + "+"
        page = [
            "MEMORANDUM",
            "",
            f"TO:      Fines, Penalties and Forfeitures Officer, Port of {f['port_name']}",
            f"FROM:    {f['officer']}, Regulatory Audit",
            f"DATE:    {fmt_date(f['referral_date'], d)}",
            f"SUBJECT: Penalty referral, case {f['case_number']}",
            "",
            box,
            f"| Party:    {f['name']}".ljust(71) + "|",
            f"|           {f['address'][0]}".ljust(71) + "|",
            f"|           {f['address'][1]}".ljust(71) + "|",
            f"| Importer No.: {f['importer']}".ljust(71) + "|",
            box,
            "",
        ]
        page += [
            "Our audit found violations of 19 U.S.C. 1592 in the entries below: the",
            f"{f['goods'].lower()} were declared under a subheading with a lower rate.",
            f"The date of the violation is {fmt_date(f['violation'], d + 1)}.",
            f"Culpability: {f['culp_word']}.",
            "",
            None,
            [
                (0, "Entry Number"),
                (16, "Date of Entry"),
                (32, "Liq?"),
                (38, "Value"),
                (52, "Paid"),
                (64, "Owed"),
            ],
            None,
        ]
        for e in entries:
            page.append(
                [
                    (0, e["number"]),
                    (16, fmt_date(e["date"], 2)),
                    (32, "Yes" if e["liquidated"] else "No"),
                    (38, money(e["entered"])),
                    (52, money(e["paid"])),
                    (64, money(e["owed"])),
                ]
            )
            page.append(None)
        page += ["", *values_lines, *textwrap.wrap(_pd_text(f), 74), nature, "", f["officer"]]
        return [page]
    page = [
        f"PENALTY REFERRAL REPORT  CASE {f['case_number']}",
        "=" * 72,
        f"PARTY........ {f['name'].upper()}",
        f"ADDRESS...... {f['address'][0].upper()}",
        f"              {f['address'][1].upper()}",
        f"IMPORTER NO.. {f['importer']}",
        f"VIOLATION DT. {fmt_date(f['violation'], 2)}",
        f"CULPABILITY.. {f['culp_word'].upper()}",
        f"PRIOR DISCL.. {'YES' if f['pd'] else 'NO'}",
        f"IMPORTATION.. {'NONCOMMERCIAL' if f['noncommercial'] else 'COMMERCIAL'}",
        "=" * 72,
        "ENTRY          ENTRY DATE  LIQ  ENTERED VALUE     DUTY PAID     DUTY OWED",
    ]
    for e in entries:
        page.append(
            f"{e['number']}  {fmt_date(e['date'], 2)}  {'Y' if e['liquidated'] else 'N'}   "
            f"{money(e['entered']):>14}  {money(e['paid']):>12}  {money(e['owed']):>12}"
        )
    page += ["=" * 72, f"DOMESTIC VALUE {money(f['domestic'])}"]
    if f["dutiable"] is not None:
        page.append(f"DUTIABLE VALUE {money(f['dutiable'])}")
    page += [
        f"MERCHANDISE    {f['goods'].upper()}",
        "",
        f"REFERRED BY {f['officer'].upper()}  {fmt_date(f['referral_date'], 2)}",
    ]
    return [page]
