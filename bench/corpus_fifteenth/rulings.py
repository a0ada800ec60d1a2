"""Binding-ruling requests (19 CFR 177): cases, truths, and their PDFBox and pandoc pages."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from .common import FIRMS, PARTIES, PEOPLE, PORTS, Doc, Party, fmt_date
from .render import Sheet

CASES = [
    "class-importer",
    "class-consultant",
    "origin-agent",
    "valuation-hq",
    "reconsider-ny",
    "carrier-hq",
    "def-no-b5",
    "def-unsigned",
    "def-six-items",
    "court",
    "current-entry",
    "agent-no-authority",
]
PRODUCTS = [
    (
        "insulated stainless steel food jar",
        "keeping food warm for school and work lunches",
        "stainless steel 82%, polypropylene lid 15%, silicone seal 3% by weight",
        ("9617.00.4000", "9617.00.40.00", "9617004000"),
    ),
    (
        "wireless doorbell kit with chime unit",
        "announcing visitors at residential doors",
        "ABS housing 60%, printed circuit assembly 35%, battery 5% by value",
        ("8531.10.0045", "8531.10.00.45", "8531100045"),
    ),
    (
        "bamboo cutting board with juice groove",
        "food preparation in home kitchens",
        "bamboo 97%, mineral oil finish 3% by weight",
        ("4419.11.0000", "4419.11.00.00", "4419110000"),
    ),
]
AUTHORITY = [
    "We act for {imp} under its written letter of authorization dated {d}, a copy of which is "
    "enclosed.",
    "{firm} is authorized by {imp} to request this ruling on its behalf; the power of attorney is "
    "enclosed.",
    "As counsel to {imp}, and with its written authority to seek this ruling (attached), we "
    "submit the following.",
    "{imp} has appointed us in writing as its agent for this request; its letter of authority is "
    "Exhibit A.",
    "We are the licensed customs broker for {imp} and hold its signed authorization to file this "
    "request.",
]
B5 = [
    "To our knowledge the issue is not pending before any CBP office or any court, and the goods "
    "have never been imported.",
    "No CBP office, the Court of International Trade or any appellate court has considered or is "
    "considering this question.",
    "Statement under 19 CFR 177.2(b)(5): the transaction is not, and has not been, before CBP or "
    "a court.",
    "The same issue is not now before any port, Headquarters or any court, and it is not one of a "
    "series.",
    "We are not aware of any pending or prior CBP or court proceeding on this merchandise.",
]
SAMPLE_YES = [
    "A sample is enclosed and may be retained.",
    "Two samples are sent under separate cover.",
    "One production sample accompanies this letter; please return it.",
]
SAMPLE_NO = [
    "Photographs and a drawing are attached.",
    "A sample is available on request.",
    "The specification sheet is attached; no sample is sent.",
]


@dataclass
class Ruling:
    case: str
    party: Party
    firm: tuple[str, tuple[str, ...]] | None
    authority: bool
    signer: str
    request_date: dt.date
    received: dt.date
    ruling_type: str
    product: tuple[str, str, str, tuple[str, str, str]]
    hts_form: int
    items: int
    b5: bool
    court: bool
    current: bool
    sample: bool
    confidential: bool
    signed: bool
    port: tuple[str, str]


def build(case: str, index: int, rng: random.Random) -> Ruling:
    request = dt.date(2026, 9, 1) + dt.timedelta(days=rng.randint(0, 70))
    agent = (
        case in ("class-consultant", "origin-agent", "reconsider-ny", "agent-no-authority", "court")
        or index % 3 == 2
    )
    kind = {"origin-agent": "origin", "valuation-hq": "valuation", "carrier-hq": "carrier"}.get(
        case, "classification"
    )
    return Ruling(
        case,
        PARTIES[(index + 3) % len(PARTIES)],
        FIRMS[index % len(FIRMS)] if agent else None,
        case != "agent-no-authority",
        PEOPLE[(index * 7 + 1) % len(PEOPLE)],
        request,
        request + dt.timedelta(days=rng.randint(2, 9)),
        kind,
        PRODUCTS[index % len(PRODUCTS)],
        rng.randint(0, 2),
        6 if case == "def-six-items" else rng.choice([1, 1, 2]),
        case != "def-no-b5",
        case == "court",
        case == "current-entry",
        rng.random() < 0.5,
        rng.random() < 0.3,
        case != "def-unsigned",
        PORTS[(index + 2) % len(PORTS)],
    )


def truth(r: Ruling) -> dict[str, Any]:
    """Decided under 19 CFR 177.1, 177.2 and 177.7 and CBP's five-item practice."""
    route = (
        "HQ" if r.ruling_type in ("valuation", "carrier") or r.case == "reconsider-ny" else "NCSD"
    )
    gaps = ([] if r.b5 else ["177.2(b)(5)"]) + ([] if r.signed else ["177.2(c)"])
    if r.court or r.current:
        outcome = "no_ruling"
    elif not r.authority:
        outcome = "needs_human"
    elif gaps or r.items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    classification = r.ruling_type == "classification"
    values: dict[str, Any] = {
        "importer_number": r.party.ior,
        "request_date": r.request_date.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": [r.product[3][r.hts_form]] if classification else [],
        "prospective": not r.current,
        "pending_statement": r.b5 or r.court or r.current,
        "pending_in_court": r.court,
        "pending_before_cbp": r.current,
        "sample_provided": r.sample,
        "confidential_requested": r.confidential,
        "signed": r.signed,
    }
    not_scored = [
        "product_description and ports: free text and port names the contract does not fix",
        "reason: free text",
    ]
    if r.current:
        del values["prospective"]
        not_scored.append(
            "prospective: one shipment is already entered and later ones are asked about; "
            "the contract does not say which the flag describes"
        )
    if classification:
        values["item_count"] = r.items
    else:
        not_scored.append("item_count: only scored for classification")
    if r.firm is None:
        values["requester_name"], values["requester_address"] = r.party.name, r.party.address
    else:
        not_scored.append(
            "requester_name/address: written by an agent for the importer; the contract does not "
            "say which is the requester"
        )
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": gaps}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (r.received + dt.timedelta(days=30)).isoformat()
    else:
        not_scored.append("due: not fixed for a deficient, no-ruling or queried NCSD request")
    if not r.authority:
        not_scored.append(
            "outcome basis: counsel writes 'on behalf of' without stating its authority (177.1); "
            "a careful officer queries it"
        )
    today = r.received + dt.timedelta(days=3)
    return {
        "kind": "ruling-request",
        "case": r.case,
        "args": ["--received", r.received.isoformat(), "--today", today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


def _body(r: Ruling, rng: random.Random, ds: int) -> list[tuple[str, str]]:
    """(heading, paragraph) pairs every style prints in its own way."""
    name, use, materials, hts = r.product
    imp = r.party.name
    parts: list[tuple[str, str]] = []
    if r.firm:
        if r.authority:
            intro = AUTHORITY[ds % len(AUTHORITY)].format(
                imp=imp, firm=r.firm[0], d=fmt_date(r.request_date - dt.timedelta(days=20), ds)
            )
        else:
            intro = f"We write on behalf of {imp} to request a binding ruling."
        parts.append(("Authority", intro))
    parts.append(("Importer", f"{imp}, {r.party.address}; importer number {r.party.ior}."))
    parts.append(("Port of entry", f"The goods will be entered at {r.port[1]} (port {r.port[0]})."))
    subject = {
        "classification": "the tariff classification",
        "origin": "the country of origin",
        "valuation": "the appraisement (transaction value)",
        "carrier": "the coastwise use of a foreign-flag vessel",
    }[r.ruling_type]
    if r.case == "reconsider-ny":
        parts.append(
            (
                "Request",
                "We ask Regulations and Rulings to reconsider New York ruling "
                f"N{rng.randint(300000, 359999)}, "
                f"which classified the {name} under another subheading, and to rule on {subject}.",
            )
        )
    else:
        parts.append(
            (
                "Request",
                f"We request a prospective binding ruling on {subject} of the goods described "
                "below.",
            )
        )
    if r.current:
        arrived = r.request_date - dt.timedelta(days=12)
        parts.append(
            (
                "Transaction",
                f"The first shipment arrived on {fmt_date(arrived, ds)} and was "
                "entered; the entry is not yet liquidated. Later shipments will follow monthly.",
            )
        )
    else:
        parts.append(
            (
                "Transaction",
                "The goods have not yet been imported; the first shipment is planned for next "
                "quarter.",
            )
        )
    if r.ruling_type == "carrier":
        parts.append(
            (
                "Vessel",
                "Built at Ulsan, Korea; Marshall Islands flag; to be used to lay cable between "
                "points in the Gulf of Mexico; itinerary Port Fourchon - Block 214 - Port "
                "Fourchon.",
            )
        )
    elif r.ruling_type == "valuation":
        parts.append(
            (
                "Terms of sale",
                f"FOB Ningbo, USD {rng.randint(12, 48)}.50 per unit; the seller and {imp} are "
                "unrelated; invoice and purchase contract enclosed.",
            )
        )
    else:
        items = f"{r.items} models" if r.items > 1 else "one model"
        parts.append(
            (
                "Merchandise",
                f"{name.capitalize()} ({items}). Principal use: {use}. Materials: {materials}. "
                f"Purchase price USD {rng.randint(4, 30)}.25; U.S. selling price USD "
                f"{rng.randint(31, 80)}.99.",
            )
        )
    if r.ruling_type == "origin":
        parts.append(
            (
                "Production",
                "Stamped and welded in Vietnam from Chinese-origin steel sheet; assembled and "
                "packed in Vietnam. We believe Vietnam is the country of origin (substantial "
                "transformation).",
            )
        )
    if r.ruling_type == "classification":
        parts.append(
            (
                "Proposed classification",
                f"We believe the goods are classified in subheading {hts[r.hts_form]}, HTSUS, "
                "under GRI 1 and the terms of the heading, as in NY N301188.",
            )
        )
    if r.items > 5:
        parts.append(
            (
                "Items",
                "The request covers six different models: JR-1, JR-2, JR-3, DB-10, DB-20 and CB-5.",
            )
        )
    parts.append(("Samples", rng.choice(SAMPLE_YES if r.sample else SAMPLE_NO)))
    if r.court:
        parts.append(
            (
                "Pending matters",
                f"The same issue is now before the Court of International Trade in {imp} v. "
                f"United States, Court No. 26-00{rng.randint(100, 999)}.",
            )
        )
    elif r.current:
        parts.append(
            (
                "Pending matters",
                "No protest has been filed on the entry; no court is considering the question.",
            )
        )
    elif r.b5:
        parts.append(("Pending matters", B5[(ds + len(r.case)) % len(B5)]))
    parts.append(
        (
            "Confidentiality",
            "We ask that the prices in this letter be kept confidential under 19 CFR 177.2(b)(7); "
            "they are "
            "bracketed."
            if r.confidential
            else "No confidential treatment is requested.",
        )
    )
    return parts


def _printed(r: Ruling, ds: int) -> list[str]:
    out = [r.party.ior, fmt_date(r.request_date, ds)]
    if r.ruling_type == "classification":
        out.append(r.product[3][r.hts_form])
    if r.firm is None:
        out += [r.party.name, *r.party.lines]
    if r.signed:
        out.append(r.signer)
    return out


def render(r: Ruling, producer: str, style: int, rng: random.Random) -> Doc:
    ds = rng.randint(0, 7)
    parts = _body(r, rng, ds)
    sender = (r.firm[0], r.firm[1]) if r.firm else (r.party.name, r.party.lines)
    office = (
        "National Commodity Specialist Division, 201 Varick Street, New York, NY 10014"
        if r.ruling_type in ("classification", "origin") and r.case != "reconsider-ny"
        else "Regulations and Rulings, Office of Trade, 90 K Street NE, Washington, DC 20229"
    )
    sign = [f"/s/ {r.signer}", r.signer] if r.signed else ["______________________________"]
    title = rng.choice(
        ["Vice President, Operations", "Principal Consultant", "Partner", "Import Compliance Lead"]
    )
    doc = Doc("ruling-request", r.case, producer, truth(r), _printed(r, ds))
    if producer == "pdfbox":
        s = Sheet(
            header=f"RULING REQUEST {sender[0]} / {r.party.ior}",
            font="Times-Roman" if style else "Helvetica",
            size=10,
        )
        s.para(sender[0], font="Helvetica-Bold", size=12)
        for line in sender[1]:
            s.para(line)
        s.para(f"Date: {fmt_date(r.request_date, ds)}")
        s.para(f"To: {office}")
        s.line(40, s.y + 6, 572, s.y + 6)
        s.y -= 8
        for n, (head, text) in enumerate(parts, 1):
            if style == 0:
                s.need(40)
                s.box(40, 532, 14, f"FIELD {n:02d} - {head.upper()}", "")
                s.y -= 26
                s.para(text, x=48, width_chars=100)
            else:
                s.para(f"{n}. {head}", font="Times-Bold")
                s.para(text, x=60, width_chars=95)
        s.y -= 10
        s.need(60)
        s.para("Respectfully submitted," if style else "Authorized signature:")
        s.para(sign[0])
        if r.signed:
            s.para(f"{r.signer}, {title}")
        doc.layout = s.ops
    else:
        md = [
            f"**{sender[0]}**  ",
            *(f"{line}  " for line in sender[1]),
            "",
            fmt_date(r.request_date, ds),
            "",
            office,
            "",
        ]
        if style == 0:
            md += ["# Request for a binding ruling", ""]
            for n, (head, text) in enumerate(parts, 1):
                md += [f"## {n}. {head}", "", text, ""]
            md += [
                "## Definitions",
                "",
                "Importer",
                f":   {r.party.name}",
                "",
                "Goods",
                f":   the {r.product[0]}",
                "",
            ]
        else:
            md += [
                "Re: binding ruling request",
                "",
                "| Party | Detail |",
                "|---|---|",
                f"| Importer | {r.party.name} |",
                f"| Address | {r.party.address} |",
                f"| Importer No. | {r.party.ior} |",
                f"| Port | {r.port[0]} |",
                "",
            ]
            md += [
                *(
                    f"- **{head}:** {text}"
                    for head, text in parts
                    if head not in ("Importer", "Port of entry")
                ),
                "",
            ]
        md += ["Respectfully submitted,", ""]
        md += (
            [sign[0] + "  ", f"{r.signer}, {title}"] if r.signed else [sign[0].replace("_", "\\_")]
        )
        doc.markdown = "\n".join(md) + "\n"
    return doc
