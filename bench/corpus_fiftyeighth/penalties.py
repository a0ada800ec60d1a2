# ruff: noqa: E501
"""1592 penalty referrals: an FP&F ledger card, an investigation timeline, and the minutes of a case
review board meeting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import law
from .common import (
    CITIES,
    COMPANIES,
    FILERS,
    GOODS,
    PEOPLE,
    PORTS,
    STREETS,
    Doc,
    business_date,
    ein,
    fdate,
    money,
    rng,
    serial,
)  # fmt: skip

STYLES = ("ledger-card", "timeline", "minutes")
CASES = (
    "negligence-loss", "gross-mixed", "fraud-loss", "negligence-no-loss", "fraud-disclosure",
    "fraud-disclosure-no-loss", "gross-disclosure", "dv-cap", "limitations-passed", "barred-entry",
    "at-1000", "noncommercial",
)  # fmt: skip
CULP = {
    "negligence-loss": "negligence", "gross-mixed": "gross_negligence", "fraud-loss": "fraud",
    "negligence-no-loss": "negligence", "fraud-disclosure": "fraud", "fraud-disclosure-no-loss": "fraud",
    "gross-disclosure": "gross_negligence", "dv-cap": "gross_negligence", "limitations-passed": "negligence",
    "barred-entry": "negligence", "at-1000": "negligence", "noncommercial": "negligence",
}  # fmt: skip
CULP_WORDS = {
    "ledger-card": {"negligence": "NEG", "gross_negligence": "GROSS NEG", "fraud": "FRAUD"},
    "timeline": {
        "negligence": "negligence",
        "gross_negligence": "gross negligence",
        "fraud": "fraud (intentional)",
    },
    "minutes": {
        "negligence": "negligent",
        "gross_negligence": "grossly negligent",
        "fraud": "fraudulent",
    },
}
MONEY = {"ledger-card": "plain", "timeline": "dollar", "minutes": "usd"}
DATES = {"ledger-card": "iso", "timeline": "long", "minutes": "dmy"}


def _entries(r: Any, case: str, first: dt.date) -> list[dict[str, Any]]:
    n = {"gross-mixed": 3, "barred-entry": 2, "at-1000": 1, "noncommercial": 1}.get(
        case, r.choice([1, 2, 2, 3])
    )
    filer = r.choice(FILERS)
    out = []
    day = first
    for i in range(n):
        if case == "barred-entry" and i == 1:
            day = business_date(r, first + dt.timedelta(days=500), 60)
        entered = (
            2000 * r.randint(400, 4000)
            if case not in ("at-1000", "noncommercial")
            else 2000 * r.randint(60, 120)
        )
        paid = 2 * (entered * r.randint(2, 6) // 200)
        if case in ("negligence-no-loss", "fraud-disclosure-no-loss"):
            loss = 0 if i else -2 * r.randint(100, 900)  # one entry overpaid: no offset
        elif case == "dv-cap":
            paid = 2 * (entered * 5 // 200)
            loss = 2 * (entered * 325 // 2000)
        elif case == "at-1000":
            loss = 50000
        elif case == "noncommercial":
            loss = 2 * r.randint(40000, 60000)
        else:
            loss = 2 * (entered * r.randint(3, 12) // 200)
        out.append({
            "number": law.entry_number(filer, serial(r)), "date": day, "entered": entered, "paid": paid,
            "owed": paid + loss, "liquidated": i != 2 if case == "gross-mixed" else r.random() < 0.6,
        })  # fmt: skip
        day = business_date(r, day + dt.timedelta(days=20), 40)
    return out


def make(index: int, seed: int, family: str) -> dict[str, Any]:
    case, style = CASES[index], STYLES[index % 3]
    r = rng("penalty58", seed, index)
    culp = CULP[case]
    noncommercial = case == "noncommercial"
    port, port_name = r.choice(PORTS)
    name = r.choice(PEOPLE) if noncommercial else r.choice(COMPANIES)
    address = [r.choice(STREETS), r.choice(CITIES)]
    ior = None if noncommercial else ein(r)
    goods, _ = r.choice(GOODS)
    first = business_date(
        r,
        dt.date(2019, 4, 1)
        if case == "limitations-passed"
        else dt.date(2021, 3, 1)
        if case == "barred-entry"
        else dt.date(2023, 2, 1),
        200,
    )
    entries = _entries(r, case, first)
    violation = entries[-1]["date"] if case == "barred-entry" else entries[0]["date"]
    if case == "barred-entry":
        today = law.add_years(entries[0]["date"], 5) + dt.timedelta(days=r.randint(10, 60))
    elif case == "limitations-passed":
        today = law.add_years(violation, 5) + dt.timedelta(days=r.randint(20, 200))
    else:
        today = business_date(r, dt.date(2025, 9, 1), 60)
    dutiable = sum(e["entered"] for e in entries)
    domestic = (
        dutiable * 6 // 5 if case == "dv-cap" else 2000 * (dutiable * r.randint(14, 19) // 20000)
    )
    pd = case in ("fraud-disclosure", "fraud-disclosure-no-loss", "gross-disclosure")
    if case == "gross-disclosure":
        entries[0]["liquidated"] = True
    law_in = [{k: e[k] for k in ("number", "date", "liquidated", "owed", "paid")} for e in entries]
    res = law.penalty(culp, pd, noncommercial, law_in, domestic, dutiable, violation, today)
    case_no = f"{today.year}-{port}-{r.randint(100, 99999):06d}"
    p = {
        "case_no": case_no, "name": name, "address": address, "ior": ior, "port": port, "port_name": port_name,
        "culp": culp, "pd": pd, "noncommercial": noncommercial, "entries": entries, "domestic": domestic,
        "dutiable": dutiable, "violation": violation, "goods": goods, "r": r, "today": today, "case": case,
        "referred": today - dt.timedelta(days=r.randint(5, 30)), "ms": MONEY[style], "ds": DATES[style],
        "cw": CULP_WORDS[style][culp],
    }  # fmt: skip
    doc = {"ledger-card": _ledger, "timeline": _timeline, "minutes": _minutes}[style](p)

    def usd(c: int) -> float:
        return round(c / 100, 2)

    values: dict[str, Any] = {
        "case_number": case_no, "party_name": name, "party_address": ", ".join(address), "importer_number": ior,
        "violation_date": violation.isoformat(), "culpability": culp, "prior_disclosure": pd,
        "noncommercial": noncommercial,
        "entries": [
            {"entry_number": e["number"], "entry_date": e["date"].isoformat(), "liquidated": e["liquidated"],
             "entered_value": usd(e["entered"]), "duty_paid": usd(e["paid"]), "duty_owed": usd(e["owed"])}
            for e in entries
        ],
        "domestic_value": usd(domestic), "dutiable_value": usd(dutiable),
    }  # fmt: skip
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": usd(res["actual"]), "potential": usd(res["potential"]), "total": usd(res["lod"])},
        "statutory_max": usd(res["statutory_max"]), "guideline_range": [usd(v) for v in res["range"]],
        "limitations_date": res["limitations"].isoformat(), "notice": res["notice"], "outcome": res["outcome"],
        "barred_entries": res["barred"],
    }  # fmt: skip
    not_scored = []
    if res["proposed"] is None:
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure with an actual loss needs interest a person computes"
        )
    else:
        decision["proposed_penalty"] = usd(res["proposed"])
    return {
        "case": case, "style": style, "doc": doc, "values": values, "decision": decision,
        "not_scored": not_scored, "received": p["referred"], "today": today, "title": f"Case {case_no}",
    }  # fmt: skip


def _pd_words(p: dict[str, Any], style: str) -> str:
    if not p["pd"]:
        return {
            "ledger-card": "N",
            "timeline": "none made",
            "minutes": "No prior disclosure was made.",
        }[style]
    tendered = (
        "with the loss tendered"
        if p["culp"] == "fraud"
        else "duties tendered on the liquidated entry"
    )
    return {
        "ledger-card": "Y (19 CFR 162.74)",
        "timeline": f"valid prior disclosure (19 CFR 162.74), {tendered}",
        "minutes": f"The party filed a valid prior disclosure under 19 CFR 162.74, {tendered}.",
    }[style]


def _ledger(p: dict[str, Any]) -> Doc:
    d, ms, ds = Doc(), p["ms"], p["ds"]
    d.text(40, 44, "FINES, PENALTIES AND FORFEITURES - CASE LEDGER CARD", "HB", 11)
    d.right(572, 44, f"Port {p['port']} {p['port_name']}", "H", 8.5)
    d.rect(36, 54, 540, 118, 1)
    rows = [
        ("CASE NO.", p["case_no"], "VIOLATION DATE", fdate(p["violation"], ds)),
        ("PARTY", p["name"], "IMPORTER NO.", p["ior"] or "none (individual)"),
        ("ADDRESS", p["address"][0], "", p["address"][1]),
        ("STATUTE", "19 USC 1592(a)", "CULPABILITY", p["cw"]),
        (
            "PRIOR DISCL.",
            _pd_words(p, "ledger-card"),
            "COMMERCIAL",
            "N - personal use" if p["noncommercial"] else "Y",
        ),
        ("DOMESTIC VAL.", money(p["domestic"], ms), "DUTIABLE VAL.", money(p["dutiable"], ms)),
    ]
    y = 70.0
    for a, b, c, e in rows:
        d.text(42, y, a, "HB", 7)
        d.text(120, y, b, "C", 9)
        d.text(330, y, c, "HB", 7)
        d.text(420, y, e, "C", 9)
        d.line(36, y + 5, 576, y + 5, 0.25)
        y += 18
    y = 196.0
    cols = [
        (40, "ENTRY"),
        (140, "DATE"),
        (206, "LIQ"),
        (236, "ENTERED VALUE"),
        (326, "DEPOSITED"),
        (406, "LAWFULLY DUE"),
        (496, "RUNNING LOD"),
    ]
    d.rect(36, y - 12, 540, 18, 0.6)
    for x, h in cols:
        d.text(x, y, h, "HB", 7)
    run = 0
    for e in p["entries"]:
        y += 18
        run += max(0, e["owed"] - e["paid"])
        vals = [
            e["number"],
            fdate(e["date"], ds),
            "Y" if e["liquidated"] else "N",
            money(e["entered"], ms),
            money(e["paid"], ms),
            money(e["owed"], ms),
            money(run, ms),
        ]
        for (x, _), v in zip(cols, vals, strict=True):
            d.text(x, y, v, "C", 8)
        d.line(36, y + 5, 576, y + 5, 0.25)
    y += 36
    d.text(40, y, "MERCHANDISE", "HB", 7)
    d.text(120, y, p["goods"], "C", 9)
    y += 16
    d.text(40, y, "REMARKS", "HB", 7)
    y = d.para(
        120,
        y,
        450,
        (
            "Entries were filed with an understated value / incorrect classification found on post-entry audit. "
            "LIQ column: Y = liquidated, final; N = unliquidated. Referral for pre-penalty review."
        ),
        "C",
        8.5,
        11,
    )
    d.text(
        40,
        y + 30,
        f"Card opened {fdate(p['referred'], ds)} by Seized Property Specialist {p['r'].choice(PEOPLE)}",
        "H",
        8,
    )
    return d


def _timeline(p: dict[str, Any]) -> Doc:
    d, ms, ds = Doc(), p["ms"], p["ds"]
    d.text(72, 60, "Office of Regulatory Audit - Referral to FP&F", "TB", 13)
    d.text(72, 76, f"Case Number {p['case_no']}", "T", 11)
    d.line(72, 84, 540, 84, 0.8)
    y = 106.0
    head = [
        ("Party", p["name"]),
        ("Address", p["address"][0]),
        ("", p["address"][1]),
        (
            "Importer number",
            p["ior"] or "not assigned (private individual, importation for personal use)",
        ),
        ("Merchandise", p["goods"]),
        ("Culpability", p["cw"]),
        ("Prior disclosure", _pd_words(p, "timeline")),
    ]
    for k, v in head:
        d.text(72, y, f"{k}:" if k else "", "TB", 10.5)
        y = d.para(180, y, 360, v, "T", 10.5, 13.5)
    y += 10
    d.text(72, y, "Timeline of the matter", "TB", 11.5)
    y += 8
    d.line(72, y, 540, y, 0.5)
    y += 14
    ev: list[tuple[dt.date, str]] = []
    for e in p["entries"]:
        ev.append(
            (
                e["date"],
                (
                    f"Entry {e['number']} filed at {p['port_name']}: entered value {money(e['entered'], ms)}; duty deposited "
                    f"{money(e['paid'], ms)}; duty lawfully owed {money(e['owed'], ms)}."
                ),
            )
        )
        status = "liquidated (final)" if e["liquidated"] else "unliquidated, still open"
        ev.append(
            (
                e["date"] + dt.timedelta(days=1),
                f"Status of entry {e['number']} on referral: {status}.",
            )
        )
    ev.append(
        (
            p["violation"],
            "Date of violation (the limitations period runs from this date).",
        )
    )
    ev.append((p["referred"], f"Referral sent to FP&F {p['port_name']}."))
    for when, what in sorted(ev, key=lambda t: t[0]):
        label = fdate(when, ds) if "Status" not in what else ""
        d.text(72, y, label, "T", 10)
        y = d.para(190, y, 350, what, "T", 10, 12.5) + 3
        if y > 700:
            d.new_page()
            d.text(72, 56, f"Referral {p['case_no']} - continued", "T", 9)
            y = 84.0
    y += 8
    if y > 660:
        d.new_page()
        y = 84.0
    d.text(72, y, "Values", "TB", 11.5)
    d.text(190, y, f"Domestic value of the merchandise: {money(p['domestic'], ms)}", "T", 10.5)
    d.text(190, y + 14, f"Dutiable value of the merchandise: {money(p['dutiable'], ms)}", "T", 10.5)
    d.text(72, y + 44, p["r"].choice(PEOPLE) + ", Auditor", "T", 10.5)
    return d


def _minutes(p: dict[str, Any]) -> Doc:
    d, ms, ds = Doc(), p["ms"], p["ds"]
    r = p["r"]
    d.text(306 - 150, 58, "PENALTY CASE REVIEW BOARD", "TB", 14)
    d.text(
        306 - 150,
        74,
        f"Minutes of the meeting of {fdate(p['referred'], ds)}, Port of {p['port_name']}",
        "T",
        10,
    )
    d.line(72, 84, 540, 84, 0.5)
    members = r.sample(PEOPLE, 3)
    y = 104.0
    y = (
        d.para(
            72,
            y,
            468,
            f"Present: {members[0]} (chair), {members[1]} (Paralegal Specialist), {members[2]} (Import Specialist). Minutes taken by the chair.",
            "T",
            10.5,
            13.5,
        )
        + 6
    )
    d.text(72, y, f"Item 1.  Case {p['case_no']}", "TB", 11)
    y += 16
    ior = (
        f"importer number {p['ior']}"
        if p["ior"]
        else "no importer number (a private individual; the goods were for personal use, not commercial)"
    )
    y = (
        d.para(
            72,
            y,
            468,
            (
                f"1.1  The board took up the referral concerning {p['name']}, {p['address'][0]}, {p['address'][1]} ({ior}). "
                f"The merchandise is {p['goods']}."
            ),
            "T",
            10.5,
            13.5,
        )
        + 4
    )
    y = (
        d.para(
            72,
            y,
            468,
            f"1.2  The entries below were tabled. The date of violation is taken as {fdate(p['violation'], ds)}.",
            "T",
            10.5,
            13.5,
        )
        + 4
    )
    cols = [
        (90, "Entry"),
        (180, "Entered on"),
        (262, "Liquidated?"),
        (326, "Entered value"),
        (410, "Duty paid"),
        (480, "Duty owed"),
    ]
    for x, h in cols:
        d.text(x, y, h, "TB", 9)
    d.line(88, y + 4, 545, y + 4, 0.5)
    for e in p["entries"]:
        y += 15
        vals = [
            e["number"],
            fdate(e["date"], ds),
            "Yes" if e["liquidated"] else "No",
            money(e["entered"], ms),
            money(e["paid"], ms),
            money(e["owed"], ms),
        ]
        for (x, _), v in zip(cols, vals, strict=True):
            d.text(x, y, v, "T", 8.5)
    y += 22
    y = (
        d.para(
            72,
            y,
            468,
            f"1.3  Domestic value {money(p['domestic'], ms)}; dutiable value {money(p['dutiable'], ms)}.",
            "T",
            10.5,
            13.5,
        )
        + 4
    )
    y = d.para(72, y, 468, f"1.4  {_pd_words(p, 'minutes')}", "T", 10.5, 13.5) + 4
    y = (
        d.para(
            72,
            y,
            468,
            f"1.5  Resolved: the board finds that the violation of 19 U.S.C. 1592(a) was {p['cw']} and directs the FP&F Officer to prepare the notice.",
            "T",
            10.5,
            13.5,
        )
        + 4
    )
    if y > 640:
        d.new_page()
        y = 84.0
    d.text(72, y + 16, "Item 2.  Any other business: none. The meeting closed at 11:40.", "T", 10.5)
    d.text(72, y + 60, f"{members[0]}, Chair", "T", 10.5)
    return d
