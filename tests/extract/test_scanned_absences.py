"""A scan's or a fax's OCR layer may lose a whole line: an element not read from it is for a
person to look for, never a deficiency concluded from its absence (protests and rulings)."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tests.corpus_b import CORPUS_B, REPO
from tradebots.references import resolve_callable
from tradebots.settings import load_settings

NO_GOODS = CORPUS_B / "protest" / "protest_047_docx_no-desc.pdf"  # lacks 174.13(a)(5) only
NO_PENDING = CORPUS_B / "ruling-request" / "ruling_021_docx_no-pending-stmt.pdf"  # 177.2(b)(5)


def scanned_copy(original: Path, out: Path) -> Path:
    """ORIGINAL with each page's text laid over a picture of the page, as a scanner's OCR leaves
    it (the text stays exactly as typed, so only the page's being a scan differs)."""
    writer = PdfWriter()
    for page in PdfReader(original).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        picture = BytesIO()
        canvas = Canvas(picture, pagesize=(width, height))
        canvas.drawImage(ImageReader(Image.new("L", (85, 110), 255)), 0, 0, width, height)
        canvas.save()
        scan = writer.add_page(PdfReader(picture).pages[0])
        scan.merge_page(page)
    with out.open("wb") as handle:
        writer.write(handle)
    return out


def decision(kind: str, path: Path, received: date | None, today: date) -> dict[str, Any]:
    """The decision `tradebots extract KIND PATH` prints, by the configured reader."""
    extractor = resolve_callable(load_settings().extractors[kind], setting=kind, home=REPO)
    output: dict[str, Any] = extractor(path, received=received, today=today)
    return dict(output["decision"])


def test_a_protest_typed_without_its_goods_is_deficient_and_scanned_goes_to_a_person(
        tmp_path: Path) -> None:
    # Before: the scanned copy was deficient for (a)(5) too, as a fax whose OCR layer lost the
    # goods' line was.
    dates = (date(2023, 11, 27), date(2024, 1, 12))
    typed = decision("protest", NO_GOODS, *dates)
    assert (typed["outcome"], typed["missing"]) == ("deficient", ["174.13(a)(5)"])
    scanned = decision("protest", scanned_copy(NO_GOODS, tmp_path / "scan.pdf"), *dates)
    assert scanned["outcome"] == "needs_human"


def test_a_ruling_request_without_its_pending_statement_scanned_goes_to_a_person(
        tmp_path: Path) -> None:
    dates = (None, date(2025, 5, 20))
    typed = decision("ruling-request", NO_PENDING, *dates)
    assert (typed["outcome"], typed["missing"]) == ("deficient", ["177.2(b)(5)"])
    scanned = decision("ruling-request", scanned_copy(NO_PENDING, tmp_path / "scan.pdf"), *dates)
    assert scanned["outcome"] == "needs_human"
