"""Binding-ruling requests (19 CFR Part 177): a pdfmake consultant's request with a product
specification table and footnotes, and a scanned importer letter on letterhead."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.corpus_fourteenth.common import PARTIES, PEOPLE, PORTS, Built, ein, fmt_date
from bench.corpus_fourteenth.doc import Doc

CASES = ["class-agent", "valuation-hq", "court", "current-entry", "marking-unsigned",
         "agent-no-authority", "origin-importer", "no-pending-stmt", "reconsider-ny",
         "six-items"]
PRODUCTS = [
    ("Insulated lunch tote", "6307.90.9891", "100% polyester outer, PEVA lining, by weight 82/18"),
    ("Bamboo cutting board", "4419.90.9590", "laminated bamboo strips, food-safe mineral oil"),
    ("Cordless hair trimmer", "8510.20.0000", "ABS housing, stainless steel blades, Li-ion cell"),
    ("Silicone baking mat", "3924.10.4000", "food-grade silicone over fiberglass mesh, 70/30"),
    ("Steel garden trowel", "8201.10.0000", "carbon steel blade, ash wood handle, 60/40 by value"),
    ("Wool felt slippers", "6405.20.9090", "boiled wool upper, felt sole, rubber dots"),
]
AUTHORITY = [
    "We act for {imp} under a power of attorney dated {d}, a copy of which is enclosed.",
    "This request is made by our firm as agent of {imp}, which has authorized us in writing to "
    "seek this ruling on its behalf; the authorization is attached as Exhibit A.",
    "As the customs broker holding {imp}'s customs power of attorney (CBP Form 5291), we are "
    "authorized to request this ruling for it.",
    "{imp} has appointed the undersigned its agent for this request; its letter of authority, "
    "signed by its president, is enclosed.",
    "Our authority: the enclosed engagement letter and power of attorney from {imp} authorize us "
    "to file ruling requests for it.",
]
PENDING = [
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court of "
    "International Trade, the Federal Circuit or any appellate court, and it has not been.",
    "No transaction involving these goods, and no issue raised here, is or has been before CBP or "
    "any court.",
    "Statement under 19 CFR 177.2(b)(5): the issue is not before CBP or a court; this is not one "
    "of a series of transactions.",
]


@dataclass
class Request:
    case: str
    importer: str
    address: list[str]
    ior: str
    agent: str | None
    authority: str | None
    signer: str
    signed: bool
    dated: date
    received: date
    ruling_type: str
    items: list[tuple[str, str, str]]
    port: tuple[str, str]
    sample: bool
    confidential: bool
    pending_stmt: bool
    court: bool
    current: bool
    hq_extra: bool


def facts(case: str, rng: random.Random, idx: int) -> Request:
    name, address = PARTIES[(idx + 5) % len(PARTIES)]
    dated = date(2025, 2, 3) + timedelta(days=rng.randrange(0, 200))
    agent = None
    authority = None
    if case in ("class-agent", "court", "six-items", "reconsider-ny"):
        agent = "Larkspur Trade Advisory LLC"
        authority = AUTHORITY[(idx + rng.randrange(5)) % 5]
    if case == "agent-no-authority":
        agent = "Quill & Lattice LLP"
    ruling_type = {"valuation-hq": "valuation", "marking-unsigned": "marking",
                   "origin-importer": "origin"}.get(case, "classification")
    count = 6 if case == "six-items" else (2 if idx % 3 == 0 else 1)
    start = rng.randrange(len(PRODUCTS))
    items = [PRODUCTS[(start + i) % len(PRODUCTS)] for i in range(count)]
    return Request(
        case=case, importer=name, address=address, ior=ein(rng), agent=agent,
        authority=authority, signer=PEOPLE[(idx + 3) % len(PEOPLE)],
        signed=case != "marking-unsigned", dated=dated,
        received=dated + timedelta(days=rng.randrange(2, 9)), ruling_type=ruling_type,
        items=items, port=PORTS[(idx + 2) % len(PORTS)], sample=idx % 2 == 0,
        confidential=idx % 4 == 3, pending_stmt=case != "no-pending-stmt",
        court=case == "court", current=case == "current-entry",
        hq_extra=case == "reconsider-ny")


def decide(r: Request) -> tuple[dict[str, Any], list[str]]:
    route = "HQ" if r.ruling_type == "valuation" or r.hq_extra else "NCSD"
    missing = []
    if not r.pending_stmt:
        missing.append("177.2(b)(5)")
    if not r.signed:
        missing.append("177.2(c)")
    not_scored: list[str] = []
    if r.court or r.current:
        outcome, reason = "no_ruling", None
        not_scored.append("reason not scored: free text")
    elif missing or len(r.items) > 5:
        outcome, reason = "deficient", None
    elif r.agent and not r.authority:
        outcome, reason = "needs_human", None
    else:
        outcome, reason = "accept", None
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome != "no_ruling":
        decision["reason"] = reason
    if outcome == "accept":
        decision["due"] = (r.received + timedelta(days=30)).isoformat() if route == "NCSD" else None
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append("due not scored: a deficient, no-ruling or queried NCSD request")
    if r.agent:
        not_scored.append("requester_name/address not scored: written by an agent for the "
                          "importer; the contract does not say which is the requester")
    if r.ruling_type != "classification":
        not_scored.append("item_count not scored outside classification")
    return decision, not_scored


def values(r: Request) -> dict[str, Any]:
    out: dict[str, Any] = {
        "importer_number": r.ior, "request_date": r.dated.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": [hts for _, hts, _ in r.items] if r.ruling_type == "classification"
        else [],
        "item_count": len(r.items), "prospective": not r.current,
        "pending_statement": r.pending_stmt, "pending_in_court": r.court,
        "pending_before_cbp": r.current, "sample_provided": r.sample,
        "confidential_requested": r.confidential, "signed": r.signed,
    }
    if not r.agent:
        out["requester_name"] = r.importer
        out["requester_address"] = ", ".join(r.address)
    if r.ruling_type != "classification":
        del out["item_count"]
    return out


def _subject(r: Request, d: Doc) -> None:
    if r.ruling_type == "valuation":
        d.para("Transaction: the importer will buy the goods from its parent company in Taiwan, "
               "a related party within 19 U.S.C. 1401a(g), on FOB Kaohsiung terms; the price is "
               "set by a cost-plus formula. We ask whether transaction value applies.")
    elif r.ruling_type == "marking":
        d.para("Question: whether a molded 'Made in Vietnam' mark on the underside of each item "
               "satisfies 19 U.S.C. 1304 when the goods are sold in a sealed blister pack.")
    elif r.ruling_type == "origin":
        d.para("Question: the country of origin of the goods, assembled in Mexico from Chinese "
               "components that undergo molding and finishing there.")
    if r.hq_extra:
        d.para("We ask Headquarters to reconsider New York ruling N334512, which classified a "
               "similar article under a different heading.")


def spec_request(r: Request, rng: random.Random, ds: int) -> Doc:
    """A trade consultant's request: a spec table with footnotes, a header on every page."""
    d = Doc(font="sans" if ds % 2 else "dejavu",
            header=f"Binding ruling request - {r.importer}",
            footer="Footnotes: (1) percentages by weight unless stated; (2) proposed subheading, "
                   "HTSUS.")
    d.para((r.agent or r.importer).upper(), bold=True)
    d.para(fmt_date(r.dated, ds))
    office = ("Regulations and Rulings, Office of Trade, 90 K Street NE, Washington, DC 20229"
              if r.ruling_type == "valuation" or r.hq_extra else
              "National Commodity Specialist Division, 201 Varick Street, New York, NY 10014")
    d.para("U.S. Customs and Border Protection\n" + office)
    d.para(f"Re: Request for a binding {r.ruling_type} ruling", bold=True)
    if r.agent and r.authority:
        d.para(r.authority.format(imp=r.importer, d=fmt_date(r.dated - timedelta(days=40), ds)))
    elif r.agent:
        d.para(f"We write on behalf of {r.importer} to request a binding ruling.")
    d.pairs([("Importer", (d.v(r.importer) if not r.agent else r.importer)),
             ("Address", ", ".join(r.address)),
             ("Importer no.", d.v(r.ior)),
             ("Port of entry", f"{r.port[1]} ({r.port[0]})")])
    _subject(r, d)
    d.para("Product specifications", bold=True)
    rows = []
    for i, (prod, hts, mat) in enumerate(r.items):
        rows.append([f"{i + 1}", prod, mat + " (1)",
                     (d.v(hts) + " (2)") if r.ruling_type == "classification" else "n/a"])
    d.table(["Item", "Description", "Materials", "HTSUS"], rows)
    d.para("Principal use: household use in the United States, sold at retail. Purchase price "
           "per unit from the seller ranges from $2.10 to $6.80; U.S. retail $9.99 to $24.99.")
    if r.ruling_type == "classification":
        d.para("Basis: GRI 1 and the terms of the headings proposed, with the Explanatory Notes "
               "to those headings; see also NY N301001 on a comparable article.")
    if r.court:
        d.para("The same classification question is before the Court of International Trade in "
               f"{r.importer} v. United States, Court No. 24-00117, on earlier entries.")
    elif r.current:
        d.para("A shipment of these goods arrived at the port last week and is awaiting entry.")
    if r.current:
        d.para("Pending matters: the shipment is before the port for entry; no court case.")
    elif r.pending_stmt and not r.court:
        d.para(PENDING[ds % 3])
    d.para("Samples: " + ("one sample of each item is sent under separate cover; please return "
                          "it after review." if r.sample else
                          "photographs are enclosed; a sample is available on request."))
    d.para("Confidentiality: " + ("we ask that the unit prices above be treated as confidential "
                                  "business information under 19 CFR 177.2(b)(7)."
                                  if r.confidential else "none requested."))
    if r.signed:
        d.para("Respectfully submitted,\n/s/ " + r.signer + "\nPrincipal, "
               + (r.agent or r.importer))
    else:
        d.para("Respectfully submitted,\n\n______________________________")
    return d


def importer_letter(r: Request, rng: random.Random, ds: int) -> Doc:
    """An importer's own request, typed on letterhead and scanned."""
    d = Doc(font="serif")
    d.title(r.agent or d.v(r.importer))
    if not r.agent:
        d.para(" - ".join(d.v(a) for a in r.address))
    d.para(fmt_date(r.dated, ds))
    d.para("Director, National Commodity Specialist Division\nU.S. Customs and Border Protection"
           if not (r.ruling_type == "valuation" or r.hq_extra) else
           "Director, Regulations and Rulings\nU.S. Customs and Border Protection")
    d.para("Subject: binding ruling request", bold=True)
    if r.agent and r.authority:
        d.para(r.authority.format(imp=r.importer, d=fmt_date(r.dated - timedelta(days=21), ds)))
    elif r.agent:
        d.para(f"On behalf of {r.importer}, we request a ruling on the goods below.")
    if r.agent:
        d.para(f"Importer: {r.importer}, {', '.join(r.address)}.")
    d.para(f"Our importer number is {d.v(r.ior)}. The goods will be entered at the port of "
           f"{r.port[1]}.")
    _subject(r, d)
    for i, (prod, hts, mat) in enumerate(r.items):
        line = f"Item {i + 1}: {prod}; materials: {mat}"
        if r.ruling_type == "classification":
            line += f"; we believe it falls under subheading {d.v(hts)}"
        d.para(line + ".")
    d.para("Use: sold to consumers through our stores and website. Price: about $4.25 a unit "
           "from the factory, retail $14.99.")
    if r.ruling_type == "classification":
        d.para("Our basis is GRI 1 and the heading text.")
    if r.court:
        d.para("This question is also the subject of our action before the U.S. Court of "
               "International Trade, Court No. 25-00031.")
    elif r.current:
        d.para("The first container was entered on " + fmt_date(r.dated - timedelta(days=6), ds)
               + " and is still being examined at the port.")
    if r.current:
        d.para("So the matter is now before the port; it is not before any court.")
    elif r.pending_stmt and not r.court:
        d.para(PENDING[(ds + 1) % 3])
    d.para("A sample is enclosed." if r.sample else "Photos enclosed; no sample.")
    if r.confidential:
        d.para("Please keep our supplier's name and prices confidential (177.2(b)(7)).")
    if r.signed:
        d.para("Yours truly,")
        d.space()
        d.para(r.signer + "\nVice President, Sourcing")
    else:
        d.para("Yours truly,")
    return d


STYLES = {"pdfmake": spec_request, "ocr": importer_letter}


def build(idx: int, producer: str, rng: random.Random) -> Built:
    case = CASES[idx % len(CASES)]
    r = facts(case, rng, idx)
    ds = rng.randrange(6)
    doc = STYLES[producer](r, rng, ds)
    doc.v(fmt_date(r.dated, ds))
    decision, not_scored = decide(r)
    args = ["--received", r.received.isoformat(), "--today",
            (r.received + timedelta(days=10)).isoformat()]
    return Built("ruling-request", case, producer, doc, args, values(r), decision, not_scored)
