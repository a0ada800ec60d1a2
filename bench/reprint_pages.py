"""Re-draw a document's pages the way senders store, print and scan them, words unchanged.

`stored90`/`stored270`: each page's content drawn turned a quarter in a turned box, with /Rotate
putting it upright again (Word, LibreOffice and Acrobat saving a landscape section). `sideways`:
the content drawn turned a quarter and left so (a landscape table printed across a portrait sheet:
its text matrix turned). `upside`: /Rotate 180 (a sheet fed the wrong way). `scan-sideways`: the
scan via, then each page image and its OCR layer turned together. `2up`: two pages side by side on
a landscape letter sheet ("multiple pages per sheet"). `fit94`: each page at 94% in the middle of
its sheet (fit to printable area).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject

Redraw = Callable[[Path, Path, int], None]

SHEET = (792.0, 612.0)  # US letter, landscape: a 2-up print's sheet
FIT = 0.94
_MARGIN = 18.0  # points around each half of a 2-up sheet


def _size(page: PageObject) -> tuple[float, float, float, float]:
    box = page.mediabox
    return float(box.left), float(box.bottom), float(box.width), float(box.height)


def turned(page: PageObject, counterclockwise: bool) -> PageObject:
    """PAGE with its content turned a quarter, counterclockwise or not, in a box turned to fit."""
    left, bottom, width, height = _size(page)
    # Exact quarter turns, as producers write them: Transformation.rotate's cos(90) of 6e-17
    # would leave a ruled box a hair off level, which no producer does.
    page.add_transformation(Transformation((0, 1, -1, 0, height + bottom, -left))
                            if counterclockwise
                            else Transformation((0, -1, 1, 0, -bottom, width + left)))
    box = RectangleObject((0, 0, height, width))
    page.mediabox = box
    page.cropbox = box
    return page


def _rewrite(source: Path, target: Path, each: Callable[[PageObject], PageObject]) -> None:
    writer = PdfWriter(clone_from=source)
    for page in writer.pages:
        each(page)
    with target.open("wb") as out:
        writer.write(out)


def _rotated(page: PageObject, degrees: int) -> PageObject:
    page.rotation = degrees
    return page


def redraw_stored90(source: Path, target: Path, seed: int) -> None:
    """Content turned counterclockwise, /Rotate 90 turning it back for the viewer."""
    _rewrite(source, target, lambda p: _rotated(turned(p, counterclockwise=True), 90))


def redraw_stored270(source: Path, target: Path, seed: int) -> None:
    """Content turned clockwise, /Rotate 270 turning it back for the viewer."""
    _rewrite(source, target, lambda p: _rotated(turned(p, counterclockwise=False), 270))


def redraw_sideways(source: Path, target: Path, seed: int) -> None:
    """Content turned counterclockwise and left so: text runs bottom to top."""
    _rewrite(source, target, lambda p: turned(p, counterclockwise=True))


def redraw_upside(source: Path, target: Path, seed: int) -> None:
    """/Rotate 180: the page as a sheet fed upside down."""
    _rewrite(source, target, lambda p: _rotated(p, 180))


def scanned_sideways(scan: Redraw) -> Redraw:
    """SCAN's pages turned clockwise, image and OCR layer together (a sheet fed sideways)."""
    def redraw(source: Path, target: Path, seed: int) -> None:
        with tempfile.TemporaryDirectory(prefix="reprint-sideways-") as work:
            upright = Path(work) / "scan.pdf"
            scan(source, upright, seed)
            _rewrite(upright, target, lambda p: turned(p, counterclockwise=False))
    return redraw


def placed(page: PageObject, box: tuple[float, float, float, float]) -> Transformation:
    """The move that shrinks PAGE to fit BOX (x, y, width, height), centred."""
    left, bottom, width, height = _size(page)
    scale = min(box[2] / width, box[3] / height)
    return (Transformation().translate(-left, -bottom).scale(scale, scale)
            .translate(box[0] + (box[2] - width * scale) / 2,
                       box[1] + (box[3] - height * scale) / 2))


def redraw_2up(source: Path, target: Path, seed: int) -> None:
    """Pages two to a landscape sheet, left then right; an odd last page alone on the left."""
    pages = list(PdfReader(source).pages)
    half = SHEET[0] / 2
    writer = PdfWriter()
    for first in range(0, len(pages), 2):
        sheet = PageObject.create_blank_page(width=SHEET[0], height=SHEET[1])
        for slot, page in enumerate(pages[first:first + 2]):
            box = (slot * half + _MARGIN, _MARGIN, half - 2 * _MARGIN, SHEET[1] - 2 * _MARGIN)
            sheet.merge_transformed_page(page, placed(page, box))
        writer.add_page(sheet)
    with target.open("wb") as out:
        writer.write(out)


def redraw_fit94(source: Path, target: Path, seed: int) -> None:
    """Each page at 94% in the middle of a sheet of its own size."""
    writer = PdfWriter()
    for page in PdfReader(source).pages:
        _, _, width, height = _size(page)
        sheet = PageObject.create_blank_page(width=width, height=height)
        box = (width * (1 - FIT) / 2, height * (1 - FIT) / 2, width * FIT, height * FIT)
        sheet.merge_transformed_page(page, placed(page, box))
        writer.add_page(sheet)
    with target.open("wb") as out:
        writer.write(out)


def page_vias(scan: Redraw) -> dict[str, Redraw]:
    """The page-handling vias by name; SCAN is the scan via the sideways scan starts from."""
    return {"stored90": redraw_stored90, "stored270": redraw_stored270,
            "sideways": redraw_sideways, "upside": redraw_upside,
            "scan-sideways": scanned_sideways(scan), "2up": redraw_2up, "fit94": redraw_fit94}
