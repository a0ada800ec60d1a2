"""Binding-ruling request cases (19 CFR Part 177) and the three senders who write them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from bench.corpus_thirtysixth.formats import COMPANIES, FILERS, GOODS, PEOPLE, PORTS, date, pick
from bench.corpus_thirtysixth.law import entry_number
from bench.corpus_thirtysixth.model import Doc

CASES = [
    "class",
    "valuation",
    "cbp-ior",
    "no-port",
    "no-materials",
    "no-pending",
    "no-basis",
    "unsigned",
    "seven-items",
    "court",
    "current",
    "completed",
    "marking",
]
STYLES = ["questionnaire", "letter", "datasheet"]
FIRMS = [
    (
        "Keystone Trade Compliance Partners",
        ["1200 Market Street, 9th Floor", "Philadelphia, PA 19107"],
    ),
    ("Meridian Tariff Advisors LLC", ["40 Broad Street, Suite 2210", "New York, NY 10004"]),
]


@dataclass
class Facts:
    case: str
    name: str
    address: list[str]
    ior: str
    signer: str
    ruling_type: str
    goods: tuple[str, str, str, str]
    hts: str | None
    ports: list[tuple[str, str]]
    items: int
    request_date: dt.date
    received: dt.date
    today: dt.date
    statement: str | None
    court: bool = False
    cbp: bool = False
    prospective: bool = True
    sample: bool = False
    confidential: bool = False
    signed: bool = True
    basis: bool = True
    materials: bool = True
    facts_line: str = ""


def facts(case: str, rng: random.Random) -> Facts:
    name, address = pick(rng, COMPANIES)
    goods = pick(rng, GOODS)
    request = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(500))
    received = request + dt.timedelta(days=rng.randrange(2, 9))
    hts = goods[1]
    hts_printed = pick(
        rng, [hts, hts[:10] + "." + hts[10:] if len(hts) == 12 else hts, hts.replace(".", "")]
    )
    kind = {"valuation": "valuation", "marking": "marking"}.get(case, "classification")
    f = Facts(
        case,
        name,
        list(address),
        f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        pick(rng, PEOPLE),
        kind,
        goods,
        hts_printed if kind == "classification" else None,
        [pick(rng, PORTS)],
        1,
        request,
        received,
        received + dt.timedelta(days=rng.randrange(3, 20)),
        pick(
            rng,
            [
                "The issue in this request is not pending before any CBP office, the Court of "
                "International Trade, the Court of Appeals for the Federal Circuit or any "
                "appellate court, and it has not been the subject of an earlier ruling request.",
                "To the best of our knowledge, no CBP office and no court has had, or now has, "
                "this question before it. This request is not one of a series.",
                "Statement under 19 CFR 177.2(b)(5): the question is not, and has not been, "
                "before CBP or any court.",
            ],
        ),
        sample=rng.random() < 0.5,
        confidential=rng.random() < 0.3,
    )
    if rng.random() < 0.4:
        f.ports.append(pick(rng, [p for p in PORTS if p != f.ports[0]]))
    if kind == "classification" and rng.random() < 0.3:
        f.items = rng.randrange(2, 4)
    if case == "cbp-ior":
        f.ior = f"{rng.randrange(10**6):06d}-{rng.randrange(10**5):05d}"
    elif case == "no-port":
        f.ports = []
    elif case == "no-materials":
        f.materials = False
    elif case == "no-pending":
        f.statement = None
    elif case == "no-basis":
        f.basis = False
    elif case == "unsigned":
        f.signed = False
    elif case == "seven-items":
        f.items = 7
    elif case == "court":
        f.court = True
        f.statement = (
            "The classification of merchandise identical to ours is at issue in "
            f"{pick(rng, ['Brightline Housewares', 'Tallgrass Supply'])} v. United States, "
            f"Court No. {request.year % 100}-{rng.randrange(100, 999):05d}, now pending "
            "before the U.S. Court of International Trade."
        )
    elif case in ("current", "completed"):
        f.prospective = False
        number = entry_number(pick(rng, FILERS), f"{rng.randrange(10**7):07d}")
        arrived = request - dt.timedelta(days=rng.randrange(20, 60) if case == "current" else 400)
        fmt = "long"
        if case == "current":
            f.cbp = True
            f.facts_line = (
                f"The first shipment arrived on {date(fmt, arrived)} and was entered under "
                f"entry {number}; the entry has not been liquidated, and the port has "
                "asked for the information behind this request."
            )
        else:
            f.facts_line = (
                f"The goods were imported on {date(fmt, arrived)} under entry {number}, which "
                f"was liquidated on {date(fmt, arrived + dt.timedelta(days=314))}. We ask "
                "for a ruling on the classification of that entry."
            )
    return f


def truth(f: Facts, agent: bool) -> dict[str, Any]:
    values: dict[str, Any] = {
        "requester_name": f.name,
        "requester_address": ", ".join(f.address),
        "importer_number": f.ior,
        "request_date": f.request_date.isoformat(),
        "ruling_type": f.ruling_type,
        "proposed_hts": [f.hts] if f.hts else [],
        "item_count": f.items,
        "prospective": f.prospective,
        "pending_statement": f.statement is not None,
        "pending_in_court": f.court,
        "pending_before_cbp": f.cbp,
        "sample_provided": f.sample,
        "confidential_requested": f.confidential,
        "signed": f.signed,
    }
    not_scored = [
        "product_description, ports: free text whose extent the contract does not fix",
        "reason: free text",
    ]
    if agent:
        del values["requester_name"], values["requester_address"]
        not_scored.append(
            "requester_name/address: a consultant writes for the importer, and the "
            "contract does not say which of the two is the requester"
        )
    if f.ruling_type != "classification":
        del values["item_count"]
        not_scored.append("item_count: counted only for classification requests")
    if f.case == "completed":
        del values["pending_before_cbp"]
        not_scored.append(
            "pending_before_cbp: the entry is liquidated, neither clearly current nor "
            "clearly not before CBP"
        )
    missing: list[str] = []
    if not f.ports:
        missing.append("177.2(b)(1)")
    if not f.materials:
        missing.append("177.2(b)(2)")
    if f.statement is None:
        missing.append("177.2(b)(5)")
    if not f.basis:
        missing.append("177.2(b)(6)")
    if not f.signed:
        missing.append("177.2(c)")
    route = "HQ" if f.ruling_type == "valuation" else "NCSD"
    if f.case == "cbp-ior":
        outcome = "needs_human"
    elif f.court or f.cbp or not f.prospective:
        outcome = "no_ruling"
    elif missing or f.items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (
            (f.received + dt.timedelta(days=30)).isoformat() if route == "NCSD" else None
        )
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append(
            "due: the contract gives a target date only for a request that will be ruled on"
        )
    if f.case == "current":
        del decision["route"]
        not_scored.append(
            "route: a current transaction goes to internal advice, which the contract's "
            "two routes do not name"
        )
    if f.case == "cbp-ior":
        not_scored.append(
            "outcome is needs_human: the importer number is in the CBP-assigned form, "
            "which the rules mark VERIFY"
        )
    return {
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
        "args": ["--received", f.received.isoformat(), "--today", f.today.isoformat()],
    }


def _answers(f: Facts, rng: random.Random) -> dict[str, str]:
    desc, _, materials, use = f.goods
    models = (
        (
            f"{f.items} models of the article, identical but for size: "
            + ", ".join(f"model {chr(65 + i)}-{100 + 10 * i}" for i in range(f.items))
        )
        if f.items > 1
        else ""
    )
    a = {
        "description": desc + (". " + models if models else ""),
        "use": f"Principal use in the United States: {use}.",
        "materials": f"Component materials: {materials}." if f.materials else "",
        "price": f"Purchase price USD {rng.randrange(4, 90)}.{rng.randrange(100):02d} "
        "per unit FOB; "
        "U.S. selling price about twice that.",
        "transaction": (
            f.facts_line
            or "The goods will be bought from an unrelated manufacturer abroad "
            "and imported for sale to retailers; no shipment has yet been made."
        ),
        "ports": ", ".join(f"{n} ({c})" for c, n in f.ports),
        "sample": pick(
            rng,
            [
                "One sample is enclosed; please return it after review.",
                "A sample is sent with this request.",
            ],
        )
        if f.sample
        else pick(
            rng,
            [
                "Photographs are attached; a sample is available on request.",
                "No sample is sent; drawings are attached.",
            ],
        ),
        "confidential": (
            "We ask that the pricing information be kept confidential under 19 CFR "
            "177.2(b)(7); it is marked CONFIDENTIAL."
        )
        if f.confidential
        else pick(rng, ["No confidential treatment is requested.", ""]),
    }
    if f.ruling_type == "valuation":
        a["description"] = desc
        a["transaction"] = (
            "The goods will be bought FOB port of export from our parent company, "
            "which owns all our shares, under a written distribution agreement. We "
            "ask whether transaction value applies given the relationship "
            "(19 U.S.C. 1401a(b)(2)(B))."
        )
        a["basis"] = (
            "Basis: the price is settled in a manner consistent with the industry's normal "
            "pricing practice, so the relationship did not influence the price."
        )
    elif f.ruling_type == "marking":
        a["basis"] = (
            "We propose that a molded marking 'Made in Vietnam' on the underside is "
            "conspicuous and permanent; basis: 19 CFR 134.41 and 134.44."
        )
    else:
        a["hts"] = f"Proposed classification: subheading {f.hts}, HTSUS."
        a["basis"] = (
            (
                f"Basis: the heading names the article; GRI 1 and GRI 6 apply, and the "
                f"Explanatory Notes to the heading include {use}."
            )
            if f.basis
            else ""
        )
    return a


def render(f: Facts, style: str, rng: random.Random, doc: Doc) -> bool:
    """Lay the request out; returns whether a consultant wrote it for the importer."""
    fmt = {"questionnaire": "ymd-slash", "letter": "long", "datasheet": "dmy-upper"}[style]
    a = _answers(f, rng)
    office = (
        "Regulations and Rulings, Office of Trade, Washington, DC"
        if f.ruling_type == "valuation"
        else "National Commodity Specialist Division, New York, NY"
    )
    subject = {
        "classification": "tariff classification",
        "valuation": "valuation",
        "marking": "country of origin marking",
    }[f.ruling_type]
    agent = style == "questionnaire"
    doc.shows(f.ior, date(fmt, f.request_date), f.hts or "")
    if not agent:
        doc.shows(f.name, *f.address)
    sign = [f"/s/ {f.signer}", f.signer] if f.signed else ["______________________", "(signature)"]
    if style == "questionnaire":
        firm, faddr = pick(rng, FIRMS)
        doc.font = pick(rng, ["sans", "mono"])
        doc.add("head", firm)
        doc.add("p", " | ".join(faddr))
        doc.add("p", f"Binding ruling request questionnaire - to {office}")
        qa = [
            ("Date of this request", date(fmt, f.request_date)),
            (
                "Who is the importer, and what is its importer number?",
                f"{f.name}, {', '.join(f.address)}; IOR {f.ior}. "
                "We act for the importer under its letter "
                "of authorization, attached.",
            ),
            ("What ruling is requested?", f"A ruling on {subject}."),
            ("Describe the merchandise.", a["description"]),
            (
                "What is it used for, and what is it made of?",
                " ".join(x for x in (a["use"], a["materials"]) if x),
            ),
            ("Describe the transaction.", a["transaction"]),
            ("Through which port(s) will the goods be entered?", a["ports"] or "To be decided."),
            (
                "What result do you propose, and why?",
                " ".join(x for x in (a.get("hts", ""), a["basis"]) if x) or "No particular result.",
            ),
            ("Is the issue before CBP or a court?", f.statement or "(left blank)"),
            ("Sample?", a["sample"]),
            ("Confidential treatment?", a["confidential"] or "(left blank)"),
        ]
        for n, (q, ans) in enumerate(qa, start=1):
            doc.add("p", f"Q{n}. {q}")
            doc.add("p", ans)
        doc.add("kv", [("Signed", sign[0]), ("Name", sign[1] if f.signed else ""), ("For", firm)])
    elif style == "letter":
        doc.font = pick(rng, ["serif", "sans"])
        doc.add("head", f.name)
        doc.add("p", ", ".join(f.address) + f"  -  Importer No. {f.ior}")
        doc.add("right", date(fmt, f.request_date))
        doc.add("p", f"Director, {office}")
        doc.add("p", f"Re: Request for a binding ruling on {subject}")
        doc.add("p", "Dear Director:")
        doc.add(
            "p",
            f"{f.name} asks for a binding ruling under 19 CFR Part 177. {a['transaction']} "
            f"The goods will be entered at {a['ports'] or 'a port not yet chosen'}.",
        )
        doc.add(
            "p",
            "Merchandise. "
            + " ".join(x for x in (a["description"], a["use"], a["materials"], a["price"]) if x),
        )
        if a.get("hts") or a["basis"]:
            doc.add(
                "p", "Ruling requested. " + " ".join(x for x in (a.get("hts", ""), a["basis"]) if x)
            )
        if f.statement:
            doc.add("p", "Pending matters. " + f.statement)
        doc.add("p", " ".join(x for x in (a["sample"], a["confidential"]) if x))
        doc.add("p", "Respectfully submitted," if f.signed else "Sincerely,")
        doc.add("gap")
        doc.add("p", sign[0])
        if f.signed:
            doc.add(
                "p", f"{f.signer}, {pick(rng, ['Vice President, Sourcing', 'Customs Manager'])}"
            )
    else:
        doc.font = pick(rng, ["sans", "mono"])
        doc.add("head", f"{f.name} - Product data sheet and ruling request")
        doc.add(
            "kv",
            [
                ("Requester", f.name),
                ("Address", ", ".join(f.address)),
                ("Importer no.", f.ior),
                ("Date", date(fmt, f.request_date)),
                ("Addressed to", office),
                ("Subject", subject),
            ],
        )
        rows = [
            ["Article", a["description"][:70]],
            ["Use", a["use"][len("Principal use in the United States: ") :].rstrip(".")],
        ]
        if a["materials"]:
            rows.append(["Materials", f.goods[2]])
        if f.hts:
            rows.append(["HTSUS proposed", f.hts])
        rows.append(["Ports", a["ports"] or "-"])
        doc.add("table", ["Attribute", "Detail"], rows, True)
        if len(a["description"]) > 70:
            doc.add("p", "Article, in full: " + a["description"])
        doc.add("p", "Transaction: " + a["transaction"])
        doc.add(
            "ul",
            [x for x in (a["basis"], f.statement, a["sample"], a["confidential"], a["price"]) if x],
        )
        doc.add("p", "Prepared and signed by:" if f.signed else "Prepared by:")
        doc.add("p", sign[0] if f.signed else "Engineering - signature pending")
        if f.signed:
            doc.add("p", f"{f.signer}, Product Engineering")
    return agent
