"""The `gnumeric` producer: worksheets written with openpyxl and printed by Gnumeric's ssconvert."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from . import wording
from .people import dollars, sheet_date

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONTS = ["Arial", "Liberation Serif", "DejaVu Sans Mono", "Calibri"]


def render(book: Workbook, out: Path) -> None:
    """Save the workbook and print it to PDF with ssconvert."""
    source = out.with_suffix(".xlsx")
    book.save(source)
    subprocess.run(
        ["ssconvert", str(source), str(out)], check=True, capture_output=True, timeout=120
    )
    source.unlink()


def _book(style: int, widths: list[int]) -> tuple[Workbook, Worksheet]:
    book = Workbook()
    ws = book.active
    assert ws is not None
    for n, width in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[n]].width = width
    ws.page_setup.orientation = "landscape" if style % 2 else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return book, ws


def _put(
    ws: Worksheet,
    row: int,
    values: list[Any],
    *,
    bold: bool = False,
    box: bool = False,
    font: str = "Arial",
) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col, value=value)
        cell.font = Font(name=font, bold=bold, size=10)
        if box:
            cell.border = BOX


def _text(ws: Worksheet, row: int, text: str, width: int = 95, font: str = "Arial") -> int:
    """Long text in column A, one printed line a row (cells do not wrap); returns the next row."""
    words, line = text.split(), ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            _put(ws, row, [line], font=font)
            row, line = row + 1, word
        else:
            line = f"{line} {word}".strip()
    if line:
        _put(ws, row, [line], font=font)
        row += 1
    return row


def _block(ws: Worksheet, pairs: list[tuple[str, Any]], font: str, merge: bool = False) -> int:
    """The header block: bold captions in column A, values beside them; returns the table row."""
    row = 3
    for label, value in pairs:
        if merge:  # the broker's export merges the value cells across the sheet
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        _put(ws, row, [label, value], font=font)
        ws.cell(row=row, column=1).font = Font(name=font, bold=True, size=10)
        row += 1
    return row + 1


def protest(facts: dict[str, Any]) -> Workbook:
    """A protest exported from a broker's spreadsheet: a merged header block, one row per entry."""
    s = facts["style"]
    font = FONTS[s % len(FONTS)]
    book, ws = _book(s, [34, 22, 22, 22, 14])
    ws.merge_cells("A1:E1")
    _put(ws, 1, [f"PROTEST WORKSHEET - {facts['name']}"], bold=True, font=font)
    ws["A1"].alignment = Alignment(horizontal="center")
    labels = [("Protestant", facts["name"])]
    if facts["address"]:
        labels += [("Address", facts["address"][0]), ("", facts["address"][1])]
    if facts["ior"]:
        labels.append(("Importer No. (IOR)", facts["ior"]))
    labels.append(("Port Code", f"{facts['port']} {facts['port_name']}"))
    if facts["stamped"]:
        labels.append(("Date Rec'd by CBP", sheet_date(facts["received"], s)))
    category = wording.INVALID if facts["invalid"] else wording.CATEGORY[facts["category"]][s % 5]
    labels.append(("Decision Protested", category))
    if facts["goods"]:
        labels.append(("Merchandise Description", facts["goods"]))
    labels.append(("Prepared", sheet_date(facts["letter_date"], s)))
    row = _block(ws, labels, font, merge=True)
    _put(
        ws,
        row,
        ["Entry #", "Entry Dt.", "Liq. Dt.", "Port", "Line"],
        bold=True,
        box=True,
        font=font,
    )
    for n, (number, entered, liquidated) in enumerate(facts["entries"], start=1):
        row += 1
        _put(
            ws,
            row,
            [
                number,
                sheet_date(entered, s + 1) if entered else "",
                sheet_date(liquidated, s + 1) if liquidated else "",
                facts["port"],
                n,
            ],
            box=True,
            font=font,
        )
    row += 2
    _put(ws, row, ["OBJECTION AND JUSTIFICATION"], bold=True, font=font)
    reason = (
        wording.JUSTIFY.get(facts["category"], "")
        if not facts["invalid"]
        else "The penalty should be cancelled in full."
    )
    row = _text(
        ws,
        row + 1,
        reason if facts["justify"] else "Protestant objects to this decision.",
        font=font,
    )
    if facts["earlier"]:
        row = _text(
            ws,
            row,
            f"Same disposition requested as in protest {facts['earlier']}, further review pending.",
            font=font,
        )
    row += 1
    flags = [
        ("Drawback", wording.DRAWBACK[s % 5] if facts["drawback"] else ""),
        (
            "Accelerated disposition",
            wording.ACCEL[s % 5]
            .removeprefix("NOTE: ")
            .removeprefix("IMPORTANT: ")
            .removeprefix("TIP: ")
            if facts["accel"]
            else wording.NO_ACCEL[s % 5],
        ),
        ("Further review", wording.REVIEW[s % 5] if facts["review"] else wording.NO_REVIEW[s % 5]),
    ]
    for label, text in flags:
        if text:
            row = _text(ws, row, f"{label}: {text}", font=font)
    row += 1
    _put(ws, row, ["Signature:", f"/s/ {facts['signer']}"], font=font)
    _put(ws, row + 1, ["Name / Title:", f"{facts['signer']}, Licensed Customs Broker"], font=font)
    return book


def ruling(facts: dict[str, Any]) -> Workbook:
    """A ruling-request intake sheet: party block, product table with units, numbered questions."""
    s = facts["style"]
    font = FONTS[s % len(FONTS)]
    book, ws = _book(s, [46, 12, 14, 16, 18])
    writer = (facts["name"], facts["address"]) if facts["own"] else facts["consultant"]
    ws.merge_cells("A1:E1")
    _put(ws, 1, ["BINDING RULING REQUEST (19 CFR Part 177)"], bold=True, font=font)
    to = (
        "National Commodity Specialist Division, New York"
        if facts["type"] != "valuation" and not facts["reconsider"]
        else "Regulations and Rulings, Headquarters, Washington DC"
    )
    rows = [
        ("To", to),
        ("Requester", writer[0]),
        ("", writer[1][0]),
        ("", writer[1][1]),
        ("Date", sheet_date(facts["request_date"], s)),
        ("Subject", facts["type"].title()),
    ]
    if not facts["own"]:
        rows += [
            ("Importer (client)", facts["name"]),
            ("", ", ".join(facts["address"])),
            ("Authority", "Agent under power of attorney"),
        ]
    rows.append(("IOR", facts["ior"]))
    if facts["port"]:
        rows.append(("Port of entry", f"{facts['port'][1]} ({facts['port'][0]})"))
    row = _block(ws, rows, font)
    _put(
        ws,
        row,
        ["Product", "Unit", "Qty/yr", "Net wt (kg)", "Price (USD)"],
        bold=True,
        box=True,
        font=font,
    )
    for n, (goods, _) in enumerate(facts["items"]):
        row += 1
        _put(
            ws,
            row,
            [goods[:44], "pcs", 1200 * (n + 1), 1.2 + n, dollars(18.5 + 7 * n, s)],
            box=True,
            font=font,
        )
    row += 2
    if facts["materials"]:
        row = _text(
            ws,
            row,
            "Materials by weight: aluminium 62%, polypropylene 30%, copper 8%. "
            "Principal use in the U.S.: household and light commercial use.",
            font=font,
        )
    else:
        row = _text(ws, row, "Principal use in the U.S.: household use.", font=font)
    row = _text(
        ws,
        row,
        "Transaction status: "
        + (
            "first shipment arrived and awaits entry at the port."
            if facts["current"]
            else "prospective; no goods have been imported."
        ),
        font=font,
    )
    if facts["reconsider"]:
        row = _text(
            ws, row, f"Reconsideration of NY ruling {facts['reconsider']} is requested.", font=font
        )
    row += 1
    _put(ws, row, ["QUESTIONS"], bold=True, font=font)
    questions = []
    if facts["type"] == "classification":
        questions.append("Is the product classified in HTSUS " + ", ".join(facts["proposed"]) + "?")
        if facts["basis"]:
            questions.append("Basis: GRI 1 and Note 3 to Section XVI; see HQ H290011.")
    elif facts["type"] == "valuation":
        questions += [
            "Is the price paid the transaction value?",
            "Terms of sale: FOB Ningbo; the parties are not related.",
        ]
    else:
        questions.append(f"What is the country of origin for {facts['type']} purposes?")
        if facts["basis"]:
            questions.append("Basis: substantial transformation in Vietnam (19 CFR 102.11).")
    for n, question in enumerate(questions, start=1):
        row = _text(ws, row + (n == 1), f"{n}. {question}", font=font)
    row += 1
    if facts["current"]:  # the (b)(5) statement then names the port that has the goods
        row = _text(
            ws,
            row,
            "Pending matters: the shipment is before the port awaiting "
            "entry; no court has the issue.",
            font=font,
        )
    if facts["pending"] and not facts["court"] and not facts["current"]:
        row = _text(
            ws,
            row,
            "Pending matters (177.2(b)(5)): none - the issue is not before any CBP "
            "office or court.",
            font=font,
        )
    if facts["court"]:
        row = _text(
            ws,
            row,
            "Litigation: the issue is pending before the Court of International "
            "Trade, Court No. 24-00187.",
            font=font,
        )
    row = _text(
        ws,
        row,
        "Sample: "
        + (
            "enclosed."
            if facts["sample"]
            else "none; photographs attached, sample available on request."
        ),
        font=font,
    )
    row = _text(
        ws,
        row,
        "Confidentiality: "
        + ("requested for prices (177.2(b)(7))." if facts["confidential"] else "not requested."),
        font=font,
    )
    row += 1
    _put(
        ws,
        row,
        ["Signature:", f"/s/ {facts['signer']}" if facts["signed"] else "__________"],
        font=font,
    )
    return book


def penalty(facts: dict[str, Any]) -> Workbook:
    """A penalty computation sheet: formulas printed as values, then a summary block."""
    s = facts["style"]
    font = FONTS[s % len(FONTS)]
    book, ws = _book(s, [24, 14, 10, 18, 16, 16, 16])
    ws.column_dimensions["G"].width = 16
    ws.merge_cells("A1:G1")
    _put(ws, 1, [f"PENALTY CASE WORKSHEET  Case No. {facts['case_number']}"], bold=True, font=font)
    culp = {"negligence": "Negligence", "gross_negligence": "Gross Negligence", "fraud": "Fraud"}[
        facts["culpability"]
    ]
    head = [
        ("Violator", facts["name"]),
        ("Address", ", ".join(facts["address"])),
        ("IOR No.", facts["ior"]),
        ("Violation Date", sheet_date(facts["violation"], s)),
        ("Culpability", culp),
        ("Prior Disclosure", "Yes" if facts["disclosed"] else "No"),
        ("Importation", "Noncommercial" if facts["noncommercial"] else "Commercial"),
    ]
    if facts["goods"]:
        head.append(("Merchandise", facts["goods"]))
    if facts["kind"]:
        head.append(("Violation", facts["kind"]))
    head.append(("Prepared by", f"{facts['officer']}, {sheet_date(facts['date'], s)}"))
    row = _block(ws, head, font)
    _put(
        ws,
        row,
        ["Entry Number", "Entry Date", "Liq?", "Entered Value", "Duty Paid", "Duty Owed", "Loss"],
        bold=True,
        box=True,
        font=font,
    )
    first = row + 1
    for r in facts["rows"]:
        row += 1
        _put(
            ws,
            row,
            [
                r[0],
                sheet_date(r[1], s + 2),
                "Y" if r[2] else "N",
                float(r[3]),
                float(r[4]),
                float(r[5]),
                f"=MAX(F{row}-E{row},0)",
            ],
            box=True,
            font=font,
        )
        for col in range(4, 8):
            ws.cell(row=row, column=col).number_format = "#,##0.00"
    row += 1
    _put(
        ws,
        row,
        [
            "TOTAL",
            "",
            "",
            f"=SUM(D{first}:D{row - 1})",
            f"=SUM(E{first}:E{row - 1})",
            f"=SUM(F{first}:F{row - 1})",
            f"=SUM(G{first}:G{row - 1})",
        ],
        bold=True,
        font=font,
    )
    for col in range(4, 8):
        ws.cell(row=row, column=col).number_format = "#,##0.00"
    row = _pivot(ws, row + 2, first, row - 1, font)
    _put(ws, row, ["Domestic Value", float(facts["domestic"])], font=font)
    ws.cell(row=row, column=2).number_format = "#,##0.00"
    if facts["dutiable"] is not None:
        row += 1
        _put(ws, row, ["Dutiable Value", float(facts["dutiable"])], font=font)
        ws.cell(row=row, column=2).number_format = "#,##0.00"
    row += 2
    if facts["facts"]:
        _put(ws, row, ["MATERIAL FACTS"], bold=True, font=font)
        row = _text(ws, row + 1, facts["facts"], width=110, font=font)
    return book


def _pivot(ws: Worksheet, row: int, first: int, last: int, font: str) -> int:
    """A summary of the loss by liquidation status, as a pivot prints it; returns the next row."""
    _put(ws, row, ["Loss by status", "Liq?", "Loss"], bold=True, box=True, font=font)
    for n, (label, flag) in enumerate((("Actual", "Y"), ("Potential", "N")), start=1):
        formula = f'=SUMIF(C{first}:C{last},"{flag}",G{first}:G{last})'
        _put(ws, row + n, [label, flag, formula], box=True, font=font)
        ws.cell(row=row + n, column=3).number_format = "#,##0.00"
    return row + 4
