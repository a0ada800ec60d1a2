"""Ruling-request cases and the three senders (counsel, summary, email)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyfourth import common as C

CASES = [
    "accept-class",
    "deficient-b1",
    "no_ruling-court",
    "needs_human-cbpnum",
    "accept-valuation",
    "deficient-b2",
    "deficient-b5",
    "no_ruling-current",
    "deficient-c",
    "deficient-items",
    "accept-origin",
    "deficient-b6",
    "accept-marking",
]
STYLES = ["counsel", "summary", "email"]
TYPE = {"accept-valuation": "valuation", "accept-origin": "origin", "accept-marking": "marking"}


def plan(index: int, seed: int) -> dict[str, Any]:
    """Truth and blocks for one ruling request."""
    rng = random.Random(f"ruling:{seed}:{index}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index // 2 + seed) % 3]
    habit = rng.randrange(7)
    name, addr = rng.choice(C.COMPANIES)
    signer = rng.choice(C.PEOPLE)
    goods, hts = rng.choice(C.GOODS)
    port, port_name = rng.choice(C.PORTS)
    rtype = TYPE.get(case, "classification")
    ior = (
        f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
        if case == "needs_human-cbpnum"
        else C.ein(rng)
    )
    request_date = dt.date(2025, rng.randint(1, 10), rng.randint(1, 28))
    received = request_date + dt.timedelta(days=rng.randint(2, 6))
    today = received + dt.timedelta(days=rng.randint(0, 5))
    items = 7 if case == "deficient-items" else rng.choice([1, 1, 2, 3])
    missing = [
        m
        for k, m in (
            ("b1", "177.2(b)(1)"),
            ("b2", "177.2(b)(2)"),
            ("b5", "177.2(b)(5)"),
            ("b6", "177.2(b)(6)"),
        )
        if k in case
    ] + (["177.2(c)"] if case.endswith("-c") else [])
    route = "HQ" if rtype == "valuation" else "NCSD"
    outcome = case.split("-")[0]
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(addr),
        "importer_number": ior,
        "request_date": request_date.isoformat(),
        "ruling_type": rtype,
        "proposed_hts": [hts] if rtype == "classification" else [],
        "item_count": items,
        "prospective": case != "no_ruling-current",
        "pending_statement": case != "deficient-b5",
        "pending_in_court": case == "no_ruling-court",
        "pending_before_cbp": case == "no_ruling-current",
        "sample_provided": rng.random() < 0.5,
        "confidential_requested": rng.random() < 0.3,
        "signed": case != "deficient-c",
    }
    not_scored = [
        "product_description/ports: free text and list form the contract leaves open",
        "reason: free text",
    ]
    if rtype != "classification":
        del values["item_count"]
        not_scored.append("item_count: counted only for classification")
    decision: dict[str, Any] = {
        "outcome": outcome,
        "route": route,
        "missing": missing,
        "due": (received + dt.timedelta(days=30)).isoformat() if route == "NCSD" else None,
    }
    if outcome != "accept" and route == "NCSD":
        del decision["due"]
        not_scored.append("due: not settled for a request that is not accepted")
    doc = {
        "kind": "ruling-request",
        "case": case,
        "style": style,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }

    def d(day: dt.date) -> str:
        return C.fmt_date(day, habit)

    models = [f"Model {chr(65 + k)}{rng.randint(10, 99)}" for k in range(items)]
    facts = [f"The article is {goods.lower()}, offered as {', '.join(models)}."]
    if "b2" not in case:
        facts.append(
            "Principal use in the United States: retail sale to consumers for household use. "
            "Component materials by weight: 82% base material, 12% polymer parts, 6% packaging "
            "inserts. Purchase price about $14.20 per unit; U.S. selling price $29.99."
        )
    if rtype == "valuation":
        facts.append(
            "Terms of sale: FOB Ningbo. The seller and the importer are not related within "
            "19 U.S.C. 1401a(g); the invoices show the total price actually paid."
        )
    if rtype == "origin":
        facts.append(
            "Components are made in Vietnam and assembled in Malaysia, where the article is "
            "tested and packed."
        )
    if rtype == "marking":
        facts.append(
            "We ask whether marking the inner carton, not each article, satisfies 19 CFR 134."
        )
    if case == "no_ruling-current":
        facts.append(
            f"The first shipment arrived at {port_name} on "
            f"{d(request_date - dt.timedelta(days=12))} "
            "and was entered; the entry has not liquidated."
        )
    else:
        facts.append(
            "The goods have not yet been shipped; the request concerns future importations."
        )
    port_line = [] if "b1" in case else [f"Port of entry: {port_name} ({port})"]
    if rtype != "classification":
        result = f"We ask for a ruling on the {rtype} question described above."
    elif "b6" in case:
        result = f"We ask CBP to rule that the article is classified in subheading {hts}."
    else:
        result = (
            f"We believe the article is classified in subheading {hts}, HTSUS, under GRI 1 and "
            "GRI 6, because the heading text describes the article by name and no other heading "
            "applies; the Explanatory Notes to the heading confirm this."
        )
    if case == "no_ruling-court":
        pend = (
            "The same issue is pending before the U.S. Court of International Trade in Court No. "
            f"25-{rng.randint(10000, 99999)}."
        )
    elif case == "deficient-b5":
        pend = ""
    elif case == "no_ruling-current":
        pend = (
            "To our knowledge the issue is not before a court; the entry is pending at the port "
            f"of {port_name}."
        )
    else:
        pend = rng.choice(
            [
                "The issue is not pending before any CBP office, the Court of International "
                "Trade or any court.",
                "To the best of our knowledge, this matter has not been and is not before any "
                "Customs office or court.",
                "No related matter is pending with CBP or before the CIT or the Federal Circuit.",
            ]
        )
    sample = (
        "A sample is sent with this request; please return it."
        if values["sample_provided"]
        else "Photographs are enclosed; no sample is sent."
    )
    conf = (
        "We ask that the pricing information be treated as confidential under 19 CFR 177.2(b)(7)."
        if values["confidential_requested"]
        else "No confidential treatment is requested."
    )
    if values["signed"]:
        sig: list[tuple[object, ...]] = [
            ("line", "Respectfully submitted,"),
            ("line", f"/s/ {signer}"),
            ("line", signer),
            ("line", "General Counsel" if style == "counsel" else "Compliance Director"),
        ]
    else:
        sig = [("line", "Respectfully submitted,"), ("blank",), ("line", "______________________")]
    head = [
        ("line", name),
        *[("line", x) for x in addr],
        ("line", f"Importer No. {ior}"),
        ("line", d(request_date)),
        ("blank",),
    ]
    if style == "counsel":
        blocks: list[tuple[object, ...]] = [
            *head,
            (
                "line",
                "National Commodity Specialist Division"
                if route == "NCSD"
                else "Regulations and Rulings, Office of Trade",
            ),
            ("line", f"Re: Request for a binding {rtype} ruling"),
            ("blank",),
            ("line", "1. Parties"),
            ("para", f"The requester is the importer of record named above. {' '.join(port_line)}"),
            ("line", "2. Description of the merchandise and transaction"),
            *[("para", f) for f in facts],
            (
                "para",
                "Each article is packed in a retail box of one with an instruction leaflet and a "
                "warranty card. The boxes travel twelve to a master carton on standard pallets. "
                "The articles are designed by the requester in the United States and made to its "
                "drawings by an unrelated contract manufacturer, which buys the materials itself. "
                "The requester sells to national retail chains and through its own web store; no "
                "article is sold to industrial users. The drawings and a specification sheet are "
                "enclosed, and the requester can arrange a visit to its warehouse if that helps "
                "the National Commodity Specialist Division or Headquarters understand the goods.",
            ),
            ("page",),
            ("line", "3. Ruling requested"),
            ("para", result),
            ("line", "4. Pending matters"),
            *([("para", pend)] if pend else []),
            ("line", "5. Samples and confidentiality"),
            ("para", sample + " " + conf),
            *sig,
        ]
    elif style == "summary":
        rows = [
            ["Requester", name],
            ["Address", ", ".join(addr)],
            ["Importer number", ior],
            ["Date", d(request_date)],
            ["Subject", rtype],
        ]
        if port_line:
            rows.append(["Port", f"{port_name} ({port})"])
        rows += [["Items", str(items)], ["Samples", sample], ["Confidential", conf]]
        blocks = [
            ("title", "BINDING RULING REQUEST -- SUMMARY"),
            ("table", ["Field", "Entry"], rows, True),
            ("blank",),
            ("line", "Facts"),
            *[("para", f) for f in facts],
            ("line", "Requested ruling"),
            ("para", result),
            *([("line", "Pending statement"), ("para", pend)] if pend else []),
            *sig,
        ]
    else:
        blocks = [
            ("line", f"From: {signer}"),
            ("line", f"Sent: {d(request_date)}"),
            ("line", "To: rulings request mailbox"),
            ("line", f"Subject: {rtype} ruling request"),
            ("blank",),
            ("line", name),
            *[("line", x) for x in addr],
            ("line", f"IOR {ior}"),
            ("blank",),
            ("bullets", [*port_line, *facts, result, *([pend] if pend else []), sample, conf]),
            *sig,
        ]
    return {"truth": doc, "blocks": blocks, "style": style, "case": case}
