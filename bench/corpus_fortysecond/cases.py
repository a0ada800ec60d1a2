"""The situations each document is built to show, and their truths under law.py."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction
from typing import Any

from bench.corpus_fortysecond import law, pools

D = dt.date
DAY = dt.timedelta(days=1)

PROTEST_CASES = [
    "accept",
    "accept-multi-accelerated",
    "accept-twoports",
    "deficient-no-entry-date",
    "accept-exact-last-day",
    "accept-old90",
    "accept-boundary-180",
    "deficient-no-ior",
    "deficient-no-address",
    "deficient-no-description",
    "deficient-earlier-no-date",
    "untimely",
    "untimely-old90",
    "untimely-multi",
    "premature",
    "premature-multi",
    "invalid-petition",
    "grace-weekend",
    "grace-holiday",
    "partial-late",
    "partial-premature",
    "no-drawback-verify",
]
RULING_CASES = [
    "class",
    "valuation-hq",
    "marking",
    "no-pending-statement",
    "unsigned",
    "no-port-no-facts",
    "seven-items",
    "court",
    "current-entry",
    "completed-entry",
    "cbp-assigned-ior",
    "no-basis-three-models",
]
PENALTY_CASES = [
    "neg-mixed",
    "gn",
    "fraud",
    "neg-dvcap",
    "neg-noloss",
    "fraud-pd",
    "fraud-pd-noloss",
    "small-claim",
    "noncommercial",
    "limitations-passed",
    "barred-entry",
    "gn-pd-actual",
]
CATEGORIES = ["classification", "appraised_value"]


def _ior(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


def _entry(rng: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{rng.randint(0, 9999999):07d}")


def _business(day: D) -> D:
    while not law.business_day(day):
        day += DAY
    return day


def _last_day_on(rng: random.Random, want: str, start: D) -> D:
    """A liquidation date whose +180 last day is a business day, a weekend day, or a holiday."""
    liq = start
    for _ in range(800):
        last = liq + 180 * DAY
        wd = last.weekday()
        hol = last in law.holidays(last.year)
        if law.business_day(liq) and (
            (want == "business" and law.business_day(last))
            or (want == "weekend" and wd == 5)
            or (want == "holiday" and hol and wd < 5 and law.next_business_day(last) == last + DAY)
        ):
            return liq
        liq += DAY
    raise AssertionError(want)


def protest(case: str, rng: random.Random) -> dict[str, Any]:
    name, address = rng.choice(pools.COMPANIES)
    port, port_name = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    goods, _hts = rng.choice(pools.GOODS)
    n = (
        3
        if case in ("accept-multi-accelerated", "untimely-multi", "premature-multi")
        else 2
        if case in ("accept-twoports", "partial-late", "partial-premature")
        else rng.choice([1, 1, 2])
    )
    base_liq = _business(D(2023, 1, 3) + rng.randint(0, 700) * DAY)
    if case in ("grace-weekend",):
        base_liq = _last_day_on(rng, "weekend", base_liq)
    elif case == "grace-holiday":
        base_liq = _last_day_on(rng, "holiday", D(2023, 1, 3) + rng.randint(0, 300) * DAY)
    elif case == "accept-exact-last-day":
        base_liq = _last_day_on(rng, "business", base_liq)
    old = case in ("accept-old90", "untimely-old90", "accept-boundary-180")
    if old:
        base_liq = _business(D(2005, 3, 1) + rng.randint(0, 90) * DAY)
    entries: list[dict[str, Any]] = []
    for i in range(n):
        if case == "accept-old90":
            edate = D(2004, 9, 1) + rng.randint(0, 100) * DAY
        elif case == "untimely-old90":
            edate = D(2004, 12, 17)
        elif case == "accept-boundary-180":
            edate = D(2004, 12, 20)
        else:
            edate = base_liq - rng.randint(200, 330) * DAY
        liq = base_liq
        if case == "partial-late" and i == 1:
            liq = base_liq + 40 * DAY
        if case == "partial-premature" and i == 1:
            liq = base_liq + 150 * DAY
        entries.append(
            {
                "entry_number": _entry(
                    rng,
                    filer
                    if case != "accept-twoports" or i == 0
                    else rng.choice([f for f in pools.FILERS if f != filer]),
                ),
                "entry_date": edate,
                "liquidation_date": _business(liq),
            }
        )
    first_last = min(law.last_day(e["entry_date"], e["liquidation_date"]) for e in entries)
    liq0 = max(e["liquidation_date"] for e in entries)
    if case in ("untimely", "untimely-multi"):
        received = _business(first_last + rng.randint(6, 40) * DAY)
        while (
            law.entry_status(entries[0]["entry_date"], entries[0]["liquidation_date"], received)
            == "grace"
        ):
            received += DAY
    elif case == "untimely-old90":
        received = _business(entries[0]["liquidation_date"] + 120 * DAY)
    elif case == "accept-boundary-180":
        received = _business(entries[0]["liquidation_date"] + 150 * DAY)
    elif case in ("premature", "premature-multi"):
        received = (
            _business(min(e["liquidation_date"] for e in entries) - rng.randint(5, 30) * DAY)
            - 0 * DAY
        )
        received = (
            received
            if received < min(e["liquidation_date"] for e in entries)
            else min(e["liquidation_date"] for e in entries) - 3 * DAY
        )
    elif case == "grace-weekend":
        received = first_last + 2 * DAY  # the Monday after a Saturday last day
        if not law.business_day(received):
            received = law.next_business_day(first_last)
    elif case == "grace-holiday":
        received = first_last + DAY
    elif case == "accept-exact-last-day":
        received = first_last
    elif case == "partial-late":
        received = _business(first_last + 10 * DAY)
        if (
            law.entry_status(entries[0]["entry_date"], entries[0]["liquidation_date"], received)
            == "grace"
        ):
            received = law.next_business_day(received)
    elif case == "partial-premature":
        received = _business(base_liq + 60 * DAY)
    elif case == "accept-old90":
        received = _business(entries[0]["liquidation_date"] + rng.randint(20, 70) * DAY)
    elif case == "deficient-no-entry-date":  # timely under 90 days as well as under 180
        received = _business(liq0 + rng.randint(20, 60) * DAY)
    else:
        received = _business(liq0 + rng.randint(20, 150) * DAY)
    statuses = [law.entry_status(e["entry_date"], e["liquidation_date"], received) for e in entries]
    category = rng.choice(CATEGORIES)
    invalid = case == "invalid-petition"
    doc: dict[str, Any] = {
        "name": name,
        "address": address,
        "ior": _ior(rng),
        "port": port,
        "port_name": port_name,
        "entries": entries,
        "category": category,
        "goods": goods,
        "signer": rng.choice(pools.PEOPLE),
        "title": rng.choice(pools.TITLES),
        "accelerated": case == "accept-multi-accelerated",
        "mail": rng.choice(["certified mail", "registered mail"]),
        "further_review": rng.random() < 0.5,
        "drawback": case != "no-drawback-verify",
        "drawback_yes": False,
        "earlier": None,
        "invalid": invalid,
        "received": received,
        "letter_date": received - rng.randint(2, 6) * DAY,
        "stamp": None,
        "protest_number": None,
    }
    if case == "deficient-earlier-no-date" or (rng.random() < 0.15 and case == "accept"):
        doc["earlier"] = (
            f"{port}-{str(received.year - 1)[2:]}-{rng.randint(100000, 999999)}",
            None if case == "deficient-earlier-no-date" else received - rng.randint(90, 200) * DAY,
        )
    missing = []
    if case == "deficient-no-address":
        doc["address"] = None
        missing.append("174.13(a)(1)")
    if case == "deficient-no-ior":
        doc["ior"] = None
        missing.append("174.13(a)(2)")
    if case == "deficient-no-description":
        doc["goods"] = None
        missing.append("174.13(a)(5)")
    if case == "deficient-earlier-no-date":
        missing.append("174.13(a)(7)")
    if case == "deficient-no-entry-date":
        entries[0]["entry_date"] = None
        missing.append("174.13(a)(3)")
    if case == "no-drawback-verify":
        missing.append("174.13(a)(9)")
    outcome = law.protest_outcome(statuses, invalid, missing, verify=case == "no-drawback-verify")
    expect = case.split("-")[0]
    expect = {
        "grace": "needs_human",
        "partial": "needs_human",
        "no": "needs_human",
        "invalid": "invalid",
    }.get(expect, expect)
    assert outcome == expect, (case, outcome, statuses)
    return {"doc": doc, "missing": missing, "outcome": outcome, "statuses": statuses}


def protest_truth(plan: dict[str, Any], stamped: bool, today: D) -> dict[str, Any]:
    doc = plan["doc"]
    values = {
        "protest_number": doc["protest_number"],
        "port_code": doc["port"],
        "received_date": doc["received"].isoformat(),
        "importer_number": doc["ior"],
        "protestant_name": doc["name"],
        "protestant_address": None if doc["address"] is None else ", ".join(doc["address"]),
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"] and e["entry_date"].isoformat(),
                "liquidation_date": e["liquidation_date"].isoformat(),
            }
            for e in doc["entries"]
        ],
        "category": doc["category"],
        "merchandise_description": doc["goods"],
        "accelerated_disposition": doc["accelerated"],
        "further_review_requested": doc["further_review"],
        "signer_name": doc["signer"],
    }
    last_days = {
        e["entry_number"]: law.last_day(
            e["entry_date"] or law.OLD_ENTRY, e["liquidation_date"]
        ).isoformat()
        for e in doc["entries"]
    }
    decision: dict[str, Any] = {
        "outcome": plan["outcome"],
        "deadline": min(last_days.values()),
        "last_days": last_days,
        "missing": plan["missing"],
    }
    not_scored = []
    if doc["invalid"]:
        del values["category"], decision["deadline"], decision["last_days"]
        not_scored += [
            "category: a penalty-petition decision is none of the contract's categories",
            "deadline, last_days: a penalty-petition decision (171.22) has no protest period",
        ]
    if any(e["entry_date"] is None for e in doc["entries"]):
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline, last_days: with no entry date the 90- or 180-day period is unknown"
        )
    if doc.get("port2"):
        del values["port_code"]
        not_scored.append(
            "port_code: the entries were made at two ports and the contract names one"
        )
    return {"values": values, "decision": decision, "not_scored": not_scored}


def ruling(case: str, rng: random.Random) -> dict[str, Any]:
    name, address = rng.choice(pools.COMPANIES)
    goods, hts = rng.choice(pools.GOODS)
    materials = pools.MATERIALS[hts]
    ports = rng.sample(pools.PORTS, rng.choice([1, 2]))
    rtype = {"valuation-hq": "valuation", "marking": rng.choice(["marking", "origin"])}.get(
        case, "classification"
    )
    items = (
        7
        if case == "seven-items"
        else 3
        if case == "no-basis-three-models"
        else rng.choice([1, 1, 2])
    )
    request_date = _business(D(2024, 1, 8) + rng.randint(0, 600) * DAY)
    received = _business(request_date + rng.randint(3, 9) * DAY)
    doc: dict[str, Any] = {
        "name": name,
        "address": address,
        "ior": f"{rng.randint(100000, 999999):06d}-{rng.randint(0, 99999):05d}"
        if case == "cbp-assigned-ior"
        else _ior(rng),
        "goods": goods,
        "hts": hts if rtype == "classification" else None,
        "ports": ports,
        "type": rtype,
        "items": items,
        "date": request_date,
        "received": received,
        "pending": case != "no-pending-statement",
        "court": case == "court",
        "current": case == "current-entry",
        "completed": case == "completed-entry",
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.3,
        "signed": case != "unsigned",
        "signer": rng.choice(pools.PEOPLE),
        "title": rng.choice(pools.TITLES),
        "no_port": case == "no-port-no-facts",
        "no_facts": case == "no-port-no-facts",
        "no_basis": case == "no-basis-three-models",
        "hts_form": rng.choice(["dotted", "dotted", "plain"]),
        "use": rng.choice(
            [
                "household use by retail consumers",
                "sale through sporting goods retailers",
                "use in commercial kitchens",
                "resale to hardware distributors",
            ]
        ),
        "materials": materials,
        "price": rng.randint(3, 90) + rng.choice([0, 0.5, 0.25]),
    }
    if doc["hts"] and doc["hts_form"] == "plain":
        doc["hts"] = doc["hts"].replace(".", "")
    if rtype == "valuation":
        doc["hts"] = None
    missing = []
    if case == "no-port-no-facts":
        missing += ["177.2(b)(1)", "177.2(b)(2)"]
    if case == "no-pending-statement":
        missing.append("177.2(b)(5)")
    if case == "no-basis-three-models":
        missing.append("177.2(b)(6)")
    if case == "unsigned":
        missing.append("177.2(c)")
    route = "HQ" if rtype == "valuation" else "NCSD"
    if case == "cbp-assigned-ior":
        outcome = "needs_human"
    elif doc["court"] or doc["current"] or doc["completed"]:
        outcome = "no_ruling"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    return {"doc": doc, "missing": missing, "outcome": outcome, "route": route}


def ruling_truth(plan: dict[str, Any]) -> dict[str, Any]:
    doc = plan["doc"]
    values: dict[str, Any] = {
        "requester_name": doc["name"],
        "requester_address": ", ".join(doc["address"]),
        "importer_number": doc["ior"],
        "request_date": doc["date"].isoformat(),
        "ruling_type": doc["type"],
        "proposed_hts": [doc["hts"]] if doc["hts"] else [],
        "item_count": doc["items"],
        "prospective": not (doc["current"] or doc["completed"]),
        "pending_statement": doc["pending"],
        "pending_in_court": doc["court"],
        "pending_before_cbp": doc["current"],
        "sample_provided": doc["sample"],
        "confidential_requested": doc["confidential"],
        "signed": doc["signed"],
    }
    not_scored = [
        "product_description: the contract does not say where a description ends",
        "ports: names or codes as printed are left open",
        "reason: free text",
    ]
    if doc["type"] != "classification":
        del values["item_count"]
        not_scored.append("item_count: counted for classification requests only")
    if doc["completed"]:
        del values["pending_before_cbp"]
        not_scored.append(
            "pending_before_cbp: a liquidated entry is not before a CBP office in the "
            "contract's sense"
        )
    due = (doc["received"] + 30 * DAY).isoformat() if plan["route"] == "NCSD" else None
    decision: dict[str, Any] = {
        "outcome": plan["outcome"],
        "route": plan["route"],
        "missing": plan["missing"],
        "due": due,
    }
    if plan["route"] == "NCSD" and plan["outcome"] != "accept":
        del decision["due"]
        not_scored.append("due: the contract sets a target only for a request that is ruled on")
    return {"values": values, "decision": decision, "not_scored": not_scored}


def _even_cents(rng: random.Random, low: int, high: int) -> Fraction:
    return Fraction(rng.randint(low * 50, high * 50), 50)


def penalty(case: str, rng: random.Random, today: D) -> dict[str, Any]:
    name, address = rng.choice(pools.COMPANIES)
    culp = {
        "gn": "gross_negligence",
        "fraud": "fraud",
        "fraud-pd": "fraud",
        "fraud-pd-noloss": "fraud",
        "gn-pd-actual": "gross_negligence",
        "barred-entry": "gross_negligence",
    }.get(case, "negligence")
    prior = case in ("fraud-pd", "fraud-pd-noloss", "gn-pd-actual")
    noloss = case in ("neg-noloss", "fraud-pd-noloss")
    n = rng.choice([2, 3, 4]) if case != "small-claim" else 1
    filer = rng.choice(pools.FILERS)
    if case == "limitations-passed":
        first = today - dt.timedelta(days=365 * 5 + rng.randint(20, 200))
    elif case == "barred-entry":
        first = today - dt.timedelta(days=365 * 5 + rng.randint(10, 60))
    else:
        first = today - dt.timedelta(days=rng.randint(400, 1400))
    if first.month == 2 and first.day == 29:
        first += DAY
    entries: list[dict[str, Any]] = []
    day = first
    for i in range(n):
        value = _even_cents(rng, 8000, 90000)
        paid = _even_cents(rng, 300, 4000)
        owed = paid if noloss else paid + _even_cents(rng, 500, 9000)
        if case == "small-claim":
            paid, owed = Fraction(120), Fraction(120) + _even_cents(rng, 150, 450)
        if case == "noncommercial":
            value, paid = _even_cents(rng, 1500, 4000), _even_cents(rng, 40, 200)
            owed = paid + _even_cents(rng, 300, 900)
        if i == 1 and case == "neg-mixed":
            owed = paid - 20  # overpaid: never below zero
        liq = (
            True
            if case in ("gn-pd-actual", "small-claim")
            else (i % 2 == 0 if case == "neg-mixed" else rng.random() < 0.6)
        )
        entries.append(
            {
                "entry_number": _entry(rng, filer),
                "entry_date": day,
                "liquidated": liq,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
        day = day + rng.randint(30, 90) * DAY
        if day.month == 2 and day.day == 29:
            day += DAY
    entered = sum(e["entered_value"] for e in entries)
    dv = (entered * Fraction(rng.choice([13, 14, 15]), 10)).__round__() // 1 * 1
    dv = Fraction(int(dv))
    if case == "neg-dvcap":
        dv = Fraction(
            int(2 * sum(max(Fraction(0), e["duty_owed"] - e["duty_paid"]) for e in entries) * 3 / 4)
        )
    dutiable: Fraction | None = (
        Fraction(int(entered) // 20 * 20)
        if (noloss or (case != "neg-dvcap" and rng.random() < 0.4))
        else None
    )
    violation = entries[-1]["entry_date"] if case == "barred-entry" else first
    result = law.penalty(
        culp, prior, case == "noncommercial", entries, dv, dutiable, violation, today
    )
    for f in ("entered_value", "duty_paid", "duty_owed"):
        for e in entries:
            law.cents(e[f])
    expect = {
        "limitations-passed": "needs_human",
        "barred-entry": "needs_human",
        "gn-pd-actual": "needs_human",
    }
    assert result["outcome"] == expect.get(case, "draft"), (case, result)
    if case in ("small-claim", "noncommercial"):
        assert result["notice"] == "penalty", (case, result)
    if case == "neg-dvcap":
        assert result["statutory_max"] == float(dv)
    doc = {
        "name": name,
        "address": address,
        "ior": _ior(rng),
        "culpability": culp,
        "prior": prior,
        "noncommercial": case == "noncommercial",
        "entries": entries,
        "dv": dv,
        "dutiable": dutiable,
        "violation": violation,
        "case_number": f"{today.year}-{rng.choice(pools.PORTS)[0]}-"
        f"{rng.randint(100000, 999999)}-01",
        "officer": rng.choice(pools.PEOPLE),
        "memo_date": today - rng.randint(3, 40) * DAY,
        "goods": rng.choice(pools.GOODS)[0],
    }
    return {"doc": doc, "result": result}


def penalty_truth(plan: dict[str, Any]) -> dict[str, Any]:
    doc, result = plan["doc"], dict(plan["result"])
    values = {
        "case_number": doc["case_number"],
        "party_name": doc["name"],
        "party_address": ", ".join(doc["address"]),
        "importer_number": doc["ior"],
        "violation_date": doc["violation"].isoformat(),
        "culpability": doc["culpability"],
        "prior_disclosure": doc["prior"],
        "noncommercial": doc["noncommercial"],
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": e["entry_date"] and e["entry_date"].isoformat(),
                "liquidated": e["liquidated"],
                "entered_value": float(e["entered_value"]),
                "duty_paid": float(e["duty_paid"]),
                "duty_owed": float(e["duty_owed"]),
            }
            for e in doc["entries"]
        ],
        "domestic_value": float(doc["dv"]),
        "dutiable_value": None if doc["dutiable"] is None else float(doc["dutiable"]),
    }
    not_scored = []
    if doc["prior"]:
        del result["guideline_range"]
        not_scored.append(
            "guideline_range: with a prior disclosure the notice shows no App. B range"
        )
    if result["proposed_penalty"] is None:
        del result["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure needs an interest computation"
        )
    return {"values": values, "decision": result, "not_scored": not_scored}
