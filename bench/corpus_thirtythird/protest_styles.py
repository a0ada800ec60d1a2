"""Three senders' protests: a broker's cover with a continuation sheet, a sworn declaration,
a shipping clerk's note."""

from __future__ import annotations

import random

from bench.corpus_thirtythird import pools
from bench.corpus_thirtythird.model import Doc, fmt_date
from bench.corpus_thirtythird.protest_cases import Protest

DECISION = {
    "classification": "the classification of the merchandise and the rate of duty"
    " assessed at liquidation",
    "appraised_value": "the appraised value of the merchandise as determined at liquidation",
    "exclusion": "the exclusion of the merchandise from entry",
}
GROUNDS = {
    "classification": "The merchandise is properly classified in the provision claimed at entry. "
    "CBP "
    "reclassified it at liquidation without a laboratory report and without regard to the goods as "
    "imported; the essential character is imparted by the claimed component (GRI 3(b)).",
    "appraised_value": "The transaction value declared at entry is the price actually paid or "
    "payable. "
    "The seller and buyer are unrelated, and the assist CBP added at liquidation was never "
    "furnished "
    "by the importer (19 U.S.C. 1401a(b)).",
    "exclusion": "The goods meet the marking requirements of 19 U.S.C. 1304; each unit bears the "
    "country of origin on a permanent label, as the photographs on file show.",
}
PETITION = "the decision on our petition for relief in penalty case"
PORT_NAMES = dict(pools.PORTS)


def _habit(rng: random.Random) -> str:
    return rng.choice(["long", "us", "iso", "dmy", "abbr", "mil"])


def _drawback(rng: random.Random) -> str:
    return rng.choice(
        [
            "None of the entries listed is subject to drawback.",
            "The merchandise is not the subject of a drawback claim.",
            "Drawback: these entries are not subject to drawback.",
        ]
    )


def _decision_line(p: Protest, d: str) -> str:
    if p.petition:
        return f"{PETITION} issued {d}"
    return DECISION[p.category]


def _dates(p: Protest, habit: str) -> list[tuple[str, str, str]]:
    rows = []
    for e in p.entries:
        rows.append(
            (
                e.number,
                fmt_date(e.entry_date, habit) if e.entry_date else "",
                fmt_date(e.decision_date, habit) if e.decision_date else "",
            )
        )
    return rows


def _show_common(doc: Doc, p: Protest, habit: str) -> None:
    doc.show(p.name, p.importer, p.goods, p.signer, p.port[0])
    if p.address:
        doc.show(*p.address)
    for number, entered, liquidated in _dates(p, habit):
        doc.show(number, entered, liquidated)
    if p.stamp:
        doc.show(fmt_date(p.stamp, habit))


def _stamp(doc: Doc, p: Protest, habit: str) -> None:
    if p.stamp:
        doc.box(
            [
                f"RECEIVED {fmt_date(p.stamp, habit)}",
                f"CBP {PORT_NAMES[p.port[0]].upper()} PROTEST UNIT",
            ],
            font="b",
            size=9,
        )


def broker_cover(p: Protest, rng: random.Random) -> Doc:
    """A broker's pre-printed protest cover page, grounds on a continuation sheet."""
    doc, habit = Doc(), _habit(rng)
    broker, b_address, b_signer, license_no = rng.choice(pools.BROKERS)
    p.signer, p.title = b_signer, license_no
    doc.para(broker, "b", 14, "c", after=0)
    doc.para("  -  ".join(b_address), "r", 9, "c", after=10)
    doc.rule()
    doc.para("PROTEST TRANSMITTAL AND COVER SHEET", "b", 12, "c", after=10)
    _stamp(doc, p, habit)
    rows = [
        ["Port of entry:", f"{PORT_NAMES[p.port[0]]} ({p.port[0]})"],
        ["Protesting party:", p.name],
    ]
    if p.address:
        rows.append(["Address of protesting party:", ", ".join(p.address)])
    if p.importer:
        rows.append(["Importer number (IOR):", p.importer])
    rows += [
        ["Filed by:", f"{broker}, agent under power of attorney on file"],
        ["Agent importer no.:", f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"],
        ["Date of this cover:", fmt_date(p.written, habit)],
        [
            "Decision protested:",
            _decision_line(p, fmt_date(p.petition, habit) if p.petition else ""),
        ],
    ]
    if p.goods:
        rows.append(["Merchandise:", p.goods])
    rows.append(
        [
            "Further review (174.24):",
            "Requested - see continuation sheet" if p.further_review else "Not requested",
        ]
    )
    rows.append(
        [
            "Accelerated disposition:",
            "Requested; sent by certified mail" if p.accelerated else "Not requested",
        ]
    )
    doc.table([150, 318], rows, ruled="none", size=9.5)
    doc.para("Entries covered by this protest", "b", 10, after=4)
    header = [
        "Entry number",
        "Port",
        "Date of entry",
        "Date of liquidation" if p.category != "exclusion" else "Date of decision",
    ]
    doc.table(
        [130, 70, 130, 138],
        [header]
        + [[n, e.port, a, b] for (n, a, b), e in zip(_dates(p, habit), p.entries, strict=True)],
        ruled="all",
    )
    if p.earlier:
        doc.para(
            f"Same disposition is requested as in Protest No. {p.earlier[0]}, on which "
            "further review is pending.",
            "r",
            9.5,
        )
    doc.para("Grounds are set out on the continuation sheet attached (1 page).", "i", 9.5)
    doc.page()
    doc.para(
        f"CONTINUATION SHEET - GROUNDS    Protestant: {p.name}    Sheet 2 of 2", "b", 9, after=8
    )
    doc.rule()
    grounds = []
    if p.justified:
        grounds.append(
            GROUNDS.get(p.category, GROUNDS["classification"])
            if not p.petition
            else "The penalty was mitigated below the guideline range without explanation, and "
            "the petition decision should be reversed."
        )
    else:
        grounds.append(f"The protestant objects to {DECISION.get(p.category, 'the decision')}.")
    if p.drawback_said:
        grounds.append(_drawback(rng))
    if p.further_review:
        grounds.append(
            "Further review is requested under 19 CFR 174.24(b): the decision raises a "
            "question of law not previously ruled upon. No other application for further "
            "review and no court action concern the same claim."
        )
    for n, text in enumerate(grounds, start=1):
        doc.para(f"{n}.  {text}", "r", 10, indent=0)
    doc.gap(14)
    doc.lines(
        [f"/s/ {b_signer}", b_signer, license_no, f"{broker}, as agent for {p.name}"], size=10
    )
    _show_common(doc, p, habit)
    return doc


def declaration(p: Protest, rng: random.Random) -> Doc:
    """A sworn declaration in support of the protest, numbered statements, executed at a place."""
    doc, habit = Doc(), _habit(rng)
    city = p.address[-1].split(",")[0] if p.address else rng.choice(pools.CITIES)
    doc.para("U.S. CUSTOMS AND BORDER PROTECTION", "b", 11, "c", after=0)
    doc.para(f"Port of {PORT_NAMES[p.port[0]]}, Port Code {p.port[0]}", "r", 10, "c", after=12)
    doc.para(f"PROTEST OF {p.name.upper()}", "b", 11, "c", after=2)
    doc.para(f"DECLARATION OF {p.signer.upper()} IN SUPPORT OF PROTEST", "b", 11, "c", after=12)
    _stamp(doc, p, habit)
    doc.para(f"I, {p.signer}, declare as follows:", after=8)
    where = f", with offices at {', '.join(p.address)}" if p.address else ""
    ior = f" Its importer number is {p.importer}." if p.importer else ""
    paras = [
        f"I am {p.title} of {p.name}{where} (the protestant).{ior} I have personal knowledge "
        "of the facts stated here and make this declaration on its behalf."
    ]
    what = _decision_line(p, fmt_date(p.petition, habit) if p.petition else "")
    paras.append(f"The protestant protests {what}, as to the following entries:")
    for n, text in enumerate(paras, start=1):
        doc.para(f"{n}.  {text}", indent=0)
    for letter, (number, entered, liquidated) in zip("abcdef", _dates(p, habit), strict=False):
        when = f"entered {entered}" if entered else "date of entry to follow"
        if liquidated:
            verb = "decided" if p.category == "exclusion" else "liquidated"
            when += f", {verb} {liquidated}"
        doc.para(f"({letter})  Entry No. {number}, {when}.", indent=28, after=2)
    doc.gap(6)
    n = len(paras)
    if p.goods:
        n += 1
        doc.para(f"{n}.  The merchandise is described below.", after=2)
        doc.para(f"Description of merchandise: {p.goods}", indent=28)
    n += 1
    if p.justified:
        doc.para(
            f"{n}.  "
            + (
                GROUNDS.get(p.category, "")
                if not p.petition
                else "The petition decision disregarded the mitigating factors shown."
            )
        )
    else:
        doc.para(f"{n}.  The protestant disagrees with that decision and asks that it be reversed.")
    if p.earlier:
        n += 1
        doc.para(
            f"{n}.  The protestant asks for the same disposition as in its Protest No. "
            f"{p.earlier[0]}, now under further review."
        )
    if p.drawback_said:
        n += 1
        doc.para(f"{n}.  {_drawback(rng)}")
    n += 1
    doc.para(
        f"{n}.  "
        + (
            "The protestant applies for further review of this protest."
            if p.further_review
            else "Further review is not requested at this time."
        )
    )
    if p.accelerated:
        n += 1
        doc.para(
            f"{n}.  Accelerated disposition is requested under 19 CFR 174.22; this protest is "
            "sent by registered mail, return receipt requested."
        )
    doc.para(
        "I declare under penalty of perjury under the laws of the United States of America "
        "that the foregoing is true and correct.",
        after=8,
    )
    doc.para(f"Executed on {fmt_date(p.written, habit)}, at {city}.", after=22)
    doc.lines(["______________________________", p.signer, p.title, p.name])
    _show_common(doc, p, habit)
    return doc


def clerk_note(p: Protest, rng: random.Random) -> Doc:
    """A shipping clerk's short typed note with the entries in a typed table."""
    doc, habit = Doc(), _habit(rng)
    p.title = "Shipping & Receiving"
    doc.lines(
        [
            f"TO:    Protest Unit, CBP Port of {PORT_NAMES[p.port[0]]} ({p.port[0]})",
            f"FROM:  {p.signer}, Shipping & Receiving, {p.name}",
            f"DATE:  {fmt_date(p.written, habit)}",
            "RE:    PROTEST - "
            + ("penalty petition decision" if p.petition else p.category.replace("_", " ").upper()),
        ],
        font="m",
    )
    doc.rule()
    _stamp(doc, p, habit)
    what = _decision_line(p, fmt_date(p.petition, habit) if p.petition else "")
    doc.para(
        f"Hi - our company is protesting {what} on the entries below. Our customs broker "
        "is out this week so I am sending this myself, signed by me as authorized by our "
        "president.",
        "m",
        9.5,
    )
    rows = [["ENTRY NO.", "PORT", "ENTERED", "LIQ/DECISION"]]
    rows += [
        [n, e.port, a or "(n/a)", b or "(n/a)"]
        for (n, a, b), e in zip(_dates(p, habit), p.entries, strict=True)
    ]
    doc.table([130, 60, 120, 120], rows, ruled="none", font="m", size=9.5)
    if p.goods:
        doc.para(f"Goods: {p.goods}", "m", 9.5)
    if p.justified:
        doc.para(
            "Why: "
            + (
                GROUNDS.get(p.category, "")
                if not p.petition
                else "we think the petition decision was wrong on the facts."
            ),
            "m",
            9.5,
        )
    else:
        doc.para("Why: we do not agree with the decision.", "m", 9.5)
    if p.earlier:
        doc.para(
            f"Same as our earlier Protest No. {p.earlier[0]} (under further review).", "m", 9.5
        )
    if p.drawback_said:
        doc.para(_drawback(rng), "m", 9.5)
    doc.para(
        "Please send it for further review." if p.further_review else "No further review needed.",
        "m",
        9.5,
    )
    if p.accelerated:
        doc.para("We want accelerated disposition - this copy goes certified mail.", "m", 9.5)
    doc.gap(10)
    block = [f"/s/ {p.signer}", p.name]
    block += p.address or []
    block += [f"IOR # {p.importer}"] if p.importer else []
    doc.lines(block, font="m", size=9.5)
    _show_common(doc, p, habit)
    return doc


STYLES = {
    "cover": (broker_cover, "helv", "sans"),
    "declaration": (declaration, "times", "cm"),
    "note": (clerk_note, "courier", "tt"),
}
