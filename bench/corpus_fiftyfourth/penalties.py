"""Referrals for 19 U.S.C. 1592 penalties and three senders' styles; figures from law.penalty."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import common as c
from . import law

D = dt.date
TD = dt.timedelta

CASES = (
    "negligence",
    "gross-mixed",
    "fraud",
    "fraud-pd",
    "neg-dv-cap",
    "gross-noloss",
    "fraud-pd-noloss",
    "neg-pd-actual",
    "barred-entry",
    "limitations-passed",
    "small-claim",
    "noncommercial",
)
STYLES = ("ledger", "narrative", "intake")
CULP = {
    "negligence": ["negligence", "negligent", "negligence (failure to exercise reasonable care)"],
    "gross_negligence": [
        "gross negligence",
        "grossly negligent",
        "gross negligence (wanton disregard)",
    ],
    "fraud": ["fraud", "fraudulent", "fraud (knowing and voluntary)"],
}
PERSONS = [
    ("Eleanor Vance", ["22 Larkspur Lane", "Asheville, NC 28801"]),
    ("Rafael Quintero", ["1407 Calle Ocho, Apt. 3", "Miami, FL 33135"]),
]
GOODS = [
    "women's leather handbags",
    "aluminium alloy road wheels",
    "solar garden lights",
    "frozen shrimp, peeled and deveined",
    "steel wire shelving units",
]


def make(index: int, seed: int, case: str, style: str) -> tuple[dict[str, Any], dict[str, Any]]:
    r = c.rng("penalty-case", index, seed)
    culp = {
        "gross-mixed": "gross_negligence",
        "gross-noloss": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-noloss": "fraud",
    }.get(case, "negligence")
    pd = case in ("fraud-pd", "fraud-pd-noloss", "neg-pd-actual")
    noncommercial = case == "noncommercial"
    if noncommercial:
        name, addr = r.choice(PERSONS)
        ior = None
    else:
        name, addr = c.pick_company(r)
        ior = c.ein(r)
    port, port_name = r.choice(c.PORTS)
    filer = r.choice(c.FILERS)
    n = 1 if noncommercial else r.randint(2, 4)
    if case == "gross-mixed":
        n = 3
    first = c.weekday_on_or_after(D(2020, 3, 2) + TD(days=r.randint(0, 900)))
    dates = [first]
    for _ in range(n - 1):
        dates.append(c.weekday_on_or_after(dates[-1] + TD(days=r.randint(20, 90))))
    noloss = case in ("gross-noloss", "fraud-pd-noloss")
    entries: list[dict[str, Any]] = []
    for i, ed in enumerate(dates):
        value = r.randint(800000, 9500000)
        paid = value * r.choice([2, 3, 4, 5]) // 100
        paid -= paid % 2
        loss = 0 if noloss else 2 * r.randint(20000, 250000)
        if case == "small-claim":
            loss = 2 * r.randint(5000, 11000) if i == 0 else 0
        if case == "noncommercial":
            loss = 2 * r.randint(40000, 90000)
        if case == "neg-dv-cap":  # antidumping duties of about 240% left undeposited
            loss = value * 240 // 100
            loss -= loss % 2
        if case == "gross-mixed" and i == 1:
            loss = -2 * r.randint(2000, 6000)  # overpaid: no offset
        liquidated = r.random() < 0.6
        if case == "gross-mixed":
            liquidated = i != 2
        if case == "neg-pd-actual" and i == 0:
            liquidated = True
        entries.append(
            {
                "number": c.entry(r, filer),
                "date": ed,
                "liquidated": liquidated,
                "value": value,
                "paid": paid,
                "owed": paid + loss,
            }
        )
    lod = sum(max(0, e["owed"] - e["paid"]) for e in entries)
    total_value = sum(e["value"] for e in entries)
    dutiable_whole = (total_value // 10000 + 1) * 10000
    dutiable: int | None = dutiable_whole
    dv = (dutiable_whole * r.choice([13, 14, 15, 16]) // 1000) * 100
    if case == "neg-dv-cap":
        dv = (total_value * 12 // 1000) * 100
        assert 2 * lod > dv
    if not noloss and r.random() < 0.35:
        dutiable = None
    violation = dates[-1] if case == "barred-entry" else dates[0]
    if case == "barred-entry":
        today = law.add_years(dates[0], 5) + TD(days=r.randint(5, 15))
        assert today < law.add_years(dates[1], 5)
    elif case == "limitations-passed":
        today = law.add_years(violation, 5) + TD(days=r.randint(20, 120))
    else:
        today = dates[-1] + TD(days=r.randint(200, 700))
    fig = law.penalty(culp, pd, noncommercial, entries, dv, dutiable, violation, today)
    expected_outcome = (
        "needs_human"
        if case in ("neg-pd-actual", "barred-entry", "limitations-passed")
        else "draft"
    )
    assert fig["outcome"] == expected_outcome, (case, fig)
    if case == "barred-entry":
        assert fig["limitations"] > today and fig["barred"] == [entries[0]["number"]]
    if case == "small-claim":
        assert fig["notice"] == "penalty" and fig["proposed"] <= 100000
    if case == "noncommercial":
        assert fig["notice"] == "penalty" and fig["proposed"] > 100000
    case_number = f"{today.year}-{port}-{r.randint(100000, 999999)}-01"
    m = law.money
    values: dict[str, Any] = {
        "case_number": case_number,
        "party_name": name,
        "party_address": ", ".join(addr),
        "importer_number": ior,
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": noncommercial,
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": m(e["value"]),
                "duty_paid": m(e["paid"]),
                "duty_owed": m(e["owed"]),
            }
            for e in entries
        ],
        "domestic_value": m(dv),
        "dutiable_value": m(dutiable) if dutiable is not None else None,
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": m(fig["actual"]),
            "potential": m(fig["potential"]),
            "total": m(fig["lod"]),
        },
        "statutory_max": m(fig["statutory_max"]),
        "guideline_range": [m(fig["range"][0]), m(fig["range"][1])],
        "proposed_penalty": m(fig["proposed"]) if fig["proposed"] is not None else None,
        "limitations_date": fig["limitations"].isoformat(),
        "notice": fig["notice"],
        "outcome": fig["outcome"],
        "barred_entries": fig["barred"],
    }
    not_scored: list[str] = []
    if case == "neg-pd-actual":
        decision.pop("proposed_penalty")
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss is "
            "interest from liquidation to tender, computed by a person"
        )
    truth = {
        "kind": "penalty-case",
        "case": case,
        "style": style,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    doc = {
        "name": name,
        "addr": addr,
        "ior": ior,
        "port": port,
        "port_name": port_name,
        "case_number": case_number,
        "violation": violation,
        "culp": culp,
        "pd": pd,
        "noncommercial": noncommercial,
        "entries": entries,
        "dv": dv,
        "dutiable": dutiable,
        "ds": r.choice(c.DATE_STYLES),
        "ms": r.choice(c.MONEY_STYLES),
        "r": r,
        "goods": r.choice(GOODS),
        "culp_text": r.choice(CULP[culp]),
        "referred": today - TD(days=r.randint(20, 90)),
        "officer": r.choice(c.PEOPLE),
        "pd_date": violation + TD(days=r.randint(200, 400)),
    }
    return truth, doc


def _pd_text(d: dict[str, Any]) -> str:
    if not d["pd"]:
        said: str = d["r"].choice(
            [
                "No prior disclosure was made.",
                "The party did not file a prior disclosure (19 CFR 162.74).",
            ]
        )
        return said
    return (
        f"The party filed a valid prior disclosure under 19 CFR 162.74 on "
        f"{c.fmt_date(d['pd_date'], d['ds'])}, before any investigation began."
    )


def _mark(liq: bool, style: int) -> str:
    return [("Y", "N"), ("Liquidated", "Unliquidated"), ("LIQ", "UNLIQ")][style][0 if liq else 1]


def blocks(d: dict[str, Any], style: str) -> tuple[list[Any], dict[str, Any]]:
    ds, ms = d["ds"], d["ms"]
    fm = c.fmt_money
    r = d["r"]
    if style == "ledger":
        f, s = "mono", 8.5
        b: list[Any] = [
            ("line", "FINES, PENALTIES & FORFEITURES - PENALTY CASE LEDGER", "mono-b", 10, "l"),
            (
                "line",
                f"PORT {d['port']} {d['port_name'].upper()}   PRINTED "
                f"{c.fmt_date(d['referred'], ds)}",
                f,
                s,
                "l",
            ),
            ("rule", 0.6),
        ]
        rows = [("Case number", d["case_number"]), ("Party", d["name"])]
        rows += [("Party address" if i == 0 else "", ln) for i, ln in enumerate(d["addr"])]
        if d["ior"]:
            rows.append(("IOR number", d["ior"]))
        rows += [
            ("Date of violation", c.fmt_date(d["violation"], ds)),
            ("Culpability", d["culp_text"]),
            (
                "Prior disclosure",
                "YES - filed " + c.fmt_date(d["pd_date"], ds) if d["pd"] else "NO",
            ),
            ("Importation", "NONCOMMERCIAL (personal use)" if d["noncommercial"] else "Commercial"),
            ("Merchandise", d["goods"]),
        ]
        b.append(("kv", rows, f, s, 130, False))
        b.append(("line", "ENTRY LEDGER", "mono-b", 9, "l"))
        mk = r.randint(0, 2)
        b.append(
            (
                "table",
                [0.05, 0.2, 0.15, 0.1, 0.17, 0.16, 0.17],
                ["#", "Entry No.", "Entry Date", "Liq?", "Entered Val.", "Duty Paid", "Duty Owed"],
                [
                    [
                        str(i),
                        e["number"],
                        c.fmt_date(e["date"], ds),
                        _mark(e["liquidated"], mk),
                        fm(e["value"], ms),
                        fm(e["paid"], ms),
                        fm(e["owed"], ms),
                    ]
                    for i, e in enumerate(d["entries"], start=1)
                ],
                f,
                8,
                False,
            )
        )
        b.append(("rule", 0.4))
        b.append(("line", f"Domestic value of the merchandise:  {fm(d['dv'], ms)}", f, s, "l"))
        if d["dutiable"] is not None:
            b.append(
                ("line", f"Dutiable value of the merchandise:  {fm(d['dutiable'], ms)}", f, s, "l")
            )
        b.append(
            (
                "para",
                "Remarks: " + _pd_text(d) + " Case referred for computation of the loss "
                "of duties and the proposed penalty.",
                f,
                s,
                0,
            )
        )
        b.append(("line", f"Entered by: {d['officer']}, Paralegal Specialist", f, s, "l"))
        return b, {
            "margin": 48,
            "header": f"CASE {d['case_number']} (continued)",
            "font": "mono",
            "footer": "LEDGER PAGE {n} OF {m}",
        }
    if style == "narrative":
        f, s = "serif", 11
        b = [
            ("line", "U.S. Customs and Border Protection", "serif-b", 12, "c"),
            ("line", f"Office of Trade - Regulatory Audit, {d['port_name']}", f, 10, "c"),
            ("gap", 8),
            (
                "line",
                "REFERRAL FOR PENALTY ACTION UNDER 19 U.S.C. 1592 - NARRATIVE",
                "serif-b",
                11,
                "c",
            ),
            ("gap", 6),
            (
                "kv",
                [
                    ("Date", c.fmt_date(d["referred"], ds)),
                    ("To", f"Fines, Penalties and Forfeitures Officer, Port of {d['port_name']}"),
                    ("Case No.", d["case_number"]),
                ],
                f,
                10.5,
                70,
                False,
            ),
        ]
        b.append(("line", "1. The party", "serif-b", s, "l"))
        b.append(
            (
                "para",
                f"The subject of this referral is {d['name']}"
                + (
                    f", importer number {d['ior']}."
                    if d["ior"]
                    else ", a private individual with no importer number on file."
                ),
                f,
                s,
                0,
            )
        )
        b.append(("para", "Address of record:", f, s, 0))
        b += [("line", ln, f, s, "l") for ln in d["addr"]]
        b.append(("gap", 6))
        b.append(("line", "2. The entries", "serif-b", s, "l"))
        kind = (
            "a noncommercial importation for personal use"
            if d["noncommercial"]
            else "commercial importations"
        )
        b.append(
            (
                "para",
                f"The {d['goods']} were imported in the following "
                f"{'entry' if len(d['entries']) == 1 else 'entries'}, {kind}:",
                f,
                s,
                0,
            )
        )
        for e in d["entries"]:
            b.append(
                (
                    "para",
                    f"Entry {e['number']}, filed on {c.fmt_date(e['date'], ds)}, "
                    + ("has been liquidated" if e["liquidated"] else "is not yet liquidated")
                    + f". Entered value {fm(e['value'], ms)}; duty deposited {fm(e['paid'], ms)};"
                    f" duty lawfully owed {fm(e['owed'], ms)}.",
                    f,
                    s,
                    16,
                )
            )
        b.append(
            (
                "para",
                f"The domestic value of the merchandise is {fm(d['dv'], ms)}"
                + (
                    f" and its dutiable value is {fm(d['dutiable'], ms)}."
                    if d["dutiable"] is not None
                    else "."
                ),
                f,
                s,
                0,
            )
        )
        b.append(("line", "3. The violation", "serif-b", s, "l"))
        b.append(
            (
                "para",
                f"The violation occurred on {c.fmt_date(d['violation'], ds)}. The audit "
                f"found the level of culpability to be {d['culp_text']}. {_pd_text(d)}",
                f,
                s,
                0,
            )
        )
        b.append(("gap", 10))
        b.append(("line", d["officer"], f, s, "l"))
        b.append(("line", "Auditor, Regulatory Audit and Agency Advisory Services", f, s, "l"))
        return b, {
            "margin": 72,
            "header": f"Case No. {d['case_number']}",
            "font": "serif",
            "footer": "Page {n} of {m}",
        }
    f, s = "sans", 9
    b = [
        ("line", "PENALTY CASE INTAKE FORM", "sans-b", 14, "l"),
        ("line", f"FP&F Office, Port of {d['port_name']} ({d['port']})", f, 9, "l"),
        ("rule", 1.5),
    ]
    rows = [
        ("1. Case number", d["case_number"]),
        ("2. Date received", c.fmt_date(d["referred"], ds)),
        ("3. Violator name", d["name"]),
        ("4. Violator address", " / ".join(d["addr"])),
        ("5. Importer no.", d["ior"] or "none (individual)"),
        ("6. Date of violation", c.fmt_date(d["violation"], ds)),
        ("7. Merchandise", d["goods"]),
    ]
    b.append(("kv", rows, f, s, 120, True))
    b.append(("line", "8. Culpability level", "sans-b", s, "l"))
    b.append(
        (
            "checks",
            [
                (d["culp"] == "negligence", "Negligence"),
                (d["culp"] == "gross_negligence", "Gross negligence"),
                (d["culp"] == "fraud", "Fraud"),
            ],
            f,
            s,
        )
    )
    b.append(("line", "9. Prior disclosure (19 CFR 162.74)", "sans-b", s, "l"))
    b.append(
        (
            "checks",
            [
                (
                    d["pd"],
                    "Yes" + (f" - received {c.fmt_date(d['pd_date'], ds)}" if d["pd"] else ""),
                ),
                (not d["pd"], "No"),
            ],
            f,
            s,
        )
    )
    b.append(("line", "10. Type of importation", "sans-b", s, "l"))
    b.append(
        (
            "checks",
            [(not d["noncommercial"], "Commercial"), (d["noncommercial"], "Noncommercial")],
            f,
            s,
        )
    )
    b.append(("line", "11. Entries", "sans-b", s, "l"))
    b.append(
        (
            "table",
            [0.21, 0.15, 0.12, 0.18, 0.17, 0.17],
            ["Entry Number", "Entry Date", "Liquidated", "Entered Value", "Duty Paid", "Duty Owed"],
            [
                [
                    e["number"],
                    c.fmt_date(e["date"], ds),
                    "Yes" if e["liquidated"] else "No",
                    fm(e["value"], ms),
                    fm(e["paid"], ms),
                    fm(e["owed"], ms),
                ]
                for e in d["entries"]
            ],
            f,
            8.5,
            True,
        )
    )
    vals = [("12. Domestic value", fm(d["dv"], ms))]
    vals.append(
        (
            "13. Dutiable value",
            fm(d["dutiable"], ms) if d["dutiable"] is not None else "not determined",
        )
    )
    b.append(("kv", vals, f, s, 120, True))
    b.append(("gap", 10))
    b.append(("line", f"Intake officer: {d['officer']}", f, s, "l"))
    return b, {
        "margin": 54,
        "header": None,
        "font": "sans",
        "footer": "Form FPF-1 (local)  {n}/{m}",
    }
