"""Binding-ruling requests (19 CFR Part 177): a web submission printout (jsPDF) and a slide deck
'Request for Binding Ruling - Product Overview' (Impress)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.corpus_sixteenth.common import (
    COMPANIES,
    FIRMS,
    GOODS,
    MAKEUP,
    PEOPLE,
    PORTS,
    Built,
    date_style,
    fmt_date,
    pick,
)
from bench.corpus_sixteenth.layout import Badge, Document, Flow

CASES = [
    "class",
    "valuation",
    "court-pending",
    "no-port",
    "class-agent",
    "carrier",
    "cbp-pending",
    "no-materials",
    "marking",
    "unsigned",
    "agent-no-authority",
    "no-pending-stmt",
    "origin",
    "no-basis",
    "six-items",
]
TYPES = {"marking": "marking", "valuation": "valuation", "origin": "origin", "carrier": "carrier"}
AUTHORITY = [
    "acting as agent for {imp} under the power of attorney enclosed with this request",
    "authorized by {imp} to request this ruling on its behalf (letter of authorization attached)",
    "as counsel to and authorized representative of {imp}, whose written authorization is enclosed",
    "appointed by {imp} as its agent for this request by a power of attorney dated {when}",
    "holding written authority from {imp} to seek this ruling (copy enclosed)",
]
PENDING = [
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court "
    "of International Trade, the Court of Appeals for the Federal Circuit or any court, and "
    "has not been the subject of a prior ruling request.",
    "No CBP office and no court is, or has been, considering the same transaction or issue.",
    "The requester states that this issue is not before CBP or any court, and that the "
    "transaction is not one of a series already under review.",
]


def print_hts(hts: str, style: int) -> str:
    """An HTS number as a sender prints it: 8517.62.0090, 8517.62.00.90 or 8517620090."""
    if style == 1 and len(hts) == 12:
        return f"{hts[:10]}.{hts[10:]}"
    return hts.replace(".", "") if style == 2 else hts


TITLES = {
    "requester": ["Requester", "Parties", "Who is asking", "Requesting party", "Applicant"],
    "transaction": [
        "Transaction",
        "The transaction",
        "Proposed import",
        "Background",
        "Nature of the transaction",
    ],
    "facts": ["Facts", "Product facts", "Product overview", "Description", "Details"],
    "ruling": [
        "Ruling requested",
        "Question presented",
        "Requested ruling",
        "Our position",
        "Issue and proposed answer",
    ],
    "statements": [
        "Statements",
        "Other information",
        "Required statements",
        "Pending matters, samples, confidentiality",
        "Declarations",
    ],
}
ROLE = ["Importer", "Requester (importer of record)", "Applicant", "Company", "Importer/owner"]
IOR = ["Importer of record number", "IOR No.", "Importer number", "CBP importer no.", "IOR #"]
DATED = ["Date:", "Dated", "Submitted", "Date of request:", "Request date:"]


@dataclass
class Request:
    """What one ruling request says."""

    case: str
    subject: str
    importer: tuple[str, str, str]
    ior: str
    agent: str | None
    authority: bool
    goods: str
    hts: str | None
    items: int
    ports: list[str]
    materials: bool
    pending: str | None
    court: bool
    cbp: bool
    basis: bool
    sample: bool
    confidential: bool
    signed: bool
    signer: str
    request_date: date
    received: date
    missing: list[str] = field(default_factory=list)


def _spec(rng: random.Random, case: str) -> Request:
    importer = COMPANIES[rng.randrange(len(COMPANIES))]
    goods, hts = GOODS[rng.randrange(len(GOODS))]
    received = date(2025, 2, 3) + timedelta(days=rng.randrange(280))
    agent = case in ("class-agent", "agent-no-authority") or (
        case not in ("class",) and rng.random() < 0.5
    )
    ports = [p[1] for p in rng.sample(PORTS, rng.choice([1, 2]))]
    r = Request(
        case,
        TYPES.get(case, "classification"),
        importer,
        f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}",
        pick(rng, FIRMS) if agent else None,
        case != "agent-no-authority",
        goods,
        print_hts(hts, rng.randrange(3)),
        1,
        ports,
        True,
        pick(rng, PENDING),
        False,
        False,
        True,
        rng.random() < 0.5,
        rng.random() < 0.3,
        True,
        pick(rng, PEOPLE),
        received - timedelta(days=rng.randrange(2, 7)),
        received,
    )
    if r.subject != "classification":
        r.hts = None
    if case == "no-port":
        r.ports, r.missing = [], ["177.2(b)(1)"]
    elif case == "no-materials":
        r.materials, r.missing = False, ["177.2(b)(2)"]
    elif case == "no-pending-stmt":
        r.pending, r.missing = None, ["177.2(b)(5)"]
    elif case == "no-basis":
        r.basis, r.missing = False, ["177.2(b)(6)"]
    elif case == "unsigned":
        r.signed, r.missing = False, ["177.2(c)"]
    elif case == "six-items":
        r.items = 6
    elif case == "court-pending":
        r.court = True
        r.pending = (
            "The classification of identical goods imported by the requester is at issue "
            "in an action now pending before the U.S. Court of International Trade, "
            "Court No. 24-00187."
        )
    elif case == "cbp-pending":
        r.cbp = True
        r.pending = (
            "The same issue is now before the Port of " + ports[0] + " on a request for "
            "internal advice concerning the requester's current shipment."
        )
    return r


def truth(r: Request) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """The contract's values and decision for R, and the keys it leaves unscored."""
    name, street, city = r.importer
    values: dict[str, object] = {
        "requester_name": name,
        "requester_address": f"{street}, {city}",
        "importer_number": r.ior,
        "request_date": r.request_date.isoformat(),
        "ruling_type": r.subject,
        "proposed_hts": [r.hts] if r.hts else [],
        "item_count": r.items,
        "prospective": True,
        "pending_statement": r.pending is not None,
        "pending_in_court": r.court,
        "pending_before_cbp": r.cbp,
        "sample_provided": r.sample,
        "confidential_requested": r.confidential,
        "signed": r.signed,
    }
    not_scored = [
        "ports, product_description: printed as free text in several forms the "
        "contract does not normalize",
        "reason: free text",
    ]
    route = "HQ" if r.subject in ("valuation", "carrier") else "NCSD"
    if r.court or r.cbp:
        outcome = "no_ruling"
    elif not r.authority:
        outcome = "needs_human"
    elif r.missing or r.items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, object] = {"outcome": outcome, "route": route, "missing": r.missing}
    if outcome == "accept":
        decision["due"] = (
            (r.received + timedelta(days=30)).isoformat() if route == "NCSD" else None
        )
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append(
            "due: whether a target date runs for a request that is not accepted is "
            "not fixed by the contract"
        )
    if r.agent:
        del values["requester_name"], values["requester_address"]
        not_scored.append(
            "requester_name/address: the request is written by an agent for the "
            "importer, and the contract does not say which of the two is the requester"
        )
    if r.subject != "classification":
        del values["item_count"]
        not_scored.append("item_count: counted only for classification requests")
    if r.cbp:
        del values["prospective"]
        not_scored.append(
            "prospective: future imports are asked about while a current shipment "
            "of the same goods is before the port"
        )
    return values, decision, not_scored


def build(rng: random.Random, index: int, producer: str) -> Built:
    case = CASES[index % len(CASES)]
    r = _spec(rng, case)
    values, decision, not_scored = truth(r)
    ds = date_style(rng)
    sections = _sections(rng, r, ds)
    doc = (_webapp if producer == "jspdf" else _deck)(rng, r, ds, sections)
    needles = [r.ior, fmt_date(r.request_date, ds), *r.ports]
    if r.hts:
        needles.append(r.hts)
    if not r.agent:
        needles += list(r.importer)
    if r.signed:
        needles.append(r.signer)
    args = [
        "--received",
        r.received.isoformat(),
        "--today",
        (r.received + timedelta(days=3)).isoformat(),
    ]
    return Built(
        "ruling-request", case, producer, args, values, decision, doc, needles, not_scored
    )


def _subject_facts(r: Request) -> list[str]:
    if r.subject == "classification":
        facts = [
            f"Product: {r.goods.rstrip('.')}.",
            f"Principal use in the United States: {MAKEUP[r.goods][1]}.",
            "Commercial name: sold under the requester's house brand; technical name as above.",
        ]
        if r.materials:
            facts.append(f"Component materials: {MAKEUP[r.goods][0]}.")
        facts.append("Purchase price: $8.40 per unit FOB; U.S. selling price: $24.99 retail.")
        if r.items > 1:
            facts.append(
                f"The request covers {r.items} models of this product, which differ only "
                "in color and capacity: models A-1 through A-6."
            )
        return facts
    if r.subject == "marking":
        return [
            f"Product: {r.goods.rstrip('.')}, packed one per retail carton.",
            "Question: whether marking 'Made in Vietnam' molded into the base, and not on the "
            "carton, satisfies 19 U.S.C. 1304 and 19 CFR Part 134 for the ultimate purchaser.",
        ]
    if r.subject == "origin":
        return [
            f"Product: {r.goods.rstrip('.')}.",
            "Components are made in China and assembled and tested in Thailand; the request "
            "asks whether the Thai assembly is a substantial transformation making Thailand "
            "the country of origin.",
        ]
    if r.subject == "valuation":
        return [
            f"Product: {r.goods.rstrip('.')}, bought from the requester's parent company.",
            "Terms of sale: FOB Haiphong, payment 60 days after bill of lading.",
            "Relationship of the parties: the seller owns 100% of the buyer; the parties are "
            "related under 19 U.S.C. 1401a(g).",
            "Question: whether the transfer price is acceptable transaction value under the "
            "circumstances-of-sale test.",
        ]
    return [
        "Vessel: the offshore supply vessel SEA WARDEN, built in Norway (2011), registered "
        "under the flag of the Bahamas.",
        "Place of use: the U.S. outer continental shelf, Gulf of Mexico.",
        "Itinerary: load equipment at Port Fourchon, Louisiana, carry it to a drilling unit "
        "on the shelf, return empty; question whether this is coastwise trade under 46 U.S.C. "
        "55102.",
    ]


def _sections(rng: random.Random, r: Request, ds: int) -> list[tuple[str, list[str]]]:
    """The request's content as titled groups of sentences, in the order the sender uses."""
    name, street, city = r.importer
    role = "Vessel operator" if r.subject == "carrier" else pick(rng, ROLE)
    who = [f"{role}: {name}, {street}, {city}", f"{pick(rng, IOR)}: {r.ior}"]
    if r.agent:
        if r.authority:
            phrase = pick(rng, AUTHORITY).format(
                imp=name, when=fmt_date(r.request_date - timedelta(days=40), ds)
            )
            who.append(f"Submitted by {r.agent}, {phrase}.")
        else:
            who.append(f"Submitted by {r.agent} on behalf of our client, {name}.")
    if r.ports:
        who.append(
            pick(
                rng,
                [
                    "Port(s) of entry: ",
                    "Expected ports of arrival: ",
                    "Ports where the goods will be entered: ",
                ],
            )
            + "; ".join(r.ports)
        )
    transaction = [
        "The importer will buy the goods from an unrelated manufacturer and enter them "
        "for consumption; no shipment has yet arrived or been entered."
    ]
    if r.cbp:
        transaction[0] = (
            "A first shipment has arrived and awaits entry; the importer will keep buying the "
            "goods from an unrelated manufacturer."
        )
    if r.subject == "valuation":
        transaction[0] = (
            "The importer will buy the goods from its parent company; no shipment "
            "has yet arrived or been entered."
        )
    if r.subject == "carrier":
        transaction[0] = (
            "The requester will charter the vessel for the voyages described below; no voyage "
            "has begun."
        )
    groups = [("requester", who), ("transaction", transaction), ("facts", _subject_facts(r))]
    if r.hts:
        ask = f"We ask CBP to rule that the goods are classified in subheading {r.hts}, HTSUS."
        basis = [
            "Basis: GRI 1 and GRI 6; the heading text covers the goods by name, and the "
            "Explanatory Notes to the heading confirm it. See NY N301122 on similar goods."
        ]
        groups.append(("ruling", [ask] + (basis if r.basis else [])))
    else:
        groups.append(("ruling", ["We ask for a binding ruling on the question above."]))
    other = []
    if r.pending:
        other.append(r.pending)
    other.append(
        pick(
            rng,
            [
                "A sample is enclosed with this request.",
                "One sample is sent under separate cover; please return it.",
            ],
        )
        if r.sample
        else pick(
            rng,
            [
                "Photographs and a specification sheet are enclosed.",
                "A sample is available on request.",
            ],
        )
    )
    other.append(
        "Confidential treatment is requested for the purchase price under 19 CFR "
        "177.2(b)(7), marked [CONFIDENTIAL]."
        if r.confidential
        else "No confidential treatment is requested."
    )
    groups.append(("statements", other))
    return [(pick(rng, TITLES[key]), lines) for key, lines in groups]


def _signature(r: Request) -> list[str]:
    if not r.signed:
        return ["Signature: ______________________", "Name / title: ______________________"]
    org = r.agent or r.importer[0]
    title = "Partner" if r.agent else "Director, Global Trade"
    return [f"/s/ {r.signer}", f"{r.signer}, {title}", org]


def _addressee(r: Request) -> str:
    if r.subject in ("valuation", "carrier"):
        return "Regulations and Rulings, Office of Trade, Washington, DC"
    return "Director, National Commodity Specialist Division, New York"


def _webapp(
    rng: random.Random, r: Request, ds: int, groups: list[tuple[str, list[str]]]
) -> Document:
    """A request printed from a web submission tool: header band, fields, sections, a pill."""
    ref = f"BR-{rng.randrange(100000, 999999)}"
    doc = Document(f"Binding ruling request {ref}", landscape=False)
    teal = (0, 105, 110)

    def header(flow: Flow, page: int) -> None:
        flow.page.append(Badge(flow.margin, flow.y, flow.right - flow.margin, 18, teal, teal))
        flow.line(
            f"Binding Ruling Request  {ref}",
            x=flow.margin + 6,
            bold=True,
            size=10,
            colour=(255, 255, 255),
            advance=False,
        )
        flow.line(f"{page}", x=flow.right - 6, size=9, align="right", colour=(255, 255, 255))
        flow.gap(10)

    flow = Flow(doc, margin=50, size=10, header=header, face=rng.choice(["helvetica", "times"]))
    flow.line(f"To: {_addressee(r)}", bold=True)
    flow.line(f"{pick(rng, DATED)} {fmt_date(r.request_date, ds)}")
    flow.line("Status:", advance=False)
    flow.badge(flow.margin + 45, "SUBMITTED", (220, 240, 230), (20, 110, 60))
    flow.gap(18)
    for title, lines in groups:
        flow.line(title.upper() if rng.random() < 0.5 else title, bold=True, size=11, colour=teal)
        for text in lines:
            flow.para(text, indent="- " if len(lines) > 2 else "")
        flow.gap(4)
    flow.gap(10)
    for text in _signature(r):
        flow.line(text)
    return doc


def _deck(
    rng: random.Random, r: Request, ds: int, groups: list[tuple[str, list[str]]]
) -> Document:
    """'Request for Binding Ruling - Product Overview': one slide per section, bullets."""
    doc = Document("Request for Binding Ruling - Product Overview", landscape=True)
    title = pick(
        rng,
        [
            "Request for Binding Ruling - Product Overview",
            "Binding Ruling Request (19 CFR Part 177)",
            "Prospective Ruling Request",
        ],
    )

    def header(flow: Flow, page: int) -> None:
        flow.line(f"{r.importer[0]}  |  {title}  |  {page}", size=9, colour=(100, 100, 100))
        flow.rule(2, (0, 84, 147))
        flow.gap(4)

    flow = Flow(doc, margin=44, size=14, header=header)
    flow.line(title, size=24, bold=True)
    flow.line(f"{pick(rng, DATED)} {fmt_date(r.request_date, ds)}", size=14)
    flow.line(f"To: {_addressee(r)}", size=12)
    flow.gap(10)
    per_slide = rng.choice([2, 3])
    for number, (heading, lines) in enumerate(groups):
        if number and number % per_slide == 0:
            flow.new_page()
        flow.line(heading, size=18, bold=True, colour=(0, 84, 147))
        for text in lines:
            flow.para(text, indent="\u2022 ", after=2)
        flow.gap(8)
    flow.gap(10)
    for text in _signature(r):
        flow.line(text, size=13)
    return doc
