"""Two referral layouts: an agency case report in numbered paragraphs with an exhibit list, and a
transmittal sheet whose labels run to their values on dotted leaders."""

# ruff: noqa: E501 -- long lines are the documents' own sentences, kept whole so they read as printed

from __future__ import annotations

import random

from .law import fmt_date, fmt_money
from .pdfpage import Doc, width
from .penalties import CULP_WORDS, Penalty


def _table(doc: Doc, p: Penalty, money: str, ds: str, font: str) -> None:
    heads = (
        rng_heads(p)
        if font != "Courier"
        else ("Entry #", "Entry Dt.", "Status", "Value", "Duty Paid", "Duty Owed")
    )
    xs = (
        doc.margin,
        doc.margin + 92,
        doc.margin + 165,
        doc.margin + 215,
        doc.margin + 305,
        doc.margin + 385,
    )
    doc.row(
        list(zip(xs, heads, strict=True)),
        font + "-Bold" if font != "Times-Roman" else "Times-Bold",
        8.5,
    )
    doc.rule(gap=2, weight=0.4)
    for line in p.lines:
        mark = (
            ("LIQ" if line.liquidated else "UNLIQ")
            if len(p.case_number) % 2
            else ("Final" if line.liquidated else "Open")
        )
        cells = (
            line.number,
            fmt_date(line.entered, ds),
            mark,
            fmt_money(line.value, money),
            fmt_money(line.paid, money),
            fmt_money(line.owed, money),
        )
        doc.row(list(zip(xs, cells, strict=True)), font, 8.5)


def rng_heads(p: Penalty) -> tuple[str, ...]:
    if len(p.party[0]) % 2:
        return ("Entry No.", "Entry Date", "Status", "Entered Value", "Duty Paid", "Duty Owed")
    return (
        "Entry Number",
        "Date of Entry",
        "Liq. Status",
        "Value (USD)",
        "Duties Deposited",
        "Duties Lawfully Owed",
    )


def _facts(p: Penalty) -> list[str]:
    facts = []
    if p.goods:
        facts.append(f"The merchandise: {p.goods}.")
    if p.violation:
        facts.append(
            f"Nature of the violation: {p.violation}. An audit of the importer's records and "
            "the seller's invoices established the material facts summarized in Exhibits B and C."
        )
    else:
        facts.append("The entries below are referred for action under 19 U.S.C. 1592.")
    return facts


def case_report(p: Penalty, rng: random.Random) -> Doc:
    """CASE REPORT with numbered paragraphs; the exhibit list closes it, often on its own page."""
    ds, money = rng.choice((("long", "dollar"), ("slash", "words"), ("abbr", "usd")))
    doc = Doc(margin=66, footer="FOR OFFICIAL USE ONLY - Case Report - Page {page} of {pages}")
    doc.line("U.S. CUSTOMS AND BORDER PROTECTION", "Times-Bold", 12, align="center")
    doc.line(
        f"Fines, Penalties and Forfeitures - Port of {p.port[1]}",
        "Times-Roman",
        10.5,
        align="center",
    )
    doc.line("CASE REPORT", "Times-Bold", 14, align="center")
    doc.space(6)
    doc.line(f"Case Number: {p.case_number}", "Times-Roman", 11)
    doc.rule()
    paragraphs = [
        f"Subject. {p.party[0]}, {', '.join(p.party[1])} (importer number {p.ior}).",
        f"Culpability. The evidence supports a finding of {CULP_WORDS[p.culpability][0]} under 19 U.S.C. 1592(a).",
        f"Date of violation. The violation began with the first entry, on {fmt_date(p.lines[0].entered, ds)}.",
    ]
    paragraphs += _facts(p)
    paragraphs.append(
        "Prior disclosure. The importer made a valid prior disclosure under 19 CFR 162.74 before "
        "any investigation began."
        if p.prior_disclosure
        else "Prior disclosure. None was made; the importer learned of the inquiry from the audit team."
    )
    if p.noncommercial:
        paragraphs.append(
            "Nature of importation. The goods were imported for the importer's own use, a "
            "noncommercial importation."
        )
    paragraphs.append(
        f"Values. The domestic value of the merchandise is {fmt_money(p.domestic, money)}."
        + (
            f" Its dutiable value is {fmt_money(p.dutiable, money)}."
            if p.dutiable is not None
            else ""
        )
    )
    for number, text in enumerate(paragraphs, start=1):
        doc.para(text, "Times-Roman", 11, indent=22, first=f"{number}.  ")
    doc.para(
        "Entries. The entries are set out below.",
        "Times-Roman",
        11,
        indent=22,
        first=f"{len(paragraphs) + 1}.  ",
    )
    _table(doc, p, money, ds, "Times-Roman")
    doc.space(8)
    doc.line(
        "Submitted: /s/ Officer M. Delgado, Fines, Penalties and Forfeitures Officer",
        "Times-Roman",
        10.5,
    )
    if rng.random() < 0.6:
        doc.new_page()
    doc.line("EXHIBIT LIST", "Times-Bold", 11)
    for label, text in (
        ("A", "Entry summaries (CBP Form 7501) for each entry"),
        ("B", "Commercial invoices"),
        ("C", "Regulatory audit report and working papers"),
        ("D", "Importer's correspondence"),
    ):
        doc.row([(doc.margin, f"Exhibit {label}"), (doc.margin + 70, text)], "Times-Roman", 10)
    return doc


def _leader(doc: Doc, label: str, value: str, font: str = "Courier", size: float = 9.5) -> None:
    """`label ........ value`, the dots filling to a fixed column."""
    column = doc.margin + 230
    dots = "." * max(
        3, int((column - doc.margin - width(label + " ", font, size)) / width(".", font, size))
    )
    doc.row([(doc.margin, f"{label} {dots}"), (column + 4, value)], font, size)


def transmittal(p: Penalty, rng: random.Random) -> Doc:
    """A referral transmittal sheet with dotted leaders, typed in Courier."""
    ds, money = rng.choice((("upper", "plain"), ("slash2", "dollar"), ("dash", "bare")))
    doc = Doc(margin=54, footer="")
    doc.line("REFERRAL FOR PENALTY ACTION - 19 U.S.C. 1592", "Courier-Bold", 12)
    doc.line(f"Transmitted to FP&F Officer, Port of {p.port[1]} ({p.port[0]})", "Courier", 9.5)
    doc.rule()
    _leader(doc, "Case No.", p.case_number)
    _leader(doc, "Violator", p.party[0])
    _leader(doc, "Address", p.party[1][0])
    for line in p.party[1][1:]:
        doc.row([(doc.margin + 234, line)], "Courier", 9.5)
    _leader(doc, "Importer of record no.", p.ior)
    _leader(doc, "Culpability alleged", CULP_WORDS[p.culpability][2])
    _leader(doc, "Violation date", fmt_date(p.lines[0].entered, ds))
    _leader(doc, "Prior disclosure", "YES - valid, 19 CFR 162.74" if p.prior_disclosure else "NO")
    _leader(doc, "Commercial importation", "NO" if p.noncommercial else "YES")
    _leader(doc, "Domestic value", fmt_money(p.domestic, money))
    if p.dutiable is not None:
        _leader(doc, "Dutiable value", fmt_money(p.dutiable, money))
    doc.rule()
    for fact in _facts(p):
        doc.para(fact, "Courier", 9.5)
    doc.space(4)
    _table(doc, p, money, ds, "Courier")
    doc.rule()
    doc.line("Referring officer:", "Courier", 9.5)
    doc.line("Signed: K. Abernathy, Entry Specialist", "Courier", 9.5)
    return doc


STYLES = {"report": case_report, "leaders": transmittal}
