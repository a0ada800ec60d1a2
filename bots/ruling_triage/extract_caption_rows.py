"""A row of captions side by side over a row of values: a ticket's "Cust. | Addr." over the
customer's name and address, "IOR No. | Req. Dt." over the number and the date.

Each caption is paired with the value whose left edge it shares on the next line, so the labelled
readers find "Cust.: Old Mill Bakeware Company" as they find it in a letter. A row counts only when
every cell in it is a caption of the bank (captions.py), so a two-column letterhead stays as it is.
"""

from __future__ import annotations

import re

from bots.common.reading.caption_rows import is_caption_row, row_at, value_under
from bots.ruling_triage import captions
from bots.ruling_triage.extract_cells import CellRow, names_field
from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Segment

_ALIGN = 8.0  # points: a value starts under its caption's left edge, give or take
_ROW = 2.0  # points: cells of one row share their top, give or take
_REACH = 2.5  # line heights: the value row sits right under the captions


def pair_caption_rows(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each caption of a captions-only row joined to the value below it."""
    result = list(items)
    for paragraph in items:
        row = _caption_row(items, paragraph)
        if row is None or paragraph not in result:
            continue
        values = [value_under(caption, result, _ALIGN, _REACH, _not_caption) for caption in row]
        if all(value is None for value in values):
            continue
        cells = [p for p in result if p.page == paragraph.page and any(
            s in row for s in p.segments)]
        at = result.index(cells[0])
        for cell in cells:
            result.remove(cell)
        for value in values:
            if value is not None and value in result:
                result.remove(value)
        # A box left empty keeps its caption alone: looked at, it states nothing.
        pairs = [CellRow(Paragraph(paragraph.page, [caption]), value) if value is not None
                 else Paragraph(paragraph.page, [caption])
                 for caption, value in zip(row, values, strict=True)]
        result[at:at] = pairs
    return result


def _caption_row(items: list[Paragraph], paragraph: Paragraph) -> list[Segment] | None:
    """The segments of PARAGRAPH's first line's row when there are two or more and every one is
    a caption; else None."""
    row = row_at((s for p in items for s in p.segments), paragraph.page,
                 paragraph.segments[0].top, _ROW)
    if not is_caption_row(row, _is_caption):
        return None
    # Every cell holds only its caption line: a caption with its value below is read already,
    # and so is a label paired with the value beside it ("ROLE:" | "IMPORTER OF RECORD").
    owners = [p for p in items if p.page == paragraph.page and any(s in row for s in p.segments)]
    if any(len(p.segments) != sum(1 for s in p.segments if s in row) or isinstance(p, CellRow)
           for p in owners):
        return None
    return row


def _is_caption(text: str) -> bool:
    # A drawn form's lettered boxes ("E. RULING REQUESTED ON | F. PORT(S) OF ENTRY") head their
    # values as the bank's captions do.
    # So does a printout's caption set in capitals that names a field ("IMPORTER NO. / EIN |
    # INTENDED PORT").
    return (captions.is_caption(text) or captions.is_box_caption(text)
            or (text.isupper() and names_field(text)) or _ROW_CAPTION.fullmatch(text) is not None)


# A header row's captions for the request itself, beside the requester's: "Subject", "Ruling
# type", "Proposed HTS", "Port(s)" (a data sheet's "Requester | Importer No. | Date | Subject").
_ROW_CAPTION = re.compile(r"\s*(?:(?:ruling\s+)?subject|ruling\s+type|type\s+of\s+ruling|"
                          r"proposed\s+(?:HTS(?:US)?|subheading|classification)|"
                          r"ports?(?:\(s\))?(?:\s+of\s+entry)?)\s*:?\s*", re.I)


def _not_caption(paragraph: Paragraph) -> bool:
    return not _is_caption(paragraph.segments[0].text)
