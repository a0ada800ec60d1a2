"""Six ways a protest reaches the port: each turns ProtestFacts into a Document."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from bench.corpus_eleventh import people
from bench.corpus_eleventh.doc import (
    Block,
    Boxes,
    Checks,
    Document,
    Lines,
    PageBreak,
    Para,
    Table,
    Title,
    show_date,
)
from bench.corpus_eleventh.protests import ProtestFacts

DECISION = {
    "classification": (
        "the classification and rate of duty",
        "the tariff classification under the HTSUS",
        "CBP's classification of the merchandise",
        "classification (HTSUS heading and rate)",
        "the rate and amount of duty assessed on reclassification",
    ),
    "appraised_value": (
        "the appraised value",
        "the appraisement of the merchandise",
        "CBP's valuation of the goods",
        "the value found on liquidation (appraisement)",
        "appraised value under 19 U.S.C. 1401a",
    ),
    "charges": (
        "the merchandise processing fee assessed at liquidation",
        "charges and exactions (MPF) assessed in the liquidation",
        "the increase in the merchandise processing fee on liquidation",
        "a charge or exaction: the MPF as liquidated",
        "the processing charges assessed upon liquidation",
    ),
}
PETITION = (
    "the decision on our petition for relief from a penalty under 19 CFR Part 171",
    "CBP's denial of our petition for mitigation of the penalty (19 CFR 171)",
    "the decision on the supplemental petition in the penalty case (19 CFR 171.22)",
)
OBJECTION_HEADS = (
    "Grounds for the protest",
    "Statement of objection",
    "Why the decision is wrong",
    "Basis of claim",
    "Reasons and argument",
    "Nature of and justification for objection",
)
ARGUMENT = {
    "classification": "The goods are properly classified under the heading for articles of "
    "their essential "
    "character, not the residual provision CBP applied; the Explanatory Notes and "
    "ruling NY N301122 on substantially similar goods support the lower rate.",
    "appraised_value": "The transaction value is the price actually paid by an unrelated "
    "buyer; the assists "
    "CBP added were supplied free of charge by the buyer and already included.",
    "charges": "The processing fee was computed on a value that included non-dutiable "
    "freight and was "
    "charged twice on the same entry summary; the excess must be refunded.",
}
DRAWBACK = (
    "None of the entries covered by this protest is subject to drawback.",
    "Drawback: the entries are not the subject of any drawback claim.",
    "Protestant declares that the merchandise is not subject to drawback.",
    "No drawback has been claimed or will be claimed on these entries.",
    "The entry is not subject to drawback (19 CFR 174.13(a)(9)).",
)
FURTHER = (
    "Protestant requests further review of this protest under 19 CFR 174.24(b).",
    "We ask that this protest be treated as an application for further review (174.24(a)).",
    "Application for further review: requested; the decision raises a question not "
    "previously ruled on.",
    "Please forward this protest to Headquarters for further review.",
    "Further review under 19 U.S.C. 1515(a) is requested.",
)
NO_FURTHER = (
    "Further review is not requested.",
    "No application for further review is made.",
    "Protestant does not ask for further review.",
    "",
    "",
)
ACCEL = (
    "Accelerated disposition under 19 U.S.C. 1515(b) is requested; this protest is sent by "
    "certified mail.",
    "We request accelerated disposition (19 CFR 174.22). Sent by registered mail, return "
    "receipt requested.",
    "Protestant asks for accelerated disposition of this protest; mailed certified, article "
    "7019 0140.",
    "Request for accelerated disposition: YES (certified mail).",
    "Kindly treat this as a request for accelerated disposition; it goes by certified mail.",
)
DESC_LABELS = (
    "Merchandise:",
    "Description of merchandise:",
    "Goods:",
    "Commodity:",
    "Merchandise description:",
)


def _decision(facts: ProtestFacts, rng: random.Random) -> str:
    return rng.choice(PETITION) if facts.category is None else rng.choice(DECISION[facts.category])


def _argument(facts: ProtestFacts) -> str:
    if not facts.justified:
        return ""
    if facts.category is None:
        return (
            "The penalty was mitigated too little: the violation was a clerical error, and the "
            "petition showed an unblemished compliance record."
        )
    return ARGUMENT[facts.category]


def _tail(facts: ProtestFacts, rng: random.Random) -> list[Block]:
    blocks: list[Block] = []
    if facts.earlier:
        number, when = facts.earlier
        text = f"Protestant asks for the same disposition as Protest No. {number}"
        text += (
            f", received {show_date(when, rng.choice(('us', 'long')))}."
            if when
            else ", on which further review is pending."
        )
        blocks.append(Para(text))
    if facts.drawback_declared:
        blocks.append(Para(rng.choice(DRAWBACK)))
    further = rng.choice(FURTHER) if facts.further_review else rng.choice(NO_FURTHER)
    if further:
        blocks.append(Para(further))
    if facts.accelerated:
        blocks.append(Para(rng.choice(ACCEL)))
    return blocks


def _liquidation_words(facts: ProtestFacts, liquidated: date) -> str:
    """A liquidation still to come is announced on the courtesy notice, not yet made."""
    return (
        "liquidation scheduled (courtesy notice) for"
        if liquidated > facts.received
        else "liquidated"
    )


def _desc(facts: ProtestFacts, rng: random.Random) -> list[Block]:
    return [Para(f"{rng.choice(DESC_LABELS)} {facts.description}")] if facts.description else []


def _party(facts: ProtestFacts) -> tuple[str, ...]:
    return (facts.name, *(facts.address or ()))


def form(facts: ProtestFacts, rng: random.Random, ds: str) -> Document:
    """A Form 19 look-alike drawn with boxes; its checkboxes are glyphs or framed marks."""
    doc = Document(font=rng.choice(("sans", "serif")), drawn=True)
    received = show_date(facts.received, ds) if facts.printed_received else ""
    doc.add(
        Title("PROTEST (19 U.S.C. 1514; 19 CFR Part 174)"),
        Para("Prepared with BrokerDesk 7.2 - form layout after CBP Form 19"),
        Boxes(
            (
                ("1. Protest No. (CBP use)", facts.protest_number or ""),
                ("2. Date received (CBP use)", received),
                ("3. Port code", facts.port[0]),
            )
        ),
        Boxes((("4. Importer No. (IOR)", facts.ior or ""), ("6. Protesting party", facts.name))),
        Boxes((("6a. Street and city", ", ".join(facts.address) if facts.address else ""),)),
    )
    rows = tuple(
        (
            e.number[:3],
            e.number[4:11],
            e.number[-1],
            e.number,
            show_date(e.entered, ds) if e.entered else "",
            show_date(e.liquidated, ds) if e.liquidated else "",
        )
        for e in facts.entries
    )
    doc.add(
        Para("5. ENTRIES PROTESTED", bold=True),
        Table(
            (
                "Filer",
                "Entry No.",
                "CD",
                "Full entry number",
                "Date of entry",
                "Date of liquidation",
            ),
            rows,
        ),
        Checks(
            "7. Accelerated disposition requested?",
            (("Yes", facts.accelerated), ("No", not facts.accelerated)),
        ),
    )
    if facts.drawback_declared:
        doc.add(Checks("Is any entry subject to drawback?", (("Yes", False), ("No", True))))
    doc.add(
        Para("SECTION II - OBJECTION", bold=True),
        Boxes((("Decision protested", _decision(facts, rng)),)),
    )
    if facts.description:
        doc.add(Boxes((("Description of merchandise", facts.description),)))
    if facts.justified:
        doc.add(Para(f"{rng.choice(OBJECTION_HEADS)}: {_argument(facts)}"))
    if facts.earlier:
        number, when = facts.earlier
        doc.add(
            Para("SECTION III - SAME DISPOSITION AS EARLIER PROTEST", bold=True),
            Boxes(
                (("Protest number", number), ("Date received", show_date(when, ds) if when else ""))
            ),
        )
    doc.add(
        Para("SECTION IV - FURTHER REVIEW", bold=True),
        Checks(
            "Application for further review",
            (("Requested", facts.further_review), ("Not requested", not facts.further_review)),
        ),
        Boxes(
            (
                ("Signature", "/s/ " + facts.signer),
                ("Name", facts.signer),
                ("Title", "Customs Manager"),
            )
        ),
    )
    return doc


def liquidation_first_letter(facts: ProtestFacts, rng: random.Random, ds: str) -> Document:
    """An importer's own letter whose entries table puts the liquidation date before the entry
    number."""
    doc = Document(font="serif")
    doc.add(
        Lines(_party(facts)),
        Para(show_date(facts.received, "long")),
        Lines(
            (
                "Port Director",
                "U.S. Customs and Border Protection",
                f"Port of {facts.port[1]} (Port Code {facts.port[0]})",
            )
        ),
        Para(
            f"Re: Protest of {_decision(facts, rng)}" + (f"; IOR {facts.ior}" if facts.ior else ""),
            bold=True,
        ),
        Para("Dear Port Director:"),
        Para(f"{facts.name} protests {_decision(facts, rng)} on the entries listed below."),
    )
    rows = tuple(
        (
            show_date(e.liquidated, ds) if e.liquidated else "not shown",
            e.number,
            show_date(e.entered, ds) if e.entered else "",
        )
        for e in facts.entries
    )
    doc.add(Table(("Liquidated", "Entry", "Entered"), rows, ruled=rng.random() < 0.5))
    doc.add(*_desc(facts, rng))
    if facts.justified:
        doc.add(Para(rng.choice(OBJECTION_HEADS), bold=True), Para(_argument(facts)))
    doc.add(
        *_tail(facts, rng),
        Para("Sincerely,"),
        Lines((facts.signer, f"Director of Logistics, {facts.name}")),
    )
    return doc


def efile(facts: ProtestFacts, rng: random.Random, ds: str) -> Document:
    """An ACE e-filing confirmation page, then the protest as filed."""
    doc = Document(font="sans")
    doc.add(
        Title("ACE Protest Module - Filing Confirmation"),
        Boxes(
            (
                ("Protest number", facts.protest_number or ""),
                ("Date received by CBP", show_date(facts.received, ds)),
                ("Port", facts.port[0]),
            )
        ),
        Para("Status: FILED. Keep this confirmation for your records. Attachments follow."),
        PageBreak(),
        Title("Protest - Attachment A"),
        Para(f"Protesting party: {facts.name}"),
    )
    if facts.address:
        doc.add(Para("Address: " + ", ".join(facts.address)))
    if facts.ior:
        doc.add(Para(f"Importer of record number: {facts.ior}"))
    for e in facts.entries:
        parts = [f"Entry {e.number}"]
        if e.entered:
            parts.append(f"date of entry {show_date(e.entered, ds)}")
        if e.liquidated:
            parts.append(f"{_liquidation_words(facts, e.liquidated)} {show_date(e.liquidated, ds)}")
        doc.add(Para("; ".join(parts) + "."))
    doc.add(Para(f"Decision protested: {_decision(facts, rng)}"), *_desc(facts, rng))
    if facts.justified:
        doc.add(Para(f"{rng.choice(OBJECTION_HEADS)}. {_argument(facts)}"))
    doc.add(*_tail(facts, rng), Para(f"Filed by: {facts.signer}"))
    return doc


def fax(facts: ProtestFacts, rng: random.Random, ds: str) -> Document:
    """A fax cover sheet first, then counsel's letter with the entries in a sentence."""
    firm, firm_address = rng.choice(people.FIRMS)
    doc = Document(font=rng.choice(("serif", "mono")))
    doc.add(
        Title("FACSIMILE TRANSMITTAL"),
        Table(
            ("To", "From"), ((f"Protest Unit, Port of {facts.port[1]}", f"Paralegal desk, {firm}"),)
        ),
        Para(
            "Pages (including cover): 3. Original follows by mail. CONFIDENTIALITY NOTICE: "
            "this fax may "
            "contain privileged material."
        ),
        PageBreak(),
        Lines((firm, *firm_address)),
        Para(show_date(facts.received, "abbr")),
        Lines((f"Port Director, Port {facts.port[0]}", facts.port[1])),
    )
    entries = []
    for e in facts.entries:
        text = f"Entry No. {e.number}"
        if e.entered:
            text += f", entered {show_date(e.entered, ds)}"
        if e.liquidated:
            text += f", {_liquidation_words(facts, e.liquidated)} {show_date(e.liquidated, ds)}"
        entries.append(text)
    who = f"our client, {facts.name}" + (
        f", of {', '.join(facts.address)}" if facts.address else ""
    )
    ior = f" (IOR No. {facts.ior})" if facts.ior else ""
    doc.add(
        Para(
            f'On behalf of {who}{ior} ("Protestant"), we protest {_decision(facts, rng)} '
            f"on {'; '.join(entries)}."
        ),
        *_desc(facts, rng),
    )
    if facts.justified:
        doc.add(Para(rng.choice(OBJECTION_HEADS).upper(), bold=True), Para(_argument(facts)))
    doc.add(
        *_tail(facts, rng),
        Para("Respectfully submitted,"),
        Lines((facts.signer, firm, f"Counsel for {facts.name}")),
    )
    return doc


def statements(facts: ProtestFacts, rng: random.Random, ds: str) -> Document:
    """A broker's submission that quotes each 174.13(a) statement and answers it."""
    broker, address = rng.choice(people.BROKERS)
    doc = Document(font="mono")
    doc.add(
        Lines((broker, *address)),
        Para(f"To: CBP, Port of {facts.port[1]} - port code {facts.port[0]}"),
        Title("PROTEST - RESPONSES TO 19 CFR 174.13(a)"),
    )
    doc.add(
        Para("(1) Name and address of the protestant: " + ", ".join(_party(facts))),
        Para("(2) Importer number of the protestant: " + (facts.ior or "")),
    )
    rows = tuple(
        (
            e.number,
            show_date(e.entered, ds) if e.entered else "-",
            show_date(e.liquidated, ds) if e.liquidated else "-",
        )
        for e in facts.entries
    )
    doc.add(
        Para("(3)-(4) Entries, entry dates and liquidation dates:"),
        Table(("Entry number", "Entry date", "Liquidation date"), rows, ruled=False),
    )
    if facts.description:
        doc.add(Para(f"(5) Merchandise: {facts.description}"))
    doc.add(
        Para(
            f"(6) Decision protested: {_decision(facts, rng)}. "
            + (_argument(facts) if facts.justified else "")
        )
    )
    doc.add(
        *_tail(facts, rng),
        Para(f"Signed under power of attorney for {facts.name}:"),
        Lines((f"/s/ {facts.signer}", f"{facts.signer}, Licensed Customs Broker")),
        # 174.13(a)(1)-(2) also ask for the signing agent's address and, with a power of attorney,
        # its importer number: the letterhead gives the one, this line the other.
        Para(f"{broker} importer number {people.ein(rng)}"),
    )
    return doc


def landscape(facts: ProtestFacts, rng: random.Random, ds: str) -> Document:
    """A landscape summary sheet with key/value rows and a wide entries grid."""
    doc = Document(font="sans", landscape=True)
    pairs: list[tuple[str, str]] = [("Protestant", facts.name)]
    if facts.address:
        pairs.append(("Mailing address", ", ".join(facts.address)))
    if facts.ior:
        pairs.append(("IOR number", facts.ior))
    pairs += [
        ("Port of entry", f"{facts.port[1]} ({facts.port[0]})"),
        ("Decision protested", _decision(facts, rng)),
    ]
    if facts.description:
        pairs.append(("Merchandise", facts.description))
    doc.add(Title("Protest Summary Sheet"), Table(("Item", "Detail"), tuple(pairs)))
    rows = tuple(
        (
            str(i + 1),
            show_date(e.entered, ds) if e.entered else "",
            e.number,
            show_date(e.liquidated, ds) if e.liquidated else "",
        )
        for i, e in enumerate(facts.entries)
    )
    doc.add(Table(("Line", "Entry date", "Entry number", "Liquidation"), rows))
    if facts.justified:
        doc.add(Para(rng.choice(OBJECTION_HEADS), bold=True), Para(_argument(facts)))
    doc.add(
        *_tail(facts, rng),
        Lines(("Submitted by", facts.signer, f"Compliance Manager, {facts.name}")),
    )
    return doc


STYLES: dict[str, Callable[[ProtestFacts, random.Random, str], Document]] = {
    "form": form,
    "liqfirst": liquidation_first_letter,
    "efile": efile,
    "fax": fax,
    "statements": statements,
    "landscape": landscape,
}
PRINTS_RECEIPT = {"form", "efile"}
