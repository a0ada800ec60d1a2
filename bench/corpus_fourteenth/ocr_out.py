"""The `ocr` producer: Doc blocks drawn as scanned pages (Pillow), made a PDF by tesseract."""

from __future__ import annotations

import random
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bench.corpus_fourteenth.check import absent
from bench.corpus_fourteenth.doc import Doc

DPI = 300
WIDTH, HEIGHT = int(8.5 * DPI), 11 * DPI
MARGIN = int(0.9 * DPI)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
# Scans start in DejaVu Sans whatever the typed original's font: tesseract misread the serif and
# mono faces (1 as i, O as 0) in scored values; Serif is the last resort (Sans's I reads as |).
FACES = {"sans": "DejaVuSans", "serif": "DejaVuSans", "mono": "DejaVuSans", "dejavu": "DejaVuSans"}


class _Pages:
    """Lays text out top to bottom, starting a new page (with the header) when one is full."""

    def __init__(self, doc: Doc, points: float, face: str) -> None:
        size = int(points * DPI / 72)
        self.font = ImageFont.truetype(f"{DEJAVU}{face}.ttf", size)
        self.bold = ImageFont.truetype(f"{DEJAVU}{face}-Bold.ttf", size)
        self.big = ImageFont.truetype(f"{DEJAVU}{face}-Bold.ttf", int(15 * DPI / 72))
        self.small = ImageFont.truetype(f"{DEJAVU}{face}.ttf", int(9 * DPI / 72))
        self.cell = ImageFont.truetype(f"{DEJAVU}{face}.ttf", int((points - 1) * DPI / 72))
        self.cell_bold = ImageFont.truetype(f"{DEJAVU}{face}-Bold.ttf",
                                            int((points - 1) * DPI / 72))
        self.line = int(size * 1.45)
        self.doc = doc
        self.pages: list[Image.Image] = []
        self.new_page()

    def new_page(self) -> None:
        self.page = Image.new("L", (WIDTH, HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.page)
        self.pages.append(self.page)
        self.y = MARGIN
        if self.doc.header:
            self.draw.text((MARGIN, int(0.45 * DPI)),
                           f"{self.doc.header}    Page {len(self.pages)}", font=self.small, fill=0)
        if self.doc.footer:
            self.draw.text((MARGIN, HEIGHT - int(0.6 * DPI)), self.doc.footer, font=self.small,
                           fill=0)

    def need(self, height: int) -> None:
        if self.y + height > HEIGHT - MARGIN:
            self.new_page()

    def wrap(self, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
        lines: list[str] = []
        for raw in text.split("\n"):
            current = ""
            for word in raw.split(" "):
                trial = f"{current} {word}".strip()
                if current and self.draw.textlength(trial, font=font) > width:
                    lines.append(current)
                    current = word
                else:
                    current = trial
            lines.append(current)
        return lines

    def text(self, text: str, font: ImageFont.FreeTypeFont, x: int = MARGIN,
             width: int = WIDTH - 2 * MARGIN) -> None:
        for line in self.wrap(text, font, width):
            self.need(self.line)
            self.draw.text((x, self.y), line, font=font, fill=0)
            self.y += self.line
        self.y += self.line // 3

    def pairs(self, rows: list[tuple[str, str]]) -> None:
        widest = max(self.draw.textlength(label, font=self.bold) for label, _ in rows)
        label_w = int(min(widest + 0.3 * DPI, 0.45 * (WIDTH - 2 * MARGIN)))
        for label, value in rows:
            labels = self.wrap(label, self.bold, label_w - int(0.2 * DPI))
            lines = self.wrap(value, self.font, WIDTH - 2 * MARGIN - label_w)
            self.need(self.line * max(len(lines), len(labels)))
            top = self.y
            for i, line in enumerate(labels):
                self.draw.text((MARGIN, top + i * self.line), line, font=self.bold, fill=0)
            for line in lines:
                self.draw.text((MARGIN + label_w, self.y), line, font=self.font, fill=0)
                self.y += self.line
            self.y = max(self.y, top + self.line * len(labels))
        self.y += self.line // 2

    def table(self, spec: dict[str, object]) -> None:
        header: list[str] = spec["header"]  # type: ignore[assignment]
        rows: list[list[str]] = spec["rows"]  # type: ignore[assignment]
        spans: list[list[str]] = spec["spans"]  # type: ignore[assignment]
        # Tables may use the half-inch outer margins, as typed worksheets do: the type stays big
        # enough for tesseract to read dates and amounts exactly.
        left = int(0.5 * DPI)
        total = WIDTH - 2 * left
        pad = 10
        # Columns as wide as their widest cell, so values do not wrap; header words may.
        cell, cell_bold = self.cell, self.cell_bold
        for _ in range(6):
            natural = [max([self.draw.textlength(w, font=cell_bold) for w in h.split()]
                           + [self.draw.textlength(r[i], font=cell) for r in rows]) + 3 * pad
                       for i, h in enumerate(header)]
            if sum(natural) <= total:
                break
            # Too wide for the page: a smaller type, as a typist would choose, never a cut column.
            cell = cell.font_variant(size=int(cell.size * 0.92))
            cell_bold = cell_bold.font_variant(size=int(cell_bold.size * 0.92))
        spare = max(0.0, total - sum(natural)) / len(header)
        widths = [int(n + spare) for n in natural]
        xs = [left + sum(widths[:i]) for i in range(len(header))]

        def row_out(cells: list[str], font: ImageFont.FreeTypeFont) -> None:
            wrapped = [self.wrap(c, font, w - 2 * pad) for c, w in zip(cells, widths, strict=True)]
            step = int(self.line * 10 / 12)
            height = step * max(len(w) for w in wrapped) + pad
            self.need(height)
            for x, lines in zip(xs, wrapped, strict=True):
                for i, line in enumerate(lines):
                    self.draw.text((x + pad, self.y + pad // 2 + i * step), line, font=font,
                                   fill=0)
            self.y += height
            self.draw.line((left, self.y, left + total, self.y), fill=90, width=2)

        self.draw.line((left, self.y, left + total, self.y), fill=60, width=3)
        row_out(header, cell_bold)
        for row in rows:
            row_out(row, cell)
        for label, value in spans:
            self.need(self.line + pad)
            right = xs[-1] - pad - int(self.draw.textlength(label, font=self.bold))
            self.draw.text((right, self.y + pad // 2), label, font=self.bold, fill=0)
            self.draw.text((xs[-1] + pad, self.y + pad // 2), value, font=self.bold, fill=0)
            self.y += self.line + pad
            self.draw.line((left, self.y, left + total, self.y), fill=90, width=2)
        self.y += self.line

    def stamp(self, lines: list[str]) -> None:
        """A rubber stamp: a double-ruled box, dark ink; its text must stay readable."""
        w, h = int(2.6 * DPI), self.line * len(lines) + 40
        self.need(h + 20)
        x = WIDTH - MARGIN - w
        self.draw.rectangle((x, self.y, x + w, self.y + h), outline=40, width=5)
        self.draw.rectangle((x + 10, self.y + 10, x + w - 10, self.y + h - 10), outline=40,
                            width=2)
        for i, line in enumerate(lines):
            tw = self.draw.textlength(line, font=self.bold)
            self.draw.text((x + (w - tw) / 2, self.y + 20 + i * self.line), line, font=self.bold,
                           fill=30)
        self.y += h + 30


def _scribble(page: Image.Image, rng: random.Random) -> None:
    """A handwriting-like initial in the margin: a wavy pen stroke."""
    draw = ImageDraw.Draw(page)
    x0, y0 = WIDTH - MARGIN - 260, HEIGHT - MARGIN - 40
    points = [(x0 + i * 9, y0 + int(18 * ((i * 7919) % 5 - 2) * rng.uniform(0.4, 1.0)))
              for i in range(28)]
    draw.line(points, fill=50, width=4, joint="curve")


def _scan(page: Image.Image, rng: random.Random, scribble: bool, skew: float) -> Image.Image:
    """Grey paper, speckle and a slight skew (under one degree)."""
    if scribble:
        _scribble(page, rng)
    paper = Image.effect_noise((WIDTH, HEIGHT), 14).point(lambda p: 225 + (p - 128) // 6)
    scanned = Image.composite(page, paper, page.point(lambda p: 255 if p < 200 else 0))
    draw = ImageDraw.Draw(scanned)
    for _ in range(250):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        r = 1
        draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(120, 190))
    angle = rng.uniform(-skew, skew)
    scanned = scanned.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=210)
    return scanned


def render(doc: Doc, out: Path, rng: random.Random, scribble: bool = False) -> None:
    """Scan and OCR; if tesseract misreads a scored value, scan again larger and straighter, at
    last in DejaVu Serif, whose I has serifs (the rendering changes, never the value)."""
    face = FACES[doc.font]
    tries = [(13, 0.8, face), (14, 0.4, face), (15, 0.27, face), (14, 0.2, "DejaVuSerif"),
             (15, 0.0, "DejaVuSerif")]
    for points, skew, typeface in tries:
        _render_once(doc, out, rng, scribble, points, skew, typeface)
        if not absent(out, doc.needles):
            return


def _render_once(doc: Doc, out: Path, rng: random.Random, scribble: bool, points: float,
                 skew: float, face: str) -> None:
    """Draw the pages, scan them, and let tesseract make an image PDF with its OCR text layer."""
    pages = _Pages(doc, points, face)
    for kind, data in doc.blocks:
        if kind == "title":
            pages.text(data, pages.big)
        elif kind in ("para", "bpara"):
            pages.text(data, pages.bold if kind == "bpara" else pages.font)
        elif kind == "pairs":
            pages.pairs(data)
        elif kind == "table":
            pages.table(data)
        elif kind == "break":
            pages.new_page()
        elif kind == "stamp":
            pages.stamp(data)
        elif kind == "space":
            pages.y += pages.line
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "pages.txt"
        names = []
        for i, page in enumerate(pages.pages):
            name = Path(tmp) / f"page{i + 1}.png"
            scan = _scan(page, rng, scribble and i == len(pages.pages) - 1, skew)
            scan.save(name, dpi=(DPI, DPI))
            names.append(str(name))
        listing.write_text("\n".join(names) + "\n")
        base = out.with_suffix("")
        subprocess.run(["tesseract", str(listing), str(base), "--dpi", str(DPI), "pdf"],
                       check=True, capture_output=True)
