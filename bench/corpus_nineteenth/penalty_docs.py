"""Penalty referrals: a fillable FP&F referral worksheet (pdf-lib) and an officer's memo with a
computation block and running case-number headers (PDF::API2)."""

from __future__ import annotations

from decimal import Decimal

from bench.corpus_nineteenth.fmt import show_date, show_money
from bench.corpus_nineteenth.layout import Flow, Op, bold, line, text
from bench.corpus_nineteenth.penalties import VIOLATIONS, Penalty
from bench.corpus_nineteenth.protest_form import box, field
from bench.corpus_nineteenth.wording import BACKGROUND

CULPABILITY = {
    "negligence": ["Negligence", "negligent", "ordinary negligence", "Negligent violation"],
    "gross_negligence": ["Gross negligence", "grossly negligent", "Gross Negligence",
                         "gross neglect of duty (gross negligence)"],
    "fraud": ["Fraud", "fraudulent", "Intentional (fraud)", "knowing and intentional - fraud"],
}
DISCLOSURE = ["Prior disclosure: the importer disclosed the violation before any investigation, "
              "19 CFR 162.74.", "A valid prior disclosure (162.74) was made and the loss tendered.",
              "The importer filed a prior disclosure under 19 U.S.C. 1592(c)(4).",
              "The party came forward with a prior disclosure before it knew of any inquiry.",
              "Disclosed voluntarily: a prior disclosure was perfected under 19 CFR 162.74."]

KIND_WORDS = {"undervalued": "undervalued", "misclassified": "misclassified",
              "wrong origin": "declared with the wrong country of origin",
              "quantity": "declared with understated quantities"}


def _m(p: Penalty, value: Decimal) -> str:
    return show_money(value, p.money_style)


def _d(p: Penalty, value: object) -> str:
    from datetime import date
    assert isinstance(value, date)
    return show_date(value, p.date_style)


def worksheet_pages(p: Penalty) -> list[list[Op]]:
    page: list[Op] = [text(36, 758, "FINES, PENALTIES & FORFEITURES - PENALTY REFERRAL WORKSHEET",
                           "Helvetica-Bold", 12),
                      text(36, 745, "19 U.S.C. 1592  |  19 CFR Part 162, Part 171 App. B",
                           "Helvetica", 7.5)]
    box(page, 36, 703, 180, 36, "CASE NO.")
    page.append(field("text", "case_number", 40, 706, 170, 16, p.case_number))
    box(page, 216, 703, 180, 36, "DATE OF VIOLATION")
    page.append(field("text", "violation_date", 220, 706, 170, 16, _d(p, p.violation_date)))
    box(page, 396, 703, 180, 36, "IMPORTER NO. (IOR)")
    page.append(field("text", "ior", 400, 706, 170, 16, p.party.importer_number))
    box(page, 36, 640, 540, 61, "VIOLATOR - NAME AND ADDRESS")
    page.append(field("text", "violator", 40, 644, 530, 42,
                      "\n".join([p.party.name, *p.party.address]), multiline=True))
    box(page, 36, 598, 540, 40, "CULPABILITY (mark one)")
    for number, (value, caption) in enumerate([("negligence", "Negligence"),
                                               ("gross_negligence", "Gross negligence"),
                                               ("fraud", "Fraud")]):
        x = 44 + number * 130
        page.append(field("radio", "culpability", x, 604, 10, 10, value == p.culpability,
                          option=value))
        page.append(text(x + 14, 605, caption, "Helvetica", 8))
    page.append(field("check", "prior_disclosure", 440, 604, 10, 10, p.prior_disclosure))
    page.append(text(454, 605, "Prior disclosure", "Helvetica", 8))
    page.append(text(40, 580, "ENTRIES", "Helvetica-Bold", 8))
    heads = [("Entry No.", 40, 100), ("Entry Date", 142, 72), ("Liq.", 216, 24),
             ("Entered Value", 244, 84), ("Duty Paid", 330, 80), ("Duty Owed", 412, 80)]
    for caption, x, _ in heads:
        page.append(text(x, 568, caption, "Helvetica-Bold", 7))
    for row, e in enumerate(p.entries):
        y = 548 - row * 20
        cells: list[str | None] = [e.number, _d(p, e.entry_date), None, _m(p, e.value),
                                   _m(p, e.paid), _m(p, e.owed)]
        for (caption, x, wd), cell in zip(heads, cells, strict=True):
            name = f"row{row + 1}_{caption.split()[-1].lower().strip('.')}"
            if cell is None:
                page.append(field("check", name, x + 6, y + 3, 10, 10, e.liquidated))
            else:
                page.append(field("text", name, x, y, wd - 2, 15, cell, size=8))
    page.append(text(498, 568, "Liq. = liquidated", "Helvetica", 6))
    box(page, 36, 380, 270, 36, "DUTIABLE VALUE (total entered)")
    page.append(field("text", "dutiable", 40, 383, 260, 16, _m(p, p.dutiable)))
    box(page, 306, 380, 270, 36, "DOMESTIC VALUE (162.43)")
    page.append(field("text", "domestic_value", 310, 383, 260, 16, _m(p, p.domestic_value)))
    box(page, 36, 330, 540, 48, "MERCHANDISE")
    page.append(field("text", "merchandise", 40, 334, 530, 28, p.goods or "", multiline=True))
    box(page, 36, 290, 540, 38, "NATURE OF VIOLATION")
    page.append(field("dropdown", "violation", 40, 294, 200, 16, p.violation or "(not stated)",
                      options=["(not stated)", *VIOLATIONS]))
    box(page, 36, 170, 540, 118, "MATERIAL FACTS")
    page.append(field("text", "facts", 40, 176, 530, 96, _facts(p), multiline=True, size=8))
    notes = [("Noncommercial importation (personal use)" if p.noncommercial else
              "Commercial importation")]
    if p.prior_disclosure:
        notes.append(p.rng.choice(DISCLOSURE))
    for number, note in enumerate(notes):
        page.append(text(40, 152 - number * 12, note, "Helvetica", 8))
    page.append(line(36, 100, 300, 100))
    page.append(text(36, 90, "Referring officer, Import Specialist", "Helvetica", 7))
    return [page]


def _facts(p: Penalty) -> str:
    if not p.facts:
        return ""
    lead = VIOLATIONS[p.violation] if p.violation else (
        "Post-entry review of the entries listed found them in violation of 19 U.S.C. 1592; "
        "the review file is with the referring office.")
    year = p.rng.choice(["2024", "2025"])
    return f"{lead} Found in a Focused Assessment of the importer's {year} records."


def memo_pages(p: Penalty) -> list[list[Op]]:
    font = p.rng.choice(["Helvetica", "DejaVuSans", "Times-Roman"])
    flow = Flow(font, 10, header=lambda n: [
        text(72, 752, f"FP&F Case {p.case_number}", bold(font), 8),
        text(470, 752, f"Page {n}", font, 8), line(72, 748, 540, 748)])
    flow.lines(["MEMORANDUM"], bold(font), 14)
    culp = p.rng.choice(CULPABILITY[p.culpability])
    rows = [("TO", "Fines, Penalties and Forfeitures Officer"),
            ("FROM", "Supervisory Import Specialist, Trade Enforcement"),
            ("DATE", _d(p, p.today - (p.today - p.entries[-1].entry_date) / 3)),
            ("SUBJECT", f"Referral for 19 U.S.C. 1592 action - {p.party.name}")]
    for label, value in rows:
        flow.para(f"{label}: {value}", after=1)
    flow.gap(8)
    flow.para("1. Party", bold(font))
    flow.lines([p.party.name, *p.party.address, f"IOR: {p.party.importer_number}"], indent=18)
    flow.para("2. Violation", bold(font))
    kind = f"The merchandise was {p.violation}." if p.violation else ""
    if p.violation == "wrong origin":
        kind = "The country of origin was declared wrongly."
    elif p.violation == "quantity":
        kind = "The quantities were misstated."
    goods = f"Merchandise: {p.goods}." if p.goods else ""
    flow.para(f"{goods} {kind} Culpability: {culp}. Date of violation: "
              f"{_d(p, p.violation_date)}.".strip(), indent=18)
    if p.noncommercial:
        flow.para("The importation was noncommercial (goods for the party's personal use).",
                  indent=18)
    if p.prior_disclosure:
        flow.para(p.rng.choice(DISCLOSURE), indent=18)
    if p.facts:
        flow.para("3. Material facts", bold(font))
        flow.para(_facts(p), indent=18, keep=False)
    flow.para("Background", bold(font))
    for sentence in p.rng.sample(BACKGROUND, p.rng.randint(1, 5)):
        flow.para(sentence, indent=18, keep=False)
    flow.para("4. Entries", bold(font))
    money_heads = p.rng.choice([["Value", "Duty Paid", "Duty Owed"],
                                ["Entered Value (USD)", "Duties Deposited", "Correct Duty"]])
    flow.grid(["Entry Number", "Entry Dt.", "Status", *money_heads],
              [[e.number, _d(p, e.entry_date), "LIQ" if e.liquidated else "UNLIQ",
                _m(p, e.value), _m(p, e.paid), _m(p, e.owed)] for e in p.entries],
              [92, 72, 42, 88, 86, 86], size=7.5)
    flow.para("5. Computation", bold(font))
    loss = [(e.number, max(e.owed - e.paid, Decimal(0)), e.liquidated) for e in p.entries]
    actual = sum((v for _, v, liq in loss if liq), Decimal(0))
    potential = sum((v for _, v, liq in loss if not liq), Decimal(0))
    block = [f"{number}  loss {_m(p, value)}" for number, value, _ in loss]
    block += [f"Actual loss (liquidated): {_m(p, actual)}",
              f"Potential loss (unliquidated): {_m(p, potential)}",
              f"Dutiable value: {_m(p, p.dutiable)}",
              f"Domestic value: {_m(p, p.domestic_value)}"]
    flow.lines(block, "Courier", 8.5, indent=18)
    flow.para("Referred for issuance of the appropriate notice.", after=20)
    flow.lines(["/s/ Import Specialist", "Trade Enforcement Team"])
    return flow.pages


def audit_pages(p: Penalty) -> list[list[Op]]:
    """A regulatory audit's referral in prose: entries one per paragraph, headers name the case."""
    font = p.rng.choice(["LiberationSerif", "Times-Roman"])
    flow = Flow(font, 10.5, header=lambda n: [
        text(72, 752, f"Case No. {p.case_number}" + ("" if n == 1 else " (continued)"), font, 8),
        text(72, 740, "RESTRICTED - FOR OFFICIAL USE", font, 7)], top=700)
    flow.para("REGULATORY AUDIT AND AGENCY ADVISORY SERVICES - REFERRAL FOR PENALTY ACTION",
              bold(font), 11)
    flow.para(f"Subject party: {p.party.name}, located at {', '.join(p.party.address)} "
              f"(importer number {p.party.importer_number}).")
    if p.goods:
        flow.para(f"The merchandise concerned is {p.goods}.")
    if p.violation and p.facts:
        flow.para(f"Findings. {VIOLATIONS[p.violation]} We found this while testing the "
                  f"entries below against the party's ledgers and purchase orders.", keep=False)
    elif p.violation:
        flow.para(f"Findings. The entries below were {KIND_WORDS[p.violation]}.")
    elif p.facts:
        flow.para(f"Findings. {_facts(p)}", keep=False)
    culp = p.rng.choice(CULPABILITY[p.culpability])
    flow.para(f"Culpability as we find it: {culp.lower()}. The date of violation for this "
              f"referral is {_d(p, p.violation_date)}.")
    if p.noncommercial:
        flow.para("The goods were imported for the party's own use, not for sale "
                  "(a noncommercial importation).")
    if p.prior_disclosure:
        flow.para(p.rng.choice(DISCLOSURE))
    flow.para("Entries reviewed:", bold(font), after=2)
    for e in p.entries:
        state = "liquidated" if e.liquidated else "not yet liquidated"
        flow.para(f"Entry {e.number}, date of entry {_d(p, e.entry_date)}, {state}: entered "
                  f"value {_m(p, e.value)}; duty deposited {_m(p, e.paid)}; duty lawfully owed "
                  f"{_m(p, e.owed)}.", indent=18, keep=False)
    flow.para(f"The total dutiable value is {_m(p, p.dutiable)} and the domestic value of the "
              f"merchandise is {_m(p, p.domestic_value)}.")
    flow.para("Respectfully referred,", after=18)
    flow.lines(["/s/ Field Director, Regulatory Audit", "Regulatory Audit, Atlanta Field Office"])
    return flow.pages


def letter_pages(p: Penalty) -> list[list[Op]]:
    return memo_pages(p) if p.rng.random() < 0.5 else audit_pages(p)
