"""Three ruling-request senders: an overseas maker writing careful non-native English with European
dates, an e-Ruling web form printed as question/answer pairs, and an importer's Q&A request."""

from __future__ import annotations

import random

from bench.corpus_thirtyfirst import law
from bench.corpus_thirtyfirst.blocks import Doc, Fields, Heading, Items, Lines, Para, Rule
from bench.corpus_thirtyfirst.formats import date
from bench.corpus_thirtyfirst.pools import EU_PEOPLE, PEOPLE
from bench.corpus_thirtyfirst.ruling_cases import RulingFacts
from bench.corpus_thirtyfirst.ruling_words import (
    basis,
    confidential,
    description,
    office,
    pending,
    prices,
    question,
    sample,
)

STYLES = ["overseas", "eruling", "qa"]


def _route(f: RulingFacts) -> str:
    subjects = [f.ruling_type] + (["valuation"] if f.case == "class-and-value" else [])
    return law.ruling_route(subjects, f.case == "reconsider-ny")


def _ports(f: RulingFacts) -> str:
    return " and ".join(f"{name} (port code {code})" for code, name in f.ports)


def _shows(doc: Doc, f: RulingFacts, habit: str) -> None:
    name, address = f.requester
    doc.shows(name, *address, f.ior, date(f.request_date, habit), *f.hts())


def overseas(f: RulingFacts, doc: Doc, rng: random.Random) -> None:
    habit = rng.choice(["eu-dot", "eu-ordinal"])
    f.writer_is_maker = True
    signer = rng.choice(EU_PEOPLE)
    doc.add(
        Lines((f.maker, *f.maker_address, "Export department"), bold_first=True),
        Rule(),
        Lines(office(f, _route(f))),
        Para(
            f"{f.maker_address[1].split(',')[0].split(' ', 1)[1]}, {date(f.request_date, habit)}",
            align="right",
        ),
        Para("Object: request of binding ruling", bold=True),
        Para("Dear Sirs,"),
        Para(
            f"we are {f.maker}, manufacturer and exporter, and we kindly ask to you a binding "
            "ruling "
            f"about {question(f)}. The goods will be imported in the United States by our "
            f"customer {f.importer}, {', '.join(f.importer_address)}, importer number {f.ior}, "
            f"and they shall arrive at the port of {_ports(f)}."
            if f.case != "no-port"
            else f"we are {f.maker}, manufacturer and exporter, and we kindly ask to you a binding "
            "ruling "
            f"about {question(f)}. The goods will be imported in the United States by our "
            f"customer {f.importer}, {', '.join(f.importer_address)}, importer number {f.ior}."
        ),
    )
    doc.add(
        Para("Here following we describe the goods:"),
        Items(tuple(description(f)), "dash"),
        Para(prices(rng)),
    )
    for text in (basis(f), pending(f, habit), sample(f), confidential(f, rng)):
        if text:
            doc.add(Para(text))
    doc.add(
        Para(
            "We remain at your disposal for any further information and we thank you in advance "
            "for your kind attention."
        ),
        Para("Yours faithfully,"),
    )
    if f.case == "unsigned":
        doc.add(Lines(("", "______________________________", "Export department")))
    else:
        doc.add(Lines((f"/s/ {signer}", signer, "Export Manager", f.maker)))
    _shows(doc, f, habit)


def eruling(f: RulingFacts, doc: Doc, rng: random.Random) -> None:
    habit = rng.choice(["us-slash", "iso"])
    name, address = f.requester
    contact = rng.choice(PEOPLE)
    doc.add(
        Lines(
            (f"CBP eRulings - Submission Receipt    {date(f.request_date, 'us-slash')}",),
            small=True,
        ),
        Heading("Binding Ruling Request - Submitted Form", 1),
    )
    answers: list[tuple[str, str]] = [
        ("Date of submission", date(f.request_date, habit)),
        ("Requester name", name),
        ("Street address", address[0]),
        ("City, state, ZIP", address[1]),
        ("Importer number", f.ior),
        ("Contact person", contact),
        (
            "Type of ruling",
            {
                "classification": "Tariff Classification",
                "marking": "Country of Origin Marking",
                "origin": "Country of Origin",
                "valuation": "Valuation",
            }[f.ruling_type],
        ),
        ("Ruling question", question(f)),
        ("Port(s) of entry", "" if f.case == "no-port" else _ports(f)),
    ]
    doc.add(Fields(tuple(answers)))
    doc.add(
        Heading("Product information", 2), Items(tuple(description(f)), "bullet"), Para(prices(rng))
    )
    more: list[tuple[str, str]] = []
    if f.hts():
        more.append(("Suggested HTS number", f.hts()[0]))
    more.append(("Basis for the result requested", basis(f) or ""))
    more.append(("Is the issue before CBP or a court?", pending(f, habit) or ""))
    more.append(("Sample", sample(f)))
    more.append(
        (
            "Confidential treatment",
            "Yes - " + (confidential(f, rng) or "") if f.confidential else "No",
        )
    )
    more.append(("Electronic signature", "" if f.case == "unsigned" else f"/s/ {contact}"))
    doc.add(Heading("Questions", 2), Fields(tuple(more)))
    _shows(doc, f, habit)


def qa(f: RulingFacts, doc: Doc, rng: random.Random) -> None:
    habit = rng.choice(["us-long", "us-slash"])
    name, address = f.requester
    signer = rng.choice(PEOPLE)
    doc.add(
        Lines((name, *address), bold_first=True),
        Para(date(f.request_date, habit)),
        Lines(office(f, _route(f))),
        Para("Request for a binding ruling, set out as questions and answers", bold=True),
    )
    pairs = [
        ("Who asks for the ruling?", f"{name}, the importer of record, importer number {f.ior}."),
        ("What ruling is asked for?", question(f)[0].upper() + question(f)[1:] + "."),
        (
            "Where will the goods be entered?",
            "We have not decided yet." if f.case == "no-port" else f"At {_ports(f)}.",
        ),
        ("What are the goods?", " ".join(description(f)) + " " + prices(rng)),
        (
            "Which result do you propose, and why?",
            basis(f) or (f"Subheading {f.hts()[0]}." if f.hts() else "The result described above."),
        ),
        ("Is the matter before CBP or a court?", pending(f, habit)),
        ("Is a sample provided?", sample(f)),
        ("Is confidential treatment requested?", confidential(f, rng)),
    ]
    answered = [(q, a) for q, a in pairs if a]  # a question left out is not numbered
    for number, (q, a) in enumerate(answered, start=1):
        doc.add(Para(f"Q{number}. {q}", bold=True), Para(f"A. {a}", indent=True))
    if f.case == "unsigned":
        doc.add(Lines(("", "Signature: ____________________", "Title:")))
    else:
        doc.add(Para("Respectfully submitted,"), Lines((signer, f"Import Manager, {name}")))
    _shows(doc, f, habit)


RENDER = {"overseas": overseas, "eruling": eruling, "qa": qa}
FACE = {"overseas": "serif", "eruling": "sans", "qa": "sans"}
