"""Binding-ruling requests (19 CFR Part 177) and three senders' habits."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.corpus_fortyfifth import pools
from bench.corpus_fortyfifth.sheet import DATE_STYLES, Sheet, fdate, pick

CASES = [
    "class-accept",
    "valuation-hq",
    "no-ports",
    "court",
    "cbp-ior-verify",
    "no-materials",
    "current-entry",
    "no-pending",
    "unsigned",
    "result-no-basis",
    "six-items",
    "marking",
    "origin",
]
STYLES = ["webform", "counsel", "summary"]
D = dt.timedelta


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"ruling-45-{seed}-{index}")
    case = CASES[index % len(CASES)]
    name, address = rng.choice(pools.PARTIES)
    goods, hts = rng.choice(pools.GOODS)
    port, city = rng.choice(pools.PORTS)
    rtype = {"valuation-hq": "valuation", "marking": "marking", "origin": "origin"}.get(
        case, "classification"
    )
    request_date = dt.date(2025, 1, 6) + D(days=rng.randrange(300))
    received = request_date + D(days=rng.randrange(2, 8))
    printed_hts = rng.choice([hts, hts.replace(".", ""), hts[:10] + "." + hts[10:]])
    doc: dict[str, Any] = {
        "case": case,
        "name": name,
        "address": address,
        "goods": goods,
        "hts": printed_hts,
        "port": port,
        "city": city,
        "type": rtype,
        "date": request_date,
        "received": received,
        "dstyle": rng.choice(DATE_STYLES),
        "today": received + D(days=rng.randrange(1, 12)),
        "importer": f"{rng.randrange(10**6):06d}-{rng.randrange(10**5):05d}"
        if case == "cbp-ior-verify"
        else pools.ein(rng),
        "signer": rng.choice(pools.SIGNERS),
        "title": rng.choice(pools.TITLES),
        "items": 6 if case == "six-items" else rng.choice([1, 1, 2, 3]),
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.4,
        "entry": pools.entry(rng, pools.filer(rng)),
        "court_no": f"{request_date.year % 100 - 1:02d}-{rng.randrange(100, 999):05d}",
        "price": f"{rng.randrange(4, 90)}.{rng.randrange(100):02d}",
    }
    if rtype != "classification":
        doc["items"] = 1
    doc["truth"] = truth(doc)
    return doc


def truth(doc: dict[str, Any]) -> dict[str, Any]:
    case = doc["case"]
    route = "HQ" if doc["type"] == "valuation" else "NCSD"
    missing = {
        "no-ports": ["177.2(b)(1)"],
        "no-materials": ["177.2(b)(2)"],
        "no-pending": ["177.2(b)(5)"],
        "result-no-basis": ["177.2(b)(6)"],
        "unsigned": ["177.2(c)"],
    }.get(case, [])
    outcome = "accept"
    if case in ("court", "current-entry"):
        outcome = "no_ruling"
    elif case == "cbp-ior-verify":
        outcome = "needs_human"
    elif missing or case == "six-items":
        outcome = "deficient"
    values: dict[str, Any] = {
        "requester_name": doc["name"],
        "requester_address": ", ".join(doc["address"]),
        "importer_number": doc["importer"],
        "request_date": doc["date"].isoformat(),
        "ruling_type": doc["type"],
        "proposed_hts": [doc["hts"]] if doc["type"] == "classification" else [],
        "prospective": case != "current-entry",
        "pending_statement": case != "no-pending",
        "pending_in_court": case == "court",
        "pending_before_cbp": case == "current-entry",
        "sample_provided": doc["sample"],
        "confidential_requested": doc["confidential"],
        "signed": case != "unsigned",
    }
    not_scored = [
        "product_description: the contract sets no rule for where a description spread over "
        "sections ends",
        "ports: the contract allows names or codes and these letters print both",
        "reason: free text",
    ]
    if doc["type"] == "classification":
        values["item_count"] = doc["items"]
    else:
        not_scored.append("item_count: counted only for classification requests")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (doc["received"] + D(days=30)).isoformat()
    else:
        not_scored.append(
            "due: the contract sets the NCSD target only for a request it can rule on"
        )
    if case == "cbp-ior-verify":
        not_scored.append(
            "note: the CBP-assigned importer number format is a VERIFY line: outcome needs_human"
        )
    args = ["--received", doc["received"].isoformat(), "--today", doc["today"].isoformat()]
    return {
        "kind": "ruling-request",
        "case": case,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def _facts(doc: dict[str, Any], rng: random.Random) -> list[tuple[str, str]]:
    """(question, answer) pairs every style draws from."""
    case, goods = doc["case"], doc["goods"]
    out = []
    models = ", ".join(f"model {chr(65 + n)}-{10 + n}" for n in range(doc["items"]))
    out.append(
        ("Product", goods + (f" ({doc['items']} items: {models})" if doc["items"] > 1 else ""))
    )
    if doc["type"] == "classification":
        out.append(
            ("Principal use", "Sold at retail to consumers for household use in the United States.")
        )
        if case != "no-materials":
            out.append(
                (
                    "Component materials",
                    pick(
                        rng,
                        "Steel 62% by weight, plastics 30%, rubber 8%.",
                        "Textile 85% cotton and 15% polyester by weight.",
                        "Aluminum 70% and plastics 30% by value.",
                    ),
                )
            )
        out.append(
            (
                "Price",
                f"Purchase price USD {doc['price']} per unit; U.S. selling price about twice that.",
            )
        )
        if case == "result-no-basis":
            out.append(("Classification sought", f"HTSUS {doc['hts']}."))
        else:
            out.append(
                (
                    "Classification sought",
                    f"HTSUS {doc['hts']}, under GRI 1 and the terms of the heading, "
                    "which describes the article by name; no other heading covers it.",
                )
            )
    elif doc["type"] == "valuation":
        out.append(("Terms of sale", "FOB Ningbo, paid by wire within 60 days of shipment."))
        out.append(
            (
                "Relationship",
                "The seller is a wholly owned subsidiary of the requester; the price is "
                "settled at arm's length under a written transfer-pricing policy.",
            )
        )
        out.append(
            (
                "Result sought",
                "Transaction value is acceptable under 19 U.S.C. 1401a(b)(2)(B), because "
                "the price is settled as between unrelated parties.",
            )
        )
    elif doc["type"] == "marking":
        out.append(
            (
                "Marking question",
                "Whether a molded country-of-origin marking on the underside of the "
                "article meets 19 CFR 134.41 when the article is sold without packaging.",
            )
        )
    else:
        out.append(
            (
                "Origin question",
                "Country of origin of the article assembled in Vietnam from Chinese "
                "parts under the substantial transformation test.",
            )
        )
    if case != "no-ports":
        out.append(("Port of entry", f"{doc['city']} (port code {doc['port']})"))
    if case == "current-entry":
        out.append(
            (
                "Transaction",
                f"The goods arrived and are covered by entry {doc['entry']}, which the port of "
                f"{doc['city']} is now reviewing; we ask how that entry should be treated.",
            )
        )
    else:
        out.append(
            (
                "Transaction",
                "Future importations under a supply contract starting next quarter; no goods "
                "have been shipped or entered.",
            )
        )
    if case == "court":
        out.append(
            (
                "Pending matters",
                f"The same issue is pending before the Court of International Trade in "
                f"{doc['name'].split(',')[0]} v. United States, Court No. {doc['court_no']}.",
            )
        )
    elif case == "current-entry":
        out.append(
            (
                "Pending matters",
                "The issue is before the port on the entry named above; it is not before "
                "any court.",
            )
        )
    elif case != "no-pending":
        out.append(
            (
                "Pending matters",
                pick(
                    rng,
                    "To our knowledge the issue is not pending before any CBP office, "
                    "the Court of International Trade, the Federal Circuit or any appellate court.",
                    "The issue has not been and is not now before CBP or any court.",
                ),
            )
        )
    out.append(
        (
            "Sample",
            "A sample is enclosed; please return it."
            if doc["sample"]
            else pick(
                rng,
                "No sample is available; photographs are attached.",
                "Drawings are attached instead of a sample.",
            ),
        )
    )
    out.append(
        (
            "Confidentiality",
            "Confidential treatment is requested for the price data (19 CFR 177.2(b)(7))."
            if doc["confidential"]
            else "No confidential treatment is requested.",
        )
    )
    return out


def draw(doc: dict[str, Any], style: str, rng: random.Random) -> Sheet:
    return {"webform": _webform, "counsel": _counsel, "summary": _summary}[style](doc, rng)


def _kind_words(doc: dict[str, Any]) -> str:
    return {
        "classification": "Classification",
        "valuation": "Valuation",
        "marking": "Country of origin marking",
        "origin": "Country of origin",
    }[doc["type"]]


def _webform(doc: dict[str, Any], rng: random.Random) -> Sheet:
    """A printed web-form submission: question / answer pairs."""
    s = Sheet("sans", 9.5, left=54, top=64)
    s.put(54, 44, "eRulings Request - Submission Summary", "sans-b", 13)
    s.put(
        54,
        56,
        "Submitted " + fdate(doc["date"], doc["dstyle"]) + "  -  printed from the browser",
        "sans",
        8,
    )
    s.rule(54, 558, 0.8, dy=2)
    s.y += 14
    qa = [
        ("1. Requester name", doc["name"]),
        ("2. Requester address", ", ".join(doc["address"])),
        ("3. Importer number", doc["importer"]),
        ("4. Type of ruling", _kind_words(doc)),
    ] + [(f"{n}. {q}", a) for n, (q, a) in enumerate(_facts(doc, rng), start=5)]
    for q, a in qa:
        s.line(q, font="sans-b")
        s.para(a, 96, x=72)
    s.line("Certification", font="sans-b")
    if doc["case"] == "unsigned":
        s.para("Electronic signature: (not entered)", 96, x=72)
    else:
        s.para(f"Electronic signature: /s/ {doc['signer']}, {doc['title']}", 96, x=72)
    return s


def _counsel(doc: dict[str, Any], rng: random.Random) -> Sheet:
    """In-house counsel's request with numbered sections; the description runs over two pages."""
    s = Sheet("serif", 11, left=72, top=72)
    ds = doc["dstyle"]
    s.put(72, 54, doc["name"].upper(), "serif-b", 12)
    s.put(72, 68, "Office of the General Counsel  -  " + ", ".join(doc["address"]), "serif", 8.5)
    s.y = 100
    s.line(fdate(doc["date"], ds))
    s.y += 6
    office = (
        "Regulations and Rulings, Office of Trade"
        if doc["type"] == "valuation"
        else "National Commodity Specialist Division"
    )
    s.line(office)
    s.line("U.S. Customs and Border Protection")
    s.y += 8
    s.line(
        f"Re: Request for a binding ruling - {_kind_words(doc).lower()}; importer no. "
        f"{doc['importer']}",
        font="serif-b",
    )
    s.y += 6
    s.para(
        f"{doc['name']} asks for a prospective ruling under 19 CFR Part 177 on the article "
        f"described below."
    )
    facts = dict(_facts(doc, rng))
    sections = [
        (
            "1. The article",
            facts.pop("Product")
            + ". "
            + " ".join(
                f"{k}: {v}"
                for k, v in facts.items()
                if k
                in (
                    "Principal use",
                    "Component materials",
                    "Price",
                    "Marking question",
                    "Origin question",
                )
            ),
        )
    ]
    sections.append(
        (
            "2. The transaction",
            " ".join(
                v
                for k, v in facts.items()
                if k in ("Transaction", "Port of entry", "Terms of sale", "Relationship")
            ),
        )
    )
    sections.append(
        (
            "3. Ruling requested",
            facts.get("Classification sought")
            or facts.get("Result sought")
            or "A ruling on the question above.",
        )
    )
    if "Pending matters" in facts:
        sections.append(("4. Statement under 19 CFR 177.2(b)(5)", facts["Pending matters"]))
    sections.append(
        (
            f"{len(sections) + 1}. Samples and confidentiality",
            facts["Sample"] + " " + facts["Confidentiality"],
        )
    )
    notes = iter(
        [
            "Our product team reviewed this section and confirms the facts as stated; the "
            "engineering "
            "drawings on file agree with the description.",
            "The arrangement described here reflects the draft supply agreement, which the "
            "parties expect "
            "to sign before the first shipment; no term of it bears on the question asked.",
            "We chose this approach after an internal review of the published rulings on "
            "comparable "
            "articles; none of them answers the question for this article.",
            "Counsel is available to meet the specialist by video at any time convenient to "
            "the office.",
            "Nothing in this section is offered as a hypothetical: the article is in production.",
            "Please direct any question on these points to the undersigned office.",
        ]
    )
    sections[0] = (
        sections[0][0],
        sections[0][1]
        + " The article reaches the market in a printed retail carton with an instruction "
        "leaflet in English and Spanish. It is made in one factory under the requester's "
        "specifications, "
        "inspected there against an approved golden sample, and shipped in master cartons "
        "of twelve. The "
        "design has not changed since the engineering release, and no accessory, spare part "
        "or tool is "
        "packed with it. Its construction and the way it is used are set out in the "
        "attached brochure "
        "and in the photographs of Exhibit A, which show the article from each side and in use.",
    )
    for head, body in sections:
        s.line(head, font="serif-b")
        s.para(body, 86)
        s.para(next(notes), 86)
    if doc["case"] == "unsigned":
        s.para("Please address questions to the Office of the General Counsel.")
    else:
        s.para("Respectfully submitted,")
        s.y += 10
        s.line(doc["signer"], font="serif-b")
        s.line(doc["title"])
    return s


def _summary(doc: dict[str, Any], rng: random.Random) -> Sheet:
    """A compliance manager's request summarised in a two-column table."""
    s = Sheet("sans", 9, left=60, top=64)
    ds = doc["dstyle"]
    s.put(60, 48, doc["name"], "sans-b", 13)
    s.put(60, 60, " / ".join(doc["address"]), "sans", 8)
    s.y = 90
    s.line("BINDING RULING REQUEST - SUMMARY SHEET", font="sans-b", size=11)
    s.line("Date of request: " + fdate(doc["date"], ds))
    s.y += 6
    rows = [
        ("Requester", doc["name"]),
        ("Address", ", ".join(doc["address"])),
        ("Importer No.", doc["importer"]),
        ("Subject", _kind_words(doc)),
        *_facts(doc, rng),
    ]
    for label, value in rows:
        top = s.y - 11
        s.put(66, s.y, label, "sans-b", 8.5)
        first = s.y
        s.para(value, 70, x=196)
        s.y = max(s.y, first + 14)
        s.box(60, top, 490, s.y - 11 - top, 0.5)
        s.vline(190, top, s.y - 11)
    s.y += 20
    s.rule(60, 260, 0.5)
    s.y += 12
    if doc["case"] == "unsigned":
        s.line("(signature)")
    else:
        s.line(doc["signer"], font="sans-b")
        s.line(doc["title"])
    return s
