"""The two producers: reStructuredText set by rst2pdf, and pages drawn on Skia's PDF canvas."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

FONTS = "/usr/share/fonts/truetype/liberation/"
STYLESHEET = """\
styles:
  rightblock: {parent: bodytext, alignment: TA_RIGHT}
  table-body: {parent: bodytext, fontSize: 8.5, leading: 10.5}
  table-heading: {parent: heading, fontSize: 8.5, leading: 10.5, alignment: TA_LEFT}
  unruled: {parent: table, commands: []}
  boxed: {parent: table, commands: [[BOX, [0, 0], [-1, -1], 1.2, black]]}
"""
_SPECIAL = re.compile(r"([\\*`_|\[\]])")


def _esc(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _grid(header: list[str] | None, rows: list[list[str]]) -> list[str]:
    cells = ([header] if header else []) + rows
    widths = [max(len(_esc(r[i])) for r in cells) + 2 for i in range(len(cells[0]))]
    sep = "+" + "+".join("-" * w for w in widths) + "+"
    head_sep = "+" + "+".join("=" * w for w in widths) + "+"
    out = [sep]
    for n, row in enumerate(cells):
        out.append(
            "|"
            + "|".join(" " + _esc(c).ljust(w - 1) for c, w in zip(row, widths, strict=True))
            + "|"
        )
        out.append(head_sep if header and n == 0 else sep)
    return out


def to_rst(blocks: list[tuple[Any, ...]]) -> str:
    out: list[str] = []
    for block in blocks:
        kind = block[0]
        if kind == "head":
            out += [f"**{_esc(block[1])}**", ""]
        elif kind == "text":
            out += [_esc(block[1]), ""]
        elif kind in ("lines", "sig", "right"):
            if kind == "right":
                out += [".. class:: rightblock", ""]
            out += [("| " + _esc(line)) if line else "|" for line in block[1]] + [""]
        elif kind == "table":
            cells = [block[1], *block[2]]
            widths = [max(len(row[n]) for row in cells) + 4 for n in range(len(block[1]))]
            out += [
                ".. list-table::",
                "   :header-rows: 1",
                "   :widths: " + " ".join(map(str, widths)),
            ]
            out += ([] if block[3] else ["   :class: unruled"]) + [""]
            for row in cells:
                out += [f"   {'*' if n == 0 else ' '} - {_esc(cell)}" for n, cell in enumerate(row)]
            out.append("")
        elif kind == "box":
            out += [".. class:: boxed", "", *_grid(None, [[line] for line in block[1]]), ""]
        elif kind == "bullets":
            out += [f"- {_esc(item)}" for item in block[1]] + [""]
        elif kind == "mono":
            out += ["::", ""] + [f"    {line}" for line in block[1]] + [""]
        elif kind == "page":
            out += [".. raw:: pdf", "", "   PageBreak", ""]
    return "\n".join(out)


def rst2pdf(blocks: list[tuple[Any, ...]], path: Path) -> None:
    from rst2pdf.createpdf import RstToPdf

    sheet = path.with_suffix(".yaml")
    sheet.write_text(STYLESHEET)
    path.unlink(missing_ok=True)
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            failed = RstToPdf(stylesheets=[str(sheet)], breaklevel=0).createPdf(
                text=to_rst(blocks), output=str(path)
            )
    finally:
        sheet.unlink()
    if failed or not path.exists():
        raise RuntimeError(f"rst2pdf could not set {path.name}")


class _Canvas:
    """A plain page layout over skia.PDF: a cursor, wrapping, ruled tables, boxes."""

    WIDTH, HEIGHT, MARGIN = 612.0, 792.0, 64.0

    def __init__(self, path: Path) -> None:
        import skia

        self.skia = skia
        self.stream = skia.FILEWStream(str(path))
        self.doc = skia.PDF.MakeDocument(self.stream, Creator="hand41", Producer="Skia/PDF")
        face = {
            n: skia.Typeface.MakeFromFile(FONTS + f)
            for n, f in (
                ("sans", "LiberationSans-Regular.ttf"),
                ("bold", "LiberationSans-Bold.ttf"),
                ("mono", "LiberationMono-Regular.ttf"),
            )
        }
        self.face = face
        self.ink = skia.Paint(Color=skia.ColorBLACK, AntiAlias=True)
        self.pen = skia.Paint(
            Color=skia.ColorBLACK, Style=skia.Paint.kStroke_Style, StrokeWidth=0.6
        )
        self.canvas: Any = None
        self.y = 0.0
        self.new_page()

    def font(self, face: str, size: float) -> Any:
        return self.skia.Font(self.face[face], size)

    def new_page(self) -> None:
        if self.canvas is not None:
            self.doc.endPage()
        self.canvas = self.doc.beginPage(self.WIDTH, self.HEIGHT)
        self.y = self.MARGIN

    def room(self, height: float) -> None:
        if self.y + height > self.HEIGHT - self.MARGIN:
            self.new_page()

    def wrap(self, text: str, font: Any, width: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if current and font.measureText(trial) > width:
                lines.append(current)
                current = word
            else:
                current = trial
        return [*lines, current]

    def line(self, text: str, font: Any, x: float, lead: float) -> None:
        self.room(lead)
        self.y += lead
        self.canvas.drawString(text, x, self.y, font, self.ink)

    def para(self, text: str, face: str = "sans", size: float = 10.5, indent: float = 0.0) -> None:
        font = self.font(face, size)
        for part in self.wrap(text, font, self.WIDTH - 2 * self.MARGIN - indent):
            self.line(part, font, self.MARGIN + indent, size * 1.35)
        self.y += size * 0.6

    def right(self, lines: list[str]) -> None:
        font = self.font("sans", 10)
        for text in lines:
            self.line(text, font, self.WIDTH - self.MARGIN - font.measureText(text), 13)
        self.y += 6

    def box(self, lines: list[str]) -> None:
        font = self.font("bold", 10)
        top = self.y + 2
        self.room(14 * len(lines) + 10)
        top = self.y + 2
        for text in lines:
            self.line(text, font, self.MARGIN + 8, 14)
        self.y += 6
        self.canvas.drawRect(
            self.skia.Rect(self.MARGIN, top, self.WIDTH - self.MARGIN, self.y), self.pen
        )
        self.y += 8

    def table(self, header: list[str], rows: list[list[str]], ruled: bool) -> None:
        width = self.WIDTH - 2 * self.MARGIN
        size = 9.5
        while True:
            font, bold = self.font("sans", size), self.font("bold", size)
            cols = [
                max(max(font.measureText(r[i]) for r in rows), bold.measureText(header[i])) + 10
                for i in range(len(header))
            ]
            if sum(cols) <= width or size < 6.5:
                break
            size -= 0.5
        lead = size * 1.6
        self.room(lead * (len(rows) + 1) + 6)
        x0 = self.MARGIN
        top = self.y + 3
        for n, row in enumerate([header, *rows]):
            self.y += lead
            x = x0
            for cell, w in zip(row, cols, strict=True):
                self.canvas.drawString(
                    cell, x + 5, self.y - lead * 0.3, bold if n == 0 else font, self.ink
                )
                x += w
            if ruled or n == 0:
                self.canvas.drawLine(x0, self.y, x0 + sum(cols), self.y, self.pen)
        if ruled:
            self.canvas.drawLine(x0, top, x0 + sum(cols), top, self.pen)
            x = x0
            for w in [0.0, *cols]:
                x += w
                self.canvas.drawLine(x, top, x, self.y, self.pen)
        self.y += 10

    def close(self) -> None:
        self.doc.endPage()
        self.doc.close()
        self.stream.flush()


def skia_pdf(blocks: list[tuple[Any, ...]], path: Path) -> None:
    page = _Canvas(path)
    for block in blocks:
        kind = block[0]
        if kind == "head":
            page.para(block[1], "bold", 12)
        elif kind == "text":
            page.para(block[1])
        elif kind in ("lines", "sig"):
            font = page.font("sans", 10.5)
            for text in block[1]:
                page.line(text, font, page.MARGIN, 14)
            page.y += 8
        elif kind == "right":
            page.right(block[1])
        elif kind == "box":
            page.box(block[1])
        elif kind == "table":
            page.table(block[1], block[2], block[3])
        elif kind == "bullets":
            for item in block[1]:
                page.para("\u2022 " + item, indent=10)
        elif kind == "mono":
            font = page.font("mono", 8.5)
            for text in block[1]:
                page.line(text, font, page.MARGIN, 11)
            page.y += 8
        elif kind == "page":
            page.new_page()
    page.close()


PRODUCERS = {"rst2pdf": rst2pdf, "skia": skia_pdf}
