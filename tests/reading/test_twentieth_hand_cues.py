"""Sender behaviour the twentieth hand showed, as general cues: a letterhead set out from the body
leaves the body's margin as where a wrapped value comes back to; a fax's transmission line is no
signer, and "Signed: Name, Title" is; a ruled row's border that a scan's OCR read as "|" parts
two cells."""

from __future__ import annotations

from typing import Any, cast

import pytest

from bots.common.reading.gridline_cuts import cut_at_rule_glyphs
from bots.common.reading.lines import body_margin, wrapped_lines
from bots.common.reading.signature import signer_in
from bots.protest_intake.extract_cover import letter_start
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_party import read_party
from tradebots.pdf import PdfDocument, Segment, TextStream, Word
from tradebots.pdf.labels import FieldText


def line(text: str, x: float, top: float) -> list[Segment]:
    """One line of 10-point words, 6 points a character and a 2.5-point word space."""
    words, at = [], x
    for part in text.split():
        words.append(Word(1, at, top, at + 6.0 * len(part), top + 10.0, part))
        at += 6.0 * len(part) + 2.5
    return [Segment(tuple(words))]


class _Page:
    """A one-page document's lines, as the reader's segmenter gives them."""

    def __init__(self, lines: list[list[Segment]]) -> None:
        self.lines = lines

    def segments(self, number: int) -> list[list[Segment]]:
        return self.lines


# A letterhead and address block at 57 points, the letter's body at 131 (a KOMA letter).
_HEAD = [line("Oakes Merriweather Tran PLLC", 57.0, 20.0), line("55 Water Street", 57.0, 34.0),
         line("New York NY 10041", 57.0, 48.0), line("Port Director", 57.0, 180.0),
         line("Port of Newark NJ", 57.0, 194.0)]
_BODY = [line("On behalf of our client we protest the classification of these", 131.0, 300.0),
         line("entries and the rate of duty assessed on the goods listed here.", 131.0, 313.0)]


@pytest.mark.parametrize("tail", ["leather uppers, style TR-9", "Moon", "VB-240"])
def test_a_value_wraps_back_to_the_bodys_margin_not_the_letterheads(tail: str) -> None:
    first = line("Goods: Waterproof hiking boots for men, rubber soles and a pattern", 142.0, 330.0)
    lines = [*_HEAD, *_BODY, first, line(tail, 131.0, 343.0),
             line("Nature of and justification for the objection. CBP has", 142.0, 360.0)]
    value = tuple(first[0].words[1:])
    found = FieldText(" ".join(w.text for w in value), value, cast(Any, None), "right")
    assert body_margin(lines) == 131.0
    assert wrapped_lines(cast(PdfDocument, _Page(lines)), found, lambda _text: False) == [tail]


def test_a_line_set_apart_from_the_body_and_the_value_is_no_wrapped_tail() -> None:
    first = line("Goods: Waterproof hiking boots for men, rubber soles and a pattern", 142.0, 330.0)
    lines = [*_HEAD, *_BODY, first, line("RECEIVED", 380.0, 343.0)]
    value = tuple(first[0].words[1:])
    found = FieldText(" ".join(w.text for w in value), value, cast(Any, None), "right")
    assert wrapped_lines(cast(PdfDocument, _Page(lines)), found, lambda _text: False) == []


@pytest.mark.parametrize("header", [
    "FROM: COPPERLINE LIGHTING GROUP, INC FAX (630) 555-9065 SEP-09-2024 17:11 PAGE 1/2",
    "FROM: JUNIPER LANE CERAMICS, INC. _ FAX (666) 555-5457 APR-15-2025 08:03 PAGE 2/2",
    "From: Ann Lee (312) 555-0100 Page 1 of 3",
])
def test_a_fax_transmission_line_is_no_signer(header: str) -> None:
    signer = signer_in(f"{header}\nWe protest the classification.\nThank you,\nTobias J. Ferreira"
                       "\nPresident")
    assert signer is not None and signer.name == "Tobias J. Ferreira"


def test_a_memos_from_line_still_names_its_writer() -> None:
    signer = signer_in("MEMORANDUM\nTO: Port Director\nFROM: Ann Lee, Customs Manager\nRE: x")
    assert signer is not None and signer.name == "Ann Lee"


@pytest.mark.parametrize("block", [
    "Signed: Marcus D. Oyelaran, Owner, for the protestant",
    "Signatory: Marcus D. Oyelaran",
    "Executed by: Marcus D. Oyelaran, President",
    "Signature: Marcus D. Oyelaran",
])
def test_a_signed_label_names_the_signer(block: str) -> None:
    signer = signer_in(f"Date: September 4, 2024\n{block}\nPrepared by: Mei-Ling Harrow, Great "
                       "Lakes Entry Services LLC")
    assert signer is not None and signer.name == "Marcus D. Oyelaran"


def test_a_signed_label_over_a_blank_line_names_no_one() -> None:
    assert signer_in("Signature: ____________\nDate: ____________") is None


@pytest.mark.parametrize("glyph", ["|", "¦", "‖"])
def test_a_rule_read_as_a_glyph_parts_the_cells(glyph: str) -> None:
    (row,) = line(f"IMPORTER NO. {glyph} 82-6661582", 64.0, 100.0)
    assert [s.text for s in cut_at_rule_glyphs([row])] == ["IMPORTER NO.", "82-6661582"]
    (table,) = line(f"ENTRY NUMBER {glyph} ENTRY DATE {glyph} LIQ. DATE", 64.0, 100.0)
    assert [s.text for s in cut_at_rule_glyphs([table])] == ["ENTRY NUMBER", "ENTRY DATE",
                                                               "LIQ. DATE"]


def test_a_bar_inside_a_word_is_text() -> None:
    (row,) = line("Model A|B kit", 64.0, 100.0)
    assert [s.text for s in cut_at_rule_glyphs([row])] == ["Model A|B kit"]


def pages_of(text: str) -> TextStream:
    """A stream of 10-point lines; a line holding only a form feed starts the next page."""
    lines, page, row = [], 1, 0
    for printed in text.strip("\n").split("\n"):
        if printed == "\f":
            page, row = page + 1, 0
            continue
        words, x = [], 72.0
        for token in printed.split():
            top = 100.0 + 14 * row
            words.append(Word(page, x, top, x + 5.0 * len(token), top + 10.0, token))
            x += 5.0 * len(token) + 3
        row += 1
        lines.append([Segment(tuple(words))])
    return TextStream(lines)


_LETTER = ("Quillfeather Housewares LLC\n410 Depot Street\nSecaucus, NJ 07094\nJan. 24, 2025\n"
           "U.S. Customs and Border Protection\nWe protest the classification of the merchandise "
           "on our entries.\nThank you,\nTobias J. Ferreira\nPresident")


@pytest.mark.parametrize("cover", [
    "FAX\nTo: CBP Port of Champlain, NY\nFrom: Quillfeather Housewares LLC\nPages: 2 incl. cover",
    "Facsimile Transmittal\nTo: Port Director\nNo. of pages (including cover): 3\nRe: protest",
    "FAX COVER SHEET\nTO: CBP\nTotal pages: 2",
])
def test_the_letterhead_is_read_on_the_page_after_a_fax_cover_sheet(cover: str) -> None:
    stream = pages_of(f"{cover}\n\f\n{_LETTER}")
    assert stream.text.index("Quillfeather Housewares LLC\n410") == letter_start(stream)
    fields = Fields()
    read_party(stream, fields)
    assert fields.value("protestant_name") == "Quillfeather Housewares LLC"
    assert fields.value("protestant_address") == "410 Depot Street, Secaucus, NJ 07094"


def test_a_first_page_that_is_no_cover_sheet_starts_the_letter() -> None:
    stream = pages_of(f"{_LETTER}\n\f\nFAX\nPages: 2")
    assert letter_start(stream) == 0


def test_a_memos_writer_with_the_firm_after_the_name_signs() -> None:
    signer = signer_in("FROM: Marcus T. Washington, General Counsel, Keystone Fasteners & "
                       "Fittings, Inc.\nTO: Port Director")
    assert signer is not None and signer.name == "Marcus T. Washington"
