"""Ruling-request styles: broker status report, importer spec letter, importer e-mail."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bench.corpus_seventh.fmt import Doc, Pick
from bench.corpus_seventh.fmt import wrap as _wrap
from bench.corpus_seventh.rulings import PENDING_NONE

COURT = (
    "The same issue is before the U.S. Court of International Trade in "
    "{name} v. United States, Court No. 25-00187, on an earlier entry."
)
MODELS = ["A-100", "A-120", "B-200", "B-220", "C-300", "C-310"]


def _request_text(f: dict[str, Any], pick: Pick) -> list[str]:
    """The request's sentences, shared by every style so the facts stay the same."""
    goods, models = f["goods"][0], ", ".join(MODELS[: f["items"]])
    if f["valuation"]:
        out = [
            f"We ask for a binding ruling on the transaction value of {goods.lower()} "
            "bought from our related supplier in Vietnam, for future importations.",
            "Terms of sale: FOB Haiphong, paid by wire 60 days after shipment; the seller is our "
            "wholly owned subsidiary, and the price is set by a transfer-pricing study.",
            "We ask CBP to find that the relationship did not influence the price under "
            "19 U.S.C. 1401a(b)(2)(B), because the price settles at arm's length "
            "as the study shows.",
        ]
    else:
        out = [
            f"We ask for a prospective classification ruling on {goods.lower()} (models {models}), "
            "which we plan to import.",
            "Principal use: consumer household use. Component materials: as listed in the "
            "specification; no other materials.",
            f"We believe the goods are classified in subheading {f['hts']}, because the heading "
            "text and GRI 1 describe them and no other heading does.",
        ]
    out.append(f"Port of entry: {f['port_name']} ({f['port']}).")
    if f["court"]:
        out.append(COURT.format(name=f["name"]))
    elif f["statement"]:
        out.append(pick.one(PENDING_NONE))
    out.append(f["sample"])
    out.append(
        pick.one(
            [
                "Please treat the pricing data as confidential under 19 CFR 177.2(b)(7).",
                "We request confidential treatment of the attached price list.",
            ]
        )
        if f["confidential"]
        else pick.one(["", "No confidential treatment is requested."])
    )
    return [s for s in out if s]


def render(style: str, doc: Doc, f: dict[str, Any], pick: Pick) -> None:
    """Fill `doc` for `style`."""
    written = pick.date(f["written"])
    address = f"{f['street']}, {f['city']}"
    doc.printed += [f["name"], address, f["ior"], written] + (
        [f["hts"]] if not f["valuation"] else []
    )
    sign = [pick.one(["Respectfully submitted,", "Sincerely,", "Very truly yours,"])]
    sign += (
        [f"/s/ {f['signer']}", f"{f['signer']}, Import Compliance Manager"]
        if f["signed"]
        else ["_____________________________", "(authorized signature)"]
    )
    text = _request_text(f, pick)
    to = (
        "Regulations and Rulings, Office of Trade (HQ)"
        if f["valuation"]
        else "National Commodity Specialist Division, New York"
    )
    if style == "spec-letter":
        doc.font = pick.one(["Helvetica", "Times"])
        doc.header = f["name"].upper()
        rows = [["Model", "Description", "Material", "Unit price"]]
        for i in range(f["items"]):
            rows.append(
                [MODELS[i], f["goods"][0].split(",")[0], "per spec sheet", f"${12 + 3 * i}.50"]
            )
        doc.blocks = [
            ("b", f["name"]),
            ("p", address),
            ("p", f"Importer No. {f['ior']}"),
            ("p", written),
            ("p", f"To: {to}"),
            ("b", "Request for a binding ruling (19 CFR Part 177)"),
        ]
        doc.blocks += (
            [("p", t) for t in text[:2]] + [("table", rows)] + [("p", t) for t in text[2:]]
        )
        doc.blocks += [("p", t) for t in sign]
        return
    lines = []
    if style == "status-report":
        lines = [
            "TRI-PORT CUSTOMS BROKERS  --  DAILY STATUS REPORT",
            f"Report date: {pick.date(f['written'] + timedelta(days=1))}",
            "-" * 70,
            "1. SHIPMENT 7731  released; no holds",
            "2. SHIPMENT 7734  exam scheduled (CET)",
            "3. ENTRY SUMMARY QUEUE  4 pending, 0 rejected",
            f"4. BINDING RULING REQUEST for transmittal to {to}",
            "   (text as signed by the importer)",
            f"   Request dated {written}",
            "",
        ]
        indent = "   "
    else:
        lines = [
            # An unsigned request must not name its writer in the header either.
            f"From: {f['signer'] if f['signed'] else 'Import Desk'} <rulings@importer.example>",
            "To: eRulings@cbp.example",
            f"Date: {written}",
            "Subject: Binding ruling request",
            "",
        ]
        indent = ""
    lines += [
        indent + f"Requester: {f['name'].upper()}; {address.upper()}",
        indent + f"Importer number = {f['ior']}",
        indent + f"Addressed to: {to}",
        "",
    ]
    for t in text:
        lines += [*_wrap(t, 80, indent), ""]
    lines += [indent + s for s in sign]
    if style == "status-report":
        lines += ["", "5. DRAWBACK FILINGS  none today", "-- end of report --"]
    doc.lines = lines
    doc.printed = [p.upper() if p in (f["name"], address) else p for p in doc.printed]
