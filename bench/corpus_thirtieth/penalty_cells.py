"""Penalty referrals drawn with cairo: a loss-of-duties computation sheet in cells, and a
referral brief with headings in the margin."""

from __future__ import annotations

import random

from bench.corpus_thirtieth import penalty_words as words
from bench.corpus_thirtieth.formats import date_text, money_text
from bench.corpus_thirtieth.model import Drawing
from bench.corpus_thirtieth.penalty_cases import PenaltyFacts
from bench.corpus_thirtieth.sheet import WIDTH, Sheet


def lod_sheet(f: PenaltyFacts, rng: random.Random) -> tuple[Drawing, list[str]]:
    """A spreadsheet: case cells on top, the entry grid with a loss column and a total row."""
    ds, ms = rng.choice(["sheet", "us"]), rng.choice(["spaced", "plain", "dollar"])
    printer = words.Printer(ds, ms)
    d, m, shown = printer.d, printer.m, printer.shown
    yes, no = rng.choice(words.LIQUIDATION)

    s = Sheet("DejaVu Sans Condensed", 8.0, 36)
    full = WIDTH - 72
    s.row([f"LOSS OF DUTIES COMPUTATION - 19 U.S.C. 1592   Case {f.case_number}"], [full],
          bold=True, shade=0.8, size=10)
    pairs = [("Party", f.party.name), ("Address", ", ".join(f.party.lines)),
             ("Importer No.", f.ior or "n/a (individual)"), ("Date of violation", d(f.violation)),
             ("Culpability", words.culpability(f, rng)),
             ("Prior disclosure", "Yes" if f.disclosed else "No"),
             ("Type of importation", words.commerce(f)), ("Domestic value", m(f.domestic))]
    if f.dutiable is not None:
        pairs.append(("Dutiable value", m(f.dutiable)))
    for k in range(0, len(pairs), 2):
        chunk = pairs[k:k + 2]
        cells = [c for pair in chunk for c in pair]
        s.row(cells, [90.0, full / 2 - 90.0] * len(chunk))
    s.y += 10
    head = ["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed",
            "Loss"]
    widths = [92.0, 70.0, 50.0, 90.0, 80.0, 80.0, full - 462.0]
    s.row(head, widths, bold=True, shade=0.9)
    total = 0
    for e in f.entries:
        loss = max(0, e.owed - e.paid)
        total += loss
        s.row([e.number, d(e.entered), yes if e.liquidated else no, m(e.value), m(e.paid),
               m(e.owed), money_text(loss, ms)], widths)
    s.row(["TOTAL", "", "", "", "", "", money_text(total, ms)], widths, bold=True)
    s.y += 10
    s.row(["Remarks", words.violation(f) + " " + words.disclosure(f, rng)], [90.0, full - 90])
    s.row(["Prepared by", f"{f.officer}, Import Specialist - {date_text(f.memo_date, ds)}"],
          [90.0, full - 90])
    return s.drawing, shown


def brief(f: PenaltyFacts, rng: random.Random) -> tuple[Drawing, list[str]]:
    """A referral written as a brief: margin headings, prose, a rule-less entry table."""
    ds, ms = rng.choice(["long", "day-month"]), "dollar"
    printer = words.Printer(ds, ms)
    d, m, shown = printer.d, printer.m, printer.shown
    yes, no = words.LIQUIDATION[2]

    s = Sheet("Liberation Serif", 10.0, 60)
    s.text(60, 60, "U.S. Customs and Border Protection", 9)
    s.text(60, 76, f"Referral for Penalty Action - Port of {f.port[1]}", 14, bold=True)
    s.rule(60, 84, WIDTH - 60, 84, 1.2)
    s.y = 96
    body = 180.0

    def section(head: str, text: str) -> None:
        s.room(30)
        s.text(60, s.y + 13.5, head, 9.5, bold=True)
        s.para(text, x=body, gap=7)

    section("Case", f"Case number {f.case_number}, referred {d(f.memo_date)} by {f.officer}.")
    section("Party", f"{f.party.name}\n" + "\n".join(f.party.lines)
            + (f"\nImporter number {f.ior}" if f.ior else "") + f"\n{words.commerce(f)}")
    section("Violation", f"{words.violation(f)} Date of violation: {d(f.violation)}.")
    section("Culpability", f"The evidence supports {words.culpability(f, rng).lower()}. "
            + words.disclosure(f, rng))
    s.room(40)
    s.text(60, s.y + 13.5, "Entries", 9.5, bold=True)
    widths = [88.0, 66.0, 48.0, 62.0, 58.0, 58.0]
    s.row(["Entry", "Date", "Status", "Value", "Duty paid", "Duty owed"], widths, x=body - 8,
          bold=True, ruled=False, size=8.5)
    for e in f.entries:
        entered = date_text(e.entered, "us")  # the table's narrow column takes the short form
        shown.append(entered)
        s.row([e.number, entered, yes if e.liquidated else no, m(e.value), m(e.paid),
               m(e.owed)], widths, x=body - 8, ruled=False, size=8.5)
    s.y += 8
    values = f"Domestic value {m(f.domestic)}."
    if f.dutiable is not None:
        values += f" Dutiable value {m(f.dutiable)}."
    section("Values", values)
    return s.drawing, shown


STYLES = {"sheet": lod_sheet, "brief": brief}
