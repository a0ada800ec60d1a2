# ruff: noqa: E501  (the lines are the documents' own sentences)
"""Protest cases (19 CFR Part 174) and three protest senders."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fiftysecond import law, pools
from bench.corpus_fiftysecond.layout import Page

CASES = [
    "accept",
    "accept-pre2004",
    "accept-two-entries",
    "accept-accelerated",
    "missing-a1",
    "missing-a2",
    "missing-a3",
    "missing-a4",
    "missing-a5",
    "missing-a7",
    "untimely",
    "premature",
    "invalid-petition",
    "grace-weekend",
    "mixed-timing",
    "no-drawback-verify",
]
DAY = dt.timedelta(days=1)


def plan(rng: random.Random, case: str) -> dict[str, Any]:
    name, addr = rng.choice(pools.COMPANIES)
    port, port_name = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    goods = rng.choice(pools.GOODS)
    liq = dt.date(2025, rng.randint(1, 12), rng.randint(1, 28))
    ents: list[dict[str, Any]] = []
    n = 2 if case in ("accept-two-entries", "mixed-timing") else 1
    for i in range(n):
        l2 = liq + dt.timedelta(days=14 * i if case != "mixed-timing" else 60 * i)
        ents.append(
            {
                "num": pools.entry(rng, filer),
                "edate": l2 - dt.timedelta(days=rng.randint(200, 330)),
                "ldate": l2,
            }
        )
    if case == "accept-pre2004":
        ents[0]["edate"] = dt.date(2004, 12, rng.randint(1, 16))
        ents[0]["ldate"] = liq = dt.date(2005, rng.randint(9, 11), rng.randint(1, 28))
    if case == "grace-weekend":
        while law.business_day(law.last_day(ents[0]["edate"], liq)):
            liq += DAY
        ents[0]["ldate"] = liq
    lasts = [law.last_day(e["edate"], e["ldate"]) for e in ents]
    received = {
        "accept-pre2004": liq + dt.timedelta(days=rng.randint(10, 85)),
        "accept-two-entries": liq + dt.timedelta(days=rng.randint(20, 160)),
        "untimely": lasts[0] + dt.timedelta(days=rng.randint(6, 40)),
        "premature": liq - dt.timedelta(days=rng.randint(5, 30)),
        "grace-weekend": law.next_business_day(lasts[0]),
        "mixed-timing": lasts[0] + dt.timedelta(days=rng.randint(6, 30)),
    }.get(case, liq + dt.timedelta(days=rng.randint(10, 170)))
    p: dict[str, Any] = {
        "case": case,
        "name": name,
        "addr": list(addr),
        "port": port,
        "port_name": port_name,
        "ior": pools.ein(rng),
        "entries": ents,
        "category": rng.choice(["classification", "appraised_value"]),
        "desc": goods[0],
        "accel": case == "accept-accelerated",
        "afr": rng.random() < 0.4,
        "signer": rng.choice(pools.PEOPLE),
        "received": received,
        "today": received + dt.timedelta(days=rng.randint(3, 40)),
        "drawback": case != "no-drawback-verify",
        "earlier": f"{port}-24-{rng.randint(100000, 999999)}" if case == "missing-a7" else None,
    }
    missing: list[str] = []
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": p["ior"],
        "protestant_name": name,
        "protestant_address": ", ".join(addr),
        "entries": [
            {
                "entry_number": e["num"],
                "entry_date": e["edate"].isoformat(),
                "liquidation_date": e["ldate"].isoformat(),
            }
            for e in ents
        ],
        "category": p["category"],
        "merchandise_description": p["desc"],
        "accelerated_disposition": p["accel"],
        "further_review_requested": p["afr"],
        "signer_name": p["signer"],
    }
    not_scored: list[str] = []
    if case == "missing-a1":
        p["addr"] = []
        values["protestant_address"] = None
        missing.append("174.13(a)(1)")
    if case == "missing-a2":
        p["ior"] = None
        values["importer_number"] = None
        missing.append("174.13(a)(2)")
    if case == "missing-a3":
        ents[0]["edate"] = None
        values["entries"][0]["entry_date"] = None
        missing.append("174.13(a)(3)")
    if case == "missing-a4":
        ents[0]["ldate"] = None
        values["entries"][0]["liquidation_date"] = None
        missing.append("174.13(a)(4)")
    if case == "missing-a5":
        p["desc"] = None
        values["merchandise_description"] = None
        missing.append("174.13(a)(5)")
    if case == "missing-a7":
        missing.append("174.13(a)(7)")
    if case == "no-drawback-verify":
        missing.append("174.13(a)(9)")
    timings = [
        law.timing(received, e["ldate"], last) if e["ldate"] else "unknown"
        for e, last in zip(ents, lasts, strict=True)
    ]
    if case == "invalid-petition":
        outcome = "invalid"
        p["category"] = None
        del values["category"]
        not_scored.append(
            "category, deadline, last_days: a penalty-petition decision (19 CFR 171.22) is no "
            "protestable category, and the contract gives no clock for it"
        )
    elif case in ("missing-a3", "missing-a4"):
        outcome = "deficient"
        not_scored.append(
            "deadline, last_days: the entry's own dates are missing, so the contract's last "
            "day cannot be computed from the document"
        )
    elif "grace" in timings or len(set(timings)) > 1 or case == "no-drawback-verify":
        outcome = "needs_human"
    elif timings[0] in ("premature", "untimely"):
        outcome = timings[0]
    else:
        outcome = "deficient" if missing else "accept"
    decision: dict[str, Any] = {"outcome": outcome, "missing": missing}
    if not not_scored:
        decision["last_days"] = {
            e["num"]: last.isoformat() for e, last in zip(ents, lasts, strict=True)
        }
        decision["deadline"] = min(lasts).isoformat()
    truth = {
        "kind": "protest",
        "case": case,
        "values": values,
        "decision": decision,
        "args": ["--received", received.isoformat(), "--today", p["today"].isoformat()],
        "not_scored": not_scored,
    }
    return {"p": p, "truth": truth}


def _cat(p: dict[str, Any]) -> str:
    if p["category"] is None:
        return "the decision of the Fines, Penalties and Forfeitures Officer on our petition for relief (19 CFR 171.22)"
    return {
        "classification": "the classification of the merchandise and the rate of duty assessed",
        "appraised_value": "the appraised value of the merchandise",
    }[p["category"]]


def _argument(p: dict[str, Any]) -> str:
    if p["category"] == "classification":
        return (
            "The merchandise was liquidated under a provision that does not describe it. By GRI 1 the "
            "heading claimed at entry covers the goods by name, and the rate declared should be restored."
        )
    if p["category"] == "appraised_value":
        return (
            "The port added an assist that was never supplied by the protestant. The transaction value "
            "declared, the price actually paid, is the proper basis of appraisement under 19 U.S.C. 1401a."
        )
    return "The petition decision is objected to in full and the penalty should be cancelled."


def _d(d: dt.date | None, s: int) -> str:
    return "" if d is None else pools.date_style(d, s)


def render(pl: dict[str, Any], style: int, rng: random.Random) -> list[Page]:
    p = pl["p"]
    ds = rng.randrange(7)
    pages: list[Page] = []
    drawback = rng.choice(
        [
            "The entries covered are not subject to drawback.",
            "Drawback: none of these entries is subject to a drawback claim.",
            "We declare that the merchandise is not the subject of drawback.",
        ]
    )
    if style == 0:  # logistics desk memo, bulleted entries, reasons in a closing paragraph
        pg = Page("sans")
        pg.line("MEMORANDUM", size=16, bold=True, gap=2)
        pg.line(f"TO:        U.S. Customs and Border Protection, Port of {p['port_name']}")
        pg.line(f"FROM:      Logistics Desk, {p['name']}")
        pg.line(f"DATE:      {_d(p['received'] - dt.timedelta(days=2), ds)}")
        pg.line("SUBJECT:   Protest under 19 U.S.C. 1514", gap=1.8)
        pg.rule()
        pg.y += 14
        pg.line(f"Port code: {p['port']}")
        if p["ior"]:
            pg.line(f"Our importer of record no.: {p['ior']}")
        if p["addr"]:
            pg.line(f"Protesting party: {p['name']}, " + ", ".join(p["addr"]))
        else:
            pg.line(f"Protesting party: {p['name']}")
        pg.y += 6
        pg.line("Entries covered by this protest:", bold=True)
        for e in p["entries"]:
            bits = [f"Entry {e['num']}"]
            if e["edate"]:
                bits.append(f"entered {_d(e['edate'], ds)}")
            if e["ldate"]:
                bits.append(f"liquidated {_d(e['ldate'], ds)}")
            pg.line("*  " + ", ".join(bits), x=72)
        pg.y += 6
        if p["desc"]:
            pg.line(f"Merchandise: {p['desc']}")
        pg.line(f"Decision protested: {_cat(p)}.")
        if p["earlier"]:
            pg.line(
                f"We ask for the same disposition as protest {p['earlier']}, which is under further review."
            )
        pg.line(
            "Further review: "
            + ("requested under 19 CFR 174.24(b)." if p["afr"] else "not requested.")
        )
        if p["accel"]:
            pg.line(
                "Accelerated disposition is requested (19 CFR 174.22); this memo goes by certified mail."
            )
        if p["drawback"]:
            pg.line(drawback)
        pg.y += 8
        pg.para(
            "Reasons. "
            + _argument(p)
            + " For these reasons the desk asks that the protest be allowed "
            "and the entries reliquidated with a refund of the excess duties and interest."
        )
        pg.line(f"/s/ {p['signer']}", gap=1.3)
        pg.line("Logistics Manager")
        pages.append(pg)
    elif style == 1:  # broker's ruled form with an entry grid and a rider page
        pg = Page("serif")
        pg.line(
            "PROTEST  (19 CFR Part 174)  -  BROKER CONTINUATION FORM", size=13, bold=True, gap=2
        )
        top = pg.y - 12
        pg.line(f"Port: {p['port']}    ({p['port_name']})", x=66)
        pg.line(f"Importer No.: {p['ior'] or ''}", x=66)
        pg.line(f"Protestant: {p['name']}", x=66)
        if p["addr"]:
            for i, a in enumerate(p["addr"]):
                pg.line(("Address: " if i == 0 else "                 ") + a, x=66)
        pg.box(60, top, 552, pg.y - 4)
        pg.y += 14
        rows = [["Entry Number", "Date of Entry", "Date of Liquidation"]]
        for e in p["entries"]:
            rows.append([e["num"], _d(e["edate"], ds), _d(e["ldate"], ds)])
        pg.table([60, 220, 380], rows, ruled=True)
        if p["desc"]:
            pg.line(f"Description of merchandise: {p['desc']}")
        pg.line(
            "Category protested:  [X] "
            + (
                "Classification / rate"
                if p["category"] == "classification"
                else "Appraised value"
                if p["category"]
                else "Other: see rider"
            )
        )
        pg.line(
            "Accelerated disposition requested:  "
            + ("[X] Yes  [ ] No" if p["accel"] else "[ ] Yes  [X] No")
        )
        pg.line(
            "Application for further review:  "
            + ("[X] Yes  [ ] No" if p["afr"] else "[ ] Yes  [X] No")
        )
        if p["earlier"]:
            pg.line(f"Earlier protest (same disposition): {p['earlier']}   Receipt date: ________")
        if p["drawback"]:
            pg.line(drawback)
        pg.line("Grounds: see Rider A.")
        pages.append(pg)
        pg = Page("serif")
        pg.line("RIDER A  -  STATEMENT OF OBJECTION", size=12, bold=True, gap=2)
        pg.para(f"The protestant objects to {_cat(p)}. " + _argument(p))
        pg.y += 20
        pg.line("________________________________")
        pg.line(p["signer"])
        pg.line(f"Licensed Customs Broker, for {p['name']}")
        pages.append(pg)
    else:  # importer's business letter with a reference block at the top right
        pg = Page("serif")
        pg.line(p["name"], size=15, bold=True)
        if p["addr"]:
            pg.line("  |  ".join(p["addr"]), size=8, gap=2.5)
        ref_y = pg.y
        pg.text(360, f"Port code: {p['port']}", 9, y=ref_y)
        if p["ior"]:
            pg.text(360, f"IOR No. {p['ior']}", 9, y=ref_y + 12)
        pg.text(360, "Re: protest, 19 U.S.C. 1514", 9, y=ref_y + 24)
        pg.line(_d(p["received"] - dt.timedelta(days=4), ds))
        pg.y += 30
        pg.line("U.S. Customs and Border Protection")
        pg.line(f"Port Director, {p['port_name']}", gap=2)
        pg.line("Dear Port Director:", gap=1.8)
        sents = []
        for e in p["entries"]:
            s = f"entry no. {e['num']}"
            if e["edate"]:
                s += f" of {_d(e['edate'], ds)}"
            if e["ldate"]:
                s += f", liquidated on {_d(e['ldate'], ds)}"
            sents.append(s)
        pg.para(f"{p['name']} protests {_cat(p)} on " + " and ".join(sents) + ".")
        if p["desc"]:
            pg.line(f"Merchandise: {p['desc']}", gap=1.8)
        pg.para(_argument(p))
        if p["earlier"]:
            pg.para(
                f"We ask for the same treatment as our protest {p['earlier']}, now under further review."
            )
        pg.para(
            "We "
            + ("request" if p["afr"] else "do not request")
            + " further review of this protest. "
            + (
                "Accelerated disposition is requested; this letter is sent by registered mail."
                if p["accel"]
                else "We do not ask for accelerated disposition."
            )
        )
        if p["drawback"]:
            pg.para(drawback)
        pg.line("Sincerely,", gap=3)
        pg.line(p["signer"])
        pg.line("Director of Import Operations")
        pages.append(pg)
    return pages
