"""The shared scanned-page reader: an OCR layer's wide word gaps, slight tilt and misread shapes
(a bar or bracket for a capital I, a stray full stop, a glued initial) read as the paper prints."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.scan_faults import mended_line
from bots.ruling_triage.contract import extract_json
from tradebots.pdf import Segment, Word, open_pdf


def words(text: str, x: float, gap: float, top: float = 100.0) -> Segment:
    """One segment of 13-point-high OCR words, 7 points a character, GAP points apart."""
    out, at = [], x
    for part in text.split():
        out.append(Word(1, at, top, at + 7.0 * len(part), top + 13.0, part))
        at += 7.0 * len(part) + gap
    return Segment(tuple(out))


def test_misread_shapes_are_read_as_printed() -> None:
    line = [words("Rosa |. Castellanos", 60.0, 8.0), words("[tem 5: ThomasJ", 300.0, 8.0)]
    stop = line[1].words[-1]
    line[1] = Segment((*line[1].words, Word(1, stop.x1 + 2.0, 100.0, stop.x1 + 5.0, 113.0, ".")))
    texts = [s.text for s in mended_line(line)]
    assert texts == ["Rosa I. Castellanos", "Item 5: Thomas J."]
    # A bar between words (a separator), a bracket before a number and a bracket the writer
    # closes stay as printed.
    kept = mended_line([words("Tel | Fax [2]", 60.0, 8.0),
                        words("[t]he [emphasis added]", 300.0, 8.0)])
    assert [s.text for s in kept] == ["Tel | Fax [2]", "[t]he [emphasis added]"]


def scan(path: Path, lines: Sequence[tuple[float, str]]) -> Path:
    """A page as a scanner with OCR writes it: the picture, and invisible words over it with
    the paper's wide word gaps and a slight downward tilt along each line."""
    picture = io.BytesIO()
    Image.new("RGB", (850, 1100), "white").save(picture, format="PNG")
    canvas = Canvas(str(path), pagesize=letter)
    canvas.drawImage(ImageReader(io.BytesIO(picture.getvalue())), 0, 0, *letter)
    for y, text in lines:
        x = 68.0
        for word in text.split():
            tilt = (x - 68.0) * 0.012
            canvas.setFont("Helvetica", 11)
            canvas.drawString(x, letter[1] - y - tilt, word)
            x += canvas.stringWidth(word, "Helvetica", 11) + 10.5
    canvas.save()
    return path


def test_a_scan_is_a_page_covering_picture_with_text_over_it(tmp_path: Path) -> None:
    with open_pdf(scan(tmp_path / "read.pdf", [(60, "Harbor Goods LLC")])) as document:
        assert document.scanned(1)
    typed = Canvas(str(tmp_path / "typed.pdf"), pagesize=letter)
    typed.drawString(68.0, 700.0, "Harbor Goods LLC")
    typed.save()
    with open_pdf(tmp_path / "typed.pdf") as document:
        assert not document.scanned(1)


LETTER = [(60, "Harbor Goods LLC"), (74, "12 Pier Road - Newark, NJ 07114"),
          (100, "February 24, 2025"),
          (124, "Director, National Commodity Specialist Division"),
          (138, "U.S. Customs and Border Protection"),
          (160, "Subject: binding ruling request"),
          (184, "Our importer number is 12-3456789. The goods will be entered at the"),
          (200, "port of Newark."),
          (224, "Item 1: Cotton bath towels; materials: cotton 100% by weight; we"),
          (240, "believe they fall under subheading 6302.60.0020."),
          (256, "Use: drying the body after bathing, in homes and hotels."),
          (272, "Our basis is GRI 1 and the heading text."),
          (288, "The goods have not yet been imported; the first shipment is planned."),
          (312, "The issue is not pending before any CBP office or any court."),
          (336, "Photos enclosed; no sample."),
          (372, "Yours truly,"), (396, "Ann |. Leeward"), (410, "President")]
"""A ruling request letter as typed: the sender's name and address first."""


def test_a_scanned_letter_reads_like_the_printed_one(tmp_path: Path) -> None:
    output = extract_json(scan(tmp_path / "scan.pdf", LETTER), received=date(2025, 3, 3),
                          today=date(2025, 3, 10))
    values = output["values"]
    assert values["importer_number"] == "12-3456789"
    assert values["ports"] == ["Newark"]
    assert values["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def turned_scan(path: Path, lines: Sequence[tuple[float, str]], degrees: float) -> Path:
    """A page fed askew: the picture, and its words drawn turned DEGREES about the centre."""
    picture = io.BytesIO()
    Image.new("RGB", (850, 1100), "white").save(picture, format="PNG")
    canvas = Canvas(str(path), pagesize=letter)
    canvas.drawImage(ImageReader(io.BytesIO(picture.getvalue())), 0, 0, *letter)
    canvas.translate(letter[0] / 2, letter[1] / 2)
    canvas.rotate(degrees)
    canvas.translate(-letter[0] / 2, -letter[1] / 2)
    canvas.setFont("Helvetica", 11)
    for y, text in lines:
        x = 72.0
        for word in text.split():
            canvas.drawString(x, letter[1] - y, word)
            x += canvas.stringWidth(word, "Helvetica", 11) + 10.5
    canvas.save()
    return path


def test_a_page_fed_askew_has_its_words_turned_level_with_a_straight_margin(
        tmp_path: Path) -> None:
    # Half a degree drifts the left margin 6 points from the top of a letter page to its foot,
    # so a paragraph's lines no longer started at one x and were read as separate paragraphs.
    lines = [(80.0 + 20 * n, f"Line {n} of the letter runs across the page to here") for n in
             range(30)]
    for degrees in (0.6, -0.6):
        with open_pdf(turned_scan(tmp_path / f"askew{degrees}.pdf", lines, degrees)) as document:
            rows = list(document.segments(1))
            starts = [row[0].words[0].x0 for row in rows]
            assert len(rows) == 30
            assert max(starts) - min(starts) < 1.0, degrees
            assert all(max(w.top for w in row[0].words) - min(w.top for w in row[0].words) < 1.0
                       for row in rows)


def test_a_scanned_letter_whose_sender_was_not_read_goes_to_a_person(tmp_path: Path) -> None:
    # OCR can drop a whole line (tesseract lost "1. Requester name: ..." under a rule): a letter
    # always has a sender, so one not read on a scan is no "missing 177.2(b)(1)" deficiency.
    lost = LETTER[2:]  # the sender's name and address
    output = extract_json(scan(tmp_path / "scan.pdf", lost), received=date(2025, 3, 3),
                          today=date(2025, 3, 10))
    assert output["values"]["requester_name"] is None
    assert output["decision"]["outcome"] == "needs_human", output["decision"]
