"""Matplotlib's PDF backend: letter-size figures with text placed by fig.text and drawn boxes."""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from .doc import Block, Case

matplotlib.rcParams["pdf.fonttype"] = 42  # TrueType text, so the text layer reads back
FAMILIES = ["DejaVu Sans Mono", "DejaVu Sans", "DejaVu Serif"]
LINE = 0.017
LEFT, RIGHT, TOP, BOTTOM = 0.08, 0.92, 0.94, 0.07


class _Pages:
    """A cursor down letter-size pages; a new page when the next line would not fit."""

    def __init__(self, pdf: PdfPages, case: Case, family: str) -> None:
        self.pdf, self.case, self.family = pdf, case, family
        self.fig: Figure | None = None
        self.y = TOP
        self.number = 0
        self.new_page()

    def new_page(self) -> None:
        self.close_page()
        self.number += 1
        self.fig = plt.figure(figsize=(8.5, 11))
        self.y = TOP
        if self.case.header:
            self.fig.text(RIGHT, 0.97, self.case.header, ha="right", fontsize=7, family=self.family)
        if self.case.footer:
            self.fig.text(
                0.5,
                0.03,
                f"{self.case.footer} {self.number}",
                ha="center",
                fontsize=7,
                family=self.family,
            )

    def close_page(self) -> None:
        if self.fig is not None:
            self.pdf.savefig(self.fig)  # type: ignore[no-untyped-call]
            plt.close(self.fig)
            self.fig = None

    def need(self, height: float) -> Figure:
        if self.y - height < BOTTOM:
            self.new_page()
        assert self.fig is not None
        return self.fig

    def text(self, line: str, size: float = 9, weight: str = "normal", x: float = LEFT) -> None:
        fig = self.need(LINE)
        fig.text(x, self.y, line, fontsize=size, weight=weight, family=self.family, va="top")
        self.y -= LINE * size / 9


def _block(p: _Pages, b: Block, width: int) -> None:
    if b.kind == "head":
        p.y -= LINE * 0.4
        p.text(b.text, size=11, weight="bold")
    elif b.kind == "para":
        for line in textwrap.wrap(b.text, width):
            p.text(line)
        p.y -= LINE * 0.5
    elif b.kind == "lines":
        for line in b.text.split("\n"):
            p.text(line)
    elif b.kind == "break":
        p.new_page()
    elif b.kind == "columns":
        for row in b.rows:
            _block(p, Block("para", row[0]), width)
    elif b.kind == "boxes":
        for k, v in b.pairs:
            lines = textwrap.wrap(v, width - 10) or [""]
            h = LINE * (len(lines) + 0.9)
            fig = p.need(h)
            fig.add_artist(
                Rectangle(
                    (LEFT, p.y - h),
                    RIGHT - LEFT,
                    h,
                    transform=fig.transFigure,
                    fill=False,
                    linewidth=0.7,
                )
            )
            fig.text(LEFT + 0.005, p.y - 0.003, k, fontsize=6, family=p.family, va="top")
            p.y -= LINE * 0.7
            for line in lines:
                p.text(line, x=LEFT + 0.02)
            p.y -= LINE * 0.2
    elif b.kind == "table":
        n = len(b.header)
        colw = (RIGHT - LEFT) / n
        for r, row in enumerate((b.header, *b.rows)):
            fig = p.need(LINE * 1.4)
            for c, cell in enumerate(row):
                fig.add_artist(
                    Rectangle(
                        (LEFT + c * colw, p.y - LINE * 1.4),
                        colw,
                        LINE * 1.4,
                        transform=fig.transFigure,
                        fill=False,
                        linewidth=0.5,
                    )
                )
                fig.text(
                    LEFT + c * colw + 0.004,
                    p.y - 0.004,
                    cell,
                    fontsize=7.5,
                    weight="bold" if r == 0 else "normal",
                    family=p.family,
                    va="top",
                )
            p.y -= LINE * 1.4
        p.y -= LINE * 0.5
    else:
        raise ValueError(b.kind)


def render(case: Case, path: Path, font_index: int) -> None:
    """Write `case` as a PDF at `path`."""
    family = FAMILIES[font_index % len(FAMILIES)]
    width = 88 if family == "DejaVu Sans Mono" else 100
    with PdfPages(path) as pdf:
        pages = _Pages(pdf, case, family)
        for b in case.blocks:
            _block(pages, b, width)
        pages.close_page()
