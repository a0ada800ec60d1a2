# ruff: noqa: E501
"""Binding-ruling requests (19 CFR Part 177): cases, truths and three styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law
from .common import BROKERS, COMPANIES, FIRMS, LETTER, PEOPLE, PORTS, Doc, ein, fdate, pick

CASES = [
    "class-accept",
    "origin-accept",
    "valuation-hq",
    "no-pending-statement",
    "unsigned",
    "no-port",
    "class-no-use",
    "result-no-basis",
    "court-pending",
    "current-entry",
    "six-items",
    "cbp-assigned-number",
]
STYLES = ["matrix", "proforma", "authority"]

PRODUCTS = [
    (
        "a battery-powered handheld milk frother with a stainless steel whisk",
        "whipping milk for coffee drinks in the home",
        "stainless steel 45%, ABS plastic 40%, electric motor 15% by weight",
        "8509.40.0045",
        "8516.79.0000",
        11.40,
        24.99,
    ),
    (
        "a folding aluminium camping table with a bamboo top, 90 x 60 cm",
        "outdoor dining at campsites",
        "aluminium 55%, bamboo 40%, steel fittings 5% by weight",
        "9403.20.0050",
        "9403.89.6003",
        18.75,
        54.00,
    ),
    (
        "a silicone baby feeding set of bowl, spoon and suction plate",
        "feeding infants at home",
        "food-grade silicone 92%, polypropylene 8% by weight",
        "3924.10.4000",
        "3924.90.5650",
        3.10,
        14.99,
    ),
    (
        "a wired ergonomic vertical computer mouse, 6 buttons",
        "input device for personal computers",
        "ABS plastic 70%, printed circuit assembly 25%, copper cable 5% by weight",
        "8471.60.9050",
        "8471.60.2000",
        6.20,
        29.95,
    ),
]
PENDING_NO = [
    "To the best of the requester's knowledge, the issue is not pending before any CBP office, the Court of "
    "International Trade, the Court of Appeals for the Federal Circuit or any appellate court, and it has not "
    "been the subject of an earlier ruling request.",
    "Statement under 19 CFR 177.2(b)(5): no transaction or issue described here is, or has been, before a CBP "
    "office or any court, and the request is not one of a series.",
]


def make(case: str, rng: random.Random) -> dict[str, Any]:
    name, addr = pick(rng, COMPANIES)
    prod = pick(rng, PRODUCTS)
    ports = rng.sample(PORTS, rng.choice([1, 2]))
    f: dict[str, Any] = {
        "name": name,
        "addr": addr,
        "ior": ein(rng),
        "prod": prod,
        "ports": ports,
        "type": "classification",
        "items": 1,
        "hts_form": rng.choice(["dot", "ten", "bare"]),
        "propose": True,
        "basis": True,
        "use": True,
        "pending": rng.choice(PENDING_NO),
        "court": None,
        "entry": None,
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.4,
        "signed": True,
        "signer": pick(rng, PEOPLE),
        "verify": False,
    }
    if case == "origin-accept":
        f["type"] = "origin"
        f["propose"] = False
    elif case == "valuation-hq":
        f["type"] = "valuation"
        f["propose"] = False
    elif case == "no-pending-statement":
        f["pending"] = None
    elif case == "unsigned":
        f["signed"] = False
    elif case == "no-port":
        f["ports"] = []
    elif case == "class-no-use":
        f["use"] = False
    elif case == "result-no-basis":
        f["basis"] = False
    elif case == "court-pending":
        f["court"] = (
            f"{pick(rng, COMPANIES)[0].split(',')[0]} v. United States, Court No. {rng.randrange(22, 26)}-{rng.randrange(100, 999):05d}"
        )
    elif case == "current-entry":
        f["entry"] = True
    elif case == "six-items":
        f["items"] = 6
    elif case == "cbp-assigned-number":
        f["ior"] = f"{rng.randrange(100000, 999999)}-{rng.randrange(10000, 99999)}"
        f["verify"] = True
    request = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 400))
    received = request + dt.timedelta(days=rng.randrange(3, 11))
    today = received + dt.timedelta(days=rng.randrange(1, 10))
    f["request"] = request
    if f["entry"]:
        f["entry_date"] = request - dt.timedelta(days=rng.randrange(10, 30))
        f["entry_no"] = law.entry_number(
            rng.choice(["B7D", "E24", "G5B"]), rng.randrange(1000000, 9999999)
        )
    hts = prod[3]
    printed = {"dot": hts, "ten": f"{hts[:7]}.{hts[8:10]}.{hts[10:]}", "bare": hts.replace(".", "")}
    f["hts"] = printed[f["hts_form"]] if f["propose"] else None
    route = "HQ" if f["type"] == "valuation" else "NCSD"
    missing = []
    if not f["ports"]:
        missing.append("177.2(b)(1)")
    if not f["use"]:
        missing.append("177.2(b)(2)")
    if f["pending"] is None:
        missing.append("177.2(b)(5)")
    if not f["basis"]:
        missing.append("177.2(b)(6)")
    if not f["signed"]:
        missing.append("177.2(c)")
    if f["verify"]:
        outcome = "needs_human"
    elif f["court"] or f["entry"]:
        outcome = "no_ruling"
    elif missing or f["items"] > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(addr),
        "importer_number": f["ior"],
        "request_date": request.isoformat(),
        "ruling_type": f["type"],
        "proposed_hts": [f["hts"]] if f["hts"] else [],
        "item_count": f["items"],
        "prospective": not f["entry"],
        "pending_statement": f["pending"] is not None or bool(f["court"] or f["entry"]),
        "pending_in_court": bool(f["court"]),
        "pending_before_cbp": bool(f["entry"]),
        "sample_provided": f["sample"],
        "confidential_requested": f["confidential"],
        "signed": f["signed"],
    }
    not_scored = [
        "product_description and ports: free text and names or codes as printed, left to the reader"
    ]
    if f["type"] != "classification":
        del values["item_count"]
        not_scored.append("item_count: outside classification")
    decision: dict[str, Any] = {
        "outcome": outcome,
        "route": route,
        "missing": missing,
        "due": (received + dt.timedelta(days=30)).isoformat()
        if outcome == "accept" and route == "NCSD"
        else None,
    }
    not_scored.append("reason: free text")
    if f["entry"]:
        del values["pending_statement"]
        not_scored.append(
            "pending_statement: the letter reports the entry but makes no 177.2(b)(5) statement as such"
        )
    if route == "NCSD" and outcome != "accept":
        del decision["due"]
        not_scored.append("due: an NCSD request that is not accepted")
    args = ["--received", received.isoformat(), "--today", today.isoformat()]
    return {
        "fields": f,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": args,
    }


def _subject(f: dict[str, Any]) -> str:
    return {
        "classification": "tariff classification",
        "origin": "country of origin",
        "valuation": "valuation",
    }[f["type"]]


def _facts(f: dict[str, Any]) -> list[str]:
    p = f["prod"]
    out = [f"The article is {p[0]}."]
    if f["items"] > 1:
        out = [
            f"The request covers six models of {p[0]}, items A through F, differing in colour and accessories."
        ]
    if f["use"]:
        out.append(f"Its principal use in the United States is {p[1]}.")
    out.append(
        f"Component materials: {p[2]}. It is sold as a consumer item under the seller's brand."
    )
    if f["type"] == "origin":
        out.append(
            "The components are made in Vietnam and assembled, tested and packed in Malaysia; the request "
            "asks whether Malaysia is the country of origin for marking and duty purposes."
        )
    if f["type"] == "valuation":
        out.append(
            "The seller is the requester's parent company, which owns all of its shares; sales are on FOB "
            "terms at the port of export, and the requester pays a 4% royalty to an unrelated licensor. The "
            "request asks whether the royalty is part of the transaction value."
        )
    return out


def _ports_text(f: dict[str, Any]) -> str:
    if not f["ports"]:
        return ""
    names = " and ".join(f"{n} (port code {c})" for c, n in f["ports"])
    return f"The goods will be entered at {names}."


def _pending_text(f: dict[str, Any], df: str) -> str | None:
    if f["court"]:
        return f"The same classification issue is now before the Court of International Trade in {f['court']}."
    if f["entry"]:
        return (
            f"A first shipment was entered on {fdate(f['entry_date'], df)} under entry {f['entry_no']} and has not "
            "been liquidated; the request concerns that shipment and those that follow it."
        )
    return str(f["pending"]) if f["pending"] else None


def _result_text(f: dict[str, Any]) -> str:
    if not f["hts"]:
        return ""
    if not f["basis"]:
        return f"We ask CBP to rule that the article is classified in subheading {f['hts']}."
    return (
        f"We believe the article is classified in subheading {f['hts']}, HTSUS, by application of GRI 1 and "
        "GRI 6: the heading describes the article by name and the article's essential function is that named."
    )


def _sample_text(f: dict[str, Any]) -> str:
    if f["sample"]:
        return "A sample is enclosed and need not be returned."
    return "Photographs are enclosed; a sample can be sent on request."


def _conf_text(f: dict[str, Any]) -> str:
    if f["confidential"]:
        return (
            "Confidential treatment is requested under 19 CFR 177.2(b)(7) for the prices shown, which are "
            "bracketed and marked; disclosure would harm the requester's competitive position."
        )
    return "No confidential treatment is requested."


def _signature(doc: Doc, f: dict[str, Any], title: str, org: str) -> None:
    doc.para("Sincerely,", after=22 if f["signed"] else 30)
    if f["signed"]:
        doc.line(f"/s/ {f['signer']}", "f7")
        doc.line(f["signer"])
        doc.line(title)
        doc.line(org)
    else:
        doc.rule(doc.margin, doc.y + 10, doc.margin + 180, doc.y + 10, 5)
        doc.y -= 10


def _address(f: dict[str, Any]) -> list[str]:
    if f["type"] == "valuation":
        return [
            "Regulations and Rulings, Office of Trade",
            "U.S. Customs and Border Protection",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229-1177",
        ]
    return [
        "Director, National Commodity Specialist Division",
        "U.S. Customs and Border Protection",
        "Regulations and Rulings",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


# ---------------------------------------------------------------- style: options matrix


def matrix(t: dict[str, Any], rng: random.Random) -> Doc:
    f = t["fields"]
    df = rng.choice(["long", "abbr", "dmy"])
    firm, faddr = pick(rng, FIRMS)
    doc = Doc(LETTER, margin=72)
    doc.center(740, firm.upper(), "f4", 12)
    doc.center(726, "  |  ".join(faddr), "f3", 8)
    doc.rule(72, 718, 540, 718, 8)
    doc.y = 696
    doc.line(fdate(f["request"], df))
    doc.y -= 6
    for a in _address(f):
        doc.line(a, lead=12)
    doc.y -= 8
    doc.para(f"Re: Request for a binding {_subject(f)} ruling on behalf of {f['name']}", "f4")
    doc.para("Dear Sir or Madam:")
    doc.para(
        f"We write on behalf of our client, {f['name']}, {', '.join(f['addr'])} (importer number {f['ior']}), the "
        f"prospective importer, which authorized us to request this ruling under 19 CFR Part 177. "
        + _ports_text(f)
    )
    doc.para("Facts", "f4", after=2)
    doc.para(" ".join(_facts(f)))
    # options matrix
    if f["type"] == "classification" and f["basis"] and f["hts"]:
        rows = [
            (
                f["hts"],
                "Provision naming the article",
                "Yes - proposed",
                "GRI 1; heading text and notes",
            ),
            (
                f["prod"][4],
                "Alternative provision",
                "No",
                "Article is more specifically described above",
            ),
            (
                "Basket provision",
                "Other articles",
                "No",
                "Residual; applies only if nothing else does",
            ),
        ]
        head = ["Subheading", "Text (summary)", "Applies?", "Basis"]
    elif f["type"] == "origin":
        rows = [
            ("Vietnam", "Components made", "No", "No substantial transformation shown there"),
            (
                "Malaysia",
                "Assembly, testing, packing",
                "Proposed",
                "Name, character and use change there",
            ),
        ]
        head = ["Country", "Processing", "Origin?", "Basis"]
    elif f["type"] == "valuation":
        rows = [
            ("Transaction value", "Price paid plus royalty?", "Proposed", "19 U.S.C. 1401a(b)"),
            ("Related-party test", "Circumstances of sale", "Satisfied", "19 CFR 152.103(l)"),
        ]
        head = ["Method", "Question", "Result", "Authority"]
    else:
        rows, head = [], []
    if rows:
        doc.para("Options considered", "f4", after=4)
        xs = [72, 170, 310, 380]
        doc.box(72, doc.y - 4, 468, 14, 85)
        for h, x in zip(head, xs, strict=True):
            doc.text(x + 3, doc.y, h, "f2", 8)
        doc.y -= 16
        for r in rows:
            for v, x in zip(r, xs, strict=True):
                doc.text(x + 3, doc.y, v, "f1", 8)
            doc.rule(72, doc.y - 4, 540, doc.y - 4, 3)
            doc.y -= 14
        doc.y -= 8
    res = _result_text(f)
    if res:
        doc.para("Ruling requested", "f4", after=2)
        doc.para(res)
    pend = _pending_text(f, df)
    if pend:
        doc.para("Pending matters", "f4", after=2)
        doc.para(pend)
    doc.para("Samples and confidentiality", "f4", after=2)
    doc.para(_sample_text(f) + " " + _conf_text(f))
    _signature(doc, f, "Partner", firm)
    return doc


# ---------------------------------------------------------------- style: letter with a pro forma invoice


def proforma(t: dict[str, Any], rng: random.Random) -> Doc:
    f = t["fields"]
    df = rng.choice(["us", "long", "iso"])
    doc = Doc(LETTER, margin=70)
    doc.text(70, 742, f["name"], "f2", 14)
    doc.text(70, 728, " - ".join(f["addr"]) + f"   -   Importer No. {f['ior']}", "f1", 8)
    doc.y = 700
    doc.line(fdate(f["request"], df), "f1")
    doc.y -= 4
    for a in _address(f):
        doc.line(a, "f1", lead=12)
    doc.y -= 8
    doc.para(f"Subject: binding ruling request - {_subject(f)}", "f2")
    body = "f1"
    doc.para(
        f"{f['name']} asks for a binding ruling on goods it plans to import; no shipment has yet arrived"
        + ("" if not f["entry"] else " other than the one described below")
        + ". The seller's pro forma invoice, attached as page 2, gives the parties, quantities and prices. "
        + _ports_text(f),
        body,
    )
    doc.para(" ".join(_facts(f)), body)
    res = _result_text(f)
    if res:
        doc.para(res, body)
    pend = _pending_text(f, df)
    if pend:
        doc.para(pend, body)
    doc.para(_sample_text(f) + " " + _conf_text(f), body)
    _signature(doc, f, rng.choice(["Import Manager", "Chief Financial Officer"]), f["name"])
    # page 2: the invoice
    doc.new_page()
    doc.text(70, 740, "PRO FORMA INVOICE", "f2", 16)
    seller = rng.choice(
        [
            "Lianhua Precision Products Co., Ltd., Ningbo, China",
            "Sentosa Homeware Sdn. Bhd., Penang, Malaysia",
            "Hanoi Linh Dat Manufacturing JSC, Hanoi, Vietnam",
        ]
    )
    doc.text(330, 740, f"No. PF-{rng.randrange(1000, 9999)}", "f1", 9)
    doc.text(
        330,
        728,
        f"Date: {fdate(f['request'] - dt.timedelta(days=rng.randrange(5, 20)), df)}",
        "f1",
        9,
    )
    doc.box(70, 640, 230, 72)
    doc.box(310, 640, 230, 72)
    doc.text(76, 700, "SELLER", "f2", 7)
    doc.text(316, 700, "BUYER / CONSIGNEE", "f2", 7)
    doc.text(76, 686, seller, "f1", 7)
    doc.text(316, 686, f["name"], "f1", 8)
    for k, a in enumerate(f["addr"]):
        doc.text(316, 675 - 11 * k, a, "f1", 8)
    doc.text(316, 648, f"IOR {f['ior']}", "f1", 8)
    ports = ", ".join(n for _, n in f["ports"]) or "to be advised"
    doc.text(70, 622, f"Terms: FOB port of loading     Port of discharge: {ports}", "f1", 8)
    doc.box(70, 596, 470, 14, 85)
    for h, x in [
        ("ITEM", 74),
        ("DESCRIPTION", 110),
        ("QTY", 380),
        ("UNIT USD", 420),
        ("AMOUNT USD", 480),
    ]:
        doc.text(x, 600, h, "f2", 7)
    y = 582
    price = f["prod"][5]
    for k in range(f["items"]):
        qty = rng.choice([500, 1000, 1200, 2400])
        desc = f["prod"][0][:58] + (f", model {'ABCDEF'[k]}" if f["items"] > 1 else "")
        doc.text(74, y, str(k + 1), "f1", 8)
        doc.text(110, y, desc, "f1", 7)
        doc.right(400, y, str(qty), "f1", 8)
        doc.right(460, y, f"{price:.2f}", "f1", 8)
        doc.right(536, y, f"{qty * price:,.2f}", "f1", 8)
        doc.rule(70, y - 4, 540, y - 4, 2)
        y -= 14
    doc.text(70, y - 14, f"Intended U.S. resale price per unit: USD {f['prod'][6]:.2f}", "f1", 8)
    doc.text(
        70,
        y - 26,
        "Pro forma only - not for customs clearance. Prices subject to confirmation.",
        "f7",
        8,
    )
    return doc


# ---------------------------------------------------------------- style: letter of authority, then the agent's request


def authority(t: dict[str, Any], rng: random.Random) -> Doc:
    f = t["fields"]
    df = rng.choice(["dmy", "long", "us"])
    broker, baddr = pick(rng, BROKERS)
    officer = pick(rng, [p for p in ["Gordon A. Mbeki", "Sylvie Tran", "Howard L. Pennington"]])
    doc = Doc(LETTER, margin=72)
    doc.center(730, f["name"], "f4", 14)
    doc.center(716, ", ".join(f["addr"]), "f3", 9)
    doc.y = 680
    doc.center(doc.y, "LETTER OF AUTHORITY", "f4", 12)
    doc.y -= 30
    doc.line(fdate(f["request"] - dt.timedelta(days=rng.randrange(2, 9)), df))
    doc.y -= 8
    doc.para(
        f"{f['name']}, importer number {f['ior']}, authorizes {broker}, licensed customs broker, to request on its "
        f"behalf a binding ruling from U.S. Customs and Border Protection on the {_subject(f)} of "
        f"{f['prod'][0]}, and to receive the ruling and any correspondence about it."
    )
    doc.para("This authority remains in force until revoked in writing.", after=24)
    doc.line(f"/s/ {officer}", "f7")
    doc.line(f"{officer}, President")
    doc.line(f["name"])
    doc.new_page()
    doc.text(72, 742, broker, "f2", 12)
    doc.text(72, 730, ", ".join(baddr), "f1", 8)
    doc.rule(72, 724, 540, 724, 5)
    doc.y = 704
    doc.line(fdate(f["request"], df))
    doc.y -= 4
    for a in _address(f):
        doc.line(a, lead=12)
    doc.y -= 8
    doc.para(
        f"Re: {f['name']} - ruling request ({_subject(f)}); letter of authority attached", "f4"
    )
    doc.para(
        f"As licensed customs broker for {f['name']}, {', '.join(f['addr'])} (IOR {f['ior']}), and under the "
        "letter of authority attached, we request a binding ruling on the following prospective importation. "
        + _ports_text(f)
    )
    for s in [
        " ".join(_facts(f)),
        _result_text(f),
        _pending_text(f, df) or "",
        _sample_text(f),
        _conf_text(f),
    ]:
        if s:
            doc.para(s)
    _signature(doc, f, "Licensed Customs Broker", broker)
    return doc


RENDER = {"matrix": matrix, "proforma": proforma, "authority": authority}
