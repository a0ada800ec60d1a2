# ruff: noqa: E501  (the lines are the documents' own sentences)
"""Penalty referrals (19 U.S.C. 1592; 19 CFR 162, 171 App. B) and three referring offices."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from bench.corpus_fiftysecond import law, pools
from bench.corpus_fiftysecond.layout import Page

CASES = [
    "negligence",
    "gross-negligence-overpaid",
    "fraud",
    "fraud-prior-disclosure",
    "fraud-pd-no-loss",
    "negligence-no-loss",
    "negligence-dv-cap",
    "small-claim",
    "noncommercial",
    "limitations-passed",
    "negligence-pd-actual",
    "gross-near-limit",
]
CULP = {
    "negligence-dv-cap": "negligence",
    "fraud": "fraud",
    "fraud-prior-disclosure": "fraud",
    "fraud-pd-no-loss": "fraud",
    "gross-negligence-overpaid": "gross_negligence",
    "gross-near-limit": "gross_negligence",
}


def _cents(rng: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rng.randint(lo // 2, hi // 2) * 2) / 100


def plan(rng: random.Random, case: str) -> dict[str, Any]:
    name, addr = rng.choice(pools.COMPANIES)
    culp = CULP.get(case, "negligence")
    today = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    if case == "limitations-passed":
        viol = law.plus_years(today, -5) - dt.timedelta(days=rng.randint(20, 200))
    elif case == "gross-near-limit":
        viol = law.plus_years(today, -5) + dt.timedelta(days=rng.randint(40, 300))
    else:
        viol = today - dt.timedelta(days=rng.randint(300, 700))
    filer = rng.choice(pools.FILERS)
    n = rng.randint(2, 3)
    scale = {"small-claim": (2000, 20000), "negligence-dv-cap": (600000, 900000)}.get(
        case, (80000, 400000)
    )
    ents: list[dict[str, Any]] = []
    for i in range(n):
        ed = viol + dt.timedelta(days=40 * i)
        paid = _cents(rng, *scale)
        owed = paid + (
            _cents(rng, 2000, 15000)
            if case == "small-claim"
            else _cents(rng, scale[0], scale[1] * 2)
        )
        if case in ("fraud-pd-no-loss", "negligence-no-loss"):
            owed = paid
        if case == "gross-negligence-overpaid" and i == 1:
            owed = paid - _cents(rng, 100, 1000)
        ents.append(
            {
                "num": pools.entry(rng, filer),
                "edate": ed,
                "liq": rng.random() < 0.5 or (case == "negligence-pd-actual" and i == 0),
                "ev": Decimal(rng.randint(2000000, 9000000)) / 100,
                "paid": paid,
                "owed": owed,
            }
        )
    actual = sum((max(Decimal(0), e["owed"] - e["paid"]) for e in ents if e["liq"]), Decimal(0))
    potential = sum(
        (max(Decimal(0), e["owed"] - e["paid"]) for e in ents if not e["liq"]), Decimal(0)
    )
    lod = actual + potential
    dutiable = Decimal(rng.randint(1500, 4000) * 100)
    dv = dutiable + Decimal(rng.randint(100, 900) * 100)
    if case == "negligence-dv-cap":
        dv = (lod * Decimal("1.5")).quantize(Decimal(1))
        dutiable = (dv * Decimal("0.8") / 100).quantize(Decimal(1)) * 100
    pd = case in ("fraud-prior-disclosure", "fraud-pd-no-loss", "negligence-pd-actual")
    nc = case == "noncommercial"
    fig = law.penalty(culp, pd, lod, dv, dutiable)
    limit = law.plus_years(viol, 5)
    barred = [e["num"] for e in ents if law.plus_years(e["edate"], 5) < today]
    needs = limit < today or bool(barred) or fig["proposed"] is None
    proposed = fig["proposed"]
    if needs or proposed == 0:
        notice = "none"
    else:
        assert isinstance(proposed, Decimal)
        notice = "pre_penalty" if proposed > 1000 and not nc else "penalty"
    p = {
        "case": case,
        "name": name,
        "addr": list(addr),
        "ior": pools.ein(rng),
        "viol": viol,
        "culp": culp,
        "pd": pd,
        "nc": nc,
        "entries": ents,
        "dv": dv,
        "dutiable": dutiable,
        "number": f"{today.year}-{rng.choice(pools.PORTS)[0]}-{rng.randint(100000, 999999)}-01",
    }

    def f(v: Decimal) -> float:
        return float(v.quantize(law.C))

    values = {
        "case_number": p["number"],
        "party_name": name,
        "party_address": ", ".join(addr),
        "importer_number": p["ior"],
        "violation_date": viol.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": nc,
        "entries": [
            {
                "entry_number": e["num"],
                "entry_date": e["edate"].isoformat(),
                "liquidated": e["liq"],
                "entered_value": f(e["ev"]),
                "duty_paid": f(e["paid"]),
                "duty_owed": f(e["owed"]),
            }
            for e in ents
        ],
        "domestic_value": f(dv),
        "dutiable_value": f(dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {"actual": f(actual), "potential": f(potential), "total": f(lod)},
        "statutory_max": f(fig["max"]),
        "guideline_range": [f(v) for v in fig["range"]],
        "limitations_date": limit.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs else "draft",
        "barred_entries": barred,
    }
    not_scored = []
    if proposed is None:
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure with an actual loss needs "
            "interest a person computes"
        )
    else:
        decision["proposed_penalty"] = f(proposed)
    truth = {
        "kind": "penalty-case",
        "case": case,
        "values": values,
        "decision": decision,
        "args": ["--today", today.isoformat()],
        "not_scored": not_scored,
    }
    return {"p": p, "truth": truth}


CULP_WORDS = {
    "negligence": ["Negligence", "negligent conduct"],
    "gross_negligence": ["Gross negligence", "grossly negligent conduct"],
    "fraud": ["Fraud", "fraudulent conduct (knowing and intentional)"],
}


def render(pl: dict[str, Any], style: int, rng: random.Random) -> list[Page]:
    p = pl["p"]
    ds = rng.randrange(7)
    ms = rng.randrange(4)
    liqw = rng.choice([("Y", "N"), ("LIQ", "UNLIQ"), ("Final", "Open"), ("Yes", "No")])

    def m(v: Decimal) -> str:
        return pools.money_style(v, ms)

    def d(x: dt.date) -> str:
        return pools.date_style(x, ds)

    culp = CULP_WORDS[p["culp"]][style % 2]
    pdw = (
        rng.choice(
            [
                "A valid prior disclosure was filed before the investigation began.",
                "Prior disclosure: YES (19 CFR 162.74).",
            ]
        )
        if p["pd"]
        else rng.choice(["No prior disclosure was made.", "Prior disclosure: none."])
    )
    ncw = (
        "The importation was noncommercial (personal effects of the party)."
        if p["nc"]
        else "The importation was commercial."
    )
    head = ["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"]
    rows = [head] + [
        [
            e["num"],
            d(e["edate"]),
            liqw[0] if e["liq"] else liqw[1],
            m(e["ev"]),
            m(e["paid"]),
            m(e["owed"]),
        ]
        for e in p["entries"]
    ]
    xs = [60.0, 150.0, 240.0, 290.0, 380.0, 466.0]
    pages = []
    if style == 0:  # internal audit finding: Finding | Detail table, money in a separate schedule
        pg = Page("sans")
        pg.line(
            "INTERNAL AUDIT FINDING - REFERRAL FOR 19 U.S.C. 1592 ACTION", size=12, bold=True, gap=2
        )
        pg.line(f"Penalty case number: {p['number']}", gap=2)
        rows2 = [["Finding", "Detail"], ["Audited party", p["name"]]]
        rows2 += [["Address" if i == 0 else "", a] for i, a in enumerate(p["addr"])]
        rows2 += [
            ["Importer number", p["ior"]],
            ["Date of violation", d(p["viol"])],
            ["Culpability", culp],
            ["Prior disclosure", "Yes" if p["pd"] else "No"],
            ["Importation", "noncommercial" if p["nc"] else "commercial"],
        ]
        pg.table([60, 200], rows2, ruled=True)
        pg.para(
            "The auditors found that the party declared values and classifications that understated "
            "the duties owed on the entries listed in Schedule A."
        )
        pg.y += 10
        pg.line("SCHEDULE A - ENTRIES AND DUTIES", bold=True, gap=1.8)
        pg.table(xs, rows, ruled=True, size=8)
        pg.line(f"Domestic value of the merchandise: {m(p['dv'])}")
        pg.line(f"Dutiable value: {m(p['dutiable'])}")
        pg.line("Prepared by: Regulatory Audit, Field Office", size=8)
        pages.append(pg)
    elif style == 1:  # memo with the party in a boxed header and a ruled entries table
        pg = Page("serif")
        pg.line(
            "MEMORANDUM FOR THE FINES, PENALTIES AND FORFEITURES OFFICER",
            size=12,
            bold=True,
            gap=1.6,
        )
        pg.line(f"Date: {d(p['viol'] + dt.timedelta(days=200))}        Case: {p['number']}", gap=2)
        top = pg.y - 12
        pg.line(f"Party: {p['name']}", x=68)
        pg.line("Address: " + ", ".join(p["addr"]), x=68)
        pg.line(f"IOR: {p['ior']}", x=68)
        pg.box(60, top, 552, pg.y - 4)
        pg.y += 12
        pg.para(
            f"Subject: referral of a violation of 19 U.S.C. 1592 first committed on {d(p['viol'])}. "
            f"The level of culpability found is {culp}. {pdw} {ncw}"
        )
        pg.table(xs, rows, ruled=True, size=8)
        pg.para(
            f"The domestic value of the merchandise is {m(p['dv'])} and its dutiable value {m(p['dutiable'])}."
        )
        pg.line("/s/ " + rng.choice(pools.PEOPLE))
        pg.line("Import Specialist, Trade Enforcement Team")
        pages.append(pg)
    else:  # plain-text case report with fixed-width columns
        pg = Page("mono")
        pg.line("CASE REPORT  1592 REFERRAL", size=11, bold=True, gap=2)
        for k, v in (
            [("CASE NO", p["number"]), ("PARTY", p["name"])]
            + [("ADDRESS" if i == 0 else "", a) for i, a in enumerate(p["addr"])]
            + [("IMPORTER NO", p["ior"]), ("VIOLATION DT", d(p["viol"])), ("CULPABILITY", culp)]
        ):
            pg.line(f"{k:<14}{v}", size=9, gap=1.3)
        pg.line(pdw, size=9)
        pg.line(ncw, size=9, gap=2)
        pg.table(xs, rows, ruled=False, size=8, head_bold=False)
        pg.line(f"DOMESTIC VALUE   {m(p['dv'])}", size=9)
        pg.line(f"DUTIABLE VALUE   {m(p['dutiable'])}", size=9)
        pg.line("END OF REPORT", size=9)
        pages.append(pg)
    return pages
