"""Penalty referrals (19 U.S.C. 1592; 19 CFR 162, 171 App. B) and three sender styles."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from bench.corpus_fortyseventh import law, pools
from bench.corpus_fortyseventh.doc import Doc, fmt_date, fmt_money

D = Decimal
CASES = [
    "negligence",
    "gross-negligence",
    "fraud",
    "negligence-no-loss",
    "dv-cap",
    "fraud-pd",
    "fraud-pd-no-loss",
    "negligence-pd",
    "limitations-passed",
    "barred-entry",
    "small-claim",
    "noncommercial",
]
STYLES = ["email", "boxmemo", "bullets"]
CULP_TEXT = {
    "negligence": ["negligence", "NEGLIGENT", "Negligence (19 U.S.C. 1592(c)(3))"],
    "gross_negligence": ["gross negligence", "GROSSLY NEGLIGENT", "Gross negligence (1592(c)(2))"],
    "fraud": ["fraud", "FRAUDULENT", "Fraud (19 U.S.C. 1592(c)(1))"],
}


def plan(case: str, rng: random.Random) -> dict[str, Any]:
    culp = {
        "gross-negligence": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-no-loss": "fraud",
    }.get(case, "negligence")
    today = dt.date(2026, rng.randrange(1, 12), rng.randrange(1, 28))
    violation = today - dt.timedelta(days=rng.randrange(400, 1400))
    if case == "limitations-passed":
        violation = law.add_years(today, -5) - dt.timedelta(days=rng.randrange(10, 90))
    n = 1 if case in ("small-claim", "noncommercial") else rng.choice([2, 3])
    entries: list[dict[str, Any]] = []
    filer = rng.choice(pools.FILERS)
    for i in range(n):
        edate = violation - dt.timedelta(days=40 * i)
        if case == "barred-entry" and i == n - 1:
            edate = law.add_years(today, -5) - dt.timedelta(days=rng.randrange(20, 200))
        value = D(rng.randrange(20, 400) * 500)
        cents = D(rng.randrange(0, 100)) / 100
        paid = D(rng.randrange(500, 4000)) + cents
        loss = D(2 * rng.randrange(150, 2500))
        if case in ("negligence-no-loss", "fraud-pd-no-loss"):
            loss = D(0)
        if case == "small-claim":
            loss = D(2 * rng.randrange(100, 240))
        if case == "noncommercial":
            loss = D(2 * rng.randrange(300, 900))
        entries.append(
            {
                "entry_number": law.entry_number(filer, f"{rng.randrange(10**6, 10**7):07d}"),
                "entry_date": edate,
                "liquidated": i % 2 == 0,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": paid + loss,
            }
        )
    entries.sort(key=lambda e: e["entry_date"])
    dutiable = sum((e["entered_value"] for e in entries), D(0))
    domestic = dutiable * D("1.5")
    if case == "dv-cap":
        domestic = (
            sum((e["duty_owed"] - e["duty_paid"] for e in entries), D(0)) * 3 / 2
        )  # < 2 x LOD
    k = rng.randrange(len(pools.STREETS))
    f: dict[str, Any] = {
        "case": case,
        "culp": culp,
        "pd": case.endswith("-pd") or case.endswith("-pd-no-loss"),
        "noncommercial": case == "noncommercial",
        "today": today,
        "violation": violation,
        "entries": entries,
        "dutiable": dutiable,
        "domestic": domestic,
        "party": rng.choice(pools.COMPANIES),
        "address": [pools.STREETS[k], pools.CITIES[k]],
        "importer": f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}",
        "case_number": f"{today.year}-{rng.choice(pools.PORTS)[0]}-{rng.randrange(10000, 99999)}"
        "-01",
        "officer": rng.choice(pools.OFFICERS),
    }
    if case == "noncommercial":
        f["party"] = "Harriet M. Oyelaran"
        f["importer"] = None
    f["truth"] = truth(f)
    return f


def truth(f: dict[str, Any]) -> dict[str, Any]:
    calc = law.penalty(f["culp"], f["pd"], f["entries"], f["domestic"], f["dutiable"])
    m = law.money
    limitation = law.add_years(f["violation"], 5)
    barred = [
        e["entry_number"] for e in f["entries"] if law.add_years(e["entry_date"], 5) < f["today"]
    ]
    needs = limitation < f["today"] or bool(barred) or (f["pd"] and f["culp"] != "fraud")
    not_scored: list[str] = []
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": m(calc["actual"]),
            "potential": m(calc["potential"]),
            "total": m(calc["total"]),
        },
        "statutory_max": m(calc["max"]),
        "limitations_date": limitation.isoformat(),
        "barred_entries": barred,
        "outcome": "needs_human" if needs else "draft",
    }
    if f["pd"]:
        not_scored.append(
            "guideline_range: with a prior disclosure the notice shows no App. B range"
        )
    else:
        decision["guideline_range"] = [m(calc["low"]), m(calc["high"])]
    if f["pd"] and f["culp"] != "fraud":
        not_scored.append("proposed_penalty: interest on the actual loss is computed by a person")
    else:
        decision["proposed_penalty"] = m(calc["proposed"])
    if needs or calc["proposed"] == 0:
        decision["notice"] = "none"
    elif calc["proposed"] > 1000 and not f["noncommercial"]:
        decision["notice"] = "pre_penalty"
    else:
        decision["notice"] = "penalty"
    values = {
        "case_number": f["case_number"],
        "party_name": f["party"],
        "party_address": ", ".join(f["address"]),
        "importer_number": f["importer"],
        "violation_date": f["violation"].isoformat(),
        "culpability": f["culp"],
        "prior_disclosure": f["pd"],
        "noncommercial": f["noncommercial"],
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": m(e["entered_value"]),
                "duty_paid": m(e["duty_paid"]),
                "duty_owed": m(e["duty_owed"]),
            }
            for e in f["entries"]
        ],
        "domestic_value": m(f["domestic"]),
        "dutiable_value": m(f["dutiable"]),
    }
    return {"values": values, "decision": decision, "not_scored": not_scored}


def render(style: str, f: dict[str, Any], habit: int) -> Doc:
    return {"email": _email, "boxmemo": _boxmemo, "bullets": _bullets}[style](f, habit)


def _pd_text(f: dict[str, Any], v: int) -> str:
    if f["pd"]:
        return [
            "The importer made a valid prior disclosure under 19 CFR 162.74 before the "
            "investigation began.",
            "PRIOR DISCLOSURE: YES (162.74), loss tendered",
            "Prior disclosure: filed and perfected.",
        ][v % 3]
    return ["No prior disclosure was made.", "PRIOR DISCLOSURE: NONE", "Prior disclosure: none."][
        v % 3
    ]


def _email(f: dict[str, Any], habit: int) -> Doc:
    d = Doc(font="mono", size=9)
    dd, mm = [0, 3][habit % 2], [0, 2][habit % 2]
    off = f["officer"]
    d.line(f"From: {off[0]} <fines.penalties@cbp.example>")
    d.line("To: FP&F Penalty Branch")
    d.line(f"Sent: {fmt_date(f['today'] - dt.timedelta(days=3), dd)}")
    d.line(f"Subject: 1592 referral - case {f['case_number']} - {f['party']}")
    d.line("Attachments: entry-listing.txt")
    d.expect(f["case_number"])
    d.rule()
    d.gap(0.2)
    d.line("Hello,", font="serif", size=10)
    body = [
        f"Please open a 1592 case against {f['party'].rstrip('.')}.",
        f"The violation occurred on {fmt_date(f['violation'], dd)}; our review finds the conduct "
        f"{CULP_TEXT[f['culp']][0]}.",
        _pd_text(f, 0),
        f"Domestic value of the merchandise: {fmt_money(f['domestic'], mm)}. Dutiable value: "
        f"{fmt_money(f['dutiable'], mm)}.",
    ]
    if f["noncommercial"]:
        body.append(
            "The importation was noncommercial: personal goods brought for the traveler's own use."
        )
    for para in body:
        d.para(para, font="serif", size=10, width=92)
    d.line(f"Party: {f['party']}", font="serif", size=10, keep=True)
    d.line(f"Address: {f['address'][0]}, {f['address'][1]}", font="serif", size=10)
    if f["importer"]:
        d.line(f"Importer no.: {f['importer']}", font="serif", size=10, keep=True)
    d.line(f"Date of violation: {fmt_date(f['violation'], dd)}", font="serif", size=10, keep=True)
    d.expect(*f["address"], fmt_money(f["domestic"], mm), fmt_money(f["dutiable"], mm))
    d.gap(0.3)
    d.line(f"Thanks, {off[0]}, {off[1]}", font="serif", size=10)
    d.gap(0.4)
    d.line("---------- Attachment: entry-listing.txt ----------")
    x = [2.0, 6.0, 9.0, 11.0, 14.0, 16.5]
    d.row(list(zip(x, ["ENTRY", "DATE", "LIQ", "VALUE", "PAID", "OWED"], strict=True)))
    for e in f["entries"]:
        cells = [
            e["entry_number"],
            e["entry_date"].isoformat(),
            "Y" if e["liquidated"] else "N",
            fmt_money(e["entered_value"], 3),
            fmt_money(e["duty_paid"], 3),
            fmt_money(e["duty_owed"], 3),
        ]
        d.row(list(zip(x, cells, strict=True)))
        d.expect(cells[0], cells[1], *cells[3:])
    return d


def _boxmemo(f: dict[str, Any], habit: int) -> Doc:
    d = Doc(font="serif", size=10)
    dd, mm = [1, 5][habit % 2], [1, 4][habit % 2]
    d.line("MEMORANDUM - REFERRAL FOR PENALTY ACTION", font="sans", size=12, bold=True)
    d.gap(0.3)
    top = d.y - 0.45
    d.row([(2.3, "Case No."), (6.5, f["case_number"])], font="sans")
    d.row([(2.3, "Party"), (6.5, f["party"])], font="sans")
    d.row([(2.3, "Address"), (6.5, f["address"][0])], font="sans")
    d.row([(6.5, f["address"][1])], font="sans")
    d.row([(2.3, "IOR No."), (6.5, f["importer"] or "n/a")], font="sans")
    d.box(2.0, top, 19.0, d.y - 0.05)
    d.expect(f["case_number"], f["party"], *f["address"], f["importer"] or "")
    d.gap(0.4)
    d.line(f"Violation date: {fmt_date(f['violation'], dd)}", keep=True)
    d.line(f"Culpability: {CULP_TEXT[f['culp']][2]}")
    d.line(_pd_text(f, 2))
    if f["noncommercial"]:
        d.line("Nature of importation: noncommercial (personal use)")
    d.line(f"Domestic value: {fmt_money(f['domestic'], mm)}", keep=True)
    d.line(f"Dutiable value: {fmt_money(f['dutiable'], mm)}", keep=True)
    d.gap(0.3)
    x = [2.0, 6.2, 9.2, 11.8, 14.3, 16.8]
    d.rule(1.9, 19.1)
    d.row(
        list(
            zip(
                x,
                [
                    "Entry No.",
                    "Entry Date",
                    "Liquidated?",
                    "Entered Value",
                    "Duty Paid",
                    "Duty Owed",
                ],
                strict=True,
            )
        ),
        bold=True,
        font="sans",
    )
    d.rule(1.9, 19.1)
    for e in f["entries"]:
        cells = [
            e["entry_number"],
            fmt_date(e["entry_date"], dd),
            "Yes" if e["liquidated"] else "No",
            fmt_money(e["entered_value"], mm),
            fmt_money(e["duty_paid"], mm),
            fmt_money(e["duty_owed"], mm),
        ]
        d.row(list(zip(x, cells, strict=True)), font="sans")
        d.rule(1.9, 19.1)
        d.expect(cells[0], cells[1], *cells[3:])
    d.gap(0.5)
    d.para(
        "The importer declared the goods under a provision with a lower rate; the specialist's "
        "review of "
        "the invoices and the product literature shows the correct rate. The facts are set out "
        "in the "
        "attached findings.",
        width=92,
    )
    d.gap(0.5)
    d.line(f"{f['officer'][0]}, {f['officer'][1]}")
    return d


def _bullets(f: dict[str, Any], habit: int) -> Doc:
    d = Doc(font="sans", size=9)
    dd, mm = [4, 6][habit % 2], [2, 0][habit % 2]
    d.line("Report of Findings - Regulatory Audit", size=12, bold=True)
    d.line(f"Case {f['case_number']}", keep=True)
    d.gap(0.3)
    d.line("Subject party", bold=True)
    d.line(f"- {f['party']}", 2.4)
    d.line(f"- {f['address'][0]}", 2.4)
    d.line(f"- {f['address'][1]}", 2.4)
    d.line(f"- Importer number {f['importer'] or 'not assigned'}", 2.4)
    d.expect(f["party"], *f["address"], f["importer"] or "")
    d.gap(0.2)
    d.line("Findings", bold=True)
    d.line(f"- Violation committed on {fmt_date(f['violation'], dd)}", 2.4, keep=False)
    d.expect(fmt_date(f["violation"], dd))
    d.line(f"- Level of culpability: {CULP_TEXT[f['culp']][0]}", 2.4)
    d.line(f"- {_pd_text(f, 1)}", 2.4)
    if f["noncommercial"]:
        d.line("- The shipment was a noncommercial importation", 2.4)
    d.line(
        f"- Domestic value {fmt_money(f['domestic'], mm)}; dutiable value "
        f"{fmt_money(f['dutiable'], mm)}",
        2.4,
    )
    d.expect(fmt_money(f["domestic"], mm), fmt_money(f["dutiable"], mm))
    d.gap(0.2)
    d.line("Entries reviewed", bold=True)
    for e in f["entries"]:
        d.line(
            f"- Entry {e['entry_number']}, entered {fmt_date(e['entry_date'], dd)}, "
            f"{'liquidated' if e['liquidated'] else 'unliquidated'}",
            2.4,
        )
        d.line(
            f"  entered value {fmt_money(e['entered_value'], mm)}, duty paid "
            f"{fmt_money(e['duty_paid'], mm)}, "
            f"duty owed {fmt_money(e['duty_owed'], mm)}",
            2.4,
        )
        d.expect(
            e["entry_number"],
            fmt_date(e["entry_date"], dd),
            fmt_money(e["entered_value"], mm),
            fmt_money(e["duty_paid"], mm),
            fmt_money(e["duty_owed"], mm),
        )
    d.gap(0.4)
    d.line(f"Prepared by {f['officer'][0]}, {f['officer'][1]}")
    return d
