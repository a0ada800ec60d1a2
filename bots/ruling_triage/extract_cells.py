"""Two-cell rows of a worksheet or a specification table read as "Label: value".

A worksheet (a spreadsheet printed to PDF) or a spec table puts a field's label in one cell and its
value in the cell to its right; the label may wrap onto two lines and sit beside the middle of a
taller value. Each such pair becomes one paragraph, so the labelled readers find it as they find
"Label: value" in a letter. Only a label cell that names a field of a ruling request is paired,
so a two-column letterhead (firm left, date right) stays as it was.
"""

from __future__ import annotations

import re

from bots.common.reading.worksheet_cells import beside_pairs, stacked_columns, stacked_values
from bots.ruling_triage import captions
from bots.ruling_triage.extract_across import pair_rows_across
from bots.ruling_triage.extract_pointed import pair_pointed
from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Segment, Word

# Words a form's label cell uses for the fields of 19 CFR 177.2(b) (requester, goods, transaction).
_FIELD_WORDS = re.compile(
    r"\b(?:requester|address|importer|IOR|EIN|IRS|identification|tax\s+ID|date|description|"
    r"product|merchandise|commodity|article|use|materials?|composition|price|terms|related|"
    r"relationship|ports?|items?|samples?|confidential\w*|pending|signature|title|HTS\w*|tariff|classification|subheading|"
    r"transaction|origin|subject|question|send|addressed|agent|facts?|name|"
    # the kind of ruling asked for ("Ruling type") and who files it ("Submitted by"); never a
    # signer's title ("General Counsel", "Licensed Customs Broker") beside the firm's name
    r"ruling|type|submitted|filed)\b", re.I)
# A sentence, not a label ("Principal use in the U.S."); an abbreviation ends a label too
# ("Importer no.", "Ref. nr.", "Tel.").
_SENTENCE_END = re.compile(r"(?<!\b[Nn]o)(?<!\b[Nn]r)(?<!\b[Rr]ef)(?<!\b[Tt]el)(?<!\b[Dd]ept)"
                           r"(?<=[a-z]{2})\.$")
# "Requester: X": a caption, its colon and a value after it on the line.
_HAS_VALUE = re.compile(r"[^:\n]{2,40}:[ \t]+\S")
_MAX_LABEL = 48  # characters: a label cell is short
_MAX_LABEL_LINES = 3
_BOX_ALIGN = 8.0  # points: a box's value starts under its caption's left edge, give or take
_BOX_REACH = 2.5  # line heights: the value sits right under its caption
_SAME_COLUMN = 3.0  # points: cells of one column share their left edge, of one row their top


class CellRow(Paragraph):
    """A label cell and the value cell beside it, read as "label: value"."""

    def __init__(self, label: Paragraph, value: Paragraph) -> None:
        super().__init__(label.page, [*label.segments, *value.segments])
        self.label_lines = len(label.segments)

    def glue(self, line_index: int, index: int, previous: Word) -> str:
        if line_index < self.label_lines:
            return " "  # a label wrapped in its cell reads as one line
        if line_index == self.label_lines and index == 0:
            return " " if previous.text.endswith(":") else ": "
        return super().glue(line_index, index, previous)


def pair_cells(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each field label cell and the single value cell beside it made one paragraph;
    then each row of a table set one column per item, and each caption printed right of its
    value (or pointed at it) with that value."""
    items = _split_stacked(items)
    boxed = _under_box_captions(items)
    pairs = beside_pairs(items, lambda cell: is_field_label(cell) and id(cell) not in boxed,
                         lambda cell: _is_caption(cell) and not _kind_named(cell))
    used = {i for pair in pairs for i in pair}
    paired: dict[int, Paragraph] = {}
    for label, value in pairs:
        rows = _rows_below(items, value, used)
        used.update(rows)
        cells = [items[value], *(items[i] for i in rows)]
        paired[min(label, value)] = CellRow(
            items[label], Paragraph(items[value].page, [s for c in cells for s in c.segments]))
    items = [paired.get(i, item) for i, item in enumerate(items) if i not in used or i in paired]
    return pair_pointed(pair_rows_across(items, is_field_label, CellRow), is_field_label, CellRow)


def _rows_below(items: list[Paragraph], value: int, used: set[int]) -> list[int]:
    """Lines printed under a value cell in its column with no label of their own beside them: a
    merged cell's further rows ("Requester | Meridian ..." / "| 410 Customs House Square")."""
    rows: list[int] = []
    last = items[value]
    for index in range(value + 1, len(items)):
        cell = items[index]
        if (index in used or cell.page != last.page or abs(cell.x0 - last.x0) > _SAME_COLUMN
                or not 0.0 <= cell.top - last.bottom <= last.segments[-1].height
                or _labelled_row(items, cell)):
            break
        rows.append(index)
        last = cell
    return rows


def _labelled_row(items: list[Paragraph], cell: Paragraph) -> bool:
    """Whether any other cell starts left of CELL on its printed line (a label of its own)."""
    return any(line.x0 < cell.x0 - _SAME_COLUMN and abs(line.top - cell.top) <= _SAME_COLUMN
               for other in items if other is not cell and other.page == cell.page
               for line in other.segments)


def _under_box_captions(items: list[Paragraph]) -> set[int]:
    """Ids of the cells printed right under a drawn form's box caption in its column: the box's
    value ("Classification" under "E. RULING REQUESTED ON"), never a label of the cell beside."""
    boxed: set[int] = set()
    for caption in items:
        if not captions.is_box_caption(caption.segments[-1].text):
            continue
        reach = _BOX_REACH * caption.segments[-1].height
        for cell in items:
            if (cell.page == caption.page and abs(cell.x0 - caption.x0) <= _BOX_ALIGN
                    and 0.0 < cell.top - caption.bottom <= reach):
                boxed.add(id(cell))
    return boxed


def _split_stacked(items: list[Paragraph]) -> list[Paragraph]:
    """A tight worksheet's label and value columns, each read as one paragraph, cut back into
    their rows (one paragraph a line)."""
    def label_line(line: Segment) -> bool:
        return is_field_label(Paragraph(line.page, [line]))

    stacked = stacked_columns(items, label_line)
    beside = stacked_values(items, label_line)
    result: list[Paragraph] = []
    for index, cell in enumerate(items):
        if index in beside:
            # a label column broken into several cells: each label line read with its value
            result.extend(CellRow(Paragraph(cell.page, [label]), Paragraph(cell.page, values))
                          for label, values in beside[index])
        elif index in stacked:
            result.extend(Paragraph(cell.page, [line]) for line in cell.segments)
        else:
            result.append(cell)
    return result


# A questionnaire's box number before its caption: "1. Name of importer:", "(3) Port of entry".
_BOX_NUMBER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)]|[A-Z][.)])\s+")


def is_field_label(cell: Paragraph) -> bool:
    """Whether CELL is short and names a field of a ruling request: a form's label cell. A cell
    holding its own "Label: value" line (one column of a two-column block) is a field, whole."""
    return (len(cell.segments) <= _MAX_LABEL_LINES and names_field(cell.text)
            and not _HAS_VALUE.match(cell.segments[0].text))


def names_field(text: str) -> bool:
    """Whether TEXT is short and names a field of a ruling request, as a label does."""
    text = _BOX_NUMBER.sub("", " ".join(text.split()))
    return (len(text) <= _MAX_LABEL
            and not _SENTENCE_END.search(text) and not any(c.isdigit() for c in text)
            and (_FIELD_WORDS.search(text) is not None or captions.is_caption(text)))


# The kind of ruling named alone in a cell ("Tariff classification", "Country of origin"): the
# value of a "Ruling type" label beside it, though its words are a caption's too.
_KIND_NAMED = re.compile(r"(?:tariff\s+|HTS\s+)?classification|(?:customs\s+)?valuation|"
                         r"(?:country\s+of\s+)?origin|(?:country\s+of\s+origin\s+)?marking",
                         re.I)


def _kind_named(cell: Paragraph) -> bool:
    text = " ".join(cell.text.split())
    return len(cell.segments) == 1 and _KIND_NAMED.fullmatch(text) is not None


def _is_caption(cell: Paragraph) -> bool:
    """Whether the cell's first line is itself a field's caption ("Name and title ..."): two
    captions side by side over their boxes ("Requester | Importer number") are not a pair."""
    first = Paragraph(cell.page, cell.segments[:1])
    # A numbered box's caption ("2. Importer address", "B. Mailing address") is a caption as much
    # as a bare one.
    text = _BOX_NUMBER.sub("", first.text)
    # A drawn form's next box ("J. PROPOSED HTS NUMBER" right of "I. PRINCIPAL USE") is a caption
    # whatever field it names.
    # A caption set in capitals names its field anywhere ("INTENDED PORT", "PORT OF ENTRY" beside
    # "IMPORTER NO. / EIN" in a printout's row of boxes): no value is set so.
    return (is_field_label(first) and (_FIELD_WORDS.match(text) is not None
                                  or captions.is_caption(text) or text.isupper())
            ) or captions.is_box_caption(first.text)
