"""Page images for the review page: PDF pages rendered with pypdfium2, cached under var/."""

from __future__ import annotations

import os
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium

SCALE = 1.5  # 108 dpi: sharp enough to read a form, small enough to load quickly
MAX_PAGES = 50
# PDFium is not thread-safe, and FastAPI runs sync routes in a thread pool.
_pdfium = threading.Lock()


@dataclass(frozen=True)
class PageSize:
    """A page's size in PDF points, the unit of evidence boxes."""

    width: float
    height: float


class NotRenderable(Exception):
    """The file is not a PDF PDFium can open."""


@lru_cache(maxsize=512)
def page_sizes(path: Path) -> tuple[PageSize, ...]:
    """The size of each page (at most MAX_PAGES) of the PDF at PATH; files never change."""
    with _pdfium:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise NotRenderable(f"{path.name}: {exc}") from exc
        try:
            return tuple(PageSize(*document.get_page_size(i))
                         for i in range(min(len(document), MAX_PAGES)))
        finally:
            document.close()


def page_image(path: Path, sha256: str, index: int, cache: Path) -> Path:
    """The PNG of page INDEX (0-based), rendered once and kept under CACHE."""
    target = cache / sha256[:2] / f"{sha256}-{index}.png"
    if target.exists():
        return target
    if not 0 <= index < len(page_sizes(path)):
        raise IndexError(f"no page {index + 1}")
    with _pdfium:
        document = pdfium.PdfDocument(str(path))
        try:
            page = document[index]
            image = page.render(scale=SCALE).to_pil()
            page.close()
        finally:
            document.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".render-", suffix=".png")
    with os.fdopen(fd, "wb") as out:
        image.save(out, format="PNG", optimize=False)
    os.replace(tmp, target)
    return target
