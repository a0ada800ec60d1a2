"""Three penalty-referral senders: a case note printed from a mainframe screen, a referral that
works the loss out entry by entry in prose, and a supervisor's transmittal over the findings."""

from __future__ import annotations

import random

from bench.corpus_thirtyfourth import formats
from bench.corpus_thirtyfourth.model import Cell, Doc
from bench.corpus_thirtyfourth.penalty_cases import Penalty

CULPABILITY = {
    "negligence": ["NEGLIGENCE", "negligence", "negligent"],
    "gross_negligence": ["GROSS NEGLIGENCE", "gross negligence", "grossly negligent"],
    "fraud": ["FRAUD", "fraud", "fraudulent"],
}
FACTS = {
    "negligence": "The importer declared the goods under a lower-rated subheading without checking "
    "the supplier's description; it did not exercise reasonable care.",
    "gross_negligence": "The importer kept using the lower-rated subheading after its broker "
    "warned "
    "it in writing that the classification was wrong, in wanton disregard of its obligations.",
    "fraud": "The importer paid its supplier on a second, higher invoice and presented only "
    "the lower "
    "invoice to CBP, knowingly undervaluing the goods.",
}


def note(doc: Doc, p: Penalty, rng: random.Random) -> None:
    """A case note as a mainframe prints it: capitals, dotted labels, fixed columns."""
    when = formats.date_style("us")
    cash = "bare"
    doc.mono = True
    doc.text(f"CBP FINES PENALTIES AND FORFEITURES - CASE NOTE          RUN {when(p.today)}")
    doc.text("=" * 78)
    rows = [
        ("CASE NO", doc.mark(p.case_number)),
        ("PORT", f"{p.port[0]} {p.port[1].upper()}"),
        ("VIOLATOR", doc.mark(p.name.upper())),
        ("ADDRESS", doc.mark(p.address[0].upper())),
    ]
    rows += [("", doc.mark(row.upper())) for row in p.address[1:]]
    rows += [
        ("IOR NO", doc.mark(p.ior)),
        ("VIOL DATE", doc.mark(when(p.violation))),
        ("STATUTE", "19 USC 1592(A)"),
        ("CULPABILITY", CULPABILITY[p.culpability][0]),
        ("PRIOR DISCL", "Y - VALID PRIOR DISCLOSURE RECEIVED" if p.disclosed else "N"),
        ("IMPORT TYPE", "NONCOMMERCIAL" if p.noncommercial else "COMMERCIAL"),
        ("DOMESTIC VAL", doc.mark(formats.money(p.domestic, cash))),
        ("DUTIABLE VAL", doc.mark(formats.money(p.dutiable, cash))),
    ]
    for label, value in rows:
        doc.text(f"{label:.<14}: {value}" if label else f"{'':14}  {value}")
    doc.text("-" * 78)
    doc.text("ENTRY NO       ENTRY DT    LIQ  ENTERED VAL   DUTY PAID   DUTY OWED")
    for e in p.entries:
        entered, paid, owed = (
            doc.mark(formats.money(c, cash)) for c in (e.entered, e.paid, e.owed)
        )
        doc.text(
            f"{doc.mark(e.number):<14} {doc.mark(when(e.entry_date)):<11} "
            f"{'Y' if e.liquidated else 'N':<3}  {entered:>11}   {paid:>9}   {owed:>9}"
        )
    doc.text("-" * 78)
    doc.text("NARRATIVE:")
    for row in formats.wrap(FACTS[p.culpability].upper() + f" MERCHANDISE: {p.goods.upper()}.", 76):
        doc.text("  " + row)
    doc.text("")
    doc.text(f"ENTERED BY: {p.officer.upper()}   REFERRED TO FP&F FOR PRE-PENALTY REVIEW")
    doc.text("*** END OF NOTE ***")


def prose(doc: Doc, p: Penalty, rng: random.Random) -> None:
    """A referral in paragraphs that computes each entry's loss of duties in words."""
    when = formats.date_style(rng.choice(["long", "ordinal", "euro"]))
    cash = rng.choice(["dollar", "usd"])
    doc.text("Referral for Penalty Action under 19 U.S.C. 1592", bold=True, size=13)
    doc.text(f"Port of {p.port[1]}, Entry Branch", size=9)
    doc.line()
    doc.text("Case number: " + doc.mark(p.case_number))
    doc.text("Subject party: " + doc.mark(p.name))
    doc.mark(*p.address)
    doc.text("Address: " + ", ".join(p.address))
    doc.text("Importer number: " + doc.mark(p.ior))
    doc.line()
    doc.para(
        f"{p.name} imported {p.goods.lower()} through this port. {FACTS[p.culpability]} We "
        f"consider the violation {CULPABILITY[p.culpability][2]}. The first false entry, and "
        f"so the date of violation, is {doc.mark(when(p.violation))}."
    )
    doc.para("The loss of duties works out entry by entry as follows.")
    for e in p.entries:
        gap = e.owed - e.paid
        state = "has liquidated" if e.liquidated else "has not yet liquidated"
        loss = (
            f"a loss of {formats.money(gap, cash)}"
            if gap > 0
            else "no loss (the importer overpaid, and an overpayment is not set off)"
            if gap < 0
            else "no loss"
        )
        doc.para(
            f"Entry {doc.mark(e.number)}, made on {doc.mark(when(e.entry_date))}, {state}. It "
            f"declared a value of {doc.mark(formats.money(e.entered, cash))} and deposited "
            f"{doc.mark(formats.money(e.paid, cash))} in duty; the correct duty is "
            f"{doc.mark(formats.money(e.owed, cash))}, {loss}.",
            col=4,
        )
    doc.para(
        f"The domestic value of the merchandise is {doc.mark(formats.money(p.domestic, cash))} "
        f"and its dutiable value {doc.mark(formats.money(p.dutiable, cash))}."
    )
    if p.disclosed:
        doc.para(
            "The importer made a prior disclosure under 19 CFR 162.74 before any investigation "
            "began, and tendered the duties it computed."
        )
    else:
        doc.para("There was no prior disclosure.")
    if p.noncommercial:
        doc.para(
            "The importation was noncommercial: the goods were for the personal use of the "
            "importer."
        )
    doc.line()
    doc.text(p.officer)
    doc.text(rng.choice(["Import Specialist", "Entry Specialist", "Supervisory Import Specialist"]))


def transmittal(doc: Doc, p: Penalty, rng: random.Random) -> None:
    """A supervisor's one-page transmittal, then the officer's findings on a page of their own."""
    when = formats.date_style(rng.choice(["short", "iso", "us"]))
    cash = rng.choice(["dollar", "plain"])
    doc.text("U.S. Customs and Border Protection", bold=True)
    doc.text(f"Port of {p.port[1]}")
    doc.line()
    doc.line(Cell(0, "TO:", True), Cell(10, "Fines, Penalties and Forfeitures Officer"))
    doc.line(Cell(0, "FROM:", True), Cell(10, f"{p.supervisor}, Supervisory Import Specialist"))
    doc.line(Cell(0, "DATE:", True), Cell(10, when(p.today)))
    doc.line(
        Cell(0, "RE:", True), Cell(10, "Case " + doc.mark(p.case_number) + " - " + doc.mark(p.name))
    )
    doc.rule()
    doc.para(
        f"I forward Import Specialist {p.officer}'s findings on the above party. I have reviewed "
        f"them and agree that the evidence supports a {CULPABILITY[p.culpability][1]} violation of "
        "19 U.S.C. 1592(a). Please open a penalty case."
    )
    if p.disclosed:
        doc.para("Note that the party made a prior disclosure; the file copy is attached.")
    doc.para("Attachment: Findings (1 page)")
    doc.page()
    doc.text("FINDINGS", bold=True, size=13)
    doc.line()
    doc.line(Cell(0, "Party:", True), Cell(20, p.name))
    for n, row in enumerate(p.address):
        doc.line(Cell(0, "Address:" if n == 0 else "", True), Cell(20, doc.mark(row)))
    doc.line(Cell(0, "Importer No.:", True), Cell(20, doc.mark(p.ior)))
    doc.line(Cell(0, "Violation date:", True), Cell(20, doc.mark(when(p.violation))))
    doc.line(Cell(0, "Culpability:", True), Cell(20, CULPABILITY[p.culpability][1].title()))
    doc.line(Cell(0, "Prior disclosure:", True), Cell(20, "Yes" if p.disclosed else "No"))
    if p.noncommercial:
        doc.line(Cell(0, "Importation:", True), Cell(20, "Noncommercial (personal use)"))
    doc.line(Cell(0, "Domestic value:", True), Cell(20, doc.mark(formats.money(p.domestic, cash))))
    doc.line(Cell(0, "Dutiable value:", True), Cell(20, doc.mark(formats.money(p.dutiable, cash))))
    doc.line()
    doc.head(
        (0, "Entry"),
        (17, "Date"),
        (31, "Liquidated"),
        (43, "Value"),
        (58, "Duty paid"),
        (72, "Duty owed"),
    )
    for e in p.entries:
        doc.line(
            Cell(0, doc.mark(e.number)),
            Cell(17, doc.mark(when(e.entry_date))),
            Cell(31, "Yes" if e.liquidated else "No"),
            Cell(43, doc.mark(formats.money(e.entered, cash))),
            Cell(58, doc.mark(formats.money(e.paid, cash))),
            Cell(72, doc.mark(formats.money(e.owed, cash))),
        )
    doc.rule()
    doc.line()
    doc.para("Facts: " + FACTS[p.culpability] + f" Merchandise: {p.goods}.")
    doc.text(f"/s/ {p.officer}, Import Specialist")


STYLES = {"note": note, "prose": prose, "transmittal": transmittal}
