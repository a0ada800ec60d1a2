"""Nine sender habits (three per kind) that turn a case's data into page blocks."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from bench.corpus_fortysecond.pools import fmt_date, fmt_money
from bench.corpus_fortysecond.render import Writer

CATEGORY_WORDS = {
    "classification": [
        "the classification of the merchandise and the rate of duty assessed on it",
        "the tariff classification under which the goods were liquidated",
    ],
    "appraised_value": [
        "the appraised value of the merchandise",
        "the appraisement of the imported goods",
    ],
}
DRAWBACK = [
    "The entries covered by this protest are not subject to drawback.",
    "No drawback claim has been filed or will be filed on the merchandise; it is not subject "
    "to drawback.",
    "Drawback: the merchandise is not the subject of any drawback claim.",
]


def _category(doc: dict[str, Any], rng: random.Random) -> str:
    if doc["invalid"]:
        return "the decision on our petition for relief from a penalty under 19 CFR 171.22"
    return rng.choice(CATEGORY_WORDS[doc["category"]])


def _argument(doc: dict[str, Any]) -> str:
    if doc["invalid"]:
        return (
            "The penalty was mitigated too little in view of our prior record, and the "
            "decision on the "
            "petition should be revisited."
        )
    if doc["category"] == "classification":
        return (
            "The port liquidated the goods under a basket provision. The articles are "
            "described eo nomine "
            "elsewhere in the tariff, and GRI 1 requires classification under the more "
            "specific heading, "
            "at a lower rate of duty. The excess duty should be refunded with interest."
        )
    return (
        "The port appraised the goods on a transaction value that included buying commissions "
        "paid to our "
        "own agent. Bona fide buying commissions are not part of the price actually paid or "
        "payable under "
        "19 U.S.C. 1401a(b), and the appraised value should be reduced accordingly."
    )


def _earlier(doc: dict[str, Any], d: Callable[[Any], str]) -> str | None:
    if not doc["earlier"]:
        return None
    number, date = doc["earlier"]
    if date is None:
        return (
            f"We ask for the same disposition as our earlier Protest No. {number}, on "
            "which further review is pending."
        )
    return (
        f"We ask for the same disposition as our earlier Protest No. {number}, received by "
        f"CBP on {d(date)}, "
        "on which further review is pending."
    )


def _port_of(doc: dict[str, Any], i: int) -> str:
    return str(doc["port2"]) if doc.get("port2") and i == 1 else str(doc["port"])


# ------------------------------------------------------------------ protests


def protest_ruledform(doc: dict[str, Any], rng: random.Random, ds: str, ms: str) -> Writer:
    """A broker's protest on a ruled form: boxed particulars, entry grid, argument on a rider."""
    del ms

    def d(x: Any) -> str:
        return "" if x is None else fmt_date(x, ds)

    w = Writer("Helvetica", 9, left=54, right=558, top=60)
    w.line("PROTEST UNDER 19 U.S.C. 1514 / 19 CFR PART 174", "Helvetica-Bold", 13)
    w.line(
        "Filed by licensed customs broker on behalf of the importer of record",
        "Helvetica-Oblique",
        8,
    )
    w.y += 4
    top = w.y
    rows = [
        ("Protesting party", doc["name"]),
        ("Address", ", ".join(doc["address"]) if doc["address"] else ""),
        ("Importer of record number", doc["ior"] or ""),
        (
            "Port of entry",
            f"{doc['port']} - {doc['port_name']}"
            + (f"; {doc['port2']}" if doc.get("port2") else ""),
        ),
        ("CBP use only - Protest No.", doc["protest_number"] or ""),
        ("CBP use only - Date received", d(doc["received"]) if doc["stamp"] else ""),
    ]
    for label, value in rows:
        w.box(54, w.y, 504, 22, 0.6)
        w.text(58, label.upper(), "Helvetica", 6, y=w.y + 7)
        w.text(58, value, "Courier", 10, y=w.y + 18)
        w.y += 22
    del top
    w.y += 12
    w.line("ENTRIES COVERED", "Helvetica-Bold", 9)
    grid = [["PORT", "ENTRY NUMBER", "DATE OF ENTRY", "DATE OF LIQUIDATION"]]
    for i, e in enumerate(doc["entries"]):
        grid.append(
            [_port_of(doc, i), e["entry_number"], d(e["entry_date"]), d(e["liquidation_date"])]
        )
    w.table(
        [54, 130, 280, 410], grid, ruled=True, head_font="Helvetica-Bold", font="Courier", size=9
    )
    w.y += 6
    w.para("DECISION PROTESTED: " + _category(doc, rng) + ".", "Helvetica", 9)
    w.para(
        "The description of the merchandise, the facts and the grounds are set out in Rider A.",
        "Helvetica",
        9,
    )
    w.y += 6
    w.line(
        "[%s] Further review requested (19 CFR 174.24)" % ("X" if doc["further_review"] else " "),
        "Courier",
        9,
    )
    w.line(
        "[%s] Accelerated disposition requested (19 CFR 174.22)"
        % ("X" if doc["accelerated"] else " "),
        "Courier",
        9,
    )
    w.new_page()
    w.line("RIDER A - continuation of protest", "Helvetica-Bold", 11)
    w.line(f"{doc['name']}  /  IOR {doc['ior'] or '(not shown)'}", "Helvetica", 8)
    w.rule()
    w.y += 10
    if doc["goods"]:
        w.para("Merchandise: " + doc["goods"], "Times-Roman", 11)
    w.y += 4
    w.line("Facts and legal grounds", "Times-Bold", 11)
    w.para(_argument(doc), "Times-Roman", 11)
    if (text := _earlier(doc, d)) is not None:
        w.para(text, "Times-Roman", 11)
    if doc["accelerated"]:
        w.para(
            f"This protest is sent by {doc['mail']}, and accelerated disposition is requested.",
            "Times-Roman",
            11,
        )
    if doc["drawback"]:
        w.para(rng.choice(DRAWBACK), "Times-Roman", 11)
    w.y += 20
    w.line(f"/s/ {doc['signer']}", "Times-Italic" if False else "Times-Roman", 11)
    w.rule(72, 300)
    w.line(f"{doc['signer']}, {doc['title']}", "Times-Roman", 10)
    w.line(f"Date: {d(doc['letter_date'])}", "Times-Roman", 10)
    return w


def protest_letter(doc: dict[str, Any], rng: random.Random, ds: str, ms: str) -> Writer:
    """The importer's own short business letter with a reference block at the top right."""
    del ms

    def d(x: Any) -> str:
        return "" if x is None else fmt_date(x, ds)

    w = Writer("Times-Roman", 11)
    w.line(doc["name"], "Times-Bold", 16, x=306, align="c")
    if doc["address"]:
        w.line("  |  ".join(doc["address"]), "Times-Roman", 9, x=306, align="c")
    w.rule(72, 540, 1.2)
    w.y += 16
    ref_top = w.y
    for label, value in (
        ("Our reference", f"PR-{rng.randint(100, 999)}"),
        ("IOR No.", doc["ior"] or "-"),
        ("Port code", doc["port"]),
    ):
        w.text(380, label + ":", "Times-Bold", 9)
        w.text(455, value, "Times-Roman", 9)
        w.y += 12
    if doc["stamp"]:
        w.box(380, w.y + 4, 150, 34, 1.4)
        w.text(455, "RECEIVED", "Helvetica-Bold", 10, "c", y=w.y + 18)
        w.text(455, d(doc["received"]).upper(), "Helvetica-Bold", 9, "c", y=w.y + 31)
        w.y += 44
    w.y = max(w.y, ref_top)
    w.line(d(doc["letter_date"]))
    w.y += 6
    for ln in (
        "Port Director",
        "U.S. Customs and Border Protection",
        f"Port of {doc['port_name']}",
    ):
        w.line(ln)
    w.y += 8
    w.line("Re: Protest of liquidation", "Times-Bold")
    w.y += 4
    w.line("Dear Port Director:")
    parts = []
    for i, e in enumerate(doc["entries"]):
        parts.append(
            f"entry {e['entry_number']} ("
            + (f"entered {d(e['entry_date'])}, " if e["entry_date"] else "")
            + "liquidated "
            f"{d(e['liquidation_date'])}"
            + (f", port {doc['port2']}" if doc.get("port2") and i else "")
            + ")"
        )
    w.para(f"{doc['name']} protests {_category(doc, rng)} on " + "; ".join(parts) + ".")
    w.y += 4
    if doc["goods"]:
        w.para("Description of merchandise: " + doc["goods"])
        w.y += 4
    w.para(_argument(doc))
    if (text := _earlier(doc, d)) is not None:
        w.y += 4
        w.para(text)
    w.y += 4
    if doc["drawback"]:
        w.para(rng.choice(DRAWBACK))
    if doc["further_review"]:
        w.para(
            "We request further review of this protest under 19 CFR 174.24; the decision "
            "raises a question "
            "of law not previously ruled on."
        )
    else:
        w.para("We do not apply for further review.")
    if doc["accelerated"]:
        w.para(
            "Accelerated disposition is requested under 19 CFR 174.22. This letter goes by "
            f"{doc['mail']}."
        )
    w.y += 10
    w.line("Sincerely,")
    w.y += 22
    w.line(doc["signer"])
    w.line(doc["title"], "Times-Italic" if False else "Times-Roman", 10)
    return w


def protest_email(doc: dict[str, Any], rng: random.Random, ds: str, ms: str) -> Writer:
    """A printed e-mail from the importer's compliance desk, particulars as bullets."""
    del ms

    def d(x: Any) -> str:
        return "" if x is None else fmt_date(x, ds)

    w = Writer("Helvetica", 10)
    first = doc["signer"].split()[0].lower()
    for label, value in (
        ("From:", f"{doc['signer']} <{first}@trade-desk.example>"),
        ("Sent:", d(doc["letter_date"])),
        ("To:", "protests." + doc["port"] + "@cbp.example"),
        ("Subject:", "Protest - " + ", ".join(e["entry_number"] for e in doc["entries"][:2])),
    ):
        w.text(72, label, "Helvetica-Bold", 10)
        w.text(130, value, "Helvetica", 10)
        w.y += 13
    w.rule()
    w.y += 14
    w.line("Good morning,")
    w.y += 2
    w.para(f"Please accept this protest against {_category(doc, rng)}. Particulars:")
    bullets = [f"Protestant: {doc['name']}"]
    if doc["address"]:
        bullets.append("Address: " + ", ".join(doc["address"]))
    if doc["ior"]:
        bullets.append(f"Importer of record no.: {doc['ior']}")
    bullets.append(
        f"Port code: {doc['port']}" + (f" and {doc['port2']}" if doc.get("port2") else "")
    )
    for e in doc["entries"]:
        bullets.append(
            f"Entry {e['entry_number']} - "
            + (f"entry date {d(e['entry_date'])} - " if e["entry_date"] else "")
            + "liquidation date "
            f"{d(e['liquidation_date'])}"
        )
    for b in bullets:
        w.text(84, "*")
        w.para(b, x=96)
    w.y += 4
    if doc["goods"]:
        w.para("Commodity: " + doc["goods"])
        w.y += 4
    w.para("Grounds: " + _argument(doc))
    if (text := _earlier(doc, d)) is not None:
        w.para(text)
    if doc["drawback"]:
        w.para(rng.choice(DRAWBACK))
    w.para(
        "Further review: "
        + ("requested under 19 CFR 174.24." if doc["further_review"] else "not requested.")
    )
    if doc["accelerated"]:
        w.para(
            "Accelerated disposition: requested (19 CFR 174.22); a signed copy follows by "
            f"{doc['mail']}."
        )
    w.y += 10
    w.line("Regards,")
    w.line(doc["signer"], "Helvetica-Bold")
    w.line(doc["title"])
    w.line(doc["name"])
    return w


# ------------------------------------------------------------------ ruling requests


def _hq(doc: dict[str, Any]) -> bool:
    return bool(doc["type"] == "valuation")


def _addressee(doc: dict[str, Any]) -> list[str]:
    if _hq(doc):
        return [
            "Regulations and Rulings, Office of Trade",
            "U.S. Customs and Border Protection",
            "Washington, DC 20229",
        ]
    return [
        "National Commodity Specialist Division",
        "U.S. Customs and Border Protection",
        "New York, NY 10119",
    ]


def _subject(doc: dict[str, Any]) -> str:
    return {
        "classification": "tariff classification",
        "valuation": "customs valuation",
        "marking": "country of origin marking",
        "origin": "country of origin",
    }[doc["type"]]


def _facts(doc: dict[str, Any], ms: str) -> list[str]:
    out = [f"The merchandise is {doc['goods'][0].lower() + doc['goods'][1:]}."]
    if doc["no_facts"]:
        return out
    if doc["items"] > 1:
        out.append(
            f"The request covers {doc['items']} models of this article, numbered "
            + ", ".join(f"M-{100 + i}" for i in range(doc["items"]))
            + ", which differ only in size and color."
        )
    if doc["type"] == "valuation":
        out.append(
            "The goods will be bought FOB Ningbo from an unrelated manufacturer; the parties "
            "are not related "
            "within 19 U.S.C. 1401a(g). The invoice will show the unit price, an assist of "
            "molds supplied by "
            "us, and a separately stated buying commission."
        )
    else:
        out.append(
            f"Principal use in the United States: {doc['use']}. Component materials: "
            f"{doc['materials']}."
        )
        out.append(f"The unit purchase price is about {fmt_money(doc['price'], ms)}.")
    if doc["type"] in ("marking", "origin"):
        out.append(
            "The components are made in Vietnam and assembled in Mexico; we ask how the "
            "finished article "
            "must be marked with its country of origin."
        )
    return out


def _pending(doc: dict[str, Any], rng: random.Random) -> str | None:
    if not doc["pending"]:
        return None
    if doc["court"]:
        return (
            "The classification of identical merchandise imported by us is the subject of an "
            "action now "
            "pending before the U.S. Court of International Trade."
        )
    if doc["current"]:
        return (
            "A shipment of the goods arrived last week and the entry is now under review at "
            "the port; to our "
            "knowledge the issue is not before any court."
        )
    if doc["completed"]:
        return (
            "The goods were entered last year and the entry has been liquidated; to our "
            "knowledge the issue is "
            "not before any other CBP office or any court."
        )
    return rng.choice(
        [
            "To the best of our knowledge, the issue is not pending before any CBP office, "
            "the Court of "
            "International Trade, the Federal Circuit or any appellate court, and has not been.",
            "The same transaction or issue is not and was not before any CBP office or any court.",
            "Statement under 19 CFR 177.2(b)(5): no CBP office or court has this issue before it.",
        ]
    )


def _transaction(doc: dict[str, Any]) -> str:
    if doc["current"]:
        return "We import the goods now; the current shipment is described below."
    if doc["completed"]:
        return (
            "We imported the goods once before and wish to know how that entry should have "
            "been treated."
        )
    return "We intend to import the goods from next quarter; no shipment has been made or entered."


def _ports(doc: dict[str, Any]) -> str:
    return " and ".join(f"{name} ({code})" for code, name in doc["ports"])


def _hts_text(doc: dict[str, Any]) -> str | None:
    if not doc["hts"]:
        return None
    if doc["no_basis"]:
        return f"Please rule that the article is classified in subheading {doc['hts']}, HTSUS."
    return (
        f"We believe the article is classified in subheading {doc['hts']}, HTSUS, under "
        "GRI 1 and 6."
    )


def ruling_counsel(doc: dict[str, Any], rng: random.Random, ds: str, ms: str) -> Writer:
    """In-house counsel's request in numbered sections with the description over two pages."""

    def d(x: Any) -> str:
        return "" if x is None else fmt_date(x, ds)

    w = Writer("Times-Roman", 11)
    w.line(doc["name"].upper(), "Times-Bold", 13)
    w.line("Office of the General Counsel", "Times-Italic" if False else "Times-Roman", 10)
    for a in doc["address"]:
        w.line(a, size=10)
    w.line(f"Importer No. {doc['ior']}", size=10)
    w.y += 10
    w.line(d(doc["date"]))
    w.y += 6
    for a in _addressee(doc):
        w.line(a)
    w.y += 6
    w.line(
        f"Re: Request for a binding ruling on the {_subject(doc)} of imported goods", "Times-Bold"
    )
    w.y += 6
    sections: list[tuple[str, list[str]]] = [
        (
            "Requesting party",
            [f"{doc['name']}, {', '.join(doc['address'])}, the importer of record."],
        ),
    ]
    if not doc["no_port"]:
        sections.append(("Port of entry", [f"The goods will be entered at {_ports(doc)}."]))
    sections.append(("The transaction", [_transaction(doc)]))
    facts = _facts(doc, ms)
    facts.append(
        "Each article is packed singly in a printed retail carton with a hang tag showing the "
        "brand and "
        "model, and cartons are shipped twenty-four to a master case on pallets. The article "
        "is sold "
        "under the trade name shown on the carton and is known in the trade by its common name."
    )
    facts.append("Photographs and a specification sheet are enclosed as Exhibits A and B.")
    sections.append(("Description of the merchandise", facts))
    if (h := _hts_text(doc)) is not None:
        sections.append(
            (
                "Proposed classification",
                [h]
                if doc["no_basis"]
                else [
                    h,
                    "Heading notes and the Explanatory Notes support this reading, and no "
                    "other heading describes "
                    "the article.",
                ],
            )
        )
    if (p := _pending(doc, rng)) is not None:
        sections.append(("Pending matters", [p]))
    sections.append(
        (
            "Samples",
            [
                "A sample is sent under separate cover; please return it."
                if doc["sample"]
                else "No sample is sent; photographs are enclosed instead."
            ],
        )
    )
    sections.append(
        (
            "Confidentiality",
            [
                "We ask that the purchase price be treated as confidential under 19 CFR "
                "177.2(b)(7); it is marked in brackets."
            ]
            if doc["confidential"]
            else ["No confidential treatment is requested."],
        )
    )
    for n, (head, paras) in enumerate(sections, start=1):
        w.need(40)
        w.y += 4
        w.line(f"{n}. {head}", "Times-Bold")
        for p in paras:
            w.para(p)
            w.y += 3
    if doc["type"] == "classification" and len(sections) > 6:
        w.new_page() if w.page == 0 else None
    w.y += 12
    w.line("Respectfully submitted,")
    w.y += 20
    if doc["signed"]:
        w.line(f"/s/ {doc['signer']}")
        w.line(f"{doc['signer']}, {doc['title']}")
    else:
        w.rule(72, 280)
        w.y += 4
        w.line(doc["name"])
    return w


def ruling_sheet(doc: dict[str, Any], rng: random.Random, ds: str, ms: str) -> Writer:
    """A compliance manager's request summarised in a two-column ruled sheet."""

    def d(x: Any) -> str:
        return "" if x is None else fmt_date(x, ds)

    w = Writer("Helvetica", 9, left=60, right=552)
    w.line("BINDING RULING REQUEST - SUMMARY SHEET", "Helvetica-Bold", 14)
    w.line(f"To: {', '.join(_addressee(doc))}", size=8)
    w.y += 6
    rows: list[tuple[str, str]] = [
        ("Date of request", d(doc["date"])),
        ("Requester", doc["name"]),
        ("Address", ", ".join(doc["address"])),
        ("Importer number", doc["ior"]),
        ("Ruling sought", _subject(doc).capitalize()),
    ]
    if not doc["no_port"]:
        rows.append(("Port(s) of entry", _ports(doc)))
    rows.append(("Transaction", _transaction(doc)))
    for i, f in enumerate(_facts(doc, ms)):
        rows.append(("Facts" if i == 0 else "", f))
    if doc["hts"]:
        rows.append(("Proposed HTSUS", doc["hts"]))
        if not doc["no_basis"]:
            rows.append(("Basis", "GRI 1 and 6; the heading text describes the article."))
    if doc["type"] == "classification":
        rows.append(("Number of items", str(doc["items"])))
    if (p := _pending(doc, rng)) is not None:
        rows.append(("177.2(b)(5) statement", p))
    rows.append(("Sample", "Enclosed" if doc["sample"] else "None - photographs attached"))
    rows.append(
        (
            "Confidential treatment",
            "Requested for pricing" if doc["confidential"] else "Not requested",
        )
    )
    # a two-column ruled table whose right cells wrap
    for label, value in rows:
        w.need(50)
        start = w.y
        w.y += 12
        w.text(64, label, "Helvetica-Bold", 9)
        w.para(value, "Helvetica", 9, x=200, width=345, gap=1.3)
        bottom = w.y - 7
        w.blocks.append(("L", w.page, 60, round(start, 2), 552, round(start, 2), 0.5))
        w.blocks.append(("L", w.page, 60, round(bottom, 2), 552, round(bottom, 2), 0.5))
        for x in (60, 195, 552):
            w.blocks.append(("L", w.page, x, round(start, 2), x, round(bottom, 2), 0.5))
        w.y = bottom
    w.y += 24
    if doc["signed"]:
        w.line(f"Signature: /s/ {doc['signer']}", "Helvetica", 10)
        w.line(f"Name and title: {doc['signer']}, {doc['title']}", "Helvetica", 10)
    else:
        w.line("Signature: ______________________________", "Helvetica", 10)
        w.line("Name and title:", "Helvetica", 10)
    return w


def ruling_typed(doc: dict[str, Any], rng: random.Random, ds: str, ms: str) -> Writer:
    """A short letter typed in Courier with capitalised labels."""

    def d(x: Any) -> str:
        return "" if x is None else fmt_date(x, ds)

    w = Writer("Courier", 10)
    w.line(doc["name"], "Courier-Bold")
    for a in doc["address"]:
        w.line(a)
    w.line(f"IOR: {doc['ior']}")
    w.y += 10
    w.line(d(doc["date"]), x=540, align="r")
    w.y += 6
    for a in _addressee(doc):
        w.line(a)
    w.y += 8
    w.line(f"SUBJECT: RULING REQUEST - {_subject(doc).upper()}", "Courier-Bold")
    w.y += 6
    w.para(f"Dear Sir or Madam: {_transaction(doc)}")
    if not doc["no_port"]:
        w.para(f"PORTS OF ENTRY: {_ports(doc)}.")
    w.para("DESCRIPTION: " + " ".join(_facts(doc, ms)))
    if (h := _hts_text(doc)) is not None:
        w.para("OUR VIEW: " + h)
    if (p := _pending(doc, rng)) is not None:
        w.para("PENDING MATTERS: " + p)
    w.para(
        "SAMPLE: "
        + ("one sample enclosed." if doc["sample"] else "none; a sample is available on request.")
    )
    if doc["confidential"]:
        w.para("CONFIDENTIAL: please keep the price information confidential.")
    w.y += 10
    w.line("Very truly yours,")
    w.y += 18
    if doc["signed"]:
        w.line(doc["signer"])
        w.line(doc["title"])
    else:
        w.line("______________________")
    return w


# ------------------------------------------------------------------ penalty referrals

CULP = {
    "negligence": ["negligence", "negligent conduct"],
    "gross_negligence": ["gross negligence", "grossly negligent conduct"],
    "fraud": ["fraud", "a fraudulent violation"],
}


def _pd(doc: dict[str, Any], d: Callable[[Any], str]) -> str:
    if doc["prior"]:
        return (
            "The party made a valid prior disclosure under 19 CFR 162.74 before any investigation "
            "of the violation began."
        )
    return "No prior disclosure was made."


def penalty_memo(doc: dict[str, Any], rng: random.Random, ds: str, ms: str) -> Writer:
    """An FP&F referral memo: party in a boxed header, entries in a ruled table."""

    def d(x: Any) -> str:
        return "" if x is None else fmt_date(x, ds)

    def m(x: Any) -> str:
        return fmt_money(float(x), ms)

    w = Writer("Helvetica", 9)
    w.line("MEMORANDUM", "Helvetica-Bold", 16)
    for label, value in (
        ("TO:", "Fines, Penalties and Forfeitures Officer"),
        ("FROM:", f"{doc['officer']}, Import Specialist"),
        ("DATE:", d(doc["memo_date"])),
        ("SUBJECT:", f"Referral for 19 U.S.C. 1592 penalty - Case {doc['case_number']}"),
    ):
        w.text(72, label, "Helvetica-Bold", 9)
        w.text(140, value, "Helvetica", 9)
        w.y += 13
    w.y += 6
    w.box(72, w.y, 468, 58, 1.0)
    w.text(80, "PARTY", "Helvetica-Bold", 7, y=w.y + 11)
    w.text(80, doc["name"], "Helvetica-Bold", 11, y=w.y + 25)
    w.text(80, ", ".join(doc["address"]), "Helvetica", 9, y=w.y + 38)
    w.text(80, f"Importer No.: {doc['ior']}", "Helvetica", 9, y=w.y + 51)
    w.text(532, f"Case No. {doc['case_number']}", "Helvetica", 8, "r", y=w.y + 11)
    w.y += 72
    w.para(f"Merchandise: {doc['goods']}.")
    w.para(
        f"Date of violation: {d(doc['violation'])}. Culpability: "
        f"{rng.choice(CULP[doc['culpability']])}. " + _pd(doc, d)
    )
    if doc["noncommercial"]:
        w.para(
            "The importation was noncommercial: the goods were for the personal use of the "
            "importer."
        )
    w.y += 6
    rows = [["Entry No.", "Entry Date", "Liq.", ">Entered Value", ">Duty Paid", ">Duty Owed"]]
    for e in doc["entries"]:
        rows.append(
            [
                e["entry_number"],
                d(e["entry_date"]),
                "Y" if e["liquidated"] else "N",
                ">" + m(e["entered_value"]),
                ">" + m(e["duty_paid"]),
                ">" + m(e["duty_owed"]),
            ]
        )
    w.table([72, 170, 262, 292, 382, 462], rows, ruled=True, head_font="Helvetica-Bold", size=8)
    w.y += 6
    w.line(f"Domestic value of the merchandise: {m(doc['dv'])}")
    if doc["dutiable"] is not None:
        w.line(f"Dutiable value: {m(doc['dutiable'])}")
    w.y += 10
    w.para(
        "Findings: the entered classification and values were not supported by the importer's "
        "own records, "
        "which it produced on request. Please prepare the notice."
    )
    w.y += 16
    w.line(doc["officer"])
    return w


def penalty_report(doc: dict[str, Any], rng: random.Random, ds: str, ms: str) -> Writer:
    """A case system's plain-text report in fixed-width columns."""

    def d(x: Any) -> str:
        return "" if x is None else fmt_date(x, ds)

    def m(x: Any) -> str:
        return fmt_money(float(x), ms)

    w = Writer("Courier", 9, left=48, right=570)
    w.line("SEIZED ASSETS AND CASE TRACKING - PENALTY CASE REPORT", "Courier-Bold")
    w.line("=" * 86)
    for label, value in (
        ("CASE NUMBER", doc["case_number"]),
        ("VIOLATOR", doc["name"]),
        ("ADDRESS", doc["address"][0]),
        ("", doc["address"][1]),
        ("IMPORTER NO", doc["ior"]),
        ("VIOLATION DATE", d(doc["violation"])),
        ("CULPABILITY", CULP[doc["culpability"]][0].upper()),
        ("PRIOR DISCLOSURE", "YES" if doc["prior"] else "NO"),
        ("IMPORTATION", "NONCOMMERCIAL" if doc["noncommercial"] else "COMMERCIAL"),
        ("DOMESTIC VALUE", m(doc["dv"])),
    ) + ((("DUTIABLE VALUE", m(doc["dutiable"])),) if doc["dutiable"] is not None else ()):
        w.line(f"{label:<18}{': ' if label else '  '}{value}")
    w.line("-" * 86)
    w.line(
        f"{'ENTRY':<16}{'ENTRY DT':<13}{'LIQ':<6}"
        f"{'ENTERED VAL':>16}{'DUTY PAID':>16}{'DUTY OWED':>16}"
    )
    for e in doc["entries"]:
        w.line(
            f"{e['entry_number']:<16}{d(e['entry_date']):<13}"
            f"{'LIQ' if e['liquidated'] else 'UNLIQ':<6}"
            f"{m(e['entered_value']):>16}{m(e['duty_paid']):>16}{m(e['duty_owed']):>16}"
        )
    w.line("-" * 86)
    w.line(f"COMMODITY: {doc['goods'].upper()}")
    w.line("REMARKS: REFERRED BY IMPORT SPECIALIST " + doc["officer"].upper())
    w.line("*** END OF REPORT ***")
    return w


def penalty_narrative(doc: dict[str, Any], rng: random.Random, ds: str, ms: str) -> Writer:
    """An auditor's referral in prose with a bullet per entry."""

    def d(x: Any) -> str:
        return "" if x is None else fmt_date(x, ds)

    def m(x: Any) -> str:
        return fmt_money(float(x), ms)

    w = Writer("Times-Roman", 11)
    w.line("Regulatory Audit - Referral for Penalty Action", "Times-Bold", 14)
    w.line(f"Case {doc['case_number']}", "Times-Roman", 10)
    w.y += 10
    w.para(
        f"This referral concerns {doc['name']} (importer number {doc['ior']}), whose address is "
        f"{', '.join(doc['address'])}. Our audit found that the company declared "
        f"{doc['goods'].lower()} "
        "at values and rates that did not match its purchase records."
    )
    w.y += 4
    culp = rng.choice(CULP[doc["culpability"]])
    w.para(
        f"We find that the violation, which began on {d(doc['violation'])}, resulted from {culp}. "
        + _pd(doc, d)
        + (" The importation was noncommercial." if doc["noncommercial"] else "")
    )
    w.y += 4
    w.para("The entries concerned are:")
    for e in doc["entries"]:
        w.text(84, "-")
        w.para(
            f"Entry {e['entry_number']}, entered {d(e['entry_date'])}, "
            f"{'liquidated' if e['liquidated'] else 'not yet liquidated'}; entered value "
            f"{m(e['entered_value'])}, "
            f"duty deposited {m(e['duty_paid'])}, duty lawfully owed {m(e['duty_owed'])}.",
            x=96,
        )
    w.y += 4
    w.para(
        f"The domestic value of the merchandise is {m(doc['dv'])}."
        + (f" Its dutiable value is {m(doc['dutiable'])}." if doc["dutiable"] is not None else "")
    )
    w.y += 20
    w.line(doc["officer"])
    w.line("Field Auditor, Regulatory Audit and Agency Advisory Services", size=10)
    return w


STYLES: dict[str, dict[str, Callable[..., Writer]]] = {
    "protest": {"ruledform": protest_ruledform, "letter": protest_letter, "email": protest_email},
    "ruling-request": {"counsel": ruling_counsel, "sheet": ruling_sheet, "typed": ruling_typed},
    "penalty-case": {
        "memo": penalty_memo,
        "report": penalty_report,
        "narrative": penalty_narrative,
    },
}
DATE_STYLES = {
    "ruledform": ["us", "dmon"],
    "letter": ["dmy", "long"],
    "email": ["iso", "abbr"],
    "counsel": ["long", "abbr"],
    "sheet": ["iso", "us"],
    "typed": ["dmon", "dmy"],
    "memo": ["us", "long"],
    "report": ["dmon", "iso"],
    "narrative": ["long", "dmy"],
}
MONEY_STYLES = {
    "memo": ["dollar", "plain"],
    "report": ["plain", "bare"],
    "narrative": ["dollar", "usd"],
    "counsel": ["dollar"],
    "sheet": ["usd"],
    "typed": ["dollar"],
}
