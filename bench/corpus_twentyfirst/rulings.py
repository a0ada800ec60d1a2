"""Binding-ruling requests under 19 CFR Part 177: cases, truths, and six ways senders write them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.corpus_twentyfirst.render import (
    Doc,
    PageBreak,
    Para,
    Space,
    Table,
    TwoColumns,
    caps_pair,
)
from bench.corpus_twentyfirst.words import (
    COMPANIES,
    FIRMS,
    GOODS,
    MATERIALS,
    PEOPLE,
    PORTS,
    fmt_date,
    fmt_money,
)

CASES = [
    "class-importer",
    "valuation",
    "court",
    "def-unsigned",
    "agent-noauth",
    "def-items",
    "class-agent",
    "carrier",
    "def-pending",
    "current",
    "marking",
    "reconsider",
    "def-ports",
    "origin",
]
STYLES = ["consult", "email", "numbered", "caps", "packet", "twocol"]
TYPE_OF_CASE = {
    "valuation": "valuation",
    "carrier": "carrier",
    "marking": "marking",
    "origin": "origin",
}
HQ_TYPES = {"valuation", "carrier"}

AUTHORITY = [
    "We act for {imp} under a power of attorney dated {poa}, a copy of which is enclosed.",
    "As the representative authorized by {imp} to request this ruling on its behalf, we submit "
    "the following.",
    "{agent} is authorized by {imp} (letter of authorization enclosed) to submit this request.",
    "We are counsel to {imp} and file this request on its behalf and with its express authority.",
    "{imp} has engaged and authorized our firm to seek this ruling for it.",
]
NO_AUTHORITY = "We are preparing an import programme that involves {imp}; we ask for a ruling."

PENDING_NO = [
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court of "
    "International Trade, the Court of Appeals for the Federal Circuit or any other court, and it "
    "has not been the subject of an earlier ruling request.",
    "Statement under 19 CFR 177.2(b)(5): no transaction involving this merchandise is or was "
    "before CBP or any court, and this request is not one of a series.",
    "The requester is not aware of this issue being before any CBP office or any court.",
    "PENDING MATTERS: None. The question is not pending before CBP or the courts.",
    "Neither this transaction nor the issue it raises has been considered by CBP or is pending in "
    "any court.",
]
SAMPLE_YES = [
    "A sample is enclosed; it need not be returned.",
    "Two samples are sent under separate cover with this letter; please return them when done.",
    "SAMPLE: enclosed (1 pc.)",
]
SAMPLE_NO = [
    "Photographs and the specification sheet are enclosed in place of a sample.",
    "A sample is available on request.",
    "No sample is submitted.",
]
CONF_YES = [
    "We ask that the prices in Exhibit B be kept confidential under 19 CFR 177.2(b)(7): they are "
    "commercial information exempt from disclosure under 5 U.S.C. 552(b)(4).",
    "CONFIDENTIALITY: requested for the cost and price data (commercial information).",
]
CONF_NO = ["No confidential treatment is requested.", ""]


@dataclass
class Ruling:
    """One request as its sender knows it."""

    case: str
    style: str
    ruling_type: str
    importer: tuple[str, str, str]
    importer_no: str | None
    agent: str | None
    agent_address: tuple[str, str]
    authority: int | None
    signer: str
    items: list[tuple[str, str]]
    hts_form: int
    ports: list[tuple[str, str]]
    request_date: date
    received: date
    today: date
    sample: bool
    confidential: bool
    date_style: str


def build(case: str, number: int, rng: random.Random) -> Ruling:
    agent = case in ("class-agent", "agent-noauth", "origin", "carrier") or rng.random() < 0.3
    if case in ("class-importer", "def-unsigned"):
        agent = False
    count = 7 if case == "def-items" else rng.choice([1, 1, 2, 3])
    items = rng.sample(GOODS, count) if case not in ("carrier",) else []
    request_date = date(2025, 3, 3) + timedelta(days=rng.randrange(250))
    received = request_date + timedelta(days=rng.randrange(2, 9))
    ruling_type = TYPE_OF_CASE.get(case, "classification")
    return Ruling(
        case=case,
        style=STYLES[number % len(STYLES)],
        ruling_type=ruling_type,
        importer=COMPANIES[rng.randrange(len(COMPANIES))],
        importer_no=f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}"
        if rng.random() < 0.7
        else None,
        agent=FIRMS[rng.randrange(len(FIRMS))] if agent else None,
        agent_address=("1 World Trade Center, Suite 4100", "New York, NY 10007"),
        authority=None if case == "agent-noauth" else rng.randrange(len(AUTHORITY)),
        signer=PEOPLE[rng.randrange(len(PEOPLE))],
        items=items,
        hts_form=rng.randrange(4) if ruling_type == "classification" else 3,
        ports=[] if case == "def-ports" else rng.sample(PORTS, rng.choice([1, 2])),
        request_date=request_date,
        received=received,
        today=received + timedelta(days=rng.randrange(1, 20)),
        sample=rng.random() < 0.5,
        confidential=rng.random() < 0.3,
        date_style=rng.choice(["long", "us", "dmy", "abbr", "mil", "legal", "iso"]),
    )


def hts_printed(r: Ruling, hts: str) -> str:
    digits = hts.replace(".", "")
    return [hts, f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}", digits, ""][r.hts_form]


def truth(r: Ruling) -> dict[str, Any]:
    not_scored = [
        "product_description: free text whose end the contract does not fix",
        "ports: the contract allows names or codes, and these letters print both",
        "reason: free text",
    ]
    prospective = r.case not in ("current",)
    values: dict[str, Any] = {
        "importer_number": r.importer_no,
        "request_date": r.request_date.isoformat(),
        "ruling_type": r.ruling_type,
        "proposed_hts": [h for h in (hts_printed(r, hts) for _, hts in r.items) if h],
        "prospective": prospective,
        "pending_statement": r.case != "def-pending",
        "pending_in_court": r.case == "court",
        "pending_before_cbp": r.case == "current",
        "sample_provided": r.sample,
        "confidential_requested": r.confidential,
        "signed": r.case != "def-unsigned",
    }
    if r.ruling_type == "classification":
        values["item_count"] = len(r.items)
    else:
        not_scored.append("item_count: the contract counts items for classification only")
    if r.agent:
        not_scored.append(
            "requester_name/address: written by an agent for the importer; the contract does not "
            "say which of the two is the requester"
        )
    else:
        values["requester_name"] = r.importer[0]
        values["requester_address"] = f"{r.importer[1]}, {r.importer[2]}"
    route = "HQ" if r.ruling_type in HQ_TYPES or r.case == "reconsider" else "NCSD"
    missing = []
    if r.case == "def-ports":
        missing.append("177.2(b)(1)")
    if r.case == "def-pending":
        missing.append("177.2(b)(5)")
    if r.case == "def-unsigned":
        missing.append("177.2(c)")
    if r.case in ("court", "current"):
        outcome = "no_ruling"
    elif r.case == "agent-noauth":
        outcome = "needs_human"
    elif missing or r.case == "def-items":
        outcome = "deficient"
    else:
        outcome = "accept"
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    if outcome == "accept":
        decision["due"] = (r.received + timedelta(days=30)).isoformat() if route == "NCSD" else None
    elif route == "HQ":
        decision["due"] = None
    else:
        not_scored.append("due: the contract gives a target date only for an accepted NCSD request")
    out: dict[str, Any] = {
        "kind": "ruling-request",
        "case": r.case,
        "args": ["--received", r.received.isoformat(), "--today", r.today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return out


# ------------------------------------------------------------------ wording


def _d(r: Ruling, day: date) -> str:
    return fmt_date(day, r.date_style)


def _sender_lines(r: Ruling) -> list[str]:
    if r.agent:
        return [r.agent, *r.agent_address]
    return list(r.importer)


def _addressee(r: Ruling) -> list[str]:
    if r.ruling_type in HQ_TYPES or r.case == "reconsider":
        return [
            "U.S. Customs and Border Protection",
            "Regulations and Rulings, Office of Trade",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229-1177",
        ]
    return [
        "U.S. Customs and Border Protection",
        "National Commodity Specialist Division",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def _intro(r: Ruling, rng: random.Random) -> str:
    imp = r.importer[0]
    subject = {
        "classification": "the tariff classification",
        "valuation": "the appraisement",
        "marking": "the country of origin marking",
        "origin": "the country of origin",
        "carrier": "the application of the coastwise laws",
    }[r.ruling_type]
    if r.case == "reconsider":
        subject = (
            "reconsideration of New York ruling N"
            + str(rng.randrange(300000, 349999))
            + " on the classification"
        )
    if r.agent:
        who = (NO_AUTHORITY if r.authority is None else AUTHORITY[r.authority]).format(
            imp=imp,
            agent=r.agent,
            poa=_d(r, r.request_date - timedelta(days=rng.randrange(30, 400))),
        )
        return f"{who} We request a binding ruling on {subject} of the merchandise described below."
    return (
        f"{imp} requests a binding ruling under 19 CFR Part 177 on {subject} of the merchandise "
        "described below, which it intends to import."
    )


def _parties(r: Ruling) -> list[str]:
    imp, street, city = r.importer
    lines = [
        f"Importer: {imp}, {street}, {city}"
        + (f" (IOR No. {r.importer_no})" if r.importer_no else "")
    ]
    lines.append(
        "Seller: Hengrui Holdings Ltd., 12 Harbour Road, Hong Kong (the importer's parent)"
        if r.ruling_type == "valuation"
        else "Manufacturer and seller: Zhejiang Hengrui Manufacturing Co., Ltd., 88 Binhai Road, "
        "Ningbo, China (unrelated to the importer)"
    )
    if r.ports:
        names = " and ".join(f"{n} ({c})" for c, n in r.ports)
        lines.append(f"The goods will be entered at {names}.")
    return lines


def _facts(r: Ruling) -> list[str]:
    if r.ruling_type == "valuation":
        return [
            "Transaction: the importer will buy finished goods from its parent company, Hengrui "
            "Holdings Ltd. (Hong Kong), which owns 100% of the importer; the parties are related "
            "within 19 U.S.C. 1401a(g).",
            "Terms of sale: FOB Ningbo, payment 60 days net; the invoice shows a unit price plus "
            "a separate assist for moulds supplied free of charge by the importer.",
            "Question: whether the transfer price is acceptable as transaction value under the "
            "circumstances-of-sale test, and how the assist is added to the price.",
        ]
    if r.ruling_type == "carrier":
        return [
            "Vessel: M/V NORDIC TERN, an offshore supply vessel built at Ulsteinvik, Norway in "
            "2014, flagged in the Bahamas.",
            "Place of use: on the Outer Continental Shelf off Louisiana, Block GC-640.",
            "Itinerary: the vessel will load pipe at Port Fourchon, carry it to the drill site "
            "and return empty; no merchandise is laden at one U.S. point and unladen at another.",
            "Question: whether this voyage is coastwise trade under 46 U.S.C. 55102.",
        ]
    lines = [
        "Transaction: the goods are bought from the manufacturer named above, shipped by sea and "
        "entered for consumption; no shipment has yet been made."
    ]
    if r.case == "current":
        lines = [
            "Transaction: the first shipment arrived on the vessel MSC ALINA and was entered on "
            f"{_d(r, r.request_date - timedelta(days=20))} under entry no. AB1-0448213-3; the "
            f"entry is "
            "unliquidated and further shipments are planned."
        ]
    if r.ruling_type == "marking":
        lines.append(
            "Marking: each article will be marked 'Made in Vietnam' by a sewn label; the retail "
            "box will carry the importer's U.S. address."
        )
    if r.ruling_type == "origin":
        lines.append(
            "Origin: the components are cast in China and machined, assembled and tested in Mexico."
        )
    return lines


def _item_rows(r: Ruling, rng: random.Random) -> list[list[str]]:
    rows = [["No.", "Description", "Principal use", "Materials", "Price", "Proposed HTS"]]
    for index, (goods, hts) in enumerate(r.items, 1):
        rows.append(
            [
                str(index),
                goods,
                rng.choice(["retail sale to consumers", "commercial and industrial use"]),
                MATERIALS[hts],
                fmt_money(Decimal(rng.randrange(400, 9000)) / 100, "dollar"),
                hts_printed(r, hts),
            ]
        )
    return rows


def _basis(r: Ruling) -> str:
    if not any(hts_printed(r, h) for _, h in r.items):
        return "We ask CBP to state the correct classification."
    return (
        "Basis for the proposed classification: GRI 1 and GRI 6; the goods are described by the "
        "terms of the proposed heading and no other heading covers them more specifically. See "
        "also NY N301122."
    )


def _pending(r: Ruling, rng: random.Random) -> str:
    if r.case == "def-pending":
        return ""
    if r.case == "court":
        return (
            f"The same issue is pending before the U.S. Court of International Trade in "
            f"{r.importer[0]} v. United States, Court No. 24-00{rng.randrange(100, 999)}."
        )
    if r.case == "current":
        return "This matter is not before any court; the entry described above is with the port."
    return rng.choice(PENDING_NO)


def _signature(r: Ruling, rng: random.Random) -> list[Para]:
    closing = rng.choice(
        ["Respectfully submitted,", "Sincerely,", "Very truly yours,", "Kind regards,"]
    )
    if r.case == "def-unsigned":
        return [Para(closing, after=28), Para("______________________________")]
    title = (
        "Partner"
        if r.agent and "LLP" in r.agent
        else "Licensed Customs Broker"
        if r.agent
        else rng.choice(
            ["Vice President, Supply Chain", "Import Compliance Manager", "General Counsel"]
        )
    )
    block = [Para(closing, after=14)]
    block += rng.choice(
        [[Para(f"/s/ {r.signer}", after=1)], [Para("______________________________", after=1)]]
    )
    return [*block, Para(r.signer, after=1), Para(title, after=1), Para(r.agent or r.importer[0])]


def _common(r: Ruling, rng: random.Random) -> dict[str, Any]:
    table = _item_rows(r, rng) if r.items else []
    return {
        "intro": _intro(r, rng),
        "parties": _parties(r),
        "facts": _facts(r),
        "table": table,
        "basis": _basis(r) if r.items and r.ruling_type == "classification" else "",
        "pending": _pending(r, rng),
        "sample": rng.choice(SAMPLE_YES if r.sample else SAMPLE_NO),
        "conf": rng.choice(CONF_YES if r.confidential else CONF_NO),
    }


def render(r: Ruling, rng: random.Random) -> Doc:
    c = _common(r, rng)
    return {
        "consult": _consult,
        "email": _email,
        "numbered": _numbered,
        "caps": _caps,
        "packet": _packet,
        "twocol": _twocol,
    }[r.style](r, rng, c)


def _items_table(c: dict[str, Any], ruled: bool) -> list[Table]:
    return (
        [Table(c["table"], [0.5, 3, 1.3, 1.8, 0.8, 1.3], ruled=ruled, size=8)] if c["table"] else []
    )


def _consult(r: Ruling, rng: random.Random, c: dict[str, Any]) -> Doc:
    doc = Doc(font="helv", header=f"Binding ruling request - {r.importer[0]}")
    doc.add(
        *[Para(x, 10, i == 0, after=1) for i, x in enumerate(_sender_lines(r))],
        Space(8),
        Para(_d(r, r.request_date)),
        *[Para(x, after=1) for x in _addressee(r)],
        Space(6),
        Para(f"Re: Request for binding ruling - {r.importer[0]}", bold=True),
        Para("Dear Sir or Madam:"),
        Para(c["intro"], align="J"),
        Para("Parties and ports", bold=True),
        *[Para(x) for x in c["parties"]],
        Para("Facts", bold=True),
        *[Para(x, align="J") for x in c["facts"]],
        Para("Product specifications", bold=True) if c["table"] else Space(1),
        *_items_table(c, True),
        Para(c["basis"]) if c["basis"] else Space(1),
        Para("Pending matters", bold=True),
        Para(c["pending"] or "-"),
        *[Para(t) for t in (c["sample"], c["conf"]) if t],
        *_signature(r, rng),
    )
    return doc


def _mailbox(r: Ruling) -> str:
    domain = (r.agent or r.importer[0]).split()[0].lower().strip(",.&")
    return f"{r.signer.split()[0].lower()}@{domain}.com"


def _email(r: Ruling, rng: random.Random, c: dict[str, Any]) -> Doc:
    to = "ncsd-rulings" if "National" in _addressee(r)[1] else "hq-rulings"
    doc = Doc(font="times")
    doc.add(
        Para(
            f"From: {r.signer} <{_mailbox(r)}>",
            9,
            after=1,
        ),
        Para(f"Sent: {fmt_date(r.request_date, 'long')} 10:{rng.randrange(10, 59)} AM", 9, after=1),
        Para(f"To: {to}@cbp.dhs.gov", 9, after=1),
        Para(f"Subject: Ruling request - {r.importer[0]} - {r.ruling_type}", 9, True, after=10),
        Para("Good morning,"),
        Para(c["intro"], align="J"),
        *[Para(x) for x in c["parties"]],
        *[Para(x, align="J") for x in c["facts"]],
        *_items_table(c, False),
        *[Para(t) for t in (c["basis"], c["pending"], c["sample"], c["conf"]) if t],
        *_signature(r, rng),
        Space(4),
        Para(
            "> On an earlier date, NCSD wrote: Please resend your request with the complete "
            "description of each item; requests by e-mail are accepted.",
            8.5,
        ),
        Space(8),
        Para(
            "This message is intended only for the addressee and may contain privileged "
            "information. If you received it in error, please delete it.",
            7.5,
        ),
    )
    return doc


def _numbered(r: Ruling, rng: random.Random, c: dict[str, Any]) -> Doc:
    doc = Doc(font=rng.choice(["times", "courier"]), header=f"Ruling Request - {r.importer[0]}")
    heads = [
        "Requester and Parties",
        "Description of the Transaction",
        "Ruling Requested",
        "Statement on Pending Matters",
        "Samples and Confidentiality",
        "Signature",
    ]
    doc.add(
        *[Para(x, 10, i == 0, "C", after=1) for i, x in enumerate(_sender_lines(r))],
        Space(6),
        Para(f"Dated {fmt_date(r.request_date, 'legal')}", align="C"),
        *[Para(x, after=1) for x in _addressee(r)],
        Space(6),
        Para("CONTENTS", bold=True),
        *[Para(f"{i}. {h}", indent=18, after=1) for i, h in enumerate(heads, 1)],
        Space(8),
        Para("1. Requester and Parties", bold=True),
        Para(f"1.1 {c['intro']}", align="J"),
        *[Para(f"1.{i} {x}") for i, x in enumerate(c["parties"], 2)],
        Para("2. Description of the Transaction", bold=True),
        *[Para(f"2.{i} {x}", align="J") for i, x in enumerate(c["facts"], 1)],
        PageBreak(),
        Para("3. Ruling Requested", bold=True),
        *_items_table(c, True),
        Para(f"3.1 {c['basis']}") if c["basis"] else Space(1),
        Para("4. Statement on Pending Matters", bold=True),
        Para(f"4.1 {c['pending']}" if c["pending"] else "4.1 -"),
        Para("5. Samples and Confidentiality", bold=True),
        *[Para(f"5.{i} {t}") for i, t in enumerate([t for t in (c["sample"], c["conf"]) if t], 1)],
        Para("6. Signature", bold=True),
        *_signature(r, rng),
    )
    return doc


def _caps(r: Ruling, rng: random.Random, c: dict[str, Any]) -> Doc:
    doc = Doc(font="courier", header=f"RULING REQUEST  {r.importer[0].upper()}")

    doc.add(
        Para("REQUEST FOR BINDING RULING (19 CFR PART 177)", 12, True),
        *caps_pair("TO", ", ".join(_addressee(r)[1:2])),
        *caps_pair("DATE", fmt_date(r.request_date, "mil")),
        *caps_pair("REQUESTER", ", ".join(_sender_lines(r))),
        *caps_pair("STATEMENT", c["intro"]),
        *caps_pair("PARTIES AND PORTS", " ".join(c["parties"])),
        *caps_pair("FACTS", " ".join(c["facts"])),
        *_items_table(c, False),
        *caps_pair("BASIS", c["basis"]),
        *caps_pair("PENDING MATTERS", c["pending"]),
        *caps_pair("SAMPLE", c["sample"]),
        *caps_pair("CONFIDENTIALITY", c["conf"] or "NOT REQUESTED"),
        *_signature(r, rng),
    )
    return doc


def _packet(r: Ruling, rng: random.Random, c: dict[str, Any]) -> Doc:
    doc = Doc(font="helv", header=f"{r.importer[0]} - ruling request")
    doc.add(
        Para(_sender_lines(r)[0], 13, True, "C"),
        Para(_d(r, r.request_date)),
        *[Para(x, after=1) for x in _addressee(r)],
        Space(6),
        Para(
            "Enclosed is our request for a binding ruling, with a pro forma commercial invoice "
            "for the first planned shipment. Please direct questions to the undersigned.",
            align="J",
        ),
        *_signature(r, rng),
        PageBreak(),
        Para("REQUEST FOR BINDING RULING", 12, True, "C"),
        Para(c["intro"], align="J"),
        *[Para(x) for x in c["parties"]],
        *[Para(x, align="J") for x in c["facts"]],
        *_items_table(c, True),
        *[Para(t) for t in (c["basis"], c["pending"], c["sample"], c["conf"]) if t],
        *_signature(r, rng),
        PageBreak(),
        Para("ATTACHMENT: PRO FORMA COMMERCIAL INVOICE", 11, True),
    )
    rows = [
        [
            "Seller\nHengrui Holdings Ltd."
            if r.ruling_type == "valuation"
            else "Seller\nZhejiang Hengrui Manufacturing Co., Ltd.",
            f"Buyer\n{r.importer[0]}",
            f"Invoice No.\nPF-{rng.randrange(1000, 9999)}",
            "Terms\nFOB Ningbo",
        ]
    ]
    for goods, _ in r.items or [("Vessel charter - not applicable", "")]:
        rows.append([goods[:40], "Qty 500", "Unit 12.40", "Total 6,200.00"])
    doc.add(Table(rows, [1.5, 1.2, 1, 1], head=False, form=True))
    return doc


def _twocol(r: Ruling, rng: random.Random, c: dict[str, Any]) -> Doc:
    doc = Doc(font="times", header=f"Binding ruling request | {r.importer[0]}")
    doc.add(
        Para(_sender_lines(r)[0], 14, True),
        *[Para(x, 9, after=1) for x in _sender_lines(r)[1:]],
        Space(6),
        Para(_d(r, r.request_date)),
        *[Para(x, after=1) for x in _addressee(r)],
        Space(6),
        Para(c["intro"], align="J"),
        *[Para(x) for x in c["parties"]],
        TwoColumns(c["facts"], [t for t in (c["pending"], c["sample"], c["conf"]) if t]),
        *_items_table(c, True),
        Para(c["basis"]) if c["basis"] else Space(1),
        *_signature(r, rng),
    )
    return doc
