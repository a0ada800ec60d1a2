"""A maker's product data sheet appended to a short ruling-request cover note, and its drawing."""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from bench.corpus_sweep.model import DataSheet, Para
from bench.corpus_sweep.render import FULL, LEFT, Sheet

STYLES = ("headings", "table", "hts", "maker")
COVER = ("Enclosed is the manufacturer's product data sheet for the article. It gives the "
         "description, composition, function, intended use, packaging and commercial terms, and "
         "is part of this request.")
HTS_HEADING = "Customs classification (proposed)"
SHEETS = {
    "ncsd": ("French press coffee maker CP-34",
             ("Ningbo Huarui Housewares Co., Ltd.", "No. 88 Jinhai Road, Beilun District",
              "Ningbo, Zhejiang 315800, China"),
             (("Product overview", "Stainless steel French press coffee maker, 34 oz. (1.0 l), "
               "model CP-34: a cylindrical vessel with a lid, a plunger and a mesh filter."),
              ("Composition / materials", "Stainless steel 18/8: 91 % by weight, 96 % by value. "
               "Polypropylene knob: 6 % by weight. Silicone gasket: 3 % by weight."),
              ("Function / principle of operation", "Ground coffee steeps in hot water poured "
               "into the vessel; pressing the plunger drives the filter down and holds the "
               "grounds at the bottom. No heating element and no electrical parts."),
              ("Intended use", "Brewing coffee in the household kitchen. Commercial name: French "
               "press; also sold as coffee plunger."),
              ("Packaging", "One unit in a printed retail carton; 6 cartons to a master carton."),
              ("Commercial terms", "FOB Ningbo US$ 11.40 per unit; U.S. retail price US$ 34.99."),
              ("Country of manufacture", "China"))),
    "nostatement": ("Inflatable stand-up paddle board SUP-106",
                    ("Weihai Blueline Outdoor Products Co., Ltd.", "No. 16 Haibin Road",
                     "Weihai, Shandong 264200, China"),
                    (("Product overview", "Inflatable stand-up paddle board, 10 ft. 6 in., model "
                      "SUP-106, with a drop-stitch core, a deck pad and a removable fin. "
                      "Commercial name: iSUP."),
                     ("Composition / materials", "PVC-coated drop-stitch polyester fabric: 88 % "
                      "by weight. EVA foam deck pad: 8 %. Nylon fin: 4 %."),
                     ("Function / principle of operation", "Inflated to 15 psi the drop-stitch "
                      "threads hold the deck flat and rigid; the rider stands and paddles. No "
                      "hull or seat for carrying persons."),
                     ("Intended use", "Recreational paddling on lakes and the sea."),
                     ("Packaging", "Rolled in a backpack with pump, paddle and leash; one set to "
                      "a carton."),
                     ("Commercial terms", "FOB Ningbo US$ 142.00 per unit; U.S. retail price "
                      "US$ 449.00."),
                     ("Country of manufacture", "China"))),
}
MOVED = ("Description", "Component Materials", "Prices")  # the letter's paragraphs the sheet holds


def data_sheet(case: str, style: str, hts: tuple[str, ...]) -> DataSheet:
    """The sheet for base CASE; on `hts` it also carries the proposed number (scored there)."""
    title, maker, rows = SHEETS[case]
    paras = [Para(heading, text) for heading, text in rows]
    if style == "hts":
        paras.insert(1, Para(HTS_HEADING, "HTSUS " + ", ".join(hts), hts))
    return DataSheet(f"PRODUCT DATA SHEET - {title}", maker if style == "maker" else (),
                     tuple(paras))


def draw_sheet(sheet: Sheet, ds: DataSheet, table: bool) -> None:
    """A new page: the maker's letterhead, the sheet's title, then headed sections or a table."""
    sheet.new_page()
    for n, line in enumerate(ds.maker):
        sheet.line(line, 12 if n == 0 else 9, sheet.bold if n == 0 else "")
    sheet.line(ds.title, 12, sheet.bold)
    sheet.y -= 6
    if not table:
        for para in ds.rows:
            sheet.paragraph(para)
        return
    left_w = 150.0
    sheet.canvas.line(LEFT, sheet.y + 12, LEFT + FULL, sheet.y + 12)
    for para in ds.rows:
        lines = simpleSplit(para.text, sheet.regular, 9.5, FULL - left_w - 8)
        heads = simpleSplit(para.heading, sheet.bold, 9.5, left_w - 8)
        height = 12.5 * max(len(lines), len(heads)) + 6
        sheet.ensure(height)
        top = sheet.y
        for n, head in enumerate(heads):
            sheet.text(LEFT + 4, top - 12.5 * n, head, sheet.bold, 9.5)
        right = LEFT + left_w
        for n, line in enumerate(lines):
            right = max(right, LEFT + left_w + sheet.text(LEFT + left_w, top - 12.5 * n, line,
                                                             size=9.5))
        for value in para.scored:
            sheet.mark(value, LEFT + left_w, top + 9.5, right + stringWidth(" ", sheet.regular, 9),
                       top - 12.5 * (len(lines) - 1))
        sheet.y = top - height
        sheet.canvas.line(LEFT, sheet.y + 12, LEFT + FULL, sheet.y + 12)
