"""Protests drawn with PDF::Create: a compliance memo, a summary-grid letter, a questionnaire."""

from __future__ import annotations

import random
from pathlib import Path

from .canvas import Canvas
from .common import date_text, pick
from .protest_words import (
    ACCEL_NO,
    ACCEL_YES,
    DRAWBACK,
    NAME_INTROS,
    REVIEW_NO,
    REVIEW_YES,
    objection,
)
from .protests import Protest

CATEGORY_WORDS = {
    "classification": "Classification and rate of duty",
    "appraised_value": "Appraised value",
}


def _d(day: object, style: str) -> str:
    return date_text(day, style) if day else "not available"  # type: ignore[arg-type]


def _stamp(c: Canvas, p: Protest, style: str) -> None:
    if p.received_printed:
        c.rect(400, 40, 150, 46, 1.2)
        c.text_at(420, 45, "RECEIVED", "Helvetica-Bold", 11)
        c.text_at(420, 59, _d(p.received, style), "Courier-Bold", 10)
        c.text_at(420, 72, f"CBP - {p.port_name.upper()}", "Helvetica", 7)


def _entries(c: Canvas, p: Protest, style: str, rng: random.Random) -> None:
    header = pick(
        rng,
        [
            ["Entry No.", "Date of Entry", "Date of Liquidation"],
            ["Entry Number", "Entered", "Liquidated"],
            ["Entry #", "Entry Dt.", "Liq. Dt."],
        ],
    )
    rows = [[e.number, _d(e.entered, style), _d(e.liquidated, style)] for e in p.entries]
    c.table(header, rows, [3, 2.5, 2.5], ruled=rng.random() < 0.6, repeat_header=rng.random() < 0.5)


def _closing_sentences(p: Protest, rng: random.Random) -> list[str]:
    out = [pick(rng, DRAWBACK)] if p.drawback else []
    out.append(pick(rng, ACCEL_YES if p.accelerated else ACCEL_NO))
    out.append(pick(rng, REVIEW_YES if p.further_review else REVIEW_NO))
    return [s for s in out if s]


def memo(p: Protest, rng: random.Random) -> Canvas:
    style = pick(rng, ["us", "long", "abbr", "us-short"])
    c = Canvas(font="Times-Roman", size=11, footer=f"{p.name} - Trade Compliance")
    c.rect(72, 40, 468, 30, 0, fill=0.85)
    c.text_at(80, 46, p.name, "Times-Bold", 14)
    if p.address:
        c.text_at(80, 62, "  |  ".join(p.address), "Times-Italic", 8)
    _stamp(c, p, style)
    c.y = 100
    c.para("MEMORANDUM", "Helvetica-Bold", 16, after=8)
    rows = [
        (
            "TO:",
            f"U.S. Customs and Border Protection, Port of {p.port_name}, port code {p.port_code}",
        ),
        ("FROM:", f"{p.signer}, {p.signer_title}"),
        ("DATE:", _d(p.letter_date, style)),
        (
            "SUBJECT:",
            "Protest of liquidation"
            + (f" - Protest No. {p.protest_number}" if p.protest_number else ""),
        ),
    ]
    for label, value in rows:
        c.room(15)
        c.text_at(72, c.y, label, "Helvetica-Bold", 10)
        c.text_at(150, c.y, value, "Times-Roman", 11)
        c.y += 15
    c.rule(1.2, 10)
    intro = pick(rng, NAME_INTROS).format(name=p.name)
    ident = f" Its importer of record number is {p.importer_number}." if p.importer_number else ""
    c.para(f"{intro} the decisions listed below.{ident}")
    c.para("1. Entries", "Helvetica-Bold", 11, after=4)
    _entries(c, p, style, rng)
    if p.merchandise:
        c.para("2. Merchandise", "Helvetica-Bold", 11, after=4)
        c.para(f"Merchandise: {p.merchandise}")
    c.para("3. Why the decision is wrong", "Helvetica-Bold", 11, after=4)
    if p.objection:
        c.para(
            f"Decision protested: {CATEGORY_WORDS[p.category]}."
            if p.category and not p.petition
            else ""
        )
        c.para(objection(p, rng))
    else:
        c.para(
            "We are still reviewing the liquidation with our broker and file now to preserve the "
            "company's rights."
        )
    c.para("4. Other statements", "Helvetica-Bold", 11, after=4)
    for s in _closing_sentences(p, rng):
        c.para(s)
    c.gap(18)
    c.para(p.signer, "Times-Bold", after=0)
    c.para(f"{p.signer_title}, {p.name}")
    return c


def summary_grid(p: Protest, rng: random.Random) -> Canvas:
    style = pick(rng, ["long", "abbr", "ordinal", "us"])
    firm = pick(
        rng, ["Ashby Whitlock & Renn LLP", "Calloway Brandt Trade Law PLLC", "Pruitt Osei LLP"]
    )
    c = Canvas(font="Helvetica", size=10)
    c.text_at(72, 40, firm, "Times-Bold", 15)
    c.text_at(
        72,
        58,
        "Customs & International Trade  -  1750 K Street NW, Washington, DC 20006",
        "Helvetica",
        8,
    )
    _stamp(c, p, style)
    c.y = 96
    c.para(_d(p.letter_date, "long"))
    c.para(f"Port Director, U.S. Customs and Border Protection, {p.port_name}", after=10)
    c.para("PROTEST SUMMARY", "Helvetica-Bold", 12, after=4)
    grid: list[tuple[str, str]] = [("Protesting party", p.name)]
    if p.address:
        grid.append(("Address", ", ".join(p.address)))
    if p.importer_number:
        grid.append(("Importer No. (IOR)", p.importer_number))
    grid.append(("Port", f"{p.port_code} ({p.port_name})"))
    if p.protest_number:
        grid.append(("Protest No.", p.protest_number))
    if p.category and not p.petition:
        grid.append(("Decision protested", CATEGORY_WORDS[p.category]))
    if p.merchandise:
        grid.append(("Description of merchandise", p.merchandise))
    grid.append(
        (
            "Accelerated disposition",
            "Requested (certified mail)" if p.accelerated else "Not requested",
        )
    )
    grid.append(("Further review", "Requested" if p.further_review else "Not requested"))
    if p.drawback:
        grid.append(("Drawback", "Entries are not subject to drawback"))
    tail = grid[3:]
    rng.shuffle(tail)
    grid = grid[:3] + tail
    c.table(
        ["Item", "Particulars"],
        [list(r) for r in grid],
        [1.3, 3.7],
        ruled=True,
        header_font="Helvetica-Bold",
    )
    c.para("Entries", "Helvetica-Bold", 11, after=4)
    _entries(c, p, style, rng)
    c.para("Dear Sir or Madam:")
    c.para(
        pick(rng, NAME_INTROS).format(name=p.name) + " the liquidation of the entries above. "
        "The grounds are set out below."
    )
    c.para("Argument", "Helvetica-Bold", 11, after=4)
    if p.objection:
        c.para(objection(p, rng))
        c.para("For these reasons the protest should be allowed and the entries reliquidated.")
    else:
        c.para("A statement of grounds will follow by amendment within the protest period.")
    for s in _closing_sentences(p, rng):
        c.para(s)
    c.para("Respectfully submitted,", after=14)
    c.para(f"/s/ {p.signer}", "Times-Italic", 11, after=0)
    c.para(f"{p.signer}, {p.signer_title}", after=0)
    c.para(f"{firm}, counsel to {p.name}")
    return c


def _box(c: Canvas, x: float, checked: bool, label: str) -> None:
    c.rect(x, c.y, 9, 9, 0.7)
    if checked:
        c.text_at(x + 1.8, c.y + 0.5, "X", "Helvetica-Bold", 9)
    c.text_at(x + 13, c.y, label, "Helvetica", 9.5)


def questionnaire(p: Protest, rng: random.Random) -> Canvas:
    style = pick(rng, ["us", "us-short", "day-first", "abbr"])
    c = Canvas(font="Helvetica", size=9.5, footer="Protest questionnaire")
    broker = p.agent[0] if p.agent else "Self-filed"
    c.para("PROTEST INTAKE QUESTIONNAIRE", "Helvetica-Bold", 14, after=2)
    c.para(
        f"Prepared for U.S. Customs and Border Protection, port code {p.port_code} ({p.port_name})"
        f"  -  filer: {broker}",
        "Helvetica-Oblique",
        8.5,
        after=10,
    )
    _stamp(c, p, style)
    c.y = max(c.y, 96)
    qa: list[tuple[str, str]] = [("Q1. Who is protesting?", p.name)]
    if p.address:
        qa.append(("Q2. Mailing address of the protesting party?", ", ".join(p.address)))
    if p.importer_number:
        qa.append(("Q3. Importer of record number?", p.importer_number))
    if p.protest_number:
        qa.append(("Q4. Protest number, if CBP assigned one?", p.protest_number))
    if p.merchandise:
        qa.append(("Q5. What merchandise is involved?", p.merchandise))
    if p.category and not p.petition:
        qa.append(("Q6. Which decision is protested?", CATEGORY_WORDS[p.category]))
    for q, a in qa:
        c.para(q, "Helvetica-Bold", 9.5, after=1)
        c.para(a, "Courier", 10, indent=18, after=6)
    c.para(
        "Q7. List every entry (number, date of entry, date of liquidation).",
        "Helvetica-Bold",
        9.5,
        after=3,
    )
    _entries(c, p, style, rng)
    c.para("Q8. State the objection and the reasons for it.", "Helvetica-Bold", 9.5, after=1)
    c.para(objection(p, rng) if p.objection else "(left blank)", "Courier", 9.5, indent=18)
    for question, yes in (
        ("Q9. Is any entry subject to drawback?", None if not p.drawback else False),
        ("Q10. Is accelerated disposition requested (certified mail only)?", p.accelerated),
        ("Q11. Is further review requested (19 CFR 174.24)?", p.further_review),
    ):
        c.room(30)
        c.para(question, "Helvetica-Bold", 9.5, after=2)
        if yes is not None:
            _box(c, 90, yes, "Yes")
            _box(c, 150, not yes, "No")
        else:
            c.text_at(90, c.y, "(not answered)", "Helvetica-Oblique", 9)
        c.y += 18
    c.gap(10)
    c.para(f"Signature: /s/ {p.signer}      Name: {p.signer}      Title: {p.signer_title}", after=2)
    c.para(f"Date signed: {_d(p.letter_date, style)}")
    return c


STYLES = {"compliance-memo": memo, "summary-grid": summary_grid, "questionnaire": questionnaire}


def render(p: Protest, rng: random.Random, style: str, out: Path) -> None:
    STYLES[style](p, rng).render(out, f"Protest - {p.name}", p.signer)
