"""Three referrals: a numbered-section narrative, a summary box with an appendix table, a form
with ticks typed as (X)."""

from __future__ import annotations

import datetime as dt
import random

from bench.corpus_thirtythird.model import Doc, fmt_date, fmt_money
from bench.corpus_thirtythird.penalty_cases import Penalty

DAY = dt.timedelta(days=1)
WORDS = {"negligence": "negligence", "gross_negligence": "gross negligence", "fraud": "fraud"}


def _show(doc: Doc, p: Penalty, habit: str, money: str) -> None:
    doc.show(
        p.case_number,
        p.name,
        *p.address,
        p.importer,
        fmt_date(p.violation, habit),
        fmt_money(p.domestic, money),
    )
    if p.dutiable is not None:
        doc.show(fmt_money(p.dutiable, money))
    for ln in p.lines:
        doc.show(
            ln.number,
            fmt_date(ln.entry_date, habit),
            fmt_money(ln.value, money),
            fmt_money(ln.paid, money),
            fmt_money(ln.owed, money),
        )


def _disclosure(p: Penalty, habit: str) -> str:
    if p.disclosed:
        return (
            f"{p.name} filed a prior disclosure under 19 CFR 162.74 on "
            f"{fmt_date(p.lines[-1].entry_date + 60 * DAY, habit)}, "
            "before any inquiry by CBP, and tendered the duties it identified."
        )
    return "No prior disclosure was made."


def narrative(p: Penalty, rng: random.Random) -> Doc:
    """An officer's referral in numbered sections, the entries told one by one in prose."""
    doc, habit, money = Doc(), rng.choice(["long", "abbr", "dmy"]), rng.choice(["dollar", "usd"])
    doc.para("DEPARTMENT OF HOMELAND SECURITY", "b", 10, "c", after=0)
    doc.para("U.S. Customs and Border Protection", "r", 10, "c", after=0)
    doc.para(f"Office of Field Operations, Port of {p.port[1]}", "r", 10, "c", after=12)
    doc.lines(
        [
            f"Date: {fmt_date(p.written, habit)}",
            "To: Fines, Penalties and Forfeitures Officer",
            f"From: {p.officer}, Entry Specialist",
            f"Case No. {p.case_number}",
        ],
        after=10,
    )
    doc.para("REFERRAL FOR PENALTY ACTION UNDER 19 U.S.C. 1592", "b", 11, after=10)
    sections = [
        (
            "Party",
            f"The importer of record is {p.name}, {', '.join(p.address)}, importer number "
            f"{p.importer}. The importation was "
            + ("noncommercial (goods for personal use)." if p.noncommercial else "commercial."),
        ),
        ("Merchandise", f"{p.goods}, entered at the port of {p.port[1]} ({p.port[0]})."),
    ]
    told = []
    for ln in p.lines:
        status = "liquidated (final)" if ln.liquidated else "not yet liquidated"
        told.append(
            f"Entry {ln.number}, dated {fmt_date(ln.entry_date, habit)}, declared an "
            f"entered value of {fmt_money(ln.value, money)} and deposited "
            f"{fmt_money(ln.paid, money)} in duties; the duty lawfully owed is "
            f"{fmt_money(ln.owed, money)}. The entry is {status}."
        )
    sections.append(("Entries", " ".join(told)))
    sections.append(
        (
            "Violation",
            f"The importer misdescribed the goods on the entry summaries, "
            f"understating the rate of duty. The date of the violation is "
            f"{fmt_date(p.violation, habit)}.",
        )
    )
    sections.append(("Culpability", f"The evidence supports a finding of {WORDS[p.culpability]}."))
    sections.append(("Prior disclosure", _disclosure(p, habit)))
    values = f"The domestic value of the merchandise is {fmt_money(p.domestic, money)}."
    if p.dutiable is not None:
        values += f" Its dutiable value is {fmt_money(p.dutiable, money)}."
    sections.append(("Values", values))
    sections.append(
        (
            "Recommendation",
            "That a penalty case be opened and the appropriate notice "
            "issued, with a demand for any actual loss of duties under 1592(d).",
        )
    )
    for n, (head, text) in enumerate(sections, start=1):
        doc.para(f"{n}.  {head.upper()}", "b", 10, after=2)
        doc.para(text, indent=18, after=8)
    doc.gap(12)
    doc.lines([p.officer, "Entry Specialist", f"Port of {p.port[1]}"])
    _show(doc, p, habit, money)
    return doc


def appendix(p: Penalty, rng: random.Random) -> Doc:
    """A one-page referral with a summary box; the entries in Appendix A on their own page."""
    doc, habit, money = (
        Doc(),
        rng.choice(["us", "iso", "mil"]),
        rng.choice(["dollar", "comma", "plain"]),
    )
    doc.para("PENALTY REFERRAL", "b", 15, after=0)
    doc.para(f"CBP Port of {p.port[1]} - Trade Enforcement Team", "r", 9, after=10)
    summary = [
        f"Case number: {p.case_number}",
        f"Violator: {p.name}",
        f"Address: {', '.join(p.address)}",
        f"IOR number: {p.importer}",
        f"Date of violation: {fmt_date(p.violation, habit)}",
        f"Culpability: {WORDS[p.culpability].title()}",
        f"Prior disclosure: {'Yes' if p.disclosed else 'None'}",
        f"Importation: {'Noncommercial' if p.noncommercial else 'Commercial'}",
        f"Domestic value: {fmt_money(p.domestic, money)}",
    ]
    if p.dutiable is not None:
        summary.append(f"Dutiable value: {fmt_money(p.dutiable, money)}")
    summary.append(f"Entries: {len(p.lines)} (see Appendix A)")
    doc.box(summary, size=10)
    doc.para("Narrative", "b", 11, after=4)
    doc.para(
        f"A post-entry review of {p.goods.lower()} imported by the party found that the goods "
        "were declared under a provision with a lower rate than the one that applies. "
        f"The review team considers the conduct to be {WORDS[p.culpability]}. "
        + _disclosure(p, habit),
        after=8,
    )
    doc.para(
        "Entries marked LIQ are final; UNLIQ entries remain open and their loss is potential.",
        "i",
        9,
    )
    doc.para(
        f"Prepared by {p.officer}, Import Specialist, on {fmt_date(p.written, habit)}.", after=4
    )
    doc.page()
    doc.para("APPENDIX A - ENTRIES", "b", 12, after=8)
    rows = [["Entry No.", "Entry Date", "Status", "Entered Value", "Duty Deposited", "Duty Owed"]]
    rows += [
        [
            ln.number,
            fmt_date(ln.entry_date, habit),
            "LIQ" if ln.liquidated else "UNLIQ",
            fmt_money(ln.value, money),
            fmt_money(ln.paid, money),
            fmt_money(ln.owed, money),
        ]
        for ln in p.lines
    ]
    doc.table([96, 76, 46, 84, 84, 82], rows, ruled="all", size=8.5)
    doc.para(f"Appendix A to referral {p.case_number}.", "i", 8.5)
    _show(doc, p, habit, money)
    return doc


def tickform(p: Penalty, rng: random.Random) -> Doc:
    """A typed referral form: ticks as (X), labels in capitals, a typed entry grid."""
    doc, habit, money = Doc(), rng.choice(["us", "iso", "mil"]), rng.choice(["comma", "dollar"])

    def tick(on: bool) -> str:
        return "(X)" if on else "( )"

    doc.para("REFERRAL TO FINES, PENALTIES & FORFEITURES - 19 USC 1592", "b", 11, "c", after=2)
    doc.para(f"PORT {p.port[0]} {p.port[1].upper()}", "m", 9, "c", after=10)
    doc.lines(
        [
            f"CASE NO.:        {p.case_number}",
            f"PREPARED:        {fmt_date(p.written, habit)} BY {p.officer.upper()}",
            f"PARTY:           {p.name}",
            f"ADDRESS:         {', '.join(p.address)}",
            f"IMPORTER NO.:    {p.importer}",
            f"VIOLATION DATE:  {fmt_date(p.violation, habit)}",
        ],
        font="m",
        size=9.5,
        after=8,
    )
    doc.lines(
        [
            f"CULPABILITY:     {tick(p.culpability == 'negligence')} NEGLIGENCE   "
            f"{tick(p.culpability == 'gross_negligence')} GROSS NEGLIGENCE   "
            f"{tick(p.culpability == 'fraud')} FRAUD",
            f"PRIOR DISCL.:    {tick(p.disclosed)} YES   {tick(not p.disclosed)} NO",
            f"IMPORTATION:     {tick(not p.noncommercial)} COMMERCIAL   "
            f"{tick(p.noncommercial)} NONCOMMERCIAL",
        ],
        font="m",
        size=9.5,
        after=8,
    )
    doc.lines(
        [f"DOMESTIC VALUE:  {fmt_money(p.domestic, money)}"]
        + ([f"DUTIABLE VALUE:  {fmt_money(p.dutiable, money)}"] if p.dutiable is not None else []),
        font="m",
        size=9.5,
        after=8,
    )
    rows = [["ENTRY", "DATE", "LIQ", "VALUE", "PAID", "OWED"]]
    rows += [
        [
            ln.number,
            fmt_date(ln.entry_date, habit),
            tick(ln.liquidated),
            fmt_money(ln.value, money),
            fmt_money(ln.paid, money),
            fmt_money(ln.owed, money),
        ]
        for ln in p.lines
    ]
    doc.table([100, 90, 38, 82, 78, 80], rows, ruled="none", font="m", size=8.5)
    doc.para(
        "LIQ (X) = liquidated, final.  REMARKS: "
        + (_disclosure(p, habit) if p.disclosed else "misdescription on entry summaries."),
        "m",
        9,
    )
    _show(doc, p, habit, money)
    return doc


STYLES = {
    "narrative": (narrative, "times", "cm"),
    "appendix": (appendix, "helv", "sans"),
    "tickform": (tickform, "courier", "tt"),
}
