# ruff: noqa: E501
"""Parties, goods and the cases of each kind, with their truths computed by law.py."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law

D = dt.date
DAY = dt.timedelta(days=1)

PARTIES = [
    ("Kettering Valve & Fitting Inc.", ["2210 Commerce Parkway", "Dayton, OH 45414"]),
    ("Solano Orchard Implements LLC", ["48 Levee Road, Suite 3", "Rio Vista, CA 94571"]),
    ("Bluewater Galley Outfitters Corp.", ["1190 Harbor View Avenue", "Tacoma, WA 98402"]),
    ("Prairie Loom Textiles, Inc.", ["77 West Sixth Street", "Wichita, KS 67202"]),
    ("Hollis-Baird Lighting Company", ["505 Foundry Lane", "Pawtucket, RI 02860"]),
    ("Copperline Audio Systems Ltd.", ["3300 Gateway Boulevard", "El Paso, TX 79905"]),
    ("Meridian Cold Chain Supply Co.", ["9 Terminal Way, Building C", "Elizabeth, NJ 07201"]),
    ("Tamsin's Pantry Imports LLC", ["162 Orchard Street", "Burlington, VT 05401"]),
    ("Granite Ridge Cycle Works", ["4100 Quarry Road", "Barre, VT 05641"]),
    ("Ostrander Medical Disposables Inc.", ["860 Research Drive", "Durham, NC 27703"]),
    ("Lakeshore Ceramic Tile Corp.", ["2715 North Ashland Avenue", "Chicago, IL 60614"]),
    ("Pinecrest Toy Emporium, Inc.", ["31 Depot Square", "Concord, NH 03301"]),
]
PEOPLE = [
    ("Rosalind T. Vance", "Director of Trade Compliance"),
    ("Emeka O. Adeyemi", "Vice President, Logistics"),
    ("Harriet L. Comstock", "General Counsel"),
    ("Dmitri K. Solovyov", "Import Manager"),
    ("Priya N. Raghunathan", "Customs Compliance Officer"),
    ("Walter J. Pruitt", "Treasurer"),
    ("Consuelo M. Ibarra", "President"),
    ("Gideon R. Marsh", "Supply Chain Manager"),
]
PORTS = [
    ("1703", "Savannah"),
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3002", "Tacoma"),
    ("0901", "Buffalo"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1401", "Norfolk"),
    ("4601", "Newark"),
    ("2809", "San Francisco"),
    ("0417", "Highgate Springs"),
    ("2304", "Laredo"),
]
GOODS = [
    (
        "Brass ball valves, 1/2 inch to 2 inch, threaded ends",
        "8481.80.1090",
        "water supply lines",
        "brass 92% by weight, PTFE seats 5%, steel stems 3%",
    ),
    (
        "Cast iron enamelled dutch ovens, 5.5 quart",
        "7323.94.0010",
        "household cooking",
        "cast iron 88% by weight, vitreous enamel 12%",
    ),
    (
        "Woven cotton bath towels, terry loop, 600 g/m2",
        "6302.60.0020",
        "household bath linen",
        "cotton 100% by weight",
    ),
    (
        "LED troffer luminaires, 2 x 4 foot, 40 watt",
        "9405.11.4010",
        "ceiling lighting in offices",
        "aluminium housing 70% by value, LED modules and driver 30%",
    ),
    (
        "Insulated stainless steel food jars, 16 ounce",
        "9617.00.1000",
        "keeping food hot or cold",
        "stainless steel 85% by weight, polypropylene lid 15%",
    ),
    (
        "Nitrile examination gloves, powder free, boxes of 100",
        "4015.19.0510",
        "medical examinations",
        "nitrile rubber 100% by weight",
    ),
    (
        "Glazed porcelain floor tiles, 600 x 600 mm",
        "6907.22.1000",
        "floor covering",
        "porcelain body 96% by weight, glaze 4%",
    ),
    (
        "Wooden stacking block sets for children, 40 pieces",
        "9503.00.0073",
        "toys for children aged 2 and up",
        "beech wood 95% by weight, water based paint 5%",
    ),
    (
        "Aluminium bicycle frames, 700c road geometry",
        "8714.91.3000",
        "assembly of bicycles",
        "aluminium alloy 6061 100% by weight",
    ),
    (
        "Bluetooth portable speakers, 10 watt",
        "8518.22.0000",
        "playing music from phones",
        "ABS plastic 45%, speaker drivers 30%, battery and circuit board 25% by value",
    ),
]
FILERS = ["B7C", "E2A", "H41", "C9D", "A3F", "G6B", "D5E", "F8H", "1AB", "4CI"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fmt_date(d: D, style: str) -> str:
    mon = MONTHS[d.month - 1]
    return {
        "long": f"{mon} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "dmy": f"{d.day} {mon} {d.year}",
        "cable": f"{d.day:02d} {mon[:3].upper()} {d.year}",
        "mf": f"{d.year}{d.month:02d}{d.day:02d}",
        "dotted": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[style]


def fmt_money(cents: int, style: str) -> str:
    dollars = f"{cents // 100:,}.{cents % 100:02d}"
    return {
        "dollar": f"${dollars}",
        "usd": f"USD {dollars}",
        "plain": dollars,
        "bare": f"{cents // 100}.{cents % 100:02d}",
    }[style]


def ior(rng: random.Random) -> str:
    return f"{rng.randint(11, 98)}-{rng.randint(1000000, 9999999)}"


def entry(rng: random.Random, filer: str) -> str:
    return law.entry_number(filer, rng.randint(1000000, 9999999))


def business(d: D) -> D:
    while not law.business_day(d):
        d += DAY
    return d


def party(rng: random.Random) -> dict[str, Any]:
    name, addr = rng.choice(PARTIES)
    person, title = rng.choice(PEOPLE)
    return {"name": name, "address": addr, "ior": ior(rng), "signer": person, "title": title}


# ---------------------------------------------------------------- protests

PROTEST_CASES = [
    "accept",
    "two-entries",
    "no-ior",
    "no-desc",
    "untimely",
    "premature",
    "invalid",
    "grace-dayoff",
    "mixed-late",
    "pre2004-late",
    "accelerated",
]
CATEGORIES = {
    "classification": "classification and rate of duty",
    "appraised_value": "appraised value",
}


def _grace_liquidation(rng: random.Random) -> D:
    """A liquidation date whose 180th day is a weekend day or a federal holiday."""
    while True:
        liq = D(2024, 1, 2) + rng.randint(0, 420) * DAY
        last = liq + 180 * DAY
        if not law.business_day(last) and law.business_day(liq):
            return liq


def protest(case: str, rng: random.Random) -> dict[str, Any]:
    p = party(rng)
    port_code, port_name = rng.choice(PORTS)
    goods = rng.choice(GOODS)
    filer = rng.choice(FILERS)
    category = rng.choice(list(CATEGORIES))
    n = 2 if case in ("two-entries", "mixed-late") else 1
    liq = business(D(2024, 3, 1) + rng.randint(0, 300) * DAY)
    if case == "grace-dayoff":
        liq = _grace_liquidation(rng)
    ents: list[dict[str, Any]] = []
    for k in range(n):
        edate = business(liq - rng.randint(200, 330) * DAY)
        if case == "pre2004-late":
            edate, liq = (
                D(2004, rng.randint(3, 11), rng.randint(1, 28)),
                D(2005, rng.randint(3, 6), 1),
            )
            edate, liq = business(edate), business(liq)
        eliq = liq if case != "mixed-late" else liq - k * rng.randint(20, 40) * DAY
        ents.append({"number": entry(rng, filer), "date": edate, "liq": business(eliq)})
    lasts = [law.last_day(e["date"], e["liq"]) for e in ents]
    first_liq = max(e["liq"] for e in ents)
    if case == "untimely":
        received = max(lasts) + rng.randint(6, 30) * DAY
        while law.timing(received, ents[0]["date"], ents[0]["liq"]) != "late":
            received += DAY
    elif case == "premature":
        received = min(e["liq"] for e in ents) - rng.randint(5, 40) * DAY
    elif case == "grace-dayoff":
        received = law.next_business_day(lasts[0])
    elif case == "mixed-late":
        received = min(lasts) + rng.randint(3, 15) * DAY
        while received > max(lasts):
            received -= DAY
    elif case == "pre2004-late":
        received = lasts[0] + rng.randint(20, 80) * DAY  # within 180 days, after the 90
    else:
        received = first_liq + rng.randint(20, 150) * DAY
    received = business(received) if case not in ("grace-dayoff",) else received
    if case == "mixed-late":
        while not (min(lasts) < received <= max(lasts)) or not law.business_day(received):
            received -= DAY
    timings = [law.timing(received, e["date"], e["liq"]) for e in ents]
    invalid = case == "invalid"
    missing = {"no-ior": ["174.13(a)(2)"], "no-desc": ["174.13(a)(5)"]}.get(case, [])
    outcome = law.protest_outcome(timings, invalid, missing)
    expected = {
        "accept": "accept",
        "two-entries": "accept",
        "accelerated": "accept",
        "no-ior": "deficient",
        "no-desc": "deficient",
        "untimely": "untimely",
        "premature": "premature",
        "invalid": "invalid",
        "grace-dayoff": "needs_human",
        "mixed-late": "needs_human",
        "pre2004-late": "untimely",
    }[case]
    assert outcome == expected, (case, outcome, timings)
    today = received + rng.randint(3, 25) * DAY
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": port_code,
        "received_date": received.isoformat(),
        "importer_number": None if case == "no-ior" else p["ior"],
        "protestant_name": p["name"],
        "protestant_address": ", ".join(p["address"]),
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidation_date": e["liq"].isoformat(),
            }
            for e in ents
        ],
        "category": None if invalid else category,
        "merchandise_description": None if case == "no-desc" else goods[0],
        "accelerated_disposition": case == "accelerated",
        "further_review_requested": rng.random() < 0.5 and case != "accelerated",
        "signer_name": p["signer"],
    }
    decision: dict[str, Any] = {"outcome": outcome, "missing": missing}
    not_scored: list[str] = []
    if invalid:
        not_scored.append(
            "category, deadline and last_days: the protest attacks a decision on a penalty petition "
            "(19 CFR 171.22), which is not a protestable decision"
        )
        del values["category"]
    else:
        last_days = {e["number"]: law.last_day(e["date"], e["liq"]).isoformat() for e in ents}
        decision["last_days"] = last_days
        decision["deadline"] = min(last_days.values())
    return {
        "kind": "protest",
        "case": case,
        "party": p,
        "port": (port_code, port_name),
        "goods": goods,
        "category": category,
        "entries": ents,
        "received": received,
        "today": today,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
    }


# ---------------------------------------------------------------- ruling requests

RULING_CASES = [
    "class-accept",
    "valuation-accept",
    "marking-accept",
    "origin-accept",
    "no-pending",
    "unsigned",
    "no-port",
    "six-items",
    "no-basis",
    "court",
    "current-entry",
    "cbp-ior",
]


def ruling(case: str, rng: random.Random) -> dict[str, Any]:
    p = party(rng)
    port_code, port_name = rng.choice(PORTS)
    goods = rng.choice(GOODS)
    rtype = {
        "valuation-accept": "valuation",
        "marking-accept": "marking",
        "origin-accept": "origin",
    }.get(case, "classification")
    request_date = business(D(2025, 1, 6) + rng.randint(0, 300) * DAY)
    received = business(request_date + rng.randint(3, 9) * DAY)
    today = received + rng.randint(2, 12) * DAY
    items = 6 if case == "six-items" else rng.choice([1, 1, 2, 3])
    if case == "cbp-ior":
        p["ior"] = f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
    hts = [goods[1]] if rtype == "classification" else []
    hts_printed = [h.replace(".", "") if rng.random() < 0.3 else h for h in hts]
    missing = {
        "no-pending": ["177.2(b)(5)"],
        "unsigned": ["177.2(c)"],
        "no-port": ["177.2(b)(1)"],
        "no-basis": ["177.2(b)(6)"],
    }.get(case, [])
    route = law.ruling_route([rtype])
    if case in ("court", "current-entry"):
        outcome = "no_ruling"
    elif case == "cbp-ior":
        outcome = "needs_human"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "requester_name": p["name"],
        "requester_address": ", ".join(p["address"]),
        "importer_number": p["ior"],
        "request_date": request_date.isoformat(),
        "ruling_type": rtype,
        "proposed_hts": hts_printed,
        "ports": [] if case == "no-port" else [port_name],
        "prospective": case != "current-entry",
        "pending_statement": case != "no-pending",
        "pending_in_court": case == "court",
        "pending_before_cbp": case == "current-entry",
        "sample_provided": rng.random() < 0.5,
        "confidential_requested": rng.random() < 0.3,
        "signed": case != "unsigned",
    }
    not_scored = [
        "product_description: free text whose extent the contract leaves to the reader",
        "reason: free text",
    ]
    if rtype == "classification":
        values["item_count"] = items
    else:
        not_scored.append("item_count: counted only for classification requests")
    decision: dict[str, Any] = {"outcome": outcome, "route": route}
    if outcome == "accept":
        decision["due"] = (received + 30 * DAY).isoformat() if route == "NCSD" else None
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append("due: no target date is set for a request that is not accepted")
    if case == "cbp-ior":
        not_scored.append("missing: the CBP-assigned importer number format is a VERIFY point")
    else:
        decision["missing"] = missing
    if case == "current-entry":
        p["entry"] = entry(rng, rng.choice(FILERS))
        p["entry_date"] = request_date - rng.randint(10, 40) * DAY
    if case == "court":
        p["court_no"] = f"{request_date.year - 1 - 2000:02d}-{rng.randint(100, 999):05d}"
    return {
        "kind": "ruling-request",
        "case": case,
        "party": p,
        "port": (port_code, port_name),
        "goods": goods,
        "rtype": rtype,
        "items": items,
        "hts": hts_printed,
        "request_date": request_date,
        "received": received,
        "today": today,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
    }


# ---------------------------------------------------------------- penalty cases

PENALTY_CASES = [
    "neg",
    "gross",
    "fraud",
    "neg-no-lod",
    "fraud-pd",
    "neg-pd",
    "dv-cap",
    "barred",
    "lim-passed",
    "small-claim",
    "noncommercial",
    "gross-mixed",
]


def penalty(case: str, rng: random.Random) -> dict[str, Any]:
    p = party(rng)
    port_code, port_name = rng.choice(PORTS)
    goods = rng.choice(GOODS)
    filer = rng.choice(FILERS)
    culp = {
        "gross": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "gross-mixed": "gross_negligence",
    }.get(case, "negligence")
    pd = case in ("fraud-pd", "neg-pd")
    noncom = case == "noncommercial"
    n = 1 if case in ("small-claim", "noncommercial") else rng.choice([2, 3])
    if case == "barred":
        n = 3
    today = D(2025, 1, 6) + rng.randint(0, 300) * DAY
    start = today - rng.randint(300, 900) * DAY
    if case == "lim-passed":
        start = today - (5 * 365 + rng.randint(30, 120)) * DAY
    if case == "barred":
        start = today - (5 * 365 + rng.randint(20, 60)) * DAY
    ents: list[dict[str, Any]] = []
    d = start
    for k in range(n):
        if k:
            d = d + rng.randint(25, 80) * DAY
            if case == "barred" and k == 1:
                d = today - rng.randint(1200, 1500) * DAY
        d = business(d)
        if (d.month, d.day) == (2, 29):
            d = business(d + DAY)
        value = rng.randint(1500, 9000) * 1000 + rng.randint(0, 99) * 10
        rate = rng.choice([25, 32, 40, 65])
        paid = value * rate // 1000
        if case == "neg-no-lod":
            owed = paid
        elif case in ("small-claim", "noncommercial"):
            value = rng.randint(40, 90) * 10000
            paid = value * rate // 1000
            owed = paid + (rng.randint(800, 1500) if case == "noncommercial" else rng.randint(150, 450)) * 100
        elif case == "dv-cap":
            owed = paid + value * 600 // 1000  # antidumping duty left undeclared
        else:
            owed = paid + value * rng.choice([30, 45, 70]) // 1000
        liquidated = k == 0 if case in ("gross-mixed", "neg-pd") else rng.random() < 0.4
        if case == "neg-pd":
            liquidated = True
        ents.append(
            {
                "number": entry(rng, filer),
                "date": d,
                "liquidated": liquidated,
                "value": value,
                "paid": paid,
                "owed": owed,
            }
        )
    lod = sum(max(0, e["owed"] - e["paid"]) for e in ents)
    if lod % 2:
        ents[-1]["owed"] += 1
        lod += 1
    entered = sum(e["value"] for e in ents)
    dutiable = None
    if case == "neg-no-lod" or rng.random() < 0.3:
        dutiable = entered // 10000 * 10000
    domestic = (entered * rng.choice([14, 16, 18]) // 10) // 100 * 100
    if case == "dv-cap":
        domestic = entered * 11 // 10 // 10000 * 10000
    violation = ents[0]["date"] if case != "barred" else ents[-1]["date"]
    violation = ents[0]["date"] if case != "barred" else ents[-1]["date"]
    while today in [law.add_years(e["date"], 5) for e in ents] + [law.add_years(violation, 5)]:
        today += DAY
    lawful = law.penalty(culp, pd, noncom, ents, domestic, dutiable, violation, today)
    if case == "small-claim":
        assert lawful["proposed"] <= 100000, lawful
    if case == "noncommercial":
        assert lawful["proposed"] > 100000, lawful
    if case == "dv-cap":
        assert lawful["statutory_max"] == domestic
    expected_human = case in ("neg-pd", "barred", "lim-passed")
    assert (lawful["outcome"] == "needs_human") == expected_human, (case, lawful)

    def dollars(c: int | None) -> float | None:
        return None if c is None else round(c / 100, 2)

    values: dict[str, Any] = {
        "case_number": f"{today.year}-{port_code}-{rng.randint(100000, 999999)}-01",
        "party_name": p["name"],
        "party_address": ", ".join(p["address"]),
        "importer_number": p["ior"],
        "violation_date": violation.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": noncom,
        "entries": [
            {
                "entry_number": e["number"],
                "entry_date": e["date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": dollars(e["value"]),
                "duty_paid": dollars(e["paid"]),
                "duty_owed": dollars(e["owed"]),
            }
            for e in ents
        ],
        "domestic_value": dollars(domestic),
        "dutiable_value": dollars(dutiable),
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": dollars(lawful["actual"]),
            "potential": dollars(lawful["potential"]),
            "total": dollars(lawful["total"]),
        },
        "statutory_max": dollars(lawful["statutory_max"]),
        "guideline_range": [dollars(v) for v in lawful["range"]],
        "limitations_date": lawful["limitations_date"].isoformat(),
        "notice": lawful["notice"],
        "outcome": lawful["outcome"],
        "barred_entries": lawful["barred"],
    }
    not_scored: list[str] = []
    if lawful["proposed"] is None:
        not_scored.append(
            "proposed_penalty: a negligence prior disclosure with an actual loss needs interest "
            "computed by a person"
        )
    else:
        decision["proposed_penalty"] = dollars(lawful["proposed"])
    return {
        "kind": "penalty-case",
        "case": case,
        "party": p,
        "port": (port_code, port_name),
        "goods": goods,
        "entries": ents,
        "culp": culp,
        "pd": pd,
        "noncom": noncom,
        "today": today,
        "violation": violation,
        "domestic": domestic,
        "dutiable": dutiable,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--today", today.isoformat()],
    }
