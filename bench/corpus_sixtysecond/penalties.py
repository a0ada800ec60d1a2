# ruff: noqa: E501
"""Referrals for 19 U.S.C. 1592 penalties: cases, truths and three styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import COMPANIES, FILERS, LETTER, PEOPLE, PORTS, Doc, ein, fdate, money, pick, wrap

CASES = [
    "negligence",
    "gross-mixed",
    "fraud",
    "negligence-no-loss",
    "negligence-dv-cap",
    "fraud-pd",
    "fraud-pd-no-loss",
    "negligence-pd-actual",
    "limitations-passed",
    "barred-entry",
    "small-claim",
    "noncommercial",
]
STYLES = ["jacket", "taxform", "cards"]
GOODS = [
    "men's leather work boots",
    "aluminium extrusions for window frames",
    "ceramic dinnerware sets",
    "lithium-ion e-bike battery packs",
    "printed polyester shower curtains",
    "steel wire shelving units",
]
CULP = {
    "negligence": ["negligence", "negligent", "Negligence (19 U.S.C. 1592(c)(3))"],
    "gross_negligence": [
        "gross negligence",
        "grossly negligent",
        "Gross negligence (19 U.S.C. 1592(c)(2))",
    ],
    "fraud": ["fraud", "fraudulent", "Fraud (19 U.S.C. 1592(c)(1))"],
}


def make(case: str, rng: random.Random) -> dict[str, Any]:
    name, addr = pick(rng, COMPANIES)
    port = pick(rng, PORTS)
    filer = pick(rng, FILERS)
    today = dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 300))
    culp = {
        "gross-mixed": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-no-loss": "fraud",
    }.get(
        case,
        rng.choice(["negligence", "gross_negligence"])
        if case in ("limitations-passed", "barred-entry")
        else "negligence",
    )
    pd = case in ("fraud-pd", "fraud-pd-no-loss", "negligence-pd-actual")
    noncommercial = case == "noncommercial"
    n = 1 if case in ("small-claim", "noncommercial") else rng.choice([2, 3])
    if case == "barred-entry":
        n = 2
    first = today - dt.timedelta(days=rng.randrange(400, 1100))
    dates = sorted(first + dt.timedelta(days=rng.randrange(0, 200)) for _ in range(n))
    if case == "limitations-passed":
        start = law.add_years(today, -5) - dt.timedelta(days=rng.randrange(30, 200))
        dates = [start + dt.timedelta(days=k * rng.randrange(3, 15)) for k in range(n)]
        dates = [min(d, law.add_years(today, -5) - dt.timedelta(days=2)) for d in dates]
    if case == "barred-entry":
        b = law.add_years(today, -5) - dt.timedelta(days=rng.randrange(20, 90))
        dates = [b, law.add_years(today, -5) + dt.timedelta(days=rng.randrange(20, 120))]
    liq_flags = [d < today - dt.timedelta(days=320) for d in dates]
    if case == "gross-mixed":
        liq_flags = [True] + [False] * (n - 1)
    entries: list[dict[str, Any]] = []
    for k, d in enumerate(dates):
        value = rng.randrange(2000000, 40000000)  # cents
        paid = value * rng.choice([3, 4, 5, 6]) // 100
        loss = rng.randrange(8, 90) * 10000
        if case in ("negligence-no-loss", "fraud-pd-no-loss"):
            loss = 0
        if case == "small-claim":
            loss = rng.choice([300, 350, 400, 450]) * 100
        if case == "noncommercial":
            loss = rng.randrange(6, 20) * 10000
        if (
            case == "negligence-dv-cap"
        ):  # a small shipment declared free of the antidumping duty it owed
            value = rng.randrange(800000, 1500000)
            paid = value * 3 // 100
            loss = (value * 9 // 10 // 10000) * 10000
        owed = paid + loss
        if case == "gross-mixed" and k == n - 1:
            owed = paid - rng.randrange(5, 30) * 1000
        entries.append(
            {
                "number": law.entry_number(filer, rng.randrange(1000000, 9999999)),
                "date": d,
                "liquidated": liq_flags[k],
                "value": value,
                "paid": paid,
                "owed": owed,
            }
        )
    total_value = sum(e["value"] for e in entries)
    dutiable = (total_value // 10000) * 10000  # whole hundreds of dollars, in cents
    dv = (
        dutiable * (14 if case == "negligence-dv-cap" else rng.choice([14, 16, 18])) // 10 // 10000
    ) * 10000
    lod = sum(max(0, e["owed"] - e["paid"]) for e in entries)
    violation = dates[1] if case == "barred-entry" else dates[0]
    r = law.penalty(culp, pd, noncommercial, entries, dv, dutiable, violation, today)
    expect_outcome = (
        "needs_human"
        if case in ("negligence-pd-actual", "limitations-passed", "barred-entry")
        else "draft"
    )
    if case == "negligence-pd-actual":
        assert r["actual"] > 0, "needs an actual loss"
    assert r["outcome"] == expect_outcome, (case, r)
    if case == "negligence-dv-cap":
        assert r["statutory_max"] == dv < 2 * lod
    if case in ("small-claim", "noncommercial"):
        assert r["notice"] == "penalty", (case, r)
    if case == "barred-entry":
        assert r["barred"] == [entries[0]["number"]] and r["limitations"] > today
    f = {
        "case_no": f"{today.year}-{port[0]}-{rng.randrange(100000, 999999):06d}-01",
        "name": name if not noncommercial else pick(rng, PEOPLE),
        "addr": addr
        if not noncommercial
        else [f"{rng.randrange(10, 999)} Alder Court", "Bend, OR 97702"],
        "ior": None if noncommercial else ein(rng),
        "port": port,
        "culp": culp,
        "pd": pd,
        "noncommercial": noncommercial,
        "entries": entries,
        "dv": dv,
        "dutiable": dutiable,
        "violation": violation,
        "goods": pick(rng, GOODS)
        if not noncommercial
        else "household furniture and personal effects",
        "officer": pick(rng, PEOPLE),
    }
    c = law.cents
    values = {
        "case_number": f["case_no"],
        "party_name": f["name"],
        "party_address": ", ".join(f["addr"]),
        "importer_number": f["ior"],
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": noncommercial,
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": c(e["value"]),
                "duty_paid": c(e["paid"]),
                "duty_owed": c(e["owed"]),
            }
            for e in entries
        ],
        "domestic_value": c(dv),
        "dutiable_value": c(dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": c(r["actual"]),
            "potential": c(r["potential"]),
            "total": c(r["lod"]),
        },
        "statutory_max": c(r["statutory_max"]),
        "guideline_range": [c(r["range"][0]), c(r["range"][1])],
        "proposed_penalty": None if r["proposed"] is None else c(r["proposed"]),
        "limitations_date": r["limitations"].isoformat(),
        "notice": r["notice"],
        "outcome": r["outcome"],
        "barred_entries": r["barred"],
    }
    not_scored: list[str] = []
    if r["proposed"] is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss (interest a person computes)"
        )
    return {
        "fields": f,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--today", today.isoformat()],
    }


def _pd_text(f: dict[str, Any], df: str) -> str:
    if not f["pd"]:
        return "No prior disclosure was made; the violation was found by a post-entry audit."
    return (
        f"The party made a valid prior disclosure under 19 CFR 162.74 on {fdate(f['violation'] + dt.timedelta(days=400), df)}, "
        "before any inquiry, and tendered the duties it computed."
    )


def _com_text(f: dict[str, Any]) -> str:
    if f["noncommercial"]:
        return "The importation was noncommercial: a private household move, not for sale."
    return "The importation was commercial."


# ---------------------------------------------------------------- style: case-file jacket and schedule


def jacket(t: dict[str, Any], rng: random.Random) -> Doc:
    f = t["fields"]
    df = rng.choice(["us", "dash", "long"])
    mf = rng.choice(["dollar", "plain"])
    doc = Doc(LETTER, margin=54)
    doc.box(40, 40, 532, 712, 94)
    doc.box(420, 752, 152, 24, 70)
    doc.text(430, 760, f"FILE {f['case_no']}", "f2", 9)
    doc.text(56, 724, "FINES, PENALTIES AND FORFEITURES  -  CASE FILE", "f2", 13)
    doc.text(
        56, 710, f"Port of {f['port'][1]} ({f['port'][0]})   -   19 U.S.C. 1592 referral", "f1", 9
    )
    cells = [
        ("CASE NUMBER", f["case_no"]),
        ("DATE OF VIOLATION", fdate(f["violation"], df)),
        ("PARTY", f["name"]),
        ("IMPORTER NO.", f["ior"] or "none (private party)"),
        ("ADDRESS", ", ".join(f["addr"])),
        ("CULPABILITY", CULP[f["culp"]][2]),
        ("PRIOR DISCLOSURE", "Yes" if f["pd"] else "No"),
        ("TYPE OF IMPORTATION", "Noncommercial" if f["noncommercial"] else "Commercial"),
        ("DOMESTIC VALUE", money(f["dv"], mf)),
        ("DUTIABLE VALUE", money(f["dutiable"], mf)),
    ]
    y = 672
    for k, (cap, val) in enumerate(cells):
        x = 56 if k % 2 == 0 else 316
        if k % 2 == 0 and k:
            y -= 40
        doc.box(x, y - 14, 240, 36, 100)
        doc.box(x, y - 14, 240, 36)
        doc.text(x + 4, y + 12, cap, "f1", 6)
        doc.text(x + 4, y - 4, val, "f2", 9 if len(val) < 40 else 7)
    y -= 60
    doc.text(56, y, "FILE CONTENTS (tabs)", "f2", 9)
    tabs = [
        "Referral narrative and schedule of entries",
        "Entry packets (7501, invoices)",
        "Audit work papers",
        "Prior disclosure correspondence" if f["pd"] else "Record of interview",
        "Draft notice (blank)",
    ]
    for k, tab in enumerate(tabs, 1):
        y -= 14
        doc.box(60, y - 2, 8, 8, 100)
        doc.box(60, y - 2, 8, 8)
        if k <= 3:
            doc.text(61, y - 1, "X", "f2", 8)
        doc.text(76, y, f"Tab {k}  {tab}", "f1", 9)
    y -= 30
    doc.text(56, y, "ROUTING", "f2", 9)
    for k, who in enumerate(["Import Specialist", "FP&F Officer", "Associate Chief Counsel"]):
        doc.box(56 + k * 172, y - 40, 164, 30, 100)
        doc.box(56 + k * 172, y - 40, 164, 30)
        doc.text(60 + k * 172, y - 20, who, "f1", 7)
    doc.new_page()
    doc.text(54, 740, f"Tab 1  -  Referral narrative, case {f['case_no']}", "f2", 11)
    doc.y = 716
    culp = CULP[f["culp"]]
    doc.para(
        f"{f['name']} imported {f['goods']} through the port of {f['port'][1]}. The entries below understated the "
        f"duty owed. The import specialist considers the violation to have been committed through "
        f"{culp[0]}. {_pd_text(f, df)} {_com_text(f)} The date of violation charged is "
        f"{fdate(f['violation'], df)}.",
        "f3",
        10,
    )
    doc.para("Schedule of entries", "f4")
    cols = [
        ("Entry No.", 54),
        ("Entry Date", 150),
        ("Status", 230),
        ("Entered Value", 290),
        ("Duty Paid", 380),
        ("Duty Owed", 470),
    ]
    doc.box(54, doc.y - 4, 504, 14, 85)
    for h, x in cols:
        doc.text(x + 2, doc.y, h, "f2", 8)
    doc.y -= 16
    for e in f["entries"]:
        row = [
            e["number"],
            fdate(e["date"], df),
            "Liquidated" if e["liquidated"] else "Unliquidated",
            money(e["value"], mf),
            money(e["paid"], mf),
            money(e["owed"], mf),
        ]
        for v, (_, x) in zip(row, cols, strict=True):
            doc.text(x + 2, doc.y, v, "f1", 8)
        doc.rule(54, doc.y - 4, 558, doc.y - 4, 2)
        doc.y -= 14
    doc.y -= 16
    doc.line(f"Prepared by {f['officer']}, Import Specialist", "f7", 9)
    return doc


# ---------------------------------------------------------------- style: line-numbered computation worksheet


def taxform(t: dict[str, Any], rng: random.Random) -> Doc:
    f = t["fields"]
    df = rng.choice(["iso", "us", "abbr"])
    mf = rng.choice(["plain", "bare", "usd"])
    doc = Doc(LETTER, margin=50, bottom=60)
    page = [1]

    def top(d: Doc) -> None:
        d.text(50, 760, "Penalty Referral Worksheet - 19 U.S.C. 1592", "f2", 12)
        d.right(562, 760, f"Case {f['case_no']}   Page {page[0]}", "f1", 8)
        d.rule(50, 752, 562, 752, 10)
        d.y = 736

    doc.on_new_page = top
    top(doc)
    line_no = [0]

    def ln(caption: str, val: str, amount: bool = False) -> None:
        line_no[0] += 1
        doc.need(20)
        doc.text(52, doc.y, f"{line_no[0]}", "f2", 9)
        doc.text(74, doc.y, caption, "f1", 9)
        if amount:
            doc.box(440, doc.y - 5, 122, 16)
            doc.right(558, doc.y, val, "f5", 9)
        else:
            doc.text(300, doc.y, val, "f5", 9)
        doc.rule(74, doc.y - 6, 436 if amount else 562, doc.y - 6, 1)
        doc.y -= 20

    def part(title: str) -> None:
        doc.need(40)
        doc.box(50, doc.y - 5, 512, 16, 20)
        doc.text(54, doc.y, title, "f2", 9)
        doc.y -= 24

    part("Part I  Party")
    ln("Name of party", f["name"])
    for k, a in enumerate(f["addr"]):
        ln("Address" if k == 0 else "Address (continued)", a)
    ln("Importer number (enter NONE if none)", f["ior"] or "NONE")
    ln("Port of entry", f"{f['port'][0]} {f['port'][1]}")
    part("Part II  Violation")
    ln("Date of violation", fdate(f["violation"], df))
    ln("Culpability level found", CULP[f["culp"]][0])
    ln("Prior disclosure (Yes/No)", "Yes" if f["pd"] else "No")
    ln("Commercial importation (Yes/No)", "No" if f["noncommercial"] else "Yes")
    part("Part III  Entries (one block per entry)")
    for k, e in enumerate(f["entries"]):
        ch = "abcdef"[k]
        doc.need(100)
        doc.text(54, doc.y, f"Entry {ch}", "f4", 9)
        doc.y -= 14
        ln(f"({ch}) Entry number", e["number"])
        ln(f"({ch}) Date of entry", fdate(e["date"], df))
        ln(f"({ch}) Liquidation final (Yes/No)", "Yes" if e["liquidated"] else "No")
        ln(f"({ch}) Entered value", money(e["value"], mf), True)
        ln(f"({ch}) Duty deposited", money(e["paid"], mf), True)
        ln(f"({ch}) Duty lawfully owed", money(e["owed"], mf), True)
    part("Part IV  Values")
    ln("Domestic value of the merchandise (19 CFR 162.43)", money(f["dv"], mf), True)
    ln("Dutiable value of the merchandise", money(f["dutiable"], mf), True)
    doc.y -= 6
    doc.para(f"Merchandise: {f['goods']}. {_pd_text(f, df)}", "f1", 8)
    doc.para(f"Referred by {f['officer']}.", "f1", 8)
    return doc


# ---------------------------------------------------------------- style: narrative with entry cards


def cards(t: dict[str, Any], rng: random.Random) -> Doc:
    f = t["fields"]
    df = rng.choice(["dmy", "long", "compact"])
    mf = rng.choice(["dollar", "usd", "plain"])
    doc = Doc(LETTER, margin=60)
    doc.text(60, 744, "U.S. CUSTOMS AND BORDER PROTECTION", "f4", 11)
    doc.text(60, 731, f"Office of Field Operations, Port of {f['port'][1]}", "f3", 9)
    doc.right(552, 744, f"Case No. {f['case_no']}", "f4", 10)
    doc.rule(60, 722, 552, 722, 6)
    doc.y = 700
    doc.para("REFERRAL FOR PENALTY ACTION UNDER 19 U.S.C. 1592", "f4", 11)
    who = f"{f['name']} of {', '.join(f['addr'])}"
    ior = (
        f" (importer number {f['ior']})"
        if f["ior"]
        else " (no importer number; a private individual)"
    )
    culp = CULP[f["culp"]]
    doc.para(
        f"This office refers {who}{ior} for a penalty proceeding. In the entries shown on the cards below the "
        f"party declared {f['goods']} at values and rates that understated the duties due. We find that the "
        f"party acted {'with ' + culp[0] if f['culp'] != 'gross_negligence' else 'with gross negligence'}; the "
        f"violation occurred on {fdate(f['violation'], df)}. {_pd_text(f, df)} {_com_text(f)}"
    )
    doc.para(
        f"The domestic value of the merchandise is {money(f['dv'], mf)}; its dutiable value is "
        f"{money(f['dutiable'], mf)}."
    )
    doc.y -= 4
    cw, chh = 238, 96
    for k, e in enumerate(f["entries"]):
        col = k % 2
        if col == 0:
            doc.need(chh + 12)
            ytop = doc.y
        x = 60 + col * (cw + 16)
        doc.box(x, ytop - chh, cw, chh)
        doc.box(x, ytop - 16, cw, 16, 88)
        doc.text(x + 6, ytop - 11, f"ENTRY CARD {k + 1}", "f2", 8)
        rows = [
            ("Entry", e["number"]),
            ("Entered", fdate(e["date"], df)),
            ("Status", "Liquidated" if e["liquidated"] else "Unliquidated"),
            ("Entered value", money(e["value"], mf)),
            ("Duty paid", money(e["paid"], mf)),
            ("Duty owed", money(e["owed"], mf)),
        ]
        for j, (cap, val) in enumerate(rows):
            yy = ytop - 30 - j * 11
            doc.text(x + 6, yy, cap, "f1", 8)
            doc.text(x + 80, yy, val, "f5", 8)
        if col == 1 or k == len(f["entries"]) - 1:
            doc.y = ytop - chh - 16
    doc.y -= 10
    for s in wrap(f"Submitted by {f['officer']}, Supervisory Import Specialist.", 480, "f3", 10):
        doc.line(s)
    return doc


RENDER = {"jacket": jacket, "taxform": taxform, "cards": cards}
