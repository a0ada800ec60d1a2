"""Binding-ruling requests under 19 CFR Part 177: facts, routing, completeness, printed blocks."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .doc import Block, Case, fmt_date
from .parties import GOODS, PARTIES, PEOPLE, PORTS

CASES = [
    "class",
    "class-multi",
    "marking",
    "origin",
    "valuation-hq",
    "carrier-hq",
    "no-pending-stmt",
    "class-no-materials",
    "unsigned",
    "six-items",
    "court-pending",
    "current-transaction",
]
HTS = [
    "8467.29.0090",
    "6205.20.2066",
    "6912.00.4810",
    "9617.00.1000",
    "9405.21.8010",
    "4015.12.1010",
]
PENDING = [
    (
        "To the best of our knowledge the issue is not pending before any CBP office, the Court "
        "of International Trade, the Federal Circuit or any appellate court, and it is not the "
        "subject of an earlier request."
    ),
    (
        "Statement under 19 CFR 177.2(b)(5): no CBP office and no court has this issue before "
        "it; the request is not one of a series."
    ),
]


def build(index: int, rng: random.Random, producer: str) -> Case:
    """One request for `CASES[index % len(CASES)]`; the importer writes for itself."""
    case = CASES[index % len(CASES)]
    name, address = PARTIES[rng.randrange(len(PARTIES))]
    port_code, port_name = PORTS[rng.randrange(len(PORTS))]
    ior = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    signer = rng.choice(PEOPLE)
    dated = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 500))
    received = dated + dt.timedelta(days=rng.randint(2, 9))
    today = received + dt.timedelta(days=rng.randint(1, 10))
    rtype = {
        "marking": "marking",
        "origin": "origin",
        "valuation-hq": "valuation",
        "carrier-hq": "carrier",
    }.get(case, "classification")
    route = "HQ" if rtype in ("valuation", "carrier") else "NCSD"
    items = 6 if case == "six-items" else 2 if case == "class-multi" else 1
    goods = [GOODS[(index + n) % len(GOODS)] for n in range(min(items, len(GOODS)))]
    if items == 6:
        goods = GOODS[:]
    hts = [HTS[GOODS.index(g)] for g in goods] if rtype == "classification" else []
    missing: list[str] = []
    outcome = "accept"
    if case == "no-pending-stmt":
        missing.append("177.2(b)(5)")
    if case == "class-no-materials":
        missing.append("177.2(b)(2)")
    if case == "unsigned":
        missing.append("177.2(c)")
    if missing or case == "six-items":
        outcome = "deficient"
    in_court = case == "court-pending"
    before_cbp = case == "current-transaction"
    if in_court or before_cbp:
        outcome = "no_ruling"
    sample = index % 3 == 0
    confidential = index % 4 == 1
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(address),
        "importer_number": ior,
        "request_date": dated.isoformat(),
        "ruling_type": rtype,
        "proposed_hts": hts,
        "prospective": not before_cbp,
        "pending_statement": case != "no-pending-stmt",
        "pending_in_court": in_court,
        "pending_before_cbp": before_cbp,
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": case != "unsigned",
    }
    not_scored = [
        "reason not scored: free text",
        "ports and product_description not scored: free text as printed",
    ]
    if rtype == "classification":
        values["item_count"] = items
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (received + dt.timedelta(days=30)).isoformat()
    else:
        not_scored.append(
            "due not scored: whether a target date runs for a request that is deficient or "
            "gets no ruling is not fixed by the contract"
        )
    style = (
        ["ticket", "grid"][index // 2 % 2]
        if producer == "typst"
        else ["worksheet", "letter"][index // 2 % 2]
    )
    out = Case(
        "ruling-request",
        case,
        style,
        ["--received", received.isoformat(), "--today", today.isoformat()],
        values,
        decision,
        not_scored,
    )
    d = "oracle" if style in ("ticket", "worksheet") else "dots"
    out.printed += [name, *address, ior, fmt_date(dated, d), *hts]
    body: list[str] = []
    to = (
        "National Commodity Specialist Division, New York"
        if route == "NCSD"
        else "Regulations and Rulings, Washington, DC"
    )
    if rtype == "classification":
        for g, h in zip(goods, hts, strict=False):
            mat = (
                ""
                if case == "class-no-materials"
                else " Component materials by weight: 70% steel, 30% plastics."
            )
            body.append(
                f"Item: {g}. Principal use in the United States: sold at retail to consumers.{mat} "
                f"Unit price USD 12.40 FOB; U.S. selling price USD 24.99. We believe the item "
                f"falls in subheading {h} because its essential character is given by the "
                f"component named first (GRI 1 and 3(b))."
            )
    elif rtype in ("marking", "origin"):
        question = (
            "marking Made in Vietnam on the retail box is acceptable under 19 CFR Part 134"
            if rtype == "marking"
            else "country of origin is Vietnam (substantial transformation)"
        )
        body.append(
            f"Product: {goods[0]}. Made in Vietnam of Chinese components; we ask whether the "
            f"{question}. "
            f"Basis: the assembly changes the name, character and use of the parts."
        )
    elif rtype == "valuation":
        body.append(
            f"Valuation question: whether assists supplied free of charge are part of the "
            f"transaction value of {goods[0]}. Terms of sale: FOB Haiphong. The seller and "
            f"buyer are not related. Basis: 19 U.S.C. 1401a(b)(1)(C) and (h)(1)."
        )
    else:
        body.append(
            "Carrier question (46 U.S.C. 55102): whether a foreign-flag barge built in the "
            "Netherlands, flagged in Panama, may carry project cargo from Houston to Corpus "
            "Christi, with its itinerary as attached. Basis: the cargo is not merchandise "
            "under 19 CFR 4.80."
        )
    body.append(f"The goods will be entered at the Port of {port_name} ({port_code}).")
    if before_cbp:
        body.append(
            "The first shipment arrived last week and is now being entered; we need the answer "
            "for that entry."
        )
    if in_court:
        body.append(
            "A case on the same issue is pending before the Court of International Trade "
            "(Court No. 25-00123)."
        )
    elif case != "no-pending-stmt":
        body.append(rng.choice(PENDING))
    body.append(
        "A sample is sent under separate cover."
        if sample
        else "Photographs are enclosed; no sample is sent."
    )
    body.append(
        "Confidential treatment is requested for the prices (19 CFR 177.2(b)(7))."
        if confidential
        else "No confidential treatment is requested."
    )
    sig = (
        "Signature: ______________________"
        if case == "unsigned"
        else f"Signed: /s/ {signer}\n{name}"
    )
    if style in ("ticket", "worksheet"):
        out.header = (
            f"Customer Service Ticket #{rng.randint(100000, 999999)} - printed {fmt_date(today, d)}"
        )
        out.blocks += [
            Block("head", "CUSTOMER SERVICE TICKET - BINDING RULING REQUEST"),
            Block(
                "boxes",
                pairs=(
                    ("Cust.", name),
                    ("Addr.", ", ".join(address)),
                    ("IOR No.", ior),
                    ("Req. Dt.", fmt_date(dated, d)),
                    ("Route to", to),
                ),
            ),
            *[Block("para", t) for t in body],
            Block("lines", text=sig),
        ]
    else:
        out.blocks += [
            Block("para", name),
            *[Block("para", a) for a in address],
            Block("para", f"Importer No. {ior}"),
            Block("para", fmt_date(dated, d)),
            Block("para", to),
            Block("head", f"Request for a binding ruling ({rtype})"),
            *[Block("para", f"{n}. {t}") for n, t in enumerate(body, start=1)],
            Block("lines", text="Sincerely,\n" + sig),
        ]
    return out
