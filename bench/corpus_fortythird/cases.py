"""Plans: for each kind and index, the facts a document states and its truth under law.py."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

import holidays

from bench.corpus_fortythird import law, pools

PROTEST_CASES = [
    "accept",
    "no-liq-date",
    "exact-last-day",
    "old90-timely",
    "untimely",
    "old90-untimely",
    "premature",
    "weekend-grace",
    "holiday-grace",
    "partial-late",
    "invalid-petition",
    "no-ior",
    "no-desc",
    "no-address",
    "no-entry-date",
    "no-justif",
    "earlier-no-date",
    "no-drawback-decl",
    "accel",
    "charges",
    "weekend-late",
    "two-ports",
]
RULING_CASES = [
    "class",
    "valuation",
    "marking",
    "no-port",
    "no-materials",
    "no-pending-stmt",
    "no-basis",
    "unsigned",
    "seven-items",
    "court-pending",
    "current-transaction",
    "cbp-ior",
]
PENALTY_CASES = [
    "neg",
    "gn",
    "fraud",
    "neg-noloss",
    "fraud-pd",
    "fraud-pd-noloss",
    "neg-dvcap",
    "small-claim",
    "noncommercial",
    "limitations-passed",
    "barred-entry",
    "neg-pd-actual",
]
PRODUCERS = ("ploticus", "gle")
STYLES = {
    "protest": ("gridform", "refletter", "bullets"),
    "ruling-request": ("counsel", "summary", "plainnote"),
    "penalty-case": ("boxmemo", "fixedcols", "narrative"),
}
D = dt.timedelta


def _rng(kind: str, index: int, seed: int) -> random.Random:
    return random.Random(f"c43/{kind}/{index}/{seed}")


def _ein(rng: random.Random) -> str:
    return f"{rng.randint(11, 98)}-{rng.randint(1000000, 9999999)}"


def _entry(rng: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{rng.randint(0, 9999999):07d}")


def _shape(kind: str, index: int, seed: int, cases: list[str]) -> dict[str, Any]:
    rng = _rng(kind, index, seed)
    return {
        "rng": rng,
        "case": cases[index % len(cases)],
        "producer": PRODUCERS[index % 2],
        "style": STYLES[kind][(index // 2 + seed) % 3],
        "date_style": rng.randrange(6),
        "money_style": rng.randrange(4),
    }


def _weekend_last(rng: random.Random, near: dt.date) -> dt.date:
    day = near
    while day.weekday() != 5:
        day -= D(days=1)
    return day + D(days=rng.choice([0, 1]))


def plan_protest(index: int, seed: int) -> dict[str, Any]:
    """Facts and truth of one protest."""
    plan = _shape("protest", index, seed, PROTEST_CASES)
    rng, case = plan["rng"], plan["case"]
    name, address = rng.choice(pools.PARTIES)
    signer, title = rng.choice(pools.SIGNERS)
    port, port_name = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    goods, _hts = rng.choice(pools.GOODS)
    received = dt.date(2025, 1, 6) + D(days=rng.randrange(560))
    count = {"partial-late": 2, "two-ports": 2}.get(case, rng.choice([1, 2, 3]))
    category = {"charges": "charges"}.get(case, rng.choice(["classification", "appraised_value"]))
    liqs: list[dt.date] = []
    entry_dates: list[dt.date] = []
    if case in ("weekend-grace", "weekend-late"):
        last = _weekend_last(rng, received - D(days=rng.randrange(30)))
        received = law.next_business_day(last)
        if case == "weekend-late":
            received = law.next_business_day(received)
        liqs = [last - D(days=180)] * count
    elif case == "holiday-grace":
        year = received.year
        candidates = [
            day
            for day in holidays.country_holidays("US", years=[year, year + 1])
            if day.weekday() < 5 and law.next_business_day(day) - day == D(days=1)
        ]
        last = sorted(candidates)[rng.randrange(len(candidates))]
        received = law.next_business_day(last)
        liqs = [last - D(days=180)] * count
    elif case in ("old90-timely", "old90-untimely"):
        entry_dates = [dt.date(2004, 12, 17) - D(days=rng.randrange(40)) for _ in range(count)]
        liq = dt.date(2005, 9, 2) + D(days=rng.randrange(60))
        liqs = [liq] * count
        received = liq + D(
            days=rng.randint(40, 88) if case == "old90-timely" else rng.randint(93, 130)
        )
    elif case == "exact-last-day":
        liqs = [received - D(days=180)] * count
    elif case == "untimely":
        liqs = [received - D(days=rng.randint(190, 260))] * count
    elif case == "premature":
        liqs = [received + D(days=rng.randint(6, 40))] * count
    elif case == "partial-late":
        liqs = [received - D(days=rng.randint(200, 240)), received - D(days=rng.randint(40, 120))]
    else:
        liqs = [received - D(days=rng.randint(20, 170))] * count
    if not entry_dates:
        entry_dates = [liq - D(days=rng.randint(150, 330)) for liq in liqs]
    ports = [port] * count
    if case == "two-ports":
        ports[1] = next(p for p, _ in pools.PORTS if p != port)
    entries = [
        {"entry_number": _entry(rng, filer), "entry_date": e, "liquidation_date": q, "port": p}
        for e, q, p in zip(entry_dates, liqs, ports, strict=False)
    ]
    stamped = rng.random() < 0.5
    protest_number = (
        f"{port}-{received.year % 100:02d}-{rng.randint(100000, 999999)}" if stamped else None
    )
    facts: dict[str, Any] = {
        "name": name,
        "address": None if case == "no-address" else address,
        "importer_number": None if case == "no-ior" else _ein(rng),
        "port": port,
        "port_name": port_name,
        "entries": entries,
        "category": category,
        "goods": None if case == "no-desc" else goods,
        "letter_date": received - D(days=rng.randint(1, 6)),
        "received": received,
        "stamped": stamped,
        "protest_number": protest_number,
        "accelerated": case == "accel",
        "further_review": rng.random() < 0.5,
        "justified": case != "no-justif",
        "earlier": case == "earlier-no-date",
        "earlier_number": f"{port}-24-{rng.randint(100000, 999999)}",
        "drawback": case != "no-drawback-decl",
        "drawback_wording": rng.randrange(4),
        "petition": case == "invalid-petition",
        "signer": signer,
        "title": title,
        "no_entry_date": case == "no-entry-date",
        "no_liq_date": case == "no-liq-date",
    }
    missing = []
    if facts["address"] is None:
        missing.append("174.13(a)(1)")
    if facts["importer_number"] is None:
        missing.append("174.13(a)(2)")
    if facts["no_entry_date"]:
        missing.append("174.13(a)(3)")
    if facts["no_liq_date"]:
        missing.append("174.13(a)(4)")
    if facts["goods"] is None:
        missing.append("174.13(a)(5)")
    if not facts["justified"]:
        missing.append("174.13(a)(6)")
    if facts["earlier"]:
        missing.append("174.13(a)(7)")
    if not facts["drawback"]:
        missing.append("174.13(a)(9)")
    last_days = {
        e["entry_number"]: law.protest_last_day(e["entry_date"], e["liquidation_date"])
        for e in entries
    }
    timings = [
        law.timing(received, e["liquidation_date"], last_days[e["entry_number"]]) for e in entries
    ]
    outcome = law.protest_outcome(timings, facts["petition"], missing)
    values: dict[str, Any] = {
        "protest_number": protest_number,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": facts["importer_number"],
        "protestant_name": name,
        "protestant_address": ", ".join(address) if facts["address"] else None,
        "entries": [
            {
                "entry_number": e["entry_number"],
                "entry_date": None if facts["no_entry_date"] else e["entry_date"].isoformat(),
                "liquidation_date": None
                if facts["no_liq_date"]
                else e["liquidation_date"].isoformat(),
            }
            for e in entries
        ],
        "category": category,
        "merchandise_description": goods if facts["goods"] else None,
        "accelerated_disposition": facts["accelerated"],
        "further_review_requested": facts["further_review"],
        "signer_name": signer,
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "deadline": min(last_days.values()).isoformat(),
        "last_days": {k: v.isoformat() for k, v in last_days.items()},
        "missing": missing,
    }
    not_scored = []
    if facts["petition"]:
        del values["category"], decision["deadline"], decision["last_days"]
        not_scored.append(
            "category, deadline, last_days: the protest attacks a penalty-petition decision "
            "(171.22), "
            "which is no 1514(a) category and whose clock the contract does not settle"
        )
    if facts["no_entry_date"]:
        del decision["deadline"], decision["last_days"]
        not_scored.append(
            "deadline, last_days: without the entry date the 90- or 180-day period is open"
        )
    if facts["no_liq_date"]:
        del decision["deadline"], decision["last_days"], decision["outcome"]
        not_scored.append(
            "outcome, deadline, last_days: with no liquidation date the protest cannot be timed; "
            "the contract does not say whether that is deficient alone or needs a person"
        )
    if case == "no-drawback-decl":
        not_scored.append(
            "none left out: the drawback declaration (174.13(a)(9)) is a VERIFY line, so its "
            "absence "
            "sends the protest to a person (needs_human)"
        )
    today = received + D(days=rng.randint(0, 20))
    args = ["--today", today.isoformat()]
    if not stamped:
        args = ["--received", received.isoformat(), *args]
    plan.update(facts=facts, truth=_truth("protest", plan, args, values, decision, not_scored))
    return plan


def _truth(
    kind: str,
    plan: dict[str, Any],
    args: list[str],
    values: dict[str, Any],
    decision: dict[str, Any],
    not_scored: list[str],
) -> dict[str, Any]:
    return {
        "kind": kind,
        "family": plan["producer"],
        "case": plan["case"],
        "style": plan["style"],
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def plan_ruling(index: int, seed: int) -> dict[str, Any]:
    """Facts and truth of one ruling request."""
    plan = _shape("ruling-request", index, seed, RULING_CASES)
    rng, case = plan["rng"], plan["case"]
    name, address = rng.choice(pools.PARTIES)
    signer, title = rng.choice(pools.SIGNERS)
    port, port_name = rng.choice(pools.PORTS)
    goods, hts = rng.choice(pools.GOODS)
    subject = {"valuation": "valuation", "marking": "marking"}.get(case, "classification")
    request_date = dt.date(2025, 1, 6) + D(days=rng.randrange(560))
    received = request_date + D(days=rng.randint(2, 9))
    items = (
        7
        if case == "seven-items"
        else (rng.choice([1, 1, 2, 3]) if subject == "classification" else 1)
    )
    ior = (
        f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
        if case == "cbp-ior"
        else _ein(rng)
    )
    facts: dict[str, Any] = {
        "name": name,
        "address": address,
        "importer_number": ior,
        "port": None if case == "no-port" else (port, port_name),
        "subject": subject,
        "goods": goods,
        "hts": hts if subject == "classification" else None,
        "hts_style": rng.randrange(3),
        "items": items,
        "materials": case != "no-materials",
        "basis": case != "no-basis",
        "pending_statement": case != "no-pending-stmt",
        "court": case == "court-pending",
        "current": case == "current-transaction",
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.4,
        "signed": case != "unsigned",
        "signer": signer,
        "title": title,
        "request_date": request_date,
        "agent": plan["style"] == "summary",
    }
    missing = []
    if facts["port"] is None:
        missing.append("177.2(b)(1)")
    if not facts["materials"]:
        missing.append("177.2(b)(2)")
    if not facts["pending_statement"]:
        missing.append("177.2(b)(5)")
    if not facts["basis"]:
        missing.append("177.2(b)(6)")
    if not facts["signed"]:
        missing.append("177.2(c)")
    route = "HQ" if subject == "valuation" else "NCSD"
    if case == "cbp-ior":
        outcome = "needs_human"
    elif facts["court"] or facts["current"]:
        outcome = "no_ruling"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    hts_printed = pools.hts_text(hts, facts["hts_style"]) if facts["hts"] else None
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(address),
        "importer_number": ior,
        "request_date": request_date.isoformat(),
        "ruling_type": subject,
        "proposed_hts": [hts_printed] if hts_printed else [],
        "item_count": items,
        "prospective": not facts["current"],
        "pending_statement": facts["pending_statement"],
        "pending_in_court": facts["court"],
        "pending_before_cbp": facts["current"],
        "sample_provided": facts["sample"],
        "confidential_requested": facts["confidential"],
        "signed": facts["signed"],
    }
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    not_scored = [
        "reason: free text",
        "product_description, ports: free text and a list of names or codes, left open",
    ]
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (received + D(days=30)).isoformat()
    else:
        not_scored.append(
            "due: the contract does not settle the target date of a request not accepted"
        )
    if subject != "classification":
        del values["item_count"]
        not_scored.append("item_count: only counted for classification requests")
    if facts["agent"]:
        del values["requester_name"], values["requester_address"]
        not_scored.append(
            "requester_name/address: a consultant writes for the importer; the contract does "
            "not say "
            "which of the two is the requester"
        )
    if case == "cbp-ior":
        not_scored.append(
            "none left out: the importer number is in the CBP-assigned form, a VERIFY line, so the "
            "request goes to a person (needs_human)"
        )
    facts["received"] = received
    args = [
        "--received",
        received.isoformat(),
        "--today",
        (received + D(days=rng.randint(1, 10))).isoformat(),
    ]
    plan.update(
        facts=facts, truth=_truth("ruling-request", plan, args, values, decision, not_scored)
    )
    return plan


def _cents(rng: random.Random, low: int, high: int, even: bool = False) -> Decimal:
    value = rng.randint(low * 100, high * 100)
    if even:
        value -= value % 2
    return Decimal(value) / 100


def plan_penalty(index: int, seed: int) -> dict[str, Any]:
    """Facts and truth of one penalty referral."""
    plan = _shape("penalty-case", index, seed, PENALTY_CASES)
    rng, case = plan["rng"], plan["case"]
    name, address = rng.choice(pools.PARTIES)
    port, port_name = rng.choice(pools.PORTS)
    filer = rng.choice(pools.FILERS)
    goods, _hts = rng.choice(pools.GOODS)
    culpability = {"gn": "gross_negligence"}.get(case.split("-")[0], case.split("-")[0])
    if culpability not in ("negligence", "gross_negligence", "fraud"):
        culpability = {"neg": "negligence"}.get(
            culpability, rng.choice(["negligence", "gross_negligence"])
        )
    prior = "-pd" in case
    noloss = case.endswith("noloss")
    today = dt.date(2025, 3, 3) + D(days=rng.randrange(500))
    count = rng.randint(1, 4)
    if case == "barred-entry":
        count = max(count, 2)
    first = today - D(days=rng.randint(200, 1100))
    if case == "limitations-passed":
        first = law.years_after(today, -5) - D(days=rng.randint(10, 200))
    if case == "barred-entry":
        first = law.years_after(today, -5) - D(days=rng.randint(5, 90))
    entry_dates = [first]
    for _ in range(count - 1):
        entry_dates.append(entry_dates[-1] + D(days=rng.randint(20, 120)))
    if case == "barred-entry":
        entry_dates[-1] = today - D(days=rng.randint(300, 900))
    entries = []
    for number, day in enumerate(entry_dates):
        value = _cents(rng, 8000, 140000)
        paid = (value * Decimal(rng.choice(["0.025", "0.032", "0.04", "0.065"]))).quantize(law.CENT)
        if noloss:
            owed = paid
        elif case == "small-claim":
            owed = paid + _cents(rng, 40, 480 // count, even=True)
        else:
            owed = paid + _cents(rng, 600, 9000, even=True)
        if case == "neg" and number == 1:
            owed = paid - _cents(rng, 10, 90)  # an overpaid entry: no offset
        liquidated = rng.random() < 0.5
        if case == "neg-pd-actual" and number == 0:
            liquidated = True
        if case == "neg-pd-actual":
            pass
        entries.append(
            {
                "entry_number": _entry(rng, filer),
                "entry_date": day,
                "liquidated": liquidated,
                "entered_value": value,
                "duty_paid": paid,
                "duty_owed": owed,
            }
        )
    total_value = sum((e["entered_value"] for e in entries), Decimal(0))
    dutiable = Decimal(int(total_value) // 20 * 20) if noloss else None
    domestic = Decimal(int(total_value * Decimal("1.6")))
    if case == "neg-dvcap":
        lod = sum((max(e["duty_owed"] - e["duty_paid"], Decimal(0)) for e in entries), Decimal(0))
        domestic = Decimal(int(lod * Decimal("1.5")))
    culp_pd = case in ("fraud-pd", "fraud-pd-noloss")
    if culp_pd:
        culpability = "fraud"
    if case == "neg-pd-actual":
        culpability = rng.choice(["negligence", "gross_negligence"])
    figures = law.penalty_figures(culpability, prior, entries, domestic, dutiable)
    violation = entry_dates[-1] if case == "barred-entry" else entry_dates[0]
    limitations = law.years_after(violation, 5)
    barred = [e["entry_number"] for e in entries if law.years_after(e["entry_date"], 5) < today]
    assert today != limitations
    verify = figures["proposed"] is None
    outcome = "needs_human" if limitations < today or barred or verify else "draft"
    noncommercial = case == "noncommercial"
    proposed = figures["proposed"]
    if outcome == "needs_human" or not proposed:
        notice = "none"
    elif proposed > 1000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    case_number = f"{today.year}-{port}-{rng.randint(100000, 999999)}-01"
    facts: dict[str, Any] = {
        "case_number": case_number,
        "name": name,
        "address": address,
        "importer_number": _ein(rng),
        "violation": violation,
        "culpability": culpability,
        "prior": prior,
        "noncommercial": noncommercial,
        "entries": entries,
        "domestic": domestic,
        "dutiable": dutiable,
        "port": port,
        "port_name": port_name,
        "goods": goods,
        "culp_wording": rng.randrange(3),
        "pd_wording": rng.randrange(3),
        "today": today,
    }
    actual, potential, total = figures["actual"], figures["potential"], figures["total"]
    low, high = figures["range"]
    values: dict[str, Any] = {
        "case_number": case_number,
        "party_name": name,
        "party_address": ", ".join(address),
        "importer_number": facts["importer_number"],
        "violation_date": violation.isoformat(),
        "culpability": culpability,
        "prior_disclosure": prior,
        "noncommercial": noncommercial,
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
        "dutiable_value": law.money(dutiable) if dutiable is not None else None,
    }
    decision: dict[str, Any] = {
        "loss_of_duties": {
            "actual": law.money(actual),
            "potential": law.money(potential),
            "total": law.money(total),
        },
        "statutory_max": law.money(figures["max"]),
        "guideline_range": [law.money(low), law.money(high)],
        "proposed_penalty": law.money(proposed) if proposed is not None else None,
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": outcome,
        "barred_entries": barred,
    }
    not_scored = []
    if verify:
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty: a (gross) negligence prior disclosure with an actual loss needs "
            "an interest "
            "computation a person makes"
        )
    plan.update(
        facts=facts,
        truth=_truth(
            "penalty-case", plan, ["--today", today.isoformat()], values, decision, not_scored
        ),
    )
    return plan


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """The plan of one document."""
    return {"protest": plan_protest, "ruling-request": plan_ruling, "penalty-case": plan_penalty}[
        kind
    ](index, seed)
