"""Plan (truth + drawing) and write one document of the fifty-first hand's corpus."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus_fiftyfirst import law
from bench.corpus_fiftyfirst.render import PRODUCERS, Doc

D = dt.date
DAY = dt.timedelta(days=1)
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
FOLDER = {"protest": "protest", "ruling-request": "ruling-request", "penalty-case": "penalty-case"}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}


def fmt_date(day: D, style: int) -> str:
    m = MONTHS[day.month - 1]
    return [
        day.isoformat(),
        f"{day.month:02d}/{day.day:02d}/{day.year}",
        f"{m} {day.day}, {day.year}",
        f"{day.day} {m} {day.year}",
        f"{m[:3]}. {day.day}, {day.year}" if len(m) > 4 else f"{m} {day.day}, {day.year}",
        f"{day.day:02d}-{m[:3]}-{day.year}",
    ][style]


def fmt_money(x: float, style: int) -> str:
    return [f"${x:,.2f}", f"{x:.2f}", f"USD {x:,.2f}", f"{x:,.2f}"][style]


NAMES = [
    "Harrowgate Textile Imports LLC",
    "Blue Ridge Cookware Inc.",
    "Quillon Marine Parts Corp.",
    "Sable Point Lighting Co.",
    "Ferncastle Garden Supply LLC",
    "Orland Bicycle Works Inc.",
    "Kestrel Audio Components Corp.",
    "Wexford Ceramic Tile Co.",
]
STREETS = [
    "418 Canal Street",
    "2201 Harbor View Drive",
    "77 Foundry Lane, Suite 300",
    "1509 Mill Race Road",
    "36 Commerce Park Way",
]
CITIES = [
    "Newark, NJ 07105",
    "Savannah, GA 31401",
    "Long Beach, CA 90802",
    "Seattle, WA 98134",
    "Houston, TX 77029",
]
PEOPLE = [
    "Marisol Vance",
    "Theodore Quill",
    "Anjali Rao",
    "Gerald Okafor",
    "Ruth Lindqvist",
    "Desmond Achterberg",
]
GOODS = [
    "cotton knit pullovers for men, 60 percent cotton 40 percent polyester",
    "stainless steel stockpots with aluminium clad bases",
    "LED panel luminaires for office ceilings",
    "aluminium bicycle frames without forks",
    "glazed porcelain floor tiles, 60 by 60 cm",
    "marine bilge pumps, 12 volt, of plastics",
]
PORTS = ["1001", "1601", "2704", "3001", "5301", "1703"]
FILERS = ["B4D", "EA7", "9GC", "H21", "CF8", "D3I"]


def party(rng: random.Random) -> tuple[str, list[str], str]:
    ein = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    return rng.choice(NAMES), [rng.choice(STREETS), rng.choice(CITIES)], ein


def new_entry(rng: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{rng.randint(0, 9999999):07d}")


# ---------------------------------------------------------------- protests
P_CASES = [
    "accept",
    "deficient-ior",
    "untimely",
    "premature",
    "invalid",
    "weekend-grace",
    "deficient-desc",
    "partial-late",
    "accept-90day",
    "accept-two-entries",
    "untimely-after-grace",
]


def plan_protest(
    index: int, rng: random.Random
) -> tuple[str, dict[str, Any], Callable[[Doc], None]]:
    case = P_CASES[index % len(P_CASES)]
    name, addr, ior = party(rng)
    signer = rng.choice(PEOPLE)
    port, filer = rng.choice(PORTS), rng.choice(FILERS)
    category = rng.choice(["classification", "appraised_value"])
    goods = rng.choice(GOODS)
    count = 2 if case in ("partial-late", "accept-two-entries") or rng.random() < 0.3 else 1
    liq = D(2024, 1, 8) + rng.randint(0, 500) * DAY
    if case == "accept-90day":
        count, entries = (
            1,
            [
                (
                    new_entry(rng, filer),
                    D(2004, 12, 17 - rng.randint(0, 9)),
                    D(2005, 6, 3) + rng.randint(0, 60) * DAY,
                )
            ],
        )
    else:
        entries = [
            (
                new_entry(rng, filer),
                liq - rng.randint(250, 330) * DAY - 9 * k * DAY,
                liq - 7 * k * DAY,
            )
            for k in range(count)
        ]
    lasts = {e: law.last_day(d, lq) for e, d, lq in entries}
    first_last = min(lasts.values())
    if case in ("weekend-grace", "untimely-after-grace"):
        e0, d0, l0 = entries[0]
        while law.business(law.last_day(d0, l0)) or (
            case == "untimely-after-grace"
            and law.next_business(law.last_day(d0, l0)) - law.last_day(d0, l0) > 3 * DAY
        ):
            l0 += DAY
        entries = [(e0, d0, l0)]
        lasts = {e0: law.last_day(d0, l0)}
        first_last = lasts[e0]
        received = law.next_business(first_last) + (
            DAY * 5 if case == "untimely-after-grace" else 0 * DAY
        )
    elif case == "untimely":
        received = max(lasts.values()) + rng.randint(8, 40) * DAY
    elif case == "premature":
        received = min(lq for _, _, lq in entries) - rng.randint(3, 20) * DAY
    elif case == "partial-late":
        received = first_last + 1 * DAY
        while law.timing(received, entries[0][1], entries[0][2]) != "late":
            received += DAY
        if law.timing(received, entries[1][1], entries[1][2]) != "ok":
            entries[1] = (entries[1][0], entries[1][1], received - 10 * DAY)
            lasts = {e: law.last_day(d, lq) for e, d, lq in entries}
            first_last = min(lasts.values())
    else:
        received = max(lq for _, _, lq in entries) + rng.randint(10, 80) * DAY
    states = [law.timing(received, d, lq) for _, d, lq in entries]
    missing = []
    show_ior = case != "deficient-ior"
    show_desc = case != "deficient-desc"
    if not show_ior:
        missing.append("174.13(a)(2)")
    if not show_desc:
        missing.append("174.13(a)(5)")
    invalid = case == "invalid"
    outcome = law.protest_outcome(states, invalid, missing)
    accel = rng.random() < 0.35
    review = rng.random() < 0.5
    values: dict[str, Any] = {
        "protest_number": None,
        "port_code": port,
        "received_date": received.isoformat(),
        "importer_number": ior if show_ior else None,
        "protestant_name": name,
        "protestant_address": ", ".join(addr),
        "entries": [
            {"entry_number": e, "entry_date": d.isoformat(), "liquidation_date": lq.isoformat()}
            for e, d, lq in entries
        ],
        "merchandise_description": goods if show_desc else None,
        "accelerated_disposition": accel,
        "further_review_requested": review,
        "signer_name": signer,
    }
    decision: dict[str, Any] = {"outcome": outcome, "missing": missing}
    not_scored = []
    if invalid:
        not_scored.append(
            "category, deadline and last_days not scored: the protest attacks a penalty-petition "
            "decision (19 CFR 171.22), which has no contract category, "
            "and the contract leaves its clock open"
        )
    else:
        values["category"] = category
        decision["deadline"] = min(lasts.values()).isoformat()
        decision["last_days"] = {e: v.isoformat() for e, v in lasts.items()}
    style = index % 3
    ds = [2, 1, 3][style]
    issue = (
        "the decision of the Fines, Penalties and Forfeitures Office on our petition for relief "
        "under 19 CFR 171.22"
        if invalid
        else "the classification of the merchandise under the tariff"
        if category == "classification"
        else "the appraised value of the merchandise as liquidated"
    )

    def draw(doc: Doc) -> None:
        ents = [(e, fmt_date(d, ds), fmt_date(lq, ds)) for e, d, lq in entries]
        tail = [
            "The entries covered by this protest are not subject to drawback.",
            (
                "Accelerated disposition is requested under 19 CFR "
                "174.22; this protest is sent by certified mail."
                if accel
                else "Accelerated disposition is not requested."
            ),
            (
                "Further review is requested under 19 CFR 174.24(b): "
                "the question has not been ruled on."
                if review
                else "No application for further review is made."
            ),
        ]
        if style == 0:  # attorney pleading with caption box and verification page
            doc.text(180, 60, "UNITED STATES CUSTOMS AND BORDER PROTECTION", bold=True)
            doc.rect(60, 80, 490, 70)
            doc.text(70, 100, f"In the Matter of the Protest of {name}", bold=True)
            doc.text(70, 118, f"Port of entry (code): {port}")
            doc.text(70, 136, "PROTEST UNDER 19 U.S.C. 1514")
            y = 180.0
            paras = [f"Protestant {name}, {', '.join(addr)}, by its attorney, protests {issue}."]
            if show_ior:
                paras.append(f"Importer number of the protestant: {ior}.")
            for e, d, lq in ents:
                paras.append(f"Entry No. {e}, date of entry {d}, liquidated on {lq}.")
            if show_desc:
                paras.append(f"Merchandise: {goods}")
            paras.append(
                "The protestant claims the lower rate and asks for "
                "reliquidation with a refund of the excess duty."
            )
            paras += tail
            for n, p in enumerate(paras, start=1):
                y = doc.para(72, y, f"{n}. {p}", width=85) + 6
            doc.new_page()
            doc.text(250, 70, "VERIFICATION", bold=True)
            doc.para(
                72,
                100,
                f"I, {signer}, counsel for the protestant, state "
                f"that the facts set out above are true "
                "to the best of my knowledge.",
                width=85,
            )
            doc.line(72, 180, 300, 180)
            doc.text(72, 194, signer)
            doc.text(72, 208, "Attorney for Protestant, Pell & Harwood LLP")
            doc.text(72, 222, "90 State Street, Albany, NY 12207")
        elif (
            style == 1
        ):  # continuation form typed by the import department with a grid, argument on a rider
            doc.text(72, 60, "PROTEST - CONTINUATION FORM", bold=True, size=12)
            doc.text(72, 80, f"Port code: {port}")
            doc.text(300, 80, f"Importer No.: {ior}" if show_ior else "Importer No.:")
            doc.text(72, 98, f"Protesting party: {name}")
            doc.text(72, 112, f"Address: {addr[0]}")
            doc.text(120, 126, addr[1])
            top = 150.0
            xs = [72, 222, 352, 482]
            doc.line(72, top, 540, top)
            for x, h in zip(xs, ["ENTRY NUMBER", "DATE OF ENTRY", "LIQUIDATED"], strict=False):
                doc.text(x + 4, top + 14, h, bold=True, size=9)
            for r, (e, d, lq) in enumerate(ents, start=1):
                doc.line(72, top + 20 * r, 540, top + 20 * r)
                for x, v in zip(xs, [e, d, lq], strict=False):
                    doc.text(x + 4, top + 20 * r + 14, v, size=9)
            bottom = top + 20 * (len(ents) + 1)
            doc.line(72, bottom, 540, bottom)
            for x in xs:
                doc.line(x, top, x, bottom)
            y = bottom + 30
            if show_desc:
                y = doc.para(72, y, f"Description of merchandise: {goods}")
            y = doc.para(72, y + 6, f"Decision protested: {issue}. See rider.")
            for t in tail:
                y = doc.para(72, y + 4, t)
            doc.new_page()
            doc.text(72, 60, "RIDER - STATEMENT OF GROUNDS", bold=True)
            doc.para(
                72,
                90,
                "The protesting party submits that "
                "the goods were wrongly treated at liquidation "
                "and asks that the entries be reliquidated.",
            )
            doc.text(72, 180, f"/s/ {signer}")
            doc.text(72, 194, f"Customs Compliance Officer, {name}")
        else:  # importer business letter, reference block at top right
            doc.text(72, 60, name, bold=True, size=13)
            doc.text(72, 76, f"{addr[0]} | {addr[1]}", size=9)
            doc.text(360, 110, "Our ref.: CUS/" + str(rng.randint(100, 999)), size=9)
            doc.text(360, 122, f"Port: {port}", size=9)
            if show_ior:
                doc.text(360, 134, f"IOR: {ior}", size=9)
            doc.text(72, 160, "Protest Section, U.S. Customs and Border Protection")
            y = doc.para(
                72, 190, f"Dear Sir or Madam, we protest {issue} for the following entries:"
            )
            for e, d, lq in ents:
                y = doc.para(90, y + 2, f"- entry {e}, entered {d}, liquidation {lq}")
            if show_desc:
                y = doc.para(72, y + 6, f"Merchandise: {goods}")
            for t in tail:
                y = doc.para(72, y + 4, t)
            doc.text(72, y + 20, "Yours faithfully,")
            doc.text(72, y + 50, signer)
            doc.text(72, y + 64, f"Trade Compliance Manager, {name}")

    truth = {
        "kind": "protest",
        "family": "",
        "case": case,
        "args": ["--received", received.isoformat(), "--today", received.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return case, truth, draw


# ---------------------------------------------------------------- rulings
R_CASES = [
    "accept-class",
    "deficient-statement",
    "no-ruling-court",
    "accept-valuation",
    "deficient-unsigned",
    "needs-human-cbp-ior",
    "deficient-items",
    "no-ruling-cbp",
]


def plan_ruling(
    index: int, rng: random.Random
) -> tuple[str, dict[str, Any], Callable[[Doc], None]]:
    case = R_CASES[index % len(R_CASES)]
    name, addr, ior = party(rng)
    if case == "needs-human-cbp-ior":
        ior = f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
    signer = rng.choice(PEOPLE)
    goods = rng.choice(GOODS)
    rtype = "valuation" if case == "accept-valuation" else "classification"
    items = 6 if case == "deficient-items" else rng.randint(1, 3)
    hts = (
        [
            f"{rng.randint(3900, 9506)}.{rng.randint(10, 99)}."
            f"{rng.randint(0, 99):02d}{rng.randint(0, 99):02d}"
            for _ in range(min(items, 2))
        ]
        if rtype == "classification"
        else []
    )
    req = D(2025, 2, 3) + rng.randint(0, 300) * DAY
    received = req + rng.randint(2, 9) * DAY
    statement = case != "deficient-statement"
    court = case == "no-ruling-court"
    cbp = case == "no-ruling-cbp"
    signed = case != "deficient-unsigned"
    sample = rng.random() < 0.5
    confidential = rng.random() < 0.3
    missing = ([] if statement else ["177.2(b)(5)"]) + ([] if signed else ["177.2(c)"])
    route = "HQ" if rtype == "valuation" else "NCSD"
    if case == "needs-human-cbp-ior":
        outcome = "needs_human"
    elif court or cbp:
        outcome = "no_ruling"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values = {
        "requester_name": name,
        "requester_address": ", ".join(addr),
        "importer_number": ior,
        "request_date": req.isoformat(),
        "ruling_type": rtype,
        "proposed_hts": hts,
        "prospective": True,
        "pending_statement": statement,
        "pending_in_court": court,
        "pending_before_cbp": cbp,
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": signed,
    }
    not_scored = ["reason not scored: free text"]
    if rtype == "classification":
        values["item_count"] = items
    else:
        not_scored.append("item_count not scored outside classification")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (received + 30 * DAY).isoformat() if route == "NCSD" else None
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append("due not scored for a request that is not accepted at NCSD")
    style = index % 3
    ds = [0, 4, 5][style]
    port = rng.choice(["Port of Newark", "Port of Savannah", "Port of Long Beach"])
    stmt = (
        "The issue is pending before the U.S. Court of International Trade in Court No. 24-00"
        f"{rng.randint(100, 999)}."
        if court
        else "The same issue is now before the Port of Savannah in a request for internal advice."
        if cbp
        else "To our knowledge the issue is not pending before any CBP office or any court."
    )
    facts = (
        f"Product: {goods}. Principal use: sold to retail customers in the United States. "
        "Component materials: as stated in the attached breakdown by weight. "
    )
    if items > 1:
        facts += f"The request covers {items} items of the same kind, differing only in size. "
    if rtype == "valuation":
        facts = (
            f"Product: {goods}. Terms of sale: FOB Ningbo under a written supply contract. "
            "Relationship: the seller is an unrelated manufacturer. "
        )
    sample_txt = "A sample is sent with this request." if sample else "No sample is provided."
    conf_txt = (
        "Confidential treatment is requested for the price data (19 CFR 177.2(b)(7))."
        if confidential
        else "No confidential treatment is requested."
    )
    hts_txt = (
        "The requester believes the goods are classified in subheading "
        + " and ".join(hts)
        + ", by General Rule of Interpretation 1 and the terms of the heading."
        if hts
        else ""
    )
    kind_txt = (
        "a binding classification ruling"
        if rtype == "classification"
        else "a binding valuation ruling"
    )

    def draw(doc: Doc) -> None:
        if style == 0:  # online portal printout of question/answer rows
            doc.text(72, 50, "eRulings - Submission Printout", bold=True, size=12)
            doc.text(380, 50, f"Reference: ER{rng.randint(1000000, 9999999)}", size=9)
            rows = [
                ("Company name", name),
                ("Address", f"{addr[0]}, {addr[1]}"),
                ("Importer number", ior),
                ("Submitted on", fmt_date(req, ds)),
                ("Ruling sought", kind_txt),
                ("Port(s) of entry", port),
                ("Description", facts),
                ("Proposed HTS", ", ".join(hts) or "-"),
                ("Basis", hts_txt or "-"),
                ("Samples", sample_txt),
                ("Confidentiality", conf_txt),
                ("Future imports only", "Yes, no shipment has been made."),
            ]
            if statement:
                rows.append(("Pending matters", stmt))
            rows.append(("Electronic signature", f"/s/ {signer}" if signed else "(not completed)"))
            y = 80.0
            for q, a in rows:
                doc.line(72, y, 540, y)
                doc.text(76, y + 13, q, bold=True, size=9)
                y = max(y + 20, doc.para(210, y + 13, a, width=55, size=9, lead=12) + 4)
            doc.line(72, y, 540, y)
        elif style == 1:  # in-house counsel with numbered sections over two pages
            doc.text(72, 60, name, bold=True)
            doc.text(72, 74, addr[0], size=9)
            doc.text(72, 86, addr[1], size=9)
            doc.text(72, 110, fmt_date(req, ds))
            doc.text(
                72,
                134,
                "National Commodity Specialist Division"
                if route == "NCSD"
                else "Regulations and Rulings, Office of Trade",
            )
            y = doc.para(
                72,
                160,
                f"Re: request for {kind_txt} for future imports through the {port}; importer "
                f"number {ior}",
            )
            secs = [
                (
                    "1. Transaction",
                    "The company plans to import the goods described "
                    "below; no entry has been made.",
                ),
                ("2. Description", facts),
                ("3. Proposed classification", hts_txt or "None proposed."),
            ]
            secs += [("4. Samples", sample_txt), ("5. Confidentiality", conf_txt)]
            if statement:
                secs.append(("6. Pending matters", stmt))
            for n, (h, body) in enumerate(secs):
                if n == 3:
                    doc.new_page()
                    y = 60
                doc.text(72, y + 14, h, bold=True)
                y = doc.para(72, y + 30, body) + 4
            doc.text(72, y + 20, "Respectfully submitted," if signed else "Submitted,")
            if signed:
                doc.text(72, y + 50, signer)
                doc.text(72, y + 64, f"Senior Counsel, {name}")
            else:
                doc.line(72, y + 50, 260, y + 50)
        else:  # consultant summary in a two-column ruled table
            doc.text(72, 60, "BINDING RULING REQUEST - SUMMARY", bold=True, size=12)
            doc.text(72, 80, f"Date: {fmt_date(req, ds)}")
            rows = [
                ("Requester", name),
                ("", addr[0]),
                ("", addr[1]),
                ("IOR", ior),
                ("Subject", kind_txt),
                ("Port", port),
                ("Facts", facts),
                ("HTS proposed", ", ".join(hts) or "none"),
                ("Basis", hts_txt or "n/a"),
                ("Sample", sample_txt),
                ("Confidential", conf_txt),
            ]
            if statement:
                rows.append(("Statement 177.2(b)(5)", stmt))
            y = 100.0
            doc.line(72, y, 540, y)
            for a, b in rows:
                doc.text(76, y + 13, a, bold=True, size=9)
                y2 = doc.para(230, y + 13, b, width=50, size=9, lead=12)
                y = max(y + 18, y2 + 2)
                doc.line(72, y, 540, y)
            doc.line(225, 100, 225, y)
            if signed:
                doc.text(72, y + 40, f"Signed for the importer: {signer}, Director of Logistics")

    truth = {
        "kind": "ruling-request",
        "family": "",
        "case": case,
        "args": ["--received", received.isoformat(), "--today", received.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return case, truth, draw


# ---------------------------------------------------------------- penalties
K_CASES = [
    "negligence",
    "gross",
    "fraud",
    "fraud-pd",
    "small-claim",
    "limitations-passed",
    "noncommercial",
    "dv-cap",
    "neg-pd-actual",
    "no-loss",
    "near-limit",
    "mixed-overpaid",
]


def plan_penalty(
    index: int, rng: random.Random
) -> tuple[str, dict[str, Any], Callable[[Doc], None]]:
    case = K_CASES[index % len(K_CASES)]
    name, addr, ior = party(rng)
    filer = rng.choice(FILERS)
    culp = {"gross": "gross_negligence", "fraud": "fraud", "fraud-pd": "fraud"}.get(
        case, "negligence"
    )
    first = D(2022, 3, 1) + rng.randint(0, 700) * DAY
    today = first + rng.randint(300, 900) * DAY
    if case == "limitations-passed":
        first, today = (
            D(2019, 5, 14) + rng.randint(0, 200) * DAY,
            D(2025, 3, 3) + rng.randint(0, 90) * DAY,
        )
    if case == "near-limit":
        first = D(2021, 2, 2) + rng.randint(0, 60) * DAY
        today = law.plus_years(first, 5) - rng.randint(40, 300) * DAY
    first += DAY if (first.month, first.day) == (2, 29) else 0 * DAY
    n = rng.randint(2, 4)
    entries: list[dict[str, Any]] = []
    for k in range(n):
        value = rng.randint(8000, 90000)
        paid = rng.randint(2000, value * 5) / 100
        owed = paid + rng.randint(30000, 400000) / 100
        if case == "no-loss":
            owed = paid
        if case == "small-claim":
            owed = paid + rng.randint(2000, 12000) / 100
        if case == "mixed-overpaid" and k == 0:
            owed = round(paid * 0.5, 2)
        edate = first + 20 * k * DAY
        edate += DAY if (edate.month, edate.day) == (2, 29) else 0 * DAY
        entries.append(
            {
                "entry_number": new_entry(rng, filer),
                "entry_date": edate,
                "liquidated": (k % 2 == 0) if case != "neg-pd-actual" else True,
                "entered_value": float(value),
                "duty_paid": round(paid, 2),
                "duty_owed": round(owed, 2),
            }
        )
    if case == "small-claim":
        entries = entries[:1]
        entries[0]["duty_owed"] = round(entries[0]["duty_paid"] + rng.randint(5000, 24900) / 100, 2)
    loss_cents = sum(
        max(0, round(e["duty_owed"] * 100) - round(e["duty_paid"] * 100)) for e in entries
    )
    if loss_cents % 2:  # half of an odd loss would not be exact to the cent (App. B 0.5 x LOD)
        last = max(entries, key=lambda e: e["duty_owed"] - e["duty_paid"])
        last["duty_owed"] = round(last["duty_owed"] + 0.01, 2)
    dutiable = float(sum(int(e["entered_value"]) for e in entries))
    dv = float(int(dutiable * 1.4))
    if case == "dv-cap":
        dv = float(int(sum(e["duty_owed"] - e["duty_paid"] for e in entries) * 1.5))
    pd = case in ("fraud-pd", "neg-pd-actual")
    commercial = case != "noncommercial"
    result = law.penalty(culp, entries, dv, dutiable, pd, commercial, first, today)
    case_no = f"{today.year}-{rng.choice(PORTS)}-{rng.randint(100000, 999999)}-01"
    values = {
        "case_number": case_no,
        "party_name": name,
        "party_address": ", ".join(addr),
        "importer_number": ior,
        "violation_date": first.isoformat(),
        "culpability": culp,
        "prior_disclosure": pd,
        "noncommercial": not commercial,
        "entries": [dict(e, entry_date=e["entry_date"].isoformat()) for e in entries],
        "domestic_value": dv,
        "dutiable_value": dutiable,
    }
    not_scored = []
    decision = dict(result)
    if case == "neg-pd-actual":
        del decision["proposed_penalty"]
        not_scored.append(
            "proposed_penalty not scored: a negligence prior disclosure with an actual loss needs "
            "an interest computation a person makes"
        )
    style = index % 3
    ds, ms = [(2, 0), (0, 1), (1, 2)][style]
    culp_txt = {
        "negligence": "Negligence",
        "gross_negligence": "Gross negligence",
        "fraud": "Fraud",
    }[culp]
    pd_txt = (
        "A prior disclosure was filed under 19 CFR 162.74."
        if pd
        else "No prior disclosure was made."
    )
    nc_txt = (
        "The importation was noncommercial (personal use)."
        if not commercial
        else "Commercial importation."
    )

    def liq(e: dict[str, Any]) -> str:
        return [
            "Yes" if e["liquidated"] else "No",
            "LIQ" if e["liquidated"] else "UNLIQ",
            "Liquidated" if e["liquidated"] else "Unliquidated",
        ][style]

    rows = [
        [
            e["entry_number"],
            fmt_date(e["entry_date"], ds),
            liq(e),
            fmt_money(e["entered_value"], ms),
            fmt_money(e["duty_paid"], ms),
            fmt_money(e["duty_owed"], ms),
        ]
        for e in entries
    ]
    head = ["Entry No.", "Entry Date", "Liquidated", "Entered Value", "Duty Paid", "Duty Owed"]

    def draw(doc: Doc) -> None:
        facts = [
            f"Violation date: {fmt_date(first, ds)}",
            f"Culpability: {culp_txt}",
            pd_txt,
            nc_txt,
            f"Domestic value: {fmt_money(dv, ms)}",
            f"Dutiable value: {fmt_money(dutiable, ms)}",
        ]
        if style == 0:  # memo, party in a boxed header, ruled entries table
            doc.text(72, 50, "MEMORANDUM - REFERRAL FOR 19 U.S.C. 1592 ACTION", bold=True, size=12)
            doc.text(72, 72, "TO: Fines, Penalties and Forfeitures Officer")
            doc.text(72, 86, "FROM: Regulatory Audit")
            doc.text(72, 100, f"Case No.: {case_no}")
            doc.rect(66, 112, 480, 56)
            doc.text(76, 128, f"Party: {name}", bold=True)
            doc.text(76, 142, f"Address: {', '.join(addr)}", size=9)
            doc.text(76, 158, f"Importer No.: {ior}", size=9)
            y = 190.0
            xs = [72, 160, 230, 290, 375, 455]
            doc.line(72, y, 540, y)
            for x, h in zip(xs, head, strict=False):
                doc.text(x, y + 12, h, bold=True, size=8)
            for row in rows:
                y += 18
                doc.line(72, y, 540, y)
                for x, v in zip(xs, row, strict=False):
                    doc.text(x, y + 12, v, size=8)
            y += 18
            doc.line(72, y, 540, y)
            for f in facts:
                y = doc.para(72, y + 18, f) - 8
        elif style == 1:  # plain fixed-width report
            doc.text(72, 50, "CASE REPORT 1592", bold=True)
            lines = [
                f"CASE NUMBER     {case_no}",
                f"PARTY           {name}",
                f"ADDRESS         {addr[0]}",
                f"                {addr[1]}",
                f"IMPORTER NO.    {ior}",
                "",
            ]
            y = 80.0
            for ln in lines:
                if ln:
                    doc.text(72, y, ln, size=9.5)
                y += 14
            for x, h in zip([72 + 82 * k for k in range(6)], head, strict=False):
                doc.text(x, y, h.upper(), size=8.5)
            for row in rows:
                y += 14
                for x, v in zip([72 + 82 * k for k in range(6)], row, strict=False):
                    doc.text(x, y, v, size=8.5)
            y += 28
            for f in facts:
                doc.text(72, y, f, size=9.5)
                y += 14
        else:  # tabbed worksheet, entries split over two pages with a repeated header
            for part, chunk in enumerate(
                [rows[: (len(rows) + 1) // 2], rows[(len(rows) + 1) // 2 :]]
            ):
                if part:
                    doc.new_page()
                doc.rect(72, 40, 90, 18)
                doc.text(78, 53, "Worksheet", bold=True, size=9)
                doc.rect(162, 40, 90, 18)
                doc.text(168, 53, "Entries", size=9)
                doc.text(300, 53, f"Case {case_no}", size=9)
                y = 80.0
                if part == 0:
                    doc.text(72, y, f"Violator: {name}")
                    doc.text(72, y + 14, f"{addr[0]}, {addr[1]}")
                    doc.text(72, y + 28, f"IOR number: {ior}")
                    y += 50
                else:
                    doc.text(72, y, "(entries continued)", size=9)
                    y += 20
                xs = [72, 160, 230, 300, 385, 465]
                for x, h in zip(xs, head, strict=False):
                    doc.text(x, y, h, bold=True, size=8)
                doc.line(72, y + 4, 540, y + 4)
                for row in chunk:
                    y += 16
                    for x, v in zip(xs, row, strict=False):
                        doc.text(x, y, v, size=8)
                if part == 1:
                    y += 30
                    for f in facts:
                        y = doc.para(72, y, f) + 2

    truth = {
        "kind": "penalty-case",
        "family": "",
        "case": case,
        "args": ["--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return case, truth, draw


PLANNERS = {"protest": plan_protest, "ruling-request": plan_ruling, "penalty-case": plan_penalty}


def plan(kind: str, index: int, seed: int) -> tuple[str, str, dict[str, Any], Doc]:
    rng = random.Random(f"{kind}-{index}-{seed}")
    case, truth, draw = PLANNERS[kind](index, rng)
    producer = "mpost" if (index + seed) % 2 == 0 else "rbcairo"
    truth["family"] = producer
    doc = Doc()
    draw(doc)
    return producer, case, truth, doc


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    producer, case, truth, doc = plan(kind, index, seed)
    folder = out / FOLDER[kind]
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{PREFIX[kind]}_{index + 1:03d}_{producer}_{case}.pdf"
    PRODUCERS[producer](doc, pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
    return pdf
