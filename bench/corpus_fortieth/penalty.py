"""Referrals for 19 U.S.C. 1592 penalties (19 CFR 162, 171 App. B) and three senders' styles."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from bench.corpus_fortieth import formats as f
from bench.corpus_fortieth import law
from bench.corpus_fortieth.render import GAP, RULE, Block, Doc, box, kv, line, para, table

CASES = [
    "neg-mixed",
    "limitations-passed",
    "gross",
    "fraud",
    "neg-noloss",
    "fraud-pd",
    "small-claim",
    "barred-entry",
    "dv-cap",
    "noncommercial",
    "fraud-pd-noloss",
    "neg-pd-actual",
]
STYLES = ["memo", "fixed", "worksheet"]
CULP = {
    "neg": "negligence",
    "gross": "gross_negligence",
    "fraud": "fraud",
    "small": "negligence",
    "dv": "negligence",
    "noncommercial": "gross_negligence",
    "limitations": "negligence",
    "barred": "gross_negligence",
}
WORDS = {
    "negligence": ["Negligence", "negligent violation", "Negligence (19 U.S.C. 1592(c)(3))"],
    "gross_negligence": [
        "Gross negligence",
        "grossly negligent violation",
        "Gross Negligence (19 U.S.C. 1592(c)(2))",
    ],
    "fraud": ["Fraud", "fraudulent violation", "Fraud (19 U.S.C. 1592(c)(1))"],
}
MARKS = [
    ("Y", "N"),
    ("LIQ", "UNLIQ"),
    ("Liquidated", "Unliquidated"),
    ("Final", "Open"),
    ("Yes", "No"),
]
D = dt.timedelta
C = Decimal("0.01")


def facts(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"fortieth-penalty-{seed}-{index}")
    case = CASES[index % len(CASES)]
    culp = CULP.get(case.split("-")[0], "negligence")
    if case.startswith("fraud"):
        culp = "fraud"
    today = dt.date(2025, 2, 3) + D(days=rng.randint(0, 280))
    n = 3 if case in ("neg-mixed", "barred-entry") else rng.choice([1, 2, 3])
    if case == "limitations-passed":
        dates = sorted(today - D(days=rng.randint(1850, 2100)) for _ in range(n))
    else:
        dates = sorted(today - D(days=rng.randint(120, 1300)) for _ in range(n))
    if case == "barred-entry":
        dates[0] = today - D(days=rng.randint(1840, 1900))
    noloss = case in ("neg-noloss", "fraud-pd-noloss")
    fcode = f.filer(rng)
    entries: list[dict[str, Any]] = []
    for i, day in enumerate(dates):
        value = Decimal(rng.randint(8000, 140000)) + Decimal(rng.randint(0, 99)) / 100
        paid = (value * Decimal(rng.choice([2, 3, 4, 5])) / 100).quantize(C)
        loss = Decimal(2 * rng.randint(20000, 600000)) / 100
        if case == "small-claim":
            loss = Decimal(2 * rng.randint(2000, 12000)) / 100
        if noloss:
            loss = Decimal(0)
        if case == "dv-cap":
            loss = (value * Decimal("0.9") / 2).quantize(C) * 2
        if case == "gross" and i == 1:
            loss = -Decimal(2 * rng.randint(5000, 30000)) / 100
        liquidated = {"neg-mixed": i % 2 == 0, "neg-pd-actual": True}.get(case, rng.random() < 0.5)
        entries.append(
            {
                "entry_number": law.entry_number(fcode, f"{rng.randint(0, 9999999):07d}"),
                "entry_date": day,
                "liquidated": liquidated,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": (paid + loss).quantize(C),
            }
        )
    total_value = sum((e["entered_value"] for e in entries), Decimal(0))
    dv = Decimal(int(total_value * Decimal("1.6")))
    dutiable = Decimal(int(total_value)) if (noloss or rng.random() < 0.5) else None
    violation = dates[-1] if case == "barred-entry" else dates[0]
    port, _name = rng.choice(f.PORTS)
    return {
        "case": case,
        "index": index,
        "seed": seed,
        "producer": ["pdfium", "dot"][index % 2],
        "style": STYLES[(index // 2 + seed) % 3],
        "culp": culp,
        "today": today,
        "entries": entries,
        "dv": dv,
        "dutiable": dutiable,
        "violation": violation,
        "pd": case in ("fraud-pd", "fraud-pd-noloss", "neg-pd-actual"),
        "noncommercial": case == "noncommercial",
        "party": rng.choice(f.COMPANIES) if case != "noncommercial" else rng.choice(f.PEOPLE),
        "address": [rng.choice(f.STREETS), rng.choice(f.CITIES)],
        "ior": f.ein(rng) if case != "noncommercial" else None,
        "case_number": f"{today.year}-{port}-{rng.randint(100000, 999999)}-01",
        "officer": rng.choice(f.PEOPLE),
        "goods": rng.choice(f.GOODS)[0],
        "date_style": rng.choice(sorted(f.DATE_STYLES)),
        "money": rng.choice(f.MONEY_STYLES),
        "marks": rng.choice(MARKS),
        "culp_word": rng.choice(WORDS[culp]),
        "memo_date": today - D(days=rng.randint(1, 10)),
    }


def _m(v: Decimal) -> float:
    return float(v.quantize(C))


def truth(x: dict[str, Any]) -> dict[str, Any]:
    fig = law.penalty_figures(
        x["culp"],
        [(e["liquidated"], e["duty_paid"], e["duty_owed"]) for e in x["entries"]],
        x["dv"],
        x["dutiable"],
        x["pd"],
    )
    today: dt.date = x["today"]
    limitations = law.add_years(x["violation"], 5)
    barred = [e["entry_number"] for e in x["entries"] if law.add_years(e["entry_date"], 5) < today]
    needs = limitations < today or bool(barred) or fig["proposed"] is None
    proposed = fig["proposed"]
    assert isinstance(proposed, Decimal) or proposed is None
    values: dict[str, Any] = {
        "case_number": x["case_number"],
        "party_name": x["party"],
        "party_address": ", ".join(x["address"]),
        "importer_number": x["ior"],
        "violation_date": x["violation"].isoformat(),
        "culpability": x["culp"],
        "prior_disclosure": x["pd"],
        "noncommercial": x["noncommercial"],
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": _m(e["entered_value"]),
                "duty_paid": _m(e["duty_paid"]),
                "duty_owed": _m(e["duty_owed"]),
            }
            for e in x["entries"]
        ],
        "domestic_value": _m(x["dv"]),
        "dutiable_value": None if x["dutiable"] is None else _m(x["dutiable"]),
    }
    rng_ = fig["range"]
    assert isinstance(rng_, list)
    decision: dict[str, Any] = {
        "loss_of_duties": {k: _m(fig[k]) for k in ("actual", "potential", "total")},
        "statutory_max": _m(fig["statutory_max"]),
        "guideline_range": [_m(rng_[0]), _m(rng_[1])],
        "proposed_penalty": None if proposed is None else _m(proposed),
        "limitations_date": limitations.isoformat(),
        "notice": law.notice(proposed, x["noncommercial"], needs),
        "outcome": "needs_human" if needs else "draft",
        "barred_entries": barred,
    }
    not_scored: list[str] = []
    if x["pd"]:
        del decision["guideline_range"]
        not_scored.append(
            "guideline_range: with a prior disclosure the notice shows no App. B range, "
            "and the contract does not say what the value is then"
        )
    if proposed is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss needs "
            "an interest computation a person makes"
        )
    return {
        "kind": "penalty-case",
        "family": x["producer"],
        "case": x["case"],
        "style": x["style"],
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def _d(x: dict[str, Any], day: dt.date) -> str:
    return f.date(day, x["date_style"])


def _mo(x: dict[str, Any], v: Decimal) -> str:
    return f.money(v, x["money"])


def _pd_text(x: dict[str, Any]) -> str:
    if x["pd"]:
        return str(
            x["_rng"].choice(
                [
                    "Yes - valid prior disclosure filed under 19 CFR 162.74",
                    "The party made a prior disclosure (19 CFR 162.74), found valid",
                ]
            )
        )
    return str(x["_rng"].choice(["None", "No prior disclosure was made"]))


def _importation(x: dict[str, Any]) -> str:
    return "noncommercial (personal use)" if x["noncommercial"] else "commercial"


def _facts_text(x: dict[str, Any]) -> str:
    return (
        f"The entries covered {x['goods'][0].lower() + x['goods'][1:]}. The invoices presented at "
        "entry understated the price actually paid; the difference was paid through a separate "
        "account. The liquidated entries are final."
    )


def _row(x: dict[str, Any], e: dict[str, Any]) -> list[str]:
    yes, no = x["marks"]
    return [
        e["entry_number"],
        _d(x, e["entry_date"]),
        yes if e["liquidated"] else no,
        _mo(x, e["entered_value"]),
        _mo(x, e["duty_paid"]),
        _mo(x, e["duty_owed"]),
    ]


def _party_lines(x: dict[str, Any]) -> list[tuple[str, str]]:
    out = [("Party:", x["party"]), ("Address:", ", ".join(x["address"]))]
    if x["ior"] is not None:
        out.append(("Importer No.:", x["ior"]))
    return out


def _values_lines(x: dict[str, Any]) -> list[tuple[str, str]]:
    out = [("Domestic value:", _mo(x, x["dv"]))]
    if x["dutiable"] is not None:
        out.append(("Dutiable value:", _mo(x, x["dutiable"])))
    return out


def style_memo(x: dict[str, Any]) -> Doc:
    """An FP&F referral memo: boxed party header, entries in a ruled table, findings in prose."""
    blocks: list[Block] = [
        line("MEMORANDUM", bold=True, align="center"),
        GAP,
        kv(
            [
                ("TO:", "Fines, Penalties and Forfeitures Officer"),
                ("FROM:", f"{x['officer']}, Import Specialist"),
                ("DATE:", _d(x, x["memo_date"])),
                ("SUBJECT:", f"Referral for penalty action, case {x['case_number']}"),
            ]
        ),
        RULE,
        box(["PARTY"] + [f"{a} {b}" for a, b in _party_lines(x)]),
        para(f"Culpability: {x['culp_word']}. Date of violation: {_d(x, x['violation'])}."),
        para(f"Prior disclosure: {_pd_text(x)}. Importation: {_importation(x)}."),
        line("Entries", bold=True),
        table(
            ["Entry No.", "Entry Date", "Liquidated?", "Entered Value", "Duty Paid", "Duty Owed"],
            [_row(x, e) for e in x["entries"]],
            ruled=True,
        ),
    ]
    blocks += [
        para(" ".join(f"{a} {b}." for a, b in _values_lines(x))),
        line("Findings", bold=True),
        para(_facts_text(x)),
        GAP,
        line(x["officer"]),
        line("Import Specialist"),
    ]
    return Doc(blocks)


def style_fixed(x: dict[str, Any]) -> Doc:
    """A plain-text case report in fixed-width columns, labels in capitals."""
    yes, no = x["marks"]
    lab = [
        ("CASE NUMBER", x["case_number"]),
        ("PARTY NAME", x["party"]),
        ("PARTY ADDRESS", ", ".join(x["address"])),
    ]
    if x["ior"] is not None:
        lab.append(("IMPORTER NO", x["ior"]))
    lab += [
        ("VIOLATION DATE", _d(x, x["violation"])),
        ("CULPABILITY", x["culp_word"].upper()),
        ("PRIOR DISCLOSURE", _pd_text(x).upper()),
        ("IMPORTATION", _importation(x).upper()),
        ("DOMESTIC VALUE", _mo(x, x["dv"])),
    ]
    if x["dutiable"] is not None:
        lab.append(("DUTIABLE VALUE", _mo(x, x["dutiable"])))
    blocks: list[Block] = [
        line("PENALTY CASE REPORT - 19 USC 1592", bold=True),
        line(f"RUN DATE {_d(x, x['memo_date'])}"),
        RULE,
    ]
    blocks += [line(f"{a:.<18}: {b}") for a, b in lab]
    blocks += [
        GAP,
        line("ENTRY DETAIL"),
        table(
            ["ENTRY NO", "ENTRY DT", f"STATUS({yes}/{no})", "ENT VALUE", "DUTY PD", "DUTY OWED"],
            [_row(x, e) for e in x["entries"]],
            ruled=False,
        ),
        GAP,
        para("REMARKS: " + _facts_text(x).upper()),
        line(f"PREPARED BY {x['officer'].upper()}"),
    ]
    return Doc(blocks, face="mono", size=9)


def style_worksheet(x: dict[str, Any]) -> Doc:
    """An auditor's worksheet: a key/value header and the entries as bullets in prose."""
    yes, no = x["marks"]
    blocks: list[Block] = [
        line(f"Case {x['case_number']}", bold=True, align="right"),
        line("AUDIT REFERRAL WORKSHEET", bold=True),
        RULE,
        kv(
            [
                *_party_lines(x),
                ("Violation date:", _d(x, x["violation"])),
                ("Culpability:", x["culp_word"]),
                ("Prior disclosure:", _pd_text(x)),
                ("Importation:", _importation(x)),
                *_values_lines(x),
            ]
        ),
        line("Entries reviewed", bold=True),
    ]
    for e in x["entries"]:
        blocks.append(
            para(
                f"- Entry {e['entry_number']}, entered {_d(x, e['entry_date'])}, status "
                f"{yes if e['liquidated'] else no}: entered value {_mo(x, e['entered_value'])}, "
                f"duty deposited {_mo(x, e['duty_paid'])}, "
                f"duty lawfully owed {_mo(x, e['duty_owed'])}.",
                indent=2,
            )
        )
    blocks += [
        para(f"(Status: {yes} = liquidated, {no} = not liquidated.)"),
        line("Narrative", bold=True),
        para(_facts_text(x)),
        GAP,
        line(f"Auditor: {x['officer']}"),
        line(f"Date: {_d(x, x['memo_date'])}"),
    ]
    return Doc(blocks, face="serif")


def document(x: dict[str, Any]) -> Doc:
    x["_rng"] = random.Random(f"fortieth-penalty-style-{x['seed']}-{x['index']}")
    doc = {"memo": style_memo, "fixed": style_fixed, "worksheet": style_worksheet}[x["style"]](x)
    del x["_rng"]
    return doc
