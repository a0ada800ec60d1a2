"""Penalty-referral layouts: a case-system worksheet print and an import specialist's e-mail
(typed), a port's boxed referral form and an audit memorandum with margin headings (drawn)."""

from __future__ import annotations

import random

from bench.corpus_twentyninth import drawn
from bench.corpus_twentyninth.builder import Sheet
from bench.corpus_twentyninth.doc import Doc
from bench.corpus_twentyninth.parties import fmt_date, fmt_money
from bench.corpus_twentyninth.penalty_cases import PenaltyFacts
from bench.corpus_twentyninth.typed import columns, leader, quoted, wrap

CULP_WORDS = {
    "negligence": ["negligence", "negligent", "ordinary negligence"],
    "gross_negligence": ["gross negligence", "grossly negligent", "gross negligence"],
    "fraud": ["fraud", "fraudulent", "intentional (fraud)"],
}


def _mark(f: PenaltyFacts, doc: Doc, ds: str, ms: str) -> dict[str, str]:
    """Marks the scored values and returns the printed forms of the case-level ones."""
    doc.mark(f.case_number)
    doc.mark(f.party.name)
    for ln in f.party.address:
        doc.mark(ln)
    if f.importer_number:
        doc.mark(f.importer_number)
    out = {
        "violation": doc.mark(fmt_date(f.violation, ds)),
        "domestic": doc.mark(fmt_money(f.domestic, ms)),
    }
    if f.dutiable is not None:
        out["dutiable"] = doc.mark(fmt_money(f.dutiable, ms))
    return out


def _rows(f: PenaltyFacts, doc: Doc, ds: str, ms: str, yes: str, no: str) -> list[list[str]]:
    return [
        [
            doc.mark(e.number),
            doc.mark(fmt_date(e.date, ds)),
            yes if e.liquidated else no,
            doc.mark(fmt_money(e.entered, ms)),
            doc.mark(fmt_money(e.paid, ms)),
            doc.mark(fmt_money(e.owed, ms)),
        ]
        for e in f.entries
    ]


def _narrative(f: PenaltyFacts, rnd: random.Random, ds: str) -> str:
    culp = rnd.choice(CULP_WORDS[f.culpability])
    goods = f.goods[0][0].lower() + f.goods[0][1:]
    what = {
        "negligence": "did not exercise reasonable care in classifying",
        "gross_negligence": "acted with actual knowledge of, or wanton disregard for, the correct "
        "classification of",
        "fraud": "knowingly declared a false classification and origin for",
    }[f.culpability]
    text = (
        f"The importer {what} {goods} on the entries listed, declaring subheading "
        f"{f.goods[1]} at a lower rate than applies. The violation is referred as {culp} under "
        f"19 U.S.C. 1592(a)."
    )
    if f.prior_disclosure:
        assert f.pd_date is not None
        text += (
            f" The importer filed a prior disclosure under 19 CFR 162.74 on "
            f"{fmt_date(f.pd_date, ds)}, before any investigation began, and tendered the "
            f"duties it computed."
        )
    else:
        text += rnd.choice([" No prior disclosure was made.", " There was no prior disclosure."])
    if f.noncommercial:
        text += " The goods were a personal importation, not for sale: a noncommercial importation."
    return text


def worksheet(f: PenaltyFacts, doc: Doc, rnd: random.Random) -> None:
    """A penalty referral worksheet printed from a case system: fixed fields, upper case."""
    ds, ms = rnd.choice(["slash", "iso", "upper"]), rnd.choice(["plain", "dollar"])
    p = _mark(f, doc, ds, ms)
    run = fmt_date(f.today, ds)
    out = [
        f"PENALTY REFERRAL WORKSHEET - 19 USC 1592          RUN DATE {run}    PAGE 1",
        f"PORT {f.port[0]} {f.port[1].upper()}",
        "",
        "",
    ]
    out.append(leader("CASE NUMBER", f.case_number, 22))
    out.append(leader("VIOLATOR", f.party.name, 22))
    out.append(leader("ADDRESS", f.party.address[0], 22))
    out += [" " * 22 + ln for ln in f.party.address[1:]]
    out.append(leader("IMPORTER NO", f.importer_number or "NONE ON FILE", 22))
    out.append(leader("VIOLATION DATE", p["violation"], 22))
    out.append(leader("CULPABILITY", CULP_WORDS[f.culpability][0].upper(), 22))
    out.append(leader("PRIOR DISCLOSURE", "YES" if f.prior_disclosure else "NO", 22))
    out.append(leader("IMPORTATION", "NONCOMMERCIAL" if f.noncommercial else "COMMERCIAL", 22))
    out.append(leader("DOMESTIC VALUE", p["domestic"], 22))
    if "dutiable" in p:
        out.append(leader("DUTIABLE VALUE", p["dutiable"], 22))
    out += ["", "ENTRIES"]
    rows = [["ENTRY NO", "ENTRY DT", "LIQ", "ENTERED VAL", "DUTY PAID", "DUTY OWED"]]
    rows += _rows(f, doc, ds, ms, "Y", "N")
    widths = [max(len(r[c]) for r in rows) for c in range(6)]
    for r in rows:
        cells = [r[c].ljust(widths[c]) if c < 3 else r[c].rjust(widths[c]) for c in range(6)]
        out.append("  " + "  ".join(cells))
    out += ["", "REMARKS", *wrap(_narrative(f, rnd, ds).upper(), 74, "  "), ""]
    out += [
        leader("REFERRED BY", f"{f.officer.upper()}, IMPORT SPECIALIST", 22),
        leader("REFERRED TO", "FINES, PENALTIES AND FORFEITURES", 22),
        "",
        "*** END OF REPORT ***",
    ]
    doc.lines = out
    doc.header = f"CASE {f.case_number}||{run}"


def email(f: PenaltyFacts, doc: Doc, rnd: random.Random) -> None:
    """An import specialist's e-mail to the FP&F office, the audit note it forwards quoted below."""
    ds, ms = rnd.choice(["slash", "iso"]), rnd.choice(["dollar", "usd", "nocomma"])
    p = _mark(f, doc, ds, ms)
    first = f.officer.split()[0].lower()
    out = [
        f"From: {f.officer} <{first}.{f.officer.split()[-1].lower()}@cbp.dhs.gov>",
        f"To: FPF {f.port[1]} <fpf.{f.port[0]}@cbp.dhs.gov>",
        f"Date: {fmt_date(f.today, 'long')}",
        f"Subject: 1592 referral - {f.party.name}",
        f"    case {f.case_number}",
        "",
        "FP&F team,",
        "",
    ]
    out += wrap(
        f"I am referring the following party for a penalty under 19 U.S.C. 1592. The case "
        f"number in the system is {f.case_number}.",
        74,
    )
    out += ["", "  " + f.party.name] + ["  " + ln for ln in f.party.address]
    out += ["  Importer of record no. " + f.importer_number] if f.importer_number else []
    out += ["", *wrap(_narrative(f, rnd, ds), 74), ""]
    out += wrap(
        f"Date of violation (first entry): {p['violation']}. Domestic value of the "
        f"merchandise: {p['domestic']}."
        + (f" Dutiable value: {p['dutiable']}." if "dutiable" in p else ""),
        74,
    )
    out += ["", "Entries (liquidation status as of today):", ""]
    rows = [["Entry", "Date", "Status", "Entered value", "Duty paid", "Duty owed"]]
    rows += _rows(f, doc, ds, ms, "liquidated", "open")
    out += columns(rows, 2)
    out += [
        "",
        "Let me know if you need the entry packets.",
        "",
        "Thanks,",
        f.officer,
        "Import Specialist, Trade Enforcement",
        f"Port of {f.port[1]}",
        "",
        "---- Forwarded note ----",
    ]
    out += quoted(
        wrap(
            "Audit note: the sample of entries reviewed showed the same declaration on every "
            "shipment of these goods since the first entry; the company's broker was not "
            "given the product specifications.",
            70,
        )
    )
    doc.lines = out


def boxform(f: PenaltyFacts, doc: Doc, rnd: random.Random) -> None:
    """A port's boxed referral form: numbered boxes, tick boxes and a ruled entry grid."""
    ds, ms = rnd.choice(["slash", "iso"]), rnd.choice(["plain", "dollar"])
    p = _mark(f, doc, ds, ms)
    s = Sheet("Helvetica", 9.5, top=40, bottom=50)
    s.text(
        306,
        50,
        "DEPARTMENT OF HOMELAND SECURITY - U.S. CUSTOMS AND BORDER PROTECTION",
        "Helvetica",
        7.5,
        "center",
    )
    s.text(306, 66, "REFERRAL FOR PENALTY ACTION (19 U.S.C. 1592)", "Helvetica-Bold", 12, "center")
    x = 40
    drawn.box(s, x, 80, 266, 30, "1. CASE NUMBER", f.case_number)
    drawn.box(s, x + 266, 80, 266, 30, "2. PORT OF ENTRY", f"{f.port[0]} {f.port[1]}")
    s.rect(x, 110, 532, 56, 0.7)
    s.text(x + 3, 118, "3. NAME AND ADDRESS OF PARTY", "Helvetica", 6.5)
    for k, ln in enumerate([f.party.name, *f.party.address]):
        s.text(x + 5, 131 + 11 * k, ln, "Courier", 10)
    drawn.box(s, x, 166, 177, 30, "4. IMPORTER NUMBER", f.importer_number or "")
    drawn.box(s, x + 177, 166, 177, 30, "5. DATE OF VIOLATION", p["violation"])
    drawn.box(s, x + 354, 166, 178, 30, "6. DOMESTIC VALUE", p["domestic"])
    s.rect(x, 196, 532, 46, 0.7)
    s.text(x + 3, 204, "7. CULPABILITY", "Helvetica", 6.5)
    for k, (key, label) in enumerate(
        [("negligence", "Negligence"), ("gross_negligence", "Gross negligence"), ("fraud", "Fraud")]
    ):
        bx = x + 10 + 120 * k
        s.rect(bx, 210, 9, 9, 0.6)
        if f.culpability == key:
            s.text(bx + 1.5, 218, "X", "Helvetica-Bold", 9)
        s.text(bx + 14, 218, label)
    for k, (label, on) in enumerate(
        [
            ("Prior disclosure (162.74)", f.prior_disclosure),
            ("Noncommercial importation", f.noncommercial),
        ]
    ):
        bx = x + 10 + 200 * k
        s.rect(bx, 226, 9, 9, 0.6)
        if on:
            s.text(bx + 1.5, 234, "X", "Helvetica-Bold", 9)
        s.text(bx + 14, 234, label)
    drawn.box(s, x, 242, 266, 30, "8. DUTIABLE VALUE", p.get("dutiable", ""))
    drawn.box(s, x + 266, 242, 266, 30, "9. REFERRING OFFICER", f.officer)
    s.y = 284
    s.text(x, s.y + 6, "10. ENTRIES", "Helvetica", 6.5)
    s.y += 10
    drawn.table(
        s,
        x,
        [100, 72, 40, 110, 105, 105],
        ["Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"],
        _rows(f, doc, ds, ms, "Yes", "No"),
        9,
        right={3, 4, 5},
    )
    s.text(x, s.y + 6, "11. SUMMARY OF FACTS", "Helvetica", 6.5)
    s.y += 8
    s.para(x + 5, 520, _narrative(f, rnd, ds), "Courier", 9.5)
    s.room(40)
    s.y += 20
    s.line(x, s.y, x + 220, s.y, 0.5)
    s.text(
        x,
        s.y + 10,
        f"Signature of referring officer     Date {fmt_date(f.today, ds)}",
        "Helvetica",
        7,
    )
    doc.pages = s.pages


def audit_memo(f: PenaltyFacts, doc: Doc, rnd: random.Random) -> None:
    """Regulatory Audit's memorandum with headings in the left margin and an unruled table."""
    ds, ms = rnd.choice(["long", "dmy", "abbr"]), rnd.choice(["usd", "dollar"])
    p = _mark(f, doc, ds, ms)
    s = Sheet("Times-Roman", 10.5, top=50, bottom=60)
    s.text(72, 60, "MEMORANDUM", "Times-Bold", 16)
    s.text(72, 76, "Regulatory Audit and Agency Advisory Services", "Times-Italic", 10)
    s.line(72, 84, 540, 84, 0.8)
    s.y = 96
    for label, text in (
        ("FOR:", f"Fines, Penalties and Forfeitures Officer, Port of {f.port[1]}"),
        ("FROM:", f"{f.officer}, Field Director (Acting)"),
        ("DATE:", fmt_date(f.today, ds)),
        ("SUBJECT:", f"Referral of {f.party.name} for 19 U.S.C. 1592 action"),
    ):
        s.text(72, s.y + 13, label, "Times-Bold")
        s.para(150, 390, text, after=2)
    s.line(72, s.y + 6, 540, s.y + 6, 0.4)
    s.y += 16

    def section(head: str, text: str) -> None:
        lines = s.wrap(text, 370)
        s.room(13.6 * len(lines) + 8)
        s.text(72, s.y + 13.6, head, "Times-Bold", 10)
        s.para(170, 370, text, after=9)

    section(
        "Case",
        f"Case number {f.case_number}. Party: {f.party.name}, "
        f"{', '.join(f.party.address)}"
        + (f"; importer number {f.importer_number}." if f.importer_number else "."),
    )
    section("Findings", _narrative(f, rnd, ds))
    section("Dates", f"The first false entry, and so the date of violation, is {p['violation']}.")
    section(
        "Values",
        f"Domestic value {p['domestic']}"
        + (f"; dutiable value {p['dutiable']}." if "dutiable" in p else "."),
    )
    s.room(30)
    s.text(72, s.y + 13.6, "Entries", "Times-Bold", 10)
    s.y += 20
    drawn.table(
        s,
        72,
        [110, 78, 44, 92, 72, 72],
        ["Entry", "Date", "Final", "Value", "Paid", "Owed"],
        _rows(f, doc, ds, ms, "final", "open"),
        8,
        ruled=False,
        right={3, 4, 5},
    )
    section("Remarks", "Audit workpapers are available on request. Please confirm receipt.")
    doc.pages = s.pages


ENSCRIPT = [worksheet, email]
BUILDER = [boxform, audit_memo]
