"""Binding-ruling requests (19 CFR Part 177): cases, truths and three senders' layouts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .common import (
    COMPANIES,
    FIRMS,
    GOODS,
    PEOPLE,
    PORTS,
    date_fmt,
    ior,
    truth,
    weekday_on_or_after,
)
from .layout import Doc

CASES = [
    "class-accept",
    "valuation-hq",
    "no-pending-statement",
    "unsigned",
    "no-port",
    "class-no-use",
    "result-no-basis",
    "too-many-items",
    "court-pending",
    "current-entry",
    "origin-accept",
    "cbp-assigned-number",
]
STYLES = ["fax", "questionnaire", "footnote"]
D = dt.timedelta
MISSING = {
    "no-pending-statement": ["177.2(b)(5)"],
    "unsigned": ["177.2(c)"],
    "no-port": ["177.2(b)(1)"],
    "class-no-use": ["177.2(b)(2)"],
    "result-no-basis": ["177.2(b)(6)"],
}
OUTCOME = {
    "class-accept": "accept",
    "valuation-hq": "accept",
    "origin-accept": "accept",
    "too-many-items": "deficient",
    "court-pending": "no_ruling",
    "current-entry": "no_ruling",
    "cbp-assigned-number": "needs_human",
}
USES = {
    "7323": "household use for hot and cold drinks",
    "6302": "household bathroom use",
    "9405": "portable lighting on construction sites",
    "8714": "replacement parts for road bicycles",
    "6105": "retail sale as men's casual wear",
    "6911": "household table service",
    "4203": "protective wear for warehouse workers",
    "8204": "hand tool sets for retail sale",
    "3924": "household storage",
    "4414": "retail sale for home decoration",
}
MATERIALS = {
    "7323": "stainless steel 96% by weight, polypropylene lid 4%",
    "6302": "cotton 100%",
    "9405": "ABS plastic housing 55%, aluminum 20%, battery and electronics 25% by weight",
    "8714": "aluminum alloy 6061, 100%",
    "6105": "cotton 100% knit",
    "6911": "porcelain 100%",
    "4203": "cowhide leather 92%, cotton thread 8%",
    "8204": "chrome vanadium steel 95%, plastic grip 5%",
    "3924": "polypropylene 100%",
    "4414": "pine wood 85%, glass 15% by value",
}


def plan(index: int, seed: int, family: str, style: str) -> tuple[dict[str, Any], Doc]:
    case = CASES[index % len(CASES)]
    rng = random.Random(f"ruling-{seed}-{index}")
    name, street, city = COMPANIES[rng.randrange(len(COMPANIES))]
    firm = FIRMS[rng.randrange(len(FIRMS))]
    port, port_name = rng.choice(PORTS)
    goods, hts = rng.choice(GOODS)
    signer = rng.choice(PEOPLE)
    letter = weekday_on_or_after(dt.date(2024, 2, 1) + D(days=rng.randint(0, 560)))
    received = weekday_on_or_after(letter + D(days=rng.randint(2, 8)))
    today = received + D(days=rng.randint(3, 20))
    ruling_type = {"valuation-hq": "valuation", "origin-accept": "origin"}.get(
        case, "classification"
    )
    route = "HQ" if ruling_type == "valuation" else "NCSD"
    importer = (
        f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"
        if case == "cbp-assigned-number"
        else ior(rng)
    )
    items = 7 if case == "too-many-items" else 1
    item_goods = [g for g, _ in GOODS][:items] if items > 1 else [goods]
    hts_printed = ""
    if ruling_type == "classification" and case != "too-many-items":
        form = rng.randrange(3)
        hts_printed = [
            hts,
            hts.replace(".", "")[:4]
            + "."
            + hts.replace(".", "")[4:6]
            + "."
            + hts.replace(".", "")[6:8]
            + "."
            + hts.replace(".", "")[8:],
            hts.replace(".", ""),
        ][form]
    sample = rng.random() < 0.5
    confidential = rng.random() < 0.4
    missing = MISSING.get(case, [])
    outcome = "deficient" if missing else OUTCOME[case]
    values: dict[str, Any] = {
        "requester_name": name,
        "requester_address": f"{street}, {city}",
        "importer_number": importer,
        "request_date": letter.isoformat(),
        "ruling_type": ruling_type,
        "proposed_hts": [hts_printed] if hts_printed else [],
        "prospective": case != "current-entry",
        "pending_statement": case != "no-pending-statement",
        "pending_in_court": case == "court-pending",
        "pending_before_cbp": case == "current-entry",
        "sample_provided": sample,
        "confidential_requested": confidential,
        "signed": case != "unsigned",
    }
    if ruling_type == "classification":
        values["item_count"] = items
    if case == "no-port":
        values["ports"] = []
    decision: dict[str, Any] = {"outcome": outcome, "route": route, "missing": missing}
    not_scored = [
        "reason: free text",
        "product_description: free text whose extent the contract leaves open",
    ]
    if outcome == "accept":
        decision["due"] = (received + D(days=30)).isoformat() if route == "NCSD" else None
    else:
        not_scored.append(
            "due: the contract sets no target date for a request that is not accepted"
        )
    if style == "footnote":
        for key in ("requester_name", "requester_address"):
            del values[key]
        not_scored.append(
            "requester_name, requester_address: the request is written by counsel for the "
            "importer (importer or agent)"
        )
    if ruling_type != "classification":
        not_scored.append("item_count: outside classification")
    args = ["--received", received.isoformat(), "--today", today.isoformat()]
    t = truth("ruling-request", family, case, style, args, values, decision, not_scored)
    f = {
        "case": case,
        "name": name,
        "street": street,
        "city": city,
        "firm": firm,
        "port": port,
        "port_name": port_name,
        "goods": goods,
        "hts": hts_printed,
        "signer": signer,
        "letter": letter,
        "type": ruling_type,
        "importer": importer,
        "items": item_goods,
        "sample": sample,
        "confidential": confidential,
        "use": USES[hts[:4]],
        "materials": MATERIALS[hts[:4]],
        "price": f"${rng.randint(3, 40)}.{rng.randint(0, 99):02d}",
        "rng": rng,
        "entry_date": letter - D(days=rng.randint(5, 20)),
    }
    doc = {"fax": _fax, "questionnaire": _questionnaire, "footnote": _footnote}[style](f)
    return t, doc


def _addressee(f: dict[str, Any]) -> list[str]:
    if f["type"] == "valuation":
        return [
            "U.S. Customs and Border Protection",
            "Regulations and Rulings, Office of Trade",
            "90 K Street NE, 10th Floor",
            "Washington, DC 20229",
        ]
    return [
        "U.S. Customs and Border Protection",
        "National Commodity Specialist Division",
        "201 Varick Street, Suite 501",
        "New York, NY 10014",
    ]


def _question(f: dict[str, Any]) -> str:
    if f["type"] == "valuation":
        return (
            "whether the price actually paid for the merchandise, without the seller's separately "
            "invoiced tooling amortization, is its transaction value"
        )
    if f["type"] == "origin":
        return "the country of origin of the merchandise for marking and duty purposes"
    if len(f["items"]) > 1:
        return "the tariff classification of the seven articles listed below"
    return "the tariff classification of the merchandise under the HTSUS"


def _facts(f: dict[str, Any]) -> list[str]:
    """The transaction and the subject's facts (177.2(b)(2)), one paragraph each."""
    out = [
        f"{f['name']} intends to import the merchandise described here from its supplier in "
        "Vietnam "
        f"in regular monthly shipments, beginning next quarter."
    ]
    if f["case"] == "current-entry":
        out = [
            f"The first shipment arrived and was entered on {date_fmt(f['entry_date'], 'long')}; "
            "the "
            "entry is not yet liquidated, and further shipments of the same goods will follow."
        ]
    if f["type"] == "classification":
        if len(f["items"]) > 1:
            out.append("The articles are: " + "; ".join(f["items"]) + ".")
            out.append(
                "Each is for household or retail use; component materials are shown on the "
                "attached "
                "specification sheets, with purchase and resale prices."
            )
            return out
        out.append(f"The merchandise: {f['goods']}.")
        if f["case"] != "class-no-use":
            out.append(
                f"Principal use in the United States: {f['use']}. Component materials: "
                f"{f['materials']}. Purchase price {f['price']} per unit FOB; U.S. selling price "
                "about "
                "twice that."
            )
    elif f["type"] == "valuation":
        out.append(
            f"The merchandise: {f['goods']}. Terms of sale: FOB Haiphong, payment 60 days after "
            "bill "
            "of lading. The seller and the buyer are not related within 19 U.S.C. 1401a(g); the "
            "seller invoices tooling amortization separately each quarter."
        )
    else:
        out.append(
            f"The merchandise: {f['goods']}. The blanks are forged in China and finished in "
            "Vietnam by machining, heat treatment and coating; the finished article is packed in "
            "Vietnam."
        )
    return out


def _result(f: dict[str, Any]) -> str | None:
    if f["type"] == "classification" and f["hts"]:
        if f["case"] == "result-no-basis":
            hts = f["hts"]
            return (
                f"We ask CBP to rule that the merchandise is classified in subheading {hts}, HTSUS."
            )
        return (
            f"We believe the merchandise is classified in subheading {f['hts']}, HTSUS, under "
            "GRI 1 "
            "and GRI 6: the heading's terms describe the article by its material and use, and no "
            "other heading is more specific."
        )
    if f["type"] == "valuation":
        return (
            "We ask CBP to rule that the tooling amounts are an assist only to the extent of their "
            "apportioned value under 19 U.S.C. 1401a(h) and 19 CFR 152.103(e), and otherwise not "
            "part of the price actually paid."
        )
    if f["type"] == "origin":
        return (
            "We believe the origin is Vietnam: the machining and heat treatment there "
            "substantially "
            "transform the forged blanks into a new article of commerce with a different use."
        )
    return None


def _pending(f: dict[str, Any]) -> str | None:
    if f["case"] == "no-pending-statement":
        return None
    if f["case"] == "court-pending":
        return (
            f"The same issue is pending before the Court of International Trade in {f['name']} v. "
            "United States, Court No. 24-00187, concerning earlier entries of the same goods."
        )
    return (
        "To the requester's knowledge the issue is not, and has not been, before any CBP office, "
        "the "
        "Court of International Trade, the Court of Appeals for the Federal Circuit or any "
        "appellate "
        "court, and the transaction is not one of a series already the subject of a ruling request."
    )


def _ports(f: dict[str, Any]) -> str | None:
    if f["case"] == "no-port":
        return None
    return f"The goods will be entered at the port of {f['port_name']} (port code {f['port']})."


def _sample(f: dict[str, Any]) -> str:
    if f["sample"]:
        return "A sample is enclosed with this request; it need not be returned."
    return "Photographs and a specification sheet are enclosed; a sample is available on request."


def _confidential(f: dict[str, Any]) -> str:
    if f["confidential"]:
        return (
            "Confidential treatment is requested for the purchase price and the supplier's name, "
            "bracketed in the enclosures, which are commercial information not otherwise public."
        )
    return "No information in this request is confidential."


def _fax(f: dict[str, Any]) -> Doc:
    doc = Doc(font="T", size=11)
    doc.line("FACSIMILE COVER", "HB", 15)
    doc.gap(6)
    doc.table(
        [("To", 160), ("From", 160), ("Date", 148)],
        [[_addressee(f)[1][:30], f["name"][:30], date_fmt(f["letter"], "abbr")]],
        font="H",
        size=9,
    )
    doc.labelled("Pages:", "cover sheet plus letter", 70, font="H", size=9)
    doc.labelled("Subject:", "Request for a binding ruling (19 CFR Part 177)", 70, font="H", size=9)
    doc.gap(8)
    doc.para(
        "Notice: this transmission is meant only for the addressee. The original and enclosures "
        "follow by overnight courier.",
        "H",
        8,
    )
    doc.new_page()
    doc.line(f["name"], "TB", 14, align="center")
    doc.line(f"{f['street']}  -  {f['city']}", "T", 9, align="center")
    doc.line(f"Importer No. {f['importer']}", "T", 9, align="center")
    doc.gap(14)
    doc.line(date_fmt(f["letter"], "abbr"))
    doc.gap(6)
    doc.lines(_addressee(f))
    doc.gap(8)
    doc.para(f"Re: Request for a prospective binding ruling on {_question(f)}", "TB")
    doc.line("Dear Sir or Madam:")
    doc.gap(3)
    doc.para(
        f"{f['name']}, the importer of record, requests a binding ruling on {_question(f)}. "
        "The facts are as follows."
    )
    for p in _facts(f):
        doc.para(p)
    if _ports(f):
        doc.para(_ports(f) or "")
    if _result(f):
        doc.para(_result(f) or "")
    if _pending(f):
        doc.para(_pending(f) or "")
    doc.para(_sample(f))
    doc.para(_confidential(f))
    _sign(doc, f, "Very truly yours,", "Director of Imports")
    doc.footer("{page}", "T", 9)
    return doc


def _sign(doc: Doc, f: dict[str, Any], closing: str, title: str) -> None:
    doc.gap(8)
    doc.line(closing)
    doc.gap(20)
    doc.rule(doc.left, doc.y, doc.left + 190, doc.y)
    if f["case"] == "unsigned":
        doc.gap(24)
        return
    doc.line(f["signer"])
    doc.line(title, size=doc.size - 1)


def _questionnaire(f: dict[str, Any]) -> Doc:
    doc = Doc(font="H", size=9.5, top=60)
    doc.fill(doc.left - 4, doc.top - 6, doc.right - doc.left + 8, 26, 0.8)
    doc.line("BINDING RULING REQUEST - IMPORTER QUESTIONNAIRE", "HB", 12.5)
    doc.gap(8)
    doc.line("Subject of the request (check one)", "HB")
    for key, label in [
        ("classification", "Tariff classification"),
        ("valuation", "Customs valuation"),
        ("origin", "Country of origin / marking"),
        ("carrier", "Carrier / vessel"),
    ]:
        doc.check(label, key == f["type"], x=doc.left + 10)
    doc.gap(4)
    rows: list[tuple[str, str | None]] = [
        ("1. Requester", f["name"]),
        ("   Address", f"{f['street']}, {f['city']}"),
        ("   Importer number", f["importer"]),
        ("   Date of request", date_fmt(f["letter"], "iso")),
        ("2. Port(s) of entry", _ports(f)),
        ("3. Question", _question(f)),
    ]
    facts = _facts(f)
    rows.append(("4. Transaction", facts[0]))
    for extra in facts[1:]:
        rows.append(("   Facts", extra))
    if f["type"] == "classification" and f["hts"]:
        rows.append(("5. Proposed HTS", f["hts"]))
    rows.append(("6. Result sought", _result(f)))
    rows.append(("7. Pending matters", _pending(f)))
    for label, value in rows:
        if value is None:
            continue
        doc.labelled(label, value, 120, lfont="HB")
        doc.gap(2)
    doc.line("8. Samples", "HB")
    doc.check("Sample enclosed", f["sample"], x=doc.left + 10)
    doc.check("Photographs / specification sheet only", not f["sample"], x=doc.left + 10)
    doc.line("9. Confidential treatment requested?", "HB")
    doc.check("Yes (bracketed in the enclosures)", f["confidential"], x=doc.left + 10)
    doc.check("No", not f["confidential"], x=doc.left + 10)
    doc.gap(6)
    doc.line("10. Certification and signature", "HB")
    doc.para(
        "I certify that the information given is accurate and complete to the best of my knowledge."
    )
    if f["case"] == "unsigned":
        doc.labelled("Signature:", "", 90)
        doc.labelled("Name and title:", "", 90)
    else:
        doc.labelled("Signature:", "/s/ " + f["signer"], 90)
        doc.labelled("Name and title:", f"{f['signer']}, Trade Compliance Lead", 90)
    doc.footer("Questionnaire v2.1 - page {page} of {pages}", "H", 7, "right")
    return doc


def _footnote(f: dict[str, Any]) -> Doc:
    firm, fstreet, fcity = f["firm"]
    doc = Doc(font="T", size=11)
    doc.line(firm.upper(), "TB", 13, align="center")
    doc.line(f"{fstreet} | {fcity}", "T", 8.5, align="center")
    doc.rule(doc.left, doc.y + 2, doc.right, doc.y + 2)
    doc.gap(14)
    doc.line(date_fmt(f["letter"], "long"), align="right")
    doc.gap(4)
    doc.lines(_addressee(f))
    doc.gap(8)
    doc.labelled(
        "Re:",
        f"Binding ruling request for {f['name']} (importer no. {f['importer']})",
        30,
        font="TB",
        lfont="TB",
    )
    doc.gap(6)
    doc.para(
        f"On behalf of our client {f['name']}, {f['street']}, {f['city']}, we request a binding "
        "ruling "
        f"under 19 CFR Part 177 on {_question(f)}.[1] Enclosures are listed below.[2]"
    )
    sections: list[tuple[str, list[str]]] = [("Facts", _facts(f))]
    if _ports(f):
        sections.append(("Port of Entry", [_ports(f) or ""]))
    if _result(f):
        sections.append(("Ruling Requested", [_result(f) or ""]))
    if _pending(f):
        sections.append(("Pending Matters", [_pending(f) or ""]))
    sections.append(("Samples", [_sample(f)]))
    sections.append(("Confidentiality", [_confidential(f)]))
    for head, paras in sections:
        doc.line(head, "TB")
        for p in paras:
            doc.para(p)
    doc.para(
        "Our authority to act for the client is shown by the enclosed letter of its president."
    )
    _sign(doc, f, "Respectfully submitted,", f"Counsel, {firm}")
    doc.gap(10)
    doc.rule(doc.left, doc.y, doc.left + 140, doc.y, 0.5)
    doc.gap(2)
    doc.para(
        "[1] 19 CFR 177.1(a)(1) allows a ruling on a prospective transaction; see 19 CFR 177.2.",
        "T",
        8.5,
    )
    doc.para(
        "[2] Enclosures: product literature, a commercial invoice and the purchase order.", "T", 8.5
    )
    doc.footer("{page}", "T", 9)
    return doc
