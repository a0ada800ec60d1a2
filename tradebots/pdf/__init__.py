"""pdfplumber helpers shared by the bots: open with clear errors, words (a filled form's field
values included), labels, tables, dates."""

from tradebots.pdf.dates import DateMatch, find_dates, parse_us_date
from tradebots.pdf.document import PdfDocument, open_pdf
from tradebots.pdf.errors import Cause, UnusablePdf
from tradebots.pdf.images import render_page_png
from tradebots.pdf.labels import (
    FieldText,
    LabelHit,
    find_labels,
    read_below,
    read_field,
    read_right,
)
from tradebots.pdf.money import parse_money
from tradebots.pdf.stream import TextStream
from tradebots.pdf.tables import Cell, Table, read_tables
from tradebots.pdf.words import Segment, Word, evidence_of, in_reading_order, in_rows

__all__ = [
    "Cause",
    "Cell",
    "DateMatch",
    "FieldText",
    "LabelHit",
    "PdfDocument",
    "Segment",
    "Table",
    "TextStream",
    "UnusablePdf",
    "Word",
    "evidence_of",
    "find_dates",
    "find_labels",
    "in_reading_order",
    "in_rows",
    "open_pdf",
    "parse_money",
    "parse_us_date",
    "read_below",
    "read_field",
    "read_right",
    "read_tables",
    "render_page_png",
]
