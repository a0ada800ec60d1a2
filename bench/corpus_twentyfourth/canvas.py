"""Layout for the `pdfcreate` producer: Python places every string, Perl's PDF::Create draws it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pdfminer.fontmetrics import FONT_METRICS

from .common import run_on_file

SCRIPT = Path(__file__).with_name("pdfcreate.pl")
WIDTH, HEIGHT = 612.0, 792.0
Op = list[object]


def text_width(text: str, font: str, size: float) -> float:
    widths = FONT_METRICS[font][1]
    return sum(widths.get(ch, 600) for ch in text) * size / 1000


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by the font's own metrics."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and text_width(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


class Canvas:
    """A top-down cursor over Letter pages; a new page starts when the bottom margin is reached."""

    def __init__(
        self,
        font: str = "Helvetica",
        size: float = 10.5,
        left: float = 72,
        right: float = 72,
        top: float = 72,
        bottom: float = 66,
        footer: str | None = None,
    ) -> None:
        self.font, self.size = font, size
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.footer = footer
        self.pages: list[list[Op]] = []
        self.y = 0.0
        self.new_page()

    @property
    def width(self) -> float:
        return WIDTH - self.left - self.right

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.footer:
            label = f"{self.footer} - page {len(self.pages)}"
            self.text_at(self.left, HEIGHT - 36, label, "Helvetica-Oblique", 8)

    def room(self, needed: float) -> None:
        if self.y + needed > HEIGHT - self.bottom:
            self.new_page()

    def text_at(
        self, x: float, y_top: float, text: str, font: str | None = None, size: float | None = None
    ) -> None:
        size = size or self.size
        self.pages[-1].append(
            [
                "text",
                round(x, 2),
                round(HEIGHT - y_top - size * 0.8, 2),
                font or self.font,
                size,
                text,
            ]
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6) -> None:
        self.pages[-1].append(["line", x1, HEIGHT - y1, x2, HEIGHT - y2, width])

    def rect(
        self,
        x: float,
        y_top: float,
        w: float,
        h: float,
        width: float = 0.6,
        fill: float | None = None,
    ) -> None:
        self.pages[-1].append(["rect", x, HEIGHT - y_top - h, w, h, width, fill or 0])

    def gap(self, points: float) -> None:
        self.y += points

    def para(
        self,
        text: str,
        font: str | None = None,
        size: float | None = None,
        indent: float = 0,
        after: float = 6,
        leading: float = 1.3,
    ) -> None:
        font, size = font or self.font, size or self.size
        for line in wrap(text, font, size, self.width - indent):
            self.room(size * leading)
            self.text_at(self.left + indent, self.y, line, font, size)
            self.y += size * leading
        self.y += after

    def lines(
        self,
        rows: list[str],
        font: str | None = None,
        size: float | None = None,
        indent: float = 0,
        leading: float = 1.25,
    ) -> None:
        size = size or self.size
        for row in rows:
            self.room(size * leading)
            self.text_at(self.left + indent, self.y, row, font, size)
            self.y += size * leading

    def rule(self, width: float = 0.8, after: float = 6) -> None:
        self.line(self.left, self.y, WIDTH - self.right, self.y, width)
        self.y += after

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: list[float],
        ruled: bool = True,
        size: float | None = None,
        repeat_header: bool = True,
        header_font: str = "Helvetica-Bold",
    ) -> None:
        """A grid (or text-aligned columns when not ruled); long tables continue on the next "
        "page."""
        size = size or self.size - 1
        line_h = size * 1.25
        scale = self.width / sum(widths)
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + w * scale)

        def draw(cells: list[str], font: str) -> None:
            wrapped = [
                wrap(cell, font, size, xs[i + 1] - xs[i] - 8) or [""]
                for i, cell in enumerate(cells)
            ]
            row_h = max(len(w) for w in wrapped) * line_h + size * 0.7
            if self.y + row_h > HEIGHT - self.bottom:
                self.new_page()
                if repeat_header and cells is not header:
                    draw(header, header_font)
            if ruled:
                self.rect(self.left, self.y, xs[-1] - self.left, row_h, 0.5)
                for x in xs[1:-1]:
                    self.line(x, self.y, x, self.y + row_h, 0.5)
            for x, cell_lines in zip(xs, wrapped, strict=False):
                for k, text in enumerate(cell_lines):
                    self.text_at(x + 4, self.y + size * 0.4 + k * line_h, text, font, size)
            self.y += row_h

        self.room(size * 5)
        draw(header, header_font)
        for row in rows:
            draw(row, self.font)
        self.y += 8

    def render(self, out: Path, title: str, author: str) -> None:
        job = {"title": title, "author": author, "pages": self.pages}
        # Perl orders hash keys at random per run; fixed seeds keep the PDF the same per seed.
        env = {**os.environ, "PERL_HASH_SEED": "0", "PERL_PERTURB_KEYS": "0"}
        run_on_file(
            json.dumps(job),
            ".json",
            lambda job_file: ["perl", str(SCRIPT), job_file, str(out)],
            env,
        )
