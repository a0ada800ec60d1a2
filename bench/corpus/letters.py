"""Counsel's protest letters: entries in a table or in the prose, with or without a stamp."""

from __future__ import annotations

import random

from bench.corpus import blocks as b
from bench.corpus.formats import DateStyle, pick_any, stamp_date
from bench.corpus.spec import CATEGORY_PHRASES, Spec

FIRMS = (
    ("Hollis & Marchetti LLP", "1200 K Street NW, Suite 800", "Washington, DC 20005"),
    ("Bayside Trade Law Group", "550 S Hope St, 19th Floor", "Los Angeles, CA 90071"),
    ("Carver, Dunn & Webb PC", "1 World Trade Center, Suite 4500", "New York, NY 10007"),
)
AFR_REASONS = {
    "a": "the decision is inconsistent with a CBP ruling on substantially similar merchandise",
    "b": "the decision raises a question of law not previously ruled upon",
    "c": "the protest presents facts not considered in an earlier ruling",
    "d": "Headquarters refused to consider the question as internal advice",
}


def letter(spec: Spec, rng: random.Random) -> b.Document:
    """A letter in the spec's layout: `letter_table` or `letter_text`."""
    fmt = pick_any(rng)
    firm, street, city = rng.choice(FIRMS)
    doc = b.Document("Protest", font=rng.choice(("sans", "serif")))
    doc.add(b.Heading(firm.upper(), 13, "center"), b.Para(f"{street} - {city}", 9, False, "center"))
    if spec.received_printed:
        lines = ["RECEIVED", stamp_date(spec.received), "U.S. CUSTOMS AND BORDER PROTECTION",
                 f"PORT OF {spec.port_name.upper()}"]
        if spec.protest_number:
            lines.append(f"PROTEST NO. {spec.protest_number}")
        doc.add(b.Stamp(tuple(lines)))
    doc.add(
        b.Para(fmt(spec.letter_date)),
        b.Para("VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED", 9, True),
        b.Para("Port Director"), b.Para("U.S. Customs and Border Protection"),
        b.Para(f"Port of {spec.port_name} ({spec.port_code})"),
    )
    phrase = CATEGORY_PHRASES[spec.category]
    if spec.layout == "letter_table":
        _table_body(doc, spec, fmt, phrase)
    else:
        _prose_body(doc, spec, fmt, phrase)
    if spec.objection:
        doc.add(b.Para("GROUNDS FOR PROTEST", 10, True), b.Para(spec.objection))
    if spec.drawback is not None:
        doc.add(b.Para("The merchandise covered by this protest is subject to drawback."
                       if spec.drawback else
                       "The entries covered by this protest are not subject to drawback."))
    if spec.accelerated:
        doc.add(b.Para("Pursuant to 19 CFR 174.22, the protestant requests accelerated "
                       "disposition of this protest, which is sent by certified mail."))
    if spec.afr_criterion:
        doc.add(b.Para("The protestant also applies for further review under 19 CFR "
                       f"174.24({spec.afr_criterion}), because {AFR_REASONS[spec.afr_criterion]}."))
    doc.add(b.Spacer(), b.Para("Respectfully submitted,"), b.Para(f"/s/ {spec.signer}"),
            b.Para(spec.signer), b.Para(spec.signer_title), b.Para(firm))
    return doc


def _table_body(doc: b.Document, spec: Spec, fmt: DateStyle, phrase: str) -> None:
    doc.add(b.Para("Re: Protest under 19 U.S.C. 1514 and 19 CFR Part 174", 10, True),
            b.Para(f"Protestant: {spec.protestant_name}"),
            b.Para(f"Address: {spec.protestant_address}"))
    if spec.importer_number:
        doc.add(b.Para(f"Importer No.: {spec.importer_number}"))
    doc.add(b.Para(f"Decision protested: {phrase[0].upper() + phrase[1:]}"))
    if spec.description:
        doc.add(b.Para(f"Merchandise: {spec.description}"))
    doc.add(b.Para("Dear Port Director:"),
            b.Para("On behalf of the protestant named above we protest the decision described "
                   "above as it applies to the following entries:"))
    liquidation_first = spec.entries[0].entry_number < "M"  # vary the column order
    header = ["Entry Number", "Date of Entry", "Date of Liquidation"]
    rows = []
    for entry, liquidated in zip(spec.entries, spec.liquidation_shown, strict=True):
        cells = [entry.entry_number, fmt(entry.entry_date),
                 fmt(liquidated) if liquidated else "not liquidated"]
        if liquidation_first:
            cells[1], cells[2] = cells[2], cells[1]
        rows.append(tuple(cells))
    if liquidation_first:
        header[1], header[2] = header[2], header[1]
    doc.add(b.Grid(tuple(header), tuple(rows), (1.4, 1.2, 1.2), 10))


def _prose_body(doc: b.Document, spec: Spec, fmt: DateStyle, phrase: str) -> None:
    doc.add(b.Para(f"Re: Protest of {spec.protestant_name}", 10, True),
            b.Para("Dear Port Director:"))
    number = f" (importer number {spec.importer_number})" if spec.importer_number else ""
    goods = f" The merchandise consists of {spec.description}." if spec.description else ""
    doc.add(b.Para(
        f"On behalf of {spec.protestant_name}, whose address is {spec.protestant_address}"
        f"{number}, we hereby protest the {phrase} concerning the entries described below, "
        f"under 19 U.S.C. 1514 and 19 CFR Part 174.{goods}"))
    parts = []
    for entry, liquidated in zip(spec.entries, spec.liquidation_shown, strict=True):
        if liquidated is None:
            parts.append(f"Entry No. {entry.entry_number}, entered on {fmt(entry.entry_date)}, "
                         "which has not yet been liquidated")
        else:
            parts.append(f"Entry No. {entry.entry_number}, entered on {fmt(entry.entry_date)} "
                         f"and liquidated on {fmt(liquidated)}")
    intro = "The protest covers " if len(parts) == 1 else "The protest covers the following: "
    doc.add(b.Para(intro + "; ".join(parts) + "."))
