"""Binding-ruling requests: situations, their truth under Part 177, and three senders' letters."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.corpus_third import data
from bench.corpus_third.doc import Bullets, Document, Gap, Heading
from bench.corpus_third.fmt import show_date

HQ_SUBJECTS = {"valuation", "carrier"}


@dataclass
class RulingFacts:
    """What one request says; None or False where the sender left a thing out."""

    case: str
    requester: str
    address: list[str]
    importer_number: str | None
    ruling_type: str
    also_valuation: bool
    goods: list[tuple[str, str | None]]  # (description, proposed HTS as printed)
    class_facts: bool
    terms_of_sale: bool
    relationship: bool
    ports: list[tuple[str, str]]
    pending: str  # none-stated | no | court | current
    sample: str  # sent | photos | on-request | none
    confidential: bool
    signature: str  # slash | line | respectfully | twice | blank
    signer: str
    title: str
    request_date: date
    received: date
    today: date
    reconsider: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)


def route(facts: RulingFacts) -> str:
    hq = facts.ruling_type in HQ_SUBJECTS or facts.also_valuation or facts.reconsider is not None
    return "HQ" if hq else "NCSD"


def missing(facts: RulingFacts) -> list[str]:
    items = []
    if not facts.ports:
        items.append("177.2(b)(1)")
    subject_facts = {
        "classification": facts.class_facts,
        "valuation": facts.terms_of_sale and facts.relationship,
    }.get(facts.ruling_type, True)
    if facts.also_valuation:
        subject_facts = subject_facts and facts.terms_of_sale and facts.relationship
    if not subject_facts:
        items.append("177.2(b)(2)")
    if facts.pending == "none-stated":
        items.append("177.2(b)(5)")
    if facts.signature == "blank":
        items.append("177.2(c)")
    return items


def outcome(facts: RulingFacts) -> str:
    if facts.pending in ("court", "current"):
        return "no_ruling"
    return "deficient" if missing(facts) or len(facts.goods) > 5 else "accept"


def truth(facts: RulingFacts, style: str) -> dict[str, Any]:
    """The truth file; `style` tells whether the importer wrote the letter or an agent did."""
    values: dict[str, Any] = {}
    not_scored = [
        "product_description not scored: a letter gives the goods in prose, under no label the "
        "contract fixes",
        "ports not scored: the contract allows port names or codes and these letters print "
        "names, codes or both",
    ]
    if style != "importer":
        not_scored.append(
            "requester_name/address not scored: the letter is written by an agent for the "
            "importer, and the contract does not say which of the two is the requester"
        )
    else:
        values["requester_name"] = facts.requester
        values["requester_address"] = ", ".join(facts.address)
    values.update(
        {
            "importer_number": facts.importer_number,
            "request_date": facts.request_date.isoformat(),
            "ruling_type": facts.ruling_type,
            "proposed_hts": [hts for _d, hts in facts.goods if hts],
        }
    )
    if facts.ruling_type == "classification":
        values["item_count"] = len(facts.goods)
    else:
        not_scored.append("item_count not scored: the request names goods, not a count of items")
    values.update(
        {
            "prospective": facts.pending != "current",
            "pending_statement": facts.pending != "none-stated",
            "pending_in_court": facts.pending == "court",
            "pending_before_cbp": facts.pending == "current",
            "sample_provided": facts.sample == "sent",
            "confidential_requested": facts.confidential,
            "signed": facts.signature != "blank",
        }
    )
    result = outcome(facts)
    decision: dict[str, Any] = {"outcome": result, "route": route(facts), "missing": missing(facts)}
    if result == "no_ruling":
        not_scored.append("reason not scored: free text")
    else:
        decision["reason"] = None
    if result == "accept":
        decision["due"] = (
            (facts.received + timedelta(days=30)).isoformat() if route(facts) == "NCSD" else None
        )
    else:
        not_scored.append(
            "due not scored: whether a target date runs for a request that is deficient or "
            "gets no ruling is not fixed by the contract"
        )
    return {
        "kind": "ruling-request",
        "case": facts.case,
        "args": ["--received", facts.received.isoformat(), "--today", facts.today.isoformat()],
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


CASES = [
    "class",
    "class-two-items",
    "marking",
    "origin",
    "valuation-hq",
    "carrier",
    "reconsider-hq",
    "no-pending-stmt",
    "unsigned",
    "valuation-no-relationship",
    "court-pending",
    "current-transaction",
    "class-no-proposal",
    "six-items",
    "no-port",
    "class-valuation-hq",
]
TYPES = {
    "marking": "marking",
    "origin": "origin",
    "valuation-hq": "valuation",
    "carrier": "carrier",
    "valuation-no-relationship": "valuation",
}
HTS_FORMS: tuple[Callable[[str], str], ...] = (
    lambda h: h,
    lambda h: h[:10] + "." + h[10:],
    lambda h: h.replace(".", ""),
)


def plan(rng: random.Random, count: int) -> list[RulingFacts]:
    return [_situation(rng, CASES[i % len(CASES)], i) for i in range(count)]


def _situation(rng: random.Random, case: str, index: int) -> RulingFacts:
    name, address = data.COMPANIES[(index * 5 + 3) % len(data.COMPANIES)]
    ruling_type = TYPES.get(case, "classification")
    count = {"class-two-items": 2, "six-items": 6}.get(case, 1)
    pool = rng.sample(data.GOODS, count) if count <= len(data.GOODS) else data.GOODS
    form = rng.choice(HTS_FORMS)
    with_hts = ruling_type == "classification" and case != "class-no-proposal"
    goods = [(description, form(hts) if with_hts else None) for description, hts, _material in pool]
    request = date(2024, 3, 4) + timedelta(days=rng.randrange(0, 560))
    while request.weekday() >= 5:
        request += timedelta(days=1)
    received = request + timedelta(days=rng.randrange(2, 8))
    while received.weekday() >= 5:
        received += timedelta(days=1)
    ports = rng.sample(data.PORTS, rng.choice([1, 2]))
    return RulingFacts(
        case=case,
        requester=name,
        address=address,
        importer_number=data.ein(rng) if rng.random() < 0.8 else None,
        ruling_type=ruling_type,
        also_valuation=case == "class-valuation-hq",
        goods=goods,
        class_facts=True,
        terms_of_sale=True,
        relationship=case != "valuation-no-relationship",
        ports=[] if case == "no-port" else ports,
        pending={
            "no-pending-stmt": "none-stated",
            "court-pending": "court",
            "current-transaction": "current",
        }.get(case, "no"),
        sample="sent" if case == "class" else rng.choice(["photos", "on-request", "none", "sent"]),
        confidential=rng.random() < 0.4,
        signature="blank"
        if case == "unsigned"
        else rng.choice(["slash", "line", "respectfully", "twice"]),
        signer=rng.choice(data.PEOPLE),
        title=rng.choice(data.TITLES),
        request_date=request,
        received=received,
        today=received + timedelta(days=rng.randrange(3, 25)),
        reconsider=f"N{rng.randrange(300000, 350000)}" if case == "reconsider-hq" else None,
    )


# ---------------------------------------------------------------- shared wording


def _pending_text(rng: random.Random, facts: RulingFacts) -> str | None:
    court_case = f"Court No. {facts.request_date.year % 100 - 1:02d}-{rng.randrange(100, 999):05d}"
    return {
        "none-stated": None,
        "no": rng.choice(
            [
                "To the best of our knowledge, the issue is not pending before any CBP office "
                "or court, and "
                "no ruling on it has been sought before.",
                "This transaction is not before any Customs office, the Court of International "
                "Trade, the "
                "Federal Circuit or any appellate court.",
                "We are not aware of any protest, request for internal advice or litigation "
                "that involves "
                "this merchandise or this issue.",
                "No prior ruling request, protest or court action concerns these goods; the "
                "request is not "
                "one of a series.",
                "Neither the importer nor, to our knowledge, any other party has this question "
                "before CBP "
                "or any court.",
            ]
        ),
        "court": (
            "The same question, for earlier entries of identical goods, is now pending before the "
            f"U.S. Court of International Trade ({court_case}); we ask for a ruling for future "
            "shipments."
        ),
        "current": (
            "The first shipment arrived at the port last week; the entry has been filed and is "
            "awaiting liquidation, and we ask how these goods must be treated."
        ),
    }[facts.pending]


def _sample_text(rng: random.Random, facts: RulingFacts) -> str | None:
    return {
        "sent": rng.choice(
            [
                "A sample of the article is enclosed; please return it when you are done.",
                "We are sending one sample of each item under separate cover by overnight courier.",
                "Samples are enclosed with this letter and need not be returned.",
            ]
        ),
        "photos": rng.choice(
            [
                "Photographs and a specification sheet are enclosed in place of a sample.",
                "Enclosed are product photographs and an engineering drawing.",
            ]
        ),
        "on-request": "A sample can be provided on request.",
        "none": None,
    }[facts.sample]


def _confidential_text(rng: random.Random, facts: RulingFacts) -> str:
    if facts.confidential:
        return rng.choice(
            [
                "We ask that the pricing in Exhibit B be kept confidential under 19 CFR "
                "177.2(b)(7), because "
                "its release would reveal our costs to competitors.",
                "Confidential treatment is requested for the supplier's name and the unit "
                "prices, which are "
                "trade secrets; they are marked [CONFIDENTIAL].",
            ]
        )
    return rng.choice(
        ["No confidential treatment is requested.", "Nothing in this request is confidential."]
    )


def _subject_paras(rng: random.Random, doc: Document, facts: RulingFacts) -> list[str]:
    paras = []
    if facts.ruling_type == "classification" or facts.also_valuation:
        for number, (description, hts) in enumerate(facts.goods, start=1):
            label = f"Item {number}: " if len(facts.goods) > 1 else ""
            material = data.MATERIALS[description]
            text = (
                f"{label}{description}. Principal use in the United States: household and retail "
                f"consumers. Component materials by weight: about 80% {material} and 20% other "
                f'fittings. It is sold under the trade name "Series {number}" '
                f"at a purchase price of ${rng.randrange(3, 40)}.50 and a U.S. selling price of "
                f"${rng.randrange(45, 90)}.00 per unit."
            )
            if hts:
                text += (
                    f" We believe it is classified in subheading {doc.show(hts)}, HTSUS, by GRI 1, "
                    "because the heading's terms describe the article as imported."
                )
            paras.append(text)
    if facts.ruling_type == "marking":
        paras.append(
            f"The goods are {facts.goods[0][0].lower()}. We ask whether marking the retail carton "
            '"Made in Vietnam" satisfies 19 U.S.C. 1304 when the article itself is too small '
            "to mark."
        )
    if facts.ruling_type == "origin":
        paras.append(
            f"The goods are {facts.goods[0][0].lower()}. Components are made in China and "
            "assembled in Thailand; we ask which country is the country of origin."
        )
    if facts.ruling_type == "valuation" or facts.also_valuation:
        terms = (
            "The goods are bought FOB Haiphong at a fixed unit price, paid 30 days after shipment."
        )
        relation = (
            " The seller, Hanoi Crafts JSC, is not related to us in any way; no assist or "
            "royalty is paid."
            if facts.relationship
            else ""
        )
        paras.append(
            (
                "We ask whether the price actually paid may be used as transaction value. "
                + terms
                + relation
            )
            if facts.ruling_type == "valuation"
            else terms + relation
        )
    if facts.ruling_type == "carrier":
        paras.append(
            "The vessel M/V Coral Tern was built in Ulsan, Korea, flies the flag of the Marshall "
            "Islands and will be used to lay cable off Galveston; its itinerary runs from "
            "Galveston "
            "to the work site and back, with no call at another U.S. port. We ask whether this "
            "is coastwise trade under 46 U.S.C. 55102."
        )
    if facts.reconsider:
        paras.append(
            f"We ask Headquarters to reconsider New York ruling {facts.reconsider}, which "
            "classified the same goods in a provision that does not describe them."
        )
    return paras


def _ports_text(rng: random.Random, facts: RulingFacts) -> str | None:
    if not facts.ports:
        return None
    names = [rng.choice([f"{n} ({c})", n, f"port {c}"]) for c, n in facts.ports]
    joined = " and ".join(names)
    return rng.choice(
        [
            f"The goods will be entered at {joined}.",
            f"We expect to import through {joined}.",
            f"Shipments will arrive at {joined}.",
            f"Port(s) of entry: {joined}.",
            f"Our shipments clear customs at {joined}.",
        ]
    )


def _signature(rng: random.Random, doc: Document, facts: RulingFacts, closing: str) -> None:
    title = facts.title
    if facts.signature == "blank":
        doc.para(f"{closing}\n\n______________________________\nAuthorized signatory")
        return
    name = doc.show(facts.signer)
    doc.para(
        {
            "slash": f"{closing}\n/s/ {facts.signer}\n{name}, {title}",
            "line": f"{closing}\n\n______________________________\n{name}\n{title}",
            "respectfully": f"Respectfully submitted,\n\n{name}\n{title}",
            "twice": f"{closing}\n{facts.signer}\n{name}\n{title}",
        }[facts.signature]
    )


# ---------------------------------------------------------------- senders


def _route_address(facts: RulingFacts) -> str:
    if route(facts) == "HQ":
        return (
            "U.S. Customs and Border Protection\nOffice of Trade, Regulations and Rulings\n"
            "90 K Street NE, 10th Floor\nWashington, DC 20229-1177"
        )
    return (
        "U.S. Customs and Border Protection\nNational Commodity Specialist Division\n"
        "201 Varick Street, Suite 501\nNew York, NY 10014"
    )


def importer_letter(rng: random.Random, facts: RulingFacts) -> Document:
    """The importer's own letter on its letterhead: 'we' in the body, ports in a sentence."""
    doc = Document(page_numbers=rng.random() < 0.5)
    style = rng.choice(["long", "abbrev", "slash", "ordinal"])
    doc.para(doc.show(facts.requester), bold=True, align="center")
    doc.para("\n".join(doc.show(line) for line in facts.address), align="center")
    doc.para(doc.show(show_date(facts.request_date, style)))
    doc.para(_route_address(facts))
    subject = {
        "classification": "tariff classification",
        "marking": "country of origin marking",
        "origin": "country of origin",
        "valuation": "valuation",
        "carrier": "coastwise trade",
    }
    doc.para(
        f"Re: Request for a binding ruling on {subject[facts.ruling_type]}"
        + (" and valuation" if facts.also_valuation else ""),
        bold=True,
    )
    doc.para("Dear Sir or Madam:")
    opening = rng.choice(
        [
            "Our company asks for a prospective binding ruling under 19 CFR Part 177.",
            "We request a binding ruling on the goods described below.",
            "We are the importer of record and would like a ruling before our next order.",
        ]
    )
    if facts.importer_number:
        opening += " " + rng.choice(
            ["Our importer number is {n}.", "(IOR {n})", "Our EIN is {n}."]
        ).format(n=doc.show(facts.importer_number))
    doc.para(opening)
    for text in _subject_paras(rng, doc, facts):
        doc.para(text)
    for optional in (
        _ports_text(rng, facts),
        _pending_text(rng, facts),
        _sample_text(rng, facts),
        _confidential_text(rng, facts),
    ):
        if optional:
            doc.para(optional)
    _signature(rng, doc, facts, rng.choice(["Sincerely,", "Best regards,", "Yours truly,"]))
    return doc


def counsel(rng: random.Random, facts: RulingFacts) -> Document:
    """Counsel's formal submission with headings, footnotes and a running header."""
    firm, firm_address = rng.choice(data.FIRMS)
    doc = Document(running_header=f"Ruling request - {facts.requester}", page_numbers=True)
    doc.para(firm + "\n" + "\n".join(firm_address), align="right")
    doc.para(doc.show(show_date(facts.request_date, rng.choice(["long", "military"]))))
    doc.para(_route_address(facts))
    doc.para(f"Re: Binding ruling request for {facts.requester}", bold=True)
    doc.para("Dear Director:")
    intro = rng.choice(
        [
            "We write on behalf of our client, {name}, {address}, to request a binding ruling.",
            "This firm represents {name} ({address}) and asks for a ruling under 19 C.F.R. 177.1.",
            "{name}, {address}, through counsel, asks for a prospective ruling.",
        ]
    ).format(name=facts.requester, address=", ".join(facts.address))
    if facts.importer_number:
        intro += f" Its importer number is {doc.show(facts.importer_number)}."
    doc.para(
        intro, note="We are authorized to act for the importer; a letter of authority is on file."
    )
    doc.add(Heading(rng.choice(["Facts", "Statement of Facts", "Description of the Transaction"])))
    for text in _subject_paras(rng, doc, facts):
        doc.para(text)
    ports = _ports_text(rng, facts)
    if ports:
        doc.para(ports)
    pending = _pending_text(rng, facts)
    if pending:
        doc.add(Heading(rng.choice(["Pending Matters", "Statement Under 19 C.F.R. 177.2(b)(5)"])))
        doc.para(pending, note="19 C.F.R. 177.2(b)(5), 177.7(b).")
    samples = _sample_text(rng, facts)
    if samples:
        doc.add(Heading("Samples and Exhibits"))
        doc.para(samples)
    doc.add(Heading("Confidentiality"))
    doc.para(_confidential_text(rng, facts))
    _signature(rng, doc, facts, "Very truly yours,")
    return doc


def broker_sheet(rng: random.Random, facts: RulingFacts) -> Document:
    """A broker's request worksheet: label: value lines, Yes/No words, goods in bullets."""
    broker = rng.choice(data.BROKERS)
    doc = Document(running_header=f"{broker} - Ruling Request Worksheet", page_numbers=True)
    style = rng.choice(["slash", "iso", "dmy-dash"])
    doc.para("REQUEST FOR BINDING RULING", bold=True, align="center")
    doc.para(_route_address(facts).replace("\n", ", "))
    lines = [
        f"Date: {doc.show(show_date(facts.request_date, style))}",
        f"Filed by: {broker}, as agent",
        f"Importer: {facts.requester}",
        "Importer address: " + ", ".join(facts.address),
        "Importer No.: " + (doc.show(facts.importer_number) if facts.importer_number else "n/a"),
        "Subject: "
        + facts.ruling_type.capitalize()
        + (" and valuation" if facts.also_valuation else ""),
    ]
    ports = ", ".join(f"{c} {n}" for c, n in facts.ports)
    lines.append(f"Port(s) of entry: {ports}" if ports else "Port(s) of entry:")
    lines.append(
        "Sample provided: "
        + ("Yes" if facts.sample == "sent" else "No")
        + (" (photographs attached)" if facts.sample == "photos" else "")
        + (" (available on request)" if facts.sample == "on-request" else "")
    )
    lines.append("Confidential treatment requested: " + ("Yes" if facts.confidential else "No"))
    for line in lines:
        doc.para(line)
    doc.add(Heading("Goods and facts"))
    doc.add(Bullets(tuple(_subject_paras(rng, doc, facts))))
    pending = _pending_text(rng, facts)
    if pending:
        doc.para("Pending matters: " + pending)
    if facts.confidential:
        doc.para(_confidential_text(rng, facts))
    doc.add(Gap())
    _signature(rng, doc, facts, "Submitted,")
    return doc


STYLES = {"importer": importer_letter, "counsel": counsel, "broker": broker_sheet}


def allowed(style: str, facts: RulingFacts) -> bool:
    return True
