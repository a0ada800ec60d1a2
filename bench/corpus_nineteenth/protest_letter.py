"""Protest letters drawn with PDF::API2: an importer's letter with a hand-drawn entry grid, a law
firm's sectioned protest with running headers, and a broker's Courier filing."""

from __future__ import annotations

from bench.corpus_nineteenth.fmt import show_date
from bench.corpus_nineteenth.layout import Flow, Op, bold, rect, text
from bench.corpus_nineteenth.protests import Protest
from bench.corpus_nineteenth.wording import (
    ACCELERATED,
    BACKGROUND,
    CATEGORY_WORDS,
    DRAWBACK_NO,
    FURTHER_REVIEW,
    JUSTIFY,
    NO_FURTHER_REVIEW,
)

STYLES = ("importer", "firm", "broker")


def _stamp(p: Protest) -> list[Op]:
    if not p.received_printed:
        return []
    return [rect(410, 680, 150, 62), text(445, 726, "RECEIVED", "Helvetica-Bold", 11),
            text(418, 712, f"CBP - PORT OF {p.port[1].upper()}", "Helvetica", 7),
            text(440, 698, show_date(p.received, "stamp"), "Courier-Bold", 11),
            text(418, 686, f"Protest No. {p.protest_number}", "Helvetica", 7)]


def pages(p: Protest, style: str) -> list[list[Op]]:
    return {"importer": _importer, "firm": _firm, "broker": _broker}[style](p)


def _day(p: Protest, value: object) -> str:
    from datetime import date
    return show_date(value, p.date_style) if isinstance(value, date) else "not available"


def _common_tail(p: Protest, flow: Flow) -> None:
    d = p.rng
    if p.earlier:
        when = (f", received by CBP on {_day(p, p.earlier[1])}" if p.earlier[1] else "")
        flow.para(f"Protestant asks for the same disposition as in Protest No. {p.earlier[0]}"
                  f"{when}, which is pending further review.")
    if p.drawback_line:
        flow.para(d.choice(DRAWBACK_NO))
    flow.para(d.choice(FURTHER_REVIEW) if p.further_review else d.choice(NO_FURTHER_REVIEW))
    if p.accelerated:
        flow.para(d.choice(ACCELERATED))


def _reason(p: Protest) -> str:
    if p.petition:
        return ("The FP&F Officer's decision on our petition under 19 CFR 171 denied all relief "
                "from the 19 U.S.C. 1592 penalty. We protest that decision as arbitrary.")
    return p.rng.choice(JUSTIFY[p.category])


def _importer(p: Protest) -> list[list[Op]]:
    font = p.rng.choice(["DejaVuSerif", "Times-Roman", "LiberationSerif"])
    flow = Flow(font, 10.5, header=lambda n: _stamp(p) if n == 1 else [
        text(72, 750, f"{p.party.name} - protest, port {p.port[0]} - page {n}", font, 8)])
    flow.lines([p.party.name], bold(font), 14, after=0)
    if p.address_given:
        flow.lines(list(p.party.address), font, 9, after=0)
    flow.lines([f"Importer of record no. {p.party.importer_number}"] if p.importer_given else [],
               font, 9)
    flow.gap(14)
    flow.lines([_day(p, p.written)])
    flow.lines(["Port Director", "U.S. Customs and Border Protection",
                f"Port of {p.port[1]} (port code {p.port[0]})"])
    flow.para(f"Re: Protest under 19 U.S.C. 1514 - {_words(p)}", bold(font))
    flow.para("Dear Port Director:")
    for sentence in p.rng.sample(BACKGROUND, p.rng.randint(0, 5)):
        flow.para(sentence, keep=False)
    flow.para(f"{p.party.name} protests the decision described below on the entries listed in "
              "this table.")
    column = "Decision date" if p.petition else "Liquidated"
    flow.grid(["Entry No.", "Entered", column],
              [[e.number, _day(p, e.entry_date) if e.entry_date else "", _day(p, e.liquidation)]
               for e in p.entries], [150, 130, 130])
    if p.goods:
        flow.para(f"Merchandise: {p.goods}")
    if p.justification:
        flow.para(f"Our objection. {_reason(p)}", keep=False)
    _common_tail(p, flow)
    flow.para("Sincerely,", after=18)
    flow.lines([f"/s/ {p.signer}", p.signer, p.title])
    return flow.pages


def _words(p: Protest) -> str:
    if p.petition:
        return "denial of petition for relief"
    return p.rng.choice(CATEGORY_WORDS[p.category])


def _firm(p: Protest) -> list[list[Op]]:
    firm = p.agent or p.party
    flow = Flow("Times-Roman", 11, header=lambda n: _stamp(p) if n == 1 else [
        text(72, 752, f"Protest of {p.party.name}", "Times-Roman", 9),
        text(430, 752, f"Page {n}", "Times-Roman", 9)], top=680)
    flow.pages[0] += [text(72, 740, firm.name.upper(), "Times-Bold", 13),
                      text(72, 726, "  |  ".join(firm.address), "Times-Roman", 8.5)]
    flow.lines([_day(p, p.written), "", "By hand delivery" if not p.accelerated else
                "By certified mail", "U.S. Customs and Border Protection",
                f"Attn: Protest Section, Port of {p.port[1]}"])
    flow.para(f"Re: Protest and Application for Further Review - {p.party.name}"
              if p.further_review else f"Re: Protest of {p.party.name}", "Times-Bold")
    heads = iter(["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."])
    flow.para(f"{next(heads)} PROTESTANT", "Times-Bold")
    who = [p.party.name, *(p.party.address if p.address_given else ())]
    flow.lines(who, indent=18, after=2)
    if p.importer_given:
        flow.para(f"IOR number: {p.party.importer_number}", indent=18)
    if p.agent:
        flow.para(f"Agent for Protestant: {p.agent.name} (importer no. "
                  f"{p.agent.importer_number}), under a power of attorney on file at the port.",
                  indent=18)
    flow.para(f"{next(heads)} ENTRIES", "Times-Bold")
    for e in p.entries:
        entered = f"entered {_day(p, e.entry_date)}, " if e.entry_date else ""
        verb = "decision dated" if p.petition else "liquidated"
        flow.para(f"Entry {e.number}, {entered}{verb} {_day(p, e.liquidation)}, port "
                  f"{p.port[0]}.", indent=18, after=2)
    flow.gap(6)
    if p.goods:
        flow.para(f"{next(heads)} DESCRIPTION OF MERCHANDISE", "Times-Bold")
        flow.para(p.goods, indent=18)
    if p.justification:
        flow.para(f"{next(heads)} DECISION PROTESTED AND ARGUMENT", "Times-Bold")
        flow.para(f"Decision protested: {_words(p)}.", indent=18)
        for _ in range(4):
            flow.para(_reason(p) + " The authorities cited above control, and nothing in the "
                      "record supports the port's position.", indent=18, keep=False)
    flow.para(f"{next(heads)} OTHER MATTERS", "Times-Bold")
    _common_tail(p, flow)
    flow.para("Respectfully submitted,", after=20)
    flow.lines([f"/s/ {p.signer}", p.signer, p.title, firm.name])
    return flow.pages


def _broker(p: Protest) -> list[list[Op]]:
    font = p.rng.choice(["Courier", "LiberationMono"])
    flow = Flow(font, 9.5, header=lambda n: [
        *(_stamp(p) if n == 1 else []),
        text(72, 760, f"PROTEST FILING - PORT {p.port[0]} - SHEET {n}", font, 8)],
        top=660 if p.received_printed else 720)
    labels = [("PROTESTANT", p.party.name),
              ("ADDRESS", ", ".join(p.party.address) if p.address_given else None),
              ("IOR NO.", p.party.importer_number if p.importer_given else None),
              ("PORT", f"{p.port[0]} {p.port[1].upper()}"),
              ("DESCRIPTION OF MERCHANDISE", p.goods),
              ("DECISION PROTESTED", _words(p).upper())]
    p.rng.shuffle(labels)
    for label, value in labels:
        if value is not None:
            flow.para(f"{label}: {value}", after=2)
    flow.gap(8)
    flow.para("ENTRIES COVERED:", bold(font))
    for e in p.entries:
        entered = _day(p, e.entry_date) if e.entry_date else "--"
        flow.para(f"{e.number}   DATE OF ENTRY {entered}   "
                  f"{'DECISION' if p.petition else 'LIQUIDATED'} {_day(p, e.liquidation)}",
                  after=1)
    flow.gap(8)
    if p.justification:
        flow.para("GROUNDS: " + _reason(p), keep=False)
    _common_tail(p, flow)
    if p.agent:
        flow.para(f"Filed for the protestant by its agent {p.agent.name}, importer no. "
                  f"{p.agent.importer_number}, under a power of attorney.")
    flow.lines([f"SIGNED: /s/ {p.signer}", f"NAME: {p.signer}", f"TITLE: {p.title}",
                f"DATE: {_day(p, p.written)}"])
    return flow.pages
