"""Ruling-request cases (facts and truth) and three sender styles."""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from typing import Any

from bench.corpus_fortysixth.pools import COMPANIES, GOODS, PEOPLE, PORTS, fmt_date
from bench.corpus_fortysixth.render import Page

CASES = [
    "accept-class",
    "accept-marking",
    "accept-valuation",
    "missing-b1",
    "missing-b2",
    "missing-b5",
    "missing-b6",
    "missing-c",
    "items",
    "court",
    "cbp",
    "verify-ior",
]
STYLES = ["fwdmemo", "table", "sections"]
COUNSEL = (
    "Ashgrove & Pell LLP",
    "1750 K Street NW, Suite 900",
    "Washington, DC 20006",
    "Eleanor V. Pell",
)


def _hts_form(code: str, form: int) -> str:
    digits = code.replace(".", "")
    return [code, f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}", digits][form % 3]


def plan(index: int, seed: int) -> dict[str, Any]:
    """Facts and truth of ruling request `index` under `seed`."""
    rng = random.Random(f"fortysixth-ruling-{seed}-{index}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    if case == "missing-c" and style == "fwdmemo":
        # a forwarded memo carries counsel's signature on the note: no unsigned case there
        style = "sections"
    name, street, city = rng.choice(COMPANIES)
    signer, title = rng.choice(PEOPLE)
    goods, hts = rng.choice(GOODS)
    ports = rng.sample(PORTS, 2)
    rtype = {"accept-marking": "marking", "accept-valuation": "valuation"}.get(
        case, "classification"
    )
    request_date = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(300))
    received = request_date + dt.timedelta(days=rng.randrange(3, 9))
    today = received + dt.timedelta(days=rng.randrange(1, 12))
    importer = f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"
    if case == "verify-ior":
        importer = f"{rng.randrange(10**5, 10**6)}-{rng.randrange(10**4, 10**5)}"
    items = 7 if case == "items" else rng.choice([1, 1, 2, 3])
    facts: dict[str, Any] = {
        "name": name,
        "address": [street, city],
        "importer": importer,
        "signer": signer,
        "title": title,
        "goods": goods,
        "hts": _hts_form(hts, rng.randrange(3)) if rtype == "classification" else None,
        "ports": None if case == "missing-b1" else ports,
        "rtype": rtype,
        "request_date": request_date,
        "memo_date": request_date - dt.timedelta(days=rng.randrange(5, 20)),
        "received": received,
        "facts_complete": case != "missing-b2",
        "statement": case != "missing-b5",
        "basis": case != "missing-b6",
        "signed": case != "missing-c",
        "items": items,
        "court": case == "court",
        "cbp": case == "cbp",
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.35,
        "date_style": rng.randrange(6),
        "case": case,
        "style": style,
        "origin": rng.choice(["Vietnam", "Malaysia", "Mexico", "Portugal"]),
        "price": rng.randrange(4, 90),
    }
    missing = []
    if facts["ports"] is None:
        missing.append("177.2(b)(1)")
    if not facts["facts_complete"]:
        missing.append("177.2(b)(2)")
    if not facts["statement"]:
        missing.append("177.2(b)(5)")
    if not facts["basis"]:
        missing.append("177.2(b)(6)")
    if not facts["signed"]:
        missing.append("177.2(c)")
    route = "HQ" if rtype == "valuation" else "NCSD"
    not_scored = [
        "product_description and ports not scored: free text whose extent the contract leaves open",
        "reason not scored unless null: the contract gives no fixed wording for the 177.7 or "
        "177.1 ground",
    ]
    if case == "verify-ior":
        outcome = "needs_human"
        not_scored.append(
            "outcome needs_human by this corpus: the importer number is CBP-assigned "
            "(NNNNNN-NNNNN), a VERIFY format in customs-rules.md"
        )
    elif facts["court"] or facts["cbp"]:
        outcome = "no_ruling"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["reason"] = None
        decision["due"] = (
            (received + dt.timedelta(days=30)).isoformat() if route == "NCSD" else None
        )
    else:
        not_scored.append(
            "due not scored: no target date is settled for a request that is not accepted"
        )
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": f"{street}, {city}",
        "importer_number": importer,
        "request_date": request_date.isoformat(),
        "ruling_type": rtype,
        "proposed_hts": [facts["hts"]] if facts["hts"] else [],
        "prospective": not facts["cbp"],
        "pending_statement": facts["statement"],
        "pending_in_court": facts["court"],
        "pending_before_cbp": facts["cbp"],
        "sample_provided": facts["sample"],
        "confidential_requested": facts["confidential"],
        "signed": facts["signed"],
    }
    if rtype == "classification":
        values["item_count"] = items
    else:
        not_scored.append(
            "item_count not scored: the contract counts items for classification only"
        )
    if style == "fwdmemo":
        del values["requester_name"], values["requester_address"]
        not_scored.append(
            "requester_name/address not scored: counsel forwards the importer's memo, and the "
            "contract does not say which of the two is the requester"
        )
    truth = {
        "values": values,
        "decision": decision,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "not_scored": not_scored,
    }
    return {"kind": "ruling-request", "case": case, "style": style, "facts": facts, "truth": truth}


def _w(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text, 74, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


def _parts(f: dict[str, Any]) -> dict[str, str]:
    d = f["date_style"]
    models = ", ".join(f"model {chr(65 + i)}-{100 + 10 * i}" for i in range(f["items"]))
    out = {
        "transaction": (
            f"{f['name']} imported {f['goods'].lower()} made in {f['origin']}; the first "
            f"shipment arrived "
            f"on {fmt_date(f['request_date'] - dt.timedelta(days=9), d)} and is entered."
        )
        if f["cbp"]
        else (
            f"{f['name']} intends to import {f['goods'].lower()} made in {f['origin']} by an "
            f"unrelated manufacturer, with the first shipment planned for "
            f"{fmt_date(f['request_date'] + dt.timedelta(days=120), d)}."
        ),
        "items": f"The request covers {f['items']} item{'s' if f['items'] > 1 else ''}: {models}.",
        "ports": (
            "The goods will be entered at "
            + " and ".join(f"{n} (port {c})" for c, n in f["ports"])
            + "."
        )
        if f["ports"]
        else "",
    }
    if f["rtype"] == "classification":
        out["facts"] = (
            (
                f"The articles are {f['goods'].lower()}. Principal use in the United States: "
                f"household and "
                "retail sale to consumers. Component materials by weight: about 80 percent steel "
                "or fiber as "
                f"named, 20 percent plastics. Unit price FOB USD {f['price']}.00; U.S. selling "
                f"price about twice that."
            )
            if f["facts_complete"]
            else f"The articles are {f['goods'].lower()}."
        )
    elif f["rtype"] == "valuation":
        out["facts"] = (
            "Terms of sale are FOB port of export under a distribution agreement. The seller is "
            "a parent "
            "company of the importer (related parties under 19 U.S.C. 1401a(g)); invoices show "
            "the price "
            "set by the same method used for unrelated buyers."
        )
    else:
        out["facts"] = (
            f"The articles are {f['goods'].lower()}. We propose to mark each article with the "
            f"words "
            f"Made in {f['origin']} molded into the underside, legible and permanent."
        )
    if f["rtype"] == "classification":
        ask = (
            f"We request a ruling that the articles are classified in subheading {f['hts']}, HTSUS."
        )
    elif f["rtype"] == "valuation":
        ask = (
            "We request a ruling that transaction value is the proper basis of appraisement "
            "for these sales."
        )
    else:
        ask = (
            "We request a ruling that the proposed marking meets 19 U.S.C. 1304 "
            "and 19 CFR Part 134."
        )
    if f["basis"]:
        ask += (
            " The heading describes the articles by name, GRI 1 and GRI 6 apply, and the "
            "Explanatory Notes "
            "to the heading support this result, as do rulings on similar goods."
        )
    out["ask"] = ask
    if f["court"]:
        out["pending"] = (
            "Identical goods imported by us are the subject of a case now pending before the "
            "Court of "
            "International Trade, Court No. 24-00187."
        )
    elif f["cbp"]:
        out["pending"] = (
            "The first shipment has arrived and is now entered at the port; the port has asked for "
            "information on it (CBP Form 28), and this request concerns that shipment."
        )
    elif f["statement"]:
        out["pending"] = (
            "To our knowledge the issue is not pending before any CBP office, the Court of "
            "International "
            "Trade, the Federal Circuit or any appellate court, and no earlier ruling has been "
            "sought."
        )
    else:
        out["pending"] = ""
    out["sample"] = (
        "A sample of each item is sent under separate cover; it need not be returned."
        if f["sample"]
        else "Photographs and a specification sheet are enclosed; no sample is sent."
    )
    out["confidential"] = (
        "We ask that the bracketed pricing data be kept confidential under 19 CFR 177.2(b)(7), "
        "as it is commercial information."
        if f["confidential"]
        else "No confidential treatment is requested."
    )
    return out


def render(p: dict[str, Any]) -> list[Page]:
    """The pages of a ruling request in its style."""
    f = p["facts"]
    d = f["date_style"]
    x = _parts(f)
    office = (
        "Director, National Commodity Specialist Division, 201 Varick Street, New York, NY 10014"
        if f["rtype"] != "valuation"
        else "Regulations and Rulings, Office of Trade, 90 K Street NE, Washington, DC 20229"
    )
    subject = {
        "classification": "tariff classification",
        "valuation": "valuation",
        "marking": "country of origin marking",
    }[f["rtype"]]
    if p["style"] == "fwdmemo":
        note: Page = [COUNSEL[0], COUNSEL[1], COUNSEL[2], None, fmt_date(f["request_date"], d), ""]
        note += [*_w(office), "", f"Re: Binding ruling request - {subject} - {f['goods']}", ""]
        note += _w(
            f"On behalf of our client {f['name']} ({f['address'][0]}, {f['address'][1]}; "
            f"importer number "
            f"{f['importer']}), we forward the attached internal memorandum as its request for a "
            f"binding "
            "ruling under 19 CFR Part 177. The memorandum states the facts; we adopt it as the "
            "request."
        )
        note += [
            "",
            *_w(x["confidential"]),
            "",
            "Very truly yours,",
            "",
            f"/s/ {COUNSEL[3]}",
            COUNSEL[3],
            COUNSEL[0],
        ]
        memo: Page = [
            "MEMORANDUM - INTERNAL",
            None,
            [(0, "TO:"), (10, "Outside counsel")],
            [(0, "FROM:"), (10, f"{f['signer']}, Trade Compliance")],
            [(0, "DATE:"), (10, fmt_date(f["memo_date"], d + 1))],
            [(0, "RE:"), (10, f"Ruling request, {subject}")],
            None,
            "",
        ]
        for label in ("transaction", "items", "ports", "facts", "ask", "pending", "sample"):
            if x[label] and not (label == "items" and f["rtype"] != "classification"):
                memo += [*_w(x[label]), ""]
        return [note, memo]
    if p["style"] == "table":
        rows = [
            ("Requester", f["name"]),
            ("Address", f["address"][0]),
            ("", f["address"][1]),
            ("Importer No.", f["importer"]),
            ("Date", fmt_date(f["request_date"], d)),
            ("Ruling sought", subject.capitalize()),
        ]
        for label, key in (
            ("Transaction", "transaction"),
            ("Items", "items"),
            ("Ports of entry", "ports"),
            ("Product facts", "facts"),
            ("Result asked", "ask"),
            ("Pending matters", "pending"),
            ("Samples", "sample"),
            ("Confidentiality", "confidential"),
        ):
            if x[key] and not (key == "items" and f["rtype"] != "classification"):
                rows.append((label, x[key]))
        page: Page = [
            "KELLAND TRADE ADVISORY - RULING REQUEST SUMMARY",
            f"Submitted to: {office}",
            None,
        ]
        for label, text in rows:
            if not label and page[-1] is None:
                page.pop()  # an address continues its row
            lines = textwrap.wrap(text, 54, break_on_hyphens=False) or [""]
            page.append([(0, label), (20, lines[0])])
            page += [[(20, more)] for more in lines[1:]]
            page.append(None)
        page += [""] + (
            [
                "Prepared and signed for the requester by:",
                "",
                f"/s/ {f['signer']}",
                f"{f['signer']}, {f['title']}",
            ]
            if f["signed"]
            else ["Prepared for the requester.", "", "Signature: ______________________"]
        )
        return [page]
    body: Page = [
        f["name"],
        f["address"][0],
        f["address"][1],
        "",
        fmt_date(f["request_date"], d),
        "",
    ]
    body += [
        *_w(office),
        "",
        f"Subject: Request for a binding ruling ({subject}); Importer No. {f['importer']}",
        "",
    ]
    sections = [
        (
            "Parties",
            f"The requester is {f['name']}, the importer of record. The manufacturer is not "
            f"related to it.",
        ),
        (
            "Transaction",
            x["transaction"]
            + (" " + x["items"] if f["rtype"] == "classification" else "")
            + (" " + x["ports"] if x["ports"] else ""),
        ),
        ("Facts", x["facts"]),
        ("Ruling requested and basis", x["ask"]),
        ("Pending matters", x["pending"]),
        ("Samples", x["sample"]),
        ("Confidential information", x["confidential"]),
    ]
    pages: list[Page] = []
    number = 0
    for title, text in sections:
        if not text:
            continue
        number += 1
        body += [f"{number}.  {title.upper()}", "", *_w(text, "    "), ""]
        if number == 3:
            body += [
                *_w(
                    "    The goods are packed for retail sale in printed cartons of one "
                    "unit each. Sales are made to "
                    "national retail chains and through the "
                    "requester's own online store. Each "
                    "unit carries a "
                    "warranty card and "
                    "instructions in "
                    "English and Spanish."
                ),
                "",
            ]
            pages.append(body)
            body = []
    body += (
        ["Respectfully submitted,", "", f"/s/ {f['signer']}", f["signer"], f["title"]]
        if f["signed"]
        else ["Respectfully submitted,", "", "________________________________"]
    )
    pages.append(body)
    return pages
