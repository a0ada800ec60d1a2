"""Ruling-request cases and their truth under 19 CFR Part 177, with four letter styles."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from bench.corpus_eleventh import people
from bench.corpus_eleventh.doc import (
    Block,
    Document,
    Lines,
    PageBreak,
    Para,
    Table,
    Title,
    show_date,
)
from bench.corpus_eleventh.law import is_business_day

NCSD = {"classification", "marking", "origin"}
HTS = (
    ("6912.00.4810", "6912004810", "6912.00.48.10"),
    ("9506.29.0080", "9506290080", "9506.29.00.80"),
    ("8467.21.0010", "8467210010", "8467.21.00.10"),
)


@dataclass(frozen=True)
class RulingFacts:
    name: str
    address: tuple[str, str]
    ior: str
    agent: str | None
    written: date
    received: date
    today: date
    subject: str
    product: str
    hts: tuple[str, ...]
    ports: tuple[str, ...]
    items: int
    materials: bool
    pending_statement: bool
    in_court: bool
    before_cbp: bool
    sample: str  # sent | photos | on-request
    confidential: bool
    signed: bool
    signer: str
    missing: tuple[str, ...]


def build(case: str, rng: random.Random) -> RulingFacts:
    name, address = people.pick_company(rng)
    written = date(2025, 1, 6) + timedelta(days=rng.randrange(0, 400))
    received = written + timedelta(days=rng.randrange(2, 7))
    while not is_business_day(received):
        received += timedelta(days=1)
    subject = {"valuation": "valuation", "carrier": "carrier", "marking": "marking"}.get(
        case, "classification"
    )
    hts = rng.choice(HTS)
    facts = RulingFacts(
        name=name,
        address=address,
        ior=people.ein(rng),
        agent=None,
        written=written,
        received=received,
        today=received + timedelta(days=rng.randrange(1, 20)),
        subject=subject,
        product=rng.choice(people.GOODS),
        hts=(rng.choice(hts),) if subject == "classification" else (),
        ports=tuple(p[1] for p in rng.sample(people.PORTS, 2)),
        items=1,
        materials=True,
        pending_statement=True,
        in_court=False,
        before_cbp=False,
        sample=rng.choice(("sent", "photos", "on-request")),
        confidential=rng.random() < 0.4,
        signed=True,
        signer=rng.choice(people.SIGNERS),
        missing=(),
    )
    return replace(facts, **CASE_CHANGES[case])


# What each case changes in an otherwise complete request.
CASE_CHANGES: dict[str, dict[str, Any]] = {
    "class": {},
    "marking": {},
    "valuation": {},
    "carrier": {},
    "class-photos": {"sample": "photos"},
    "no-ports": {"ports": (), "missing": ("177.2(b)(1)",)},
    "no-materials": {"materials": False, "missing": ("177.2(b)(2)",)},
    "no-pending-stmt": {"pending_statement": False, "missing": ("177.2(b)(5)",)},
    "unsigned": {"signed": False, "missing": ("177.2(c)",)},
    "six-items": {"items": 6},
    "court": {"in_court": True},
    "current": {"before_cbp": True},
}


def truth(facts: RulingFacts, args: list[str], case: str) -> dict[str, Any]:
    route = "NCSD" if facts.subject in NCSD else "HQ"
    if facts.in_court or facts.before_cbp:
        outcome = "no_ruling"
    elif facts.missing or facts.items > 5:
        outcome = "deficient"
    else:
        outcome = "accept"
    values: dict[str, Any] = {
        "importer_number": facts.ior,
        "request_date": facts.written.isoformat(),
        "ruling_type": facts.subject,
        "proposed_hts": list(facts.hts),
        "prospective": not facts.before_cbp,
        "pending_statement": facts.pending_statement,
        "pending_in_court": facts.in_court,
        "pending_before_cbp": facts.before_cbp,
        "sample_provided": facts.sample == "sent",
        "confidential_requested": facts.confidential,
        "signed": facts.signed,
    }
    not_scored = ["reason not scored: free text"]
    if facts.agent:
        not_scored.append(
            "requester_name/address not scored: the letter is written by an agent for the "
            "importer, and the contract does not say which of the two is the requester"
        )
    else:
        values["requester_name"] = facts.name
        values["requester_address"] = ", ".join(facts.address)
    if facts.subject == "classification":
        values["item_count"] = facts.items
    else:
        not_scored.append("item_count not scored outside classification")
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": list(facts.missing)}
    if route == "HQ":
        decision["due"] = None
    elif outcome == "accept":
        decision["due"] = (facts.received + timedelta(days=30)).isoformat()
    else:
        not_scored.append("due not scored: a deficient or no-ruling NCSD request")
    return {
        "kind": "ruling-request",
        "case": case,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }


PENDING = (
    "To the best of our knowledge, the issue is not pending before any CBP office, the Court of "
    "International Trade, or any other court, and has not been the subject of an earlier "
    "ruling request.",
    "No CBP office or court has this transaction or issue before it, now or in the past.",
    "The same issue is not, and has not been, before any CBP office or any court, and the "
    "request is not one of a series.",
    "Statement under 19 CFR 177.2(b)(5): none of the items is, or was, under review by CBP "
    "or a court.",
    "We are not aware of any pending matter at CBP or in the courts on this question.",
)


SAMPLE = {
    "sent": "One sample of each item is enclosed; please return it after review.",
    "photos": "Photographs and a specification sheet are enclosed (no sample).",
    "on-request": "A sample is available on request.",
}
MATERIALS = (("Main body", "72%", "64%"), ("Fittings", "20%", "28%"), ("Packaging", "8%", "8%"))
SUBJECT_FACTS = {
    "valuation": "The goods are bought FOB Yantian from an unrelated seller; buyer and seller are "
    "not related within 19 U.S.C. 1401a(g). The invoice shows a 3% rebate paid after importation.",
    "carrier": "The vessel was built in Norway (Bergen, 2011), flies the flag of the Bahamas, and "
    "will carry survey crews between the stated ports; the itinerary is in Exhibit 2.",
    "marking": "We propose to mark the country of origin, Vietnam, on a sewn label and on the "
    "retail box.",
}
COURT = (
    "The classification of identical goods is at issue in Harlow Imports v. United States, "
    "Court No. 24-00187, now before the U.S. Court of International Trade."
)
# What a statements-style request quotes before each answer (19 CFR 177.2, paraphrased).
REQUIREMENTS = {
    "transaction": "Requirement (177.2(b)(2)): a full and complete description of the transaction.",
    "materials": "Requirement (177.2(b)(2)(ii)): component materials and their relative shares.",
    "basis": "Requirement (177.2(b)(6)): the basis and authority for the result sought.",
    "ports": "Requirement (177.2(b)(1)): the port(s) where the goods will be entered.",
    "pending": "Requirement (177.2(b)(5)): whether the issue is before CBP or a court.",
    "sample": "Requirement (177.2(b)(3)): a sample where possible, photographs or drawings.",
    "confidential": "Requirement (177.2(b)(7)): information to be kept confidential.",
}


def _topics(facts: RulingFacts, rng: random.Random) -> list[tuple[str, Block]]:
    """The request's facts, each tagged with the 177.2 element it answers."""
    use = "It is sold to retailers and used in US households."
    topics: list[tuple[str, Block]] = [
        ("transaction", Para(f"The product: {facts.product}. {use}"))
    ]
    if facts.subject == "classification" and facts.items > 1:
        models = tuple((str(i + 1), f"Model {chr(65 + i)}-{100 + i}") for i in range(facts.items))
        topics.append(("transaction", Table(("Item", "Model"), models)))
    if facts.materials and facts.subject in ("classification", "marking"):
        topics.append(
            ("materials", Table(("Component", "Share by weight", "Share by value"), MATERIALS))
        )
        price = "Purchase price FOB Ningbo USD 11.40 per unit; US selling price USD 29.99."
        topics.append(("materials", Para(price)))
    if facts.subject in SUBJECT_FACTS:
        topics.append(("transaction", Para(SUBJECT_FACTS[facts.subject])))
    if facts.hts:
        basis = (
            f"We believe the goods are classified in subheading {facts.hts[0]}, HTSUS, by "
            "GRI 1 and the terms of the heading, as the Explanatory Notes confirm."
        )
        topics.append(("basis", Para(basis)))
    if facts.ports:
        ports = " and ".join(facts.ports)
        topics.append(("ports", Para(f"Imports are expected through the ports of {ports}.")))
    if facts.before_cbp:
        current = "The first shipment arrived last month and entry was filed; it is unliquidated."
        topics.append(("transaction", Para(current)))
    if facts.pending_statement:
        topics.append(("pending", Para(COURT if facts.in_court else rng.choice(PENDING))))
    topics.append(("sample", Para(SAMPLE[facts.sample])))
    confidential = (
        "We ask that the pricing above be treated as confidential under 19 CFR 177.2(b)(7)."
        if facts.confidential
        else "No confidential treatment is requested."
    )
    topics.append(("confidential", Para(confidential)))
    return topics


def _subject_facts(facts: RulingFacts, rng: random.Random) -> list[Block]:
    return [block for _, block in _topics(facts, rng)]


def _close(facts: RulingFacts, rng: random.Random, title: str) -> list[Block]:
    """Signed three ways (/s/, a name under a signature line, name and title); else a bare line."""
    if not facts.signed:
        return [
            Para("Sincerely,"),
            Lines(("", "______________________________", "Authorized signature")),
        ]
    signature = rng.choice(
        (
            ("/s/ " + facts.signer, facts.signer, title),
            ("______________________________", facts.signer, title),
            (facts.signer, title),
        )
    )
    # A bare typed name counts as a signature only under "Respectfully submitted,".
    closings = ("Respectfully submitted,", "Sincerely,", "Very truly yours,")
    closing = closings[0] if len(signature) == 2 else rng.choice(closings)
    return [Para(closing), Lines(signature)]


def _office(facts: RulingFacts) -> tuple[str, ...]:
    if facts.subject in NCSD:
        return (
            "National Commodity Specialist Division",
            "U.S. Customs and Border Protection",
            "201 Varick Street, Suite 501",
            "New York, NY 10014",
        )
    return (
        "Regulations and Rulings, Office of Trade",
        "U.S. Customs and Border Protection",
        "90 K Street NE, 10th Floor",
        "Washington, DC 20229-1177",
    )


def statements(facts: RulingFacts, rng: random.Random, ds: str) -> Document:
    """Quotes each 177.2 requirement and answers it, in turn."""
    doc = Document(font=rng.choice(("serif", "mono")))
    parties = (
        f"Requirement (177.2(b)(1)): names, addresses and identifying numbers of all "
        f"interested parties. Answer: {facts.name}, importer of record number {facts.ior}."
    )
    doc.add(
        Lines((facts.name, *facts.address)),
        Para(f"Date: {show_date(facts.written, ds)}"),
        Lines(_office(facts)),
        Title(f"Request for a binding {facts.subject} ruling"),
        Para(parties),
    )
    quoted = set()
    for topic, block in _topics(facts, rng):
        if topic not in quoted:
            quoted.add(topic)
            doc.add(Para(REQUIREMENTS[topic], bold=True))
        doc.add(block)
    return doc.add(*_close(facts, rng, f"Vice President, Trade Compliance, {facts.name}"))


def consultant(facts: RulingFacts, rng: random.Random, ds: str) -> Document:
    """A trade consultant writes for the importer, product specs in a table."""
    facts_agent = facts.agent or "Keystone Trade Advisory Group"
    doc = Document(font="sans")
    doc.add(
        Lines((facts_agent, "12 Harbor Court", "Charleston, SC 29401")),
        Para(show_date(facts.written, ds)),
        Lines(_office(facts)),
        Para(
            f"Re: Binding ruling request for {facts.name} (IOR {facts.ior}), "
            f"{', '.join(facts.address)}",
            bold=True,
        ),
        Para(
            f"We act for {facts.name} under a written authorization and ask for a binding "
            f"{facts.subject} ruling."
        ),
        *_subject_facts(facts, rng),
    )
    return doc.add(*_close(facts, rng, f"Senior Trade Consultant, {facts_agent}"))


def transmittal(facts: RulingFacts, rng: random.Random, ds: str) -> Document:
    """A mailroom transmittal slip first, then the importer's letter with headings."""
    doc = Document(font="serif")
    doc.add(
        Title("TRANSMITTAL SLIP"),
        Table(
            ("Route to", "Action", "Remarks"),
            (("Rulings intake", "Log and assign", "Received by courier"),),
        ),
        PageBreak(),
        Lines((facts.name, *facts.address)),
        Para(show_date(facts.written, ds)),
        Lines(_office(facts)),
        Para("Facts", bold=True),
        Para(f"{facts.name} (importer number {facts.ior}) plans to import the goods below."),
        *_subject_facts(facts, rng),
    )
    return doc.add(*_close(facts, rng, "General Counsel"))


def email(facts: RulingFacts, rng: random.Random, ds: str) -> Document:
    """A printed e-mail (header lines) carrying the importer's request."""
    doc = Document(font="mono", landscape=rng.random() < 0.5)
    doc.add(
        Lines(
            (
                f"From: compliance desk <trade@{facts.name.split()[0].lower()}.example>",
                "To: rulings inbox",
                f"Sent: {show_date(facts.written, ds)}",
                f"Subject: {facts.subject} ruling request",
            )
        ),
        Para(f"Requester: {facts.name}, {', '.join(facts.address)}. IOR: {facts.ior}."),
        *_subject_facts(facts, rng),
    )
    return doc.add(*_close(facts, rng, f"Import Manager, {facts.name}"))


STYLES: dict[str, Callable[[RulingFacts, random.Random, str], Document]] = {
    "statements": statements,
    "consultant": consultant,
    "transmittal": transmittal,
    "email": email,
}
