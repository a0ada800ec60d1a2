"""Three penalty referrers: a case system's detail print, a memo with a sheet, a slip."""

from __future__ import annotations

import random
from collections.abc import Callable

from .penalties import Penalty
from .sheet import Sheet

CULPABILITY = {
    "negligence": ("NEGLIGENCE", "negligence", "a negligent violation"),
    "gross_negligence": ("GROSS NEGLIGENCE", "gross negligence", "a grossly negligent violation"),
    "fraud": ("FRAUD", "fraud", "a fraudulent violation"),
}


def _disclosure(p: Penalty, rng: random.Random) -> str:
    if p.disclosed:
        return rng.choice(("The importer made a valid prior disclosure under 19 CFR 162.74 "
                           "before any investigation began.",
                           "A prior disclosure was filed by the party and accepted as valid."))
    return rng.choice(("No prior disclosure was made.", "The party did not file a prior "
                       "disclosure."))


def _kind(p: Penalty) -> str:
    return ("The importation was commercial." if p.commercial else
            "The importation was noncommercial: personal effects brought in by the party.")


def casedetail(p: Penalty, rng: random.Random) -> Sheet:
    """A case-management system's CASE DETAIL print: sections and a fixed-column grid."""
    sheet = Sheet.new(rng, dates=(1, 5, 6), font="Courier", size=9, left=50, right=570, top=740)
    pen = sheet.pen
    pen.header = (f"SEACATS-II  CASE DETAIL  PORT {p.port[0]}  RUN {sheet.date_style(p.today)}"
                  "  PAGE {page}",
                  "-" * 100)
    pen.doc.pages.clear()
    pen.page()
    section = ("Courier-Bold", 10)
    pen.line("== SECTION A  CASE ==", *section)
    pen.line(f"CASE NUMBER ....... {sheet.s(p.case_number)}")
    pen.line("VIOLATION ......... 19 USC 1592  " + CULPABILITY[p.culpability][0])
    pen.line(f"VIOLATION DATE .... {sheet.d(p.violation)}")
    pen.line(f"PRIOR DISCLOSURE .. {'Y' if p.disclosed else 'N'}")
    pen.line(f"IMPORT TYPE ....... {'COMMERCIAL' if p.commercial else 'NONCOMMERCIAL'}")
    pen.gap(6)
    pen.line("== SECTION B  PARTY ==", *section)
    pen.line(f"NAME .............. {sheet.s(p.who.name)}")
    for n, a in enumerate(p.who.address):
        pen.line(f"{'ADDRESS ...........' if n == 0 else ' ' * 19} {sheet.s(a)}")
    pen.line(f"IOR NUMBER ........ {sheet.s(p.who.ior) if p.who.ior else 'NONE (INDIVIDUAL)'}")
    pen.gap(6)
    pen.line("== SECTION C  TRANSACTIONS ==", *section)
    pen.line(f"{'ENTRY NO':<16}{'ENTRY DT':<14}{'LIQ':<5}{'ENTERED VAL':>15}{'DUTY PAID':>14}"
             f"{'DUTY OWED':>14}", "Courier-Bold", 8.5)
    for e in p.entries:
        pen.line(f"{sheet.s(e.number):<16}{sheet.d(e.date):<14}{'Y' if e.liquidated else 'N':<5}"
                 f"{sheet.m(e.value):>15}{sheet.m(e.paid):>14}{sheet.m(e.owed):>14}",
                 "Courier", 8.5)
    pen.gap(6)
    pen.line("== SECTION D  VALUES ==", *section)
    pen.line(f"DOMESTIC VALUE .... {sheet.m(p.domestic)}")
    pen.line(f"DUTIABLE VALUE .... {sheet.m(p.dutiable)}")
    pen.gap(6)
    pen.line("== SECTION E  NARRATIVE ==", *section)
    pen.para(f"Post-entry review of {p.goods[0].lower()} found the declared values and "
             f"classification understated. Officer assesses {CULPABILITY[p.culpability][2]}. "
             f"{_disclosure(p, rng)} {_kind(p)}".upper(), "Courier", 9)
    pen.line("*** END OF CASE DETAIL ***")
    return sheet


def covermemo(p: Penalty, rng: random.Random) -> Sheet:
    """A referral cover memorandum, then the attached computation on its own page."""
    sheet = Sheet.new(rng, dates=(0, 4, 3), font="Helvetica", size=10)
    pen = sheet.pen
    pen.line("MEMORANDUM", "Helvetica-Bold", 16)
    pen.gap(6)
    for label, value in (("TO:", "Fines, Penalties and Forfeitures Officer"),
                         ("FROM:", f"Assistant Port Director, Trade, Port {p.port[0]}"),
                         ("DATE:", sheet.date_style(p.today)),
                         ("SUBJECT:", f"Referral for 19 U.S.C. 1592 action - case "
                                      f"{sheet.s(p.case_number)}")):
        pen.put(72, pen.y, label, "Helvetica-Bold", 10)
        pen.line(value, x=140)
    pen.rule(72, pen.y + 4, 540, pen.y + 4, 1)
    pen.gap(8)
    address = ", ".join(sheet.s(a) for a in p.who.address)
    ior = (f"importer number {sheet.s(p.who.ior)}" if p.who.ior else "a private individual")
    pen.para(f"This office refers {sheet.s(p.who.name)}, {address} ({ior}), for a penalty "
             f"under 19 U.S.C. 1592. The earliest violation occurred on "
             f"{sheet.d(p.violation)}.")
    pen.para(f"Culpability: the evidence supports {CULPABILITY[p.culpability][1]}. "
             f"{_disclosure(p, rng)} {_kind(p)}")
    pen.para(f"Domestic value of the merchandise: {sheet.m(p.domestic)}. Dutiable value: "
             f"{sheet.m(p.dutiable)}.")
    pen.para("The entries and the loss of duties are shown on the attached computation.")
    pen.gap(20)
    pen.line(rng.choice(PEOPLE_FOR_MEMO))
    pen.line("Attachment: loss of duties computation (1 page)", "Helvetica-Oblique", 9)
    pen.page()
    pen.line(f"ATTACHMENT - COMPUTATION, CASE {p.case_number}", "Helvetica-Bold", 11)
    pen.gap(8)
    cols = (72, 170, 250, 300, 380, 460)
    heads = ("Entry Number", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed")
    top = pen.y + 12
    pen.rule(72, top, 540, top)
    for x, h in zip(cols, heads, strict=True):
        pen.put(x + 2, pen.y, h, "Helvetica-Bold", 8.5)
    pen.y -= 6
    pen.rule(72, pen.y, 540, pen.y)
    pen.y -= 12
    for e in p.entries:
        cells = (sheet.s(e.number), sheet.d(e.date), "Yes" if e.liquidated else "No",
                 sheet.m(e.value), sheet.m(e.paid), sheet.m(e.owed))
        for x, c in zip(cols, cells, strict=True):
            pen.put(x + 2, pen.y, c, "Helvetica", 8.5)
        pen.y -= 6
        pen.rule(72, pen.y, 540, pen.y, 0.3)
        pen.y -= 12
    for x in (*cols, 540):
        pen.rule(x, top, x, pen.y + 12)
    pen.gap(8)
    pen.para("Loss of duties per entry is duty owed less duty paid; an overpaid entry does not "
             "offset another.", "Helvetica-Oblique", 8.5)
    return sheet


PEOPLE_FOR_MEMO = ("Kathleen O. Marsh, Supervisory Import Specialist",
                   "Darnell W. Fitch, Entry Specialist", "Ingrid S. Halvorsen, Import Specialist")


def slip(p: Penalty, rng: random.Random) -> Sheet:
    """A port's routing slip on the referral, then the statement of facts in one paragraph."""
    sheet = Sheet.new(rng, dates=(0, 1, 3), font="Times-Roman", size=11)
    pen = sheet.pen
    pen.line("ROUTING SLIP", "Helvetica-Bold", 15)
    pen.line(f"CBP Port {p.port[0]} / Office of Field Operations", "Helvetica", 9)
    pen.gap(8)
    for n, step in enumerate(("Import Specialist (originator)", "Supervisory IS - concur",
                              "Entry Branch Chief", "FP&F Officer - action")):
        pen.box(72, pen.y - 6, 468, 20, 0.5)
        pen.put(78, pen.y, f"{n + 1}.  {step}", "Helvetica", 9)
        pen.put(400, pen.y, "initials ____", "Helvetica", 8)
        pen.y -= 22
    pen.gap(6)
    pen.line(f"Case No. {sheet.s(p.case_number)}", "Helvetica-Bold", 11)
    pen.gap(10)
    pen.line("Statement of Facts", "Times-Bold", 12)
    listing = "; ".join(
        f"entry {sheet.s(e.number)} of {sheet.d(e.date)} "
        f"({'liquidated' if e.liquidated else 'unliquidated'}), entered value {sheet.m(e.value)}, "
        f"duty paid {sheet.m(e.paid)}, duty owed {sheet.m(e.owed)}" for e in p.entries)
    address = ", ".join(sheet.s(a) for a in p.who.address)
    pen.para(
        f"{sheet.s(p.who.name)} of {address}, "
        + (f"importer number {sheet.s(p.who.ior)}, " if p.who.ior else "")
        + f"imported {p.goods[0].lower()} under the following entries: {listing}. The first false "
        f"statement was made on {sheet.d(p.violation)}. The domestic value of the merchandise "
        f"is {sheet.m(p.domestic)} and its dutiable value {sheet.m(p.dutiable)}. We find "
        f"{CULPABILITY[p.culpability][2]}. {_disclosure(p, rng)} {_kind(p)}")
    pen.gap(16)
    pen.line("Referred by: " + rng.choice(PEOPLE_FOR_MEMO), "Times-Italic", 10)
    return sheet


STYLES: dict[str, Callable[[Penalty, random.Random], Sheet]] = {
    "casedetail": casedetail, "covermemo": covermemo, "slip": slip}
