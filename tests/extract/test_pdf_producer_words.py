"""Words read alike whichever program drew the page: word breaks and line boxes (issue 13)."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tradebots.pdf import open_pdf
from workflows.demo import pdf_showing


def _words(path: Path) -> list[str]:
    with open_pdf(path) as document:
        return [word.text for word in document.words(1)]


def test_a_word_break_drawn_as_a_narrow_gap_without_a_space_parts_two_words(
        tmp_path: Path) -> None:
    # Cairo re-draws a line glyph by glyph and drops the space: a kerned "L A" at 6.5 pt leaves
    # a gap of 0.2 em (1.3 pt), under a fixed 1.5 pt tolerance, so "LEGALARGUMENTS" was one word.
    path = tmp_path / "gap.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica-Bold", 6.5)
    x = 72.0
    for word in ("FACTS", "AND", "LEGAL", "ARGUMENTS"):
        canvas.drawString(x, 700, word)
        x += stringWidth(word, "Helvetica-Bold", 6.5) + 0.2 * 6.5
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 650, "Letters of a word stay together at any size.")
    canvas.save()
    assert _words(path) == ["FACTS", "AND", "LEGAL", "ARGUMENTS", "Letters", "of", "a", "word",
                            "stay", "together", "at", "any", "size."]


def test_lines_drawn_in_fonts_of_different_descent_get_boxes_from_their_baselines(
        tmp_path: Path) -> None:
    # A font's declared descent (Courier 0.157 em, Helvetica 0.207 em, some embedded fonts 0 or
    # 0.3) placed the word's box, so the gap between a heading and the next line, and with it a
    # paragraph break, moved when the same page was drawn with another font program.
    path = tmp_path / "descent.pdf"
    canvas = Canvas(str(path), pagesize=(612, 792))
    canvas.setFont("Courier", 40)
    canvas.drawString(72, 600, "Mono")
    canvas.setFont("Helvetica", 40)
    canvas.drawString(300, 600, "Sans")
    canvas.save()
    with open_pdf(path) as document:
        mono, sans = document.words(1)
    assert (mono.text, sans.text) == ("Mono", "Sans")
    assert abs(mono.bottom - sans.bottom) < 0.01 and abs(mono.top - sans.top) < 0.01
    assert abs(mono.bottom - (792 - 600 + 0.2 * 40)) < 0.01


def _to_unicode(*mappings: bytes) -> bytes:
    """A ToUnicode CMap of one-byte codes with MAPPINGS."""
    return b"\n".join((b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
                       b"1 begincodespacerange <00> <FF> endcodespacerange", *mappings,
                       b"endcmap CMapName currentdict /CMap defineresource pop end end"))


def test_a_ligature_whose_to_unicode_has_the_wrong_byte_order_reads_as_its_letters(
        tmp_path: Path) -> None:
    # Ghostscript re-encoding a TeX font wrote the "fi" ligature as <66006900>: U+6600 U+6900,
    # two CJK characters in the middle of "Outfitters".
    cmap = _to_unicode(b"1 beginbfchar <01> <66006900> endbfchar",
                       b"1 beginbfrange <20> <7E> <0020> endbfrange")
    path = tmp_path / "swapped.pdf"
    path.write_bytes(pdf_showing(b"Redwood Out\x01tters", to_unicode=cmap))
    assert _words(path) == ["Redwood", "Outfitters"]


def test_a_glyph_left_without_a_character_is_not_glued_onto_the_amount(tmp_path: Path) -> None:
    # Cairo re-encoding TeX's "$" left it as U+FFFD, drawn against the digits: read as one word
    # "\ufffd241,664.00", the amount no longer parsed and the domestic value was lost.
    cmap = _to_unicode(b"1 beginbfchar <24> <FFFD> endbfchar",
                       b"1 beginbfrange <20> <23> <0020> endbfrange",
                       b"1 beginbfrange <25> <7E> <0025> endbfrange")
    path = tmp_path / "unmapped.pdf"
    path.write_bytes(pdf_showing(b"Domestic value: $241,664.00", to_unicode=cmap))
    assert _words(path) == ["Domestic", "value:", "241,664.00"]
