"""Synthetic packets for the packet-parts tests: a protest and a ruling request as senders send
them around the document (an e-mail printed to PDF, a cover letter, attachments after it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

Line = str | Sequence[tuple[float, str]]  # a line at the margin, or cells at x positions
Page = Sequence[Line]
LEADING = 13.0


def draw_pages(path: Path, pages: Sequence[Page], font_size: float = 9.0) -> Path:
    """Write each page's lines top to bottom; a long page runs on to a new sheet."""
    canvas = Canvas(str(path), pagesize=letter)
    for page in pages:
        canvas.setFont("Helvetica", font_size)
        y = letter[1] - 60
        for line in page:
            if y < 60:
                canvas.showPage()
                canvas.setFont("Helvetica", font_size)
                y = letter[1] - 60
            for x, text in ([(72.0, line)] if isinstance(line, str) else line):
                canvas.drawString(x, y, text)
            y -= LEADING
        canvas.showPage()
    canvas.save()
    return path


PROTEST_LETTER: list[Line] = [
    "March 14, 2025",
    "",
    "Port Director",
    "U.S. Customs and Border Protection",
    "Port of Savannah (Port Code 1703)",
    "1 East Bay Street, Savannah, GA 31401",
    "",
    "Re: Protest under 19 U.S.C. 1514 - Entry No. 316-4417289-7",
    "",
    "Dear Port Director:",
    "",
    "On behalf of our client, Coastal Loom Textiles, Inc., 4100 Riverside Drive, Macon, GA 31210",
    "(Importer No. 58-2204417) (\"Protestant\"), we protest the classification of the merchandise",
    "in the entry listed below.",
    "",
    "Entry No. 316-4417289-7, entered January 8, 2025, liquidated February 21, 2025.",
    "",
    "The merchandise consists of woven cotton bath towels, 70 x 140 cm.",
    "",
    "Objection: CBP classified the towels under subheading 6302.91.0045, HTSUS. The towels are",
    "properly classified under subheading 6302.60.0020, HTSUS, as toilet linen of terry towelling",
    "of cotton. Protestant claims a refund of the excess duties.",
    "",
    "No entry listed herein is the subject of a drawback claim.",
    "Protestant requests further review under 19 CFR 174.24.",
    "Accelerated disposition is not requested.",
    "",
    "Respectfully submitted,",
    "",
    "/s/ Martha Greene",
    "Martha Greene",
    "Greene & Park LLP, Counsel for Protestant",
]

RULING_LETTER: list[Line] = [
    "Harbor Goods LLC",
    "12 Pier Road",
    "Newark, NJ 07114",
    "",
    "June 24, 2025",
    "",
    "National Commodity Specialist Division",
    "U.S. Customs and Border Protection, New York, NY 10119",
    "",
    "Re: Request for a binding ruling on tariff classification",
    "",
    "Dear Sir or Madam:",
    "",
    "Harbor Goods LLC requests a binding ruling under 19 CFR Part 177 on the tariff classification",
    "of the merchandise below. Our importer number is 12-3456789.",
    "Product description: Cotton bath towels, 70 x 140 cm, terry woven.",
    "Principal use: drying the body after bathing, in homes and hotels.",
    "Component materials: cotton 100% by weight.",
    "The importer intends to import the towels from India for sale to retailers.",
    "Port(s) of entry: Newark, NJ (port code 4601).",
    "The issue is not pending before any CBP office or any court.",
    "",
    "Sincerely,",
    "",
    "/s/ Ann Lee",
    "Ann Lee, President",
]

# What real senders wrap around the document: an e-mail client's print (Outlook's header block
# and "-----Original Message-----", Gmail's "On ... wrote:" with "> " quoting, a confidentiality
# footer), a cover or transmittal letter, a fax cover sheet, and attachments after it.
OUTLOOK_HEAD: list[Line] = [
    "From: Kevin Marsh <kmarsh@greenepark.com>",
    "Sent: Monday, March 17, 2025 4:52 PM",
    "To: SAV-Protests <savannah.protests@cbp.dhs.gov>",
    "Cc: Tom Reyes <treyes@tidewaterimports.com>; Martha Greene <mgreene@greenepark.com>",
    "Subject: Protest - Coastal Loom Textiles - Entry 316-4417289-7",
    "Attachments: Protest.pdf; 7501.pdf",
    "",
]
OUTLOOK_TAIL: list[Line] = [
    "",
    "Kevin Marsh | Paralegal",
    "Greene & Park LLP | 200 Peachtree St NE, Atlanta, GA 30303 | (404) 555-0142",
    "",
    "-----Original Message-----",
    "From: Tom Reyes <treyes@tidewaterimports.com>",
    "Sent: Friday, February 28, 2025 10:14 AM",
    "To: Kevin Marsh <kmarsh@greenepark.com>",
    "Subject: liquidation of our entry",
    "",
    "Kevin, Tidewater Imports LLC, 88 Dock Street, Norfolk, VA 23510 (importer 54-1187730) also",
    "wants to protest entry 316-4417301-0, entered December 2, 2024, classification of bath mats.",
    "Thanks, Tom",
    "",
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be",
    "privileged. If you are not the intended recipient, please notify the sender and delete it.",
]
GMAIL_TAIL: list[Line] = [
    "",
    "--",
    "Kevin Marsh, Paralegal, Greene & Park LLP",
    "",
    "On Fri, Feb 28, 2025 at 10:14 AM Tom Reyes <treyes@tidewaterimports.com> wrote:",
    "> Kevin, Tidewater Imports LLC, 88 Dock Street, Norfolk, VA 23510 (importer 54-1187730)",
    "> also wants to protest entry 316-4417301-0, entered December 2, 2024, for bath mats.",
    "> Tom Reyes",
    "> Tidewater Imports LLC",
]
COVER_LETTER: list[Line] = [
    "GREENE & PARK LLP",
    "200 Peachtree St NE, Atlanta, GA 30303",
    "",
    "March 17, 2025",
    "",
    "VIA CERTIFIED MAIL",
    "Port Director, U.S. Customs and Border Protection, Savannah, GA",
    "",
    "Re: Transmittal of protest",
    "",
    "Dear Sir or Madam:",
    "",
    "Enclosed please find a protest filed on behalf of our client, with a copy of the entry",
    "summary and the commercial invoice. Please date-stamp the enclosed copy and return it to us.",
    "",
    "Very truly yours,",
    "",
    "Kevin Marsh",
    "Paralegal",
    "Enclosures",
]
FAX_COVER: list[Line] = [
    "FACSIMILE TRANSMITTAL",
    "",
    "To: Port Director, Savannah",
    "From: Kevin Marsh, Greene & Park LLP",
    "Date: 03/17/2025",
    "Pages (including cover): 2",
    "Re: Protest",
    "",
    "CONFIDENTIAL: this transmission is meant for the addressee only.",
]
FORM_7501: list[Line] = [
    "DEPARTMENT OF HOMELAND SECURITY",
    "U.S. Customs and Border Protection",
    "ENTRY SUMMARY",
    "1. Filer Code/Entry No.  316-4417289-7     2. Entry Type  01     3. Summary Date  01/22/2025",
    "4. Surety No.  457   5. Bond Type  8   6. Port Code  1703   7. Entry Date  01/08/2025",
    "8. Importing Carrier  MAERSK KENTUCKY   9. Mode of Transport  11   10. Country of Origin  PK",
    "11. Import Date  01/06/2025     12. B/L or AWB No.  MAEU221804417",
    "13. Manufacturer ID  PKSHATEX1234KAR  14. Exporting Country  PK  15. Export Date  12/01/2024",
    "23. Importer No.  58-2204417     24. Reference No.",
    "25. Ultimate Consignee Name and Address",
    "Tidewater Distribution Center, 7 Warehouse Row, Pooler, GA 31322",
    "26. Importer of Record Name and Address",
    "COASTAL LOOM TEXTILES INC, 4100 RIVERSIDE DR, MACON, GA 31210",
    "27. Line No.  29. Description of Merchandise  33. HTSUS No.  34. Entered Value",
    "001  TERRY TOWELS COTTON  6302.91.0045  $48,220",
    "CBP Form 7501 (5/22)",
]
INVOICE: list[Line] = [
    "COMMERCIAL INVOICE",
    "Seller / Exporter: Shahzad Textile Mills (Pvt) Ltd., Plot 44, SITE Area, Karachi, Pakistan",
    "Buyer / Sold to: Coastal Loom Textiles, Inc., 4100 Riverside Drive, Macon, GA 31210",
    "Invoice No.: STM-2024-1187     Invoice Date: November 28, 2024",
    "Terms of Sale: FOB Karachi     Payment: L/C at sight",
    "Qty   Description                                        Unit Price   Amount",
    "12,000 pcs   Cotton terry bath towels 70x140 cm, 500 gsm      USD 4.02    USD 48,240.00",
    "Signed: Imran Qureshi, Export Manager",
]
LIQUIDATION: list[Line] = [
    "BULLETIN NOTICE OF LIQUIDATION",
    "Port of Savannah (1703)       Date of Liquidation: 02/21/2025",
    "Entry No.        Entry Date      Importer No.",
    "316-4417289-7    01/08/2025      58-2204417",
]
POWER_OF_ATTORNEY: list[Line] = [
    "CUSTOMS POWER OF ATTORNEY",
    "CBP Form 5291",
    "KNOW ALL MEN BY THESE PRESENTS: That Coastal Loom Textiles, Inc., a corporation doing",
    "business under the laws of the State of Georgia, hereby constitutes and appoints",
    "Greene & Park LLP as a true and lawful agent and attorney of the grantor named above.",
    "IN WITNESS WHEREOF, the said grantor has caused these presents to be sealed and signed:",
    "Signature: Robert Chen",
    "Capacity: President",
    "Date: January 3, 2024",
]
SPEC_SHEET: list[Line] = [
    "PRODUCT SPECIFICATION SHEET",
    "Model: HG-TW500",
    "Product description: Terry towel, 100% cotton yarn, 500 gsm, hemmed, 70 x 140 cm",
    "Principal use: bath towel",
    "Weight: 500 gsm",
    "Country of origin: India",
]
PHOTOS: list[Line] = [
    "EXHIBIT B - PHOTOGRAPHS",
    "Photo 1: front view of the towel",
    "Photo 2: label showing fiber content",
]


GMAIL_HEAD: list[Line] = [
    "Gmail - Protest - Coastal Loom Textiles",
    [(72.0, "Kevin Marsh <kmarsh@greenepark.com>"), (380.0, "Mon, Mar 17, 2025 at 4:52 PM")],
    "To: savannah.protests@cbp.dhs.gov",
    "Cc: Tom Reyes <treyes@tidewaterimports.com>",
    "",
]
RULING_HEAD: list[Line] = [
    "From: Ann Lee <ann@harborgoods.com>",
    "Sent: Tuesday, July 1, 2025 9:03 AM",
    "To: NCSD Rulings <rulings@cbp.dhs.gov>",
    "Subject: Binding ruling request - bath towels",
    "",
]
RULING_QUOTED: list[Line] = [
    "",
    "-----Original Message-----",
    "From: Bay Freight Brokers Inc. <ops@bayfreight.com>",
    "Sent: Monday, June 23, 2025 2:40 PM",
    "To: Ann Lee",
    "Subject: RE: towels",
    "Ann, send the request to NCSD. Use port of entry Los Angeles (2704) if they ship west.",
    "Bay Freight Brokers Inc., 500 Harbor Blvd, San Pedro, CA 90731",
]


def _without(lines: list[Line], cut: str) -> list[Line]:
    return [re.sub(cut, "", line) if isinstance(line, str) else line for line in lines]


def _replaced(lines: list[Line], old: str, new: str) -> list[Line]:
    return [line.replace(old, new) if isinstance(line, str) else line for line in lines]


def protest_packets() -> dict[str, list[Page]]:
    """Each protest packet by name: the letter wrapped and followed the ways senders send it."""
    undated = _without(PROTEST_LETTER, r", entered January 8, 2025")
    misdated = _replaced(PROTEST_LETTER, "January 8, 2025", "January 9, 2025")
    return {
        "outlook": [[*OUTLOOK_HEAD, *PROTEST_LETTER, *OUTLOOK_TAIL]],
        "gmail": [[*GMAIL_HEAD, *PROTEST_LETTER, *GMAIL_TAIL]],
        "cover_letter": [COVER_LETTER, PROTEST_LETTER],
        "fax_cover": [FAX_COVER, PROTEST_LETTER],
        "attachments": [PROTEST_LETTER, FORM_7501, INVOICE, LIQUIDATION],
        "power_of_attorney": [PROTEST_LETTER, POWER_OF_ATTORNEY],
        "entry_date_only_attached": [undated, FORM_7501],
        "entry_date_disagrees": [misdated, FORM_7501],
        # The broker's copy of the entry summary and the invoice put before the protest.
        "attachments_first": [FORM_7501, INVOICE, PROTEST_LETTER],
        # Printed on under the letter's closing with no page break; the invoice runs over.
        "attached_inline": [[*PROTEST_LETTER, "", *FORM_7501, "", *INVOICE, *LIQUIDATION]],
        "liquidation_only_attached": [_without(PROTEST_LETTER, r", liquidated February 21, 2025"),
                                      LIQUIDATION],
        "liquidation_disagrees": [_replaced(PROTEST_LETTER, "February 21", "February 20"),
                                  LIQUIDATION],
        "importer_only_attached": [_without(PROTEST_LETTER, r"\(Importer No\. 58-2204417\) "),
                                   FORM_7501],
        "importer_disagrees": [_replaced(PROTEST_LETTER, "58-2204417", "58-2204471"), FORM_7501],
    }


def ruling_packets() -> dict[str, list[Page]]:
    """Each ruling-request packet by name."""
    return {
        "outlook": [[*RULING_HEAD, *RULING_LETTER, *RULING_QUOTED]],
        "spec_sheet_and_photos": [RULING_LETTER, SPEC_SHEET, PHOTOS],
        "cover_letter": [_without(COVER_LETTER, r"protest filed on behalf of our client"),
                         RULING_LETTER],
        "invoice": [RULING_LETTER, INVOICE],
        "spec_sheet_first": [SPEC_SHEET, RULING_LETTER],
        "spec_sheet_inline": [[*RULING_LETTER, "", "Enclosures: specification sheet, photographs",
                               "", *SPEC_SHEET, *PHOTOS]],
    }
