"""A form letter's blank filled in another font may stand closer to the printed word before it
than the page's usual word gap; the filled text is a word of its own all the same. Letters of
one word set in two fonts (a bold initial, a symbol) still read as one word."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tradebots.pdf import open_pdf

SIZE = 11


def _page(path: Path, runs: list[tuple[str, str, float]]) -> Path:
    """One line of RUNS: (font, text, points of gap before it), drawn run after run."""
    canvas = Canvas(str(path), pagesize=letter)
    x = 72.0
    for font, text, gap in runs:
        x += gap
        canvas.setFont(font, SIZE)
        canvas.drawString(x, 700, text)
        x += canvas.stringWidth(text, font, SIZE)
    canvas.save()
    return path


def _words(path: Path) -> list[str]:
    with open_pdf(path) as document:
        return [w.text for line in document.segments(1) for s in line for w in s.words]


@pytest.mark.parametrize("printed, filled, gap", [
    ("1. The undersigned,", "Kestrel Lighting Corporation", 1.1),
    ("importer number", "65-4016731", 1.0),
    ("Name of requester:", "Harrow & Vine Inc.", 0.95),
])
def test_a_blank_filled_in_another_font_close_after_the_printed_words_is_a_word_of_its_own(
    tmp_path: Path, printed: str, filled: str, gap: float,
) -> None:
    pdf = _page(tmp_path / "f.pdf", [("Times-Roman", printed, 0.0),
                                     ("Courier-Bold", filled, gap)])
    assert _words(pdf) == printed.split() + filled.split()


@pytest.mark.parametrize("runs, word", [
    ([("Times-Bold", "W", 0.0), ("Times-Roman", "arehouse", 0.0)], "Warehouse"),
    ([("Helvetica", "19 CFR 177.2", 0.0), ("Times-Roman", "(b)", 0.3)], "177.2(b)"),
])
def test_one_word_set_in_two_fonts_with_its_letters_touching_stays_one_word(
    tmp_path: Path, runs: list[tuple[str, str, float]], word: str,
) -> None:
    assert word in _words(_page(tmp_path / "w.pdf", runs))
