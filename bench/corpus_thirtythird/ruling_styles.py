"""Three requesters: a start-up founder in bullets, a university lab on an instrument, in-house
counsel citing precedent in footnotes."""

from __future__ import annotations

import random

from bench.corpus_thirtythird.model import Doc, fmt_date
from bench.corpus_thirtythird.ruling_cases import Ruling, printed_hts

OFFICES = {
    "NCSD": [
        "National Commodity Specialist Division",
        "U.S. Customs and Border Protection",
        "Attn: Classification and Marking",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ],
    "HQ": [
        "Regulations and Rulings, Office of Trade",
        "U.S. Customs and Border Protection",
        "90 K Street NE, 10th Floor",
        "Washington, DC 20229-1177",
    ],
}
ASK = {
    "classification": "the tariff classification",
    "valuation": "the customs value",
    "marking": "the country of origin marking",
    "origin": "the country of origin",
    "carrier": "the coastwise transportation",
}


def _hts(r: Ruling) -> str:
    return printed_hts(r.items[0][1], r.hts_form)


def _office(r: Ruling) -> list[str]:
    hq = r.subject in ("valuation", "carrier") or r.ny_ruling or r.case == "class-and-value"
    return OFFICES["HQ" if hq else "NCSD"]


def _subject_facts(r: Ruling) -> list[str]:
    """The facts a request on the subject needs, as sentences."""
    if r.subject == "valuation":
        return [
            "The goods are bought from an unrelated seller in Taiwan on FOB Kaohsiung terms; "
            "the commercial invoice shows unit price, quantity and a 2% early-payment discount.",
            "We ask whether the royalty paid to a licensor in Germany is part of the price "
            "actually paid or payable.",
        ]
    if r.subject == "carrier":
        return [
            "The vessel Sea Lark was built in Norway in 2016 and sails under the flag of Norway.",
            "It would carry passengers on day excursions from Seattle, WA to Blake Island and "
            "back, with no call at a foreign port; we ask whether this is coastwise trade.",
        ]
    facts = []
    if r.subject in ("marking", "origin"):
        facts.append(
            "The goods are assembled in Mexico from parts made in China and Vietnam; we "
            "ask which country is the country of origin and how the goods must be marked."
        )
    facts.append(
        "Principal use in the United States: "
        + ("research and teaching laboratories." if r.lab else "household and retail consumers.")
    )
    if r.materials:
        facts.append(
            "Component materials: 62% stainless steel, 30% polypropylene and 8% copper "
            "wiring by weight; the steel accounts for most of the value."
        )
    if r.lab:
        facts.append(
            "Technical name as in the vendor quotation; purchase price USD 48,500 CIP, "
            "not resold in the United States."
        )
    else:
        facts.append(
            "Names: sold as the brand line shown on the attached sheet; purchase price "
            "about USD 41 per unit FOB, U.S. selling price USD 89."
        )
    if r.case == "class-and-value":
        facts.append(
            "We also ask whether the design fee paid to our Milan studio is an assist "
            "that must be added to the customs value of the goods. The studio and "
            "the seller are unrelated to us; we buy on FOB Ningbo terms at the invoice price."
        )
    return facts


def _pending(r: Ruling) -> str | None:
    if r.pending == "court":
        return (
            "The same issue is pending before the U.S. Court of International Trade in a case "
            "brought by our former distributor (Court No. 24-00317)."
        )
    if r.pending == "cbp":
        return (
            "The shipment is at the port now: it arrived last week and the entry is awaiting "
            "release at the port, which has asked for this ruling."
        )
    if r.pending == "none":
        return (
            "To our knowledge, the issue is not before any CBP office or any court, and it has "
            "not been the subject of an earlier ruling request."
        )
    return None


def _status(r: Ruling) -> str:
    if r.status == "completed":
        return "The goods were entered last year and the entry has already been liquidated."
    if r.status == "current":
        return "The first shipment has arrived and is currently being entered."
    return "The goods have not yet been imported; the first shipment is planned for next quarter."


def _sample(r: Ruling) -> str:
    return {
        "sent": "A sample is enclosed, sent under separate cover; please return it when done.",
        "photos": "Photographs and a specification sheet are attached instead of a sample.",
        "on request": "A sample is available on request.",
    }[r.sample]


def _items(r: Ruling) -> list[str]:
    return [name for name, _ in r.items]


def _show(doc: Doc, r: Ruling, habit: str) -> None:
    doc.show(r.name, *r.address, r.importer, fmt_date(r.written, habit))
    if r.subject == "classification":
        doc.show(_hts(r))


def _signature(doc: Doc, r: Ruling, title: str, font: str = "r") -> None:
    if r.signed:
        doc.lines(["Sincerely,", "", f"/s/ {r.signer}", r.signer, title], font=font)
    else:
        doc.lines(["Sincerely,", "", "______________________________", title], font=font)


def founder(r: Ruling, rng: random.Random) -> Doc:
    """A start-up founder: short intro, bullets, informal close."""
    doc, habit = Doc(), rng.choice(["long", "us", "abbr"])
    doc.para(r.name, "b", 16, after=0)
    doc.para("  /  ".join(r.address) + f"  /  EIN {r.importer}", "r", 8.5, after=14)
    doc.para(fmt_date(r.written, habit), after=10)
    doc.lines(_office(r), size=9.5, after=12)
    doc.para(
        f"Request for a binding ruling: {ASK[r.subject]} of our "
        f"{'products' if len(r.items) > 1 else 'product'}",
        "b",
        11,
        after=8,
    )
    doc.para(
        f"Hello - I am the founder of {r.name}. We are a small team launching our first "
        "product line in the U.S., and before we place production orders we want a binding "
        "ruling under 19 CFR Part 177. Here is what you need to know:",
        after=8,
    )
    bullets = [
        f"What it is: {', '.join(_items(r))}"
        if len(r.items) <= 2
        else f"What they are ({len(r.items)} versions): " + "; ".join(_items(r))
    ]
    bullets += _subject_facts(r)
    bullets.append(_status(r))
    if r.ports:
        bullets.append(f"Where it comes in: {' and '.join(r.ports)}")
    if r.subject == "classification":
        line = f"Our proposed classification: HTSUS {_hts(r)}"
        if r.basis:
            line += (
                ", because GRI 1 and the heading text cover the goods as a whole and the "
                "Explanatory Notes to the heading name them expressly"
            )
        bullets.append(line)
    pending = _pending(r)
    if pending:
        bullets.append(pending)
    bullets.append(_sample(r))
    bullets.append(
        "Please treat the pricing above as confidential (19 CFR 177.2(b)(7)): it is not "
        "public and would help competitors."
        if r.confidential
        else "Nothing here is confidential."
    )
    for text in bullets:
        doc.para(f"-  {text}", indent=12, after=3)
    doc.gap(8)
    doc.para("Thanks very much - happy to answer any questions by phone.", after=14)
    _signature(doc, r, f"Founder & CEO, {r.name}")
    _show(doc, r, habit)
    return doc


def lab(r: Ruling, rng: random.Random) -> Doc:
    """A university research lab asking about an instrument, with a ruled data table."""
    doc, habit = Doc(), rng.choice(["long", "dmy", "iso"])
    doc.para(r.name.upper(), "b", 12, "c", after=0)
    doc.para("Office of Research Procurement and Export Control", "i", 10, "c", after=0)
    doc.para(", ".join(r.address), "r", 9, "c", after=4)
    doc.rule()
    doc.para(f"Date: {fmt_date(r.written, habit)}", after=8)
    doc.lines(_office(r), size=10, after=10)
    doc.para(f"Subject: Binding ruling request - {ASK[r.subject]} of laboratory equipment", "b")
    doc.para(
        f"Our research group plans to import the instrument described below for a funded "
        f"study. On behalf of {r.name} (importer number {r.importer}), I ask for a ruling "
        "on the point stated.",
        after=8,
    )
    doc.para("INSTRUMENT DATA", "b", 10, after=4)
    rows = [["Item", "Description"]]
    rows += [[str(n), name] for n, name in enumerate(_items(r), start=1)]
    doc.table([40, 428], rows, ruled="all")
    doc.para("FACTS", "b", 10, after=3)
    for text in [*_subject_facts(r), _status(r)]:
        doc.para(text, after=4)
    if r.ports:
        doc.para(f"Port(s) of entry: {', '.join(r.ports)}.", after=4)
    if r.subject == "classification":
        doc.para("CLASSIFICATION CLAIMED", "b", 10, after=3)
        text = f"We believe the instrument is provided for in subheading {_hts(r)}."
        if r.basis:
            text += (
                " The instrument measures and analyses physical properties of samples, the "
                "function named in the heading, and no other heading describes it more "
                "specifically (GRI 1 and 6)."
            )
        doc.para(text)
    doc.para("OTHER STATEMENTS", "b", 10, after=3)
    for statement in (
        _pending(r),
        _sample(r),
        "We ask that the attached vendor quotation be kept confidential."
        if r.confidential
        else None,
    ):
        if statement:
            doc.para(statement, after=4)
    doc.gap(10)
    _signature(doc, r, "Director, Research Procurement")
    _show(doc, r, habit)
    return doc


def counsel(r: Ruling, rng: random.Random) -> Doc:
    """In-house counsel: a formal letter, authority cited in numbered footnotes at the end."""
    doc, habit = Doc(), rng.choice(["long", "abbr", "dmy"])
    doc.para(r.name, "b", 12, "r", after=0)
    doc.para("Office of the General Counsel", "i", 10, "r", after=0)
    for line in r.address:
        doc.para(line, "r", 10, "r", after=0)
    doc.gap(14)
    doc.para(fmt_date(r.written, habit), after=10)
    doc.lines(_office(r), after=10)
    doc.para(
        f"Re: Binding ruling request on {ASK[r.subject]} of "
        + ("; ".join(_items(r)) if len(r.items) < 3 else f"{len(r.items)} articles listed below")
        + f" (Importer No. {r.importer})",
        "b",
    )
    doc.para("Dear Sir or Madam:")
    notes = []
    if r.ny_ruling:
        doc.para(
            f"{r.name} respectfully requests reconsideration of New York ruling {r.ny_ruling}, "
            "which classified the merchandise described below, and asks that Headquarters "
            "issue a ruling in its place.[1]"
        )
        notes.append(
            "19 CFR 177.12; see also HQ H301245 (modifying a New York ruling on similar goods)."
        )
    else:
        doc.para(
            f"{r.name} requests a binding ruling under 19 CFR Part 177 on {ASK[r.subject]} "
            "of the merchandise described below.[1]"
        )
        notes.append("19 CFR 177.1(a), 177.2.")
    if len(r.items) >= 3:
        for n, name in enumerate(_items(r), start=1):
            doc.para(f"({n}) {name}", indent=24, after=2)
        doc.gap(4)
    for text in [*_subject_facts(r), _status(r)]:
        doc.para(text)
    if r.ports:
        doc.para(f"The goods will be entered at the port of {' and the port of '.join(r.ports)}.")
    if r.subject == "classification":
        text = f"In our view the merchandise is classified in subheading {_hts(r)}, HTSUS."
        if r.basis:
            text += " Goods of this kind have consistently been classified there.[2]"
            notes.append(
                "See NY N312877 (2020); HQ H284163 (2018); cf. Len-Ron Mfg. Co. v. "
                "United States, 334 F.3d 1304 (Fed. Cir. 2003)."
            )
        doc.para(text)
    pending = _pending(r)
    if pending:
        doc.para(pending)
    doc.para(_sample(r))
    if r.confidential:
        doc.para(
            "The cost figures in this letter are confidential commercial information; we ask "
            f"that they be withheld from disclosure.[{len(notes) + 1}]"
        )
        notes.append("19 CFR 177.2(b)(7); 5 U.S.C. 552(b)(4).")
    doc.para("Respectfully submitted,", after=16)
    if r.signed:
        doc.lines([f"/s/ {r.signer}", r.signer, "Associate General Counsel, Trade"], after=14)
    else:
        doc.lines(["______________________________", "Associate General Counsel, Trade"], after=14)
    doc.rule()
    for n, note in enumerate(notes, start=1):
        doc.para(f"[{n}] {note}", "r", 8.5, after=2)
    _show(doc, r, habit)
    return doc


STYLES = {
    "founder": (founder, "helv", "sans"),
    "lab": (lab, "times", "cm"),
    "counsel": (counsel, "times", "cm"),
}
