"""A small flowing page writer over pydyf: base-14 fonts, absolute positions, page breaks."""

from __future__ import annotations

from pathlib import Path

import pydyf  # type: ignore[import-untyped]
from pdfminer.fontmetrics import FONT_METRICS

FONTS = (
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Courier",
    "Courier-Bold",
)


def width(text: str, font: str, size: float) -> float:
    """Printed width in points, from the same AFM metrics pdfplumber measures with."""
    widths = FONT_METRICS[font][1]
    return sum(widths.get(ch, 500) for ch in text) * size / 1000


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """Greedy word wrap into lines no wider than `room`."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and width(trial, font, size) > room:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def _hex(text: str) -> bytes:
    # WinAnsiEncoding is cp1252 for every character these documents print.
    return b"<" + text.encode("cp1252").hex().encode() + b">"


class Doc:
    """Pages written top-down with a cursor; `ensure` breaks the page when room runs out."""

    def __init__(
        self,
        *,
        margin: float = 72,
        top: float = 72,
        page_size: tuple[float, float] = (612, 792),
        footer: str = "",
    ) -> None:
        self.margin, self.top = margin, top
        self.page_w, self.page_h = page_size
        self.footer = footer
        self.pages: list[pydyf.Stream] = []
        self.y = 0.0
        self.new_page()

    @property
    def right(self) -> float:
        return self.page_w - self.margin

    def new_page(self) -> None:
        self.pages.append(pydyf.Stream())
        self.y = self.page_h - self.top

    def ensure(self, height: float) -> None:
        if self.y - height < self.margin:
            self.new_page()

    def text_at(
        self, x: float, y: float, text: str, font: str = "Helvetica", size: float = 10
    ) -> None:
        stream = self.pages[-1]
        stream.begin_text()
        stream.set_font_size(f"F{FONTS.index(font)}", size)
        stream.set_text_matrix(1, 0, 0, 1, x, y)
        stream.show_text(_hex(text))
        stream.end_text()

    def line(
        self,
        text: str,
        font: str = "Helvetica",
        size: float = 10,
        *,
        x: float | None = None,
        lead: float | None = None,
        align: str = "left",
    ) -> None:
        lead = lead or size * 1.35
        self.ensure(lead)
        self.y -= lead
        left = self.margin if x is None else x
        if align == "right":
            left = self.right - width(text, font, size)
        elif align == "center":
            left = (self.page_w - width(text, font, size)) / 2
        self.text_at(left, self.y, text, font, size)

    def para(
        self,
        text: str,
        font: str = "Helvetica",
        size: float = 10,
        *,
        indent: float = 0,
        room: float | None = None,
        after: float = 4,
        first: str = "",
    ) -> None:
        room = room or (self.right - self.margin - indent)
        lines = wrap(text, font, size, room)
        for number, chunk in enumerate(lines):
            prefix = first if number == 0 else ""
            self.line(
                prefix + chunk,
                font,
                size,
                x=self.margin + indent - (width(prefix, font, size) if prefix else 0),
            )
        self.y -= after

    def row(
        self,
        cells: list[tuple[float, str]],
        font: str = "Helvetica",
        size: float = 10,
        lead: float | None = None,
    ) -> None:
        lead = lead or size * 1.4
        self.ensure(lead)
        self.y -= lead
        for x, text in cells:
            self.text_at(x, self.y, text, font, size)

    def rule(
        self, x0: float | None = None, x1: float | None = None, gap: float = 4, weight: float = 0.6
    ) -> None:
        self.ensure(gap * 2)
        self.y -= gap
        stream = self.pages[-1]
        stream.set_line_width(weight)
        stream.move_to(self.margin if x0 is None else x0, self.y)
        stream.line_to(self.right if x1 is None else x1, self.y)
        stream.stroke()
        self.y -= gap

    def rect(self, x: float, y: float, w: float, h: float, weight: float = 0.8) -> None:
        stream = self.pages[-1]
        stream.set_line_width(weight)
        stream.rectangle(x, y, w, h)
        stream.stroke()

    def space(self, points: float) -> None:
        self.y -= points

    def save(self, path: Path) -> None:
        pdf = pydyf.PDF()
        fonts = pydyf.Dictionary(
            {
                f"F{number}": pydyf.Dictionary(
                    {
                        "Type": "/Font",
                        "Subtype": "/Type1",
                        "BaseFont": f"/{name}",
                        "Encoding": "/WinAnsiEncoding",
                    }
                )
                for number, name in enumerate(FONTS)
            }
        )
        pdf.add_object(fonts)
        resources = pydyf.Dictionary({"Font": fonts.reference})
        total = len(self.pages)
        for number, stream in enumerate(self.pages, start=1):
            if self.footer:
                stream.begin_text()
                stream.set_font_size(f"F{FONTS.index('Helvetica')}", 7.5)
                stream.set_text_matrix(1, 0, 0, 1, self.margin, 30)
                stream.show_text(_hex(self.footer.format(page=number, pages=total)))
                stream.end_text()
            pdf.add_object(stream)
            page = pydyf.Dictionary(
                {
                    "Type": "/Page",
                    "Parent": pdf.pages.reference,
                    "MediaBox": pydyf.Array([0, 0, self.page_w, self.page_h]),
                    "Contents": stream.reference,
                    "Resources": resources,
                }
            )
            pdf.add_page(page)
        with open(path, "wb") as handle:
            pdf.write(handle)
