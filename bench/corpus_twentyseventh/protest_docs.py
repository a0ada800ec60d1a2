"""Three protest styles: a broker's protest and petition with Schedule A, a law firm's statement
of protest in counts, and a typewritten protest memo (mandoc)."""

from __future__ import annotations

import datetime as dt
import random

from . import fmt
from .doc import Doc
from .people import ATTORNEYS, BROKERS
from .protest_cases import Protest

IOR_LABELS = [
    "Importer No.:",
    "IOR Number:",
    "Importer of Record No.:",
    "CBP Importer ID:",
    "IRS/EIN (IOR):",
]
DESC_LABELS = [
    "Merchandise:",
    "Description of merchandise:",
    "Goods protested:",
    "Merchandise description:",
    "Commodity:",
]
DRAWBACK = [
    "The merchandise is not subject to drawback.",
    "No drawback claim has been or will be filed on the entries listed.",
    "Protestant declares that none of these entries is the subject of a drawback claim.",
    "Drawback: the entries are not subject to drawback.",
    "We state that no entry covered by this protest is subject to drawback.",
]
REVIEW_YES = [
    "Further review under 19 CFR 174.24 is requested: the decision conflicts with rulings on "
    "substantially similar merchandise.",
    "Protestant petitions for further review (19 CFR 174.23-174.26); the question of law has not "
    "been ruled on by Headquarters.",
    "Application for further review is made; the decision is inconsistent with ruling NY N312207.",
    "Please refer this protest for further review under 19 CFR 174.24(b).",
    "Protestant requests further review because the matter presents facts not previously "
    "considered.",
]
REVIEW_NO = [
    "Further review is not requested.",
    "No application for further review is made.",
    "Protestant does not seek further review at this time.",
    "Protestant does not apply for further review.",
    "No further review is sought.",
]
ACCEL_YES = [
    "Accelerated disposition is requested under 19 CFR 174.22; this protest is sent by certified "
    "mail.",
    "Protestant requests accelerated disposition (19 CFR 174.22), by registered mail, return "
    "receipt.",
]


def _grounds(p: Protest, rng: random.Random, ds: str) -> list[str]:
    if p.case == "invalid":
        return [
            "Protestant protests the decision of the Fines, Penalties and Forfeitures Officer "
            "dated "
            f"{fmt.date(p.entries[0].liquidated + dt.timedelta(days=30), ds)} on its petition for "
            "relief "
            "(19 CFR 171.22) in penalty case "
            f"{p.port[0]}-{p.received.year}-{rng.randrange(100000, 999999)}-01, "
            "which mitigated the penalty to an amount Protestant considers excessive."
        ]
    if p.case == "no-justif":
        return [
            "Protestant objects to the classification of the merchandise at liquidation."
            if p.category == "classification"
            else "Protestant objects to the appraised value of the merchandise."
        ]
    if p.category == "classification":
        text = [
            f"CBP liquidated the merchandise under a subheading other than {p.hts}, HTSUS, at a "
            "higher rate.",
            f"The merchandise is properly classified under subheading {p.hts}, HTSUS, by GRI 1 "
            "and the terms "
            "of the heading; the Explanatory Notes to the heading confirm that articles of this "
            "kind are "
            "covered, and CBP has so ruled on identical goods.",
        ]
    else:
        text = [
            "CBP appraised the merchandise at transaction value including buying commissions paid "
            "to "
            "Protestant's own buying agent.",
            "A bona fide buying commission is not part of the price actually paid or payable (19 "
            "U.S.C. "
            "1401a(b)(1)); the agency agreement and commission invoices are enclosed.",
        ]
    if p.case == "earlier-no-date":
        text.append(
            "Protestant asks for the same disposition as Protest No. "
            f"{p.port[0]}-{p.received.year - 2000 - 1}-"
            f"{rng.randrange(100000, 999999)}, which is pending further review."
        )
    return text


def _statements(p: Protest, rng: random.Random) -> str:
    """The drawback declaration, the further-review line and any accelerated-disposition request."""
    drawback = rng.choice(DRAWBACK)
    review = rng.choice(REVIEW_YES if p.review else REVIEW_NO)
    accel = rng.choice(ACCEL_YES) if p.accelerated else ""
    return " ".join(t for t in [drawback, review, accel] if t)


def _entries_table(p: Protest, ds: str, rng: random.Random) -> tuple[list[str], list[list[str]]]:
    heads = rng.choice(
        [
            ["Line", "Entry No.", "Date of Entry", "Date of Liquidation"],
            ["Item", "Entry Number", "Entered", "Liquidated"],
            ["No.", "Entry #", "Entry Date", "Liquidation Date"],
        ]
    )
    rows = [
        [str(i + 1), e.number, fmt.date(e.entered, ds), fmt.date(e.liquidated, ds)]
        for i, e in enumerate(p.entries)
    ]
    if p.case == "no-entry-date":
        heads = heads[:2] + heads[3:]
        rows = [r[:2] + r[3:] for r in rows]
    return heads, rows


def _shows(doc: Doc, p: Protest, ds: str, signer: str) -> None:
    doc.truth["signer_name"] = signer
    doc.shows(
        p.name,
        p.port[0],
        signer,
        *[e.number for e in p.entries],
        *[fmt.date(e.liquidated, ds) for e in p.entries],
    )
    if p.case != "no-entry-date":
        doc.shows(*[fmt.date(e.entered, ds) for e in p.entries])
    if p.case != "no-ior":
        doc.shows(p.ior)
    if p.case != "no-desc":
        doc.shows(p.goods)
    if p.case != "no-address":
        doc.shows(*p.address)
    if p.number:
        doc.shows(p.number)


def _stamp(doc: Doc, p: Protest, rng: random.Random) -> None:
    ds = rng.choice(["slash", "abbr", "long"])
    doc.add(
        "stamp", f"RECEIVED\nCBP - PORT OF {p.port[1].upper()}\n{fmt.date(p.received, ds).upper()}"
    )
    doc.shows(fmt.date(p.received, ds).upper())


def petition(p: Protest, rng: random.Random) -> Doc:
    """A broker's "protest and petition" under the importer's power of attorney; Schedule A."""
    broker, signer, licence = rng.choice(BROKERS)
    ds = fmt.pick_date_style(rng)
    title = "PROTEST AND PETITION FOR FURTHER REVIEW" if p.review else "PROTEST AND PETITION"
    doc = Doc(
        "protest",
        p.case,
        "petition",
        f"Protest No. {p.number}" if p.number else f"{p.name} - Protest",
    )
    doc.add("title", title)
    if rng.random() < 0.5:
        _stamp(doc, p, rng)
    doc.add(
        "kv",
        [
            (
                "To:",
                f"Port Director, U.S. Customs and Border Protection, Port of {p.port[1]} (Port "
                f"Code {p.port[0]})",
            ),
            ("Protest No.:", p.number or "(to be assigned by CBP)"),
            (
                "Filed by:",
                f"{broker}, {licence}, as agent for the protestant under a customs power of "
                f"attorney (CBP Form 5291) on file at the port",
            ),
        ],
    )
    party = [("Protestant:", p.name)]
    if p.case != "no-address":
        party.append(("Address:", ", ".join(p.address)))
    if p.case != "no-ior":
        party.append((rng.choice(IOR_LABELS), p.ior))
    doc.add("kv", party)
    doc.add(
        "para",
        "The protestant, through its broker, protests the decision of CBP described below"
        + (" and petitions for further review." if p.review else ".")
        + " The entries covered are listed in Schedule A.",
    )
    if p.case != "no-desc":
        doc.add("kv", [(rng.choice(DESC_LABELS), p.goods)])
    if rng.random() < 0.5:
        doc.add("break")
    doc.add("head", "Schedule A - Entries")
    heads, rows = _entries_table(p, ds, rng)
    doc.add("table", heads, rows)
    doc.add(
        "head",
        rng.choice(
            [
                "Decision Protested and Grounds",
                "Nature of and Justification for the Objection",
                "Grounds for Protest",
            ]
        ),
    )
    for text in _grounds(p, rng, ds):
        doc.add("para", text)
    doc.add("para", _statements(p, rng))
    doc.add(
        "sign",
        [
            f"Dated: {fmt.date(p.received - dt.timedelta(days=rng.randrange(1, 4)), 'long')}",
            f"/s/ {signer}",
            signer,
            f"{broker}, {licence}",
            f"Agent for {p.name}",
        ],
    )
    _shows(doc, p, ds, signer)
    return doc


def counts(p: Protest, rng: random.Random) -> Doc:
    """A law firm's statement of protest, the objections set out as numbered counts."""
    signer = rng.choice(ATTORNEYS)
    ds = fmt.pick_date_style(rng)
    doc = Doc("protest", p.case, "counts", f"Statement of Protest - {p.name}")
    doc.add(
        "lines",
        [
            f"{signer.split()[-1].upper()} & HALVORSEN LLP",
            "Customs and International Trade Counsel",
            "1 Liberty Plaza, 31st Floor, New York, NY 10006",
        ],
    )
    doc.add(
        "lines",
        [
            fmt.date(p.received - dt.timedelta(days=rng.randrange(1, 6)), "long"),
            "",
            "U.S. Customs and Border Protection",
            f"Port of {p.port[1]}, Port Code {p.port[0]}",
            "Attention: Protest Section",
        ],
    )
    if p.number:
        doc.add("lines", [f"Protest Number {p.number}"])
    if rng.random() < 0.4:
        _stamp(doc, p, rng)
    doc.add("title", "STATEMENT OF PROTEST (19 U.S.C. 1514)")
    who = f'{p.name} ("Protestant")'
    if p.case != "no-address":
        who += f", whose address is {', '.join(p.address)}"
    if p.case != "no-ior":
        who += f", importer number {p.ior}"
    what = (
        "the decision described in Count I, which concerns"
        if p.case == "invalid"
        else "the liquidation of"
    )
    doc.add("para", f"{who}, protests {what} the entries below.")
    for i, e in enumerate(p.entries):
        when = "" if p.case == "no-entry-date" else f"entered on {fmt.date(e.entered, ds)}, "
        doc.add(
            "para",
            f"Entry No. {e.number}, {when}liquidated on {fmt.date(e.liquidated, ds)}"
            f"{';' if i < len(p.entries) - 1 else '.'}",
        )
    if p.case != "no-desc":
        doc.add("para", f"{rng.choice(DESC_LABELS)} {p.goods}")
    grounds = _grounds(p, rng, ds)
    if len(grounds) > 1 and rng.random() < 0.5:
        doc.add("break")
    for n, text in enumerate(grounds, start=1):
        doc.add("head", f"Count {['I', 'II', 'III'][n - 1]}")
        doc.add("para", text)
    doc.add("head", "Other Statements")
    doc.add("para", rng.choice(DRAWBACK))
    doc.add(
        "para",
        rng.choice(REVIEW_YES) if p.review else rng.choice(REVIEW_NO),
    )
    if p.accelerated:
        doc.add("para", rng.choice(ACCEL_YES))
    doc.add("sign", ["Respectfully submitted,", "", signer, f"Counsel for {p.name}"])
    _shows(doc, p, ds, signer)
    return doc


def memo(p: Protest, rng: random.Random) -> Doc:
    """A typewritten protest memo: .SH headings, entries as tagged paragraphs."""
    broker, signer, licence = rng.choice(BROKERS)
    own = rng.random() < 0.5
    signer = signer if not own else rng.choice(["Harold J. Vinson", "Ellen Q. Mraz", "Kofi Adjei"])
    ds = fmt.pick_date_style(rng)
    doc = Doc(
        "protest",
        p.case,
        "memo",
        f"Protest {p.number}" if p.number else "Protest  under  19  CFR  174",
    )
    doc.add("head", "Protest")
    doc.add(
        "para",
        f"Protest filed at the Port of {p.port[1]} (port code {p.port[0]})"
        + (f", protest number {p.number}." if p.number else "."),
    )
    if rng.random() < 0.5:
        _stamp(doc, p, rng)
    doc.add("head", "Protestant")
    party = [p.name]
    if p.case != "no-address":
        party += p.address
    doc.add("lines", party)
    if p.case != "no-ior":
        doc.add("kv", [(rng.choice(IOR_LABELS), p.ior)])
    doc.add("head", rng.choice(["Entries covered", "Entries", "Entries protested"]))
    for e in p.entries:
        when = "" if p.case == "no-entry-date" else f"Entered {fmt.date(e.entered, ds)}; "
        doc.add("kv", [(e.number, f"{when}liquidated {fmt.date(e.liquidated, ds)}.")])
    if p.case != "no-desc":
        doc.add("head", "Merchandise")
        doc.add("para", p.goods)
    doc.add("head", "Objection")
    for text in _grounds(p, rng, ds):
        doc.add("para", text)
    doc.add("head", "Drawback, review and disposition")
    doc.add("para", _statements(p, rng))
    doc.add("head", "Signature")
    tail = (
        [p.name, "Import Compliance Manager"]
        if own
        else [f"{broker}, {licence}", f"under power of attorney from {p.name}"]
    )
    doc.add("sign", [f"/s/  {signer}", signer, *tail])
    _shows(doc, p, ds, signer)
    return doc
