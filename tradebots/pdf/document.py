"""Open a PDF for reading with checks that name what is wrong, and read its words by page."""

from __future__ import annotations

import hashlib
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from tradebots.pdf.errors import UnusablePdf
from tradebots.pdf.words import Segment, Word, group_lines, split_segments, words_from_plumber

MAX_BYTES = 50 * 1024 * 1024
MAX_PAGES = 500
_HEADER_WINDOW = 1024  # the PDF spec lets the %PDF- header start anywhere in the first 1 KB


class PdfDocument:
    """An open PDF: its hash, page count, and per page its words, lines and segments."""

    def __init__(self, path: Path, pdf: Any, sha256: str) -> None:
        self.path = path
        self.sha256 = sha256
        self._pdf = pdf
        self._words: dict[int, list[Word]] = {}
        self._segments: dict[int, list[list[Segment]]] = {}

    @property
    def page_count(self) -> int:
        return len(self._pdf.pages)

    @property
    def page_numbers(self) -> range:
        return range(1, self.page_count + 1)

    def page(self, number: int) -> Any:
        """The pdfplumber page (1-based), for callers that need tables or shapes."""
        return self._pdf.pages[number - 1]

    def words(self, number: int) -> list[Word]:
        """The page's words, left to right within lines, top to bottom."""
        if number not in self._words:
            try:
                raw = self.page(number).extract_words(x_tolerance=1.5, y_tolerance=2)
            except Exception as exc:  # pdfminer raises many kinds on a broken content stream
                raise UnusablePdf(self.path, "damaged", f"page {number}: {exc}") from exc
            self._words[number] = words_from_plumber(number, raw)
        return self._words[number]

    def segments(self, number: int) -> list[list[Segment]]:
        """The page's lines, each split into segments at box borders and wide gaps."""
        if number not in self._segments:
            edges = [e for e in self.page(number).edges if e["orientation"] == "v"]
            result = []
            for line in group_lines(self.words(number)):
                middle = sum(w.middle for w in line) / len(line)
                dividers = [
                    float(e["x0"]) for e in edges if e["top"] - 1 <= middle <= e["bottom"] + 1
                ]
                result.append(split_segments(line, dividers))
            self._segments[number] = result
        return self._segments[number]

    @cached_property
    def all_segments(self) -> list[Segment]:
        """Every segment of the document in reading order (page, line, left to right)."""
        return [s for n in self.page_numbers for line in self.segments(n) for s in line]

    @cached_property
    def all_words(self) -> list[Word]:
        return [w for s in self.all_segments for w in s.words]

    def text(self) -> str:
        """Plain text: one line per segment line, segments separated by two spaces."""
        return "\n".join(
            "  ".join(s.text for s in line) for n in self.page_numbers for line in self.segments(n)
        )

    def close(self) -> None:
        self._pdf.close()

    def __enter__(self) -> PdfDocument:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_pdf(path: Path, *, max_bytes: int = MAX_BYTES, max_pages: int = MAX_PAGES) -> PdfDocument:
    """Open `path` for reading, or raise UnusablePdf naming the file and the cause."""
    size = path.stat().st_size
    if size > max_bytes:
        raise UnusablePdf(path, "too large", f"{size} bytes, limit {max_bytes}")
    data = path.read_bytes()
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise UnusablePdf(path, "not a PDF", "no %PDF- header")
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise UnusablePdf(path, "encrypted", str(cause)) from exc
        raise UnusablePdf(path, "damaged", f"{type(cause).__name__}: {cause}") from exc
    except Exception as exc:  # a parser failing on garbage is a damaged file, whatever it raises
        raise UnusablePdf(path, "damaged", f"{type(exc).__name__}: {exc}") from exc
    document = PdfDocument(path, pdf, hashlib.sha256(data).hexdigest())
    try:
        _check_pages(document, max_pages)
    except BaseException:
        document.close()
        raise
    return document


def _check_pages(document: PdfDocument, max_pages: int) -> None:
    path = document.path
    try:
        count = document.page_count
    except Exception as exc:
        raise UnusablePdf(path, "damaged", f"page tree: {exc}") from exc
    if count == 0:
        raise UnusablePdf(path, "no pages")
    if count > max_pages:
        raise UnusablePdf(path, "too large", f"{count} pages, limit {max_pages}")
    if not any(document.words(n) for n in document.page_numbers):
        raise UnusablePdf(path, "no text layer", "no page has text: a scan needs OCR")
