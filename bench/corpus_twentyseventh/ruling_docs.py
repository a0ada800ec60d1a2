"""Three ruling-request styles: a consultant's cover e-mail above a product data sheet, an
importer's product brief, and a typewritten request memo (mandoc)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from . import fmt
from .doc import Doc
from .people import BROKERS
from .ruling_cases import Ruling

AUTHORITY = [
    "We act for {n} under a letter of authorization, a copy of which is enclosed.",
    "This request is submitted on behalf of {n}, which has authorized us in writing to seek this "
    "ruling.",
    "As the importer's authorized agent (power of attorney dated {d} enclosed), we request a "
    "ruling for {n}.",
    "{n} has appointed our firm as its agent for this request; its authorization letter is "
    "attached.",
    "We are the customs broker of record for {n} and file this request with its written authority.",
]
NO_AUTHORITY = [
    "We are writing about a product line {n} intends to import.",
    "Please find below the details of a product that {n} plans to bring in.",
]
PENDING_NO = [
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court of "
    "International Trade, or any appellate court, and no ruling has been sought on it before.",
    "No transaction or issue described here is or was under review by CBP or before a court.",
    "The importer states that this matter is not before any port, Headquarters office or court "
    "(19 CFR 177.2(b)(5)), and that it is not one of a series of transactions already under "
    "review.",
    "Neither the importer nor its agents has raised this question with any CBP office or court.",
]
SAMPLE_YES = [
    "A sample is enclosed; please return it after review.",
    "One sample accompanies this request.",
    "Samples are sent under separate cover by express courier.",
]
SAMPLE_NO = [
    "Photographs and a specification sheet are attached; no sample is sent.",
    "A sample is available on request.",
    "Drawings are enclosed in place of a sample.",
]
CONF_YES = (
    "We ask that the purchase price and supplier name be treated as confidential (19 CFR "
    "177.2(b)(7))."
)
CONF_NO = [
    "No confidential treatment is requested.",
    "Nothing in this request is confidential.",
    "",
]


def _subject(r: Ruling) -> tuple[str, list[str]]:
    """The question asked and the subject facts required by 177.2(b)(2)."""
    if r.ruling_type == "valuation":
        return (
            "the proper transaction value of the goods, in particular whether a royalty paid to "
            "the seller's "
            "parent is dutiable",
            [
                "Terms of sale: FOB Ningbo, payment 60 days after shipment.",
                "Relationship: the seller and the importer are not related (19 U.S.C. 1401a(g)).",
            ],
        )
    if r.ruling_type == "marking":
        return (
            'whether marking the outer carton and a sewn label "Made in Vietnam" meets 19 CFR '
            "Part 134",
            [
                "The articles reach the ultimate purchaser in a retail box; the label is sewn at "
                "the neck."
            ],
        )
    if r.ruling_type == "origin":
        return (
            "the country of origin of the goods, assembled in Mexico from Chinese components",
            ["Components: frame from China, finishing and assembly in Monterrey, Mexico."],
        )
    return (
        f"the tariff classification of the goods; we believe subheading {r.hts_printed}, HTSUS, "
        "applies by GRI 1",
        [
            "Principal use in the United States: household and retail consumer use.",
            "Component materials: see the data sheet (percentages by weight).",
        ],
    )


def _lines(r: Ruling, rng: random.Random) -> dict[str, str]:
    pend = {
        "cit-pending": f"The same issue is pending before the U.S. Court of International Trade in "
        f"{r.name.split(',')[0]} v. United States, Court No. 25-00{rng.randrange(100, 999)}.",
        "current-entry": f"The first shipment arrived at the Port of {r.port} and its entry is "
        "under review by "
        "the port, which has issued a request for information (CBP Form 28).",
        "no-pending-stmt": "",
    }.get(r.case, rng.choice(PENDING_NO))
    return {
        "pending": pend,
        "sample": rng.choice(SAMPLE_YES if r.sample else SAMPLE_NO),
        "conf": CONF_YES if r.confidential else rng.choice(CONF_NO),
    }


def _items(r: Ruling) -> list[str]:
    if r.items == 1:
        return [r.goods]
    return [f"{r.goods}, variant {chr(65 + i)}" for i in range(r.items)]


def _shows(doc: Doc, r: Ruling, ds: str) -> None:
    doc.shows(r.ior, fmt.date(r.dated, ds))
    if r.ruling_type == "classification":
        doc.shows(r.hts_printed)
    if not r.agent:
        doc.shows(r.name, *r.address)


def data_sheet(r: Ruling, rng: random.Random) -> Doc:
    """A consultant's e-mail printed above the product data sheet it sends to NCSD or HQ."""
    firm, person, _ = (
        rng.choice(BROKERS) if r.agent else (r.name, rng.choice(["Nadia Perel", "Owen Tsai"]), "")
    )
    ds = fmt.pick_date_style(rng)
    office = (
        "Regulations and Rulings, Office of Trade, Washington, DC"
        if r.ruling_type == "valuation"
        else "National Commodity Specialist Division, New York, NY"
    )
    doc = Doc("ruling-request", r.case, "data-sheet", f"Binding ruling request - {r.name}")
    user = person.lower().replace(" ", ".").replace("..", ".")
    mail = f"{user}@{firm.split()[0].lower()}.example.com"
    doc.add(
        "kv",
        [
            ("From:", f"{person} <{mail}>"),
            ("Sent:", f"{fmt.date(r.dated, ds)} 4:12 PM"),
            ("To:", f"{office}"),
            ("Subject:", f"Request for binding ruling ({r.ruling_type}) - {r.name}"),
        ],
    )
    line = _lines(r, rng)
    subject, facts = _subject(r)
    intro = (
        rng.choice(AUTHORITY).format(n=r.name, d=fmt.date(r.dated - dt.timedelta(days=40), ds))
        if r.authority
        else rng.choice(NO_AUTHORITY).format(n=r.name)
        if r.agent
        else f"{r.name} asks for a binding ruling on goods it plans to import."
    )
    doc.add(
        "para",
        f"Good afternoon, {intro} We request a prospective ruling on {subject}. The goods will be "
        f"entered at the Port of {r.port}. The data sheet follows.",
    )
    doc.add("para", " ".join(t for t in [line["pending"], line["sample"], line["conf"]] if t))
    sign = [] if r.case == "unsigned" else [f"/s/ {person}", person]
    doc.add("sign", ["Regards,", *sign, firm, f"Sent {fmt.date(r.dated, 'slash')}"])
    if rng.random() < 0.6:
        doc.add("break")
    doc.add("title", "PRODUCT DATA SHEET")
    doc.add(
        "kv",
        [
            ("Importer:", r.name),
            ("Importer address:", ", ".join(r.address)),
            (rng.choice(["Importer No.:", "IOR #:", "EIN:"]), r.ior),
            ("Port of entry:", r.port),
        ],
    )
    doc.add(
        "table",
        ["Item", "Description", "Unit price"],
        [
            [str(i + 1), text[:60], fmt.money(Decimal(rng.randrange(300, 9000)) / 100, "dollar")]
            for i, text in enumerate(_items(r))
        ],
    )
    doc.add("para", "Description: " + r.goods + ". " + " ".join(facts))
    _shows(doc, r, ds)
    return doc


def brief(r: Ruling, rng: random.Random) -> Doc:
    """An importer's (or agent's) product brief with lettered parts."""
    ds = fmt.pick_date_style(rng)
    firm, person, licence = (
        rng.choice(BROKERS) if r.agent else (r.name, "Marisol Dunne", "Director, Trade Compliance")
    )
    doc = Doc("ruling-request", r.case, "brief", f"{r.name} - ruling request")
    doc.add("lines", [firm, fmt.date(r.dated, ds)])
    doc.add("title", "Request for a Binding Ruling - Product Brief")
    line = _lines(r, rng)
    subject, facts = _subject(r)
    doc.add("head", "Part A - Who is asking")
    who = [f"Importer: {r.name}", f"Address: {', '.join(r.address)}", f"Importer number: {r.ior}"]
    doc.add("lines", who)
    if r.agent:
        doc.add(
            "para",
            rng.choice(AUTHORITY).format(n=r.name, d=fmt.date(r.dated - dt.timedelta(days=20), ds))
            if r.authority
            else rng.choice(NO_AUTHORITY).format(n=r.name),
        )
    doc.add("head", "Part B - The transaction")
    doc.add(
        "para",
        f"The importer will buy the goods from an unrelated supplier and enter them at the Port of "
        f"{r.port}. It asks for {subject}.",
    )
    doc.add("head", "Part C - The goods")
    for text in _items(r):
        doc.add("para", text)
    doc.add("para", " ".join(facts))
    doc.add("head", "Part D - Other statements")
    doc.add("para", " ".join(t for t in [line["pending"], line["sample"], line["conf"]] if t))
    sign = (
        ["Respectfully submitted,", "", person, licence]
        if r.case != "unsigned"
        else ["Submitted by:", "", "______________________"]
    )
    doc.add("sign", sign)
    _shows(doc, r, ds)
    return doc


def memo(r: Ruling, rng: random.Random) -> Doc:
    """A typewritten request memo (mandoc): .SH sections, tagged particulars."""
    ds = fmt.pick_date_style(rng)
    firm, person, licence = (
        rng.choice(BROKERS) if r.agent else (r.name, "Walter Beck", "Vice President, Imports")
    )
    doc = Doc("ruling-request", r.case, "memo", f"Ruling  request  {r.ruling_type}")
    line = _lines(r, rng)
    subject, facts = _subject(r)
    doc.add("head", "To")
    office = (
        "Regulations and Rulings, Washington, DC"
        if r.ruling_type == "valuation"
        else "NCSD, New York, NY"
    )
    doc.add("lines", [office, f"Date: {fmt.date(r.dated, ds)}"])
    doc.add("head", "Requester")
    doc.add(
        "kv",
        [
            ("Importer", r.name),
            ("Address", ", ".join(r.address)),
            ("Importer No.", r.ior),
            ("Port", r.port),
        ],
    )
    if r.agent:
        doc.add(
            "para",
            rng.choice(AUTHORITY).format(n=r.name, d=fmt.date(r.dated - dt.timedelta(days=15), ds))
            if r.authority
            else rng.choice(NO_AUTHORITY).format(n=r.name),
        )
    doc.add("head", "Question")
    doc.add("para", f"We ask for a prospective ruling on {subject}.")
    doc.add("head", "Goods")
    for text in _items(r):
        doc.add("para", text)
    doc.add("para", " ".join(facts))
    doc.add("head", "Statements")
    doc.add("para", " ".join(t for t in [line["pending"], line["sample"], line["conf"]] if t))
    doc.add("sign", [f"/s/  {person}", person, licence, firm] if r.case != "unsigned" else [firm])
    _shows(doc, r, ds)
    return doc
