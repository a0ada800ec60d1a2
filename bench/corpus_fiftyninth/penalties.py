# ruff: noqa: E501
"""Referrals for 19 U.S.C. 1592 penalties: cases decided by law.py and three sender styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import common as c
from . import law
from .layout import Doc

CASES = [
    "neg-mixed",
    "gross",
    "fraud",
    "fraud-pd",
    "fraud-pd-noloss",
    "neg-noloss",
    "dv-cap",
    "barred",
    "small-claim",
    "noncommercial",
    "gross-pd",
    "lim-near",
]
STYLES = ["minutes", "card", "tape"]
D = dt.timedelta
CULP = {
    "negligence": ["negligence", "simple negligence"],
    "gross_negligence": ["gross negligence", "grossly negligent conduct"],
    "fraud": ["fraud", "a knowing and intentional (fraudulent) act"],
}


def _even(cents: int) -> int:
    return cents - cents % 2


def facts(case: str, r: random.Random) -> dict[str, Any]:
    co = r.choice(c.COMPANIES)
    goods = r.choice(c.GOODS)
    port = r.choice(c.PORTS)
    culp = {
        "gross": "gross_negligence",
        "gross-pd": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-noloss": "fraud",
    }.get(case, "negligence")
    prior = case.endswith("-pd") or case == "fraud-pd-noloss"
    n = (
        1
        if case in ("small-claim", "noncommercial")
        else r.choice([2, 3])
        if case != "barred"
        else 3
    )
    today = dt.date(2025, 3, 3) + D(days=r.randrange(0, 280))
    if case == "barred":
        violation = law.add_years(today, -5) - D(days=r.randrange(30, 200))
    elif case == "lim-near":
        violation = law.add_years(today, -5) + D(days=r.randrange(60, 300))
    else:
        violation = today - D(days=r.randrange(300, 1000))
    violation = violation.replace(day=min(violation.day, 28))
    dates = [violation + D(days=k * r.randrange(25, 60)) for k in range(n)]
    if case == "barred":
        dates[1:] = [law.add_years(today, -5) + D(days=40 + 50 * k) for k in range(1, n)]
    entries: list[dict[str, Any]] = []
    for k, day in enumerate(dates):
        value = (
            r.randrange(1500, 9000) * 1000
            if case != "small-claim"
            else r.randrange(300, 900) * 1000
        )
        paid = _even(value * r.randrange(150, 450) // 10000)
        owed = _even(value * r.randrange(600, 1200) // 10000)
        if case in ("neg-noloss", "fraud-pd-noloss"):
            owed = paid
        if case == "small-claim":
            owed = paid + r.randrange(100, 450) * 100
        if case == "neg-mixed":
            liq = k == 0
        elif case in ("gross", "gross-pd"):
            liq = True
        else:
            liq = r.random() < 0.5
        entries.append(
            {
                "number": c.make_entry(r, c.filer_code(r)),
                "date": day,
                "liquidated": liq,
                "value": value,
                "paid": paid,
                "owed": owed,
            }
        )
    dutiable = sum(e["value"] for e in entries)
    dv = (dutiable * r.randrange(130, 180) // 100) // 100 * 100
    lod = sum(max(0, e["owed"] - e["paid"]) for e in entries)
    if case == "dv-cap":
        dv = (lod * 3 // 2) // 100 * 100
        assert 2 * lod > dv
    noncommercial = case == "noncommercial"
    decision = law.penalty(entries, culp, prior, noncommercial, dv, dutiable, violation, today)
    expect_human = case in ("barred", "gross-pd")
    assert (decision["outcome"] == "needs_human") == expect_human, (case, decision)
    if case == "small-claim":
        assert decision["notice"] == "penalty"
    return {
        "case": case,
        "name": co[0],
        "street": co[1],
        "city": co[2],
        "ior": c.ior(r),
        "goods": goods[0],
        "port_code": port[0],
        "port_name": port[1],
        "culp": culp,
        "prior": prior,
        "noncommercial": noncommercial,
        "entries": entries,
        "dutiable": dutiable,
        "dv": dv,
        "violation": violation,
        "today": today,
        "decision": decision,
        "number": f"{today.year}-{port[0]}-{r.randrange(100000, 999999)}-01",
        "opened": today - D(days=r.randrange(5, 40)),
        "pd_date": violation + D(days=r.randrange(200, 260)),
        "ds": r.choice(c.DATE_STYLES),
        "ms": r.choice(c.MONEY_STYLES),
        "cw": r.randrange(2),
    }


def truth(f: dict[str, Any]) -> dict[str, Any]:
    values = {
        "case_number": f["number"],
        "party_name": f["name"],
        "party_address": f"{f['street']}, {f['city']}",
        "importer_number": f["ior"],
        "violation_date": f["violation"].isoformat(),
        "culpability": f["culp"],
        "prior_disclosure": f["prior"],
        "noncommercial": f["noncommercial"],
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": law.dollars(e["value"]),
                "duty_paid": law.dollars(e["paid"]),
                "duty_owed": law.dollars(e["owed"]),
            }
            for e in f["entries"]
        ],
        "domestic_value": law.dollars(f["dv"]),
        "dutiable_value": law.dollars(f["dutiable"]),
    }
    decision = dict(f["decision"])
    not_scored = []
    if decision["proposed_penalty"] is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure with an actual loss needs an "
            "interest computation a person makes"
        )
    return {
        "kind": "penalty-case",
        "args": ["--today", f["today"].isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def _culp(f: dict[str, Any]) -> str:
    return str(CULP[f["culp"]][f["cw"]])


def _pd(f: dict[str, Any], ds: str) -> str:
    if f["prior"]:
        return (
            f"{f['name']} filed a valid prior disclosure under 19 CFR 162.74 on {c.fdate(f['pd_date'], ds)}, "
            "before it knew of any investigation, and tendered the duties it then calculated."
        )
    return "No prior disclosure was made; the violation came to light in the course of the review."


def _nature(f: dict[str, Any]) -> str:
    if f["noncommercial"]:
        return "The importation was noncommercial: the goods were brought in for the party's personal use."
    return "The importation was commercial."


def render(f: dict[str, Any], style: str, r: random.Random) -> Doc:
    return {"minutes": _minutes, "card": _card, "tape": _tape}[style](f, r)


def _minutes(f: dict[str, Any], r: random.Random) -> Doc:
    ds = r.choice(["long", "slash", "dmy"])
    ms = f["ms"]
    doc = Doc(top=64, bottom=64)
    doc.centre(306, 56, "U.S. CUSTOMS AND BORDER PROTECTION", "Times-Bold", 11)
    doc.centre(
        306,
        70,
        f"Fines, Penalties and Forfeitures Office - Port of {f['port_name']}",
        "Times-Roman",
        10.5,
    )
    doc.centre(306, 92, "MINUTES OF THE PENALTY CASE REVIEW MEETING", "Times-Bold", 12.5)
    doc.y = 100
    doc.para(
        72,
        468,
        f"Held on {c.fdate(f['opened'], ds)} at 10:00 a.m., conference room 3B.",
        "Times-Roman",
        11,
    )
    doc.para(
        72,
        468,
        "Present: M. Okafor (FP&F Officer, chair); D. Reyes (Import Specialist); L. Brandvold "
        "(Regulatory Auditor); S. Whitcomb (Paralegal Specialist, recording).",
        "Times-Roman",
        11,
    )
    doc.para(72, 468, "Item 1. Case before the meeting", "Times-Bold", 11, after=2)
    for cap, val in [
        ("Case number", f["number"]),
        ("Party", f["name"]),
        ("Address", f"{f['street']}, {f['city']}"),
        ("Importer number", f["ior"]),
        ("Goods", f["goods"]),
    ]:
        doc.need(15)
        doc.y += 14
        doc.text(90, doc.y, f"{cap}:", "Times-Roman", 11)
        doc.text(200, doc.y, val, "Times-Roman", 11)
    doc.y += 10
    doc.para(72, 468, "Item 2. Findings", "Times-Bold", 11, after=2)
    for t in [
        f"The meeting agreed that the violation occurred on {c.fdate(f['violation'], ds)}, the date of the "
        "first entry below, when the goods were entered under an incorrect classification and value declaration.",
        f"Culpability: the panel finds {_culp(f)}.",
        _pd(f, ds),
        _nature(f),
        f"Domestic value of the merchandise: {c.fmoney(f['dv'], ms)}. Dutiable value: {c.fmoney(f['dutiable'], ms)}.",
    ]:
        doc.para(90, 450, t, "Times-Roman", 11, after=4)
    doc.para(72, 468, "Item 3. Entries reviewed", "Times-Bold", 11, after=4)
    cols = [
        ("Entry No.", 92),
        ("Date of Entry", 82),
        ("Liquidated", 58),
        ("Entered Value", 84),
        ("Duty Deposited", 78),
        ("Duty Owed", 74),
    ]
    doc.need(20 + 16 * len(f["entries"]))
    y = doc.y
    x = 72.0
    for cap, w in cols:
        doc.text(x + 2, y + 10, cap, "Times-Bold", 9.5)
        x += w
    doc.line(72, y + 14, 540, y + 14, 0.8)
    y += 14
    for e in f["entries"]:
        y += 15
        vals = [
            e["number"],
            c.fdate(e["date"], "slash"),
            "Yes" if e["liquidated"] else "No",
            c.fmoney(e["value"], ms),
            c.fmoney(e["paid"], ms),
            c.fmoney(e["owed"], ms),
        ]
        x = 72.0
        for k, ((_cap, w), v) in enumerate(zip(cols, vals, strict=False)):
            if k >= 3:
                doc.right(x + w - 4, y, v, "Times-Roman", 9.5)
            else:
                doc.text(x + 2, y, v, "Times-Roman", 9.5)
            x += w
    doc.line(72, y + 5, 540, y + 5, 0.4)
    doc.y = y + 16
    doc.para(72, 468, "Item 4. Action", "Times-Bold", 11, after=2)
    doc.para(
        90,
        450,
        "The chair directed that the case be passed to the penalty officer for the computation of the "
        "loss of duties and for the notice. The meeting closed at 10:40 a.m.",
        "Times-Roman",
        11,
    )
    doc.y += 18
    doc.para(72, 468, "Recorded by S. Whitcomb; approved by M. Okafor, chair.", "Times-Italic", 10)
    return doc


def _card(f: dict[str, Any], r: random.Random) -> Doc:
    ds = r.choice(["slash", "dash", "iso"])
    ms = r.choice(["plain", "bare"])
    doc = Doc(top=60, bottom=60)
    x0, w0 = 60.0, 492.0
    doc.box(x0, 50, w0, 330, lw=1.4)
    doc.box(x0, 50, w0, 22, gray=0.8, lw=0)
    doc.text(
        x0 + 8,
        65,
        f"PENALTY CASE RECORD CARD - 19 U.S.C. 1592 - PORT {f['port_code']}",
        "Helvetica-Bold",
        10,
    )
    doc.right(x0 + w0 - 8, 65, "FRONT", "Helvetica-Bold", 8)
    rows: list[list[tuple[str, str]]] = [
        [("CASE NO.", f["number"]), ("CARD OPENED", c.fdate(f["opened"], ds))],
        [("PARTY", f["name"]), ("IMPORTER NO.", f["ior"])],
        [("ADDRESS", f"{f['street']}, {f['city']}")],
        [("DATE OF VIOLATION", c.fdate(f["violation"], ds)), ("CULPABILITY", _culp(f).upper())],
        [
            ("PRIOR DISCLOSURE", ("YES - " + c.fdate(f["pd_date"], ds)) if f["prior"] else "NONE"),
            ("IMPORTATION", "NONCOMMERCIAL" if f["noncommercial"] else "COMMERCIAL"),
        ],
        [
            ("DOMESTIC VALUE", c.fmoney(f["dv"], ms)),
            ("DUTIABLE VALUE", c.fmoney(f["dutiable"], ms)),
        ],
        [("GOODS", f["goods"])],
    ]
    y = 72.0
    for row in rows:
        cw = w0 / len(row)
        for k, (cap, val) in enumerate(row):
            x = x0 + k * cw
            doc.text(x + 6, y + 10, cap, "Helvetica", 6.5)
            doc.text(x + 6, y + 26, val, "Courier", 9 if len(val) < 60 else 8)
            if k:
                doc.line(x, y, x, y + 34, 0.4)
        y += 34
        doc.line(x0, y, x0 + w0, y, 0.4)
    doc.text(x0 + 6, y + 14, "REMARKS", "Helvetica", 6.5)
    doc.text(
        x0 + 6,
        y + 30,
        "Entries on reverse. Refer to penalty officer for computation.",
        "Courier",
        9,
    )
    doc.rotated(x0 + 400, y + 44, 12, "FP&F", "Helvetica-Bold", 18)
    doc.new_page()
    doc.box(x0, 50, w0, 40 + 30 * len(f["entries"]), lw=1.4)
    doc.box(x0, 50, w0, 22, gray=0.8, lw=0)
    doc.text(x0 + 8, 65, f"CASE {f['number']} - ENTRY LEDGER", "Helvetica-Bold", 10)
    doc.right(x0 + w0 - 8, 65, "REVERSE", "Helvetica-Bold", 8)
    cols = [
        ("LINE", 30),
        ("ENTRY NO.", 96),
        ("ENTRY DT.", 72),
        ("STATUS", 56),
        ("ENT. VALUE", 82),
        ("DUTY PD.", 76),
        ("DUTY OWED", 80),
    ]
    x = x0
    for cap, w in cols:
        doc.text(x + 4, 86, cap, "Helvetica", 6.5)
        x += w
    y = 90.0
    for k, e in enumerate(f["entries"], start=1):
        doc.line(x0, y, x0 + w0, y, 0.4)
        vals = [
            f"{k:02d}",
            e["number"],
            c.fdate(e["date"], ds),
            "LIQ" if e["liquidated"] else "UNLIQ",
            c.fmoney(e["value"], ms),
            c.fmoney(e["paid"], ms),
            c.fmoney(e["owed"], ms),
        ]
        x = x0
        for j, ((_cap, w), v) in enumerate(zip(cols, vals, strict=False)):
            if j >= 4:
                doc.right(x + w - 6, y + 19, v, "Courier", 8.5)
            else:
                doc.text(x + 4, y + 19, v, "Courier", 8.5)
            x += w
        y += 30
    return doc


def _tape(f: dict[str, Any], r: random.Random) -> Doc:
    ds = r.choice(["long", "abbr", "dmy"])
    ms = f["ms"] if f["ms"] != "bare" else "plain"
    doc = Doc(top=70, bottom=70)
    doc.text(72, 56, "Regulatory Audit and Agency Advisory Services", "Helvetica-Bold", 10)
    doc.right(540, 56, c.fdate(f["opened"], ds), "Helvetica", 9)
    doc.centre(306, 86, "REPORT OF AUDIT FINDINGS", "Helvetica-Bold", 13)
    doc.centre(306, 100, "Referral for action under 19 U.S.C. 1592", "Helvetica", 10)
    doc.y = 112
    doc.para(72, 468, f"FP&F case: {f['number']}", "Helvetica-Bold", 10)
    paras = [
        (
            "Auditee",
            f"{f['name']}, {f['street']}, {f['city']}; importer of record number {f['ior']}.",
        ),
        ("Merchandise", f"{f['goods']}."),
        (
            "Findings",
            f"Our audit of the entries on the attached tape found duty underpaid through an incorrect "
            f"classification. The earliest violation occurred on {c.fdate(f['violation'], ds)}.",
        ),
        ("Culpability", f"On the records reviewed we consider the conduct to be {_culp(f)}."),
        ("Prior disclosure", _pd(f, ds)),
        ("Nature of importation", _nature(f)),
        (
            "Values",
            f"The domestic value of the merchandise is {c.fmoney(f['dv'], ms)}; its dutiable value is "
            f"{c.fmoney(f['dutiable'], ms)}.",
        ),
    ]
    for k, (head, t) in enumerate(paras, start=1):
        doc.need(30)
        doc.y += 2
        doc.para(72, 468, f"{k}. {head}. {t}", "Helvetica", 10, 13, 4)
    doc.y += 10
    doc.need(60)
    doc.para(
        72,
        468,
        "Attachment: computation tape (amounts first, as the adding machine prints them)",
        "Helvetica-Bold",
        9.5,
    )
    doc.box(200, doc.y, 212, 14 + 62 * len(f["entries"]), gray=0.96, lw=0.3)
    for e in f["entries"]:
        lines = [
            f"ENTRY {e['number']}",
            f"DATE {c.fdate(e['date'], 'slash')}",
            "LIQUIDATED" if e["liquidated"] else "UNLIQUIDATED",
        ]
        amounts = [
            (c.fmoney(e["value"], "plain"), "ENTERED VALUE"),
            (c.fmoney(e["paid"], "plain"), "DUTY PAID"),
            (c.fmoney(e["owed"], "plain"), "DUTY OWED"),
        ]
        doc.y += 4
        doc.text(210, doc.y + 8, lines[0], "Courier-Bold", 8.5)
        doc.text(210, doc.y + 18, f"{lines[1]}  {lines[2]}", "Courier", 8.5)
        doc.y += 18
        for amt, lab in amounts:
            doc.y += 10
            doc.right(300, doc.y, amt, "Courier", 8.5)
            doc.text(308, doc.y, lab, "Courier", 8.5)
        doc.y += 4
        doc.line(210, doc.y, 400, doc.y, 0.3)
    doc.y += 40
    doc.para(
        72,
        468,
        "Prepared by L. Brandvold, Auditor. Reviewed by the Field Director.",
        "Helvetica",
        9,
    )
    return doc
