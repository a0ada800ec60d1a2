"""Ruling-request cases and their three sender styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyfirst import formats as fm

CASES = [
    "accept-class",
    "deficient-b5",
    "noruling-court",
    "nh-cbp-number",
    "accept-valuation",
    "deficient-ports",
    "noruling-current",
    "deficient-unsigned",
    "accept-marking",
    "deficient-items",
    "deficient-materials",
    "deficient-basis",
    "accept-origin",
]
STYLES = ("counsel", "consultant", "importer")
DAY = dt.timedelta(days=1)


def plan(index: int, seed: int, rng: random.Random) -> dict[str, Any]:
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    ds = fm.DATE_STYLES[(index * 5 + seed + 2) % len(fm.DATE_STYLES)]
    name, address = rng.choice(fm.PARTIES)
    goods, hts, materials = rng.choice(fm.GOODS)
    ports = rng.sample(fm.PORTS, rng.choice([1, 2]))
    ruling_type = {
        "accept-valuation": "valuation",
        "accept-marking": "marking",
        "accept-origin": "origin",
    }.get(case, "classification")
    items = (
        7
        if case == "deficient-items"
        else rng.choice([1, 1, 2, 3])
        if ruling_type == "classification"
        else 1
    )
    request_date = dt.date(2024, 1, 8) + rng.randint(0, 600) * DAY
    received = request_date + rng.randint(2, 9) * DAY
    today = received + rng.randint(1, 12) * DAY
    ior = (
        f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
        if case == "nh-cbp-number"
        else fm.ein(rng)
    )
    missing = {
        "deficient-ports": ["177.2(b)(1)"],
        "deficient-materials": ["177.2(b)(2)"],
        "deficient-b5": ["177.2(b)(5)"],
        "deficient-basis": ["177.2(b)(6)"],
        "deficient-unsigned": ["177.2(c)"],
    }.get(case, [])
    route = "HQ" if ruling_type == "valuation" else "NCSD"
    if case.startswith("accept"):
        outcome = "accept"
    elif case.startswith("deficient"):
        outcome = "deficient"
    elif case.startswith("noruling"):
        outcome = "no_ruling"
    else:
        outcome = "needs_human"
    proposed = (
        []
        if ruling_type != "classification" or (case == "deficient-b5" and rng.random() < 0.5)
        else [rng.choice([hts, hts.replace(".", "")]) if hts else hts]
    )
    if case == "deficient-basis":
        proposed = [hts]
    sample = rng.random() < 0.5
    confidential = rng.random() < 0.3
    signer = rng.choice(fm.PEOPLE)
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(address),
        "importer_number": ior,
        "request_date": request_date.isoformat(),
        "ruling_type": ruling_type,
        "proposed_hts": proposed,
        "item_count": items,
        "prospective": not case.startswith("noruling-current"),
        "pending_statement": case != "deficient-b5",
        "pending_in_court": case == "noruling-court",
        "pending_before_cbp": case == "noruling-current",
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": case != "deficient-unsigned",
    }
    decision: dict[str, Any] = {
        "outcome": outcome,
        "route": route,
        "missing": missing,
        "due": (received + 30 * DAY).isoformat() if route == "NCSD" else None,
    }
    not_scored = [
        "reason: free text; the contract fixes no wording",
        "product_description, ports: the contract fixes neither the extent of the description "
        "nor how "
        "port names are split",
    ]
    if outcome != "accept" and route == "NCSD":
        del decision["due"]
        not_scored.append(
            "due: the contract gives the 30-day target only for a request NCSD takes up"
        )
    if ruling_type != "classification":
        del values["item_count"]
        not_scored.append("item_count: counted only for classification requests")
    if style == "consultant":
        del values["requester_name"], values["requester_address"]
        not_scored.append(
            "requester_name/address: an agent writes for the importer; the contract does not say "
            "which of the two is the requester"
        )
    doc = dict(
        values,
        case=case,
        ds=ds,
        goods=goods,
        materials=materials,
        ports=ports,
        address=address,
        name=name,
        signer=signer,
        items=items,
        received=received,
        hts=hts,
        request=request_date,
        title=rng.choice(["Senior Counsel, Trade", "Global Trade Manager", "Customs Consultant"]),
        cit=f"Court No. {request_date.year % 100 - 1:02d}-{rng.randint(100, 999):05d}",
    )
    args = ["--received", received.isoformat(), "--today", today.isoformat()]
    blocks = STYLE_FUNCS[style](doc, rng)
    return {
        "kind": "ruling-request",
        "case": case,
        "style": style,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "blocks": blocks,
    }


def _office(doc: dict[str, Any]) -> list[str]:
    if doc["ruling_type"] == "valuation":
        return [
            "Director, Regulations and Rulings",
            "U.S. Customs and Border Protection",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229",
        ]
    return [
        "Director, National Commodity Specialist Division",
        "U.S. Customs and Border Protection",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def _subject(doc: dict[str, Any]) -> str:
    return {
        "classification": "tariff classification",
        "valuation": "customs valuation",
        "marking": "country of origin marking",
        "origin": "country of origin",
    }[doc["ruling_type"]]


def _facts(doc: dict[str, Any]) -> list[str]:
    out = [
        f"The article is {doc['goods'].lower()}, to be imported in commercial quantities from "
        "our supplier abroad."
    ]
    if doc["items"] > 1:
        models = ", ".join(f"model {chr(65 + n)}-{100 + n * 10}" for n in range(doc["items"]))
        out.append(f"The request covers {doc['items']} items: {models}.")
    else:
        out.append("The request covers one item.")
    if doc["ruling_type"] == "classification":
        out.append("Principal use in the United States: household and retail consumer use.")
        if doc["case"] != "deficient-materials":
            out.append(f"Component materials by weight: {doc['materials']}.")
    elif doc["ruling_type"] == "valuation":
        out.append(
            "Terms of sale: FOB Ningbo, payment 60 days net. The seller and the importer are "
            "related within "
            "19 U.S.C. 1401a(g); the price is settled at arm's length under a written "
            "transfer-pricing policy."
        )
    elif doc["ruling_type"] == "marking":
        out.append(
            "The goods will be marked 'Made in Vietnam' by a molded mark on the base, legible "
            "and permanent."
        )
    else:
        out.append(
            "Components are sourced in China and Malaysia; assembly and testing take place in "
            "Vietnam."
        )
    if doc["case"] == "noruling-current":
        out.append(
            "The first shipment arrived last week and is entered under an entry that has not "
            "liquidated; "
            "we ask how it should be treated."
        )
    return out


def _pending(doc: dict[str, Any]) -> list[str]:
    if doc["case"] == "deficient-b5":
        return []
    if doc["case"] == "noruling-court":
        return [
            f"The same issue is pending before the U.S. Court of International Trade in "
            f"{doc['cit']}, "
            "to which the importer is a party."
        ]
    if doc["case"] == "noruling-current":
        return [
            "To our knowledge the issue is not before any court; the current entry is before "
            "the port."
        ]
    return [
        "To the best of our knowledge, the issue is not pending before any CBP office, the "
        "Court of "
        "International Trade, the Federal Circuit or any court of appeal, and it is not one of "
        "a series."
    ]


def _result(doc: dict[str, Any]) -> list[str]:
    if not doc["proposed_hts"]:
        return []
    code = doc["proposed_hts"][0]
    if doc["case"] == "deficient-basis":
        return [f"We ask CBP to rule that the goods are classified in subheading {code}."]
    return [
        f"We believe the goods are classified in subheading {code}, HTSUS, under GRI 1 and GRI "
        "6, because "
        "the subheading names the article by its terms and no other heading describes it more "
        "specifically."
    ]


def _extras(doc: dict[str, Any]) -> list[str]:
    out = [
        "A sample is enclosed with this request; please return it after review."
        if doc["sample_provided"]
        else "Photographs and a specification sheet are enclosed; no sample is sent."
    ]
    out.append(
        "We ask that the pricing data in the attachment be kept confidential under 19 CFR "
        "177.2(b)(7), as "
        "it is commercial information not made public."
        if doc["confidential_requested"]
        else "No confidential treatment is asked for."
    )
    return out


def _ports(doc: dict[str, Any]) -> str:
    return ", ".join(name for _, name in doc["ports"])


def _sig(doc: dict[str, Any], close: str) -> list[str]:
    if not doc["signed"]:
        return [close, "", "______________________________"]
    return [close, f"/s/ {doc['signer']}", doc["signer"], doc["title"]]


def counsel(doc: dict[str, Any], rng: random.Random) -> list[tuple[Any, ...]]:
    blocks: list[tuple[Any, ...]] = [
        ("head", doc["name"]),
        ("lines", doc["address"]),
        ("right", [fm.date(doc["request"], doc["ds"])]),
        ("lines", _office(doc)),
    ]
    blocks.append(
        (
            "text",
            f"Re: Request for a binding ruling on the {_subject(doc)} of "
            f"{doc['goods'].lower()} (19 CFR Part 177)",
        )
    )
    blocks.append(("head", "1. Requester"))
    blocks.append(
        (
            "text",
            f"{doc['name']}, importer number {doc['importer_number']}, asks for a binding ruling.",
        )
    )
    blocks.append(("head", "2. Ports of entry"))
    blocks.append(
        (
            "text",
            f"The goods will be entered at {_ports(doc)}."
            if doc["case"] != "deficient-ports"
            else "The goods will be entered at a port to be decided later.",
        )
    )
    blocks.append(("head", "3. Description of the merchandise and the transaction"))
    facts = _facts(doc)
    blocks += [("text", facts[0])] + [("page",)] + [("text", f) for f in facts[1:]]
    if _result(doc):
        blocks += [("head", "4. Classification proposed"), ("text", _result(doc)[0])]
    blocks.append(("head", "5. Pending matters"))
    blocks += [("text", t) for t in _pending(doc)] or [("text", "(see above)")]
    blocks.append(("head", "6. Samples and confidentiality"))
    blocks += [("text", t) for t in _extras(doc)]
    blocks.append(("sig", _sig(doc, "Respectfully submitted,")))
    return blocks


def consultant(doc: dict[str, Any], rng: random.Random) -> list[tuple[Any, ...]]:
    blocks: list[tuple[Any, ...]] = [
        ("head", "Halvorsen Trade Advisory"),
        ("lines", ["12 Commerce Plaza", "Newark, NJ 07102"]),
        ("text", f"Date: {fm.date(doc['request'], doc['ds'])}"),
        ("lines", _office(doc)),
        (
            "text",
            f"We write on behalf of our client, {doc['name']}, under the attached "
            f"letter of authorization, to request a {_subject(doc)} ruling.",
        ),
    ]
    rows = [
        ["Importer", doc["name"]],
        ["Importer address", ", ".join(doc["address"])],
        ["Importer number", doc["importer_number"]],
        ["Subject", _subject(doc)],
        ["Ports", _ports(doc) if doc["case"] != "deficient-ports" else "not yet known"],
    ]
    if doc["proposed_hts"]:
        rows.append(["Proposed HTSUS", doc["proposed_hts"][0]])
    rows.append(["Items", str(doc["items"])])
    blocks.append(("table", ["Summary", "Detail"], rows, rng.random() < 0.5))
    blocks += [("text", t) for t in _facts(doc) + _result(doc) + _pending(doc) + _extras(doc)]
    blocks.append(("sig", _sig(doc, "Kind regards,")))
    return blocks


def importer(doc: dict[str, Any], rng: random.Random) -> list[tuple[Any, ...]]:
    blocks: list[tuple[Any, ...]] = [
        ("right", [doc["name"]] + doc["address"] + [f"IOR {doc['importer_number']}"]),
        ("text", fm.date(doc["request"], doc["ds"])),
        ("lines", _office(doc)),
        ("text", f"Subject: {_subject(doc)} ruling request"),
    ]
    blocks.append(
        (
            "text",
            "Dear Sir or Madam: we plan to begin importing the article described below and ask "
            "for a "
            "binding ruling before the first shipment.",
        )
    )
    points = _facts(doc) + (
        [f"Ports of entry: {_ports(doc)}."] if doc["case"] != "deficient-ports" else []
    )
    blocks.append(("bullets", points))
    blocks += [("text", t) for t in _result(doc) + _pending(doc) + _extras(doc)]
    blocks.append(("sig", _sig(doc, "Yours faithfully,")))
    return blocks


STYLE_FUNCS = {"counsel": counsel, "consultant": consultant, "importer": importer}
