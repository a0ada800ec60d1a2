"""Ruling-request plans in three sender styles (`qa`, `counsel`, `table`)."""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from typing import Any

from bench.corpus_fiftieth import common as C
from bench.corpus_fiftieth.render import Pages

STYLES = ("qa", "counsel", "table")
CASES = [
    "classification",
    "cbp-assigned-number",
    "valuation",
    "no-pending-statement",
    "court",
    "marking",
    "unsigned",
    "no-ports",
    "current-entry",
    "no-basis",
    "seven-items",
    "no-use-materials",
    "origin",
]
TYPE_OF = {"valuation": "valuation", "marking": "marking", "origin": "origin"}
TYPE_WORDS = {
    "classification": "Tariff classification",
    "valuation": "Valuation (transaction value)",
    "marking": "Country of origin marking",
    "origin": "Country of origin",
}


def plan(index: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"fiftieth-ruling-{seed}-{index}")
    case = CASES[index % len(CASES)]
    style = STYLES[(index + seed) % len(STYLES)]
    name, address = C.COMPANIES[rng.randrange(len(C.COMPANIES))]
    goods, hts, _ = C.GOODS[rng.randrange(len(C.GOODS))]
    ports = rng.sample(C.PORTS, rng.choice([1, 2]))
    rtype = TYPE_OF.get(case, "classification")
    items = (
        7
        if case == "seven-items"
        else (rng.choice([1, 1, 2, 3]) if rtype == "classification" else 1)
    )
    hts_form = rng.choice(["dots", "dots", "pairs", "bare"])
    printed_hts = {
        "dots": hts,
        "pairs": hts[:7] + "." + hts[8:10] + "." + hts[10:],
        "bare": hts.replace(".", ""),
    }[hts_form]
    received = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(330))
    request_date = received - dt.timedelta(days=rng.randint(2, 9))
    today = received + dt.timedelta(days=rng.randint(5, 25))
    importer = (
        f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
        if case == "cbp-assigned-number"
        else C.ein(rng)
    )
    f: dict[str, Any] = {
        "case": case,
        "style": style,
        "name": name,
        "address": address,
        "goods": goods,
        "ports": ports,
        "rtype": rtype,
        "items": items,
        "hts": printed_hts if rtype == "classification" else None,
        "request_date": request_date,
        "importer": importer,
        "signer": C.PEOPLE[rng.randrange(len(C.PEOPLE))],
        "dstyle": C.DATE_STYLES[(index + seed + 3) % 6],
        "sample": rng.random() < 0.5,
        "confidential": rng.random() < 0.3,
        "rng": rng,
        "price": C.fmoney(rng.randint(300, 9000) / 100, "dollar"),
        "sell": C.fmoney(rng.randint(9000, 30000) / 100, "dollar"),
    }
    pending_statement = case != "no-pending-statement"
    missing = {
        "no-pending-statement": ["177.2(b)(5)"],
        "unsigned": ["177.2(c)"],
        "no-ports": ["177.2(b)(1)"],
        "no-basis": ["177.2(b)(6)"],
        "no-use-materials": ["177.2(b)(2)"],
    }.get(case, [])
    if case in ("court", "current-entry"):
        outcome = "no_ruling"
    elif case == "cbp-assigned-number":
        outcome = "needs_human"
    elif missing or case == "seven-items":
        outcome = "deficient"
    else:
        outcome = "accept"
    route = "HQ" if rtype == "valuation" else "NCSD"
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": ", ".join(address),
        "importer_number": importer,
        "request_date": request_date.isoformat(),
        "ruling_type": rtype,
        "proposed_hts": [f["hts"]] if f["hts"] else [],
        "prospective": case != "current-entry",
        "pending_statement": pending_statement,
        "pending_in_court": case == "court",
        "pending_before_cbp": case == "current-entry",
        "sample_provided": f["sample"],
        "confidential_requested": f["confidential"],
        "signed": case != "unsigned",
    }
    if rtype == "classification":
        values["item_count"] = items
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    not_scored = [
        "product_description, ports: free text and port names or codes, printed in several ways",
        "reason: free text",
    ]
    if route == "NCSD" and outcome == "accept":
        decision["due"] = (received + dt.timedelta(days=30)).isoformat()
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append("due: the contract gives no target for a request that is not accepted")
    if rtype != "classification":
        not_scored.append("item_count: only counted for classification requests")
    truth = {
        "kind": "ruling-request",
        "case": case,
        "family": "",
        "style": style,
        "args": ["--received", received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    layout, printed = LAYOUTS[style](f)
    printed += [name, *address, importer, C.fdate(request_date, f["dstyle"])]
    if f["hts"]:
        printed.append(f["hts"])
    return {"truth": truth, "layout": layout, "printed": printed}


def _sections(f: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(question, heading, answer) triples in the order every style uses."""
    case, rng = f["case"], f["rng"]
    models = ", ".join(f"model {chr(65 + n)}-{100 + 10 * n}" for n in range(f["items"]))
    out = [
        ("Type of ruling requested?", "Ruling requested", TYPE_WORDS[f["rtype"]] + "."),
        (
            "Port(s) of entry?",
            "Ports of entry",
            "Not yet decided."
            if case == "no-ports"
            else " and ".join(f"{name} (port {code})" for code, name in f["ports"]) + ".",
        ),
    ]
    transaction = (
        f"{f['name']} intends to import {C.lc(f['goods'])} ({models}) from a supplier in "
        f"{rng.choice(['Vietnam', 'Taiwan', 'Portugal', 'Mexico', 'India'])}; the first "
        f"shipment is planned for next quarter."
    )
    if case == "current-entry":
        transaction = (
            f"{f['name']} imported {C.lc(f['goods'])} ({models}); the goods arrived last month, "
            "the entry has been filed and is not yet liquidated, and the port has asked for "
            "information."
        )
    out.append(("Describe the transaction.", "Transaction", transaction))
    if f["rtype"] == "classification":
        if case == "no-use-materials":
            out.append(
                (
                    "Describe the merchandise.",
                    "Description",
                    f"{f['goods']}. Further details to follow.",
                )
            )
        else:
            out.append(
                (
                    "Describe the merchandise.",
                    "Description",
                    f"{f['goods']}. Principal use in the United States: household and light "
                    f"commercial use. "
                    f"Component materials by weight: 82% primary material, 15% secondary "
                    f"parts, 3% fasteners "
                    f"and finish. Commercial names: {C.lc(f['goods'].split(',')[0])}. "
                    f"Purchase price "
                    f"{f['price']} per unit; U.S. selling price {f['sell']}.",
                )
            )
        if f["hts"]:
            basis = (
                ""
                if case == "no-basis"
                else " Basis: GRI 1 and the terms of the heading; the Explanatory Notes to the "
                "heading describe "
                "the article, and CBP ruling NY N"
                + str(rng.randint(100000, 399999))
                + " classified a similar article there."
            )
            out.append(
                (
                    "Proposed classification and basis?",
                    "Proposed classification",
                    f"Subheading {f['hts']}, HTSUS." + basis,
                )
            )
    elif f["rtype"] == "valuation":
        out.append(
            (
                "Terms of sale and relationship of the parties?",
                "Terms of sale",
                "FOB port of export, payment 60 days after invoice. The seller and the buyer "
                "are not related "
                "within 19 U.S.C. 1401a(g). Invoices show unit price, quantity and a separate "
                "tooling charge. "
                "We ask whether the tooling charge is part of the transaction value.",
            )
        )
    else:
        out.append(
            (
                "Describe the merchandise and the question.",
                "Question",
                f"{f['goods']}: whether the article is a product of the country of final "
                f"assembly, and how "
                "it must be marked with its country of origin under 19 U.S.C. 1304.",
            )
        )
    if case == "court":
        pending = (
            f"The issue is pending before the U.S. Court of International Trade in "
            f"{f['name'].split()[0]} "
            f"v. United States, Court No. 25-00{rng.randint(100, 999)}."
        )
    elif case == "current-entry":
        pending = (
            "The entry described above is before the port of entry, which has not liquidated it."
        )
    else:
        pending = rng.choice(
            [
                "To the requester's knowledge the issue is not pending before any CBP office, "
                "the Court of "
                "International Trade, the Court of Appeals for the Federal Circuit or any "
                "appellate court, and it "
                "is not one of a series.",
                "No ruling on this merchandise has been sought before, and the issue is not "
                "before CBP or any court.",
            ]
        )
    if case != "no-pending-statement":
        out.append(("Is the issue pending before CBP or a court?", "Pending matters", pending))
    out.append(
        (
            "Sample?",
            "Samples",
            "A sample of each model is enclosed with this request."
            if f["sample"]
            else rng.choice(
                [
                    "Photographs are attached; no sample is enclosed.",
                    "A sample is available on request.",
                ]
            ),
        )
    )
    out.append(
        (
            "Confidential treatment?",
            "Confidentiality",
            "Confidential treatment is requested for the purchase prices above (19 CFR "
            "177.2(b)(7))."
            if f["confidential"]
            else "No confidential treatment is requested.",
        )
    )
    return out


def _signature(p: Pages, f: dict[str, Any], closing: str) -> None:
    p.gap(10)
    p.line(closing)
    if f["case"] == "unsigned":
        p.gap(22)
        p.line("______________________________")
        return
    p.gap(10)
    p.line(f"/s/ {f['signer']}")
    p.line(f["signer"])


def layout_qa(f: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """A binding-ruling questionnaire answered inline (Q: / A:)."""
    p = Pages(font="H", size=10)
    p.line("REQUEST FOR BINDING RULING - QUESTIONNAIRE", font="HB", size=13)
    p.line(
        "National Commodity Specialist Division / Regulations and Rulings, U.S. Customs and "
        "Border Protection",
        size=8,
    )
    p.gap(10)
    head = [
        ("Name of requester?", f["name"]),
        ("Address?", ", ".join(f["address"])),
        ("Importer number?", f["importer"]),
        ("Date of request?", C.fdate(f["request_date"], f["dstyle"])),
    ]
    for question, answer in head + [(q, a) for q, _, a in _sections(f)]:
        p.line(f"Q: {question}", font="HB")
        p.para(f"A: {answer}", width=90)
    _signature(p, f, "Certified true and complete,")
    return p.pages, []


def layout_counsel(f: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """In-house counsel's request with numbered sections and a long prose description."""
    p = Pages(font="T", size=11)
    p.line(f["name"], font="TB", size=13)
    for row in f["address"]:
        p.line(row, size=9)
    p.gap(12)
    p.line(C.fdate(f["request_date"], f["dstyle"]))
    p.gap(8)
    office = (
        "Regulations and Rulings, Office of Trade"
        if f["rtype"] == "valuation"
        else "National Commodity Specialist Division"
    )
    p.line(f"U.S. Customs and Border Protection, {office}")
    p.gap(8)
    p.line(f"Re: Request for a binding ruling; importer number {f['importer']}", font="TB")
    p.gap(6)
    p.para(
        f'{f["name"]} (the "Company") respectfully requests a prospective ruling under '
        "19 CFR Part 177.",
        width=84,
    )
    for number, (_, heading, answer) in enumerate(_sections(f), start=1):
        p.line(f"{number}. {heading}", font="TB")
        p.para(answer, width=84)
        if heading in ("Description", "Terms of sale", "Question"):
            p.para(
                "The Company's engineering file describes the article further: it is designed, "
                "tested and "
                "packed for retail sale, is sold under the Company's own brand, and is not "
                "modified after "
                "importation. The Company will supply drawings and specification sheets on "
                "request, and any "
                "further information the Division needs to rule on the question presented.",
                width=84,
            )
    _signature(p, f, "Respectfully submitted,")
    if f["case"] != "unsigned":
        p.line("Associate General Counsel")
    return p.pages, []


def layout_table(f: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """A compliance manager's summary in a two-column ruled table, then a short cover note."""
    p = Pages(font="H", size=9)
    p.line("Binding ruling request - summary sheet", font="HB", size=13)
    p.gap(6)
    rows = [["Item", "Detail"], ["Requester", f["name"]]]
    rows += [["Address" if n == 0 else "", line] for n, line in enumerate(f["address"])]
    rows += [["Importer No.", f["importer"]], ["Date", C.fdate(f["request_date"], f["dstyle"])]]
    for _, heading, answer in _sections(f):
        wrapped = textwrap.wrap(answer, 78)
        rows += [[heading if n == 0 else "", line] for n, line in enumerate(wrapped)]
    p.grid([120, 348], rows, ruled=f["rng"].random() < 0.7)
    _signature(p, f, "Submitted by the Import Compliance Manager,")
    return p.pages, []


LAYOUTS = {"qa": layout_qa, "counsel": layout_counsel, "table": layout_table}
