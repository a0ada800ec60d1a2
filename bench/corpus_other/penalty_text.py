"""Penalty referrals as other offices write them: case export, e-mail, memorandum, fax."""

from __future__ import annotations

import random
from decimal import Decimal

from bench.corpus_other import facts
from bench.corpus_other.doc import Block, Document, Gap, Line, PageBreak, Table, fit
from bench.corpus_other.pen import Pen
from bench.corpus_other.penalty_plan import Penalty
from bench.corpus_other.people import GOODS

STYLES = ["export", "email", "memo", "fax"]
CULPABILITY = {
    "negligence": ["negligence", "Negligent", "failure to exercise reasonable care "
                   "(negligence)", "NEGLIGENCE - 19 U.S.C. 1592(c)(3)", "ordinary negligence"],
    "gross_negligence": ["gross negligence", "Grossly negligent", "actual knowledge of or wanton "
                         "disregard for the facts (gross negligence)",
                         "GROSS NEGLIGENCE - 19 U.S.C. 1592(c)(2)", "gross negligence (GN)"],
    "fraud": ["fraud", "Fraudulent", "knowing and intentional false statements (fraud)",
              "FRAUD - 19 U.S.C. 1592(c)(1)", "fraud (deliberate)"],
}
PD_YES = ["Prior disclosure: Yes, filed {d} (19 CFR 162.74).",
          "The party made a valid prior disclosure on {d}.",
          "A prior disclosure was received on {d}, before any investigation began.",
          "Voluntary (prior) disclosure under 162.74 received {d}.",
          "PRIOR DISCLOSURE: Y ({d})"]
PD_NO = ["Prior disclosure: No.", "No prior disclosure was filed.",
         "The violation was found in an audit; no prior disclosure was made.",
         "PRIOR DISCLOSURE: N", "There was no prior disclosure."]
HEADERS = [["Entry No.", "Entry Date", "Liquidated", "Entered Value", "Duty Paid", "Duty Owed"],
           ["Entry #", "Date of Entry", "Liq.", "Value", "Duties Deposited", "Lawful Duty"],
           ["Entry Number", "Entered", "Status", "Declared Value", "Paid", "Correct Duty"],
           ["ENTRY", "ENT DATE", "LIQ", "VALUE USD", "DUTY PD", "DUTY DUE"],
           ["Entry", "Date", "Liquidation", "Value (USD)", "Duty paid", "Duty owed"]]
MARKS = [("Y", "N"), ("Yes", "No"), ("LIQ", "UNLIQ"), ("Final", "Open"),
         ("Liquidated", "Unliquidated")]


class _Pen(Pen):
    """A referring office's habits: dates, money, liquidation marks and table headers."""

    def __init__(self, p: Penalty, rng: random.Random) -> None:
        super().__init__(rng)
        self.p = p
        self.money_style = rng.randint(0, 5)
        self.marks = rng.choice(MARKS)
        self.header = rng.choice(HEADERS)
        self.entry_style = rng.choice([0, 0, 1, 2])

    def m(self, amount: Decimal) -> str:
        return facts.money(amount, self.money_style)

    def rows(self) -> list[list[str]]:
        return [[facts.print_entry(e.number, self.entry_style), self.d(e.entry_date),
                 self.marks[0] if e.liquidated else self.marks[1], self.m(e.entered),
                 self.m(e.paid), self.m(e.owed)] for e in self.p.entries]


def _fields(pen: _Pen) -> list[tuple[str, str]]:
    """The referral's labelled facts, each label worded one of several ways."""
    p = pen.p
    out = [(pen.pick(["Case No.", "FP&F Case Number", "Case #", "Penalty case",
                      "Case number"]), p.case_number),
           (pen.pick(["Violator", "Party", "Subject", "Name of party", "Importer"]),
            p.party.name),
           (pen.pick(["Address", "Address of record", "Mailing address", "Addr."]),
            p.party.address)]
    if p.party.ior:
        out.append((pen.pick(["IOR No.", "Importer number", "Importer of record no.",
                              "IOR #", "EIN/IOR"]), p.party.ior))
    out.append((pen.pick(["Date of violation", "Violation date", "Date of first violation",
                          "Violation occurred", "Date of violation (first entry)"]),
                pen.d(p.violation)))
    out.append((pen.pick(["Culpability", "Level of culpability", "Culpability level",
                          "Degree of culpability", "Charge"]),
                pen.pick(CULPABILITY[p.culpability])))
    out.append((pen.pick(["Domestic value", "Domestic value (162.43)", "DV",
                          "Domestic value of merchandise", "Total domestic value"]),
                pen.m(p.domestic)))
    if p.dutiable is not None:
        out.append((pen.pick(["Dutiable value", "Total dutiable value", "Dutiable value (USD)",
                              "Dutiable", "Dutiable value of merchandise"]), pen.m(p.dutiable)))
    if p.noncommercial:
        out.append(("Importation", pen.pick(["non-commercial (personal use)", "noncommercial",
                                             "personal effects, not for sale",
                                             "non-commercial importation",
                                             "for personal use (noncommercial)"])))
    return out


def _pd_line(pen: _Pen) -> str:
    p = pen.p
    pd_day = p.violation.replace(year=p.violation.year + 1)
    return pen.pick(PD_YES).format(d=pen.d(pd_day)) if p.prior_disclosure else pen.pick(PD_NO)


def _narrative(pen: _Pen) -> str:
    p = pen.p
    return pen.pick([
        f"{p.party.name} declared the goods under a subheading with a lower rate of duty.",
        "The importer understated the value of the merchandise on its entries.",
        "An audit found that assists were not declared on the entries listed.",
        "The entries claimed a trade-program preference the goods did not qualify for.",
        "The commercial invoices presented at entry did not show the price actually paid."])


def _goods(p: Penalty) -> str:
    """The goods the entries covered, as a notice must describe them (162.77(b)(1)(i)).

    Drawn from the case number, not the corpus's random stream: adding the line left every
    other word of a seed's referrals as it was.
    """
    rng = random.Random(p.case_number)
    goods = rng.choice(GOODS)[0]
    return rng.choice([f"Merchandise: {goods}.", f"Goods: {goods}.",
                       f"Description of merchandise: {goods}.", f"Commodity: {goods}.",
                       f"The merchandise is {goods[0].lower()}{goods[1:]}."])


def _aligned(pen: _Pen) -> list[Block]:
    """The entries as text columns with no rules, as a case system prints them."""
    widths = fit(pen.header, pen.rows())
    head = "".join(f"{h:<{w}}" for h, w in zip(pen.header, widths, strict=True))
    lines: list[Block] = [Line(head, "mono"), Line("-" * len(head), "mono")]
    lines += [Line("".join(f"{c:<{w}}" for c, w in zip(row, widths, strict=True)), "mono")
              for row in pen.rows()]
    return lines


def _export(pen: _Pen) -> list[Block]:
    p = pen.p
    dots = pen.pick([".", " "])
    blocks: list[Block] = [Line("SEIZURES AND PENALTIES CASE SYSTEM - CASE EXPORT", "mono"),
                           Line(f"{'PORT':{dots}<24}: {p.port[0]} {p.port[1].upper()}", "mono")]
    for key, value in _fields(pen):
        blocks.append(Line(f"{key.upper():{dots}<24}: {value}", "mono"))
    blocks += [Line(_pd_line(pen).upper(), "mono"), Line(_goods(p).upper(), "mono"), Gap(8),
               *_aligned(pen), Gap(8),
               Line(f"NARRATIVE: {_narrative(pen)}", "mono"),
               Line(f"REFERRING OFFICER: {p.officer}", "mono")]
    return blocks


def _email(pen: _Pen) -> list[Block]:
    p = pen.p
    head = [f"From: {p.officer} <audit@cbp.example.gov>",
            f"To: FP&F Officer, Port of {p.port[1]}", f"Sent: {pen.d(p.today)}",
            f"Subject: Penalty referral - {p.party.name}"]
    body: list[Block] = [Line(h, "mono") for h in head]
    body += [Gap(8), Line(pen.pick([
        "Please open a 1592 case on the following.", "Referral for a penalty under 19 U.S.C. "
        "1592 below.", "Sending this one over for a penalty case.",
        "Below is a referral from our audit.", "New penalty referral, details below."]))]
    body += [Line(f"{k}: {v}") for k, v in _fields(pen)]
    body += [Line(_pd_line(pen)), Line(_goods(p)), Line(_narrative(pen)), Gap(6),
             *_aligned(pen), Gap(6),
             Line("Thanks,"), Line(p.officer)]
    return body


def _memo(pen: _Pen, numbered: bool) -> list[Block]:
    p = pen.p
    fields = _fields(pen)
    blocks: list[Block] = [Line("MEMORANDUM", "title"), Gap(6),
                           Line(f"TO: Fines, Penalties and Forfeitures Officer, {p.port[1]}"),
                           Line(f"FROM: {p.officer}, Regulatory Audit"),
                           Line(f"DATE: {pen.d(p.today)}"),
                           Line(f"SUBJECT: Referral for penalty action - {p.party.name}"), Gap(8)]
    facts_lines = [f"{k}: {v}" for k, v in fields]
    parts = [*facts_lines, _pd_line(pen), _goods(p), _narrative(pen)]
    for number, text in enumerate(parts, start=1):
        blocks.append(Line(f"{number}. {text}" if numbered else text))
    ruled = pen.rng.random() < 0.6
    total_loss = facts.cents(sum((max(Decimal(0), e.owed - e.paid) for e in p.entries),
                                 Decimal(0)))
    blocks += [Gap(6), Table(pen.header, pen.rows(), fit(pen.header, pen.rows()),
                                   ruled=ruled)]
    if pen.rng.random() < 0.5:
        blocks.append(Line(f"Total loss of duties: {pen.m(total_loss)}"))
    return blocks


def compose(p: Penalty, style: str, rng: random.Random) -> Document:
    """The referral an office of STYLE writes for case P."""
    pen = _Pen(p, rng)
    font = "courier" if style == "export" else rng.choice(["helvetica", "times", "courier"])
    doc = Document(font, 9 if font == "courier" else 10)
    if style == "export":
        doc.add(*_export(pen))
    elif style == "email":
        doc.add(*_email(pen))
    elif style == "memo":
        doc.add(*_memo(pen, numbered=rng.random() < 0.5))
    else:
        doc.add(Line("FAX COVER SHEET", "title"), Line(f"To: FP&F {p.port[1]}"),
                Line(f"From: {p.officer}"), Line("Pages: 2"), PageBreak(),
                *_memo(pen, numbered=False))
    return doc
