"""Protest senders: a broker's billing packet, an owner's letter, a routing slip, a form letter."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from . import fmt
from .page import width
from .parties import PORTS
from .protest_text import accelerated, drawback, grounds, objection, review
from .protests import Protest
from .sheet import Sheet

PORT_NAMES = dict(PORTS)


def _dated(sheet: Sheet, day: object) -> str:
    return sheet.d(day) if day else "N/A"  # type: ignore[arg-type]


def packet(p: Protest, rng: random.Random) -> Sheet:
    """A customs broker's billing system: a transmittal cover, then the protest in fixed columns."""
    broker = rng.choice(("HARBORLINE CUSTOMS BROKERAGE INC", "TRI-PORT CUSTOMHOUSE BROKERS",
                         "SUMMIT GLOBAL CLEARANCE LLC"))
    sheet = Sheet.new(rng, dates=(1, 6, 5), font="Courier", size=9.5, left=54, top=738,
                      bottom=60)
    pen = sheet.pen
    job = f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    pen.header = (f"{broker:<40}BROKERNET/OS  PROTPRT  JOB {job}  PAGE {{page}}",
                  "-" * 92)
    doc_pages = pen.doc.pages
    doc_pages.clear()
    pen.page()
    pen.line("TRANSMITTAL / BILLING COVER", "Courier-Bold", 12)
    pen.gap(6)
    pen.line(f"TO:     U.S. CUSTOMS AND BORDER PROTECTION, PORT OF {PORT_NAMES[p.port[0]].upper()}")
    pen.line("        PROTEST AND REFUND SECTION")
    pen.line(f"CLIENT: {sheet.s(p.who.name)}")
    pen.line(f"ACCT:   {rng.randint(10000, 99999)}      BILLING CODE: PRT-180")
    pen.line(f"ITEMS:  1 PROTEST, {len(p.entries)} ENTRY(IES), SUPPORTING INVOICES")
    pen.gap(10)
    pen.line("SERVICE                               QTY     RATE      AMOUNT")
    fee = rng.choice((12500, 17500, 22500))
    amount = fmt.MONEY[2](fee)
    pen.line(f"PROTEST PREPARATION                    1   {amount:>8}  {amount:>9}")
    pen.line(f"COURIER / CERTIFIED MAIL               1   {'9.85':>8}  {'9.85':>9}")
    pen.gap(10)
    pen.para("Enclosed for filing is the protest of our client, prepared from our entry records "
             "and signed by the client. Please return the date-stamped copy to:", "Courier", 9.5)
    for line in (broker, rng.choice(("1200 Harbor Blvd, Suite 410", "88 Terminal Way, Bldg C")),
                 rng.choice(("Long Beach, CA 90802", "Elizabeth, NJ 07201"))):
        pen.line(f"        {line}")
    if p.stamped:
        sheet.stamp(380, 120, p.received, f"CBP PORT {p.port[0]} PROTEST UNIT")
    pen.page()
    pen.line("PROTEST UNDER 19 U.S.C. 1514 / 19 CFR PART 174", "Courier-Bold", 11)
    pen.gap(4)
    rows = [("PORT OF ENTRY", f"{sheet.s(p.port[0])} {PORT_NAMES[p.port[0]].upper()}"),
            ("PROTESTANT", sheet.s(p.who.name))]
    if p.give_address:
        rows += [("ADDRESS" if n == 0 else "", sheet.s(line)) for n, line in
                 enumerate(p.who.address)]
    if p.give_ior:
        rows.append(("IMPORTER NO", sheet.s(p.who.ior)))
    if p.give_desc:
        rows.append(("MERCHANDISE", sheet.s(p.goods[0])))
    for label, value in rows:
        pen.line(f"{label:<16}{value}")
    pen.gap(6)
    decision = "DECISION DT" if p.category == "exclusion" or p.petition else "LIQ DATE"
    pen.line(f"{'ENTRY NUMBER':<18}{'PORT':<7}{'ENTRY DATE':<20}{decision}", "Courier-Bold")
    pen.line("-" * 64)
    for e in p.entries:
        pen.line(f"{sheet.s(e.number):<18}{e.port:<7}{_dated(sheet, e.date):<20}"
                 f"{_dated(sheet, e.liquidation)}")
    pen.line("-" * 64)
    pen.gap(6)
    pen.para(f"DECISION PROTESTED: {objection(p).upper()}.", "Courier", 9.5)
    pen.para(f"GROUNDS: {grounds(p, rng)}", "Courier", 9.5)
    for text in (drawback(p, rng), review(p, rng), accelerated(p, rng), _earlier(sheet, p)):
        if text:
            pen.para(text, "Courier", 9.5)
    pen.gap(12)
    pen.line(f"SUBMITTED BY: /s/ {sheet.s(p.who.signer)}")
    pen.line(f"              {p.who.title.upper()}, {p.who.name.upper()}")
    return sheet


def _earlier(sheet: Sheet, p: Protest) -> str:
    if not p.earlier:
        return ""
    number, when = p.earlier
    tail = f", received {sheet.d(when)}" if when else ""
    return (f"The same disposition is requested as in protest {number}{tail}, on which further "
            "review is pending.")


def owner(p: Protest, rng: random.Random) -> Sheet:
    """A small business owner's two-page letter, the facts in one paragraph, signature overleaf."""
    sheet = Sheet.new(rng, dates=(0, 3, 4), font="Times-Roman", size=12, left=80, right=530)
    pen = sheet.pen
    pen.line(sheet.s(p.who.name), "Times-Bold", 15)
    if p.give_address:
        pen.line("  |  ".join(sheet.s(a) for a in p.who.address), "Times-Italic", 10)
    pen.gap(20)
    pen.line(fmt.DATES[0](p.received - rng.randint(2, 6) * dt.timedelta(days=1)))
    pen.gap(8)
    for line in ("U.S. Customs and Border Protection", f"Port of {PORT_NAMES[p.port[0]]}",
                 "Attn: Protests"):
        pen.line(line)
    pen.gap(10)
    pen.line(f"Re: Protest, port {sheet.s(p.port[0])}", "Times-Bold")
    pen.gap(6)
    pen.para("To whom it may concern:")
    listing = "; ".join(
        f"entry {sheet.s(e.number)}"
        + (f", entered {sheet.d(e.date)}" if e.date else "")
        + (f", {'decided' if p.category == 'exclusion' or p.petition else 'liquidated'} "
           f"{sheet.d(e.liquidation)}" if e.liquidation else "")
        + ("" if e.port == p.port[0] else f" (port {e.port})")
        for e in p.entries)
    what = f"our {sheet.s(p.goods[0])}" if p.give_desc else "our shipment"
    ior = (f" Our importer number is {sheet.s(p.who.ior)}." if p.give_ior else "")
    pen.para(
        f"I own {p.who.name} and am writing to protest {objection(p)} on {what}, which came in "
        f"under {listing}.{ior} {grounds(p, rng)} {drawback(p, rng)} {_earlier(sheet, p)} "
        f"{review(p, rng)} {accelerated(p, rng)}".replace("  ", " ").strip())
    pen.page()
    pen.line(f"{p.who.name} - page 2", "Times-Italic", 9)
    pen.gap(14)
    pen.para("Thank you for looking into this. Please call me if anything else is needed.")
    pen.gap(8)
    pen.line(rng.choice(("Sincerely,", "Yours truly,", "Regards,")))
    pen.gap(26)
    pen.line(sheet.s(p.who.signer))
    pen.line("Owner")
    pen.gap(16)
    pen.line("Enclosures: commercial invoices, notice of liquidation", "Times-Roman", 10)
    if p.stamped:
        sheet.stamp(360, 90, p.received, f"U.S. CUSTOMS - PORT OF {PORT_NAMES[p.port[0]].upper()}")
    return sheet


def slip(p: Protest, rng: random.Random) -> Sheet:
    """A port's internal routing slip on the protest it logged, then the importer's statement."""
    sheet = Sheet.new(rng, dates=(1, 2, 5), font="Helvetica", size=10)
    pen = sheet.pen
    port_name = PORT_NAMES[p.port[0]]
    p.stamped = True  # the slip prints the date received
    p.protest_number = f"{p.port[0]}-{str(p.received.year)[2:]}-{rng.randint(100000, 199999)}"
    pen.line("U.S. CUSTOMS AND BORDER PROTECTION", "Helvetica-Bold", 12)
    pen.line(f"Port of {port_name} - Entry Branch", "Helvetica", 10)
    pen.line("ROUTING AND TRANSMITTAL SLIP", "Helvetica-Bold", 14, x=330)
    pen.gap(6)
    top = pen.y
    labels = (("PROTEST NO.", sheet.s(p.protest_number)), ("DATE RECEIVED", sheet.d(p.received)),
              ("PORT CODE", sheet.s(p.port[0])), ("FILED BY", sheet.s(p.who.name)))
    for n, (label, value) in enumerate(labels):
        y = top - 34 * (n + 1)
        pen.box(72, y, 468, 34)
        pen.put(76, y + 24, label, "Helvetica", 7)
        pen.put(76 + rng.uniform(-2, 14), y + 7 + rng.uniform(-3, 3), value, "Courier", 11)
    pen.y = top - 34 * 4 - 20
    pen.line("ROUTE TO:", "Helvetica-Bold")
    for office in ("Import Specialist Team", "Protest Reviewer", "Entry Liquidation",
                   "Regulations and Rulings (AFR)"):
        ticked = (office.startswith("Regulations") and p.further_review) or (
            office == "Protest Reviewer")
        pen.line(f"[{'X' if ticked else ' '}]  {office}", "Courier", 10)
    pen.gap(6)
    pen.para(f"Remarks: logged from paper filing. {len(p.entries)} entry(ies). "
             f"{'Certified mail envelope retained.' if p.accelerated else ''}", "Helvetica-Oblique")
    pen.page()
    pen.line("STATEMENT OF PROTEST", "Helvetica-Bold", 13)
    pen.gap(4)
    pen.line(sheet.s(p.who.name), "Helvetica-Bold")
    if p.give_address:
        for a in p.who.address:
            pen.line(sheet.s(a))
    if p.give_ior:
        pen.line(f"IOR No. {sheet.s(p.who.ior)}")
    pen.gap(8)
    if p.give_desc:
        pen.para(sheet.s(p.goods[0]), first="Merchandise:", indent=80)
    pen.line("Entries covered:", "Helvetica-Bold")
    label = "decision of" if p.category == "exclusion" or p.petition else "liquidated"
    for e in p.entries:
        entered = f"entered {sheet.d(e.date)}" if e.date else "entry date not at hand"
        liq = f"{label} {sheet.d(e.liquidation)}" if e.liquidation else "liquidation pending notice"
        pen.line(f"  *  {sheet.s(e.number)}  ({entered}; {liq}; port {e.port})")
    pen.gap(6)
    pen.para(f"Decision protested: {objection(p)}.")
    for text in (grounds(p, rng), drawback(p, rng), _earlier(sheet, p), review(p, rng),
                 accelerated(p, rng)):
        if text:
            pen.para(text)
    pen.gap(14)
    pen.line("_" * 34)
    pen.line(sheet.s(p.who.signer))
    pen.line(f"{p.who.title}, {p.who.name}")
    return sheet


def formletter(p: Protest, rng: random.Random) -> Sheet:
    """A trade association's fill-in letter: printed wording, the facts typed on its rules."""
    sheet = Sheet.new(rng, dates=(1, 2, 4), font="Times-Roman", size=11)
    pen = sheet.pen
    pen.line("PACIFIC IMPORTERS ASSOCIATION - MEMBER FORM LETTER P-7", "Helvetica-Bold", 9)
    pen.line("Protest of a customs decision (19 U.S.C. 1514). Type in the blanks; attach a list "
             "if more room is needed.", "Helvetica-Oblique", 8)
    pen.gap(14)

    def blank(label: str, value: str, x: float = 72, w: float = 468, after: str = "") -> None:
        """A printed label, then the typed value on a rule, a little above or below it."""
        pen.need(22)
        start = x + 4 + width(label, "Times-Roman", 11)
        pen.put(x, pen.y, label, "Times-Roman", 11)
        pen.rule(start, pen.y - 2, x + w, pen.y - 2, 0.4)
        pen.put(start + 6 + rng.uniform(0, 12), pen.y + rng.uniform(-1, 3), value, "Courier", 10.5)
        if after:
            pen.put(x + w + 4, pen.y, after, "Times-Roman", 11)
        pen.y -= 22

    blank("To the Port Director, port code", sheet.s(p.port[0]), w=250)
    blank("Protesting party:", sheet.s(p.who.name))
    blank("Address:", ", ".join(sheet.s(a) for a in p.who.address) if p.give_address else "")
    blank("Importer number:", sheet.s(p.who.ior) if p.give_ior else "", w=300)
    blank("Merchandise:", sheet.s(p.goods[0]) if p.give_desc else "")
    pen.gap(4)
    pen.para("The protesting party protests the decision described below as to each entry listed:")
    x_cols = (90, 250, 390)
    heads = ("Entry number", "Date of entry", "Date of liquidation or decision")
    for x, head in zip(x_cols, heads, strict=True):
        pen.put(x, pen.y, head, "Times-Italic", 10)
    pen.y -= 16
    for e in p.entries:
        cells = (sheet.s(e.number), _dated(sheet, e.date), _dated(sheet, e.liquidation))
        for x, cell in zip(x_cols, cells, strict=True):
            pen.rule(x, pen.y - 2, x + 130, pen.y - 2, 0.4)
            pen.put(x + 4 + rng.uniform(0, 6), pen.y + rng.uniform(-1, 2), cell, "Courier", 10)
        pen.y -= 20
    pen.gap(4)
    pen.para(f"Decision protested: {objection(p)}.")
    pen.para(f"Reasons: {grounds(p, rng)}")
    for text in (drawback(p, rng), _earlier(sheet, p), review(p, rng), accelerated(p, rng)):
        if text:
            pen.para(text)
    pen.gap(10)
    blank("Signature:", f"/s/ {sheet.s(p.who.signer)}", w=300)
    blank("Title:", p.who.title, w=300)
    if p.stamped:
        sheet.stamp(370, 80, p.received, f"CBP {PORT_NAMES[p.port[0]].upper()} - PROTESTS")
    return sheet


STYLES: dict[str, Callable[[Protest, random.Random], Sheet]] = {
    "packet": packet, "owner": owner, "slip": slip, "formletter": formletter}
