"""Three ruling-request senders: a formal TO/FROM/SUBJECT memorandum, a consultant writing for a
client under a stated authority, and an engineer's request with a schedule of part numbers."""

from __future__ import annotations

import random
import textwrap

from bench.corpus_thirtyfourth import formats
from bench.corpus_thirtyfourth.model import Cell, Doc
from bench.corpus_thirtyfourth.ruling_cases import HQ_TYPES, Ruling

NCSD = [
    "Director, National Commodity Specialist Division",
    "U.S. Customs and Border Protection",
    "201 Varick Street, Suite 501",
    "New York, NY 10014",
]
HQ = [
    "Director, Regulations and Rulings",
    "Office of Trade, U.S. Customs and Border Protection",
    "90 K Street NE, 10th Floor",
    "Washington, DC 20229-1177",
]
QUESTION = {
    "classification": "the tariff classification under the Harmonized Tariff Schedule of the "
    "United States",
    "valuation": "the proper transaction value, in particular whether royalty payments are "
    "dutiable",
    "origin": "the country of origin for marking and trade remedy purposes",
    "marking": "whether the proposed country-of-origin marking is acceptable under 19 CFR Part 134",
}


def addressee(r: Ruling) -> list[str]:
    """Where the request is sent: Headquarters for its subjects, New York for the rest."""
    return HQ if r.ruling_type in HQ_TYPES or r.ny_ruling else NCSD


def pending_text(r: Ruling, when: formats.DateStyle) -> str | None:
    """The 177.2(b)(5) statement in this request's situation, or None when it is left out."""
    return {
        "none": "To our knowledge the issue is not before any CBP office, the Court of "
        "International "
        "Trade or any appellate court, and it has not been the subject of an earlier ruling "
        "request.",
        "court": "The same issue is pending before the U.S. Court of International Trade in our "
        f"action filed {when(r.request_date - formats.DAYS * 120)}, Court No. 25-00{r.price}.",
        "current": "The merchandise is now on the water and will be entered at the port "
        "shortly; no "
        "other CBP office or court has the issue before it.",
        "completed": "The goods were entered last year and the entry has since liquidated; the "
        "issue "
        "is not before a court.",
    }.get(r.pending)


def item_facts(r: Ruling) -> list[str]:
    """What each article is, as prose sentences."""
    out = []
    for item in r.items:
        text = f"{item.description} (part no. {item.part}), intended for {r.use}."
        if r.materials:
            text += f" Component materials: {item.material}."
        text += f" Purchase price about {formats.money(r.price * 100, 'dollar')} per hundred units."
        out.append(text)
    return out


def result_text(r: Ruling, doc: Doc) -> list[str]:
    """The result asked for, with or without its basis."""
    if r.ruling_type != "classification":
        return [f"We ask CBP to rule on {QUESTION[r.ruling_type]}."]
    if r.ny_ruling:
        return [
            f"We ask Headquarters to reconsider New York ruling {r.ny_ruling} and to classify the "
            f"article in subheading {doc.mark(r.items[0].hts)}, as GRI 1 requires."
        ]
    lines = []
    for item in r.items:
        basis = (
            (
                " under GRI 1 and 6, because the heading text describes the article by its "
                "principal use and material"
            )
            if r.basis
            else ""
        )
        lines.append(f"Part {item.part}: HTSUS {doc.mark(item.hts)}{basis}.")
    return lines


def sample_text(r: Ruling) -> str:
    """Samples sent, offered or replaced by photographs."""
    return {
        "sent": "One sample of each article is sent with this request; please return it.",
        "photos": "Photographs and a drawing are enclosed; no sample is sent.",
        "on-request": "A sample is available on request.",
    }[r.sample]


def memo(doc: Doc, r: Ruling, rng: random.Random) -> None:
    """A formal memorandum TO / FROM / DATE / SUBJECT with numbered sections."""
    when = formats.date_style(rng.choice(["long", "euro", "iso"]))
    doc.text("MEMORANDUM", bold=True, size=15)
    doc.line()
    doc.line(Cell(0, "TO:", True), Cell(11, addressee(r)[0]))
    for row in addressee(r)[1:]:
        doc.line(Cell(11, row))
    doc.line(
        Cell(0, "FROM:", True),
        Cell(
            11,
            f"{r.signer}, Trade Compliance Manager" if r.signer else "Trade Compliance Department",
        ),
    )
    doc.line(Cell(11, doc.mark(r.name)))
    for row in r.address:
        doc.line(Cell(11, doc.mark(row)))
    doc.line(Cell(0, "DATE:", True), Cell(11, doc.mark(when(r.request_date))))
    article = textwrap.shorten(r.items[0].description, 36, placeholder="")
    subject = f"Request for a binding ruling - {r.ruling_type} of {article}"
    doc.line(Cell(0, "SUBJECT:", True), Cell(11, subject))
    doc.rule()
    doc.line()
    sections = [
        (
            "Parties",
            f"The importer is {r.name}, importer number {doc.mark(r.ior)}. The supplier is "
            f"{r.supplier.rstrip('.')}."
            if r.ior
            else f"The requester, {r.name}, makes and exports the goods; its importers in the "
            "United States are not yet chosen.",
        ),
        (
            "Ports of entry",
            ("The goods will be entered at " + " and ".join(r.ports) + ".") if r.ports else None,
        ),
        (
            "Transaction and merchandise",
            f"We intend to import the following for {r.use}, with the "
            "first shipment planned for next quarter. " + " ".join(item_facts(r)),
        ),
        (
            "Ruling requested",
            f"We request a ruling on {QUESTION[r.ruling_type]}. " + " ".join(result_text(r, doc)),
        ),
        ("Pending matters", pending_text(r, when)),
        ("Samples", sample_text(r)),
        (
            "Confidentiality",
            "We ask that the prices in section 3 be kept confidential under 19 CFR 177.2(b)(7)."
            if r.confidential
            else "Nothing in this request is confidential.",
        ),
    ]
    n = 0
    for title, body in sections:
        if body is None:
            continue
        n += 1
        doc.text(f"{n}. {title}", bold=True)
        doc.para(body, col=4)
    doc.line()
    if r.signer:
        doc.text("/s/ " + r.signer)
        doc.text("Trade Compliance Manager")
    else:
        doc.text("Prepared by the Trade Compliance Department")


def agent(doc: Doc, r: Ruling, rng: random.Random) -> None:
    """A customs consultant asks for a ruling for a foreign exporter and says on what authority."""
    when = formats.date_style(rng.choice(["short", "long", "ordinal"]))
    firm, title = r.agent or ("Ashford & Kline Customs Consulting", "Trade Consultant")
    doc.text(firm, bold=True, size=13)
    doc.text("Customs Compliance - Classification - Origin", size=9)
    doc.rule()
    doc.line()
    doc.text(doc.mark(when(r.request_date)))
    doc.line()
    for row in addressee(r):
        doc.text(row)
    doc.line()
    doc.text(f"Re: Binding ruling request for {doc.mark(r.name)}", bold=True)
    for row in r.address:
        doc.text("    " + doc.mark(row))
    doc.line()
    doc.text("Dear Director:")
    doc.line()
    doc.para(
        f"Authority. We write as agent for {r.name}, our client, under the letter of "
        f"authorization of {when(r.request_date - formats.DAYS * 40)} enclosed with this "
        "request. Our client has a direct and demonstrable interest in the ruling because it "
        "trades in the goods described below."
    )
    doc.para(
        f"Question. We ask for a ruling on {QUESTION[r.ruling_type]} of the goods described below."
    )
    doc.para("Goods. " + " ".join(item_facts(r)))
    if r.ports:
        doc.para("Ports. Shipments will arrive at " + ", ".join(r.ports) + ".")
    doc.para("Result sought. " + " ".join(result_text(r, doc)))
    statement = pending_text(r, when)
    if statement:
        doc.para("Other proceedings. " + statement)
    doc.para("Enclosures. " + sample_text(r))
    if r.confidential:
        doc.para("Confidential treatment is requested for the enclosed price list.")
    doc.text("Yours faithfully,")
    doc.line()
    if r.signer:
        doc.text(r.signer)
        doc.text(f"{title}, for {firm}")
    else:
        doc.text("______________________")


def parts(doc: Doc, r: Ruling, rng: random.Random) -> None:
    """A product engineer's request whose articles stand in a schedule of part numbers."""
    when = formats.date_style(rng.choice(["us", "iso", "short"]))
    doc.text(doc.mark(r.name), bold=True, size=12)
    doc.text(" | ".join(doc.mark(row) or row for row in r.address), size=9)
    if r.ior:
        doc.text(f"Importer No. {doc.mark(r.ior)}", size=9)
    doc.line()
    doc.text("Date: " + doc.mark(when(r.request_date)))
    doc.line()
    for row in addressee(r):
        doc.text(row)
    doc.line()
    doc.text(
        f"Subject: Binding ruling request - {len(r.items)} article(s), see Schedule A", bold=True
    )
    doc.line()
    doc.para(
        f"We ask for a binding ruling on {QUESTION[r.ruling_type]} of the articles in the schedule "
        f"below, which we will begin importing from {r.supplier} for {r.use}."
    )
    doc.text("Schedule A", bold=True)
    doc.rule()
    doc.head((0, "Part No."), (10, "Description"), (48, "Material"), (76, "HTSUS"))
    for item in r.items:
        hts = doc.mark(item.hts) if r.ruling_type == "classification" else ""
        material = item.material.split(" by ")[0] if r.materials else ""
        doc.line(
            Cell(0, item.part), Cell(10, item.description[:36]), Cell(48, material), Cell(76, hts)
        )
    doc.rule()
    doc.line()
    if r.ports:
        doc.text("Ports of entry: " + ", ".join(r.ports))
    doc.text(f"Price: about {formats.money(r.price * 100, 'plain')} per hundred units")
    doc.line()
    if r.basis and r.ruling_type == "classification":
        doc.para(
            "Basis: each article is described by the heading shown by its principal use and "
            "material (GRI 1 and 6); no other heading covers it more specifically."
        )
    elif r.ruling_type == "classification":
        doc.para("We believe the numbers in the schedule are right.")
    statement = pending_text(r, when)
    if statement:
        doc.para(statement)
    doc.para(sample_text(r))
    if r.confidential:
        doc.para("Please treat the schedule's prices as confidential business information.")
    if r.signer:
        doc.text("Signed: " + r.signer)
        doc.text("Product Compliance Engineer")
    else:
        doc.text("Signed: ____________________")


STYLES = {"memo": memo, "agent": agent, "parts": parts}
