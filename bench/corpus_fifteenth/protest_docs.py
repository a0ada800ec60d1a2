"""Protests as printed: an ERP form grid, an e-filing confirmation and a broker printout (PDFBox);
a small importer's Markdown letter, a law firm's brief and a particulars sheet (pandoc)."""

from __future__ import annotations

import random

from .common import Doc, fmt_date
from .protest_cases import Entry, Protest, truth
from .render import Sheet

PHRASE = {
    "classification": [
        "the tariff classification and rate of duty assessed",
        "CBP's classification of the goods under the HTSUS",
        "the classification of the merchandise at liquidation",
    ],
    "appraised_value": [
        "the appraised value of the merchandise",
        "the appraisement at liquidation",
        "CBP's determination of transaction value",
    ],
    "charges": [
        "the merchandise processing fee charged at liquidation",
        "an exaction of harbor maintenance fees",
    ],
    "liquidation": [
        "the liquidation of the entries",
        "the liquidation itself, made after the statutory period",
    ],
}
WHY = {
    "classification": "The goods are properly classified under heading 7323 as household "
    "articles; CBP's "
    "reliance on heading 9617 ignores GRI 1 and HQ H301122, which addresses identical bottles.",
    "appraised_value": "The price actually paid was the transaction value under 19 U.S.C. "
    "1401a(b); the "
    "assists CBP added were supplied free by an unrelated buyer and were already included.",
    "charges": "The fee was computed on the gross value including international freight, contrary "
    "to 19 CFR "
    "24.23(b)(1), and overstates the charge by the amount shown in the attached worksheet.",
    "liquidation": "The entries were deemed liquidated by operation of law under 19 U.S.C. "
    "1504(a) a year after "
    "entry, so the later liquidation at a higher rate is void.",
}
DRAWBACK = [
    "The merchandise is not the subject of any drawback claim.",
    "No drawback has been or will be claimed on these entries.",
    "Drawback: NONE claimed on the entries listed.",
    "Protestant declares that the entries are not subject to drawback.",
    "To our knowledge none of these goods is subject to a drawback claim.",
]
AFR_YES = [
    "Application for further review is requested under 19 CFR 174.24(b).",
    "We ask that this protest be forwarded for further review; the question has not been ruled on "
    "(174.24(b)).",
    "Further review requested: YES - criterion 174.24(a), inconsistent with NY N312456.",
    "Protestant applies for further review under 19 CFR 174.25.",
    "Please treat this as an application for further review (19 CFR 174.24(c)).",
]
AFR_NO = [
    "Further review requested: NO",
    "No application for further review is made.",
    "",
    "Further review: not requested.",
    "",
]
ACCEL = [
    "Accelerated disposition is requested under 19 CFR 174.22; this protest is sent by certified "
    "mail.",
    "Sent by registered mail, return receipt requested, with a request for accelerated "
    "disposition (19 CFR 174.22).",
]
PETITION = (
    "Protestant protests the decision of the Fines, Penalties and Forfeitures Officer denying its "
    "petition for relief under 19 CFR Part 171 in penalty case 2025-{port}-000417-01, which "
    "assessed "
    "a penalty under 19 U.S.C. 1592 on the entries listed."
)


def _objection(p: Protest, rng: random.Random) -> list[str]:
    if p.petition:
        return [PETITION.format(port=p.port[0])]
    phrase = rng.choice(PHRASE[p.category])
    if not p.justified:
        return [f"Protestant objects to {phrase}."]
    return [f"Protestant objects to {phrase}.", WHY[p.category]]


def _extras(p: Protest, rng: random.Random, style: int) -> list[str]:
    lines = []
    if p.earlier is not None:
        lines.append(
            f"Protestant asks for the same disposition as protest {p.earlier[0]}, for which "
            "further "
            f"review is pending."
        )
    if p.drawback_decl:
        lines.append(DRAWBACK[style % len(DRAWBACK)])
    lines.append(rng.choice(AFR_YES) if p.afr else rng.choice(AFR_NO))
    if p.accel:
        lines.append(ACCEL[style % 2])
    return [line for line in lines if line]


def _entry_cells(e: Entry, ds: int) -> tuple[str, str, str]:
    return (
        e.number,
        fmt_date(e.entry_date, ds) if e.entry_date else "",
        fmt_date(e.liquidation, ds) if e.liquidation else "",
    )


def _printed(p: Protest, ds: int, received_printed: str | None) -> list[str]:
    out = [p.party.name, p.port[0], p.signer, *(e.number for e in p.entries)]
    out += [c for e in p.entries for c in _entry_cells(e, ds)[1:] if c]
    if p.address_shown:
        out += list(p.party.lines)
    if p.importer_shown:
        out.append(p.party.ior)
    if p.description:
        out.append(p.description)
    if p.protest_number:
        out.append(p.protest_number)
    if received_printed:
        out.append(received_printed)
    return out


def erp_form(p: Protest, rng: random.Random, ds: int) -> tuple[list[str], str | None]:
    """An ERP protest form: captioned field boxes; entries past three go to a continuation sheet."""
    ref = p.protest_number or f"TRX-{rng.randint(10000, 99999)}"
    s = Sheet(header=f"PROTEST FILING WORKSHEET - ref {ref}", font="Helvetica", size=9)
    s.font("Helvetica-Bold", 13)
    s.text(40, s.y, "PROTEST OF CUSTOMS DECISION (19 U.S.C. 1514)")
    s.y -= 12
    s.box(40, 180, 26, "PORT CODE", p.port[0])
    s.box(220, 190, 26, "CBP PROTEST NO. (IF ASSIGNED)", p.protest_number or "")
    stamp = fmt_date(p.received, 7) if p.stamped else None
    s.box(410, 162, 26, "CBP USE - DATE RECEIVED", stamp or "")
    s.y -= 26
    s.box(40, 370, 26, "PROTESTING PARTY", p.party.name)
    s.box(410, 162, 26, "IMPORTER NO. (IRS/EIN)", p.party.ior if p.importer_shown else "")
    s.y -= 26
    s.box(
        40,
        532,
        26,
        "ADDRESS (STREET, CITY, STATE, ZIP)",
        p.party.address if p.address_shown else "",
    )
    s.y -= 26
    s.box(40, 532, 26, "GOODS DESCRIPTION", p.description or "")
    s.y -= 40
    s.font("Helvetica-Bold", 8)
    cols = (40, 200, 330, 460)
    for x, head in zip(
        cols, ("ENTRY NUMBER", "ENTRY DATE", "LIQUIDATION / DECISION DATE", "LINE"), strict=True
    ):
        s.text(x + 3, s.y, head)
    s.line(40, s.y - 4, 572, s.y - 4)
    s.y -= 16
    s.font("Helvetica", 9)
    shown = p.entries[:3]
    for n, e in enumerate(shown, 1):
        for x, cell in zip(cols, (*_entry_cells(e, ds), f"{n:03d}"), strict=True):
            s.text(x + 3, s.y, cell)
        s.y -= 14
    if len(p.entries) > 3:
        s.text(43, s.y, f"*** {len(p.entries) - 3} MORE ENTRIES ON CONTINUATION SHEET ***")
        s.y -= 14
    s.y -= 10
    s.font("Helvetica-Bold", 9)
    s.text(40, s.y, "DECISION PROTESTED AND GROUNDS")
    s.y -= 14
    for para in _objection(p, rng):
        s.para(para, x=44, width_chars=108)
    for line in _extras(p, rng, ds):
        s.para(line, x=44, width_chars=108)
    s.y -= 10
    s.box(40, 260, 30, "AUTHORIZED SIGNATURE", f"/s/ {p.signer}")
    s.box(
        300,
        140,
        30,
        "TITLE",
        rng.choice(["Director, Trade Compliance", "Import Manager", "Controller"]),
    )
    s.box(440, 132, 30, "DATE", fmt_date(p.received, ds))
    s.y -= 30
    if len(p.entries) > 3:
        s.new_page(continued=True)
        s.font("Helvetica-Bold", 11)
        s.text(40, s.y, f"CONTINUATION SHEET - {p.party.name}")
        s.y -= 20
        s.font("Helvetica", 9)
        for n, e in enumerate(p.entries[3:], 4):
            for x, cell in zip(cols, (*_entry_cells(e, ds), f"{n:03d}"), strict=True):
                s.text(x + 3, s.y, cell)
            s.line(40, s.y - 4, 572, s.y - 4)
            s.y -= 15
    return s.ops, stamp


def efile(p: Protest, rng: random.Random, ds: int) -> tuple[list[str], str | None]:
    """An electronic protest submission confirmation, with the protest text it carried."""
    s = Sheet(
        header=f"e-Protest submission {p.protest_number or ''}".strip(), font="Courier", size=9
    )
    s.font("Helvetica-Bold", 12)
    s.text(40, s.y, "PROTEST SUBMISSION - CONFIRMATION OF RECEIPT")
    s.y -= 20
    received = fmt_date(p.received, 4)
    rows = [
        ("Protest Number", p.protest_number or "(pending)"),
        ("Filing Port", p.port[0]),
        ("Date Received", received),
        ("Time Received", f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d} ET"),
        ("Filer", p.party.name),
        ("Status", "ACCEPTED FOR REVIEW"),
    ]
    s.font("Courier", 9)
    for label, value in rows:
        s.text(50, s.y, f"{label:.<22} {value}")
        s.y -= 12
    s.line(40, s.y, 572, s.y)
    s.y -= 20
    s.para("ATTACHED PROTEST", font="Helvetica-Bold", size=10, x=40)
    s.para(f"Protestant: {p.party.name}")
    if p.address_shown:
        for line in p.party.lines:
            s.para(line, x=122)
    if p.importer_shown:
        s.para(f"IOR number: {p.party.ior}")
    if p.description:
        s.para(f"Merchandise: {p.description}")
    s.para("Entry              Entered            Liquidated")
    for e in p.entries:
        num, ed, ld = _entry_cells(e, ds)
        s.para(f"{num:<18} {ed:<18} {ld}")
    for para in _objection(p, rng) + _extras(p, rng, ds + 1):
        s.para(para, width_chars=90)
    s.para(f"Submitted by: {p.signer}")
    return s.ops, received


def broker_printout(p: Protest, rng: random.Random, ds: int) -> tuple[list[str], str | None]:
    """A broker system's fixed-width printout; the objection runs onto a second page."""
    s = Sheet(header=f"BROKER PROTEST FILE {p.port[0]}/{p.party.ior[-4:]}", font="Courier", size=9)
    s.para(
        "*** PROTEST PREPARED FOR FILING WITH U.S. CUSTOMS AND BORDER PROTECTION ***",
        font="Courier-Bold",
    )
    pairs = [("PORT", p.port[0]), ("PROTESTANT", p.party.name)]
    if p.address_shown:
        pairs += [("ADDRESS", p.party.lines[0]), ("", p.party.lines[1])]
    if p.importer_shown:
        pairs.append(("IMPORTER ID", p.party.ior))
    if p.protest_number:
        pairs.append(("PROTEST NO", p.protest_number))
    for label, value in pairs:
        s.para(f"{label:<14}{value}")
    s.para("-" * 78)
    s.para(f"{'ENTRY NO':<18}{'DT ENTRY':<20}{'DT LIQ':<20}")
    for e in p.entries:
        num, ed, ld = _entry_cells(e, ds)
        s.para(f"{num:<18}{ed:<20}{ld:<20}")
    s.para("-" * 78)
    if p.description:
        s.para(f"COMMODITY: {p.description}")
    s.y = min(s.y, 200.0)
    for para in _objection(p, rng) + _extras(p, rng, ds + 2):
        s.para(para, width_chars=80)
    s.para(f"PREPARED AND SIGNED: {p.signer}")
    return s.ops, None


def pandoc_doc(p: Protest, rng: random.Random, ds: int, style: int) -> tuple[str, str | None]:
    """Markdown: an importer's letter (0), a law firm's brief (1) or a particulars sheet (2)."""
    stamp = f"RECEIVED - CBP PORT {p.port[0]} - {fmt_date(p.received, 7)}" if p.stamped else None
    md: list[str] = []
    if stamp:
        md += [f"**{stamp}**", ""]
    rows = ["| Entry no. | Entry date | Liquidated |", "|---|---|---|"]
    rows += ["| {} | {} | {} |".format(*_entry_cells(e, ds)) for e in p.entries]
    extras = _extras(p, rng, ds + style)
    if style == 0:
        md += [f"**{p.party.name}**", ""]
        if p.address_shown:
            md += [f"{line}  " for line in p.party.lines] + [""]
        md += [
            fmt_date(p.received, ds),
            "",
            f"To the Port Director, port {p.port[0]}",
            "",
            "## Protest",
            "",
        ]
        if p.importer_shown:
            md += [f"- Our importer number: {p.party.ior}"]
        if p.protest_number:
            md += [f"- Protest number: {p.protest_number}"]
        if p.description:
            md += [f"- What we imported: {p.description}"]
        md += ["", "Entries covered:", "", *rows, ""]
        md += [
            *_objection(p, rng),
            "",
            *(f"- {x}" for x in extras),
            "",
            "Thank you,",
            "",
            p.signer,
            "",
            "Owner",
        ]
    elif style == 1:
        md += [
            "# PROTEST AND APPLICATION UNDER 19 U.S.C. 1514",
            "",
            f"Before U.S. Customs and Border Protection, Port of {p.port[1]} (port code "
            f"{p.port[0]})",
            "",
        ]
        if p.protest_number:
            md += [f"Protest No. {p.protest_number}", ""]
        md += [
            "## 1. Protestant",
            "",
            f"{p.party.name}" + (f", {p.party.address}" if p.address_shown else "") + ".",
            "",
        ]
        if p.importer_shown:
            md += [f"Importer of record number {p.party.ior}.", ""]
        md += ["## 2. Entries", "", *rows, ""]
        if p.description:
            md += ["## 3. Merchandise", "", f"Description of merchandise: {p.description}", ""]
        md += ["## 4. Decision and argument", "", *_objection(p, rng), ""]
        if p.justified and not p.petition:
            md += [
                "Protestant asks that the decision be reversed and the entries reliquidated, "
                "with a refund of the excess duties and interest as provided by law.",
                "",
                "\\page",
                "",
                "### 4.1 Law",
                "",
                "The decision is protestable under 19 U.S.C. 1514(a); the authorities cited in "
                "section 4 control, and no court has ruled otherwise on these goods.",
                "",
            ]
        md += [
            "## 5. Other statements",
            "",
            *(f"{n}. {x}" for n, x in enumerate(extras, 1)),
            "",
            "Respectfully submitted,",
            "",
            f"{p.signer}  ",
            "Counsel for Protestant",
        ]
    else:
        md += ["# Protest particulars", ""]
        items = [("Protesting party", p.party.name)]
        if p.address_shown:
            items.append(("Mailing address", p.party.address))
        if p.importer_shown:
            items.append(("Importer number", p.party.ior))
        items.append(("Port code", p.port[0]))
        if p.protest_number:
            items.append(("Protest number", p.protest_number))
        if p.description:
            items.append(("Description of merchandise", p.description))
        for term, value in items:
            md += [term, f":   {value}", ""]
        md += [
            "Entries",
            "",
            *rows,
            "",
            "Objection",
            "",
            *_objection(p, rng),
            "",
            *extras,
            "",
            f"Signed: {p.signer}",
        ]
    return "\n".join(md) + "\n", stamp


def render(p: Protest, producer: str, style: int, rng: random.Random) -> Doc:
    """The document for one protest and producer."""
    ds = rng.randint(0, 7)
    if producer == "pdfbox":
        maker = {0: erp_form, 1: efile, 2: broker_printout}[style]
        ops, stamp = maker(p, rng, ds)
        markdown = ""
    else:
        markdown, stamp = pandoc_doc(p, rng, ds, style)
        ops = []
    return Doc(
        "protest",
        p.case,
        producer,
        truth(p, stamp is not None),
        _printed(p, ds, stamp),
        markdown,
        ops,
    )
