"""19 U.S.C. 1592 referrals: cases, truths under 19 CFR 162 and 171 App. B, and three
case offices' habits."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from bench.corpus_thirtyseventh import fmt, law, pools
from bench.corpus_thirtyseventh import layout as L

#: (case, culpability, special); the default 12 cover draft with both notices, none, and needs_human
CASES: list[tuple[str, str, str]] = [
    ("negligence", "negligence", "mixed"),
    ("gross-negligence", "gross_negligence", ""),
    ("fraud", "fraud", "mixed"),
    ("fraud-prior-disclosure", "fraud", "pd"),
    ("negligence-no-loss", "negligence", "noloss"),
    ("dv-cap", "negligence", "cap"),
    ("claim-at-1000", "negligence", "small"),
    ("noncommercial", "negligence", "noncommercial"),
    ("limitations-passed", "gross_negligence", "expired"),
    ("barred-entry", "negligence", "barred"),
    ("negligence-pd-actual", "negligence", "pd_actual"),
    ("overpaid-entry", "gross_negligence", "overpaid"),
    ("fraud-pd-no-loss", "fraud", "pd_noloss"),
    ("cbp-assigned-ior", "gross_negligence", "cbp_ior"),
]
STYLES = ("casetrack", "auditor", "ledger")
CULP_WORDS = {
    "negligence": ["Negligence", "negligent", "NEGLIGENCE (19 USC 1592(c)(3))"],
    "gross_negligence": [
        "Gross negligence",
        "grossly negligent",
        "GROSS NEGLIGENCE (19 USC 1592(c)(2))",
    ],
    "fraud": ["Fraud", "fraudulent", "FRAUD (19 USC 1592(c)(1))"],
}
C = Decimal("0.01")


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) * C


def plan(index: int, seed: int) -> dict[str, Any]:
    """One referral: truth, blocks and the printed strings to check."""
    rng = random.Random(f"penalty:{seed}:{index}")
    case, culp, special = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    producer = ("svglib", "pdfrw")[index % 2]
    name, addr = rng.choice(pools.COMPANIES)
    if special == "noncommercial":
        name, addr = rng.choice(pools.PEOPLE), ["14 Orchard Hill Road", "Chatham, NJ 07928"]
    port, _ = rng.choice(pools.PORTS)
    ior = pools.ein(rng)
    if special == "noncommercial":
        ior = f"{rng.randrange(100, 899)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
    if special == "cbp_ior":
        ior = f"{rng.randrange(10**6):06d}-{rng.randrange(10**5):05d}"
    today = dt.date(2025, 3, 3) + dt.timedelta(days=rng.randrange(300))
    n = 1 if special in ("small", "noncommercial") else rng.choice([2, 3, 3, 4])
    if special == "barred":
        n = 3
    filer = rng.choice(pools.FILERS)
    start = today - dt.timedelta(days=rng.randrange(200, 900))
    if special == "expired":
        start = law.add_years(today, -5) - dt.timedelta(days=rng.randrange(40, 200))
    if special == "barred":
        start = law.add_years(today, -5) - dt.timedelta(days=rng.randrange(20, 90))
    entries: list[dict[str, Any]] = []
    day = start
    for k in range(n):
        value = _cents(rng, 8000, 140000)
        paid = (value * Decimal(rng.choice(["0.025", "0.04", "0.065", "0.12"]))).quantize(C)
        diff = Decimal(rng.randrange(20000, 900000) * 2) * C
        if special in ("noloss", "pd_noloss"):
            diff = Decimal(0)
        if special == "cap":
            diff = Decimal(int(value * 90) * 2) * C
        if special == "overpaid" and k == 0:
            diff = -Decimal(rng.randrange(50, 400) * 2) * C
        if special in ("small", "noncommercial"):
            diff = (
                Decimal("500.00")
                if special == "small"
                else Decimal(rng.randrange(30000, 90000) * 2) * C
            )
        liquidated = k % 2 == 0 if special in ("mixed", "pd_actual") else rng.random() < 0.35
        if special == "pd_actual":
            liquidated = k == 0 or liquidated
        entries.append(
            {
                "entry_number": pools.entry(rng, filer),
                "entry_date": day,
                "liquidated": liquidated,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": paid + diff,
            }
        )
        day += dt.timedelta(
            days=rng.randrange(20, 120) if special != "barred" else rng.randrange(400, 700)
        )
    if special == "barred":
        assert entries[-1]["entry_date"] < today
    violation = entries[-1]["entry_date"] if special == "barred" else entries[0]["entry_date"]
    total_value = sum((e["entered_value"] for e in entries), Decimal(0))
    dutiable = (
        Decimal(int(total_value / 100) * 100)
        if (special in ("noloss", "pd_noloss") or rng.random() < 0.5)
        else None
    )
    dv = Decimal(int(total_value * Decimal("1.7")))
    if special == "cap":
        dv = Decimal(int(total_value * Decimal("2.6")))
    pd = special in ("pd", "pd_actual", "pd_noloss")
    noncommercial = special == "noncommercial"

    lod = law.loss_of_duties(entries)
    smax = law.statutory_max(culp, lod["total"], dv, dutiable)
    grange = law.guideline_range(culp, lod["total"], dv, dutiable)
    proposed = law.proposed_penalty(culp, pd, lod["total"], dv, dutiable)
    limitations = law.add_years(violation, 5)
    barred = [e["entry_number"] for e in entries if law.add_years(e["entry_date"], 5) < today]
    outcome = (
        "needs_human"
        if (limitations < today or barred or proposed is None or special == "cbp_ior")
        else "draft"
    )
    note = law.notice(outcome, proposed, noncommercial)
    expect = {
        "small": "penalty",
        "noncommercial": "penalty",
        "expired": "none",
        "barred": "none",
        "": "pre_penalty",
    }
    assert expect.get(special, note) == note, (case, note)
    if special == "cap":
        assert smax == dv

    not_scored: list[str] = []
    decision: dict[str, Any] = {
        "loss_of_duties": {k: float(v) for k, v in lod.items()},
        "statutory_max": float(smax),
        "guideline_range": [float(x) for x in grange],
        "proposed_penalty": float(proposed) if proposed is not None else None,
        "limitations_date": limitations.isoformat(),
        "notice": note,
        "outcome": outcome,
        "barred_entries": barred,
    }
    if proposed is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty not scored: a negligence prior disclosure with an actual loss needs "
            "an interest computation a person makes"
        )
    if special == "barred":
        for key in ("loss_of_duties", "statutory_max", "guideline_range", "proposed_penalty"):
            del decision[key]
        not_scored.append(
            "loss_of_duties, statutory_max, guideline_range, proposed_penalty not scored: the "
            "contract "
            "does not say whether a barred entry stays in the figures before a person splits the "
            "case"
        )
    if special == "cbp_ior":
        not_scored.append(
            "outcome needs_human by this corpus's rule for VERIFY lines: a CBP-assigned importer "
            "number (NNNNNN-NNNNN) is a VERIFY format in customs-rules.md"
        )
    values: dict[str, Any] = {
        "case_number": f"{today.year}-{port}-{rng.randrange(100000, 999999)}-01",
        "party_name": name,
        "party_address": ", ".join(addr),
        "importer_number": ior,
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": noncommercial,
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": float(e["entered_value"]),
                "duty_paid": float(e["duty_paid"]),
                "duty_owed": float(e["duty_owed"]),
            }
            for e in entries
        ],
        "domestic_value": float(dv),
        "dutiable_value": float(dutiable) if dutiable is not None else None,
    }
    facts: dict[str, Any] = {
        "values": values,
        "entries": entries,
        "dv": dv,
        "dutiable": dutiable,
        "addr": addr,
        "culp": culp,
        "pd": pd,
        "special": special,
        "violation": violation,
        "ds": rng.choice(fmt.DATE_STYLES),
        "ms": rng.choice(fmt.MONEY_STYLES),
        "compact": rng.random() < 0.2,
        "port": port,
        "officer": rng.choice(pools.PEOPLE),
        "opened": today - dt.timedelta(days=rng.randrange(5, 40)),
        "pd_date": violation + dt.timedelta(days=rng.randrange(200, 400)),
        "goods": rng.choice(pools.GOODS)[0],
        "culp_word": rng.choice(CULP_WORDS[culp]),
    }
    blocks, family = STYLE_FUNCS[style](facts, rng)
    d, m = facts["ds"], facts["ms"]
    printed = [values["case_number"], name, *addr, ior, fmt.date(violation, d), fmt.money(dv, m)]
    if dutiable is not None:
        printed.append(fmt.money(dutiable, m))
    for e in entries:
        printed += [fmt.entry(e["entry_number"], facts["compact"]), fmt.date(e["entry_date"], d)]
        printed += [fmt.money(e[k], m) for k in ("entered_value", "duty_paid", "duty_owed")]
    return {
        "kind": "penalty-case",
        "case": case,
        "style": style,
        "family": producer,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "font": family,
        "blocks": blocks,
        "printed": printed,
    }


def _pd_text(f: dict[str, Any], rng: random.Random) -> str:
    if f["pd"]:
        return rng.choice(
            [
                "Yes - prior disclosure (19 CFR 162.74) received "
                f"{fmt.date(f['pd_date'], f['ds'])}",
                "Valid prior disclosure filed before the investigation began",
                "PD: YES, duties tendered",
            ]
        )
    return rng.choice(["No", "None filed", "No prior disclosure was made"])


def _import_type(f: dict[str, Any]) -> str:
    return "Noncommercial (personal effects)" if f["special"] == "noncommercial" else "Commercial"


def _liq(f: dict[str, Any], e: dict[str, Any], words: tuple[str, str]) -> str:
    return words[0] if e["liquidated"] else words[1]


def casetrack(f: dict[str, Any], rng: random.Random) -> tuple[list[L.Block], str]:
    """A case-management export: label/value pairs in two columns, entry grid, narrative."""
    v, d, m = f["values"], f["ds"], f["ms"]
    b: list[L.Block] = [
        L.band("CASETRACK 4.2  |  PENALTY CASE SUMMARY (EXPORT)", 10),
        L.title(f"Printed {fmt.date(f['opened'], d)} by {f['officer']}", 8, bold=False),
    ]
    pairs = [
        ("Case No.", v["case_number"]),
        ("Port", f["port"]),
        ("Party", v["party_name"]),
        ("IOR No.", v["importer_number"]),
        ("Party address", ", ".join(f["addr"])),
        ("Import type", _import_type(f)),
        ("Violation date", fmt.date(f["violation"], d)),
        ("Culpability", f["culp_word"]),
        ("Prior disclosure", _pd_text(f, rng)),
        ("Domestic value", fmt.money(f["dv"], m)),
    ]
    if f["dutiable"] is not None:
        pairs.append(("Dutiable value", fmt.money(f["dutiable"], m)))
    b.append(L.kv(pairs, 2, 82, 8.5))
    b.append(L.band("ENTRIES", 9))
    words = rng.choice([("Y", "N"), ("Final", "Open"), ("LIQ", "UNLIQ")])
    rows = [
        [
            fmt.entry(e["entry_number"], f["compact"]),
            fmt.date(e["entry_date"], d),
            _liq(f, e, words),
            fmt.money(e["entered_value"], m),
            fmt.money(e["duty_paid"], m),
            fmt.money(e["duty_owed"], m),
        ]
        for e in f["entries"]
    ]
    b.append(
        L.table(
            ["Entry #", "Entry Dt.", "Liq?", "Entered Value", "Duty Deposited", "Correct Duty"],
            rows,
            [2.1, 1.7, 0.8, 1.6, 1.6, 1.6],
            ruled=rng.random() < 0.5,
            right=(3, 4, 5),
            size=8.5,
        )
    )
    b.append(L.band("NARRATIVE", 9))
    b.append(
        L.para(
            f"Review of the importer's entries of {f['goods'].lower()} found the declared values "
            "and "
            "classification understated the duty owed. The officer assesses the conduct as "
            f"{f['culp_word']}. "
            "Referred to FP&F for a pre-penalty determination.",
            9.5,
        )
    )
    return b, rng.choice(["Helvetica", "Courier"])


def auditor(f: dict[str, Any], rng: random.Random) -> tuple[list[L.Block], str]:
    """An auditor's referral letter: amounts per entry first, the party last, owed before paid."""
    v, d, m = f["values"], f["ds"], f["ms"]
    b: list[L.Block] = [
        L.title("Regulatory Audit and Agency Advisory Services", 10, bold=False),
        L.title("Referral for Penalty Action - 19 U.S.C. 1592", 13),
        L.rule(),
        L.para(f"Our file: case {v['case_number']}", 9.5),
        L.para(f"Date: {fmt.date(f['opened'], d)}", 9.5),
        L.para("1. What we found, entry by entry", bold=True),
    ]
    for e in f["entries"]:
        status = "liquidated" if e["liquidated"] else "not yet liquidated"
        b.append(
            L.para(
                f"Entry {fmt.entry(e['entry_number'], f['compact'])} of "
                f"{fmt.date(e['entry_date'], d)} "
                f"({status}): duty lawfully owed {fmt.money(e['duty_owed'], m)}; duty deposited "
                f"{fmt.money(e['duty_paid'], m)}; entered value "
                f"{fmt.money(e['entered_value'], m)}.",
                10,
                indent=14,
                hang="*",
            )
        )
    vals = [f"Domestic value of the merchandise: {fmt.money(f['dv'], m)}."]
    if f["dutiable"] is not None:
        vals.append(f"Dutiable value: {fmt.money(f['dutiable'], m)}.")
    b.append(L.para(" ".join(vals)))
    b.append(L.para("2. Culpability and disclosure", bold=True))
    b.append(
        L.para(
            f"The violations began on {fmt.date(f['violation'], d)}. We consider the importer "
            f"{f['culp_word']} (culpability: {f['culp_word']}). Prior disclosure: "
            f"{_pd_text(f, rng)}."
        )
    )
    if f["special"] == "noncommercial":
        b.append(
            L.para("The importation was noncommercial: household goods for the party's own use.")
        )
    b.append(L.para("3. The party", bold=True))
    b.append(
        L.para(
            f"{v['party_name']}, {', '.join(f['addr'])}; importer number {v['importer_number']}."
        )
    )
    b += [L.gap(8), L.para(f["officer"]), L.para("Auditor-in-charge", 9)]
    return b, rng.choice(["Times", "Helvetica"])


def ledger(f: dict[str, Any], rng: random.Random) -> tuple[list[L.Block], str]:
    """An FP&F referral ledger in capitals: dotted labels, an unruled grid with a loss column."""
    v, d, m = f["values"], f["ds"], f["ms"]
    b: list[L.Block] = [
        L.title("FINES, PENALTIES AND FORFEITURES - REFERRAL LEDGER", 11, "center"),
        L.title(f"PORT {f['port']}", 9, "center", False),
        L.rule(1.0),
    ]
    pairs = [
        ("CASE NUMBER ....", v["case_number"]),
        ("VIOLATOR .......", v["party_name"].upper()),
        ("ADDRESS ........", ", ".join(f["addr"]).upper()),
        ("IMPORTER NO ....", v["importer_number"]),
        ("DATE OF VIOLATION", fmt.date(f["violation"], d)),
        ("CULPABILITY ....", f["culp_word"].upper()),
        ("PRIOR DISCLOSURE", _pd_text(f, rng).upper()),
        ("IMPORTATION ....", _import_type(f).upper()),
    ]
    b.append(L.kv(pairs, 1, 150, 9))
    b.append(L.gap(6))
    rows = []
    for e in f["entries"]:
        loss = max(Decimal(0), e["duty_owed"] - e["duty_paid"])
        rows.append(
            [
                fmt.entry(e["entry_number"], f["compact"]),
                fmt.date(e["entry_date"], d),
                "YES" if e["liquidated"] else "NO",
                fmt.money(e["entered_value"], m),
                fmt.money(e["duty_paid"], m),
                fmt.money(e["duty_owed"], m),
                fmt.money(loss, m),
            ]
        )
    total = sum(
        (max(Decimal(0), e["duty_owed"] - e["duty_paid"]) for e in f["entries"]), Decimal(0)
    )
    rows.append(["TOTAL", "", "", "", "", "", fmt.money(total, m)])
    b.append(
        L.table(
            ["ENTRY NO.", "ENTRY DATE", "LIQUIDATED", "VALUE", "DUTY PAID", "DUTY OWED", "LOSS"],
            rows,
            [2, 1.6, 1.1, 1.5, 1.4, 1.4, 1.3],
            ruled=False,
            right=(3, 4, 5, 6),
            size=8,
        )
    )
    tail = [("DOMESTIC VALUE", fmt.money(f["dv"], m))]
    if f["dutiable"] is not None:
        tail.append(("DUTIABLE VALUE", fmt.money(f["dutiable"], m)))
    b.append(L.kv(tail, 1, 150, 9))
    b += [L.gap(8), L.para(f"REFERRING OFFICER: {f['officer'].upper()}", 9)]
    return b, "Courier"


STYLE_FUNCS = {"casetrack": casetrack, "auditor": auditor, "ledger": ledger}
