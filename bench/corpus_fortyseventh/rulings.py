"""Ruling-request cases (19 CFR Part 177) and three sender styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyseventh import pools
from bench.corpus_fortyseventh.doc import Doc, fmt_date

CASES = [
    "classification",
    "marking",
    "valuation",
    "no-ports",
    "no-materials",
    "no-pending-statement",
    "result-no-basis",
    "unsigned",
    "seven-items",
    "in-court",
    "current-entry",
    "cbp-assigned-ior",
]
STYLES = ["lawfirm", "counsel", "consultant"]


def plan(case: str, rng: random.Random) -> dict[str, Any]:
    k = rng.randrange(len(pools.STREETS))
    goods, hts = rng.choice(pools.GOODS)
    person, title = rng.choice(pools.PEOPLE)
    received = dt.date(rng.choice([2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 28))
    rtype = {"marking": "marking", "valuation": "valuation"}.get(case, "classification")
    f: dict[str, Any] = {
        "case": case,
        "company": rng.choice(pools.COMPANIES),
        "address": [pools.STREETS[k], pools.CITIES[k]],
        "importer": f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}",
        "type": rtype,
        "goods": goods,
        "hts": [hts] if rtype == "classification" and case != "no-materials" else [],
        "ports": [] if case == "no-ports" else [rng.choice(pools.PORTS)],
        "items": 7 if case == "seven-items" else 1,
        "materials": case != "no-materials",
        "pending_statement": case != "no-pending-statement",
        "in_court": case == "in-court",
        "current": case == "current-entry",
        "basis": case != "result-no-basis",
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.4,
        "signed": case != "unsigned",
        "signer": person,
        "title": title,
        "received": received,
        "date": received - dt.timedelta(days=rng.randrange(2, 9)),
    }
    if case == "cbp-assigned-ior":
        f["importer"] = f"{rng.randrange(100000, 999999)}-{rng.randrange(10000, 99999)}"
    if case == "seven-items":
        f["hts"] = [hts] * 1
    f["truth"] = truth(f)
    return f


def truth(f: dict[str, Any]) -> dict[str, Any]:
    missing = []
    if not f["ports"]:
        missing.append("177.2(b)(1)")
    if not f["materials"]:
        missing.append("177.2(b)(2)")
    if not f["pending_statement"]:
        missing.append("177.2(b)(5)")
    if not f["basis"]:
        missing.append("177.2(b)(6)")
    if not f["signed"]:
        missing.append("177.2(c)")
    route = "HQ" if f["type"] == "valuation" else "NCSD"
    not_scored = [
        "product_description, ports: free text whose extent the contract leaves open",
        "reason: free text",
    ]
    values: dict[str, Any] = {
        "requester_name": f["company"],
        "requester_address": ", ".join(f["address"]),
        "importer_number": f["importer"],
        "request_date": f["date"].isoformat(),
        "ruling_type": f["type"],
        "proposed_hts": f["hts"],
        "prospective": not f["current"],
        "pending_statement": f["pending_statement"],
        "pending_in_court": f["in_court"],
        "pending_before_cbp": f["current"],
        "sample_provided": f["sample"],
        "confidential_requested": f["confidential"],
        "signed": f["signed"],
    }
    if f["type"] == "classification":
        values["item_count"] = f["items"]
    else:
        not_scored.append("item_count: counted only for classification")
    decision: dict[str, Any] = {"route": route, "missing": missing}
    if f["case"] == "cbp-assigned-ior":
        decision["outcome"] = "needs_human"
        not_scored.append("due: the CBP-assigned importer number format is a VERIFY point")
    elif f["in_court"] or f["current"]:
        decision["outcome"] = "no_ruling"
        not_scored.append("due: no ruling is issued")
    elif missing or f["items"] > 5:
        decision["outcome"] = "deficient"
        not_scored.append("due: a deficient request has no settled target date")
    else:
        decision["outcome"] = "accept"
        decision["due"] = (
            (f["received"] + dt.timedelta(days=30)).isoformat() if route == "NCSD" else None
        )
    return {"values": values, "decision": decision, "not_scored": not_scored}


def _facts(f: dict[str, Any]) -> list[str]:
    out = [f"The merchandise is {f['goods']}."]
    if f["items"] > 1:
        out.append(
            f"The request covers {f['items']} models of the article: "
            + ", ".join(f"model {n}" for n in range(101, 101 + f["items"]))
            + "."
        )
    out.append("The principal use in the United States is household and retail consumer use.")
    if f["materials"]:
        out.append(
            "Component materials by weight: 78 percent stainless steel or base fabric, 15 percent "
            "polypropylene, 7 percent other. Purchase price USD 4.10 per unit; U.S. selling "
            "price USD 12.99."
        )
    if f["type"] == "valuation":
        out.append(
            "The goods are sold FOB Ningbo under a written purchase agreement; buyer and seller "
            "are "
            "not related within 19 U.S.C. 1401a(g)."
        )
    if f["type"] == "marking":
        out.append(
            "The question is whether marking on the inner retail box satisfies 19 U.S.C. 1304."
        )
    if f["current"]:
        out.append(
            "The first shipment was entered last month and is currently awaiting liquidation at "
            "the port."
        )
    else:
        out.append(
            "No shipment has yet arrived; the goods will be imported in future transactions."
        )
    return out


def _pending(f: dict[str, Any]) -> str | None:
    if not f["pending_statement"]:
        return None
    if f["in_court"]:
        return (
            "The classification of identical merchandise is at issue in an action the importer "
            "brought "
            "in the Court of International Trade, Court No. 24-00187, which is pending."
        )
    return (
        "To the best of our knowledge, the issue is not and has not been before any CBP office, "
        "the "
        "Court of International Trade, the Federal Circuit or any appellate court."
    )


def _ask(f: dict[str, Any]) -> str:
    if f["type"] == "valuation":
        ask = (
            "a ruling that the transaction value is the price actually paid, excluding the "
            "buying commission"
        )
    elif f["type"] == "marking":
        ask = "a ruling that the proposed marking is conspicuous and permanent"
    else:
        ask = (
            "a ruling that the article is classified in subheading " + f["hts"][0]
            if f["hts"]
            else "a ruling on the tariff classification of the article"
        )
    if f["basis"]:
        ask += (
            ", on the basis of GRI 1 and the Explanatory Notes to the heading, and the CBP "
            "rulings on "
            "similar goods"
        )
    return f"We respectfully request {ask}."


def render(style: str, f: dict[str, Any], habit: int) -> Doc:
    return {"lawfirm": _lawfirm, "counsel": _counsel, "consultant": _consultant}[style](f, habit)


def _where(f: dict[str, Any]) -> str:
    return (
        "National Commodity Specialist Division, New York"
        if f["type"] != "valuation"
        else "Regulations and Rulings, Washington, DC"
    )


def _close(d: Doc, f: dict[str, Any], lead: str) -> None:
    d.gap(0.4)
    d.line(lead)
    d.gap(0.6)
    if f["signed"]:
        d.line(f"/s/ {f['signer']}")
        d.line(f"{f['signer']}, {f['title']}")
    else:
        d.line("______________________________")


def _lawfirm(f: dict[str, Any], habit: int) -> Doc:
    firm = pools.FIRMS[habit % len(pools.FIRMS)]
    d = Doc(font="serif", size=10)
    dd = [0, 6][habit % 2]
    d.line(firm[0], size=14, bold=True)
    d.line(f"{firm[1]}  -  {firm[2]}", size=8)
    d.rule(dy=0.1)
    d.gap(0.3)
    d.line(fmt_date(f["date"], dd), keep=True)
    d.gap(0.2)
    d.line(_where(f))
    d.line("U.S. Customs and Border Protection")
    d.gap(0.3)
    d.line(f"Re: Binding {f['type']} ruling request for {f['company']}", bold=True)
    d.gap(0.2)
    d.para(
        f"On behalf of our client, {f['company']}, {f['address'][0]}, {f['address'][1]} "
        f"(Importer No. "
        f"{f['importer']}),1 we request a binding ruling under 19 CFR Part 177.",
        width=90,
    )
    d.line(f"Client: {f['company']}", keep=True)
    d.line(f"Client address: {f['address'][0]}, {f['address'][1]}")
    d.line(f"Importer number: {f['importer']}", keep=True)
    d.expect(*f["address"])
    if f["ports"]:
        d.line(f"Port of entry: {f['ports'][0][1]} ({f['ports'][0][0]})")
    d.gap(0.2)
    d.line("Facts", bold=True)
    for sentence in _facts(f):
        d.para(sentence, width=90)
    if f["hts"]:
        d.line(f"Proposed classification: {f['hts'][0]}", keep=True)
    d.gap(0.2)
    d.line("Ruling requested", bold=True)
    d.para(_ask(f) + (" 2" if f["basis"] else ""), width=90)
    p = _pending(f)
    if p:
        d.line("Pending matters", bold=True)
        d.para(p, width=90)
    d.para(
        "A sample is enclosed; please return it."
        if f["sample"]
        else "Photographs are enclosed; a sample can be sent on request.",
        width=90,
    )
    d.para(
        "We ask that the pricing in the data sheet be treated as confidential (19 CFR "
        "177.2(b)(7)); it is "
        "commercial information not shared with competitors."
        if f["confidential"]
        else "No confidential treatment is requested.",
        width=90,
    )
    _close(d, f, "Respectfully submitted,")
    d.gap(0.5)
    d.rule(2.0, 8.0)
    d.line("1 The client has authorized this firm to act on its behalf by letter on file.", size=8)
    d.line("2 See HTSUS General Rules of Interpretation; Explanatory Notes.", size=8)
    d.newpage()
    d.line("ATTACHMENT A - PRODUCT DATA SHEET", font="sans", size=11, bold=True)
    d.gap(0.3)
    for label, value in [
        ("Article", f["goods"]),
        ("Models", str(f["items"])),
        ("Country of origin", "China"),
        ("Packaging", "retail box, 12 per carton"),
    ]:
        d.row([(2.0, label), (7.0, value)], font="sans")
    return d


def _counsel(f: dict[str, Any], habit: int) -> Doc:
    d = Doc(font="sans", size=9.0)
    dd = [2, 4][habit % 2]
    d.line(f["company"].upper(), size=12, bold=True, keep=True)
    d.line("Legal Department", size=8)
    d.line(f["address"][0], size=8)
    d.line(f["address"][1], size=8)
    d.expect(*f["address"])
    d.gap(0.4)
    d.line(f"Date: {fmt_date(f['date'], dd)}", keep=True)
    d.line(f"To: {_where(f)}")
    d.line(f"Subject: Request for a binding ruling ({f['type']})")
    d.gap(0.3)
    sections: list[tuple[str, list[str]]] = [
        ("1. Requester", [f"{f['company']}, importer of record no. {f['importer']}."]),
        (
            "2. Ports of entry",
            [f"{p[1]} (port code {p[0]})" for p in f["ports"]] or ["To be determined."],
        ),
        ("3. Description of the transaction and of the merchandise", _facts(f)),
        (
            "4. Requested ruling",
            [_ask(f)] + ([f"Proposed subheading: {f['hts'][0]}"] if f["hts"] else []),
        ),
    ]
    p = _pending(f)
    if p:
        sections.append(("5. Statement under 19 CFR 177.2(b)(5)", [p]))
    sections.append(
        (
            "6. Samples and confidentiality",
            [
                "A sample accompanies this request."
                if f["sample"]
                else "No sample is submitted; drawings are attached.",
                "Confidential treatment is requested for the attached cost breakdown."
                if f["confidential"]
                else "This request contains no confidential information.",
            ],
        )
    )
    for head, body in sections:
        d.line(head, bold=True)
        for sentence in body:
            d.para(sentence, 2.5, width=95)
        d.gap(0.15)
    d.expect(f["importer"], *(f["hts"] or []))
    _close(d, f, "Respectfully submitted,")
    return d


def _consultant(f: dict[str, Any], habit: int) -> Doc:
    d = Doc(font="serif", size=10)
    dd = [5, 1][habit % 2]
    d.line("Meridian Trade Advisory", size=13, bold=True)
    d.line("customs consulting", size=8)
    d.gap(0.4)
    d.line(f"{fmt_date(f['date'], dd)}", keep=True)
    d.line(f"Attention: {_where(f)}")
    d.gap(0.3)
    d.para(
        f"We write for {f['company']}, which asks for a binding ruling. The particulars are "
        f"summarised "
        "below; the narrative follows the table.",
        width=90,
    )
    d.gap(0.2)
    rows = [
        ("Requester", f["company"]),
        ("Street", f["address"][0]),
        ("City", f["address"][1]),
        ("Importer no.", f["importer"]),
        ("Subject", f["type"]),
        ("Port(s)", ", ".join(f"{p[1]} {p[0]}" for p in f["ports"]) or "-"),
        ("Proposed HTS", f["hts"][0] if f["hts"] else "-"),
        ("Items", str(f["items"])),
        ("Sample", "enclosed" if f["sample"] else "photographs only"),
        ("Confidential", "requested" if f["confidential"] else "no"),
    ]
    top = d.y - 0.4
    for label, value in rows:
        d.row([(2.2, label), (7.0, value)])
        d.rule(2.0, 19.0, dy=0.05)
        d.expect(value)
    d.box(2.0, top, 19.0, d.y - 0.05)
    d.gap(0.3)
    for sentence in _facts(f):
        d.para(sentence, width=90)
    d.para(_ask(f), width=90)
    p = _pending(f)
    if p:
        d.para(p, width=90)
    _close(d, f, "Yours faithfully,")
    return d
