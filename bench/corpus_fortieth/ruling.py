"""Binding-ruling request cases (19 CFR Part 177) and three senders' styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortieth import formats as f
from bench.corpus_fortieth import law
from bench.corpus_fortieth.render import GAP, PAGE, RULE, Block, Doc, kv, line, para, table

CASES = [
    "class",
    "court-pending",
    "no-port",
    "valuation",
    "cbp-number",
    "unsigned",
    "marking",
    "current-transaction",
    "no-materials",
    "seven-items",
    "no-pending-stmt",
    "no-basis",
    "origin",
]
STYLES = ["counsel", "summary", "email"]
TYPE = {"valuation": "valuation", "marking": "marking", "origin": "origin"}
MISSING = {
    "no-port": "177.2(b)(1)",
    "no-materials": "177.2(b)(2)",
    "no-pending-stmt": "177.2(b)(5)",
    "no-basis": "177.2(b)(6)",
    "unsigned": "177.2(c)",
}
D = dt.timedelta


def _hts(code: str, form: int) -> str:
    digits = code.replace(".", "")
    return [code, f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}", digits][form]


def facts(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"fortieth-ruling-{seed}-{index}")
    case = CASES[index % len(CASES)]
    goods = rng.choice(f.GOODS)
    rtype = TYPE.get(case, "classification")
    n_items = (
        7 if case == "seven-items" else (rng.choice([1, 1, 2]) if rtype == "classification" else 1)
    )
    request = dt.date(2025, 1, 8) + D(days=rng.randint(0, 320))
    received = request + D(days=rng.randint(2, 6))
    form = rng.randint(0, 2)
    models = [
        f"{goods[0].split(',')[0]}, model {chr(65 + i)}{rng.randint(10, 99)}"
        for i in range(n_items)
    ]
    hts = [_hts(goods[1], form)] if rtype == "classification" else []
    ior = (
        f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
        if case == "cbp-number"
        else f.ein(rng)
    )
    return {
        "case": case,
        "index": index,
        "seed": seed,
        "producer": ["dot", "pdfium"][index % 2],
        "style": STYLES[(index // 2 + seed) % 3],
        "type": rtype,
        "goods": goods,
        "models": models,
        "hts": hts,
        "request": request,
        "received": received,
        "today": received + D(days=rng.randint(4, 20)),
        "requester": (
            "Shenzhen Lumen Manufacturing Co., Ltd."
            if case == "origin"
            else rng.choice(f.COMPANIES)
        ),
        "address": (
            ["Building 7, Xili Industrial Park", "Nanshan District, Shenzhen 518055, China"]
            if case == "origin"
            else [rng.choice(f.STREETS), rng.choice(f.CITIES)]
        ),
        "ior": None if case == "origin" else ior,
        "ports": rng.sample(f.PORTS, rng.choice([1, 2])),
        "signer": rng.choice(f.PEOPLE),
        "title": rng.choice(
            [
                "Associate General Counsel",
                "Trade Compliance Manager",
                "Director, Global Customs",
                "Export Manager",
            ]
        ),
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.3,
        "date_style": rng.choice(sorted(f.DATE_STYLES)),
        "face": rng.choice(["sans", "serif", "mono"]),
        "court_no": f"{request.year % 100:02d}-{rng.randint(10, 999):05d}",
        "entry": law.entry_number(f.filer(rng), f"{rng.randint(0, 9999999):07d}"),
        "price": rng.randint(4, 60),
    }


def truth(x: dict[str, Any]) -> dict[str, Any]:
    case = x["case"]
    route = "HQ" if x["type"] == "valuation" else "NCSD"
    missing = [MISSING[case]] if case in MISSING else []
    if case in ("court-pending", "current-transaction"):
        outcome = "no_ruling"
    elif case == "cbp-number":
        outcome = "needs_human"
    elif missing or len(x["models"]) > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "requester_name": x["requester"],
        "requester_address": ", ".join(x["address"]),
        "importer_number": x["ior"],
        "request_date": x["request"].isoformat(),
        "ruling_type": x["type"],
        "proposed_hts": x["hts"],
        "prospective": case != "current-transaction",
        "pending_statement": case != "no-pending-stmt",
        "pending_in_court": case == "court-pending",
        "pending_before_cbp": case == "current-transaction",
        "sample_provided": x["sample"],
        "confidential_requested": x["confidential"],
        "signed": case != "unsigned",
    }
    not_scored = [
        "product_description, ports: free text and port names or codes the contract does "
        "not fix the form of",
        "reason: free text",
    ]
    if x["type"] == "classification":
        values["item_count"] = len(x["models"])
    else:
        not_scored.append("item_count: counted only for classification requests")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (x["received"] + D(days=30)).isoformat() if route == "NCSD" else None
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append("due: the contract gives a target date only for a request NCSD takes up")
    if case == "cbp-number":
        not_scored[-1:] = [
            not_scored[-1],
            "outcome needs_human: the importer number is in the "
            "CBP-assigned form, which the reference marks VERIFY",
        ]
    return {
        "kind": "ruling-request",
        "family": x["producer"],
        "case": case,
        "style": x["style"],
        "args": ["--received", x["received"].isoformat(), "--today", x["today"].isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def _d(x: dict[str, Any], day: dt.date) -> str:
    return f.date(day, x["date_style"])


def _office(x: dict[str, Any]) -> list[str]:
    if x["type"] == "valuation":
        return [
            "Regulations and Rulings, Office of Trade",
            "U.S. Customs and Border Protection",
            "90 K Street NE, Washington, DC 20229",
        ]
    return [
        "National Commodity Specialist Division",
        "U.S. Customs and Border Protection",
        "201 Varick Street, Suite 501, New York, NY 10014",
    ]


def _subject(x: dict[str, Any]) -> str:
    return {
        "classification": "tariff classification",
        "valuation": "valuation (transaction value)",
        "marking": "country of origin marking",
        "origin": "country of origin",
    }[x["type"]]


def _transaction(x: dict[str, Any]) -> str:
    ports = " and ".join(f"{name} ({code})" for code, name in x["ports"])
    port_txt = "" if x["case"] == "no-port" else f" The goods will be entered at {ports}."
    if x["case"] == "current-transaction":
        return (
            f"The first shipment arrived and was entered under entry {x['entry']}, which is not "
            f"yet liquidated; further shipments will follow.{port_txt}"
        )
    if x["type"] == "valuation":
        return (
            f"The requester will buy the goods from its parent company under an annual supply "
            f"agreement, FOB port of export, at about ${x['price']} a unit. Buyer and seller are "
            f"related; the price is set under the group's transfer-pricing policy and is settled "
            f"in the ordinary course of business.{port_txt}"
        )
    who = (
        "The exporter will sell the goods to U.S. buyers"
        if x["case"] == "origin"
        else ("The requester intends to import the goods from its supplier in Vietnam")
    )
    return f"{who}; no shipment has yet been made.{port_txt}"


def _product(x: dict[str, Any]) -> list[str]:
    desc, _code, materials, use = x["goods"]
    out = [
        f"The article is {desc[0].lower() + desc[1:]}. Its principal use in the United States is "
        f"{use}. It is sold at retail for about ${x['price'] * 3} and bought at ${x['price']}."
    ]
    if x["case"] != "no-materials":
        out.append(f"Component materials: {materials}.")
    if x["type"] == "marking":
        out.append(
            "The requester proposes to mark each article 'Made in Vietnam' by a molded "
            "legend on the base, legible and permanent, and asks whether that marking meets "
            "19 U.S.C. 1304 and 19 CFR Part 134."
        )
    if x["type"] == "origin":
        out.append(
            "The components are made in China and Vietnam and assembled in Vietnam; the "
            "exporter asks which country is the country of origin."
        )
    if len(x["models"]) > 1:
        out.append("The request covers these models: " + "; ".join(x["models"]) + ".")
    return out


def _basis(x: dict[str, Any]) -> list[str]:
    if x["type"] == "classification" and x["hts"]:
        head = (
            "The requester believes the goods are classified under subheading "
            f"{x['hts'][0]}, HTSUS."
        )
        if x["case"] == "no-basis":
            return [head]
        return [
            head + " Under GRI 1 and GRI 6 the terms of the heading describe the article as "
            "imported, and the explanatory notes to the heading confirm that reading."
        ]
    if x["type"] == "valuation":
        return [
            "The requester asks that transaction value be accepted: the relationship did not "
            "influence the price, which meets the circumstances-of-sale test of 19 U.S.C. "
            "1401a(b)(2)(B) and 19 CFR 152.103(l)."
        ]
    return []


def _pending(x: dict[str, Any]) -> list[str]:
    case = x["case"]
    if case == "no-pending-stmt":
        return []
    if case == "court-pending":
        return [
            f"The same issue is pending before the U.S. Court of International Trade in Court "
            f"No. {x['court_no']}, brought by the requester for earlier imports."
        ]
    if case == "current-transaction":
        return [
            "The issue is not before any court; the entry named above is before the port, "
            "which has not yet decided the classification."
        ]
    return [
        x["_rng"].choice(
            [
                "To the requester's knowledge, the issue is not pending before any CBP "
                "office, the Court of "
                "International Trade, the Court of Appeals for the Federal Circuit or any "
                "appellate court, "
                "and has not been.",
                "No transaction or issue of this kind is or was before CBP or any court, "
                "and the request is "
                "not one of a series.",
            ]
        )
    ]


def _sample(x: dict[str, Any]) -> str:
    return (
        "A sample of the article is enclosed; it need not be returned."
        if x["sample"]
        else "Photographs and a specification sheet are attached; no sample is sent."
    )


def _conf(x: dict[str, Any]) -> str:
    return (
        "Confidential treatment is requested for the purchase and selling prices, which are "
        "marked [CONFIDENTIAL] in the attachments."
        if x["confidential"]
        else "No confidential treatment is requested."
    )


def _signature(x: dict[str, Any], closing: str) -> list[Block]:
    if x["case"] == "unsigned":
        return [
            GAP,
            line(closing),
            GAP,
            line("______________________________"),
            line("(signature)"),
        ]
    if x["_rng"].random() < 0.5:
        return [GAP, line(closing), line(f"/s/ {x['signer']}"), line(x["title"])]
    return [
        GAP,
        line(closing),
        GAP,
        line("______________________________"),
        line(x["signer"]),
        line(x["title"]),
        line(x["requester"]),
    ]


def _ior_line(x: dict[str, Any]) -> list[str]:
    return [] if x["ior"] is None else [f"Importer number: {x['ior']}"]


def style_counsel(x: dict[str, Any]) -> Doc:
    """In-house counsel's request in numbered sections, the description running onto page two."""
    blocks = (
        [
            line(x["requester"], bold=True, align="center"),
            line(", ".join(x["address"]), align="center"),
            line("Office of the General Counsel", align="center"),
            RULE,
            line(_d(x, x["request"])),
            GAP,
        ]
        + [line(s) for s in _office(x)]
        + [
            GAP,
            line(f"Re: Request for a binding ruling - {_subject(x)}", bold=True),
            GAP,
            para(
                "Pursuant to 19 CFR Part 177 we request a prospective ruling on the matter below."
            ),
        ]
    )
    n = 1
    sections: list[tuple[str, list[str]]] = [
        ("Requester", [f"{x['requester']}, {', '.join(x['address'])}.", *_ior_line(x)]),
        ("The transaction", [_transaction(x)]),
        ("Description of the merchandise", _product(x)),
        (
            "Requested ruling",
            _basis(x) or ["The requester asks CBP to rule on the question above."],
        ),
        ("Pending matters", _pending(x)),
        ("Samples and confidentiality", [_sample(x), _conf(x)]),
    ]
    for title, paras in sections:
        if not paras:
            continue
        blocks.append(line(f"{n}. {title}", bold=True))
        blocks += [para(p, indent=3) for p in paras]
        if n == 3:
            blocks.append(PAGE)
        n += 1
    blocks += _signature(x, "Respectfully submitted,")
    return Doc(blocks, face=x["face"])


def style_summary(x: dict[str, Any]) -> Doc:
    """A compliance manager's request summarised in a two-column table under a short cover note."""
    rows = [["Requester", x["requester"]], ["Address", ", ".join(x["address"])]]
    if x["ior"] is not None:
        rows.append(["Importer No.", x["ior"]])
    rows += [["Date of request", _d(x, x["request"])], ["Subject", _subject(x)]]
    if x["case"] != "no-port":
        rows.append(["Port(s) of entry", "; ".join(f"{c} {n}" for c, n in x["ports"])])
    rows.append(["Proposed HTSUS", x["hts"][0] if x["hts"] else "n/a"])
    if x["type"] == "classification":
        rows.append(["Number of items", str(len(x["models"]))])
    rows.append(["Sample", "enclosed" if x["sample"] else "none (photographs attached)"])
    rows.append(["Confidential", "yes - prices" if x["confidential"] else "no"])
    blocks = [line("RULING REQUEST SUMMARY", bold=True), RULE] + [line(s) for s in _office(x)]
    blocks += [
        GAP,
        table(["Item", "Detail"], rows, ruled=x["_rng"].random() < 0.6),
        GAP,
        line("Transaction", bold=True),
        para(_transaction(x)),
        line("Merchandise", bold=True),
    ] + [para(p) for p in _product(x)]
    if _basis(x):
        blocks += [line("Basis for the result requested", bold=True)] + [para(p) for p in _basis(x)]
    if _pending(x):
        blocks += [line("Statement under 19 CFR 177.2(b)(5)", bold=True)] + [
            para(p) for p in _pending(x)
        ]
    blocks += [para(_sample(x) + " " + _conf(x))]
    blocks += _signature(x, "Submitted by")
    return Doc(blocks, face=x["face"])


def style_email(x: dict[str, Any]) -> Doc:
    """A request sent as an e-mail and printed: header lines, bulleted facts, a signature block."""
    blocks = [
        kv(
            [
                (
                    "From:",
                    f"{x['signer'] if x['case'] != 'unsigned' else 'trade desk'} "
                    f"<rulings@{x['requester'].split()[0].lower().strip(',.')}.example>",
                ),
                (
                    "To:",
                    "NCSD rulings desk"
                    if x["type"] != "valuation"
                    else "HQ Regulations and Rulings",
                ),
                ("Sent:", _d(x, x["request"])),
                ("Subject:", f"Binding ruling request - {_subject(x)}"),
            ]
        ),
        RULE,
        para("Hello,"),
        para(
            f"{x['requester']} ({', '.join(x['address'])}) asks for a binding ruling under "
            "19 CFR Part 177. The facts:"
        ),
    ]
    for s in [*_ior_line(x), _transaction(x), *_product(x), *_basis(x), *_pending(x)]:
        blocks.append(para(f"* {s}", indent=2))
    blocks += [para(_sample(x)), para(_conf(x))]
    blocks += _signature(x, "Best regards,")
    return Doc(blocks, face=x["face"])


def document(x: dict[str, Any]) -> Doc:
    x["_rng"] = random.Random(f"fortieth-ruling-style-{x['seed']}-{x['index']}")
    doc = {"counsel": style_counsel, "summary": style_summary, "email": style_email}[x["style"]](x)
    del x["_rng"]
    return doc
