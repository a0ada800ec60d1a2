"""Scanned protests with an OCR text layer (issue 13, round 11): words spaced as the scan shows
them are parted into cells only at the columns' gaps, and a scan's small faults (a stray mark
before a box pair, "_/S/", a middle initial run into the name, "see stamp" in the receipt box)
do not cost the values; a "Decision protested" box that names a penalty decision reaches the
protestability rule (19 U.S.C. 1514(b))."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_elements import read_elements
from bots.protest_intake.extract_fields import Fields, ticked
from bots.protest_intake.rules.validity import check_protestable
from tests.extract.test_protest_letter_cues import stream_of
from tradebots.pdf import open_pdf

Cells = list[tuple[float, str]]  # a row: each cell's text at its x


def _scan(path: Path, rows: list[Cells], *, scanned: bool = True, tilt: float = 0.0) -> Path:
    """A page as OCR leaves it: a page-size image under words placed one by one, each space
    about a line height wide (tesseract's text layer), cells at the row's x positions; a
    sheet fed askew runs each row TILT points down per point across."""
    canvas = Canvas(str(path), pagesize=letter)
    if scanned:
        buffer = io.BytesIO()
        Image.new("L", (85, 110), 255).save(buffer, format="PNG")
        canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, *letter)
    canvas.setFont("Helvetica", 12)
    y = letter[1] - 72
    for row in rows:
        for x, text in row:
            for word in text.split():
                canvas.drawString(x, y - tilt * (x - 72), word)
                x += canvas.stringWidth(word, "Helvetica", 12) + 11.0
        y -= 20
    canvas.save()
    return path


_FORM: list[Cells] = [
    [(72, "PROTEST - DEPARTMENT OF HOMELAND SECURITY")],
    [(72, "U.S. Customs and Border Protection - 19 CFR Part 174")],
    [(72, "2. Date received"), (250, "see stamp")],
    [(72, "3. Port"), (250, "1001 (New York)")],
    [(72, "4. Importer No."), (250, "44-7631157")],
    [(420, "RECEIVED")],
    [(420, "8/18/2025")],
    [(72, "5. ENTRIES")],
    [(72, "Entry No."), (250, "Date of entry"), (420, "Date of liquidation")],
    [(72, "F1H-5000683-6"), (250, "3/28/2024"), (420, "2/17/2025")],
    [(72, "6. Protesting party"), (250, "Blue Heron Ceramics LLC")],
    [(250, "2210 Kilgore Avenue")],
    [(250, "Muncie, IN 47304")],
    [(72, "7. Accelerated disposition"), (250, "—[ ] Yes [X] No")],
    [(72, "Description of merchandise"), (250, "Glazed ceramic dinnerware sets")],
    [(72, "Decision protested"), (250, "classification of the merchandise")],
    [(72, "Justification: the rate applied exceeds the rate the tariff provides.")],
    [(72, "Drawback"), (250, "The entries are not subject to drawback.")],
    [(72, "Signature = _/S/ Marcus O. Delacroix")],
    [(72, "CBP Form 19 (typed by broker software)")],
]


def test_a_scanned_pages_words_are_parted_only_at_its_columns(tmp_path: Path) -> None:
    with open_pdf(_scan(tmp_path / "s.pdf", _FORM)) as document:
        rows = [[cell.text for cell in line] for line in document.segments(1)]
    assert ["6. Protesting party", "Blue Heron Ceramics LLC"] in rows
    assert ["Entry No.", "Date of entry", "Date of liquidation"] in rows
    # The same words on a digital page (no scan under them) are cells word by word, as before.
    with open_pdf(_scan(tmp_path / "d.pdf", _FORM, scanned=False)) as document:
        digital = [[cell.text for cell in line] for line in document.segments(1)]
    assert ["6.", "Protesting", "party", "Blue", "Heron", "Ceramics", "LLC"] in digital


def test_a_scanned_form_is_read_box_by_box(tmp_path: Path) -> None:
    facts = extract_protest(_scan(tmp_path / "f.pdf", _FORM)).facts
    assert facts.protestant_name == "Blue Heron Ceramics LLC"
    assert facts.protestant_address == "2210 Kilgore Avenue, Muncie, IN 47304"
    assert facts.received_date == date(2025, 8, 18)  # "see stamp": the RECEIVED stamp's date
    assert facts.accelerated_disposition is False  # "—[ ] Yes [X] No"
    assert facts.signer_name == "Marcus O. Delacroix"  # "_/S/"
    assert facts.merchandise_description == "Glazed ceramic dinnerware sets"


def test_a_stray_mark_before_a_box_pair_leaves_the_pair_read_in_order() -> None:
    assert ticked("—[ ] Yes [X] No") is False
    assert ticked("_[X] Yes [ ] No") is True


def test_a_decision_protested_box_naming_a_penalty_decision_reaches_the_rule(
        tmp_path: Path) -> None:
    form: list[Cells] = [*_FORM[:15],
            [(72, "Decision protested"), (250, "the decision of the Fines, Penalties and")],
            [(250, "Forfeitures Officer denying our petition under 19 CFR Part 171")],
            *_FORM[16:]]
    facts = extract_protest(_scan(tmp_path / "p.pdf", form)).facts
    assert "Penalties" in str(facts.objection_text)
    assert [f.outcome for f in check_protestable(facts)] == ["invalid"]


def test_a_glued_middle_initial_and_a_lone_full_stop_are_parted(tmp_path: Path) -> None:
    rows: list[Cells] = [
        [(72, "Sunbelt Patio Furnishings, Inc.")], [(72, "Importer of record no. 38-1333548")],
        [(72, "3 May 2025")], [(72, "Port Director, port 5301")],
        [(72, "We protest the appraised value of entry ABC-8188892-9, entered 31 March 2024,")],
        [(72, "liquidated on 22 February 2025: the price paid is the transaction value.")],
        [(72, "Sincerely,")], [(72, "ThomasJ . Ferrante")], [(72, "Director of Import Compliance")],
    ]
    facts = extract_protest(_scan(tmp_path / "l.pdf", rows)).facts
    assert facts.signer_name == "Thomas J. Ferrante"
    # The letterhead's next line is the party's own number, not an address: still its name.
    assert facts.protestant_name == "Sunbelt Patio Furnishings, Inc."


def test_a_declaration_broken_after_subject_to_is_one_clause() -> None:
    fields = Fields()
    read_elements(stream_of("We confirm the entries are not, and will not be, subject to\n"
                            "drawback."), fields)
    assert fields.value("drawback_declaration") is False


def test_a_scan_fed_askew_keeps_each_row_one_line(tmp_path: Path) -> None:
    # Each row falls about 20 points from its first cell to its last, as far as the next row
    # stands below it: grouped by height alone, rows broke and ran into each other.
    rows: list[Cells] = [[(72, "Entry No."), (250, "Date of entry"), (560, "Date of liquidation")],
                         [(72, "F1H-5000683-6"), (250, "3/28/2024"), (560, "2/17/2025")],
                         [(72, "6. Protesting party"), (560, "Blue Heron Ceramics LLC")]]
    with open_pdf(_scan(tmp_path / "t.pdf", rows, tilt=0.035)) as document:
        lines = [[cell.text for cell in line] for line in document.segments(1)]
    assert lines == [["Entry No.", "Date of entry", "Date of liquidation"],
                     ["F1H-5000683-6", "3/28/2024", "2/17/2025"],
                     ["6. Protesting party", "Blue Heron Ceramics LLC"]]
