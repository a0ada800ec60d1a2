"""Words set letter-spaced ("P R O T E S T   N U M B E R") or tightly (no space character, a
point or two apart) read as the words they are, and single letters that only stand near each
other stay apart."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from tradebots.pdf import open_pdf


def _lines(path: Path) -> list[str]:
    with open_pdf(path) as document:
        return [" | ".join(s.text for s in line) for line in document.segments(1)]


def _spaced(text: str) -> str:
    """TEXT typed with a space after every letter and three between words (a colon kept on)."""
    return "   ".join(" ".join(word.rstrip(":")) + word[len(word.rstrip(":")):]
                      for word in text.split())


def test_typed_letter_spacing_reads_as_words(tmp_path: Path) -> None:
    path = tmp_path / "spaced.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica-Bold", 10)
    canvas.drawString(72, 700, _spaced("PROTEST NUMBER:"))
    canvas.drawString(72, 680, _spaced("DESCRIPTION OF MERCHANDISE:"))
    canvas.save()
    assert _lines(path) == ["PROTEST NUMBER:", "DESCRIPTION OF MERCHANDISE:"]


def test_letters_drawn_with_character_spacing_read_as_one_word(tmp_path: Path) -> None:
    path = tmp_path / "charspace.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    title = canvas.beginText(250, 720)
    title.setFont("Helvetica-Bold", 12)
    title.setCharSpace(4)
    title.textOut("PROTEST")
    canvas.drawText(title)
    canvas.save()
    assert _lines(path) == ["PROTEST"]


def test_single_letters_that_only_stand_near_each_other_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "letters.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 700, "See Schedule A and Exhibit B.")
    canvas.drawString(72, 680, "Signed by J. R. Whitfield")
    canvas.drawString(72, 660, "Liquidated: Y N")  # two marks: too few to be a spaced word
    for x, mark in ((72, "Y"), (100, "N"), (128, "Y")):  # a column of marks, cells apart
        canvas.drawString(x, 640, mark)
    canvas.save()
    assert _lines(path) == ["See Schedule A and Exhibit B.", "Signed by J. R. Whitfield",
                            "Liquidated: Y N", "Y | N | Y"]


def test_a_protest_with_letter_spaced_labels_is_read(tmp_path: Path) -> None:
    path = tmp_path / "protest.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(260, 740, _spaced("PROTEST"))
    for y, label, value in ((700, "PROTESTANT:", "Greenpoint Lamp Works LLC"),
                            (684, "PROTEST NUMBER:", "1001-25-100233"),
                            (668, "PORT CODE:", "1001"),
                            (652, "ENTRY NUMBER:", "EH4-2210587-2")):
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(72, y, _spaced(label))
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72 + canvas.stringWidth(_spaced(label), "Helvetica-Bold", 10) + 6, y,
                          value)
    canvas.drawString(72, 620, "We protest the liquidation of the entry under 19 U.S.C. 1514.")
    canvas.save()
    values = extract_protest(path).values_json()
    assert values["protest_number"] == "1001-25-100233"
    assert values["protestant_name"] == "Greenpoint Lamp Works LLC"
    assert values["port_code"] == "1001"
