# ruff: noqa: E501
"""Binding-ruling requests under 19 CFR Part 177, in three styles of this hand:

- `schedule`: a one-page cover letter with the particulars in an attached Schedule 1 (Particular | Detail);
- `fillin`: a printed request form letter whose blanks are typed in (Courier, underlined);
- `datasheet`: a header row of captions with one row of values, then the product data sheet."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .common import COMPANIES, PEOPLE, PORTS, ein, fdate, pick

STYLES = ("schedule", "fillin", "datasheet")
CASES = (
    "class-accept", "valuation-accept", "no-ports", "no-pending-statement", "unsigned",
    "six-items", "court", "current-entry", "cbp-assigned-ior", "no-basis", "origin-accept", "class-accept-2",
)  # fmt: skip
PRODUCTS = [
    (
        "Wireless smart doorbell with 1080p camera, model DB-5",
        "8525.89.4000",
        "home security video monitoring",
        "ABS plastic housing 62% by weight, printed circuit assembly 28%, glass lens 10%",
    ),
    (
        "Silicone baking mats, 42 x 29 cm, food grade",
        "3924.10.4000",
        "lining baking sheets in home kitchens",
        "silicone rubber 85% by weight, woven glass fiber 15%",
    ),
    (
        "Knit merino wool cardigans for women, style KC-14",
        "6110.11.0030",
        "outerwear for women",
        "merino wool 95% by weight, elastane 5%",
    ),
    (
        "Electric pet water fountains, 2.4 liters",
        "8509.80.5095",
        "supplying filtered drinking water to pets",
        "polypropylene 70% by value, submersible pump 20%, carbon filter 10%",
    ),
]


def plan(i: int, rng: random.Random) -> dict[str, Any]:
    case = CASES[i % len(CASES)]
    style = STYLES[i % len(STYLES)]
    company, street, city = pick(rng, COMPANIES)
    product, hts, use, materials = pick(rng, PRODUCTS)
    ports = rng.sample(PORTS, 2)
    signer = pick(rng, PEOPLE)
    date = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randint(0, 240))
    received = date + dt.timedelta(days=rng.randint(4, 12))
    today = received + dt.timedelta(days=rng.randint(2, 10))
    rtype = {"valuation-accept": "valuation", "origin-accept": "origin"}.get(case, "classification")
    importer = (
        f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
        if case == "cbp-assigned-ior"
        else ein(rng)
    )
    items = 6 if case == "six-items" else (1 if rng.random() < 0.6 else 2)
    sample = rng.random() < 0.5
    confidential = rng.random() < 0.3
    has_ports = case != "no-ports"
    statement = case != "no-pending-statement"
    signed = case != "unsigned"
    court = case == "court"
    current = case == "current-entry"
    basis = case != "no-basis"
    missing = []
    if not has_ports:
        missing.append("177.2(b)(1)")
    if not statement:
        missing.append("177.2(b)(5)")
    if not basis:
        missing.append("177.2(b)(6)")
    if not signed:
        missing.append("177.2(c)")
    route = "HQ" if rtype == "valuation" else "NCSD"
    if court or current:
        outcome = "no_ruling"
    elif case == "cbp-assigned-ior":
        outcome = "needs_human"
    elif missing or items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    due = (
        (received + dt.timedelta(days=30)).isoformat()
        if outcome == "accept" and route == "NCSD"
        else None
    )
    hts_list = [hts] if rtype == "classification" else []
    f = {
        "company": company, "street": street, "city": city, "product": product, "hts": hts, "use": use,
        "materials": materials, "ports": ports if has_ports else [], "signer": signer, "date": date,
        "importer": importer, "items": items, "sample": sample, "confidential": confidential,
        "statement": statement, "signed": signed, "court": court, "current": current, "rtype": rtype,
        "basis": basis, "ds": pick(rng, ["long", "dmy", "us", "abbr"]), "rng": rng,
        "price": f"${rng.randint(4, 60)}.{rng.randint(0, 99):02d}",
    }  # fmt: skip
    doc = {"schedule": _schedule, "fillin": _fillin, "datasheet": _datasheet}[style](f)
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    not_scored = ["reason: free text"]
    if court:
        not_scored.append(
            "prospective: future shipments are asked about while earlier imports are before the court"
        )
    if outcome == "accept":
        decision["due"] = due
    else:
        not_scored.append("due: the request is not accepted")
    values: dict[str, Any] = {
        "requester_name": company,
        "requester_address": f"{street}, {city}",
        "importer_number": importer,
        "request_date": date.isoformat(),
        "ruling_type": rtype,
        "product_description": product,
        "proposed_hts": hts_list,
        "ports": [p[1] for p in f["ports"]],
        "prospective": not current,
        "pending_statement": statement,
        "pending_in_court": court,
        "pending_before_cbp": current,
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": signed,
    }
    if rtype == "classification":
        values["item_count"] = items
    else:
        not_scored.append("item_count: outside classification")
    if court:
        del values["prospective"]
    truth = {
        "kind": "ruling-request", "case": case, "style": style,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values, "decision": decision, "not_scored": not_scored,
    }  # fmt: skip
    return {"truth": truth, "doc": doc}


def _subject(f: dict[str, Any]) -> str:
    return {"classification": "tariff classification", "valuation": "valuation (transaction value)",
            "origin": "country of origin"}[f["rtype"]]  # fmt: skip


def _facts(f: dict[str, Any]) -> list[str]:
    out = [
        f"Principal use in the United States: {f['use']}.",
        f"Component materials: {f['materials']}.",
        f"Purchase price per unit {f['price']} FOB; U.S. selling price about twice that.",
    ]
    if f["items"] > 1:
        out.append(
            f"The request covers {f['items']} items: the product in {f['items']} sizes, models {', '.join(f'M-{k + 1}' for k in range(f['items']))}."
        )
    else:
        out.append("The request covers 1 item.")
    if f["rtype"] == "valuation":
        out.append(
            "Terms of sale: FOB Ningbo under a written supply contract; the seller and the importer are not related."
        )
    if f["rtype"] == "origin":
        out.append(
            "The goods are assembled in Vietnam from subassemblies made in China; origin for marking is asked."
        )
    if f["court"]:
        out.append(
            "The importer has imported the product before; the classification of those earlier imports is before the court, as stated below. This request concerns the shipments planned for next quarter."
        )
    elif f["current"]:
        out.append(
            "The first shipment arrived and was entered last week; the entry is not yet liquidated."
        )
    else:
        out.append(
            "The goods have not yet been imported; the first shipment is planned for next quarter."
        )
    return out


def _basis(f: dict[str, Any]) -> str:
    if f["rtype"] != "classification":
        return "We ask CBP to rule on the question set out above on the facts given."
    if f["basis"]:
        return (
            f"We propose subheading {f['hts']}, HTSUS: the heading names the article by its function, "
            "GRI 1 applies and no other heading covers it; see also the Explanatory Notes to the heading."
        )
    return f"We ask CBP to rule that the article is classified in subheading {f['hts']}, HTSUS."


def _pending(f: dict[str, Any]) -> str | None:
    if not f["statement"]:
        return None
    if f["court"]:
        return (
            "The same issue is pending before the U.S. Court of International Trade in a case brought by the importer "
            "concerning earlier imports of this product."
        )
    if f["current"]:
        return (
            "The same transaction is before the port of entry, where the entry awaits liquidation."
        )
    return (
        "To the best of our knowledge the issue is not pending before any CBP office, the Court of International "
        "Trade, the Federal Circuit or any appellate court, and no ruling on it has been sought before."
    )


def _sample(f: dict[str, Any]) -> str:
    return (
        "A sample is enclosed; it need not be returned."
        if f["sample"]
        else "Photographs and a specification sheet are enclosed; no sample is sent."
    )


def _conf(f: dict[str, Any]) -> str:
    return (
        "Confidential treatment is requested for the purchase price and the supplier name, marked [CONFIDENTIAL] in Schedule 1, as trade secrets."
        if f["confidential"]
        else "No confidential treatment is requested."
    )


def _office(f: dict[str, Any]) -> list[str]:
    if f["rtype"] == "valuation":
        return [
            "U.S. Customs and Border Protection",
            "Regulations and Rulings, Office of Trade",
            "90 K Street NE",
            "Washington, DC 20229",
        ]
    return [
        "U.S. Customs and Border Protection",
        "National Commodity Specialist Division",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def _sign(f: dict[str, Any]) -> list[Any]:
    if f["signed"]:
        return [
            ("p", "Respectfully submitted,"),
            (
                "lines",
                [f"/s/ {f['signer']}", f"{f['signer']}, Trade Compliance Manager", f["company"]],
            ),
        ]
    return [
        ("p", "Respectfully submitted,"),
        ("gap",),
        ("lines", ["______________________________", "Authorized signatory"]),
    ]


def _ports(f: dict[str, Any]) -> str:
    return " and ".join(f"{name} ({code})" for code, name in f["ports"])


def _schedule(f: dict[str, Any]) -> dict[str, Any]:
    blocks: list[Any] = [
        ("lines", [f["company"], f["street"], f["city"]]),
        ("right", [fdate(f["date"], f["ds"])]),
        ("lines", _office(f)),
        ("p", [("Re: ", "b"), (f"Request for a binding ruling on {_subject(f)}", "n")]),
        (
            "p",
            f"Dear Director: {f['company']} (importer number {f['importer']}) asks for a binding ruling under 19 CFR Part 177 on the {_subject(f)} of the product described in the attached Schedule 1, which sets out the particulars of the request. {_basis(f)}",
        ),
        *_sign(f),
        ("small", "Enclosure: Schedule 1 (one page)."),
        ("page",),
        ("h", "SCHEDULE 1 - PARTICULARS OF THE REQUEST"),
    ]
    rows = [
        ["Requester", f["company"]],
        ["Importer number", f["importer"]],
        ["Product", f["product"]],
    ]
    if f["rtype"] == "classification":
        rows.append(["Proposed HTSUS", f["hts"]])
    if f["ports"]:
        rows.append(["Ports of entry", _ports(f)])
    blocks.append(("table", ["Particular", "Detail"], rows, [0.28, 0.72]))
    blocks.append(("h", "Facts"))
    blocks += [("p", s) for s in _facts(f)]
    pend = _pending(f)
    if pend:
        blocks += [("h", "Pending matters (19 CFR 177.2(b)(5))"), ("p", pend)]
    blocks += [("h", "Samples and confidentiality"), ("p", _sample(f)), ("p", _conf(f))]
    return {
        "font": "Helvetica",
        "size": 10,
        "header": f"Ruling request - {f['company']}",
        "blocks": blocks,
    }


def _fillin(f: dict[str, Any]) -> dict[str, Any]:
    blocks: list[Any] = [
        ("title", "REQUEST FOR A BINDING RULING"),
        (
            "small",
            "Form letter for importers. Type the entries on the blanks; strike out what does not apply.",
        ),
        ("lines", _office(f)),
        ("p", [("Date: ", "n"), (fdate(f["date"], f["ds"]), "f")]),
        (
            "p",
            [
                ("The undersigned, ", "n"),
                (f["company"], "f"),
                (", of ", "n"),
                (f"{f['street']}, {f['city']}", "f"),
                (", importer number ", "n"),
                (f["importer"], "f"),
                (", requests a binding ruling on the ", "n"),
                (_subject(f), "f"),
                (" of the following merchandise: ", "n"),
                (f["product"], "f"),
                (".", "n"),
            ],
        ),
    ]
    if f["ports"]:
        blocks.append(
            (
                "p",
                [
                    ("The merchandise will be entered at the port(s) of ", "n"),
                    (_ports(f), "f"),
                    (".", "n"),
                ],
            )
        )
    if f["rtype"] == "classification":
        blocks.append(("p", [("Proposed classification (HTSUS): ", "n"), (f["hts"], "f")]))
    blocks.append(
        ("p", [("Description of the transaction and facts: ", "n"), (" ".join(_facts(f)), "f")])
    )
    blocks.append(("p", [("Basis for the result asked for: ", "n"), (_basis(f), "f")]))
    pend = _pending(f)
    if pend:
        blocks.append(("p", [("Statement on pending matters: ", "n"), (pend, "f")]))
    blocks.append(("p", [("Samples: ", "n"), (_sample(f), "f")]))
    blocks.append(("p", [("Confidential information: ", "n"), (_conf(f), "f")]))
    blocks += _sign(f)
    return {"font": "Times", "size": 11, "header": None, "blocks": blocks}


def _datasheet(f: dict[str, Any]) -> dict[str, Any]:
    head = ["Requester", "Importer No.", "Date", "Subject"]
    vals = [f["company"], f["importer"], fdate(f["date"], f["ds"]), _subject(f)]
    blocks: list[Any] = [
        ("title", "BINDING RULING REQUEST - PRODUCT DATA SHEET"),
        ("lines", _office(f)),
        ("table", head, [vals], [0.36, 0.2, 0.18, 0.26]),
        ("p", [("Requester address: ", "b"), (f"{f['street']}, {f['city']}", "n")]),
        ("h", "1  Product"),
        ("p", [("Description: ", "b"), (f["product"], "n")]),
    ]
    if f["rtype"] == "classification":
        blocks.append(("p", [("Proposed subheading: ", "b"), (f["hts"], "n")]))
    if f["ports"]:
        blocks.append(("p", [("Ports of entry: ", "b"), (_ports(f), "n")]))
    blocks.append(("h", "2  Facts of the transaction"))
    blocks += [("p", "* " + s, 10) for s in _facts(f)]
    blocks += [("h", "3  Basis"), ("p", _basis(f))]
    pend = _pending(f)
    if pend:
        blocks += [("h", "4  Pending matters"), ("p", pend)]
    blocks += [("h", "5  Samples, confidentiality"), ("p", _sample(f)), ("p", _conf(f)), ("gap",)]
    blocks += _sign(f)
    return {
        "font": "Courier" if f["rng"].random() < 0.5 else "Helvetica",
        "size": 9,
        "header": f"Data sheet - {f['company']}",
        "blocks": blocks,
    }
