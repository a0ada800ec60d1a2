"""Ruling requests drawn with PDF::Create: a Q&A submission, a letter with a spec table."""

from __future__ import annotations

import random
from pathlib import Path

from .canvas import Canvas
from .common import date_text, pick
from .ruling_words import authority, basis, closing, pending, ports_sentence, question
from .rulings import Ruling


def _sign(c: Canvas, r: Ruling, rng: random.Random) -> None:
    c.para(pick(rng, ["Sincerely,", "Respectfully submitted,", "Very truly yours,"]), after=16)
    c.line(c.left, c.y, c.left + 180, c.y, 0.6)
    c.gap(4)
    if r.signed:
        c.para(r.signer, "Helvetica-Bold", after=0)
        c.para(r.signer_title, after=2)
    else:
        c.para("(authorized signature)", "Helvetica-Oblique", 8)


def qa(r: Ruling, rng: random.Random) -> Canvas:
    style = pick(rng, ["us", "long", "abbr"])
    c = Canvas(font="Times-Roman", size=10.5, footer="Ruling request")
    c.para(r.agent[0] if r.agent else r.importer, "Times-Bold", 14, after=0)
    c.para(
        "  /  ".join([r.agent[1], r.agent[2]] if r.agent else r.importer_address),
        "Times-Italic",
        8.5,
    )
    c.rule(1, 10)
    c.para(f"Date: {date_text(r.request_date, style)}", after=2)
    to = (
        "Regulations and Rulings"
        if r.ruling_type == "valuation" or r.reconsider
        else "NCSD, New York"
    )
    c.para(f"To: U.S. Customs and Border Protection, {to}", after=10)
    c.para("BINDING RULING REQUEST - QUESTIONS AND ANSWERS", "Helvetica-Bold", 12, after=8)
    answers: list[tuple[str, str]] = [
        (
            "Who will import the goods?",
            f"{r.importer}, {', '.join(r.importer_address)} (importer number {r.importer_number}).",
        ),
    ]
    if r.agent:
        answers.append(("Who is writing, and on what authority?", f"{r.agent[0]}. {authority(r)}"))
    answers.append(("What is asked?", question(r)))
    if r.ports:
        answers.append(("Where will the goods be entered?", ports_sentence(r, rng)))
    answers.append(("What is the legal basis?", basis(r)))
    statement = pending(r, rng)
    if statement:
        answers.append(("Is the matter before CBP or a court?", statement))
    for k, (q, a) in enumerate(answers, start=1):
        c.para(f"Q{k}. {q}", "Helvetica-Bold", 10, after=2)
        c.para(a, indent=20)
    c.para("Product specifications", "Helvetica-Bold", 11, after=4)
    header = ["Item", "Description", "Principal use", "Materials", "Price"]
    rows = [[i.name, i.description, i.use, i.materials or "-", i.price] for i in r.items]
    if r.ruling_type != "classification":
        header, rows = header[:3] + header[4:], [row[:3] + row[4:] for row in rows]
    c.table(
        header,
        rows,
        [1, 2.4, 1.6, 1.6, 1.8][: len(header)],
        ruled=rng.random() < 0.7,
        size=8.5,
        repeat_header=rng.random() < 0.5,
    )
    for s in closing(r, rng):
        c.para(s)
    _sign(c, r, rng)
    return c


def letterhead(r: Ruling, rng: random.Random) -> Canvas:
    style = pick(rng, ["long", "ordinal", "us"])
    c = Canvas(font="Helvetica", size=10)
    head = r.agent[0] if r.agent else r.importer
    c.rect(0, 0, 612, 64, 0, fill=0.9)
    c.text_at(72, 20, head, "Helvetica-Bold", 16)
    addr = [r.agent[1], r.agent[2]] if r.agent else r.importer_address
    c.text_at(72, 42, " - ".join(addr), "Helvetica", 8.5)
    c.y = 90
    c.para(date_text(r.request_date, style))
    hq = r.ruling_type == "valuation" or r.reconsider
    c.lines(
        [
            "Director, "
            + (
                "Commercial and Trade Facilitation Division"
                if hq
                else "National Commodity Specialist Division"
            ),
            "U.S. Customs and Border Protection",
            "90 K Street NE, Washington, DC 20229" if hq else "1 Penn Plaza, New York, NY 10119",
        ]
    )
    c.gap(10)
    c.para("RE: Request for a prospective binding ruling", "Helvetica-Bold", after=8)
    c.para("Dear Director:")
    first = question(r)
    if r.agent:
        first = f"{authority(r)} {first}"
    c.para(first)
    c.para(
        f"The importer is {r.importer} (IOR {r.importer_number}), {', '.join(r.importer_address)}."
        if r.agent
        else f"Our importer of record number is {r.importer_number}."
    )
    header = pick(
        rng,
        [
            ["Model", "What it is", "Used for", "Made of", "Pricing"],
            ["Item", "Description", "Principal use", "Component materials", "Prices"],
        ],
    )
    rows = [
        [
            i.name,
            i.description,
            i.use,
            (i.materials or "not stated") if r.ruling_type == "classification" else "n/a",
            i.price,
        ]
        for i in r.items
    ]
    c.table(header, rows, [1, 2.4, 1.6, 1.6, 1.8], ruled=True, size=8.5)
    if r.ports:
        c.para(ports_sentence(r, rng))
    c.para(basis(r))
    statement = pending(r, rng)
    if statement:
        c.para(statement)
    for s in closing(r, rng):
        c.para(s)
    _sign(c, r, rng)
    return c


STYLES = {"qa": qa, "letterhead": letterhead}


def render(r: Ruling, rng: random.Random, style: str, out: Path) -> None:
    STYLES[style](r, rng).render(out, "Binding ruling request", r.signer)
