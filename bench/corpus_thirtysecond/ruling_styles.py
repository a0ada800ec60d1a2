"""Three ruling requesters: a purchasing manager's parts list, a long letter, an intake form."""

from __future__ import annotations

import random
from collections.abc import Callable

from . import fmt
from .ruling_text import basis, confidential, facts, pending, samples, subject
from .rulings import Ruling
from .sheet import Sheet

NCSD = ("National Commodity Specialist Division", "U.S. Customs and Border Protection",
        "201 Varick Street, Suite 501", "New York, NY 10014")
HQ = ("Regulations and Rulings, Office of Trade", "U.S. Customs and Border Protection",
      "90 K Street NE, 10th Floor", "Washington, DC 20229-1177")


def _to(r: Ruling) -> tuple[str, ...]:
    return NCSD if r.ruling_type in ("classification", "marking", "origin") and r.case not in (
        "class-and-value", "reconsider-ny") else HQ


def _hts(sheet: Sheet, r: Ruling, hts: str) -> str:
    return sheet.s(r.printed_hts(hts)) if r.ruling_type == "classification" else ""


def _ports(r: Ruling) -> str:
    return " and ".join(r.ports)


def purchasing(r: Ruling, rng: random.Random) -> Sheet:
    """A purchasing manager's plain letter built round a parts list with prices and numbers."""
    sheet = Sheet.new(rng, dates=(1, 2), font="Helvetica", size=10)
    pen = sheet.pen
    pen.line(sheet.s(r.who.name), "Helvetica-Bold", 13)
    if r.give_address:
        pen.line(", ".join(sheet.s(a) for a in r.who.address), "Helvetica", 9)
    pen.line(f"Purchasing Department - IOR {sheet.s(r.who.ior)}", "Helvetica", 9)
    pen.rule(72, pen.y + 4, 540, pen.y + 4, 1.5)
    pen.gap(10)
    pen.line(f"Date: {sheet.d(r.request_date)}")
    pen.gap(4)
    for line in _to(r):
        pen.line(line)
    pen.gap(8)
    pen.line(f"Subject: request for a binding ruling - {subject(r)}", "Helvetica-Bold")
    pen.gap(4)
    carrier = r.ruling_type == "carrier"
    pen.para(("We plan to charter the vessel described below for a project" if carrier else
              "We plan to import the parts listed below")
             + (f" supported from the port of {_ports(r)}" if r.give_ports and carrier else
                f" through the port of {_ports(r)}" if r.give_ports else "")
             + " starting next quarter and ask for a binding ruling before we commit. "
             + " ".join(facts(sheet, r)))
    pen.gap(2)
    if not carrier:
        _parts(sheet, r)
    for text in (basis(r), pending(r, rng), samples(r, rng), confidential(r)):
        if text:
            pen.para(text)
    pen.gap(10)
    pen.line("Thanks,")
    pen.gap(18)
    if r.signed:
        pen.line(f"/s/ {sheet.s(r.who.signer)}")
        pen.line(f"{r.who.signer}, Purchasing Manager")
    else:
        pen.line("Purchasing Department")
    return sheet


def _parts(sheet: Sheet, r: Ruling) -> None:
    """The parts list: number, short name with its material below, unit price, proposed HTS."""
    pen = sheet.pen
    cols = (72, 140, 330, 440)
    head = ("Part No.", "Description", "Unit price", "Proposed HTS"
            if r.ruling_type == "classification" else "")
    for x, h in zip(cols, head, strict=True):
        pen.put(x, pen.y, h, "Helvetica-Bold", 9)
    pen.y -= 13
    for item in r.items:
        pen.need(24)
        pen.put(cols[0], pen.y, item.part, "Helvetica", 9)
        pen.put(cols[1], pen.y, item.description.split(",")[0][:40], "Helvetica", 9)
        pen.put(cols[2], pen.y, sheet.money_style(item.price), "Helvetica", 9)
        pen.put(cols[3], pen.y, _hts(sheet, r, item.hts), "Helvetica", 9)
        pen.put(cols[1], pen.y - 10, f"material: {item.material}", "Helvetica-Oblique", 8)
        pen.y -= 24
    pen.gap(4)


def twopage(r: Ruling, rng: random.Random) -> Sheet:
    """A formal letter running onto a second page, where signature and enclosures fall."""
    sheet = Sheet.new(rng, dates=(0, 3, 4), font="Times-Roman", size=11.5, left=90, right=522)
    pen = sheet.pen
    pen.line(sheet.s(r.who.name).upper(), "Times-Bold", 14, x=90)
    if r.give_address:
        for a in r.who.address:
            pen.line(sheet.s(a), "Times-Roman", 9.5)
    pen.line(f"Importer of Record No. {sheet.s(r.who.ior)}", "Times-Roman", 9.5)
    pen.gap(16)
    pen.line(sheet.d(r.request_date))
    pen.gap(10)
    for line in _to(r):
        pen.line(line)
    pen.gap(10)
    topic = ("the use of the M/V Northern Tern" if r.ruling_type == "carrier" else
             r.goods[0].lower())
    pen.para(f"Re: Request for a prospective binding ruling on the {subject(r)} of {topic}",
             "Times-Bold")
    pen.para("Dear Sir or Madam:")
    pen.para(f"{r.who.name} asks for a binding ruling under 19 CFR Part 177 on the "
             f"{subject(r)} of the "
             f"{'transaction' if r.ruling_type == 'carrier' else 'merchandise'} described below"
             + (f", which it will import through {_ports(r)}." if r.give_ports else "."))
    pen.para(" ".join(facts(sheet, r)))
    if r.ruling_type == "classification":
        listing = "; ".join(f"{i.part}, {i.material}, {sheet.money_style(i.price)} per unit, "
                            f"proposed subheading {_hts(sheet, r, i.hts)}" for i in r.items)
        pen.para(f"The {len(r.items)} item(s) are: {listing}.")
    for text in (basis(r), pending(r, rng), samples(r, rng), confidential(r)):
        if text:
            pen.para(text)
    pen.page()
    pen.line(f"{r.who.name}", "Times-Roman", 9)
    pen.line(f"Ruling request of {fmt.DATES[0](r.request_date)} - Page 2", "Times-Roman", 9)
    pen.gap(18)
    pen.para("We would be glad to meet with the National Import Specialist or to answer any "
             "questions by telephone.")
    pen.line("Respectfully submitted," if r.signed else "Very truly yours,")
    pen.gap(24)
    if r.signed:
        pen.line(sheet.s(r.who.signer))
        pen.line(r.who.title)
    else:
        pen.line("______________________________")
    pen.gap(16)
    pen.line("Enclosures:", "Times-Bold", 10)
    for enclosure in ("Product specification sheet", "Pro forma invoice"):
        pen.line(f"    {enclosure}", "Times-Roman", 10)
    return sheet


def intake(r: Ruling, rng: random.Random) -> Sheet:
    """A consultant's pre-printed intake form, the answers typed into boxes a little out of line."""
    sheet = Sheet.new(rng, dates=(1, 5), font="Helvetica", size=9)
    pen = sheet.pen
    pen.line("MERIDIAN TRADE ADVISORY GROUP", "Helvetica-Bold", 12)
    pen.line("Binding Ruling Request - Client Submission Form  (rev. 3/19)", "Helvetica", 9)
    pen.gap(6)

    def field(label: str, value: str, height: float = 30, x: float = 72,
              w: float = 468) -> None:
        pen.need(height + 4)
        y = pen.y - height
        pen.box(x, y, w, height)
        pen.put(x + 3, y + height - 9, label, "Helvetica", 6.5)
        pen.put(x + 6 + rng.uniform(0, 16), y + 6 + rng.uniform(-2, 5), value, "Courier", 10)
        pen.y = y

    field("1. REQUESTING PARTY (name)", sheet.s(r.who.name))
    field("2. ADDRESS", ", ".join(sheet.s(a) for a in r.who.address) if r.give_address else "")
    field("3. IMPORTER NO.", sheet.s(r.who.ior), w=230)
    pen.y += 30
    field("4. DATE OF REQUEST", sheet.d(r.request_date), x=302, w=238)
    field("5. SUBJECT OF RULING", subject(r).upper())
    field("6. PORT(S) OF ENTRY", _ports(r) if r.give_ports else "")
    pen.gap(8)
    pen.line("7. MERCHANDISE / TRANSACTION", "Helvetica-Bold", 8)
    pen.para(" ".join(facts(sheet, r)), "Courier", 9.5)
    if r.ruling_type == "classification":
        pen.line("8. ITEMS (max. five per request)", "Helvetica-Bold", 8)
        for n, i in enumerate(r.items, 1):
            pen.line(f"{n}. {i.part}  {i.material}  price {sheet.money_style(i.price)}  "
                     f"HTS {_hts(sheet, r, i.hts)}", "Courier", 9.5, x=80)
    pen.gap(4)
    pen.line("9. BASIS / PENDING MATTERS / SAMPLES / CONFIDENTIALITY", "Helvetica-Bold", 8)
    for text in (basis(r), pending(r, rng), samples(r, rng), confidential(r)):
        if text:
            pen.para(text, "Courier", 9.5)
    pen.gap(6)
    field("10. SIGNATURE OF AUTHORIZED PERSON",
          f"/s/ {sheet.s(r.who.signer)}" if r.signed else "")
    field("11. NAME AND TITLE", f"{r.who.signer}, {r.who.title}" if r.signed else "")
    return sheet


STYLES: dict[str, Callable[[Ruling, random.Random], Sheet]] = {
    "purchasing": purchasing, "twopage": twopage, "intake": intake}
