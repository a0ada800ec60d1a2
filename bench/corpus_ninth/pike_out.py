"""PDFs written operator by operator and assembled with pikepdf (standard 14 fonts, WinAnsi)."""

from __future__ import annotations

import random
from pathlib import Path

import pikepdf
from pdfminer.fontmetrics import FONT_METRICS

from bench.corpus_ninth.blocks import Block, Doc

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 612.0, 792.0, 72.0, 540.0, 690.0, 72.0
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
KERN_AFTER = set("TVAWYPFo")  # pairs a real generator kerns


def _width(text: str, font: str, size: float) -> float:
    widths = FONT_METRICS[font][1]
    return sum(widths.get(c, 500) for c in text) * size / 1000


def _lit(text: str) -> str:
    raw = text.encode("cp1252")
    out = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return "(" + out.decode("latin-1") + ")"


class Pages:
    """Collects the text runs of each page; lines are written to the stream in shuffled order."""

    def __init__(self, doc: Doc, rng: random.Random) -> None:
        self.doc, self.rng = doc, rng
        self.pages: list[list[str]] = [[]]
        self.y = TOP
        self.fonts = {doc.font: "/F1", BOLD[doc.font]: "/F2"}
        self.line_no = 0

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP

    def line(self, text: str, x: float = LEFT, bold: bool = False, size: float = 10.0,
             advance: bool = True) -> None:
        font = BOLD[self.doc.font] if bold else self.doc.font
        self.need(size + 4)
        self.line_no += 1
        self.pages[-1].append(self._run(text, x, self.y, font, size))
        if advance:
            self.y -= size + 4

    def _run(self, text: str, x: float, y: float, font: str, size: float) -> str:
        ref = self.fonts[font]
        if self.line_no % 3 == 1 and " " in text:  # words placed one by one
            ops, cursor = [], x
            for word in text.split(" "):
                if word:
                    ops.append(f"1 0 0 1 {cursor:.2f} {y:.2f} Tm {_lit(word)} Tj")
                cursor += _width(word, font, size) + max(_width(" ", font, size), 4.2) + 0.8
            return f"BT {ref} {size} Tf " + " ".join(ops) + " ET"
        parts: list[str] = []
        chunk = ""
        for char in text:
            chunk += char
            if char in KERN_AFTER and self.line_no % 3 == 2:
                parts.append(_lit(chunk))
                parts.append("-18" if char != "o" else "12")
                chunk = ""
        parts.append(_lit(chunk))
        return f"BT {ref} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm [{' '.join(parts)}] TJ ET"

    def wrap(self, text: str, bold: bool = False, size: float = 10.0, x: float = LEFT) -> None:
        font = BOLD[self.doc.font] if bold else self.doc.font
        words, current = text.split(), ""
        for word in words:
            trial = f"{current} {word}".strip()
            if _width(trial, font, size) > RIGHT - x and current:
                self.line(current, x, bold, size)
                current = word
            else:
                current = trial
        if current:
            self.line(current, x, bold, size)
        self.y -= 5

    def rule(self, x0: float, x1: float, y: float) -> None:
        self.pages[-1].append(f"0.5 w {x0:.2f} {y:.2f} m {x1:.2f} {y:.2f} l S")


def _block(pages: Pages, block: Block) -> None:
    if block.kind == "h":
        pages.need(40)
        pages.y -= 4
        pages.line(block.text, bold=True, size=11)
    elif block.kind == "p":
        pages.wrap(block.text)
    elif block.kind == "stamp":
        pages.line(block.text, x=360, bold=True, size=10)
        pages.rule(355, 540, pages.y + 9)
        pages.rule(355, 540, pages.y + 27)
    elif block.kind == "sig":
        pages.need(60)
        for text in block.text.split("\n"):
            pages.line(text, x=300)
    elif block.kind == "break":
        pages.new_page()
    elif block.kind == "kv":
        column = LEFT + max(_width(label, BOLD[pages.doc.font], 9.5)
                            for label, _ in block.rows) + 14
        for label, value in block.rows:
            pages.need(14)
            pages.line(label, x=LEFT, bold=True, size=9.5, advance=False)
            pages.wrap(value, size=9.5, x=min(column, 330))
            pages.y += 3
    elif block.kind == "table":
        columns = len(block.rows[0])
        bold = BOLD[pages.doc.font]
        size = 9.0 if columns < 5 else 7.5
        widths = [max(_width(row[col], bold, size) for row in block.rows) + 8
                  for col in range(columns)]
        starts = [LEFT + sum(widths[:col]) for col in range(columns)]
        for index, row in enumerate(block.rows):
            pages.need(16)
            if index == 0:
                pages.rule(LEFT, RIGHT, pages.y + 12)
            for col, cell in enumerate(row):
                last = col == columns - 1
                pages.line(cell, x=starts[col] + 2, bold=index == 0, size=size, advance=last)
            pages.rule(LEFT, RIGHT, pages.y + 9)


def write_pdf(doc: Doc, path: Path, seed: int) -> None:
    """Lay DOC out and save it; a letterhead is a form XObject drawn on every page."""
    rng = random.Random(seed)
    pages = Pages(doc, rng)
    for block in doc.blocks:
        _block(pages, block)
    pdf = pikepdf.new()
    fonts = pikepdf.Dictionary()
    for name, ref in pages.fonts.items():
        fonts[ref] = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name("/" + name),
            Encoding=pikepdf.Name.WinAnsiEncoding))
    resources = pikepdf.Dictionary(Font=fonts)
    head = [f"BT /F2 14 Tf 1 0 0 1 {LEFT} 740 Tm {_lit(doc.letterhead[0])} Tj ET"]
    for number, text in enumerate(doc.letterhead[1:]):
        head.append(f"BT /F1 8.5 Tf 1 0 0 1 {LEFT} {727 - 11 * number} Tm {_lit(text)} Tj ET")
    head.append(f"0.8 w {LEFT} 705 m {RIGHT} 705 l S")
    letterhead = pdf.make_stream(" ".join(head).encode("latin-1"))
    letterhead.Type, letterhead.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
    letterhead.BBox, letterhead.Resources = [0, 0, WIDTH, HEIGHT], resources
    total = len(pages.pages)
    for number, runs in enumerate(pages.pages, start=1):
        shuffled = list(runs)
        rng.shuffle(shuffled)  # stream order is not reading order, as in many generators
        foot = f"{doc.footer} Page {number} of {total}".strip()
        body = ["q /LH Do Q", *shuffled, f"BT /F1 8 Tf 1 0 0 1 {LEFT} 40 Tm {_lit(foot)} Tj ET"]
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page, MediaBox=[0, 0, WIDTH, HEIGHT],
            Resources=pikepdf.Dictionary(Font=fonts, XObject=pikepdf.Dictionary(LH=letterhead)),
            Contents=pdf.make_stream("\n".join(body).encode("latin-1")))
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo[pikepdf.Name.Producer] = "tradebots corpus_ninth (pikepdf)"
    pdf.save(path, deterministic_id=True)
