# ruff: noqa: E501
"""Binding-ruling requests: a transmittal printout with one header row and one row of values, a
consultant's pre-printed template with the blanks filled in Courier, and a letter with marginal headnotes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .common import (
    CITIES,
    COMPANIES,
    GOODS,
    PEOPLE,
    PORTS,
    STREETS,
    Doc,
    business_date,
    ein,
    fdate,
    rng,
)

STYLES = ("header-row", "filled-blanks", "margin-notes")
CASES = (
    "accept-classification", "accept-valuation", "no-pending-statement", "unsigned", "no-port",
    "six-items", "court-pending", "current-entry", "no-basis", "accept-origin", "cbp-assigned-ior",
    "accept-marking",
)  # fmt: skip
TYPE = {
    "accept-valuation": "valuation", "accept-origin": "origin", "accept-marking": "marking",
}  # fmt: skip
SUBJECT_WORDS = {
    "classification": "tariff classification",
    "valuation": "customs valuation",
    "origin": "country of origin",
    "marking": "country-of-origin marking",
}
MISSING = {
    "no-pending-statement": ["177.2(b)(5)"], "unsigned": ["177.2(c)"], "no-port": ["177.2(b)(1)"],
    "no-basis": ["177.2(b)(6)"],
}  # fmt: skip


def make(index: int, seed: int, family: str) -> dict[str, Any]:
    case, style = CASES[index], STYLES[index % 3]
    r = rng("ruling58", seed, index)
    rtype = TYPE.get(case, "classification")
    name = r.choice(COMPANIES)
    address = [r.choice(STREETS), r.choice(CITIES)]
    ior = (
        f"{r.randint(100000, 999999)}-{r.randint(10000, 99999)}"
        if case == "cbp-assigned-ior"
        else ein(r)
    )
    goods, hts = r.choice(GOODS)
    items = [(goods, hts)]
    if case == "six-items":
        items = [g for g in GOODS if g[0] != goods][:5] + items
        items = [(f"{g} (style {i + 1})", h) for i, (g, h) in enumerate(items)]
    ports = [] if case == "no-port" else [name for _, name in r.sample(PORTS, r.choice([1, 1, 2]))]
    request = business_date(r, dt.date(2025, 2, 1), 200)
    received = request + dt.timedelta(days=r.randint(3, 9))
    signer, title = (
        r.choice(PEOPLE),
        r.choice(("Customs Compliance Manager", "General Counsel", "Chief Operating Officer")),
    )
    proposed = [i[1] for i in items] if rtype == "classification" else []
    if case == "no-basis" or (index % 4 == 1 and rtype == "classification"):
        proposed = [h.replace(".", "") if index % 2 else h for h in proposed]
    sample = r.random() < 0.5
    confidential = r.random() < 0.35
    route = "HQ" if rtype == "valuation" else "NCSD"
    missing = MISSING.get(case, [])
    if case == "six-items":
        outcome = "deficient"
    elif case in ("court-pending", "current-entry"):
        outcome = "no_ruling"
    elif case == "cbp-assigned-ior":
        outcome = "needs_human"
    else:
        outcome = "deficient" if missing else "accept"
    p = {
        "case": case, "rtype": rtype, "name": name, "address": address, "ior": ior, "items": items,
        "ports": ports, "request": request, "signer": signer, "title": title, "proposed": proposed,
        "sample": sample, "confidential": confidential, "r": r, "received": received,
        "statement": case != "no-pending-statement", "signed": case != "unsigned",
        "basis": case != "no-basis",
    }  # fmt: skip
    doc = {"header-row": _header_row, "filled-blanks": _filled, "margin-notes": _margin}[style](p)
    values: dict[str, Any] = {
        "requester_name": name, "requester_address": ", ".join(address), "importer_number": ior,
        "request_date": request.isoformat(), "ruling_type": rtype, "proposed_hts": proposed,
        "ports": ports, "prospective": case != "current-entry", "pending_statement": p["statement"],
        "pending_in_court": case == "court-pending", "pending_before_cbp": case == "current-entry",
        "sample_provided": sample, "confidential_requested": confidential, "signed": p["signed"],
    }  # fmt: skip
    not_scored = ["reason: free text"]
    if rtype == "classification":
        values["item_count"] = len(items)
    else:
        not_scored.append("item_count: only counted for classification requests")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (
            (received + dt.timedelta(days=30)).isoformat() if route == "NCSD" else None
        )
    else:
        not_scored.append("due: no target date for a request that is not accepted")
    if case == "cbp-assigned-ior":
        not_scored.append(
            "missing: the request is complete; the open point is the importer number's VERIFY format"
        )
        del decision["missing"]
    return {
        "case": case, "style": style, "doc": doc, "values": values, "decision": decision,
        "not_scored": not_scored, "received": received, "today": received + dt.timedelta(days=2),
        "title": f"Ruling request {name}",
    }  # fmt: skip


def _facts(p: dict[str, Any]) -> list[tuple[str, str]]:
    """(headnote, paragraph) pairs every style prints in its own way."""
    r = p["r"]
    goods = p["items"][0][0]
    out: list[tuple[str, str]] = []
    port_words = " and ".join(p["ports"])
    trans = (
        f"{p['name']} intends to import {goods} from its supplier in {r.choice(['Vietnam', 'Taiwan', 'Portugal', 'Mexico', 'India'])}. "
        "No shipment has been made and no entry has been filed."
    )
    if p["case"] == "current-entry":
        trans = (
            f"{p['name']} imports {goods}. The first shipment arrived last week and its entry is now before the port; "
            "it has not been released or liquidated. We ask how these goods are to be treated."
        )
    if p["ports"]:
        trans += f" The goods will be entered at the port{'s' if len(p['ports']) > 1 else ''} of {port_words}."
    out.append(("Transaction", trans))
    if p["rtype"] == "classification":
        listing = "; ".join(f"({i + 1}) {g}" for i, (g, _) in enumerate(p["items"]))
        out.append(
            (
                "Merchandise",
                (
                    f"The request covers {len(p['items'])} item{'s' if len(p['items']) > 1 else ''}: {listing}. "
                    "Principal use in the United States: household and retail sale. Component materials by weight are shown "
                    "on the attached specification sheet; commercial name as listed; purchase price FOB about "
                    f"{r.randint(3, 40)}.00 per unit, U.S. selling price about twice that."
                ),
            )
        )
        hts = ", ".join(p["proposed"])
        if p["basis"]:
            out.append(
                (
                    "Proposed classification",
                    (
                        f"We believe the merchandise is classified in subheading {hts}, HTSUS, under GRI 1 and GRI 6: the heading "
                        "text describes the articles by name and no other heading is more specific. See also the "
                        "Explanatory Notes to the heading."
                    ),
                )
            )
        else:
            out.append(
                (
                    "Proposed classification",
                    f"We ask CBP to rule that the merchandise is classified in {hts}.",
                )
            )
    elif p["rtype"] == "valuation":
        out.append(
            (
                "Terms of sale",
                (
                    "The goods are bought FOB Kaohsiung from a related seller (a wholly owned subsidiary of the importer); the "
                    "price is set under a written transfer-pricing policy and covers all costs plus a profit. Invoice data: "
                    "unit price, quantity, Incoterms, and an annual true-up payment."
                ),
            )
        )
        out.append(
            (
                "Ruling requested",
                (
                    "We ask whether transaction value is acceptable under 19 U.S.C. 1401a(b)(2)(B), the relationship not having "
                    "influenced the price (circumstances of sale test, 19 CFR 152.103(l))."
                ),
            )
        )
    else:
        out.append(
            (
                "Production",
                (
                    f"The {goods} are assembled in Mexico from parts made in China; the parts are cut, formed and joined in "
                    "Mexico and the finished article receives its name, character and use there."
                ),
            )
        )
        ask = (
            "the country of origin is Mexico"
            if p["rtype"] == "origin"
            else "marking the articles 'Made in Mexico' on a sewn label satisfies 19 CFR Part 134"
        )
        out.append(
            (
                "Ruling requested",
                f"We ask CBP to rule that {ask}, on the substantial transformation test (19 CFR 102 and 134.1(b)).",
            )
        )
    if p["case"] == "court-pending":
        out.append(
            (
                "Pending matters",
                (
                    "The same issue is before the Court of International Trade in our action, Court No. 24-00"
                    f"{r.randint(100, 999)}, now in discovery. The issue is not before any CBP office."
                ),
            )
        )
    elif p["case"] == "current-entry":
        out.append(
            (
                "Pending matters",
                "The entry described above is before the port; no other CBP office or court has the issue.",
            )
        )
    elif p["statement"]:
        out.append(
            (
                "Pending matters",
                (
                    "To the best of our knowledge the issue is not pending before any CBP office, the Court of International "
                    "Trade, the Court of Appeals for the Federal Circuit or any appellate court, and it was never before them."
                ),
            )
        )
    out.append(
        (
            "Samples",
            "One sample is enclosed and need not be returned."
            if p["sample"]
            else "Photographs are enclosed; no sample is sent.",
        )
    )
    out.append(
        (
            "Confidentiality",
            (
                "We ask that the bracketed pricing information be kept confidential under 19 CFR 177.2(b)(7): its release "
                "would harm our position with competitors."
            )
            if p["confidential"]
            else "No confidential treatment is asked for.",
        )
    )
    return out


def _office(p: dict[str, Any]) -> list[str]:
    if p["rtype"] == "valuation":
        return [
            "Regulations and Rulings, Office of Trade",
            "U.S. Customs and Border Protection",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229-1177",
        ]
    return [
        "National Commodity Specialist Division",
        "U.S. Customs and Border Protection",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def _header_row(p: dict[str, Any]) -> Doc:
    d, ds = Doc(), "abbr"
    d.text(40, 46, f"{p['name'].upper()} - TRADE COMPLIANCE SYSTEM", "CB", 9)
    d.text(40, 58, "REPORT RQ-220  BINDING RULING REQUEST TRANSMITTAL", "C", 8)
    d.right(572, 46, f"PRINTED {fdate(p['request'], ds)}", "C", 8)
    y = 90.0
    for ln in _office(p):
        d.text(40, y, ln, "C", 9)
        y += 11
    y += 14
    heads = ["REQUESTER", "IMPORTER NO.", "REQ. DATE", "SUBJECT", "PROPOSED HTS", "PORT(S)"]
    xs = [40, 180, 262, 328, 400, 484]
    vals = [
        p["name"],
        p["ior"],
        fdate(p["request"], ds),
        p["rtype"].upper(),
        " ".join(p["proposed"][:1]) or "-",
        "/".join(p["ports"]) or "-",
    ]
    d.rect(38, y - 10, 536, 30, 0.6)
    d.line(38, y + 4, 574, y + 4, 0.4)
    for x, h, v in zip(xs, heads, vals, strict=True):
        d.text(x, y, h, "CB", 7)
        d.text(x, y + 14, v, "C", 7)
    y += 40
    d.text(40, y, f"REQUESTER ADDRESS: {p['address'][0]}, {p['address'][1]}", "C", 8)
    y += 24
    for n, (head, body) in enumerate(_facts(p), start=1):
        d.text(40, y, f"{n:02d} {head.upper()}", "CB", 8.5)
        y = d.para(62, y + 12, 500, body, "C", 8.5, 10.5) + 6
        if y > 700:
            d.new_page()
            d.text(40, 46, f"RQ-220 (CONT.)  {p['name'].upper()}", "C", 8)
            y = 72.0
    y += 8
    d.text(40, y, "AUTHORIZATION", "CB", 8.5)
    if p["signed"]:
        d.text(62, y + 14, f"/s/ {p['signer']}", "C", 8.5)
        d.text(62, y + 25, f"{p['signer']}, {p['title']}", "C", 8.5)
    else:
        d.text(62, y + 14, "SIGNATURE: ______________________  (pending approval)", "C", 8.5)
    return d


def _blank(d: Doc, x: float, y: float, value: str, w: float) -> float:
    d.text(x, y - 1, value, "C", 9.5)
    d.line(x - 2, y + 2, x + w, y + 2, 0.4)
    return x + w + 4


def _filled(p: dict[str, Any]) -> Doc:
    d, ds = Doc(), "us"
    d.text(
        60,
        50,
        "MERIDIAN TRADE ADVISORS - Template R-3 (binding ruling request, 19 CFR Part 177)",
        "HB",
        9,
    )
    d.line(60, 56, 552, 56, 0.8)
    y = 84.0
    for ln in _office(p):
        d.text(60, y, ln, "H", 9.5)
        y += 12
    y += 16
    d.text(60, y, "Date:", "H", 10)
    _blank(d, 92, y, fdate(p["request"], ds), 120)
    y += 26
    d.text(60, y, "1. The undersigned requester", "H", 10)
    _blank(d, 218, y, p["name"], 300)
    y += 22
    d.text(60, y, "of (address)", "H", 10)
    _blank(d, 130, y, f"{p['address'][0]}, {p['address'][1]}", 380)
    y += 22
    d.text(60, y, "importer number", "H", 10)
    x = _blank(d, 145, y, p["ior"], 120)
    d.text(
        x + 6,
        y,
        f"asks for a binding ruling on the {SUBJECT_WORDS[p['rtype']]} of the goods below.",
        "H",
        10,
    )
    y += 22
    d.text(60, y, "2. Port(s) of entry:", "H", 10)
    _blank(d, 160, y, ", ".join(p["ports"]), 200)
    y += 28
    for n, (head, body) in enumerate(_facts(p)[:-2], start=3):
        d.text(60, y, f"{n}. {head}:", "H", 10)
        y = d.para(78, y + 14, 470, body, "C", 9.5, 12) + 8
        if y > 700:
            d.new_page()
            d.text(60, 50, "Template R-3, continued", "HB", 9)
            y = 80.0
    for head, body in _facts(p)[-2:]:
        d.text(60, y, f"{head}:", "H", 10)
        y = d.para(160, y, 390, body, "C", 9.5, 12) + 6
    if y > 680:
        d.new_page()
        y = 80.0
    y += 24
    d.text(60, y, "Signature of authorized person:", "H", 10)
    _blank(d, 220, y, f"/s/ {p['signer']}" if p["signed"] else "", 200)
    y += 22
    d.text(60, y, "Name and title:", "H", 10)
    _blank(d, 150, y, f"{p['signer']}, {p['title']}" if p["signed"] else "", 270)
    d.text(
        60,
        760,
        "R-3 rev. 2024 - fill in every blank; items marked optional may be left open.",
        "H",
        7,
    )
    return d


def _margin(p: dict[str, Any]) -> Doc:
    d, ds = Doc(), "dmy"
    d.text(200, 52, p["name"], "TB", 13)
    d.text(200, 66, f"{p['address'][0]} - {p['address'][1]}", "T", 9.5)
    d.text(200, 78, f"Importer No. {p['ior']}", "T", 9.5)
    d.line(60, 86, 552, 86, 0.6)
    y = 110.0
    d.text(200, y, fdate(p["request"], ds), "T", 11)
    y += 24
    for ln in _office(p):
        d.text(200, y, ln, "T", 11)
        y += 13.5
    y += 12
    d.text(200, y, f"Request for a binding ruling: {SUBJECT_WORDS[p['rtype']]}", "TB", 11)
    y += 22
    for head, body in _facts(p):
        d.text(60, y, head, "TB", 9)
        y = d.para(200, y, 350, body, "T", 11, 14) + 8
        if y > 700:
            d.new_page()
            d.text(200, 52, f"{p['name']} - {fdate(p['request'], ds)} - page 2", "T", 9)
            y = 84.0
    if y > 660:
        d.new_page()
        y = 84.0
    d.text(60, y, "Signature", "TB", 9)
    d.text(200, y, "Respectfully submitted," if p["signed"] else "Submitted for review,", "T", 11)
    if p["signed"]:
        d.text(200, y + 36, p["signer"], "T", 11)
        d.text(200, y + 50, p["title"], "T", 11)
    else:
        d.line(200, y + 36, 380, y + 36, 0.5)
    return d
