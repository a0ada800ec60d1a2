# ruff: noqa: E501
"""Binding-ruling requests: cases under 19 CFR Part 177 and three sender styles of the fifty-ninth hand."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import common as c
from .layout import Doc

CASES = [
    "class",
    "valuation",
    "marking",
    "no-ports",
    "no-stmt",
    "unsigned",
    "six-items",
    "court",
    "current",
    "no-basis",
]
STYLES = ["formletter", "datasheet", "outline"]
D = dt.timedelta
NCSD = [
    "National Commodity Specialist Division",
    "U.S. Customs and Border Protection",
    "201 Varick Street, Suite 501",
    "New York, NY 10014",
]
HQ = [
    "Regulations and Rulings, Office of Trade",
    "U.S. Customs and Border Protection",
    "90 K Street NE, 10th Floor",
    "Washington, DC 20229",
]


def _hts(code: str, form: int) -> str:
    digits = code.replace(".", "")
    if form == 1:
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}"
    if form == 2:
        return digits
    return code


def facts(case: str, r: random.Random) -> dict[str, Any]:
    co = r.choice(c.COMPANIES)
    goods = r.choice(c.GOODS)
    ports = [p[1] for p in r.sample(c.PORTS, r.choice([1, 1, 2]))]
    received = dt.date(2025, 2, 3) + D(days=r.randrange(0, 300))
    while received.weekday() > 4:
        received += D(days=1)
    rtype = {"valuation": "valuation", "marking": "marking"}.get(case, "classification")
    items = [goods[0]]
    if case == "six-items":
        base = goods[0].split(", model")[0].split(", style")[0].split(", part")[0]
        items = [f"{base}, model {chr(65 + k)}-{r.randrange(100, 999)}" for k in range(6)]
    hts = _hts(goods[1], r.randrange(3)) if rtype == "classification" else None
    route = "HQ" if rtype == "valuation" else "NCSD"
    missing = {
        "no-ports": ["177.2(b)(1)"],
        "no-stmt": ["177.2(b)(5)"],
        "unsigned": ["177.2(c)"],
        "no-basis": ["177.2(b)(6)"],
    }.get(case, [])
    if case in ("court", "current"):
        outcome = "no_ruling"
    elif missing or case == "six-items":
        outcome = "deficient"
    else:
        outcome = "accept"
    price = r.randrange(300, 9000) * 10
    return {
        "case": case,
        "name": co[0],
        "street": co[1],
        "city": co[2],
        "signer": co[3],
        "title": co[4],
        "ior": c.ior(r),
        "goods": goods,
        "items": items,
        "rtype": rtype,
        "hts": hts,
        "route": route,
        "ports": [] if case == "no-ports" else ports,
        "received": received,
        "date": received - D(days=r.randrange(2, 7)),
        "today": received + D(days=r.randrange(3, 15)),
        "sample": r.random() < 0.5,
        "confidential": r.random() < 0.35,
        "signed": case != "unsigned",
        "stmt": case != "no-stmt",
        "court": case == "court",
        "current": case == "current",
        "basis": case != "no-basis",
        "missing": missing,
        "outcome": outcome,
        "price": price,
        "resale": price * 2 + r.randrange(1, 99) * 10,
        "entry": c.make_entry(r, c.filer_code(r)),
        "arrived": received - D(days=r.randrange(10, 40)),
        "courtno": f"{received.year % 100 - 1:02d}-{r.randrange(100, 999):05d}",
        "ds": r.choice(c.DATE_STYLES),
        "ms": r.choice(["dollar", "usd", "plain"]),
    }


def truth(f: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {
        "requester_name": f["name"],
        "requester_address": f"{f['street']}, {f['city']}",
        "importer_number": f["ior"],
        "request_date": f["date"].isoformat(),
        "ruling_type": f["rtype"],
        "proposed_hts": [f["hts"]] if f["hts"] else [],
        "ports": f["ports"],
        "prospective": not f["current"],
        "pending_statement": f["stmt"],
        "pending_in_court": f["court"],
        "pending_before_cbp": f["current"],
        "sample_provided": f["sample"],
        "confidential_requested": f["confidential"],
        "signed": f["signed"],
    }
    not_scored = [
        "product_description: free text whose extent the contract leaves to the reader",
        "reason: free text",
    ]
    if f["rtype"] == "classification":
        values["item_count"] = len(f["items"])
    else:
        not_scored.append("item_count: counted only for classification requests")
    decision: dict[str, Any] = {
        "outcome": f["outcome"],
        "route": f["route"],
        "missing": f["missing"],
    }
    if f["route"] == "HQ":
        decision["due"] = None
    elif f["outcome"] == "accept":
        decision["due"] = (f["received"] + D(days=30)).isoformat()
    else:
        not_scored.append(
            "due: the contract sets no target date for a deficient or no-ruling request"
        )
    return {
        "kind": "ruling-request",
        "args": ["--received", f["received"].isoformat(), "--today", f["today"].isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def _subject(f: dict[str, Any]) -> str:
    return {
        "classification": "tariff classification",
        "valuation": "valuation",
        "marking": "country of origin marking",
    }[f["rtype"]]


def _ports(f: dict[str, Any]) -> str:
    return " and ".join(f["ports"])


def _pending(f: dict[str, Any], ds: str) -> str:
    if f["court"]:
        return (
            f"The classification of identical merchandise imported by {f['name']} is the subject of Court No. "
            f"{f['courtno']}, now pending before the U.S. Court of International Trade. No CBP office has "
            "the issue before it."
        )
    if f["current"]:
        return (
            f"The first shipment arrived at the port of {f['ports'][0]} on {c.fdate(f['arrived'], ds)} under entry "
            f"No. {f['entry']}, which has not been liquidated; that entry is before the port. The issue is "
            "not before any court."
        )
    return (
        "To the requester's knowledge the issue is not pending before any CBP office, the Court of "
        "International Trade, the Court of Appeals for the Federal Circuit or any appellate court, and "
        "no ruling on it has been sought before."
    )


def _facts_lines(f: dict[str, Any]) -> list[tuple[str, str]]:
    goods = f["goods"]
    if f["rtype"] == "valuation":
        return [
            ("Merchandise", goods[0]),
            (
                "Terms of sale",
                f"FOB Ho Chi Minh City, invoice price {c.fmoney(f['price'] * 100, f['ms'])} per lot",
            ),
            (
                "Relationship",
                "the seller is the requester's parent company; the price is set as between unrelated parties",
            ),
            (
                "Transaction",
                "purchases for import under a supply agreement, first shipment planned next quarter",
            ),
        ]
    lines = [
        ("Merchandise", "; ".join(f["items"]) if len(f["items"]) > 1 else f["items"][0]),
        ("Principal use", goods[2]),
        ("Component materials", goods[3]),
        (
            "Unit price",
            f"{c.fmoney(f['price'], f['ms'])} FOB; U.S. selling price {c.fmoney(f['resale'], f['ms'])}",
        ),
    ]
    if f["rtype"] == "marking":
        lines.append(
            (
                "Proposed marking",
                '"Made in Vietnam" molded into the base and printed on the retail box',
            )
        )
    return lines


def _question(f: dict[str, Any]) -> str:
    if f["rtype"] == "valuation":
        return (
            "Whether the price paid to the related seller is acceptable as transaction value under 19 U.S.C. "
            "1401a(b)(2)(B), since the circumstances of sale show that the relationship did not influence "
            "the price."
        )
    if f["rtype"] == "marking":
        return (
            "Whether the proposed marking satisfies 19 U.S.C. 1304 and 19 CFR 134.41, as it is legible, "
            "permanent and in a conspicuous place that the ultimate purchaser will see."
        )
    n = len(f["items"])
    subject = "the article" if n == 1 else f"all {n} articles"
    ask = f"We ask that {subject} be classified in subheading {f['hts']}, HTSUS."
    if f["basis"]:
        ask += (
            f" Under GRI 1 the terms of heading {f['hts'][:4]} describe the article by its function, and "
            "no other heading is more specific; GRI 6 then leads to the subheading proposed."
        )
    return ask


def _sample(f: dict[str, Any]) -> str:
    if f["sample"]:
        return "One sample is enclosed; please return it after review."
    return "Photographs and a specification sheet are enclosed; a sample is available on request."


def _conf(f: dict[str, Any]) -> str:
    if f["confidential"]:
        return (
            "We ask that the prices in this request be treated as confidential under 19 CFR 177.2(b)(7), "
            "since their disclosure would harm our competitive position."
        )
    return "No confidential treatment is requested."


def render(f: dict[str, Any], style: str, r: random.Random) -> Doc:
    return {"formletter": _formletter, "datasheet": _datasheet, "outline": _outline}[style](f, r)


def _addressee(f: dict[str, Any]) -> list[str]:
    return HQ if f["route"] == "HQ" else NCSD


def _formletter(f: dict[str, Any], r: random.Random) -> Doc:
    ds = r.choice(["long", "slash", "abbr"])
    doc = Doc(top=60, bottom=64)
    fill = "Courier-Bold"
    doc.centre(306, 52, "STANDARD REQUEST FOR A BINDING RULING", "Times-Bold", 13)
    doc.centre(
        306,
        66,
        "19 CFR Part 177 - complete every blank; attach additional sheets as needed",
        "Times-Italic",
        9,
    )
    doc.y = 80
    doc.mixed(72, 468, [("Date:", "Times-Roman"), (c.fdate(f["date"], ds), fill)])
    doc.mixed(72, 468, [("To:", "Times-Roman"), (", ".join(_addressee(f)), fill)])
    blank = ("__________", "Times-Roman")
    ports = (_ports(f), fill) if f["ports"] else blank
    doc.mixed(
        72,
        468,
        [
            ("1. The undersigned,", "Times-Roman"),
            (f["name"], fill),
            (", of", "Times-Roman"),
            (f"{f['street']}, {f['city']}", fill),
            (", importer number", "Times-Roman"),
            (f["ior"], fill),
            (", requests a binding ruling on the", "Times-Roman"),
            (_subject(f), fill),
            (
                "of the merchandise described below, which it "
                + ("has imported" if f["current"] else "intends to import")
                + " through the port(s) of",
                "Times-Roman",
            ),
            ports,
            (".", "Times-Roman"),
        ],
    )
    for k, (cap, val) in enumerate(_facts_lines(f), start=2):
        doc.mixed(72, 468, [(f"{k}. {cap}:", "Times-Roman"), (val, fill)])
    k = 2 + len(_facts_lines(f))
    if f["rtype"] == "classification":
        doc.mixed(
            72,
            468,
            [
                (f"{k}. Number of items in this request:", "Times-Roman"),
                (str(len(f["items"])), fill),
            ],
        )
        k += 1
    doc.mixed(
        72, 468, [(f"{k}. Ruling requested and its basis:", "Times-Roman"), (_question(f), fill)]
    )
    doc.mixed(
        72,
        468,
        [
            (
                f"{k + 1}. Matters pending before CBP or a court (19 CFR 177.2(b)(5)):",
                "Times-Roman",
            ),
            (_pending(f, ds), fill) if f["stmt"] else blank,
        ],
    )
    doc.mixed(72, 468, [(f"{k + 2}. Samples and documents:", "Times-Roman"), (_sample(f), fill)])
    doc.mixed(72, 468, [(f"{k + 3}. Confidential information:", "Times-Roman"), (_conf(f), fill)])
    doc.need(90)
    doc.y += 10
    doc.mixed(
        72, 468, [("I certify that the information above is accurate and complete.", "Times-Roman")]
    )
    if f["signed"]:
        doc.mixed(72, 468, [("Signature:", "Times-Roman"), (f"/s/ {f['signer']}", fill)])
        doc.mixed(
            72, 468, [("Name and title:", "Times-Roman"), (f"{f['signer']}, {f['title']}", fill)]
        )
    else:
        doc.mixed(
            72,
            468,
            [("Signature:", "Times-Roman"), ("____________________________", "Times-Roman")],
        )
        doc.mixed(
            72,
            468,
            [("Name and title:", "Times-Roman"), ("____________________________", "Times-Roman")],
        )
    return doc


def _letterhead(doc: Doc, f: dict[str, Any]) -> None:
    doc.text(72, 54, f["name"], "Helvetica-Bold", 13)
    doc.text(72, 68, f"{f['street']}  |  {f['city']}", "Helvetica", 8.5)
    doc.line(72, 76, 540, 76, 1.2)


def _datasheet(f: dict[str, Any], r: random.Random) -> Doc:
    ds = r.choice(["long", "dmy", "abbr"])
    doc = Doc(top=90, bottom=72)
    _letterhead(doc, f)
    doc.y = 100
    doc.para(72, 468, c.fdate(f["date"], ds), "Times-Roman", 11)
    for ln in _addressee(f):
        doc.para(72, 468, ln, "Times-Roman", 11, after=0)
    doc.y += 10
    doc.para(
        72,
        468,
        f"Re: Request for a binding ruling - {_subject(f)} - importer number {f['ior']}",
        "Times-Bold",
        11,
    )
    doc.para(72, 468, "Dear Sir or Madam:", "Times-Roman", 11)
    where = f" We plan to enter the goods at the port of {_ports(f)}." if f["ports"] else ""
    when = "which we intend to import in the coming months"
    if f["current"]:
        when = "a first shipment of which has already arrived"
        where = f" The goods are entered at the port of {_ports(f)}." if f["ports"] else ""
    body = [
        f"{f['name']} asks for a binding ruling under 19 CFR Part 177 on the {_subject(f)} of the merchandise "
        f"described in the attached data sheet, {when}.{where}",
        _question(f),
    ]
    if f["stmt"]:
        body.append(_pending(f, ds))
    body += [
        _sample(f),
        _conf(f),
        "Please contact the undersigned with any question about this request.",
    ]
    for t in body:
        doc.para(72, 468, t, "Times-Roman", 11)
    doc.need(90)
    doc.para(72, 468, "Sincerely,", "Times-Roman", 11)
    doc.y += 14
    if f["signed"]:
        doc.text(72, doc.y, f"/s/ {f['signer']}", "Times-Italic", 11)
    doc.line(72, doc.y + 4, 260, doc.y + 4, 0.5)
    doc.y += 4
    if f["signed"]:
        doc.para(72, 468, f["signer"], "Times-Roman", 11, after=0)
        doc.para(72, 468, f["title"], "Times-Roman", 11, after=0)
    doc.new_page()
    doc.text(72, 72, "ATTACHMENT 1 - PRODUCT DATA SHEET", "Helvetica-Bold", 12)
    rows = [
        ("Requester", f["name"]),
        ("Importer number", f["ior"]),
        ("Date of request", c.fdate(f["date"], ds)),
    ]
    rows += _facts_lines(f)
    if f["rtype"] == "classification":
        rows += [("Number of items", str(len(f["items"]))), ("Proposed HTS", f["hts"] or "")]
    rows.append(("Port(s) of entry", _ports(f) if f["ports"] else ""))
    y = 90.0
    from .layout import wrap

    for cap, val in rows:
        lines = wrap(val, "Helvetica", 9.5, 320) or [""]
        h = 8 + 12 * len(lines)
        doc.box(72, y, 130, h, gray=0.9, lw=0.5)
        doc.box(202, y, 338, h, lw=0.5)
        doc.text(77, y + 13, cap, "Helvetica-Bold", 9)
        for k, ln in enumerate(lines):
            doc.text(207, y + 13 + 12 * k, ln, "Helvetica", 9.5)
        y += h
    return doc


def _outline(f: dict[str, Any], r: random.Random) -> Doc:
    ds = r.choice(["abbr", "dmy", "iso"])
    font, bold = r.choice([("Courier", "Courier-Bold"), ("Helvetica", "Helvetica-Bold")])
    size = 9.5 if font == "Courier" else 10
    doc = Doc(top=64, bottom=64)
    doc.text(72, 60, "REQUEST FOR BINDING RULING (19 CFR 177)", bold, 12)
    doc.text(72, 74, "To: " + ", ".join(_addressee(f)[:1] + _addressee(f)[3:]), font, size)
    doc.y = 84
    sections: list[tuple[str, list[tuple[str, str]]]] = [
        (
            "REQUESTER",
            [
                ("Name", f["name"]),
                ("Address", f"{f['street']}, {f['city']}"),
                ("Importer number", f["ior"]),
                ("Date of request", c.fdate(f["date"], ds)),
            ],
        ),
        (
            "TRANSACTION",
            _facts_lines(f)
            + (
                [("Number of items", str(len(f["items"])))]
                if f["rtype"] == "classification"
                else []
            )
            + ([("Port(s) of entry", _ports(f))] if f["ports"] else [])
            + [
                (
                    "Status",
                    "current: goods already entered"
                    if f["current"]
                    else "prospective: no goods shipped yet",
                )
            ],
        ),
        (
            "RULING REQUESTED",
            [("Subject", _subject(f)), ("Question", _question(f))]
            + ([("Proposed HTS", f["hts"])] if f["hts"] else []),
        ),
    ]
    if f["stmt"]:
        sections.append(("PENDING MATTERS", [("Statement (177.2(b)(5))", _pending(f, ds))]))
    sections += [
        ("SAMPLES AND DOCUMENTS", [("Samples", _sample(f))]),
        ("CONFIDENTIALITY", [("Request", _conf(f))]),
    ]
    if f["signed"]:
        sections.append(
            (
                "SIGNATURE",
                [("Signed", f"/s/ {f['signer']}"), ("Name", f["signer"]), ("Title", f["title"])],
            )
        )
    else:
        sections.append(("SIGNATURE", [("Signed", "")]))
    for n, (head, items) in enumerate(sections, start=1):
        doc.need(40)
        doc.y += 10
        doc.para(72, 468, f"{n}  {head}", bold, size + 0.5, after=2)
        for k, (cap, val) in enumerate(items, start=1):
            doc.para(90, 450, f"{n}.{k}  {cap}: {val}", font, size, after=2)
    return doc
