"""Protest layouts: a forwarder's e-mail thread and a faxed protest (typed), a law firm's
numbered-paragraph letter with an appendix and a compliance officer's two-column letter (drawn)."""

from __future__ import annotations

import random

from bench.corpus_twentyninth import drawn
from bench.corpus_twentyninth import protest_wording as w
from bench.corpus_twentyninth.builder import SERIF, SERIF_BOLD, Sheet
from bench.corpus_twentyninth.doc import Doc
from bench.corpus_twentyninth.parties import (
    DATE_STYLES,
    LAW_FIRMS,
    PEOPLE,
    TITLES,
    fmt_date,
    pick_party,
)
from bench.corpus_twentyninth.protest_cases import ProtestFacts
from bench.corpus_twentyninth.typed import columns, leader, quoted, wrap


def _entry_rows(f: ProtestFacts, doc: Doc, ds: str) -> list[list[str]]:
    rows = []
    for e in f.entries:
        rows.append(
            [
                doc.mark(e.number),
                doc.mark(fmt_date(e.entry_date, ds)) if e.entry_date else "",
                doc.mark(fmt_date(e.liquidation, ds)) if e.liquidation else "",
            ]
        )
    return rows


def _mark_common(f: ProtestFacts, doc: Doc) -> None:
    doc.mark(f.protestant.name)
    doc.mark(f.port[0])
    doc.mark(f.signer)
    if f.importer_number:
        doc.mark(f.importer_number)
    if f.address_given:
        for ln in f.protestant.address:
            doc.mark(ln)
    if f.desc_given:
        doc.mark(f.goods[0])


def _email(name: str, domain: str) -> str:
    first, last = name.split()[0], name.split()[-1]
    return f"{first[0].lower()}{last.lower().replace('-', '')}@{domain}"


def thread(f: ProtestFacts, doc: Doc, rnd: random.Random) -> None:
    """A freight forwarder's reply-all e-mail filing the protest, the importer's request quoted."""
    ds = rnd.choice(["slash", "long", "abbr"])
    _mark_common(f, doc)
    domain = f.agent.name.split()[0].lower().strip(",") + ".com"
    short = f.protestant.name.split(",")[0]
    asker = rnd.choice([p for p in PEOPLE if p != f.signer])
    sent = f"3:{rnd.randint(10, 59)} PM"
    out = [
        f"From:     {f.signer} <{_email(f.signer, domain)}>",
        f"Sent:     {f.letter_date.strftime('%A')}, {fmt_date(f.letter_date, 'long')} {sent}",
        f"To:       CBP {f.port[1]} Protests <protests{f.port[0]}@cbp.dhs.gov>",
        f"Cc:       {asker}",
        f"Subject:  RE: {short} - protest, port {f.port[0]}",
        "",
        rnd.choice(["Good afternoon,", "Hello,", "Dear Sir or Madam,"]),
        "",
    ]
    out += wrap(
        "Please accept this e-mail as a protest under 19 U.S.C. 1514 and 19 CFR Part 174, "
        "filed on behalf of our client, who has given us a customs power of attorney:"
    )
    out += [""]
    out += ["    " + f.protestant.name]
    if f.address_given:
        out += ["    " + ln for ln in f.protestant.address]
    if f.importer_number:
        out += ["    Importer No. " + f.importer_number]
    out += ["", f"Port of entry: {f.port[0]} ({f.port[1]})", ""]
    if f.desc_given:
        out += wrap(f"Merchandise: {f.goods[0]}")
        out += [""]
    out += ["The entries:", ""]
    header = [
        "Entry No.",
        "Entry Date" if all(e.entry_date for e in f.entries) else "",
        "Liquidation" if all(e.liquidation for e in f.entries) else "",
    ]
    rows = _entry_rows(f, doc, ds)
    out += columns([header, *rows], indent="    ")
    if not all(e.liquidation for e in f.entries):
        out += ["", "    (liquidated on the last bulletin notice; we do not have the date to hand)"]
    out += [""]
    out += wrap(w.grounds(f, doc, ds, rnd))
    for _, extra in w.closing(f, ds, rnd):
        out += ["", *wrap(extra)]
    out += ["", "Thanks and regards,", "", f.signer, f.signer_title, f.agent.name]
    out += [*f.agent.address, f"Tel. ({rnd.randint(201, 989)}) 555-{rnd.randint(1000, 9999)}", ""]
    out += [
        "-----Original Message-----",
        f"From: {asker}",
        f"Sent: {fmt_date(f.letter_date, 'slash')}",
        f"To: {f.signer}",
        f"Subject: Liquidation - {f.goods[2]}s",
        "",
    ]
    out += quoted(
        wrap(
            f"Hi {f.signer.split()[0]}, the port has liquidated our {f.goods[2]} "
            f"entries at a higher rate than we declared. Please file the protest for us "
            f"as we discussed; the POA is on file with you.",
            70,
        )
    )
    doc.lines = out
    doc.header = f"{f.agent.name} Mail||Page $% of $="


def fax(f: ProtestFacts, doc: Doc, rnd: random.Random) -> None:
    """A fax cover sheet and a typed protest with dotted leaders, as a small office faxes it."""
    ds = rnd.choice(["slash", "upper", "long"])
    _mark_common(f, doc)
    clock = f"{rnd.randint(8, 17):02d}:{rnd.randint(0, 59):02d}"
    stamp = f"{f.letter_date.strftime('%b %d %Y').upper()} {clock}"
    fax_from = f"({rnd.randint(201, 989)}) 555-{rnd.randint(1000, 9999)}"
    out = [
        f"{stamp}    FROM: {fax_from}    TO: CBP {f.port[1].upper()}    P. 1/2",
        "",
        "",
        "                  F A X   T R A N S M I T T A L",
        "",
        "",
        f"   TO:       Protest Unit, CBP Port of {f.port[1]}",
        f"   FROM:     {f.agent.name}",
        f"   DATE:     {fmt_date(f.letter_date, ds)}",
        "   PAGES:    2 (including this cover)",
        f"   RE:       Protest - {f.protestant.name}",
        "",
        "   [X] Urgent    [ ] For review    [ ] Please reply",
        "",
        "   Comments: protest follows. Original to follow by mail.",
        "",
        "",
        "",
    ]
    out += wrap(
        "CONFIDENTIALITY NOTICE: this facsimile may contain privileged information. If you "
        "received it in error, please call the sender and destroy it.",
        70,
        "   ",
    )
    out += [
        "\f" + f"{stamp}    FROM: {fax_from}    TO: CBP {f.port[1].upper()}    P. 2/2",
        "",
        "                    PROTEST AND REQUEST FOR RELIEF",
        "                  (19 U.S.C. 1514; 19 CFR Part 174)",
        "",
    ]
    out.append(leader("PROTESTANT", f.protestant.name))
    if f.address_given:
        out.append(leader("ADDRESS", f.protestant.address[0]))
        out += [" " * 24 + ln for ln in f.protestant.address[1:]]
    if f.importer_number:
        out.append(leader("IMPORTER NO.", f.importer_number))
    out.append(leader("PORT", f"{f.port[0]}  {f.port[1]}"))
    if f.desc_given:
        out += wrap(f.goods[0], 74, " " * 24, leader("MERCHANDISE", ""))
    out.append(leader("DECISION PROTESTED", w.decision_words(f)))
    out += ["", "ENTRIES"]
    for e in f.entries:
        ent = doc.mark(e.number)
        ed = f"   entered {doc.mark(fmt_date(e.entry_date, ds))}" if e.entry_date else ""
        lq = f"   liquidation {doc.mark(fmt_date(e.liquidation, ds))}" if e.liquidation else ""
        out.append(f"   {ent}{ed}{lq}")
    out += ["", "STATEMENT OF OBJECTIONS", *wrap(w.grounds(f, doc, ds, rnd), 74, "   ")]
    for label, extra in w.closing(f, ds, rnd):
        out += ["", label.upper(), *wrap(extra, 74, "   ")]
    pad = " " * 38
    out += [
        "",
        "",
        pad + f"/s/ {f.signer}",
        pad + f.signer,
        pad + f.signer_title,
        pad + f.agent.name,
    ] + [pad + ln for ln in f.agent.address]
    doc.lines = out


def _stamp(f: ProtestFacts, sheet: Sheet, doc: Doc, ds: str) -> None:
    if not f.stamped:
        return
    sheet.rect(410, 96, 150, 58, 1.2)
    sheet.text(485, 110, "RECEIVED", "Helvetica-Bold", 11, "center")
    sheet.text(485, 124, "U.S. CUSTOMS AND BORDER PROTECTION", "Helvetica", 6.5, "center")
    sheet.text(485, 138, doc.mark(fmt_date(f.received, ds).upper()), "Helvetica-Bold", 10, "center")
    sheet.text(485, 150, f"PORT OF {f.port[1].upper()}", "Helvetica", 6.5, "center")


def numbered(f: ProtestFacts, doc: Doc, rnd: random.Random) -> None:
    """A law firm's letter in numbered paragraphs, its entries in a ruled Appendix A."""
    ds = rnd.choice(["long", "abbr", "dmy"])
    firm = pick_party(rnd, LAW_FIRMS)
    _mark_common(f, doc)
    s = Sheet("Times-Roman", 11, top=50, bottom=70)
    _stamp(f, s, doc, "abbr")
    s.text(306, 60, firm.name.upper(), "Times-Bold", 13, "center")
    s.text(306, 74, " | ".join(firm.address), "Times-Roman", 9, "center")
    s.line(72, 82, 540, 82, 0.8)
    s.y = 110
    s.para(72, 300, fmt_date(f.letter_date, ds))
    if f.accelerated:
        s.para(72, 400, "BY CERTIFIED MAIL, RETURN RECEIPT REQUESTED", "Times-Bold")
    s.para(72, 300, f"Port Director\nU.S. Customs and Border Protection\nPort of {f.port[1]}")
    short = f.protestant.name.split(",")[0].split(" ")[0]
    s.para(
        108,
        400,
        f"Re:  Protest of {w.decision_words(f)}; entries listed in Appendix A",
        "Times-Bold",
    )
    s.para(72, 468, "Dear Port Director:")
    paras = []
    who = f'{f.protestant.name} ("{short}")'
    if f.address_given:
        who += ", " + ", ".join(f.protestant.address)
    ior = f", importer number {f.importer_number}" if f.importer_number else ""
    paras.append(
        f"This firm represents {who}{ior}, and files this protest on its behalf under "
        f"19 U.S.C. 1514 and 19 CFR Part 174."
    )
    paras.append(
        f"The protest covers the entries listed in Appendix A, all made at port {f.port[0]}."
    )
    if f.desc_given:
        paras.append(f"The merchandise is described as follows: {f.goods[0]}")
    paras.append(w.grounds(f, doc, ds, rnd))
    paras += [extra for _, extra in w.closing(f, ds, rnd)]
    for n, text in enumerate(paras, 1):
        lines = s.wrap(text, 430)
        s.room(14.3 * len(lines))
        s.text(72, s.y + 14.3, f"{n}.")
        s.para(100, 430, text)
    s.room(90)
    s.para(300, 240, "Respectfully submitted,")
    s.para(300, 240, firm.name.upper(), "Times-Bold", after=16)
    s.para(300, 240, f"By: /s/ {f.signer}\n{f.signer}\nCounsel for Protestant", after=10)
    s.para(72, 300, "Enclosure: Appendix A", "Times-Italic", 9)
    s.newpage()
    s.para(72, 468, "APPENDIX A - ENTRIES COVERED BY THIS PROTEST", "Times-Bold", 12, after=10)
    rows = [[str(k + 1), *r] for k, r in enumerate(_entry_rows(f, doc, ds))]
    drawn.table(
        s,
        72,
        [40, 150, 130, 130],
        ["No.", "Entry Number", "Date of Entry", "Date of Liquidation"],
        rows,
    )
    doc.pages = s.pages


def compliance(f: ProtestFacts, doc: Doc, rnd: random.Random) -> None:
    """An importer's trade-compliance officer writes for the company, labels in a left column."""
    ds = rnd.choice(DATE_STYLES)
    _mark_common(f, doc)
    s = Sheet(SERIF, 9.5, top=50, bottom=60)
    _stamp(f, s, doc, "slash")
    s.rect(40, 40, 8, 60, 0, 0.2)
    s.text(56, 58, f.protestant.name, SERIF_BOLD, 14)
    s.text(56, 72, "Trade Compliance Department", SERIF, 9)
    if f.address_given:
        s.text(56, 84, "  /  ".join(f.protestant.address), SERIF, 8)
    s.y = 120
    s.para(56, 300, fmt_date(f.letter_date, ds))
    s.para(
        56,
        400,
        f"U.S. Customs and Border Protection\nAttn: Protest Section, Port {f.port[0]} "
        f"({f.port[1]})",
        after=12,
    )
    s.para(56, 500, "PROTEST UNDER 19 U.S.C. 1514", SERIF_BOLD, 11, after=10)
    left, right = 56, 190

    def row(label: str, text: str) -> None:
        lines = s.wrap(text, 360)
        s.room(12.4 * len(lines) + 6)
        s.text(left, s.y + 12.4, label, SERIF_BOLD, 9)
        s.para(right, 360, text, after=7)

    row("Protesting party", f.protestant.name)
    if f.importer_number:
        row("Importer number", f.importer_number)
    row("Port of entry", f.port[0])
    if f.desc_given:
        row("Merchandise", f.goods[0])
    row("Decision protested", w.decision_words(f).capitalize())
    s.room(30 + 16 * len(f.entries))
    s.text(left, s.y + 12.4, "Entries", SERIF_BOLD, 9)
    for r in _entry_rows(f, doc, ds):
        s.y += 13
        s.text(right, s.y, r[0])
        if r[1]:
            s.text(right + 100, s.y, "entered " + r[1])
        if r[2]:
            s.text(right + 230, s.y, "liquidation " + r[2])
    s.y += 9
    row("Grounds", w.grounds(f, doc, ds, rnd))
    for label, extra in w.closing(f, ds, rnd):
        row(label, extra)
    s.room(80)
    s.y += 30
    s.line(right, s.y, right + 180, s.y, 0.5)
    # An in-house officer signs; a broker's or counsel's title would not fit the letterhead.
    title = f.signer_title if f.signer_title in TITLES[:4] else TITLES[0]
    s.para(right, 300, f"{f.signer}\n{title}")
    doc.pages = s.pages


ENSCRIPT = [thread, fax]
BUILDER = [numbered, compliance]
