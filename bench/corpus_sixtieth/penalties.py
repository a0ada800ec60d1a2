# ruff: noqa: E501
"""Referrals for 19 U.S.C. 1592 penalties: three styles, twelve cases."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import common as c
from . import law
from .layout import Doc

CASES = (
    "negligence",
    "negligence-no-loss",
    "gross",
    "fraud",
    "fraud-pd",
    "fraud-pd-no-loss",
    "dv-cap",
    "limitations-passed",
    "barred-entry",
    "small-claim",
    "noncommercial",
    "negligence-pd-actual",
)
STYLES = ("file-diary", "tickmark-wp", "charge-counts")
CULP_WORDS = {
    "negligence": ["negligence", "negligent"],
    "gross_negligence": ["gross negligence", "grossly negligent"],
    "fraud": ["fraud", "fraudulent"],
}


def _cents(rng: random.Random, lo: int, hi: int, even: bool = True) -> int:
    v = rng.randint(lo, hi)
    return v - v % 2 if even else v


def money(cents: int) -> float:
    return cents / 100


def make(index: int, seed: int, family: str) -> tuple[dict[str, Any], Doc]:
    rng = c.rng_for("penalty-case", index, seed)
    case = CASES[index % len(CASES)]
    style = STYLES[index % len(STYLES)]
    name, addr = rng.choice(c.PARTIES)
    port, port_name = rng.choice(c.PORTS)
    goods, _, _ = rng.choice(c.GOODS)
    if case == "noncommercial":
        name = rng.choice(c.PEOPLE)
        addr = [
            rng.choice(["27 Larkspur Court", "1408 Elm Hollow Road", "9 Beacon Terrace"]),
            rng.choice(["Naperville, IL 60540", "Asheville, NC 28801", "Boise, ID 83702"]),
        ]
        goods = "Hand-knotted wool carpets, two pieces, for the party's own residence"
    filer = rng.choice(c.FILERS)
    culp = {
        "gross": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-no-loss": "fraud",
    }.get(case, "negligence")
    pd = case in ("fraud-pd", "fraud-pd-no-loss", "negligence-pd-actual")
    noncommercial = case == "noncommercial"
    no_loss = case in ("negligence-no-loss", "fraud-pd-no-loss")
    today = dt.date(2025, 6, 2) + dt.timedelta(days=rng.randint(0, 150))
    first = today - dt.timedelta(days=rng.randint(300, 900))
    if case == "limitations-passed":
        first = today - dt.timedelta(days=5 * 365 + rng.randint(20, 80))
    n = 1 if case in ("small-claim", "noncommercial") else rng.choice([2, 3])
    dates = sorted(first + dt.timedelta(days=rng.randint(0, 200)) for _ in range(n))
    dates[0] = first
    if case == "barred-entry":
        dates = [
            today - dt.timedelta(days=5 * 365 + rng.randint(20, 90)),
            today - dt.timedelta(days=rng.randint(700, 1200)),
        ]
    dates = [d + dt.timedelta(days=1) if (d.month, d.day) == (2, 29) else d for d in dates]
    entries: list[dict[str, Any]] = []
    for j, d in enumerate(dates):
        value = (
            rng.randint(1500000, 9500000)
            if case not in ("small-claim", "noncommercial")
            else rng.randint(80000, 250000)
        )
        paid = value * rng.choice([2, 3, 4]) // 100
        owed = paid if no_loss else value * rng.choice([6, 8, 10]) // 100
        if case == "dv-cap":
            paid, owed = value * 3 // 100, value * 65 // 100
        if case == "small-claim":
            owed = paid + _cents(rng, 10000, 40000)
        if case == "noncommercial":
            owed = paid + _cents(rng, 60000, 150000)
        if (owed - paid) % 2:
            owed += 1
        liquidated = (today - d).days > 330 and rng.random() < 0.7
        if case == "negligence-pd-actual" and j == 0:
            liquidated = True
        entries.append(
            {
                "number": law.entry_number(filer, rng.randint(1000000, 9999999)),
                "date": d,
                "liquidated": liquidated,
                "value": value,
                "paid": paid,
                "owed": owed,
            }
        )
    total_value = sum(e["value"] for e in entries)
    dutiable = total_value // 100 * 100
    dv = (total_value * rng.choice([13, 15, 18]) // 1000) * 100
    if case == "dv-cap":
        dv = (
            total_value * 115 // 10000
        ) * 100  # duties with a 301 surcharge: 2 x LOD passes the domestic value
    violation = dates[-1] if case == "barred-entry" else dates[0]
    show_dutiable = no_loss or rng.random() < 0.4
    fig = law.penalty(
        culp,
        pd,
        noncommercial,
        [dict(e, owed=e["owed"], paid=e["paid"]) for e in entries],
        dv,
        dutiable if show_dutiable else None,
        violation,
        today,
    )
    expected = {
        "limitations-passed": "needs_human",
        "barred-entry": "needs_human",
        "negligence-pd-actual": "needs_human",
    }.get(case, "draft")
    assert fig["outcome"] == expected, (case, fig)
    if case == "dv-cap":
        assert fig["statutory_max"] == dv < 2 * fig["total"]
    if case == "small-claim":
        assert fig["notice"] == "penalty" and fig["proposed"] <= 100000
    if case == "noncommercial":
        assert fig["notice"] == "penalty" and fig["proposed"] > 100000
    case_no = f"{today.year}-{port}-{rng.randint(100000, 999999)}-01"
    values: dict[str, Any] = {
        "case_number": case_no,
        "party_name": name,
        "party_address": ", ".join(addr),
        "importer_number": None if noncommercial else c.ein(rng),
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": noncommercial,
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": money(e["value"]),
                "duty_paid": money(e["paid"]),
                "duty_owed": money(e["owed"]),
            }
            for e in entries
        ],
        "domestic_value": money(dv),
        "dutiable_value": money(dutiable) if show_dutiable else None,
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": money(fig["actual"]),
            "potential": money(fig["potential"]),
            "total": money(fig["total"]),
        },
        "statutory_max": money(fig["statutory_max"]),
        "guideline_range": [money(v) for v in fig["range"]],
        "proposed_penalty": None if fig["proposed"] is None else money(fig["proposed"]),
        "limitations_date": fig["limitations"].isoformat(),
        "notice": fig["notice"],
        "outcome": fig["outcome"],
        "barred_entries": fig["barred"],
    }
    not_scored: list[str] = []
    if fig["proposed"] is None:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: interest on the actual loss from liquidation to tender, computed by a person"
        )
    f = dict(
        case=case,
        name=name,
        addr=addr,
        port=port,
        port_name=port_name,
        goods=goods,
        entries=entries,
        culp=culp,
        pd=pd,
        noncommercial=noncommercial,
        dv=dv,
        dutiable=dutiable,
        show_dutiable=show_dutiable,
        violation=violation,
        case_no=case_no,
        importer=values["importer_number"],
        rng=rng,
        today=today,
        officer=rng.choice(c.PEOPLE),
        opened=today - dt.timedelta(days=rng.randint(30, 90)),
        mform=rng.choice(c.MONEY_FORMS),
    )
    doc = Doc(f"Penalty referral {case_no}")
    {"file-diary": _diary, "tickmark-wp": _workpaper, "charge-counts": _counts}[style](doc, f)
    truth = {
        "kind": "penalty-case",
        "family": family,
        "case": case,
        "style": style,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return truth, doc


def _pd_words(f: dict[str, Any]) -> str:
    if not f["pd"]:
        return "No prior disclosure was made; the violation was found by the port's entry review."
    return (
        "The party made a valid prior disclosure under 19 CFR 162.74 before learning of any investigation, "
        "and tendered the loss of duties it disclosed."
    )


def _nc_words(f: dict[str, Any]) -> str:
    return (
        "The importation was noncommercial: personal household effects shipped for the party's own use."
        if f["noncommercial"]
        else "The importation was commercial."
    )


def _diary(doc: Doc, f: dict[str, Any]) -> None:
    df = f["rng"].choice([c.d_iso, c.d_abbr])
    m = f["mform"]
    doc.text(72, 758, "FINES, PENALTIES AND FORFEITURES - FILE DIARY", "mono-b", 11)
    doc.text(72, 744, f"Case {f['case_no']}   Port {f['port']} {f['port_name']}", "mono", 9)
    doc.rule(72, 738, 540, 738, 0.8)
    doc.y = 730
    rows: list[tuple[dt.date, str]] = []
    t = f["opened"]
    rows.append(
        (
            t,
            f"File opened on referral from the entry branch. Party: {f['name']}, "
            f"{', '.join(f['addr'])}."
            + (f" Importer number {f['importer']}." if f["importer"] else ""),
        )
    )
    for i, e in enumerate(f["entries"], start=1):
        rows.append(
            (
                t + dt.timedelta(days=2 + i),
                f"Reviewed entry {e['number']}, date of entry {df(e['date'])}, "
                f"{'liquidated' if e['liquidated'] else 'unliquidated'}. Entered value {c.money(e['value'], m)}; "
                f"duty paid {c.money(e['paid'], m)}; duty owed {c.money(e['owed'], m)}.",
            )
        )
    rows.append((t + dt.timedelta(days=9), f"Merchandise: {f['goods']}. {_nc_words(f)}"))
    dv = f"Domestic value of the merchandise fixed at {c.money(f['dv'], m)}."
    if f["show_dutiable"]:
        dv += f" Dutiable value {c.money(f['dutiable'], m)}."
    rows.append((t + dt.timedelta(days=12), dv))
    rows.append(
        (t + dt.timedelta(days=15), f"Date of violation: {df(f['violation'])}. {_pd_words(f)}")
    )
    rows.append(
        (
            t + dt.timedelta(days=20),
            f"Culpability assessed as {CULP_WORDS[f['culp']][0]} after review of "
            "the party's explanation and its entry procedures.",
        )
    )
    rows.append(
        (
            t + dt.timedelta(days=21),
            f"Diary closed for referral to penalty drafting. - {f['officer']}",
        )
    )
    for day, text in rows:
        doc.need(30)
        doc.y -= 4
        doc.text(72, doc.y - 12, df(day), "mono", 9)
        doc.para(text, "mono", 9, x=160, lead=12, after=2)
        doc.rule(72, doc.y, 540, doc.y, 0.2)


def _workpaper(doc: Doc, f: dict[str, Any]) -> None:
    df = f["rng"].choice([c.d_slash, c.d_long])
    m = f["mform"]
    doc.text(72, 760, "TRADE ENFORCEMENT REVIEW - WORKING PAPER", "sans-b", 11)
    doc.text(430, 760, "W/P ref. C-4", "sans-b", 9)
    doc.text(430, 748, f"Prep. {''.join(w[0] for w in f['officer'].split())}", "sans", 8)
    doc.text(430, 737, "Rev. MLK", "sans", 8)
    doc.y = 744
    doc.line(f"Penalty case no. {f['case_no']}", "sans", 9)
    doc.line(f"Party: {f['name']}", "sans", 9)
    doc.line(f"Address: {', '.join(f['addr'])}", "sans", 9)
    doc.line(
        (f"IOR no. {f['importer']}  /  " if f["importer"] else "") + f"Port of entry {f['port']}",
        "sans",
        9,
    )
    doc.gap(10)
    doc.line(
        "Objective: quantify the loss of duties on the sampled entries of "
        + f["goods"].lower().split(",")[0]
        + ".",
        "sans",
        9,
    )
    doc.gap(8)
    cols = [72, 180, 262, 312, 392, 462]
    heads = ["Entry no.", "Entry date", "Liq.", "Entered value", "Duty paid", "Duty owed"]
    top = doc.y
    doc.shade(72, top - 16, 468, 16, 0.88)
    for x, h in zip(cols, heads, strict=True):
        doc.text(x + 3, top - 11, h, "sans-b", 8.5)
    doc.y = top - 16
    for e in f["entries"]:
        doc.y -= 14
        row = [
            e["number"],
            c.d_slash(e["date"]),
            "Y" if e["liquidated"] else "N",
            c.money(e["value"], m) + " a",
            c.money(e["paid"], m) + " b",
            c.money(e["owed"], m) + " c",
        ]
        for x, v in zip(cols, row, strict=True):
            doc.text(x + 3, doc.y, v, "sans", 8.5)
        doc.rule(72, doc.y - 4, 540, doc.y - 4, 0.2)
    doc.gap(14)
    doc.line("Tick marks:", "sans-b", 8.5)
    for t in (
        "a  Agreed to the entry summary (CBP Form 7501) and commercial invoice.",
        "b  Agreed to the ACE statement of duties deposited.",
        "c  Recomputed at the correct rate of duty; see W/P C-4.1.",
        "Liq.: Y = liquidated and final, N = unliquidated.",
    ):
        doc.line(t, "sans", 8.5, x=86, lead=11)
    doc.gap(10)
    doc.line("Conclusions", "sans-b", 9.5)
    doc.para(
        f"Domestic value of the merchandise: {c.money(f['dv'], m)}."
        + (f" Dutiable value: {c.money(f['dutiable'], m)}." if f["show_dutiable"] else ""),
        "sans",
        9,
    )
    doc.para(
        f"The violation occurred on {df(f['violation'])}. The reviewer considers the party's conduct to be "
        f"{CULP_WORDS[f['culp']][1]}. {_pd_words(f)} {_nc_words(f)}",
        "sans",
        9,
    )
    doc.need(40)
    doc.gap(10)
    doc.line(f"Prepared by {f['officer']}, entry specialist, {df(f['opened'])}", "sans-i", 8.5)


def _counts(doc: Doc, f: dict[str, Any]) -> None:
    df = f["rng"].choice([c.d_long, c.d_dmy])
    m = f["mform"]
    doc.text(72, 758, "DEPARTMENT OF HOMELAND SECURITY", "serif", 10)
    doc.text(72, 745, "U.S. Customs and Border Protection - Office of Trade", "serif", 10)
    doc.text(72, 720, "STATEMENT OF CHARGES FOR REFERRAL UNDER 19 U.S.C. 1592", "serif-b", 12)
    doc.y = 712
    doc.line(f"Case number {f['case_no']}", "serif", 10.5)
    doc.gap(6)
    doc.para(
        f"In the matter of {f['name']}, {', '.join(f['addr'])}"
        + (f" (importer number {f['importer']})" if f["importer"] else "")
        + ", the "
        "following counts are stated for the Fines, Penalties and Forfeitures Officer at the port of "
        f"{f['port_name']}.",
        "serif",
        10.5,
        after=8,
    )
    for i, e in enumerate(f["entries"], start=1):
        doc.need(60)
        doc.line(f"COUNT {i}", "serif-b", 10.5, x=280)
        doc.para(
            f"On {df(e['date'])} the party entered {f['goods'].lower()} under entry number {e['number']}, "
            f"declaring an entered value of {c.money(e['value'], m)} and depositing duties of "
            f"{c.money(e['paid'], m)}. The duties lawfully owed were {c.money(e['owed'], m)}. The entry "
            + (
                "has been liquidated and the liquidation is final."
                if e["liquidated"]
                else "remains unliquidated."
            ),
            "serif",
            10.5,
            after=8,
        )
    doc.need(80)
    doc.line("COMMON ALLEGATIONS", "serif-b", 10.5, x=250)
    doc.para(
        f"The date of the violation charged is {df(f['violation'])}. The level of culpability charged is "
        f"{CULP_WORDS[f['culp']][0]}. {_pd_words(f)} {_nc_words(f)}",
        "serif",
        10.5,
    )
    doc.para(
        f"The domestic value of the merchandise is {c.money(f['dv'], m)}."
        + (f" Its dutiable value is {c.money(f['dutiable'], m)}." if f["show_dutiable"] else ""),
        "serif",
        10.5,
    )
    doc.need(60)
    doc.gap(12)
    doc.line(f["officer"], "serif", 10.5, x=320)
    doc.line("Entry Specialist, Trade Enforcement", "serif", 10.5, x=320)
    doc.line(df(f["opened"]), "serif", 10.5, x=320)
