"""Draws a Doc with reportlab's canvas at absolute positions, one Spec choice at a time.

Every scored value drawn is recorded with its page and box (pdfplumber coordinates), so the
check can find it in the text layer exactly where it was put.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bench.corpus_sweep.model import Column, Doc, Field, Para, Spec
from bench.corpus_sweep.spacing import WORD_GAPS, spaced_caps, tight_tw, tight_words

PAGE_W, PAGE_H = letter
LEFT, TOP, BOTTOM = 72.0, 720.0, 72.0
FULL = PAGE_W - 2 * LEFT
FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
         "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
         "Courier": ("Courier", "Courier-Bold", "Courier-Oblique")}
SIDEBAR_X = 410.0


@dataclass(frozen=True)
class Mark:
    """Where a scored value was printed: page (1-based) and box (x0, top, x1, bottom)."""

    text: str
    page: int
    box: tuple[float, float, float, float]


class Sheet:
    """A canvas with a y cursor, page breaks, running lines and value marks."""

    def __init__(self, path: Path | BytesIO, doc: Doc, spec: Spec) -> None:
        self.canvas = Canvas(path if isinstance(path, BytesIO) else str(path), pagesize=letter,
                             invariant=1)
        self.canvas.setTitle(doc.title)
        self.doc, self.spec = doc, spec
        self.regular, self.bold, self.italic = FONTS[spec.font]
        self.page, self.y, self.width = 1, TOP, FULL
        self.marks: list[Mark] = []
        self._decorate()

    # -- primitives -------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, font: str = "", size: float = 10) -> float:
        """Draws S with its baseline at Y; returns its width."""
        font = font or self.regular
        self.canvas.setFont(font, size)
        if self.spec.tight in WORD_GAPS and " " in s.strip():
            return tight_words(self.canvas, x, y, s, font, size, WORD_GAPS[self.spec.tight])
        if self.spec.tight == "tw" and " " in s:
            return tight_tw(self.canvas, x, y, s, font, size)
        self.canvas.drawString(x, y, s)
        return float(stringWidth(s, font, size))

    def heading_text(self, s: str) -> str:
        """A title or heading as printed: letter-spaced capitals on that axis."""
        return spaced_caps(s) if self.spec.tight == "spaced_title" else s

    def mark(self, value: str, x0: float, y_top: float, x1: float, y_bottom: float) -> None:
        """Records VALUE as printed between the two baselines' boxes (canvas coordinates)."""
        self.marks.append(Mark(value, self.page, (x0 - 2, PAGE_H - y_top - 2, x1 + 2,
                                                  PAGE_H - y_bottom + 4)))

    def ensure(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.page, self.y, self.width = self.page + 1, TOP, FULL
        self._decorate()

    def continued(self) -> None:
        """A forced break onto a continuation page that opens with the document's heading."""
        self.new_page()
        if self.doc.continued:
            self.line(self.doc.continued.format(page=self.page), 11, self.bold)
            self.y -= 6

    def finish(self) -> list[Mark]:
        self._footer()
        self.canvas.showPage()
        self.canvas.save()
        return self.marks

    def _decorate(self) -> None:
        """Fax or e-mail lines, then the running header under them, on every page."""
        for i, line in enumerate(self.doc.top_lines):
            self.text(LEFT, 764 - 9 * i, line, self.regular, 7.5)
        running_y = 752 - 9 * len(self.doc.top_lines)
        if self.doc.heads[0]:
            self._run_line(self.doc.heads[0], running_y)
        if self.doc.running:
            self.text(LEFT, running_y, self.doc.running, self.italic, 8)
            if self.page == 1 and self.spec.party == "running":
                for value in (self.doc.party.name, *self.doc.party.address):
                    self.mark(value, LEFT, running_y + 8, LEFT + FULL, running_y)
        self.y = min(self.y, running_y - 18)

    def _run_line(self, template: str, y: float) -> None:
        """A running head or foot: one left-set part, or left / centre / right parts (man)."""
        parts = template.format(page=self.page, pages=self.doc.pages or "?").split("\t")
        self.text(LEFT, y, parts[0], self.regular, 8)
        if len(parts) == 3:
            self.text(PAGE_W / 2 - stringWidth(parts[1], self.regular, 8) / 2, y, parts[1],
                      self.regular, 8)
            self.text(LEFT + FULL - stringWidth(parts[2], self.regular, 8), y, parts[2],
                      self.regular, 8)

    def _footer(self) -> None:
        if self.doc.heads[1]:
            self._run_line(self.doc.heads[1], 28)
        if "page_numbers" in self.spec.noise:
            label = f"Page {self.page}"
            self.text(PAGE_W / 2 - stringWidth(label, self.regular, 8) / 2, 40, label,
                      self.regular, 8)

    # -- paragraphs ---------------------------------------------------------------------------
    def paragraph(self, para: Para, size: float = 10, indent: float = 0,
                  split_after: int = 0) -> None:
        """SPLIT_AFTER lines, then the rest on a continuation page (unscored text only)."""
        if para.heading:
            self.ensure(30)
            self.text(LEFT + indent, self.y, self.heading_text(para.heading), self.bold, size)
            self.y -= size + 4
        lines = simpleSplit(para.text, self.regular, size, self.width - indent)
        self.ensure(len(lines[:split_after or None]) * (size + 3.5) + 4)
        top = self.y + size
        for n, line in enumerate(lines):
            if split_after and n == split_after:
                assert not para.scored, "a scored value is never split over two pages"
                self.continued()
            self.text(LEFT + indent, self.y, line, self.regular, size)
            self.y -= size + 3.5
        for value in para.scored:
            self.mark(value, LEFT + indent, top, LEFT + self.width, self.y + size + 3.5)
        self.y -= 6

    def line(self, s: str, size: float = 10, font: str = "", x: float = LEFT) -> None:
        for part in simpleSplit(s, font or self.regular, size, self.width) or [""]:
            self.ensure(size + 4)
            self.text(x, self.y, part, font, size)
            self.y -= size + 4

    # -- labelled fields ------------------------------------------------------------------------
    def label_of(self, f: Field) -> str:
        label = f.labels[self.spec.wording(f.key) % len(f.labels)]
        if self.spec.tight == "spaced_labels":
            return spaced_caps(label)
        return label.upper() if self.spec.labels_upper else label

    def values_of(self, f: Field) -> tuple[str, ...]:
        return tuple(v.upper() for v in f.lines) if self.spec.values_upper else f.lines

    def wrap(self, values: tuple[str, ...], width: float, size: float = 10) -> list[list[str]]:
        return [simpleSplit(v, self.regular, size, width) or [""] for v in values]

    def field(self, f: Field, x: float = LEFT) -> None:
        """One field in its Spec position (colon, tab, above, box, below, right or table)."""
        pos, label, values = self.spec.position(f.key), self.label_of(f), self.values_of(f)
        right_edge = LEFT + self.width
        if pos in ("colon", "tab", "right", "leader"):
            label_w = stringWidth(label + ":", self.bold, 10)
            vx = (x if pos == "right" else x + 175 if pos == "tab"
                  else max(x + 175, x + label_w + 30) if pos == "leader" else x + label_w + 6)
            room = right_edge - vx - (110 if pos == "right" else 0)
            wrapped = self.wrap(values, room)
            n = sum(len(w) for w in wrapped)
            self.ensure(14 * n + 2)
            if pos == "tab":
                self.text(x, self.y, label, self.bold)
            elif pos == "leader":  # "Label ........ value", as form software prints it
                dots = " " + "." * max(int((vx - x - stringWidth(label, self.regular, 10) - 8)
                                           / stringWidth(".", self.regular, 10)), 2)
                self.text(x, self.y, label + dots)
            elif pos == "colon":
                self.text(x, self.y, label + ":", self.bold)
            first_y = self.y
            x1 = self._draw_values(f, wrapped, vx)
            if pos == "right":
                self.text(x1 + 24, first_y, label, self.italic, 9)
            self.y -= 2
        elif pos == "above":
            wrapped = self.wrap(values, right_edge - x)
            self.ensure(14 * sum(len(w) for w in wrapped) + 14)
            self.text(x, self.y, label, self.bold, 8)
            self.y -= 13
            self._draw_values(f, wrapped, x)
        elif pos == "box":
            wrapped = self.wrap(values, 288)
            height = 14 * sum(len(w) for w in wrapped) + 16
            self.ensure(height + 4)
            self.canvas.rect(x, self.y - height + 12, 300, height, stroke=1, fill=0)
            self.text(x + 4, self.y + 2, label.upper(), self.regular, 6.5)
            self.y -= 12
            self._draw_values(f, wrapped, x + 6)
            self.y -= 6
        elif pos == "below":
            wrapped = self.wrap(values, 292)
            self.ensure(14 * sum(len(w) for w in wrapped) + 20)
            self._draw_values(f, wrapped, x + 4)
            self.canvas.line(x, self.y + 9, x + 300, self.y + 9)
            self.text(x + 4, self.y, label, self.regular, 7)
            self.y -= 14
        elif pos == "table":
            wrapped = self.wrap(values, 292)
            n = sum(len(w) for w in wrapped)
            self.ensure(16 + 14 * n + 6)
            self.canvas.setFillGray(0.88)
            self.canvas.rect(x, self.y - 4, 300, 16, stroke=1, fill=1)
            self.canvas.setFillGray(0)
            self.canvas.rect(x, self.y - 4 - 14 * n - 4, 300, 14 * n + 4, stroke=1, fill=0)
            self.text(x + 4, self.y, label, self.bold, 9)
            self.y -= 16
            self._draw_values(f, wrapped, x + 4)
            self.y -= 8
        else:
            raise ValueError(f"unknown position {pos}")

    def _draw_values(self, f: Field, wrapped: list[list[str]], x: float) -> float:
        """Draws each value's wrapped lines from the cursor down; marks each value's box."""
        right = x
        for value, parts in zip(self.values_of(f), wrapped, strict=True):
            top = self.y + 10
            for part in parts:
                right = max(right, x + self.text(x, self.y, part))
                self.y -= 14
            if f.scored:
                self.mark(value, x, top, right, self.y + 14)
        return right

    def fields(self, fields: list[Field]) -> None:
        """A group of fields; `twocol` ones stand in a block beside the others."""
        beside = [f for f in fields if self.spec.position(f.key) == "twocol"]
        rest = [f for f in fields if self.spec.position(f.key) not in ("twocol", "sidebar")]
        self.ensure(14 * max(len(rest), 1) + 20)
        top, saved = self.y, self.width
        if beside:
            self.width = min(self.width, 330 - LEFT - 14)
        for f in rest:
            self.field(f)
        self.width = saved
        if beside:
            left_end, self.y = self.y, top
            for f in beside:
                vx = 330 + self.text(330, self.y, self.label_of(f) + ":", self.bold) + 6
                if LEFT + FULL - vx < 120:
                    self.y, vx = self.y - 13, 336
                self._draw_values(f, self.wrap(self.values_of(f), LEFT + FULL - vx), vx)
                self.y -= 2
            self.y = min(self.y, left_end)
        self.y -= 6

    def sidebar(self, fields: list[Field]) -> None:
        """Fields in a shaded column at the right of page 1; the body narrows beside it."""
        if not fields:
            return
        y = TOP
        self.width = SIDEBAR_X - LEFT - 14
        lines: list[tuple[Field, str, list[str]]] = []
        for f in fields:
            wrapped = [part for v in self.values_of(f)
                       for part in simpleSplit(v, self.regular, 8.5, PAGE_W - 36 - SIDEBAR_X - 8)]
            lines.append((f, self.label_of(f), wrapped))
        height = sum(12 + 11 * len(w) + 6 for _, _, w in lines)
        self.canvas.setFillGray(0.93)
        self.canvas.rect(SIDEBAR_X, y - height + 8, PAGE_W - 36 - SIDEBAR_X, height + 6,
                         stroke=0, fill=1)
        self.canvas.setFillGray(0)
        for f, label, wrapped in lines:
            self.text(SIDEBAR_X + 4, y, label, self.bold, 8)
            y -= 12
            top = y + 9
            for part in wrapped:
                self.text(SIDEBAR_X + 4, y, part, self.regular, 8.5)
                y -= 11
            if f.scored:
                for value in self.values_of(f):
                    self.mark(value, SIDEBAR_X + 2, top, PAGE_W - 36, y + 11)
            y -= 6

    # -- entries ---------------------------------------------------------------------------
    def column_label(self, c: Column) -> str:
        label = c.labels[self.spec.wording(c.key) % len(c.labels)]
        return label.upper() if self.spec.labels_upper else label

    def table(self, columns: list[Column], rows: list[list[str]], *, rules: bool = True,
              break_after: int = 0, repeat_header: bool = True) -> None:
        headers = [self.column_label(c) for c in columns]
        size = 9.0
        while True:
            widths = [max([stringWidth(h, self.bold, size)] +
                          [stringWidth(r[i], self.regular, size) for r in rows]) + 10
                      for i, h in enumerate(headers)]
            if sum(widths) <= self.width or size <= 6:
                break
            size -= 0.5
        spare = (self.width - sum(widths)) / len(widths)
        widths = [w + max(spare, 0) for w in widths]
        xs = [LEFT + sum(widths[:i]) for i in range(len(widths))]
        right = LEFT + sum(widths)

        def header() -> None:
            self.ensure(34)
            if rules:
                self.canvas.line(LEFT, self.y + size + 3, right, self.y + size + 3)
            for x, h in zip(xs, headers, strict=True):
                self.text(x + 4, self.y, h, self.bold, size)
            if rules:
                self.canvas.line(LEFT, self.y - 4, right, self.y - 4)
            self.y -= size + 8

        header()
        for n, row in enumerate(rows):
            if break_after and n == break_after:
                self.continued()
                if repeat_header:
                    header()
            self.ensure(size + 8)
            for x, w, cell, column in zip(xs, widths, row, columns, strict=True):
                drawn = self.text(x + 4, self.y, cell, self.regular, size)
                if column.scored and cell:
                    self.mark(cell, x + 4, self.y + size, x + 4 + min(drawn, w), self.y)
            if rules:
                self.canvas.line(LEFT, self.y - 4, right, self.y - 4)
            self.y -= size + 8
        self.y -= 6

    def transposed(self, columns: list[Column], rows: list[list[str]]) -> None:
        """One column per entry, one row per attribute."""
        size = 9.0
        label_w = max(stringWidth(self.column_label(c), self.bold, size) for c in columns) + 12
        col_w = (self.width - label_w) / len(rows)
        self.ensure(len(columns) * 16 + 10)
        for i, column in enumerate(columns):
            self.text(LEFT, self.y, self.column_label(column), self.bold, size)
            for j, row in enumerate(rows):
                x = LEFT + label_w + j * col_w
                drawn = self.text(x, self.y, row[i], self.regular, size)
                if column.scored and row[i]:
                    self.mark(row[i], x, self.y + size, x + drawn, self.y)
            self.canvas.line(LEFT, self.y - 4, LEFT + self.width, self.y - 4)
            self.y -= 16
        self.y -= 6

    def entry_clauses(self, doc: Doc, bullets: bool) -> None:
        scored_cols = [i for i, c in enumerate(doc.columns) if c.scored]
        if bullets:
            for clause, row in zip(doc.entry_sentence, doc.rows, strict=True):
                self.paragraph(Para("", "\u2022  " + clause,
                                    tuple(row[i] for i in scored_cols if row[i])), indent=12)
        else:
            clauses = doc.entry_sentence
            text = ("; ".join(clauses[:-1]) + "; and " + clauses[-1]) if len(clauses) > 1 \
                else clauses[0]
            self.paragraph(Para("", doc.sentence_intro + " " + text + ".",
                                tuple(r[i] for r in doc.rows for i in scored_cols if r[i])))

    def entries(self, doc: Doc, *, appendix_now: bool = False) -> None:
        style = self.spec.entries
        if style == "appendix" and not appendix_now:
            self.paragraph(Para("", "The entries covered are listed in Schedule A, attached."))
            return
        if style not in ("sentence",):
            self.line(doc.entries_intro, font=self.bold)
        if style in ("table", "appendix", "form19"):
            self.table(doc.columns, doc.rows)
        elif style == "norules":
            self.table(doc.columns, doc.rows, rules=False)
        elif style in ("break_repeat", "break_norepeat"):
            self.table(doc.columns, doc.rows, break_after=1,
                       repeat_header=style == "break_repeat")
        elif style == "transposed":
            self.transposed(doc.columns, doc.rows)
        elif style in ("bullets", "sentence"):
            self.entry_clauses(doc, bullets=style == "bullets")
        else:
            raise ValueError(f"unknown entries style {style}")
