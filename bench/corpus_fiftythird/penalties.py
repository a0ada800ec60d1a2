"""1592 penalty referrals in three styles: a case-management system printout, a spreadsheet
export, and a referral memo under a routing block."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import (
    COMPANIES,
    GOODS,
    PEOPLE,
    ein,
    filer_code,
    fmt_date,
    fmt_money,
    new_entry,
    one_line,
)
from .render import Block

CASES = [
    "neg",
    "gross-mixed",
    "fraud",
    "fraud-pd",
    "neg-dvcap",
    "gross-noloss",
    "fraud-pd-noloss",
    "neg-pd",
    "barred",
    "lim-passed",
    "small-claim",
    "noncommercial",
]
STYLES = ["casesys", "spreadsheet", "memo"]
CULP = {
    "neg": "negligence",
    "neg-dvcap": "negligence",
    "neg-pd": "negligence",
    "small-claim": "negligence",
    "noncommercial": "negligence",
    "barred": "negligence",
    "lim-passed": "gross_negligence",
    "gross-mixed": "gross_negligence",
    "gross-noloss": "gross_negligence",
    "fraud": "fraud",
    "fraud-pd": "fraud",
    "fraud-pd-noloss": "fraud",
}
CULP_WORDS = {
    "negligence": ["Negligence", "negligent", "NEG - negligence"],
    "gross_negligence": ["Gross negligence", "grossly negligent", "GN - gross negligence"],
    "fraud": ["Fraud", "fraudulent", "FR - fraud"],
}


def make(index: int, seed: int, style: str) -> tuple[dict[str, Any], list[Block], str, str | None]:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"penalty-{index}-{seed}")
    name, addr = rng.choice(COMPANIES)
    ior = ein(rng)
    goods, _ = rng.choice(GOODS)
    culp = CULP[case]
    filer = filer_code(rng)
    today = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 200))
    n = rng.randint(2, 4)
    first = today - dt.timedelta(days=rng.randint(400, 900))
    if case == "barred":
        first = law.add_years(today, -5) - dt.timedelta(days=rng.randint(20, 60))
    if case == "lim-passed":
        first = law.add_years(today, -5) - dt.timedelta(days=rng.randint(120, 200))
    entries: list[dict[str, Any]] = []
    for k in range(n):
        day = first + dt.timedelta(days=k * rng.randint(25, 60))
        if case == "barred" and k == n - 1:
            day = first + dt.timedelta(days=rng.randint(200, 400))
        if day.month == 2 and day.day == 29:
            day += dt.timedelta(days=1)
        value = rng.randint(8000, 90000) * 100
        paid = value * rng.choice([2, 3, 4]) // 100 + rng.randint(0, 99)
        owed = paid + rng.randint(300, 4000) * 100 + rng.randint(0, 49) * 2
        if case in ("gross-noloss", "fraud-pd-noloss"):
            owed = paid
        if case == "small-claim":
            owed = paid + rng.randint(40, 110) * 100 + rng.randint(0, 49) * 2  # 2 x LOD < $1,000
        if case == "gross-mixed" and k == 0:
            owed = paid - rng.randint(100, 900)  # overpaid: no offset against the other entries
        liquidated = True
        if case == "gross-mixed" and k == n - 1:
            liquidated = False
        if case == "neg-pd":
            liquidated = k == 0 or rng.random() < 0.5
        entries.append(
            {
                "number": new_entry(rng, filer),
                "date": day,
                "liquidated": liquidated,
                "value": value,
                "paid": paid,
                "owed": owed,
            }
        )
    # every loss even in cents, so that 0.5 x and 2.5 x LOD are exact
    total_loss = sum(max(0, e["owed"] - e["paid"]) for e in entries)
    if total_loss % 2:
        e = next(e for e in entries if e["owed"] > e["paid"])
        e["owed"] += 1
    dutiable = sum(e["value"] for e in entries)
    lod = sum(max(0, e["owed"] - e["paid"]) for e in entries)
    domestic = dutiable * 3 // 2 // 100 * 100
    if case == "neg-dvcap":
        domestic = (2 * lod - rng.randint(50, 400) * 100) // 100 * 100
    violation = entries[-1]["date"] if case == "barred" else entries[0]["date"]
    noncommercial = case == "noncommercial"
    pd = case in ("fraud-pd", "fraud-pd-noloss", "neg-pd")
    res = law.penalty(
        culp,
        pd,
        noncommercial,
        [
            {
                "number": e["number"],
                "date": e["date"],
                "liquidated": e["liquidated"],
                "owed": e["owed"],
                "paid": e["paid"],
            }
            for e in entries
        ],
        domestic,
        dutiable,
        violation,
        today,
    )
    D = law.dollars
    values: dict[str, Any] = {
        "case_number": f"{today.year}-{rng.choice(['1703', '2704', '5301'])}-"
        f"{rng.randint(100000, 999999)}-01",
        "party_name": name,
        "party_address": one_line(addr),
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
                "entered_value": D(e["value"]),
                "duty_paid": D(e["paid"]),
                "duty_owed": D(e["owed"]),
            }
            for e in entries
        ],
        "domestic_value": D(domestic),
        "dutiable_value": D(dutiable),
    }
    proposed = res["proposed"]
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": D(res["actual"]),
            "potential": D(res["potential"]),
            "total": D(res["lod"]),
        },
        "statutory_max": D(res["statutory_max"]),
        "guideline_range": [D(x) for x in res["range"]],
        "proposed_penalty": None if proposed is None else D(proposed),
        "limitations_date": res["limitations"].isoformat(),
        "notice": res["notice"],
        "outcome": res["outcome"],
        "barred_entries": res["barred"],
    }
    not_scored: list[str] = []
    if proposed is None:
        decision.pop("proposed_penalty")
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss needs interest "
            "that a person computes"
        )
    expect = {"barred": "needs_human", "lim-passed": "needs_human", "neg-pd": "needs_human"}
    assert res["outcome"] == expect.get(case, "draft"), (case, res)
    if case == "small-claim":
        assert res["notice"] == "penalty" and proposed is not None and proposed <= 100000
    if case == "neg-dvcap":
        assert res["statutory_max"] == domestic
    truth = {
        "kind": "penalty-case",
        "case": case,
        "style": style,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    ctx = dict(
        case=case,
        rng=rng,
        v=values,
        entries=entries,
        culp=culp,
        pd=pd,
        goods=goods,
        addr=addr,
        dstyle=rng.choice(["long", "us", "dmy", "abbr", "iso", "mil"]),
        mstyle=rng.choice(["dollar", "plain", "usd", "bare"]),
        domestic=domestic,
        dutiable=dutiable,
        violation=violation,
        today=today,
        officer=rng.choice(PEOPLE),
        opened=today - dt.timedelta(days=rng.randint(10, 60)),
    )
    blocks, family, footer = {"casesys": _casesys, "spreadsheet": _sheet, "memo": _memo}[style](ctx)
    return truth, blocks, family, footer


def _d(c: dict[str, Any], day: dt.date) -> str:
    return fmt_date(day, c["dstyle"])


def _m(c: dict[str, Any], cents: int) -> str:
    return fmt_money(cents, c["mstyle"])


def _pd_text(c: dict[str, Any]) -> str:
    if c["pd"]:
        return str(
            c["rng"].choice(
                [
                    "Yes - prior disclosure under 19 CFR 162.74 perfected before any investigation",
                    "Yes (valid prior disclosure, duties tendered)",
                ]
            )
        )
    return str(c["rng"].choice(["No", "None filed"]))


def _commercial(c: dict[str, Any]) -> str:
    return "Noncommercial (personal use)" if c["case"] == "noncommercial" else "Commercial"


def _liq(c: dict[str, Any], on: bool) -> str:
    return {
        "casesys": "LIQ" if on else "UNLIQ",
        "spreadsheet": "Y" if on else "N",
        "memo": "Liquidated" if on else "Unliquidated",
    }[c["style"]]


def _entry_rows(c: dict[str, Any], head: list[str]) -> list[list[str]]:
    rows = [head]
    for e in c["entries"]:
        rows.append(
            [
                e["number"],
                _d(c, e["date"]),
                _liq(c, e["liquidated"]),
                _m(c, e["value"]),
                _m(c, e["paid"]),
                _m(c, e["owed"]),
            ]
        )
    return rows


def _casesys(c: dict[str, Any]) -> tuple[list[Block], str, str | None]:
    c["style"] = "casesys"
    v = c["v"]
    top = [
        ["Case No.", v["case_number"], "Case type", "19 USC 1592 - penalty"],
        ["Opened", _d(c, c["opened"]), "Status", "Referred to FP&F for review"],
        ["Violator", v["party_name"], "IOR No.", v["importer_number"]],
        ["Importation", _commercial(c), "Culpability", CULP_WORDS[c["culp"]][2]],
        ["Date of violation", _d(c, c["violation"]), "Violator type", "Importer of record"],
        ["Prior disclosure", _pd_text(c), "Assigned", c["officer"]],
    ]
    blocks: list[Block] = [
        ("p", "SEIZED ASSETS AND CASE TRACKING - CASE DETAIL REPORT", {"font": "bold", "size": 11}),
        (
            "p",
            f"Run {fmt_date(c['today'], 'iso')} 07:15 by FPF-USER    Report CD-0592",
            {"size": 8},
        ),
        ("rule",),
        ("table", top, {"widths": [0.18, 0.34, 0.16, 0.32], "header": False, "size": 8.5}),
        (
            "table",
            [["Violator address", v["party_address"]]],
            {"widths": [0.18, 0.82], "header": False, "size": 8.5},
        ),
        ("p", f"Merchandise: {c['goods']}", {"size": 9.5}),
        ("p", "ENTRY LINES", {"font": "bold", "size": 9.5, "after": 1}),
        (
            "table",
            _entry_rows(
                c,
                [
                    "Entry #",
                    "Entry Dt.",
                    "Liq. Status",
                    "Entered Value",
                    "Duty Deposited",
                    "Correct Duty",
                ],
            ),
            {"widths": [0.19, 0.21, 0.09, 0.17, 0.17, 0.17], "size": 8.5},
        ),
        (
            "table",
            [["Domestic value", _m(c, c["domestic"])], ["Dutiable value", _m(c, c["dutiable"])]],
            {"widths": [0.3, 0.3], "header": False, "size": 9},
        ),
        ("p", "NARRATIVE", {"font": "bold", "size": 9.5, "after": 1}),
        (
            "p",
            f"Post-entry audit found the goods declared under a lower-duty provision. The conduct "
            f"is assessed as {CULP_WORDS[c['culp']][1]}. Laws violated: 19 U.S.C. 1592(a)(1)(A); "
            "19 CFR 141.61 and 141.90.",
            {"size": 9.5},
        ),
    ]
    return blocks, "helv", "CD-0592  page {page} of {pages}"


def _sheet(c: dict[str, Any]) -> tuple[list[Block], str, str | None]:
    c["style"] = "spreadsheet"
    v = c["v"]
    rows = [
        ["", "A", "B"],
        ["1", "Case number", v["case_number"]],
        ["2", "Party", v["party_name"]],
        ["3", "Party address", v["party_address"]],
        ["4", "Importer no.", v["importer_number"]],
        ["5", "Violation date", _d(c, c["violation"])],
        ["6", "Culpability", CULP_WORDS[c["culp"]][0]],
        ["7", "Prior disclosure", _pd_text(c)],
        ["8", "Importation", _commercial(c)],
        ["9", "Goods", c["goods"]],
    ]
    grid = [
        ["", "A", "B", "C", "D", "E", "F"],
        [
            "11",
            "Entry Number",
            "Entry Date",
            "Liq. Y/N",
            "Entered Value",
            "Duty Paid",
            "Duty Owed",
        ],
    ]
    for k, r in enumerate(_entry_rows(c, [])[1:], start=12):
        grid.append([str(k), *r])
    k = 12 + len(c["entries"])
    grid.append([str(k), "", "", "", "", "", ""])
    grid.append(
        [
            str(k + 1),
            "Domestic value",
            _m(c, c["domestic"]),
            "",
            "Dutiable value",
            _m(c, c["dutiable"]),
            "",
        ]
    )
    blocks: list[Block] = [
        ("p", "penalty_referral_export.xlsx - Sheet1", {"font": "bold", "size": 9}),
        ("table", rows, {"widths": [0.05, 0.25, 0.7], "size": 9}),
        (
            "table",
            grid,
            {"widths": [0.05, 0.19, 0.2, 0.1, 0.15, 0.15, 0.16], "size": 8, "header": False},
        ),
        ("p", f"Exported {fmt_date(c['opened'], 'us')} by {c['officer']}", {"size": 7.5}),
    ]
    return blocks, "helv", "Sheet1  {page}/{pages}"


def _memo(c: dict[str, Any]) -> tuple[list[Block], str, str | None]:
    c["style"] = "memo"
    v = c["v"]
    route = [
        ["Route", "Office", "Initials / date"],
        ["1", "Supervisory Import Specialist", ""],
        ["2", "Fines, Penalties & Forfeitures Officer", ""],
        ["3", "Associate Chief Counsel", ""],
    ]
    blocks: list[Block] = [
        ("table", route, {"widths": [0.1, 0.55, 0.35], "size": 8.5}),
        ("p", "MEMORANDUM", {"font": "bold", "size": 14}),
        (
            "p",
            f"TO: Fines, Penalties and Forfeitures Officer\nFROM: {c['officer']}, Regulatory "
            "Audit\n"
            f"DATE: {_d(c, c['opened'])}\nSUBJECT: Penalty referral, case {v['case_number']}",
            {},
        ),
        ("rule",),
        (
            "p",
            f"1. Party. {v['party_name']}, {v['party_address']}, importer number "
            f"{v['importer_number']}.",
            {},
        ),
        ("p", f"2. Goods. {c['goods']}. {_commercial(c)} importation.", {}),
        (
            "p",
            f"3. Violation. The importer made material false statements of classification on the "
            f"entries below; the date of the violation is {_d(c, c['violation'])}. We find the "
            f"conduct {CULP_WORDS[c['culp']][1]} (culpability: "
            f"{CULP_WORDS[c['culp']][0].lower()}).",
            {},
        ),
        ("p", f"4. Prior disclosure. {_pd_text(c)}.", {}),
        ("p", "5. Entries.", {"after": 1}),
        (
            "table",
            _entry_rows(
                c,
                [
                    "Entry No.",
                    "Date of Entry",
                    "Status",
                    "Entered Value",
                    "Duties Deposited",
                    "Duties Lawfully Owed",
                ],
            ),
            {"widths": [0.19, 0.21, 0.14, 0.15, 0.15, 0.16], "size": 8.5, "ruled": False},
        ),
        (
            "p",
            f"6. Values. Domestic value {_m(c, c['domestic'])}; dutiable value "
            f"{_m(c, c['dutiable'])}.",
            {},
        ),
        ("p", "Attachments: audit workpapers, entry summaries.", {"size": 8.5}),
    ]
    return blocks, "times", None
