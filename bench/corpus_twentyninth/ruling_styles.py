"""Ruling-request layouts: an owner's typed outline letter and a consultant's fax (typed), a law
firm's numbered-paragraph letter with an item appendix and a compliance officer's two-column
letter (drawn)."""

from __future__ import annotations

import random

from bench.corpus_twentyninth import drawn
from bench.corpus_twentyninth import ruling_wording as w
from bench.corpus_twentyninth.builder import SERIF, SERIF_BOLD, Sheet
from bench.corpus_twentyninth.doc import Doc
from bench.corpus_twentyninth.parties import BROKERS, LAW_FIRMS, fmt_date, pick_party
from bench.corpus_twentyninth.ruling_cases import RulingFacts
from bench.corpus_twentyninth.typed import leader, wrap


def _mark(f: RulingFacts, doc: Doc, ds: str) -> str:
    doc.mark(f.importer_number)
    if f.hts_printed:
        doc.mark(f.hts_printed)
    if f.agent is None:
        doc.mark(f.importer.name)
        for ln in f.importer.address:
            doc.mark(ln)
    return doc.mark(fmt_date(f.request_date, ds))


def outline(f: RulingFacts, doc: Doc, rnd: random.Random) -> None:
    """A small importer's owner types the request with capital headings and dashes."""
    f.agent = None
    ds = rnd.choice(["long", "slash", "dmy"])
    date = _mark(f, doc, ds)
    out = [f.importer.name, *f.importer.address, "", "", date, "", *w.office(f), ""]
    out += [
        f"RE:  REQUEST FOR A BINDING RULING - {f.goods[2].upper()}",
        "",
        "Dear Sir or Madam:",
        "",
    ]
    for k, (head, text) in enumerate(w.sections(f, ds, rnd)):
        out += [f"{chr(65 + k)}.  {head.upper()}", ""]
        if head == "Merchandise" and len(f.items) > 1:
            out += (
                ["    The request covers these items:"] + ["      - " + it for it in f.items] + [""]
            )
        out += wrap(text, 72, "    ")
        out += [""]
    out += ["Thank you for your attention to this request.", "", "Sincerely,", "", ""]
    if f.signed:
        out += [f"/s/ {f.signer}", f.signer, f"Owner and {f.signer_title}"]
    doc.lines = out


def fax(f: RulingFacts, doc: Doc, rnd: random.Random) -> None:
    """A trade consultant faxes the request: a cover sheet, then a typed request form of its own."""
    f.agent = pick_party(rnd, BROKERS)
    ds = rnd.choice(["slash", "upper", "iso"])
    date = _mark(f, doc, ds)
    clock = f"{rnd.randint(9, 17):02d}:{rnd.randint(10, 59)}"
    head = f"{f.request_date.strftime('%m/%d/%Y')} {clock}  {f.agent.name.upper()}"
    out = [
        head + "   PAGE 01",
        "",
        "   FACSIMILE COVER",
        "",
        f"   Date:   {date}",
        f"   To:     {w.office(f)[1]}",
        f"   From:   {f.signer}, {f.agent.name}",
        "   Pages:  2",
        f"   Re:     Binding ruling request for {f.importer.name}",
        "",
        "   Message: Please see the attached ruling request. The original and any enclosures",
        "   follow by overnight courier.",
        "\f" + head + "   PAGE 02",
        "",
        "             REQUEST FOR BINDING RULING (19 CFR PART 177)",
        "",
    ]
    out.append(leader("Importer", f.importer.name, 20))
    out.append(leader("Importer No.", f.importer_number, 20))
    out.append(leader("Filed by", f"{f.agent.name}, as agent of the importer", 20))
    out.append(leader("Date", date, 20))
    out.append("")
    for head_, text in w.sections(f, ds, rnd):
        out += [head_.upper() + ":"]
        if head_ == "Merchandise" and len(f.items) > 1:
            out += [f"   {k + 1}. {it}" for k, it in enumerate(f.items)]
        out += [*wrap(text, 74, "   "), ""]
    out += ["AUTHORITY: the importer has authorized us in writing to file this request.", ""]
    if f.signed:
        out += ["Submitted by:", "", f"    {f.signer}", f"    {f.signer_title}, {f.agent.name}"]
    else:
        out += ["Submitted by:", "", "    ______________________________", "    (signature)"]
    doc.lines = out


def numbered(f: RulingFacts, doc: Doc, rnd: random.Random) -> None:
    """A law firm's letter in numbered paragraphs; the items and exhibits in an appendix."""
    f.agent = pick_party(rnd, LAW_FIRMS)
    ds = rnd.choice(["long", "abbr"])
    date = _mark(f, doc, ds)
    s = Sheet("Times-Roman", 11, top=50, bottom=70)
    s.text(72, 60, f.agent.name, "Times-Bold", 14)
    s.text(72, 74, "Customs and International Trade", "Times-Italic", 9.5)
    s.text(540, 60, f.agent.address[0], "Times-Roman", 8.5, "right")
    s.text(540, 72, f.agent.address[1], "Times-Roman", 8.5, "right")
    s.line(72, 84, 540, 84, 1.5)
    s.y = 110
    s.para(72, 300, date)
    s.para(72, 300, "\n".join(w.office(f)))
    s.para(108, 400, f"Re:  {f.importer.name} - request for binding ruling", "Times-Bold")
    s.para(72, 468, "Dear Sir or Madam:")
    for n, (head, text) in enumerate(w.sections(f, ds, rnd), 1):
        if head == "Merchandise" and len(f.items) > 1:
            text = f"The request covers the {len(f.items)} items listed in Appendix 1. {text}"
        lines = s.wrap(text, 430)
        s.room(14.3 * len(lines))
        s.text(72, s.y + 14.3, f"{n}.")
        s.para(100, 430, text)
    s.room(100)
    s.para(300, 240, "Respectfully submitted,", after=20)
    if f.signed:
        s.para(
            300, 240, f"/s/ {f.signer}\n{f.signer}\n{f.agent.name}\nCounsel to {f.importer.name}"
        )
    else:
        s.line(300, s.y + 6, 500, s.y + 6, 0.5)
        s.y += 14
        s.para(300, 240, f.agent.name)
    if len(f.items) > 1:
        s.newpage()
        s.para(72, 468, "APPENDIX 1 - ITEMS", "Times-Bold", 12, after=8)
        drawn.table(
            s,
            72,
            [40, 428],
            ["Item", "Description"],
            [[str(k + 1), it] for k, it in enumerate(f.items)],
        )
    doc.pages = s.pages


def compliance(f: RulingFacts, doc: Doc, rnd: random.Random) -> None:
    """The importer's compliance officer writes; headings sit in the left margin."""
    f.agent = None
    ds = rnd.choice(["long", "dmy", "iso", "slash"])
    date = _mark(f, doc, ds)
    s = Sheet(SERIF, 9.5, top=50, bottom=60)
    s.text(56, 58, f.importer.name, SERIF_BOLD, 14)
    s.text(56, 72, "Regulatory & Trade Compliance", SERIF, 9)
    s.text(56, 84, "  /  ".join(f.importer.address), SERIF, 8)
    s.line(56, 92, 556, 92, 0.4)
    s.y = 116
    s.para(56, 300, date)
    s.para(56, 400, "\n".join(w.office(f)), after=12)
    s.para(56, 500, "REQUEST FOR A BINDING RULING", SERIF_BOLD, 11, after=10)
    for head, text in w.sections(f, ds, rnd):
        lines = s.wrap(text, 360)
        s.room(12.4 * len(lines) + 8)
        s.text(56, s.y + 12.4, head, SERIF_BOLD, 9)
        if head == "Merchandise" and len(f.items) > 1:
            s.para(190, 360, "Items:", after=2)
            for it in f.items:
                s.para(198, 352, "\u2022 " + it, after=1)
            s.y += 5
        s.para(190, 360, text, after=8)
    s.room(80)
    s.y += 26
    s.line(190, s.y, 370, s.y, 0.5)
    if f.signed:
        s.para(190, 300, f"{f.signer}\n{f.signer_title}\n{f.importer.name}")
    doc.pages = s.pages


ENSCRIPT = [outline, fax]
BUILDER = [numbered, compliance]
