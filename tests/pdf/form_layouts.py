"""Three fillable forms a sender fills in a browser or Acrobat: a Form-19-like protest with
numbered boxes, a ruling request intake form with a multi-line description, and a penalty
worksheet with check boxes. Each comes with the values a sender types."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.pdf.fillable import Caption, CheckBox, Item, Rule, TextField

Page = Sequence[Item]
TOP = 740.0


def _box(number: str, caption: str, x0: float, y1: float, x1: float, height: float,
         name: str, multiline: bool = False) -> list[Item]:
    """A ruled box with its numbered caption at the top and a borderless field under it."""
    y0 = y1 - height
    return [Rule(x0, y0, x1, y1), Caption(x0 + 3, y1 - 9, f"{number}. {caption}", 7),
            TextField(name, x0 + 2, y0 + 2, x1 - x0 - 4, height - 14, multiline=multiline)]


def _yes_no(caption: str, x: float, y: float, name: str) -> list[Item]:
    """A question with a Yes and a No check box after it."""
    at = x + stringWidth(caption, "Helvetica", 9) + 12
    return [Caption(x, y + 2, caption, 9), CheckBox(f"{name}_yes", at, y, 9),
            Caption(at + 12, y + 2, "Yes", 9), CheckBox(f"{name}_no", at + 40, y, 9),
            Caption(at + 52, y + 2, "No", 9)]


def protest_form() -> list[Page]:
    """A Form-19-like protest: numbered ruled boxes, an entries grid, Yes/No boxes."""
    items: list[Item] = [
        Caption(40, TOP + 20, "PROTEST AND/OR APPLICATION FOR FURTHER REVIEW", 12),
        Caption(40, TOP + 8, "Department of Homeland Security - U.S. Customs and Border "
                "Protection - CBP Form 19 (Rev. 06/22)", 8),
        *_box("1", "Port Code", 40, TOP, 200, 30, "port"),
        *_box("2", "Protest Number", 200, TOP, 380, 30, "protest_number"),
        *_box("3", "Date Received", 380, TOP, 572, 30, "received"),
        *_box("4", "Importer Number of Protestant", 40, TOP - 30, 300, 30, "importer"),
        *_box("5", "Name and Address of Protestant", 40, TOP - 60, 572, 50, "protestant",
              multiline=True),
        Caption(43, TOP - 122, "6. Entries covered by this protest", 7),
        Caption(43, TOP - 134, "Entry Number", 8), Caption(200, TOP - 134, "Date of Entry", 8),
        Caption(360, TOP - 134, "Date of Liquidation", 8),
    ]
    for row in range(2):
        y = TOP - 156 - 20 * row
        items += [TextField(f"entry{row}", 42, y, 150, 16), TextField(f"entered{row}", 198, y,
                                                                       150, 16),
                  TextField(f"liquidated{row}", 358, y, 150, 16)]
    items += [
        *_box("7", "Category of decision protested", 40, TOP - 200, 572, 30, "category"),
        *_box("8", "Description of merchandise", 40, TOP - 230, 572, 30, "description"),
        *_box("9", "Nature of and justification for the objection", 40, TOP - 260, 572, 60,
              "objection", multiline=True),
        *_yes_no("Request for accelerated disposition:", 43, TOP - 340, "accelerated"),
        *_yes_no("Entries subject to drawback:", 43, TOP - 360, "drawback"),
        *_yes_no("Further review requested:", 43, TOP - 380, "review"),
        *_box("10", "Printed name", 40, TOP - 400, 572, 30, "signer"),
        *_box("11", "Date signed", 40, TOP - 430, 572, 30, "signed"),
    ]
    return [items]


PROTEST_VALUES = {
    "port": "3002", "protest_number": "3002-24-100211", "received": "04/22/2024",
    "importer": "74-6753923", "protestant": "Harbor Foods Co.\n5567 Industrial Pkwy, Houston, "
    "TX 77002", "entry0": "312-4115767-1", "entered0": "11/05/2023", "liquidated0":
    "02/16/2024", "entry1": "312-4115768-9", "entered1": "11/20/2023", "liquidated1":
    "03/01/2024", "category": "Classification", "description": "lithium-ion battery packs for "
    "cordless power tools", "objection": "The merchandise is properly classified under "
    "subheading 8507.60.0020.\nCBP's classification under 8513.10 is in error.",
    "accelerated_no": "/Yes", "drawback_no": "/Yes", "review_yes": "/Yes",
    "signer": "Jane Alvarez", "signed": "04/19/2024",
}


def _row(caption: str, y: float, name: str, x: float = 55, at: float = 200,
         width: float = 340) -> list[Item]:
    """A caption with its field beside it on the same line."""
    return [Caption(x, y + 4, caption, 9), TextField(name, at, y, width, 16, font_size=9)]


def ruling_form() -> list[Page]:
    """A ruling request intake form: label rows, a multi-line description field, Yes/No boxes
    and a signature block."""
    items: list[Item] = [
        Caption(55, TOP, "BINDING RULING REQUEST - 19 CFR PART 177", 12),
        Caption(55, TOP - 14, "Request intake form", 9),
        *_row("Requester", TOP - 40, "requester"),
        *_row("Address", TOP - 60, "address"),
        *_row("Importer number", TOP - 80, "importer"),
        *_row("Date of request", TOP - 100, "date"),
        *_row("Ruling type", TOP - 120, "subject"),
        Caption(55, TOP - 140, "Product description", 9),
        TextField("description", 55, TOP - 230, 485, 84, multiline=True, font_size=9,
                  border=True),
        *_row("Principal use", TOP - 256, "use"),
        *_row("Component materials", TOP - 276, "materials"),
        *_row("Port(s) of entry", TOP - 296, "ports"),
        CheckBox("not_pending", 55, TOP - 320, 9),
        Caption(70, TOP - 318, "The issue is not pending before any CBP office or any court.", 9),
        CheckBox("sample", 55, TOP - 340, 9),
        Caption(70, TOP - 338, "Sample sent with this request", 9),
        CheckBox("confidential", 250, TOP - 340, 9),
        Caption(265, TOP - 338, "Confidential treatment requested", 9),
        *_row("Signature", TOP - 380, "signature"),
        *_row("Name and title", TOP - 400, "signer"),
    ]
    return [items]


RULING_VALUES = {
    "requester": "Harbor Goods LLC", "address": "12 Pier Road, Newark, NJ 07114",
    "importer": "12-3456789", "date": "02/24/2025", "subject": "Tariff classification",
    "description": "Cotton bath towels, 70 x 140 cm, terry woven, hemmed on all four sides.\n"
    "Packed in pairs in a printed carton for retail sale.",
    "use": "drying the body after bathing, in homes and hotels",
    "materials": "cotton 100% by weight", "ports": "Newark, NJ (port code 4601)",
    "not_pending": "/Yes", "sample": "/Yes", "signature": "/s/ Ann Lee",
    "signer": "Ann Lee, President",
}


_COLUMNS = (("Entry No.", 72), ("Entry Date", 162), ("Liquidated?", 232), ("Entered Value", 297),
            ("Duty Paid", 382), ("Duty Owed", 462), ("", 540))


def penalty_form() -> list[Page]:
    """A penalty case worksheet: label rows, the culpability as a row of radio buttons, and a
    ruled entries grid with a field in every cell."""
    items: list[Item] = [
        Caption(72, TOP, "CASE INITIATION WORKSHEET - 19 U.S.C. 1592", 12),
        Caption(72, TOP - 14, "Penalty case referral for a violation of 19 U.S.C. 1592", 9),
        *_row("Case number", TOP - 40, "case", x=72),
        *_row("Party name", TOP - 60, "party", x=72),
        *_row("Party address", TOP - 80, "address", x=72),
        *_row("Importer number", TOP - 100, "importer", x=72),
        *_row("Date of violation", TOP - 120, "violation", x=72),
        Caption(72, TOP - 142, "Culpability", 9),
    ]
    x = 140.0
    for level in ("Negligence", "Gross negligence", "Fraud"):
        items += [CheckBox(level, x, TOP - 144, 9, group="culpability"),
                  Caption(x + 13, TOP - 142, level, 9)]
        x += 20 + stringWidth(level, "Helvetica", 9) + 13
    items += [*_row("Prior disclosure", TOP - 168, "prior", x=72),
              Caption(72, TOP - 190, "Entries", 9)]
    top = TOP - 196
    for row in range(3):
        y1 = top - 18 * row
        for (caption, x0), (_, x1) in itertools.pairwise(_COLUMNS):
            items.append(Rule(x0, y1 - 18, x1, y1))
            if row == 0:
                items.append(Caption(x0 + 3, y1 - 12, caption, 8))
            else:
                items.append(TextField(f"{caption}{row}", x0 + 2, y1 - 16, x1 - x0 - 4, 14,
                                       font_size=8))
    items += [*_row("Domestic value", top - 80, "domestic", x=72),
              *_row("Dutiable value", top - 100, "dutiable", x=72),
              *_row("Merchandise", top - 120, "merchandise", x=72),
              *_row("Violation", top - 140, "violation_kind", x=72),
              Caption(72, top - 156, "Material facts", 9),
              TextField("facts", 72, top - 220, 468, 58, multiline=True, font_size=9)]
    return [items]


PENALTY_VALUES = {
    "case": "2025-1303-302265-01", "party": "Lumen Arc Lighting Corporation",
    "address": "4400 Alameda Street, Vernon, CA 90058", "importer": "95-1234567",
    "violation": "09/23/2023", "culpability": "/Gross negligence", "prior": "No",
    "Entry No.1": "938-5546495-9", "Entry Date1": "09/23/2023", "Liquidated?1": "N",
    "Entered Value1": "$992.27", "Duty Paid1": "$31.75", "Duty Owed1": "$531.75",
    "Entry No.2": "938-5546503-0", "Entry Date2": "10/02/2023", "Liquidated?2": "Y",
    "Entered Value2": "$12,400.00", "Duty Paid2": "$310.00", "Duty Owed2": "$1,860.00",
    "domestic": "$21,500.00", "dutiable": "$13,392.27",
    "merchandise": "LED work lights",
    "violation_kind": "Material false statement of value on entry, 19 U.S.C. 1592(a)",
    "facts": "The importer declared the transaction value without the assists it supplied to "
    "the seller.\nThe undeclared assists were found at audit.",
}
