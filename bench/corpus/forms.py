"""CBP Form 19 in two revisions: boxes numbered and worded differently, entries split or whole."""

from __future__ import annotations

import random

from bench.corpus import blocks as b
from bench.corpus.formats import DateStyle, pick_numeric, yes_no
from bench.corpus.spec import CATEGORY_PHRASES, Spec

CERTIFICATION = ("The surety certifies that this protest is not being filed collusively to "
                 "extend another authorized person's time to protest.")


def _address_lines(address: str) -> tuple[str, ...]:
    street, rest = address.split(", ", 1)
    return street, rest


def form19_a(spec: Spec, rng: random.Random) -> b.Document:
    """Revision A: labels above values, entry numbers in filer/number/check-digit columns."""
    fmt = pick_numeric(rng)
    doc = b.Document("CBP Form 19", font=rng.choice(("sans", "serif")))
    doc.add(
        b.Para("DEPARTMENT OF HOMELAND SECURITY", 9, True, "center"),
        b.Para("U.S. Customs and Border Protection", 9, False, "center"),
        b.Heading("PROTEST", 14, "center"),
        b.Para("19 CFR Part 174 - OMB No. 1651-0017 - CBP Form 19 (10/21)", 8, False, "right"),
    )
    if spec.electronic:
        doc.add(b.Para("Filed electronically through the ACE Protest Module.", 8))
    rows = [_rows_a(spec, e, fmt) for e in range(len(spec.entries))]
    doc.add(
        b.Para("SECTION I - PROTESTANT AND ENTRIES", 10, True),
        b.BoxRow((b.Box("1. PROTEST NUMBER (CBP use only)", _opt(spec.protest_number)),
                  b.Box("2. DATE RECEIVED (CBP use only)",
                        (fmt(spec.received),) if spec.received_printed else ()))),
        b.BoxRow((b.Box("3. PORT CODE", (f"{spec.port_code} ({spec.port_name})",)),
                  b.Box("4. IMPORTER NUMBER OF PROTESTING PARTY", _opt(spec.importer_number)))),
        b.BoxRow((b.Box("6. NAME AND ADDRESS OF PROTESTING PARTY",
                        (spec.protestant_name, *_address_lines(spec.protestant_address))),
                  b.Box("7. ACCELERATED DISPOSITION REQUESTED (19 CFR 174.22)",
                        (yes_no(spec.accelerated),)))),
        b.Para("5. ENTRIES PROTESTED", 8, True),
    )
    header = ("Port Code", "Filer Code", "Entry Number", "Check Digit", "Date of Entry",
              "Date of Liquidation or Decision")
    widths = (1, 1, 1.6, 1, 1.4, 1.8)
    doc.add(b.Grid(header, tuple(rows[:3]), widths))
    if len(rows) > 3:
        doc.add(b.Para("More entries are listed on the continuation sheet.", 8))
    doc.add(
        b.Para("SECTION II - DECISION PROTESTED AND CLAIM", 10, True),
        b.BoxRow((b.Box("8. DECISION PROTESTED", (_cap(CATEGORY_PHRASES[spec.category]),)),)),
        b.BoxRow((b.Box("9. DESCRIPTION OF MERCHANDISE", _opt(spec.description)),)),
        b.BoxRow((b.Box("10. NATURE OF AND JUSTIFICATION FOR THE OBJECTION",
                        _opt(spec.objection)),)),
        b.BoxRow((b.Box("11. ENTRIES SUBJECT TO DRAWBACK", (yes_no(spec.drawback),)),
                  b.Box("12. PROTEST FILED BY SURETY", (yes_no(spec.surety),)))),
    )
    if spec.surety:
        assert spec.demand_mailed and spec.principal
        doc.add(b.BoxRow((b.Box("13. DATE BOND DEMAND MAILED", (fmt(spec.demand_mailed),)),
                          b.Box("14. PRINCIPAL (IMPORTER OF RECORD)", spec.principal))))
        if spec.non_collusion:
            doc.add(b.Para(CERTIFICATION, 8))
    doc.add(
        b.Para("SECTION III - SAME DISPOSITION AS AN EARLIER PROTEST", 10, True),
        b.BoxRow((b.Box("15. NUMBER OF EARLIER PROTEST"),
                  b.Box("16. RECEIPT DATE OF EARLIER PROTEST"))),
        b.Para("SECTION IV - APPLICATION FOR FURTHER REVIEW", 10, True),
        b.BoxRow((b.Box("17. FURTHER REVIEW REQUESTED", (yes_no(spec.afr_criterion is not None),)),
                  b.Box("18. CRITERION (19 CFR 174.24)",
                        (f"174.24({spec.afr_criterion})",) if spec.afr_criterion else ()))),
        b.BoxRow((b.Box("19. SIGNATURE", (f"/s/ {spec.signer}",)),
                  b.Box("20. NAME OF SIGNER", (spec.signer,)),
                  b.Box("21. TITLE", (spec.signer_title,)),
                  b.Box("22. DATE", (fmt(spec.letter_date),)))),
    )
    if len(rows) > 3:
        doc.add(b.PageBreak(), b.Heading("CBP FORM 19 - CONTINUATION SHEET", 12, "center"),
                b.Para(f"Protesting party: {spec.protestant_name}", 9),
                b.Para("5. ENTRIES PROTESTED (continued)", 8, True),
                b.Grid(header, tuple(rows[3:]), widths))
    return doc


def _rows_a(spec: Spec, index: int, fmt: DateStyle) -> tuple[str, ...]:
    entry = spec.entries[index]
    filer, number, digit = entry.entry_number.split("-")
    liquidated = spec.liquidation_shown[index]
    return (entry.port_code, filer, number, digit, fmt(entry.entry_date),
            fmt(liquidated) if liquidated else "")


def _opt(value: str | None) -> tuple[str, ...]:
    return (value,) if value else ()


def form19_b(spec: Spec, rng: random.Random) -> b.Document:
    """Revision B: labels before values on one line, other wording, whole entry numbers."""
    fmt = pick_numeric(rng)
    doc = b.Document("CBP Form 19", font=rng.choice(("sans", "serif")))
    doc.add(
        b.Heading("PROTEST AND/OR APPLICATION FOR FURTHER REVIEW", 12, "center"),
        b.Para("Department of Homeland Security - U.S. Customs and Border Protection - "
               "CBP Form 19 (Rev. 05/08)", 8, False, "center"),
    )
    if spec.electronic:
        doc.add(b.Para("This protest was filed electronically through the ACE Protest Module.", 8))
    rows = []
    for entry, liquidated in zip(spec.entries, spec.liquidation_shown, strict=True):
        rows.append((entry.entry_number, entry.port_code, fmt(liquidated) if liquidated else "",
                     fmt(entry.entry_date)))
    inline = _inline
    doc.add(
        b.BoxRow((inline("Protest No.:", spec.protest_number),
                  inline("Date of Receipt by CBP:",
                         fmt(spec.received) if spec.received_printed else None))),
        b.BoxRow((inline("Port:", f"{spec.port_name} ({spec.port_code})"),
                  inline("IOR No. of Protestant:", spec.importer_number))),
        b.BoxRow((inline("Protestant:", spec.protestant_name),)),
        b.BoxRow((inline("Address of Protestant:", spec.protestant_address),)),
        b.BoxRow((inline("Request for accelerated disposition:",
                         yes_no(spec.accelerated, box_after=True)),)),
        b.Para("Entries covered by this protest", 9, True),
    )
    header = ("Entry No.", "Port", "Liquidation / Decision Date", "Entry Date")
    doc.add(b.Grid(header, tuple(rows[:2]), (1.6, 0.8, 1.4, 1.2)))
    if len(rows) > 2:
        doc.add(b.Para("Additional entries: see continuation sheet.", 8))
    doc.add(
        b.BoxRow((inline("Category of decision protested:",
                         _cap(CATEGORY_PHRASES[spec.category])),)),
        b.BoxRow((inline("Merchandise description:", spec.description),)),
        b.BoxRow((b.Box("Justification for claim (facts and legal arguments):",
                        _opt(spec.objection)),)),
        b.BoxRow((inline("Entries subject to drawback:",
                         yes_no(spec.drawback, yes_first=False, box_after=True)),
                  inline("Protest filed by surety:", yes_no(spec.surety, box_after=True)))),
    )
    if spec.surety:
        assert spec.demand_mailed and spec.principal
        doc.add(b.BoxRow((inline("Bond demand mailed on:", fmt(spec.demand_mailed)),
                          inline("Principal:", " - ".join(spec.principal)))))
        if spec.non_collusion:
            doc.add(b.Para(CERTIFICATION, 8))
    doc.add(
        b.BoxRow((inline("Prior protest no.:", None), inline("Prior protest received:", None))),
        b.BoxRow((inline("Further review requested:",
                         yes_no(spec.afr_criterion is not None, box_after=True)),
                  inline("174.24 criterion:",
                         f"({spec.afr_criterion})" if spec.afr_criterion else None))),
        b.BoxRow((inline("Printed name:", spec.signer), inline("Title:", spec.signer_title),
                  inline("Date signed:", fmt(spec.letter_date)))),
    )
    if len(rows) > 2:
        doc.add(b.PageBreak(), b.Heading("CONTINUATION SHEET - CBP FORM 19", 12, "center"),
                b.Para("Entries covered by this protest (continued)", 9, True),
                b.Grid(header, tuple(rows[2:]), (1.6, 0.8, 1.4, 1.2)))
    return doc


def _inline(label: str, value: str | None) -> b.Box:
    return b.Box(label, (value,) if value else (), inline=True)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]
