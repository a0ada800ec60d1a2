"""Penalty-referral plans in three sender styles (`log`, `memo`, `fixed`)."""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from decimal import Decimal
from typing import Any

from bench.corpus_fiftieth import common as C
from bench.corpus_fiftieth import law
from bench.corpus_fiftieth.render import Pages

STYLES = ("log", "memo", "fixed")
CASES = [
    "negligence",
    "gross",
    "fraud",
    "fraud-pd",
    "limitations-passed",
    "small-claim",
    "noncommercial",
    "negligence-dv-cap",
    "gross-pd-actual",
    "fraud-pd-no-loss",
    "barred-entry",
    "negligence-no-loss",
    "gross-no-loss",
    "overpaid-entry",
]
CULP = {
    "negligence": ["negligence", "Negligent", "negligent violation"],
    "gross_negligence": ["gross negligence", "Grossly negligent", "grossly negligent violation"],
    "fraud": ["fraud", "Fraudulent", "fraudulent violation"],
}


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"fiftieth-penalty-{seed}-{index}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed + 1) % len(STYLES)]
    culp = (
        "fraud"
        if case.startswith("fraud")
        else "gross_negligence"
        if case.startswith("gross")
        else "negligence"
    )
    name, address = C.COMPANIES[rng.randrange(len(C.COMPANIES))]
    if case == "noncommercial":
        name, address = "Walter P. Essig", ["19 Juniper Hollow", "Bend, OR 97701"]
    goods = C.GOODS[rng.randrange(len(C.GOODS))][0]
    code = C.filer(rng)
    no_loss = case.endswith("no-loss")
    count = 1 if case in ("small-claim", "noncommercial") else rng.choice([2, 3, 3, 4])
    first = dt.date(2021, 6, 1) + dt.timedelta(days=rng.randrange(900))
    if case == "barred-entry":
        first = dt.date(2019, 3, 1) + dt.timedelta(days=rng.randrange(200))
    entries: list[dict[str, Any]] = []
    day = first
    for number in range(count):
        value = Decimal(rng.randint(800000, 9000000)) / 100
        if case in ("small-claim", "noncommercial"):
            value = Decimal(rng.randint(300000, 900000)) / 100
        paid = (value * Decimal("0.034")).quantize(law.CENT)
        loss = Decimal(2 * rng.randint(5000, 90000)) / 100
        if case in ("small-claim", "noncommercial"):
            loss = Decimal(2 * rng.randint(5000, 24000)) / 100
        if no_loss:
            loss = Decimal(0)
        owed = paid + loss
        if case == "overpaid-entry" and number == 1:
            owed = paid - Decimal(2 * rng.randint(1000, 5000)) / 100
        entries.append(
            {
                "entry_number": C.entry(rng, code),
                "entry_date": day,
                "liquidated": rng.random() < 0.5,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
        day += dt.timedelta(days=rng.randint(20, 90))
        if case == "barred-entry" and number == 0:
            day = dt.date(2022, 5, 2) + dt.timedelta(days=rng.randrange(60))
    violation = entries[-1]["entry_date"] if case == "barred-entry" else entries[0]["entry_date"]
    total_value = sum((e["entered_value"] for e in entries), Decimal(0))
    domestic = Decimal(int(total_value * Decimal("1.6")))
    if case == "negligence-dv-cap":
        for e in entries:
            e["duty_owed"] = (
                e["duty_paid"] + (e["entered_value"] * Decimal("0.40") / 2).quantize(law.CENT) * 2
            )
        domestic = Decimal(int(total_value * Decimal("0.7")))
    dutiable = Decimal(int(total_value)) if no_loss or rng.random() < 0.4 else None
    last_entry = entries[-1]["entry_date"]
    if case in ("limitations-passed",):
        today = law.add_years(violation, 5) + dt.timedelta(days=rng.randint(10, 200))
    elif case == "barred-entry":
        today = max(
            law.add_years(entries[0]["entry_date"], 5) + dt.timedelta(days=rng.randint(10, 100)),
            last_entry + dt.timedelta(days=200),
        )
    else:
        today = max(last_entry, dt.date(2024, 1, 1)) + dt.timedelta(days=rng.randint(120, 400))
        today = min(today, law.add_years(violation, 5) - dt.timedelta(days=30))
    prior = case.endswith("-pd") or "-pd-" in case
    if case == "gross-pd-actual":
        entries[0]["liquidated"] = True
    entries_truth = [
        {
            "entry_number": e["entry_number"],
            "entry_date": e["entry_date"],
            "liquidated": e["liquidated"],
            "duty_paid": e["duty_paid"],
            "duty_owed": e["duty_owed"],
        }
        for e in entries
    ]
    decision, open_keys = law.penalty(
        culp, prior, case == "noncommercial", entries_truth, domestic, dutiable, violation, today
    )
    case_number = f"{today.year}-{rng.choice(C.PORTS)[0]}-{rng.randint(100000, 999999)}-01"
    values = {
        "case_number": case_number,
        "party_name": name,
        "party_address": ", ".join(address),
        "importer_number": C.ein(rng) if case != "noncommercial" else None,
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": prior,
        "noncommercial": case == "noncommercial",
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": law.money(e["entered_value"]),
                "duty_paid": law.money(e["duty_paid"]),
                "duty_owed": law.money(e["duty_owed"]),
            }
            for e in entries
        ],
        "domestic_value": law.money(domestic),
        "dutiable_value": None if dutiable is None else law.money(dutiable),
    }
    not_scored = [
        f"{key}: a prior disclosure of a (gross) negligence case with an actual loss needs "
        f"interest "
        "computed by a person"
        for key in open_keys
    ]
    truth = {
        "kind": "penalty-case",
        "case": case,
        "family": "",
        "style": style,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    f = {
        "case": case,
        "style": style,
        "name": name,
        "address": address,
        "importer": values["importer_number"],
        "culp": culp,
        "prior": prior,
        "entries": entries,
        "domestic": domestic,
        "dutiable": dutiable,
        "goods": goods,
        "violation": violation,
        "case_number": case_number,
        "rng": rng,
        "dstyle": C.DATE_STYLES[(index + seed) % 6],
        "mstyle": C.MONEY_STYLES[(index + 2 * seed) % 5],
        "officer": C.PEOPLE[rng.randrange(len(C.PEOPLE))],
    }
    layout, printed = LAYOUTS[style](f)
    printed += [
        case_number,
        name,
        *address,
        C.fdate(violation, f["dstyle"]),
        C.fmoney(domestic, f["mstyle"]),
    ]
    if values["importer_number"]:
        printed.append(str(values["importer_number"]))
    if dutiable is not None:
        printed.append(C.fmoney(dutiable, f["mstyle"]))
    for e in entries:
        printed += [e["entry_number"], C.fdate(e["entry_date"], f["dstyle"])] + [
            C.fmoney(e[k], f["mstyle"]) for k in ("entered_value", "duty_paid", "duty_owed")
        ]
    return {"truth": truth, "layout": layout, "printed": printed}


def _pd_text(f: dict[str, Any]) -> str:
    rng: random.Random = f["rng"]
    if not f["prior"]:
        return rng.choice(["No prior disclosure was made.", "Prior disclosure: none."])
    return rng.choice(
        [
            "The party made a valid prior disclosure under 19 CFR 162.74 before the "
            "investigation began.",
            "Prior disclosure: yes - filed and perfected, loss of duties tendered.",
        ]
    )


def _mark(f: dict[str, Any], liquidated: bool) -> str:
    return {
        "log": ("liquidated", "not yet liquidated"),
        "memo": ("Yes", "No"),
        "fixed": ("LIQ", "UNLIQ"),
    }[f["style"]][0 if liquidated else 1]


def layout_log(f: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """A chronological case log: dated lines, the facts read from the events, a totals line at
    the end."""
    p = Pages(font="C", size=9)
    ds, ms = f["dstyle"], f["mstyle"]
    p.line(f"CASE ACTIVITY LOG    Case No. {f['case_number']}", font="CB", size=11)
    p.line(f"Subject: {f['name']}, {', '.join(f['address'])}")
    if f["importer"]:
        p.line(f"Importer of record number: {f['importer']}")
    else:
        p.line("Importer of record number: none (personal importation, not for sale)")
    p.gap(8)
    events: list[tuple[dt.date, str]] = []
    for e in f["entries"]:
        events.append(
            (
                e["entry_date"],
                f"Entry {e['entry_number']} filed for {C.lc(f['goods'])}; entered value "
                f"{C.fmoney(e['entered_value'], ms)}, duty deposited "
                f"{C.fmoney(e['duty_paid'], ms)}.",
            )
        )
        events.append(
            (
                e["entry_date"] + dt.timedelta(days=60),
                f"Review: duty lawfully owed on entry "
                f"{e['entry_number']} is {C.fmoney(e['duty_owed'], ms)}; entry "
                f"{_mark(f, e['liquidated'])}.",
            )
        )
    events.append(
        (
            f["violation"],
            "Date of violation (first false invoice presented)."
            if f["case"] != "barred-entry"
            else "Date of violation (most recent false invoice presented).",
        )
    )
    events.sort(key=lambda ev: ev[0])
    for day, text in events:
        rows = textwrap.wrap(text, 66)
        p.line(f"{C.fdate(day, ds):<18} {rows[0]}")
        for row in rows[1:]:
            p.line(f"{'':<18} {row}")
    p.gap(8)
    p.line(f"Finding: {CULP[f['culp']][0]}. {_pd_text(f)}")
    if f["case"] == "noncommercial":
        p.line("The importation was noncommercial (personal use).")
    p.line(f"Domestic value: {C.fmoney(f['domestic'], ms)}")
    if f["dutiable"] is not None:
        p.line(f"Dutiable value: {C.fmoney(f['dutiable'], ms)}")
    p.gap(6)
    total = sum((e["entered_value"] for e in f["entries"]), Decimal(0))
    p.line(
        f"TOTALS: entered value {C.fmoney(total, ms)} / duty deposited "
        f"{C.fmoney(sum((e['duty_paid'] for e in f['entries']), Decimal(0)), ms)} / duty owed "
        f"{C.fmoney(sum((e['duty_owed'] for e in f['entries']), Decimal(0)), ms)}",
        font="CB",
    )
    p.gap(10)
    p.line(f"Logged by {f['officer']}, Import Specialist")
    return p.pages, []


def layout_memo(f: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """A referral memo: the party in a boxed header, the entries in a ruled table."""
    p = Pages(font="H", size=9)
    ds, ms = f["dstyle"], f["mstyle"]
    p.line("MEMORANDUM", font="HB", size=14)
    p.line("TO: Fines, Penalties and Forfeitures Officer")
    p.line(f"FROM: {f['officer']}, Regulatory Audit")
    p.line("SUBJECT: Referral for penalty action under 19 U.S.C. 1592")
    p.gap(8)
    top = p.y + 12
    lines = [
        f"Case number: {f['case_number']}",
        f"Party: {f['name']}",
        "Address: " + ", ".join(f["address"]),
        f"Importer No.: {f['importer']}"
        if f["importer"]
        else "Importer No.: none (noncommercial importation)",
    ]
    p.box(70, top - 14 * len(lines) - 6, 472, 14 * len(lines) + 6)
    for row in lines:
        p.line(row, x=78, lead=14)
    p.gap(14)
    p.para(
        f"The audit found that the party declared {C.lc(f['goods'])} at values and rates "
        f"that understated "
        f"the duty owed. Culpability: {CULP[f['culp']][1].lower()} conduct ({CULP[f['culp']][0]}). "
        f"Date of violation: {C.fdate(f['violation'], ds)}. {_pd_text(f)}",
        width=100,
    )
    if f["case"] == "noncommercial":
        p.para(
            "The goods were imported for the party's personal use; the importation is "
            "noncommercial."
        )
    rows = [["Entry No.", "Entry Date", "Liquidated", "Entered Value", "Duty Paid", "Duty Owed"]]
    for e in f["entries"]:
        rows.append(
            [
                e["entry_number"],
                C.fdate(e["entry_date"], ds),
                _mark(f, e["liquidated"]),
                C.fmoney(e["entered_value"], ms),
                C.fmoney(e["duty_paid"], ms),
                C.fmoney(e["duty_owed"], ms),
            ]
        )
    p.grid([88, 94, 50, 82, 76, 78], rows, ruled=True)
    p.line(f"Domestic value of the merchandise: {C.fmoney(f['domestic'], ms)}")
    if f["dutiable"] is not None:
        p.line(f"Dutiable value: {C.fmoney(f['dutiable'], ms)}")
    p.gap(10)
    p.line(f"{f['officer']}")
    return p.pages, []


def layout_fixed(f: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """A plain-text report in fixed-width columns, as a case system prints it."""
    p = Pages(font="C", size=8.5)
    ds, ms = f["dstyle"], f["mstyle"]
    p.line("PENALTY REFERRAL REPORT                                   PAGE 1", font="CB")
    p.line("=" * 89)
    for label, value in [
        ("CASE NUMBER", f["case_number"]),
        ("VIOLATOR", f["name"]),
        ("ADDRESS", f["address"][0]),
        ("", f["address"][1]),
        ("IMPORTER NO", f["importer"] or "NONE - NONCOMMERCIAL"),
        ("VIOLATION DATE", C.fdate(f["violation"], ds)),
        ("CULPABILITY", CULP[f["culp"]][2].upper()),
        ("PRIOR DISCL", "YES" if f["prior"] else "NO"),
        ("COMMERCIAL", "NO" if f["case"] == "noncommercial" else "YES"),
        ("DOMESTIC VALUE", C.fmoney(f["domestic"], ms)),
        ("DUTIABLE VALUE", C.fmoney(f["dutiable"], ms) if f["dutiable"] is not None else ""),
    ]:
        p.line(f"{label:<16}{'.' if label else ' '} {value}")
    p.line("-" * 89)
    head = ("ENTRY NUMBER", "ENTRY DT", "STATUS", "VALUE", "DUTY PD", "DUTY OWED")
    p.line(f"{head[0]:<16}{head[1]:<20}{head[2]:<7}{head[3]:>16}{head[4]:>15}{head[5]:>15}")
    for e in f["entries"]:
        cells = [e["entry_number"], C.fdate(e["entry_date"], ds), _mark(f, e["liquidated"])]
        cells += [C.fmoney(e[k], ms) for k in ("entered_value", "duty_paid", "duty_owed")]
        p.line(
            f"{cells[0]:<16}{cells[1]:<20}{cells[2]:<7}{cells[3]:>16}{cells[4]:>15}{cells[5]:>15}"
        )
    p.line("-" * 89)
    p.line(f"REMARKS: {f['goods'].upper()}. {_pd_text(f).upper()}")
    p.line(f"PREPARED BY {f['officer'].upper()}")
    return p.pages, []


LAYOUTS = {"log": layout_log, "memo": layout_memo, "fixed": layout_fixed}
