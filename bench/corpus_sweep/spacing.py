"""Tight word spacing and letter-spaced capitals, as typesetters and word processors print them.

mandoc and justified layouts put words at their own positions with a gap under 3 pt and no
space character between them, so a text extractor may run the words together.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

WORD_GAPS = {"words25": 2.5, "words15": 1.5}  # the gap in points between separately set words
TW_GAP = 2.0  # the gap the `tw` value leaves: a space character narrowed by the Tw operator


def tight_words(canvas: Canvas, x: float, y: float, s: str, font: str, size: float,
                gap: float) -> float:
    """Draws each word of S at its own position, GAP points apart; returns the width."""
    start = x + stringWidth(s[: len(s) - len(s.lstrip())], font, size)
    for word in s.split():
        canvas.drawString(start, y, word)
        start += stringWidth(word, font, size) + gap
    return float(start - gap - x)


def tight_tw(canvas: Canvas, x: float, y: float, s: str, font: str, size: float) -> float:
    """Draws S with its spaces kept but narrowed to TW_GAP points (word spacing, Tw)."""
    space = stringWidth(" ", font, size)
    text = canvas.beginText(x, y)
    text.setFont(font, size)
    text.setWordSpace(TW_GAP - space)
    text.textOut(s)
    canvas.saveState()  # Tw is graphics state: it must not outlive this line
    canvas.drawText(text)
    canvas.restoreState()
    return float(stringWidth(s, font, size) + s.count(" ") * (TW_GAP - space))


def spaced_caps(s: str) -> str:
    """ "Protest No." as "P R O T E S T   N O ." : capitals with a space typed between letters."""
    return "   ".join(" ".join(word.upper()) for word in s.split())


def charspaced(canvas: Canvas, x: float, y: float, s: str, font: str, size: float,
               space: float) -> float:
    """Draws S in capitals with SPACE points between letters (Tc), no space typed; the width."""
    text = canvas.beginText(x, y)
    text.setFont(font, size)
    text.setCharSpace(space)
    text.textOut(s.upper())
    canvas.saveState()  # Tc is graphics state: it must not outlive this line
    canvas.drawText(text)
    canvas.restoreState()
    return float(stringWidth(s.upper(), font, size)) + len(s) * space
