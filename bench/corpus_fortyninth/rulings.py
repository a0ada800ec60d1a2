"""Ruling-request plans under Part 177, in three sender styles."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyninth import formats as f

CASES = [
    "class-accept",
    "valuation-accept",
    "result-no-basis",
    "no-pending-statement",
    "unsigned",
    "no-ports",
    "class-missing-facts",
    "too-many-items",
    "court-pending",
    "current-transaction",
    "cbp-assigned-ior",
    "origin-accept",
]
STYLES = ("counsel", "consultant", "association")
DAY = dt.timedelta(days=1)
ASSOCIATIONS = [
    (
        "Pacific Housewares Importers Association",
        ["1100 Commerce Way, Suite 400", "Oakland, CA 94607"],
    ),
    (
        "Great Lakes Consumer Goods Trade Council",
        ["77 Wacker Drive, 12th Floor", "Chicago, IL 60601"],
    ),
]


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"fortyninth-ruling-{seed}-{index}")
    case = CASES[index % len(CASES)]
    producer = ("tk", "mgp")[index % 2]
    style = STYLES[(index + seed) % 3]
    dstyle = rng.choice(f.DATE_STYLES)
    name, address = rng.choice(f.COMPANIES)
    signer = rng.choice(f.PEOPLE)
    goods = rng.choice(f.GOODS)
    ior = f"{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}"
    if case == "cbp-assigned-ior":
        ior = f"{rng.randrange(100000, 999999)}-{rng.randrange(10000, 99999)}"
    ruling_type = {"valuation-accept": "valuation", "origin-accept": "origin"}.get(
        case, "classification"
    )
    hts_form = rng.randrange(3)
    digits = goods[1].replace(".", "")
    hts = [goods[1], f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}", digits][hts_form]
    ports = [] if case == "no-ports" else [n for _c, n in rng.sample(f.PORTS, rng.choice([1, 2]))]
    items = 7 if case == "too-many-items" else rng.choice([1, 1, 2])
    sample = rng.random() < 0.5
    confidential = rng.random() < 0.3
    pending_statement = case != "no-pending-statement"
    in_court = case == "court-pending"
    before_cbp = case == "current-transaction"
    signed = case != "unsigned"
    request_date = dt.date(2025, 2, 3) + DAY * rng.randrange(0, 300)
    received = request_date + DAY * rng.randrange(3, 12)
    today = received + DAY * rng.randrange(1, 10)
    missing: list[str] = []
    if case == "no-ports":
        missing.append("177.2(b)(1)")
    if case == "class-missing-facts":
        missing.append("177.2(b)(2)")
    if not pending_statement:
        missing.append("177.2(b)(5)")
    if case == "result-no-basis":
        missing.append("177.2(b)(6)")
    if not signed:
        missing.append("177.2(c)")
    route = "HQ" if ruling_type == "valuation" else "NCSD"
    not_scored: list[str] = []
    if case == "cbp-assigned-ior":
        outcome = "needs_human"
    elif in_court or before_cbp:
        outcome = "no_ruling"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (received + DAY * 30).isoformat() if route == "NCSD" else None
        decision["reason"] = None
    else:
        not_scored.append(
            "due: the contract gives the 30-day target only for a request that is "
            "taken up; reason: free text"
        )

    def fd(day: dt.date) -> str:
        return f.fmt_date(day, dstyle)

    values: dict[str, Any] = {
        "importer_number": ior,
        "request_date": request_date.isoformat(),
        "ruling_type": ruling_type,
        "proposed_hts": [hts] if ruling_type == "classification" else [],
        "ports": ports,
        "prospective": not before_cbp,
        "pending_statement": pending_statement,
        "pending_in_court": in_court,
        "pending_before_cbp": before_cbp,
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": signed,
    }
    if ruling_type == "classification":
        values["item_count"] = items
    else:
        not_scored.append("item_count: counted only for classification requests")
    if style == "counsel":
        values["requester_name"] = name
        values["requester_address"] = ", ".join(address)
    else:
        not_scored.append(
            "requester_name/address: the request is filed by an agent for the "
            "importer; the contract does not say which is the requester"
        )
    if style == "consultant":
        values["product_description"] = goods[0]
    else:
        not_scored.append(
            "product_description: the description runs over several sentences; "
            "the contract does not say where it ends"
        )
    agent = (
        rng.choice(ASSOCIATIONS)
        if style == "association"
        else ("Meridian Trade Advisory LLC", ["410 Harbor Street", "Long Beach, CA 90802"])
    )
    ctx = dict(
        case=case,
        name=name,
        address=address,
        signer=signer,
        goods=goods,
        ior=ior,
        ruling_type=ruling_type,
        hts=hts,
        ports=ports,
        items=items,
        sample=sample,
        confidential=confidential,
        pending_statement=pending_statement,
        in_court=in_court,
        before_cbp=before_cbp,
        signed=signed,
        fd=fd,
        request_date=request_date,
        route=route,
        rng=rng,
        agent=agent,
        facts=case != "class-missing-facts",
        basis=case != "result-no-basis",
    )
    blocks = {"counsel": _counsel, "consultant": _consultant, "association": _association}[style](
        ctx
    )
    needles = [ior, fd(request_date), *ports] + ([hts] if ruling_type == "classification" else [])
    if style == "counsel":
        needles += [name, *address]
    if style == "consultant":
        needles.append(goods[0])
    truth = {
        "kind": "ruling-request",
        "family": producer,
        "case": case,
        "style": style,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return {
        "truth": truth,
        "blocks": blocks,
        "needles": needles,
        "producer": producer,
        "name": f"ruling_{index:03d}_{producer}_{case}",
    }


def _item_list(c: dict[str, Any]) -> list[str]:
    base = c["goods"][0]
    return [f"{base} (item {k + 1}, model {chr(65 + k)}-{100 + k})" for k in range(c["items"])]


def _facts(c: dict[str, Any]) -> list[str]:
    g = c["goods"]
    if c["ruling_type"] == "valuation":
        return [
            f"The goods, {g[0].lower()}, are bought ex works from an unrelated seller in "
            "Vietnam; the terms of sale are EXW Haiphong, and the buyer pays a separate "
            "design fee to a third party. The parties are not related within 19 U.S.C. "
            "1401a(g). We ask whether the design fee is part of the transaction value."
        ]
    out = [f"The merchandise is {g[0].lower()}."]
    if c["facts"]:
        out.append(
            f"Principal use in the United States: {g[2]}. Component materials: {g[3]}. "
            "The goods are sold to retailers at about twice the purchase price."
        )
    if c["ruling_type"] == "origin":
        out.append(
            "Components are made in China and assembled in Malaysia, where the goods "
            "receive their final shape; we ask the country of origin for marking."
        )
    return out


def _pending(c: dict[str, Any]) -> str | None:
    if c["in_court"]:
        return (
            "The classification of identical goods is the subject of an action now pending "
            "before the U.S. Court of International Trade, Court No. 24-00187."
        )
    if c["before_cbp"]:
        return (
            "The goods arrived at the port last week and the entry is awaiting release; "
            "no ruling on them has been requested from any other CBP office."
        )
    if c["pending_statement"]:
        return (
            "To the best of our knowledge the issue is not, and has not been, before any CBP "
            "office, the Court of International Trade, the Federal Circuit or any appellate "
            "court. The transaction is not one of a series."
        )
    return None


def _result(c: dict[str, Any]) -> str:
    if c["ruling_type"] != "classification":
        return "We ask for a ruling on the question above."
    text = f"We request that the merchandise be classified in subheading {c['hts']}, HTSUS"
    if c["basis"]:
        text += (
            ", under GRI 1 and 6: the heading names the goods by their principal use, and no "
            "other heading describes them more specifically."
        )
    else:
        text += "."
    return text


def _sample(c: dict[str, Any]) -> str:
    return (
        "A sample is enclosed with this request; please return it."
        if c["sample"]
        else "Photographs are attached; no sample is enclosed."
    )


def _conf(c: dict[str, Any]) -> str:
    return (
        "We ask that the purchase prices in this letter be treated as confidential under "
        "19 CFR 177.2(b)(7)."
        if c["confidential"]
        else "No confidential treatment is requested."
    )


def _sign(c: dict[str, Any], title: str) -> list[Any]:
    if not c["signed"]:
        return [("gap",), ("text", "______________________________")]
    return [
        ("gap",),
        ("text", "Respectfully submitted,"),
        ("text", f"/s/ {c['signer']}"),
        ("text", c["signer"]),
        ("text", title),
    ]


def _office(c: dict[str, Any]) -> str:
    if c["route"] == "HQ":
        return "U.S. Customs and Border Protection, Regulations and Rulings, Washington, DC 20229"
    return (
        "National Commodity Specialist Division, U.S. Customs and Border Protection, "
        "New York, NY 10004"
    )


def _counsel(c: dict[str, Any]) -> list[Any]:
    fd = c["fd"]
    b: list[Any] = [("title", c["name"]), ("text", "Office of the General Counsel")]
    b += [("text", line) for line in c["address"]]
    b += [
        ("rule",),
        ("text", fd(c["request_date"])),
        ("text", _office(c)),
        ("text", f"Re: Request for a binding ruling ({c['ruling_type']})"),
        ("gap",),
        ("label", "1. Parties"),
        (
            "text",
            f"The importer of record is {c['name']}, importer number {c['ior']}, at the "
            "address above. The seller is unrelated.",
        ),
    ]
    if c["ports"]:
        b += [
            ("label", "2. Ports of entry"),
            ("text", "The goods will be entered at " + " and ".join(c["ports"]) + "."),
        ]
    b += [
        ("label", "3. The transaction"),
        (
            "text",
            "The importer plans to import the goods described below from the next season; "
            "no shipment has been made."
            if not c["before_cbp"]
            else "The importer has one shipment of the goods in transit.",
        ),
    ]
    b += [("label", "4. Description of the merchandise")] + [("text", t) for t in _facts(c)]
    if c["items"] > 1:
        b += [("text", "The request covers these items:")] + [
            ("text", "- " + t) for t in _item_list(c)
        ]
    b += [("label", "5. Ruling requested"), ("text", _result(c))]
    p = _pending(c)
    if p:
        b += [("label", "6. Pending matters"), ("text", p)]
    b += [
        ("label", "7. Samples"),
        ("text", _sample(c)),
        ("label", "8. Confidentiality"),
        ("text", _conf(c)),
    ]
    return b + _sign(c, f"Senior Trade Counsel, {c['name']}")


def _consultant(c: dict[str, Any]) -> list[Any]:
    fd = c["fd"]
    agent, aaddr = c["agent"]
    rows = [
        ["Date", fd(c["request_date"])],
        ["Importer", c["name"]],
        ["Importer address", ", ".join(c["address"])],
        ["Importer number", c["ior"]],
        ["Filed by", f"{agent} (agent, power of attorney attached)"],
        ["Subject", c["ruling_type"]],
        ["Description", c["goods"][0]],
    ]
    if c["ruling_type"] == "classification":
        rows.append(["Proposed HTS", c["hts"]])
    rows.append(["Number of items", str(c["items"])])
    rows.append(["Ports", ", ".join(c["ports"]) if c["ports"] else "to be advised"])
    rows += [
        ["Sample", "enclosed" if c["sample"] else "photographs only"],
        ["Confidential", "yes" if c["confidential"] else "no"],
    ]
    b: list[Any] = [
        ("title", agent),
        ("text", " - ".join(aaddr)),
        ("rule",),
        ("text", _office(c)),
        ("text", "BINDING RULING REQUEST - SUMMARY"),
        ("table", ["Field", "Detail"], rows, c["rng"].random() < 0.5),
        ("label", "Facts"),
    ] + [("text", t) for t in _facts(c)]
    if c["items"] > 1:
        b += [("text", "Items: " + "; ".join(_item_list(c)) + ".")]
    b += [("label", "Requested ruling"), ("text", _result(c))]
    p = _pending(c)
    if p:
        b += [("label", "Pending matters"), ("text", p)]
    return b + _sign(c, f"Principal, {agent}")


def _association(c: dict[str, Any]) -> list[Any]:
    fd = c["fd"]
    agent, aaddr = c["agent"]
    b: list[Any] = (
        [("title", agent.upper())]
        + [("text", a) for a in aaddr]
        + [
            ("rule",),
            ("right", [fd(c["request_date"])]),
            ("text", _office(c)),
            ("gap",),
            ("text", "Dear Sir or Madam:"),
            (
                "text",
                f"On behalf of our member {c['name']} (importer number {c['ior']}), of "
                f"{', '.join(c['address'])}, we request a binding ruling under 19 CFR Part 177. "
                "A letter "
                "of authority signed by the member is enclosed; the association acts as its agent.",
            ),
        ]
    )
    if c["ports"]:
        b.append(
            ("text", "The member expects to enter the goods through " + ", ".join(c["ports"]) + ".")
        )
    b += [("text", t) for t in _facts(c)]
    if c["items"] > 1:
        b += [("text", "* " + t) for t in _item_list(c)]
    b += [("text", _result(c))]
    p = _pending(c)
    if p:
        b.append(("text", p))
    b += [("text", _sample(c)), ("text", _conf(c))]
    return b + _sign(c, "Director of Member Services")
