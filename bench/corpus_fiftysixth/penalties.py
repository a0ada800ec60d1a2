# ruff: noqa: E501
"""Referrals for 19 U.S.C. 1592 penalties: cases, truths and three case-file layouts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import common as c
from . import law
from .layout import Doc, W

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
STYLES = ["continuation", "docket", "twocol"]
DAY = dt.timedelta(days=1)
CULP_TEXT = {
    "negligence": ["negligence", "a negligent violation", "Negligence (19 U.S.C. 1592(c)(3))"],
    "gross_negligence": [
        "gross negligence",
        "a grossly negligent violation",
        "Gross negligence (19 U.S.C. 1592(c)(2))",
    ],
    "fraud": ["fraud", "a fraudulent violation", "Fraud (19 U.S.C. 1592(c)(1))"],
}


def facts(case: str, rng: random.Random) -> dict[str, Any]:
    party = rng.choice(c.PARTIES)
    filer = rng.choice(c.FILERS)
    port = rng.choice(list(c.PORTS))
    today = dt.date(2025, 3, 3) + rng.randrange(0, 300) * DAY
    first = today - rng.randrange(500, 1100) * DAY
    if first.month == 2 and first.day == 29:
        first += DAY
    n = rng.randrange(2, 5)
    culp = {
        "gross-mixed": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-no-loss": "fraud",
    }.get(case, "negligence")
    if case == "barred-entry":
        culp = "gross_negligence"
    entries: list[dict[str, Any]] = []
    day = first
    for _ in range(n):
        value = rng.randrange(8000, 90000) * 100
        rate = rng.choice([25, 40, 65, 120])  # tenths of a percent
        paid = value * rate // 1000
        owed = paid + rng.randrange(3, 40) * 20000  # every loss whole hundreds of dollars
        entries.append(
            {
                "number": c.new_entry(rng, filer),
                "date": c.business_day_near(day),
                "liquidated": rng.random() < 0.5,
                "value": value,
                "paid": paid,
                "owed": owed,
            }
        )
        day += rng.randrange(15, 70) * DAY
    if case in ("negligence-no-loss", "fraud-pd-no-loss"):
        for e in entries:
            e["owed"] = e["paid"]
    if case == "gross-mixed":
        entries[0]["liquidated"], entries[1]["liquidated"] = True, False
        entries[-1]["owed"] = entries[-1]["paid"] - 5000  # overpaid: no offset
    if case == "negligence-pd-actual":
        entries[0]["liquidated"] = True
    if case == "small-claim" or case == "noncommercial":
        entries = entries[:1]
        e = entries[0]
        e["value"] = rng.randrange(4000, 9000) * 100
        e["paid"] = e["value"] * 5 // 100
        e["owed"] = e["paid"] + rng.randrange(100, 240 if case == "small-claim" else 1500) * 200
        if case == "noncommercial":
            e["owed"] = max(e["owed"], e["paid"] + 70000)
    dutiable = sum(e["value"] for e in entries) // 100 * 100
    domestic = (dutiable * rng.randrange(125, 160) // 100) // 100 * 100
    if case == "negligence-dv-cap":
        for e in entries:
            e["owed"] = e["paid"] + e["value"] * 6 // 10 // 2 * 2  # undeposited antidumping duty
        domestic = dutiable * 11 // 10 // 100 * 100
    violation = entries[0]["date"]
    if case == "limitations-passed":
        violation = today - (5 * 365 + rng.randrange(20, 90)) * DAY
        base = violation
        for e in entries:
            e["date"] = base
            base += rng.randrange(15, 30) * DAY
        violation = entries[0]["date"]
    if case == "barred-entry":
        entries[0]["date"] = today - (5 * 365 + rng.randrange(10, 40)) * DAY
        entries[1]["date"] = today - (5 * 365 - rng.randrange(60, 120)) * DAY
        for i, e in enumerate(entries[2:]):
            e["date"] = entries[1]["date"] + (i + 1) * 30 * DAY
        violation = entries[1]["date"]
    for e in entries:
        if e["date"].month == 2 and e["date"].day == 29:
            e["date"] += DAY
    violation = violation if not (violation.month == 2 and violation.day == 29) else violation + DAY
    person = case == "noncommercial"
    f: dict[str, Any] = {
        "case": case,
        "party": party,
        "port": port,
        "today": today,
        "culp": culp,
        "pd": case in ("fraud-pd", "fraud-pd-no-loss", "negligence-pd-actual"),
        "noncommercial": person,
        "entries": entries,
        "dutiable": dutiable,
        "domestic": domestic,
        "violation": violation,
        "importer": None if person else c.ein(rng),
        "case_no": f"{today.year}-{port}-{rng.randrange(100000, 999999)}-01",
        "officer": rng.choice(c.PEOPLE)[0],
        "goods": rng.choice(c.GOODS)[0],
    }
    if person:
        f["party"] = ("Eleanor V. Marsh", "27 Juniper Court", "Bend, OR 97702")
    return f


def truth(f: dict[str, Any]) -> dict[str, Any]:
    r = law.penalty(
        f["culp"],
        f["pd"],
        f["noncommercial"],
        f["entries"],
        f["domestic"],
        f["dutiable"],
        f["violation"],
        f["today"],
    )
    case = f["case"]
    expect_human = case in ("negligence-pd-actual", "limitations-passed", "barred-entry")
    assert (r["outcome"] == "needs_human") == expect_human, (case, r)
    if case == "small-claim":
        assert (
            r["proposed"] is not None and 0 < r["proposed"] <= 100000 and r["notice"] == "penalty"
        ), r
    if case == "noncommercial":
        assert r["notice"] == "penalty", r
    if case == "negligence-dv-cap":
        assert r["statutory_max"] == f["domestic"] < 2 * r["total"], r
    name, street, city = f["party"]
    d = law.dollars
    values: dict[str, Any] = {
        "case_number": f["case_no"],
        "party_name": name,
        "party_address": f"{street}, {city}",
        "importer_number": f["importer"],
        "violation_date": f["violation"].isoformat(),
        "culpability": f["culp"],
        "prior_disclosure": f["pd"],
        "noncommercial": f["noncommercial"],
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": d(e["value"]),
                "duty_paid": d(e["paid"]),
                "duty_owed": d(e["owed"]),
            }
            for e in f["entries"]
        ],
        "domestic_value": d(f["domestic"]),
        "dutiable_value": d(f["dutiable"]),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": d(r["actual"]),
            "potential": d(r["potential"]),
            "total": d(r["total"]),
        },
        "statutory_max": d(r["statutory_max"]),
        "guideline_range": [d(r["range"][0]), d(r["range"][1])],
        "proposed_penalty": None if r["proposed"] is None else d(r["proposed"]),
        "limitations_date": r["limitations"].isoformat(),
        "notice": r["notice"],
        "outcome": r["outcome"],
        "barred_entries": r["barred"],
    }
    not_scored = []
    if r["proposed"] is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss needs interest"
            " that a person computes"
        )
    return {
        "kind": "penalty-case",
        "args": ["--today", f["today"].isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def what_happened(f: dict[str, Any]) -> str:
    if f["case"] == "negligence-dv-cap":
        return (
            "The entries did not declare the goods subject to the antidumping duty order on them, so no"
            " antidumping duty was deposited."
        )
    if all(e["owed"] <= e["paid"] for e in f["entries"]):
        return (
            "The entry documents misstated the country of origin; the rate of duty is the same, so there is"
            " no loss of duty."
        )
    return "The entries declared a subheading at a lower rate of duty than the one that applies."


def pd_text(f: dict[str, Any], rng: random.Random) -> str:
    if f["pd"]:
        return rng.choice(
            [
                "The party made a valid prior disclosure under 19 CFR 162.74 before it knew of any investigation.",
                "A prior disclosure (19 CFR 162.74) was filed and accepted as valid; the loss has been tendered.",
            ]
        )
    return rng.choice(["No prior disclosure was made.", "Prior disclosure: none."])


def commercial_text(f: dict[str, Any]) -> str:
    if f["noncommercial"]:
        return (
            "The importation was noncommercial: household effects and personal items shipped by a private"
            " individual for her own use on a change of residence."
        )
    return "The importations were commercial shipments for resale."


def entry_rows(f: dict[str, Any], ds: Any, ms: Any, marks: tuple[str, str]) -> list[list[str]]:
    return [
        [
            e["number"],
            ds(e["date"]),
            marks[0] if e["liquidated"] else marks[1],
            ms(e["value"]),
            ms(e["paid"]),
            ms(e["owed"]),
        ]
        for e in f["entries"]
    ]


# ---- style 1: referral memorandum with a continuation sheet --------------------------------------


def continuation(f: dict[str, Any], rng: random.Random) -> Doc:
    doc = Doc(left=72, right=72)
    name, street, city = f["party"]
    ds = rng.choice([c.d_abbr, c.d_us])
    ms = rng.choice([c.m_dollar, c.m_usd])
    doc.text(72, 740, "U.S. CUSTOMS AND BORDER PROTECTION", "Times-Bold", 12)
    doc.text(
        72, 726, f"Office of Field Operations -- Port of {c.PORTS[f['port']]}", "Times-Roman", 10
    )
    doc.text(
        72, 700, "MEMORANDUM FOR: Fines, Penalties and Forfeitures Officer", "Times-Roman", 10.5
    )
    doc.text(72, 686, f"FROM: {f['officer']}, Import Specialist", "Times-Roman", 10.5)
    doc.text(
        72,
        672,
        f"SUBJECT: Referral for penalty action under 19 U.S.C. 1592, Case {f['case_no']}",
        "Times-Roman",
        10.5,
    )
    doc.line(72, 664, W - 72, 664)
    doc.y = 656
    who = f"{name}, {street}, {city}"
    ior = f" (importer number {f['importer']})" if f["importer"] else ""
    k = len(f["entries"])
    doc.para(
        f"1. The violator is {who}{ior}. The merchandise, {f['goods'].lower()}, was entered in"
        f" {'one entry' if k == 1 else str(k) + ' entries'} listed on the continuation sheet.",
        "Times-Roman",
        11,
    )
    doc.para(
        f"2. {what_happened(f)} We find {rng.choice(CULP_TEXT[f['culp']][:2])}."
        f" The violation is dated {ds(f['violation'])}.",
        "Times-Roman",
        11,
    )
    doc.para("3. " + pd_text(f, rng) + " " + commercial_text(f), "Times-Roman", 11)
    doc.para(
        f"4. The domestic value of the merchandise is {ms(f['domestic'])}; its dutiable value is"
        f" {ms(f['dutiable'])}.",
        "Times-Roman",
        11,
    )
    doc.para(
        "5. We recommend that a pre-penalty or penalty notice issue as the Officer finds appropriate.",
        "Times-Roman",
        11,
    )
    doc.new_page()
    doc.text(72, 740, "CONTINUATION SHEET", "Helvetica-Bold", 12)
    doc.text(72, 726, f"Case {f['case_no']} -- {name}", "Helvetica", 9)
    doc.y = 712
    doc.table(
        ["Entry No.", "Entry Date", "Liquidated?", "Entered Value", "Duty Paid", "Duty Owed"],
        entry_rows(f, ds, ms, ("Yes", "No")),
        [72, 160, 232, 290, 380, 460, 545],
        size=8.5,
    )
    doc.skip(10)
    doc.leader("Domestic value", ms(f["domestic"]), xv=330, size=10)
    doc.leader("Dutiable value", ms(f["dutiable"]), xv=330, size=10)
    doc.leader("Date of violation", ds(f["violation"]), xv=330, size=10)
    doc.leader("Culpability", CULP_TEXT[f["culp"]][2], xv=330, size=10)

    def foot(d: Doc, i: int, n: int) -> None:
        d.center_text(36, f"Page {i} of {n}", "Times-Roman", 8)

    doc.footer = foot
    return doc


# ---- style 2: a case docket printout --------------------------------------------------------------


def docket(f: dict[str, Any], rng: random.Random) -> Doc:
    doc = Doc(left=54, right=54, top=56)
    name, street, city = f["party"]
    ds = c.d_iso if rng.random() < 0.5 else c.d_dash
    ms = rng.choice([c.m_comma, c.m_plain])
    doc.fill(54, 742, W - 108, 22, 0.85)
    doc.text(60, 749, f"CASE DOCKET  {f['case_no']}", "Courier-Bold", 11)
    doc.right_text(W - 60, 749, "1592 REFERRAL", "Courier-Bold", 9)
    doc.y = 736
    for cap, val in [
        ("PARTY", name),
        ("ADDRESS", street),
        ("", city),
        ("IMPORTER NO", f["importer"] or "NONE (private individual)"),
        ("CULPABILITY", CULP_TEXT[f["culp"]][0].upper()),
        ("PRIOR DISCL", "YES - VALID" if f["pd"] else "NO"),
        ("IMPORT TYPE", "NONCOMMERCIAL" if f["noncommercial"] else "COMMERCIAL"),
        ("VIOLATION DT", ds(f["violation"])),
        ("DOMESTIC VAL", ms(f["domestic"])),
        ("DUTIABLE VAL", ms(f["dutiable"])),
    ]:
        doc.y -= 12
        doc.text(54, doc.y, cap, "Courier", 9)
        doc.text(160, doc.y, val, "Courier", 9)
    doc.y -= 16
    doc.text(54, doc.y, "DOCKET ENTRIES", "Courier-Bold", 9.5)
    doc.y -= 4
    events = [(e["date"], f"Entry {e['number']} filed") for e in f["entries"]]
    events.append(
        (f["today"] - rng.randrange(20, 60) * DAY, "Audit findings received from Regulatory Audit")
    )
    events.append((f["today"] - rng.randrange(2, 15) * DAY, "Referred to FP&F for penalty action"))
    doc.table(
        ["DATE", "EVENT"],
        [[ds(d), ev] for d, ev in sorted(events)],
        [54, 150, W - 54],
        font="Courier",
        size=8.5,
        head_font="Courier-Bold",
        rules=False,
    )
    doc.text(
        54,
        doc.y - 6,
        "ENTRY SCHEDULE (LIQ = liquidated, final; OPEN = unliquidated)",
        "Courier-Bold",
        9.5,
    )
    doc.y -= 10
    doc.table(
        ["ENTRY", "ENTERED", "STATUS", "VALUE", "DUTY DEP", "DUTY OWED"],
        entry_rows(f, ds, ms, ("LIQ", "OPEN")),
        [54, 150, 230, 290, 370, 450, 540],
        font="Courier",
        size=8.5,
        head_font="Courier-Bold",
    )
    doc.para(commercial_text(f) + " " + pd_text(f, rng), "Courier", 8.5, after=4)

    def foot(d: Doc, i: int, n: int) -> None:
        d.text(54, 30, f"PRINTED {ds(f['today'])}   PAGE {i} OF {n}", "Courier", 7.5)

    doc.footer = foot
    return doc


# ---- style 3: a two-column case summary ----------------------------------------------------------


def twocol(f: dict[str, Any], rng: random.Random) -> Doc:
    doc = Doc(left=54, right=54)
    name, street, city = f["party"]
    ds = rng.choice([c.d_abbr, c.d_mil])
    ms = c.m_dollar
    doc.text(54, 742, "Penalty Case Summary", "Helvetica-Bold", 16)
    doc.text(54, 726, f"Case number {f['case_no']}", "Helvetica", 10)
    doc.line(54, 718, W - 54, 718, 1)
    # right column: case data
    rx = 360.0
    doc.fill(rx - 8, 470, W - 54 - rx + 8, 240, 0.93)
    y = 696.0
    for cap, val in [
        ("Party", name),
        ("Address", street),
        ("", city),
        ("Importer number", f["importer"] or "none"),
        ("Date of violation", ds(f["violation"])),
        ("Domestic value", ms(f["domestic"])),
        ("Dutiable value", ms(f["dutiable"])),
    ]:
        if cap:
            doc.text(rx, y, cap, "Helvetica-Bold", 8)
            y -= 11
        doc.text(rx, y, val, "Helvetica", 9)
        y -= 16
    # left column: narrative
    doc.y = 704
    for head, text in [
        (
            "Facts",
            f"The party imported {f['goods'].lower()}. {what_happened(f)}",
        ),
        ("Culpability", f"The evidence shows {rng.choice(CULP_TEXT[f['culp']][:2])}."),
        ("Prior disclosure", pd_text(f, rng)),
        ("Nature of importation", commercial_text(f)),
    ]:
        doc.para(head, "Helvetica-Bold", 10, avail=rx - 70, after=1)
        doc.para(text, "Times-Roman", 10.5, avail=rx - 70, after=8)
    doc.y = min(doc.y, 460)
    doc.text(54, doc.y, "Entries", "Helvetica-Bold", 10)
    doc.y -= 4
    doc.table(
        ["Entry number", "Date of entry", "Status", "Entered value", "Duty deposited", "Duty owed"],
        entry_rows(f, ds, ms, ("Liquidated", "Unliquidated")),
        [54, 144, 224, 296, 376, 462, 558],
        size=8.5,
        shade=True,
    )

    def foot(d: Doc, i: int, n: int) -> None:
        d.text(54, 36, f"{f['case_no']} | page {i} of {n}", "Helvetica", 7.5)

    doc.footer = foot
    return doc


def make(index: int, seed: int) -> tuple[dict[str, Any], Doc, str]:
    rng = c.rng_for("penalty", index, seed)
    case = CASES[index % len(CASES)]
    f = facts(case, rng)
    style = STYLES[(index + seed) % 3]
    doc = {"continuation": continuation, "docket": docket, "twocol": twocol}[style](f, rng)
    t = truth(f)
    t["case"] = case
    t["style"] = style
    return t, doc, case
