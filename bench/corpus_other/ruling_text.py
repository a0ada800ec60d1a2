"""Ruling requests as other senders write them: letterhead, e-mail, numbered, short, fax."""

from __future__ import annotations

import random
from decimal import Decimal

from bench.corpus_other import facts
from bench.corpus_other.doc import Block, Columns, Document, Gap, Line, PageBreak
from bench.corpus_other.pen import Pen
from bench.corpus_other.ruling_plan import Ruling

STYLES = ["letterhead", "email", "numbered", "short", "fax"]
NCSD = ["National Commodity Specialist Division", "U.S. Customs and Border Protection",
        "Attn: Binding Rulings", "201 Varick Street, Suite 501", "New York, NY 10014"]
HQ = ["Regulations and Rulings, Office of Trade", "U.S. Customs and Border Protection",
      "90 K Street NE, 10th Floor", "Washington, DC 20229"]
PENDING = ["To the best of our knowledge, the issue is not pending before any CBP office, the "
           "Court of International Trade, the Court of Appeals for the Federal Circuit or any "
           "appellate court, and it is not one of a series of transactions.",
           "No ruling has been sought on this merchandise before, and the question is not "
           "before any CBP office or any court.",
           "Statement under 19 CFR 177.2(b)(5): the same transaction or issue is not, and has "
           "not been, before a CBP office or a court.",
           "We are not aware of any pending matter on this issue at CBP or in the courts.",
           "This issue has not been raised in any protest, internal advice request or "
           "litigation."]
SAMPLES = {"sent": ["A sample is enclosed; please return it after review.",
                    "We enclose one sample of each item.",
                    "Samples have been sent under separate cover by courier.",
                    "One physical sample accompanies this letter (return requested).",
                    "Enclosed: product sample (no return required)."],
           "photos": ["Photographs and a specification sheet are enclosed.",
                      "Please see the enclosed photographs of the product.",
                      "Enclosed are drawings and the manufacturer's data sheet.",
                      "Product photos are attached as Exhibit A.",
                      "We attach a catalogue page with photographs."],
           "on-request": ["A sample is available on request.",
                          "Samples can be provided if CBP wishes.",
                          "We will send a sample upon request.",
                          "Should a sample be needed, please let us know.",
                          "A sample can be made available."],
           "none": [""]}
CONFIDENTIAL = ["We request confidential treatment of the pricing in Exhibit B under 19 CFR "
                "177.2(b)(7); it is commercial information exempt from disclosure.",
                "CONFIDENTIAL TREATMENT REQUESTED for the bracketed cost data "
                "(19 CFR 177.2(b)(7)).",
                "Please keep the supplier's identity confidential; its disclosure would harm our "
                "competitive position.",
                "The company asks that the unit prices be withheld from the published ruling.",
                "Confidentiality is requested for the information marked [C]."]
NO_CONFIDENTIAL = ["", "No confidential treatment is requested.", "",
                   "This letter contains no confidential information.", ""]


class _Pen(Pen):
    def __init__(self, r: Ruling, rng: random.Random) -> None:
        super().__init__(rng)
        self.r = r


def _who(pen: _Pen) -> str:
    r = pen.r
    q = r.requester
    ior = pen.pick([f"IOR {q.ior}", f"importer number {q.ior}", f"EIN {q.ior}",
                    f"Importer No. {q.ior}", f"importer of record number {q.ior}"])
    if r.firm:
        return pen.pick([f"On behalf of our client, {q.name}, {q.address} ({ior}), we request",
                         f"We represent {q.name}, {q.address}, {ior}, and request",
                         f"This firm, for {q.name} ({q.address}; {ior}), requests",
                         f"As counsel to {q.name}, {q.address} ({ior}), we ask for",
                         f"{q.name}, {q.address} ({ior}), through counsel, requests"])
    return pen.pick([f"{q.name}, {q.address} ({ior}), requests",
                     f"We, {q.name}, {q.address}, {ior}, request",
                     f"Our company, {q.name} ({ior}), of {q.address}, requests",
                     f"{q.name} ({ior}), located at {q.address}, asks for",
                     f"The importer, {q.name}, {q.address}, {ior}, requests"])


def _subject_words(r: Ruling) -> str:
    if r.reconsider:
        return f"reconsideration of New York ruling {r.reconsider}"
    return {"classification": "a binding tariff classification ruling",
            "marking": "a binding ruling on country of origin marking",
            "origin": "a binding ruling on the country of origin",
            "valuation": "a binding ruling on the appraisement (transaction value)",
            "carrier": "a binding ruling under the coastwise laws"}[r.subject]


def _ports(pen: _Pen) -> list[str]:
    r = pen.r
    if "ports" in r.omit:
        return []
    names = " and ".join(f"{name} ({code})" for code, name in r.ports)
    return [pen.pick([f"The goods will be entered at the port of {names}.",
                      f"Port(s) of entry: {names}.",
                      f"We expect to import through {names}.",
                      f"Anticipated port of entry: {names}.",
                      f"Entry will be made at {names}."])]


def _facts(pen: _Pen) -> list[str]:
    r = pen.r
    desc, _, _, materials, use = r.goods
    out: list[str] = []
    timing = (f"The first shipment arrived at the port of {r.ports[0][1]} on "
              f"{pen.d(r.request_date)} and is awaiting entry." if r.pending == "current"
              else pen.pick(["The goods have not yet been imported.",
                             "No shipment has been made yet; the first is planned for next "
                             "quarter.", "This request concerns future importations only.",
                             "Importation is planned; nothing has been entered.",
                             "The merchandise will be imported beginning next season."]))
    if r.subject == "classification":
        if len(r.items) > 1:
            out.append("The request covers the following items: " + "; ".join(r.items) + ".")
        out.append(pen.pick(["Description:", "The product:", "Merchandise:"]) + f" {desc}.")
        out.append(pen.pick([f"Principal use: {use}.", f"The goods are used as {use}.",
                             f"In the United States the product is sold for {use}."]))
        if "materials" not in r.omit:
            out.append(pen.pick([f"Component materials: {materials}.",
                                 f"The article is made of {materials}.",
                                 f"Composition: {materials}."]))
        price = Decimal(pen.rng.randint(200, 9000)) / 100
        out.append(f"Purchase price: {facts.money(price, pen.rng.randint(0, 5))} per unit.")
    elif r.subject == "valuation":
        out.append(f"The transaction: {r.requester.name} will buy {desc.lower()} from a "
                   f"manufacturer in Vietnam through a buying agent paid a 5% commission.")
        out.append(pen.pick(["Terms of sale: FOB Haiphong, payment 60 days after shipment.",
                             "The goods are sold FOB Haiphong on open account, net 60.",
                             "Terms: FOB port of export; the buyer pays freight."]))
        if "relationship" not in r.omit:
            out.append(pen.pick(["The seller and the buyer are not related within 19 U.S.C. "
                                 "1401a(g).", "The parties are unrelated.",
                                 "Neither party owns any interest in the other."]))
    elif r.subject in ("marking", "origin"):
        out.append(f"The article: {desc}. Components are made in China and assembled in "
                   "Mexico.")
        if r.subject == "marking":
            out.append("Each article will be marked 'Made in Mexico' by a molded marking on "
                       "the underside, and the retail box will carry the same words.")
    else:
        out.append("The vessel M/V Cape Alder was built in Korea in 2015 and is registered "
                   "under the flag of Liberia. It will be used in the Gulf of Mexico to carry "
                   "equipment from Houston to an offshore platform and back.")
    return [timing, *out]


def _request(pen: _Pen) -> list[str]:
    r = pen.r
    basis = "basis" not in r.omit
    if r.subject == "classification":
        if not r.proposed_hts:
            return ["We ask CBP to determine the proper classification of the goods."]
        hts = r.proposed_hts[0]
        ask = pen.pick([f"We believe the goods are classified in subheading {hts}, HTSUS.",
                        f"Proposed classification: {hts}.",
                        f"Please confirm classification under HTSUS {hts}.",
                        f"The importer proposes subheading {hts}.",
                        f"We request a ruling that the goods fall in {hts}."])
        why = " The heading describes the goods by name (GRI 1), and the material gives the " \
              "essential character (GRI 3(b)); see also NY rulings on similar articles."
        if r.reconsider:
            ask = f"Ruling {r.reconsider} classified the goods under {r.goods[1]}. " + ask
        return [ask + (why if basis else "")]
    result = {"valuation": "We ask CBP to rule that the buying commission is not part of the "
                           "price actually paid or payable.",
              "marking": "We ask CBP to rule that this marking satisfies 19 U.S.C. 1304.",
              "origin": "We ask CBP to rule that the country of origin is Mexico.",
              "carrier": "We ask CBP to rule that this use of the vessel is not coastwise "
                         "trade."}[r.subject]
    why = {"valuation": " A bona fide buying commission is excluded: 19 U.S.C. 1401a(b)(1).",
           "marking": " The marking is legible, indelible and permanent (19 CFR 134.41).",
           "origin": " Assembly in Mexico substantially transforms the parts (19 CFR "
                     "102.11).",
           "carrier": " Carriage to an outer continental shelf site is not between coastwise "
                      "points (46 U.S.C. 55102; 19 CFR 4.80b)."}[r.subject]
    return [result + (why if basis else "")]


def _pending(pen: _Pen) -> list[str]:
    r = pen.r
    if "pending" in r.omit:
        return []
    if r.pending == "court":
        return [f"The same issue, for our earlier entries of identical goods, is pending before "
                f"the U.S. Court of International Trade in {r.requester.name.split(',')[0]} v. "
                f"United States, Court No. {r.court_no}."]
    if r.pending == "current":
        return ["The issue is not before any court; the shipment described above is now before "
                f"CBP at the port of {r.ports[0][1]}."]
    return [pen.pick(PENDING)]


def _signature(pen: _Pen) -> list[Block]:
    r = pen.r
    org = r.firm[0] if r.firm else r.requester.name
    close = Line(pen.pick(["Sincerely,", "Respectfully submitted,", "Very truly yours,",
                           "Yours sincerely,", "Best regards,"]))
    if "signature" in r.omit:
        return [close, Gap(18), Line("______________________________"),
                Line("(authorized signature)", "small"), Line(f"for {org}")]
    kind = pen.rng.randint(0, 3)
    if kind == 0:
        return [close, Line(f"/s/ {r.signer}"), Line(f"{r.signer}, {r.signer_title}"), Line(org)]
    if kind == 1:
        return [close, Gap(16), Line("______________________________"), Line(r.signer),
                Line(r.signer_title), Line(org)]
    if kind == 2:  # a typed name counts as signed only under "Respectfully submitted,"
        return [Line("Respectfully submitted,"), Gap(10), Line(r.signer, "bold"),
                Line(f"{r.signer_title} | {org}", "small")]
    return [close, Line(org), Line(f"By: /s/ {r.signer}"), Line(f"{r.signer_title}")]


def _paragraphs(pen: _Pen) -> list[tuple[str, list[str]]]:
    """The letter's parts, each with a heading, in a sender's order."""
    r = pen.r
    extras = [pen.pick(SAMPLES[r.sample]),
              pen.pick(CONFIDENTIAL) if r.confidential else pen.pick(NO_CONFIDENTIAL)]
    middle = [("Facts", _facts(pen)), ("Ports of entry", _ports(pen)),
              ("Ruling requested", _request(pen)), ("Pending matters", _pending(pen))]
    if pen.rng.random() < 0.5:
        middle[0], middle[1] = middle[1], middle[0]
    parts = [(pen.pick(["Request", "Introduction", "Requester"]),
              [f"{_who(pen)} {_subject_words(r)}."]), *middle,
             ("Enclosures", [e for e in extras if e])]
    return [(head, lines) for head, lines in parts if lines]


def _letter(pen: _Pen, numbered: bool, headings: bool) -> list[Block]:
    r = pen.r
    org = r.firm or (r.requester.name, r.requester.street, r.requester.city)
    blocks: list[Block] = [Columns(list(org), [f"Tel. (555) 555-{pen.rng.randint(1000, 9999)}",
                                               pen.d(r.request_date)]), Gap(8)]
    blocks += [Line(t) for t in (HQ if r.route == "HQ" else NCSD)]
    blocks += [Gap(6), Line(pen.pick(["Re: Request for binding ruling", "RE: Binding ruling "
                                      "request under 19 CFR Part 177", "Subject: Ruling request",
                                      f"Re: {r.items[0]}", "Re: Prospective ruling request"]),
                            "bold"), Gap(4), Line("Dear Sir or Madam:"), Gap(4)]
    for number, (head, part) in enumerate(_paragraphs(pen), start=1):
        if headings:
            blocks.append(Line(head, "bold"))
        for index, text in enumerate(part):
            prefix = f"{number}. " if numbered and index == 0 else ""
            blocks.append(Line(prefix + text))
        blocks.append(Gap(4))
    return blocks + _signature(pen)


def _email(pen: _Pen) -> list[Block]:
    r = pen.r
    q = r.requester
    head = [f"From: {r.signer} <{r.signer.split()[0].lower()}@example.com>",
            "To: rulings@cbp.example.gov", f"Date: {pen.d(r.request_date)}",
            f"Subject: Binding ruling request - {q.name}"]
    blocks: list[Block] = [*(Line(h, "mono") for h in head), Gap(10), Line("Hello,")]
    for _, part in _paragraphs(pen):
        blocks += [Line(" ".join(part)), Gap(4)]
    return blocks + _signature(pen) + [Line(q.street, "small"), Line(q.city, "small")]


def compose(r: Ruling, style: str, rng: random.Random) -> Document:
    """The document a sender of STYLE writes for request R."""
    pen = _Pen(r, rng)
    font = rng.choice(["helvetica", "times", "courier"])
    doc = Document(font, 10 if font != "times" else 11)
    if style == "email":
        doc.add(*_email(pen))
    elif style == "fax":
        office = "Headquarters" if r.route == "HQ" else "NCSD"
        doc.add(Line("FACSIMILE", "title"), Line(f"To: CBP {office}"),
                Line(f"Date: {pen.d(r.request_date)}"), Line("Pages: 2 + cover"), PageBreak(),
                *_letter(pen, numbered=False, headings=False))
    else:
        doc.add(*_letter(pen, numbered=style == "numbered", headings=style == "letterhead"))
    return doc
