"""Three protest senders: a payables clerk disputing a duty bill, an office letter with a header
table and an entry list, and a broker's protest with facts and grounds side by side."""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from collections.abc import Callable

from bench.corpus_thirtyfourth import formats, pools
from bench.corpus_thirtyfourth.model import Cell, Doc
from bench.corpus_thirtyfourth.protest_cases import Protest

DECISION = {
    "classification": "the classification and rate of duty assessed at liquidation",
    "appraised_value": "the appraised value fixed at liquidation",
    "charges": "the merchandise processing fee charged on the entries",
}
GROUNDS = {
    "classification": "The goods were reclassified under {hts2} at a higher rate. They are "
    "properly "
    "classified under subheading {hts} as entered: their essential character and principal use fit "
    "the terms of that heading, and the General Rules of Interpretation 1 and 6 lead there.",
    "appraised_value": "CBP raised the value by adding assists and a buying commission. The buying "
    "agent acted for the importer alone, and no assist was supplied; the transaction value "
    "declared "
    "is correct under 19 U.S.C. 1401a(b).",
    "charges": "The merchandise processing fee was computed on a value that includes international "
    "freight, which 19 CFR 24.23(b) leaves out of the base; the excess must be refunded.",
}


def _date(p: Protest, style: str) -> Callable[..., str]:
    return lambda d: formats.date(d, style)


def stamp(doc: Doc, p: Protest, col: int) -> None:
    """A CBP receipt stamp with the protest number, when the copy was stamped."""
    if not p.stamped:
        return
    doc.line(Cell(col, "RECEIVED", True))
    doc.line(Cell(col, doc.mark(formats.stamp(p.received)), True))
    doc.line(Cell(col, f"CBP - PORT {p.port[0]}"))
    if p.protest_number:
        doc.line(Cell(col, "Protest No. " + doc.mark(p.protest_number)))
    doc.line()


def decision_words(p: Protest, when: Callable[..., str]) -> str:
    """What the protest is against."""
    if p.petition_decided is not None:
        return (
            f"the decision of {when(p.petition_decided)} on our petition for relief in the penalty "
            "case on these entries, which denied any mitigation"
        )
    return DECISION[p.category]


def closing_points(p: Protest, doc: Doc) -> list[str]:
    """The drawback declaration, further review, accelerated disposition and earlier protest."""
    points = []
    if p.drawback_declared:
        points.append("None of the entries listed is subject to a drawback claim.")
    if p.earlier is not None:
        points.append(
            "We ask for the same disposition as in Protest No. "
            f"{p.earlier[0]}, which is pending further review."
        )
    if p.further_review:
        points.append(
            "Further review is requested under 19 CFR 174.24(b): the question has not been "
            "ruled on by Headquarters."
        )
    else:
        points.append("We do not request further review at this time.")
    if p.accelerated:
        points.append(
            "Sent by certified mail; accelerated disposition is requested under 19 CFR 174.22."
        )
    return points


def apclerk(doc: Doc, p: Protest, rng: random.Random) -> None:
    """An accounts-payable clerk writes back about a bill for more duty."""
    when = _date(p, rng.choice(["us", "long", "short"]))
    cash = rng.choice(["dollar", "plain"])
    doc.text(doc.mark(p.name), bold=True, size=12)
    for row in p.address or []:
        doc.text(doc.mark(row))
    doc.text("Accounts Payable Department")
    doc.line()
    stamp(doc, p, 52)
    doc.text(when(p.received - dt.timedelta(days=rng.randrange(2, 6))))
    doc.line()
    doc.text("U.S. Customs and Border Protection")
    doc.text(f"Port of {p.port[1]} - Protest Section")
    doc.text(f"Port Code {doc.mark(p.port[0])}")
    doc.line()
    doc.text(f"RE:  Your Bill No. {p.bill} - we dispute this bill", bold=True)
    if p.ior:
        doc.text("     Our importer number: " + doc.mark(p.ior))
    doc.line()
    doc.text("To whom it may concern,")
    doc.line()
    doc.para(
        "Our office received a bill for additional duties on the entries listed below. We do "
        f"not agree with {decision_words(p, when)}, and this letter is our protest of it."
    )
    for e in p.entries:
        dated = f", entered {doc.mark(when(e.entry_date))}" if e.entry_date else ""
        liq = f", liquidated {doc.mark(when(e.liquidated))}" if e.liquidated else ""
        doc.text(
            f"  * Entry {doc.mark(e.number)}{dated}{liq} - billed {formats.money(e.amount, cash)}"
        )
    doc.line()
    if p.description:
        doc.text("Merchandise: " + doc.mark(p.description))
        doc.line()
    if p.justified:
        doc.para(
            "Why we disagree: "
            + GROUNDS.get(p.category, GROUNDS["classification"]).format(
                hts=p.hts, hts2=p.hts[:4] + ".99.0000"
            )
        )
    for point in closing_points(p, doc):
        doc.para(point)
    doc.para(
        "Please put the bill on hold until the protest is decided. Call me with any questions."
    )
    doc.text("Thank you,")
    doc.line()
    doc.text(doc.mark(p.signer))
    doc.text(f"Accounts Payable Specialist, {p.name}")


def entrylist(doc: Doc, p: Protest, rng: random.Random) -> None:
    """An office letter printed from Windows: a header table, then the entries as a ruled list."""
    when = _date(p, rng.choice(["long", "iso", "euro"]))
    cash = rng.choice(["dollar", "usd"])
    doc.text("PROTEST", bold=True, size=16)
    doc.text("19 U.S.C. 1514 / 19 CFR Part 174", size=9)
    stamp(doc, p, 56)
    doc.rule()
    doc.line(Cell(0, "Protestant", True), Cell(16, doc.mark(p.name)))
    for n, row in enumerate(p.address or ["(address on file)"]):
        doc.line(
            Cell(0, "Address", True) if n == 0 else Cell(0, ""),
            Cell(16, doc.mark(row) if p.address else row),
        )
    doc.line(
        Cell(0, "Importer No.", True),
        Cell(16, doc.mark(p.ior) if p.ior else "-"),
        Cell(50, "Port", True),
        Cell(60, doc.mark(p.port[0]) + " " + p.port[1]),
    )
    doc.line(
        Cell(0, "Contact", True),
        Cell(16, p.signer),
        Cell(50, "Entries", True),
        Cell(60, str(len(p.entries))),
    )
    doc.rule()
    doc.line()
    doc.para(f"The protestant objects to {decision_words(p, when)} on each entry in this list:")
    doc.head(
        (0, "No."),
        (5, "Entry Number"),
        (22, "Port"),
        (29, "Date of Entry"),
        (48, "Liquidation"),
        (67, "Duty Difference"),
    )
    for n, e in enumerate(p.entries, start=1):
        doc.line(
            Cell(0, f"{n}."),
            Cell(5, doc.mark(e.number)),
            Cell(22, e.port),
            Cell(29, doc.mark(when(e.entry_date)) if e.entry_date else ""),
            Cell(48, doc.mark(when(e.liquidated)) if e.liquidated else ""),
            Cell(67, formats.money(e.amount, cash)),
        )
    doc.rule()
    doc.line()
    if p.description:
        doc.text("Description of merchandise: " + doc.mark(p.description))
        doc.line()
    if p.justified:
        doc.text("Grounds", bold=True)
        doc.para(
            GROUNDS.get(p.category, GROUNDS["classification"]).format(
                hts=p.hts, hts2=p.hts[:4] + ".90.0000"
            )
        )
    for point in closing_points(p, doc):
        doc.text("- " + point)
    doc.line()
    doc.text("Sincerely,")
    doc.line()
    doc.text("_" * 30)
    doc.text(doc.mark(p.signer))
    doc.text(rng.choice(["Import Compliance Manager", "Director of Logistics", "Controller"]))


def twocol(doc: Doc, p: Protest, rng: random.Random) -> None:
    """A broker's protest: particulars across the page, then facts left and legal grounds right."""
    when = _date(p, rng.choice(["short", "us", "ordinal"]))
    broker, title = rng.choice(pools.BROKERS)
    doc.text(broker.upper(), bold=True, size=13)
    doc.text(f"Customs Brokerage - License No. {rng.randrange(10000, 39999)}   Port of {p.port[1]}")
    doc.rule()
    stamp(doc, p, 56)
    doc.text(f"{when(p.received - dt.timedelta(days=1))}")
    doc.line()
    doc.text(f"Port Director, U.S. Customs and Border Protection, Port {doc.mark(p.port[0])}")
    doc.line()
    doc.text(f"Protest on behalf of {doc.mark(p.name)}", bold=True)
    if p.address:
        doc.mark(*p.address)
        doc.text("Protestant address: " + ", ".join(p.address))
    if p.ior:
        doc.text("Importer of record number: " + doc.mark(p.ior))
    if p.description:
        doc.text("Merchandise: " + doc.mark(p.description))
    doc.line()
    for e in p.entries:
        parts = [f"Entry {doc.mark(e.number)}"]
        if e.entry_date:
            parts.append("entry date " + doc.mark(when(e.entry_date)))
        if e.liquidated:
            parts.append("liquidated " + doc.mark(when(e.liquidated)))
        doc.text("  " + "; ".join(parts))
    doc.line()
    facts = (
        f"Our client imported the merchandise through the port of {p.port[1]}. CBP liquidated "
        f"the entries and we object to {decision_words(p, when)}. The client asked us to file "
        "this protest under our power of attorney, which is on file with the port."
    )
    grounds = (
        GROUNDS.get(p.category, GROUNDS["classification"]).format(
            hts=p.hts, hts2=p.hts[:4] + ".80.0000"
        )
        if p.justified
        else "The protestant reserves its arguments."
    )
    left = textwrap.wrap(facts, 40)
    right = textwrap.wrap(grounds, 40)
    doc.line(Cell(0, "FACTS", True), Cell(45, "LEGAL GROUNDS", True))
    for n in range(max(len(left), len(right))):
        doc.line(
            Cell(0, left[n] if n < len(left) else ""), Cell(45, right[n] if n < len(right) else "")
        )
    doc.line()
    for point in closing_points(p, doc):
        doc.para(point)
    doc.text("Respectfully submitted,")
    doc.line()
    doc.text("/s/ " + doc.mark(p.signer))
    doc.text(f"{title}, {broker}, as agent for the protestant")


STYLES = {"apclerk": apclerk, "entrylist": entrylist, "twocol": twocol}
