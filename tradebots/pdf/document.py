"""Open a PDF for reading with checks that name what is wrong, and read its words by page."""

from __future__ import annotations

import hashlib
import os
import resource
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import extract_words

from tradebots.pdf.columns import reading_order
from tradebots.pdf.errors import UnusablePdf
from tradebots.pdf.form_overlay import FormLayer, form_layer
from tradebots.pdf.letter_spacing import joined_letter_spacing
from tradebots.pdf.sheets import halves
from tradebots.pdf.upright import turned_page, upright_turn
from tradebots.pdf.words import (
    WORD_GAP,
    BBox,
    Segment,
    Word,
    deskewed,
    group_lines,
    level_lines,
    on_common_baseline,
    scanned_space,
    split_joined_texts,
    split_segments,
    unswapped_ligatures,
    words_from_plumber,
)

_Derived = TypeVar("_Derived")

if TYPE_CHECKING:
    from tradebots.settings import ReadingSettings

MAX_BYTES = 50 * 1024 * 1024
_HEADER_WINDOW = 1024  # the PDF spec lets the %PDF- header start anywhere in the first 1 KB
_UNMAPPED = "\ufffd"
_SCAN_COVER = 0.8  # of the page's area: an image this large is a scan of the page


@dataclass(frozen=True)
class ReadingBudget:
    """What reading one document may cost: a file of few bytes can still take minutes and GBs."""

    pages: int = 500
    seconds: float = 60.0
    memory_mb: float = 300.0  # growth of the process's resident memory while reading

    @classmethod
    def of(cls, reading: ReadingSettings) -> ReadingBudget:
        """The budget `[reading]` in settings gives."""
        return cls(reading.max_pages, reading.max_seconds, reading.max_memory_mb)


# The readers' signatures are the extract contract, shared by the bots and the CLI: the budget
# the caller's settings give travels beside the call instead of through every reader.
_in_force: ContextVar[ReadingBudget | None] = ContextVar("reading_budget", default=None)


def budget_in_force() -> ReadingBudget:
    """The budget set by the enclosing reading_budget block, else the defaults."""
    return _in_force.get() or ReadingBudget()


@contextmanager
def reading_budget(budget: ReadingBudget) -> Iterator[ReadingBudget]:
    """Read under BUDGET inside the block (open_pdf's default when given none)."""
    token = _in_force.set(budget)
    try:
        yield budget
    finally:
        _in_force.reset(token)


class PdfDocument:
    """An open PDF: its hash, page count, and per page its words, lines and segments."""

    def __init__(self, path: Path, pdf: Any, sha256: str,
                 budget: ReadingBudget | None = None) -> None:
        self.path = path
        self.sha256 = sha256
        self._pdf = pdf
        self._words: dict[int, list[Word]] = {}
        self._segments: dict[int, list[list[Segment]]] = {}
        self._reading: dict[int, list[list[Segment]]] = {}  # segments in reading order, by page
        self._scanned: dict[int, bool] = {}
        self._forms: dict[int, FormLayer] = {}
        self._turns: dict[int, Any] = {}  # sheets read turned upright, by number
        self._halves: dict[int, Any] = {}  # pages read as half a 2-up sheet, by number
        self._budget = budget or budget_in_force()
        self._started = time.monotonic()
        self._rss_at_open = _resident_mb()
        self._kept: tuple[int, ...] | None = None
        self._hidden: dict[int, set[tuple[float, float, str]]] = {}
        self._derived: dict[Callable[..., Any], Any] = {}

    @property
    def page_count(self) -> int:
        """How many pages the document reads as: a sheet holding two pages counts two."""
        return len(self._logical)

    @property
    def page_numbers(self) -> Sequence[int]:
        """The pages read: every page, or those narrow() kept."""
        return self._kept if self._kept is not None else range(1, self.page_count + 1)

    def narrow(self, pages: Collection[int], hidden: Mapping[int, Collection[int]]) -> None:
        """Read only PAGES from now on, and on them not the lines (indices into segments(n))
        HIDDEN names: a packet's wrapper, quoted messages and attachments stay out of reading."""
        for number, lines in hidden.items():
            rows = self.segments(number)
            self._hidden[number] = {(w.x0, w.top, w.text) for index in lines
                                    if index < len(rows) for s in rows[index] for w in s.words}
            self._words.pop(number, None)
            self._segments.pop(number, None)
            self._reading.pop(number, None)
        self._kept = tuple(sorted(pages))
        for cached in ("all_segments", "all_words", "any_scanned"):
            self.__dict__.pop(cached, None)
        self._derived.clear()

    def hide(self, words: Mapping[int, Collection[Word]]) -> None:
        """Read the pages from now on without WORDS (by page): marks a printout sets in a column
        of their own, beside what it prints, which no reader should take for part of a line."""
        for number, hidden in words.items():
            if not hidden:
                continue
            self._hidden.setdefault(number, set()).update((w.x0, w.top, w.text) for w in hidden)
            self._words.pop(number, None)
            self._segments.pop(number, None)
            self._reading.pop(number, None)
        for cached in ("all_segments", "all_words", "any_scanned"):
            self.__dict__.pop(cached, None)
        self._derived.clear()

    def derived(self, compute: Callable[[PdfDocument], _Derived]) -> _Derived:
        """COMPUTE(self), worked out once for the pages read: several readers ask for the same
        geometry (drawn boxes, rings), and finding it walks every shape of every page."""
        if compute not in self._derived:
            self._derived[compute] = compute(self)
        return cast(_Derived, self._derived[compute])

    @cached_property
    def _logical(self) -> list[tuple[int, BBox | None]]:
        """Each page as read: its sheet's number and, for half a 2-up sheet, the half's box.
        Only a landscape sheet is looked at (parsed now): a portrait one is one page."""
        pages: list[tuple[int, BBox | None]] = []
        for sheet, raw in enumerate(self._pdf.pages, start=1):
            found = halves(self.sheet(sheet)) if float(raw.width) > float(raw.height) else None
            pages.extend([(sheet, half) for half in found] if found else [(sheet, None)])
        return pages

    def physical(self, number: int) -> tuple[int, BBox | None]:
        """Page NUMBER's sheet in the file (1-based) and, for half a 2-up sheet, the half."""
        return self._logical[number - 1]

    def page(self, number: int) -> Any:
        """The pdfplumber page (1-based, as read), for callers that need tables or shapes; half
        a 2-up sheet is that half, in the sheet's coordinates."""
        sheet, half = self.physical(number)
        if half is None:
            return self.sheet(sheet)
        if number not in self._halves:
            self._halves[number] = self.sheet(sheet).crop(half)
        return self._halves[number]

    def sheet(self, number: int) -> Any:
        """The pdfplumber page of sheet NUMBER in the file; its chars and rects include what
        its filled form fields show, as if the form were flattened; a sheet whose words run
        sideways or upside down is turned so that they read upright."""
        page = self._turns.get(number) or self._pdf.pages[number - 1]
        if not hasattr(page, "_objects"):  # parsed afresh: first use, or after flush_cache
            objects = page.parse_objects()
            if number not in self._forms and (turn := upright_turn(objects.get("char", []))):
                page = self._turns[number] = turned_page(page, turn)
                objects = page.parse_objects()
            if number not in self._forms:
                self._forms[number] = form_layer(page, objects)
            layer = self._forms[number]
            for kind, added in (("char", layer.chars), ("rect", layer.rects)):
                if added:
                    objects[kind] = [*objects.get(kind, []), *added]
            page._objects = objects
        return page

    def form_field_in(self, number: int, box: BBox) -> bool:
        """Whether a char laid out from a filled form field lies in BOX on page NUMBER."""
        return any(box[0] <= (c["x0"] + c["x1"]) / 2 <= box[2]
                   and box[1] <= (c["top"] + c["bottom"]) / 2 <= box[3]
                   for c in self._form_chars(number) if not c["text"].isspace())

    def _form_chars(self, number: int) -> Sequence[dict[str, Any]]:
        """The chars laid out from page NUMBER's sheet's filled form fields."""
        sheet = self.physical(number)[0]
        if sheet not in self._forms:
            self.sheet(sheet)  # lays the sheet's form fields out
        return self._forms[sheet].chars

    def words(self, number: int) -> list[Word]:
        """The page's words, left to right within lines, top to bottom."""
        if number not in self._words:
            self._check_budget(number)
            try:
                raw = self._raw_words(number)
            except Exception as exc:  # pdfminer raises many kinds on a broken content stream
                raise UnusablePdf(self.path, "damaged", f"page {number}: {exc}") from exc
            words = words_from_plumber(number, raw)
            if self.scanned(number):
                page = self.page(number)
                half = self.physical(number)[1]
                left, top = (half[0], half[1]) if half else (0.0, 0.0)
                words = deskewed(words, (left + float(page.width) / 2,
                                         top + float(page.height) / 2))
            hidden = self._hidden.get(number, set())
            self._words[number] = [w for w in self._marked_form_words(number, words)
                                   if (w.x0, w.top, w.text) not in hidden]
        return self._words[number]

    def _marked_form_words(self, number: int, words: list[Word]) -> list[Word]:
        """WORDS with those read from a filled form field marked: a word starts where one of the
        field's chars does (its box hung from the baseline since, so matched by its middle)."""
        starts: dict[float, list[tuple[float, float]]] = {}
        for char in self._form_chars(number):
            starts.setdefault(round(float(char["x0"]), 2), []).append(
                (float(char["top"]), float(char["bottom"])))
        return [replace(w, form_field=True) if any(
            top <= w.middle <= bottom for top, bottom in starts.get(round(w.x0, 2), ()))
            else w for w in words]

    def _raw_words(self, number: int) -> list[dict[str, Any]]:
        """pdfplumber's words, alike whichever font program drew them: boxes hung from the
        baseline, and word breaks where the gap is a share of the font size (a producer may draw
        no space, or kern one narrower than a fixed width). An OCR layer's boxes and gaps are
        the engine's measure of the scan and stay."""
        chars = unswapped_ligatures(self.page(number).chars)
        if self.scanned(number):
            return list(extract_words(chars, x_tolerance=1.5, y_tolerance=2))
        # A glyph the producer left without a character (U+FFFD, cairo re-encoding TeX's "$")
        # has no text to read: dropped, so the amount it was drawn against still reads.
        drawn = [c for c in on_common_baseline(chars) if c["text"] != _UNMAPPED]
        return joined_letter_spacing(split_joined_texts(extract_words(
            drawn, x_tolerance_ratio=WORD_GAP, y_tolerance=2, return_chars=True)))

    def _check_budget(self, number: int) -> None:
        spent = time.monotonic() - self._started
        grown = _resident_mb() - self._rss_at_open
        budget = self._budget
        if spent > budget.seconds:
            raise UnusablePdf(self.path, "too large", f"{self.page_count} pages; reading stopped "
                              f"at page {number} after {spent:.0f} s, limit {budget.seconds:.0f} s")
        if grown > budget.memory_mb:
            raise UnusablePdf(self.path, "too large", f"{self.page_count} pages; reading stopped "
                              f"at page {number} using {grown:.0f} MB, limit "
                              f"{budget.memory_mb:.0f} MB")

    def segments(self, number: int) -> list[list[Segment]]:
        """The page's lines, each split into segments at box borders and wide gaps."""
        if number not in self._segments:
            edges = [e for e in self.page(number).edges if e["orientation"] == "v"]
            result = []
            scanned = self.scanned(number)
            words = self.words(number)
            # A scan may be fed askew: its lines are grouped as if turned level.
            lines = level_lines(words) if scanned else group_lines(words)
            space = scanned_space(lines) if scanned else None
            for line in lines:
                middle = sum(w.middle for w in line) / len(line)
                dividers = [
                    float(e["x0"]) for e in edges if e["top"] - 1 <= middle <= e["bottom"] + 1
                ]
                result.append(split_segments(line, dividers, space))
            self._segments[number] = result
            # pdfplumber keeps every parsed object of every page: hundreds of pages held GBs.
            self.page(number).flush_cache()
        return self._segments[number]

    def reading_lines(self, number: int) -> list[list[Segment]]:
        """The page's lines in reading order: as `segments`, but a region printed in two columns
        of running text read down its left column, then down its right."""
        if number not in self._reading:
            self._reading[number] = reading_order(self.segments(number))
        return self._reading[number]

    def scanned(self, number: int) -> bool:
        """Whether the page is a scan with an OCR text layer: one image covers most of it and
        text lies over it. The one scan test every reader asks."""
        if number not in self._scanned:
            page = self.page(number)
            area = float(page.width) * float(page.height)
            self._scanned[number] = bool(page.chars) and any(
                (float(i["x1"]) - float(i["x0"])) * (float(i["bottom"]) - float(i["top"]))
                >= _SCAN_COVER * area for i in page.images)
        return self._scanned[number]

    @cached_property
    def any_scanned(self) -> bool:
        """Whether any page is a scan with an OCR text layer (a faxed letter's cover sheet may
        be typed)."""
        return any(self.scanned(n) for n in self.page_numbers)

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


def open_pdf(path: Path, *, max_bytes: int = MAX_BYTES, max_pages: int | None = None,
             budget: ReadingBudget | None = None) -> PdfDocument:
    """Open `path` for reading, or raise UnusablePdf naming the file and the cause.

    BUDGET defaults to the one in force (reading_budget); MAX_PAGES, when given, overrides its
    page limit."""
    budget = budget or budget_in_force()
    size = path.stat().st_size
    if size == 0:
        raise UnusablePdf(path, "empty", "0 bytes")
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
    document = PdfDocument(path, pdf, hashlib.sha256(data).hexdigest(), budget)
    try:
        _check_pages(document, budget.pages if max_pages is None else max_pages)
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


def _resident_mb() -> float:
    """The process's resident memory now (Linux), else its peak so far."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
