"""Blocks of a document laid out on US-letter pages: positioned text, rules and shaded boxes.

Both producers draw the same laid-out items, so a style's look comes from its blocks, and a
producer's habits from how it writes them (SVG text runs or a PDF content stream).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_W, PAGE_H = 612.0, 792.0
FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}

#: a block is a plain tuple-like dict so that a plan can be compared and printed as JSON
Block = dict[str, Any]


def title(text: str, size: float = 13, align: str = "left", bold: bool = True) -> Block:
    return {"t": "title", "text": text, "size": size, "align": align, "bold": bold}


def para(
    text: str, size: float = 10, indent: float = 0, bold: bool = False, hang: str = ""
) -> Block:
    return {"t": "para", "text": text, "size": size, "indent": indent, "bold": bold, "hang": hang}


def kv(
    pairs: list[tuple[str, str]], cols: int = 1, label_w: float = 130, size: float = 10
) -> Block:
    return {
        "t": "kv",
        "pairs": [list(p) for p in pairs],
        "cols": cols,
        "label_w": label_w,
        "size": size,
    }


def table(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    ruled: bool = True,
    right: tuple[int, ...] = (),
    size: float = 9,
) -> Block:
    return {
        "t": "table",
        "header": header,
        "rows": rows,
        "widths": widths,
        "ruled": ruled,
        "right": list(right),
        "size": size,
    }


def gap(height: float = 8) -> Block:
    return {"t": "gap", "h": height}


def rule(weight: float = 0.6) -> Block:
    return {"t": "rule", "w": weight}


def band(text: str, size: float = 10) -> Block:
    """A shaded bar with a heading in it (forms and system exports)."""
    return {"t": "band", "text": text, "size": size}


def right(lines: list[str], size: float = 10) -> Block:
    return {"t": "right", "lines": lines, "size": size}


def stamp(lines: list[str]) -> Block:
    """A boxed receipt stamp at the right margin."""
    return {"t": "stamp", "lines": lines}


@dataclass
class Page:
    texts: list[tuple[float, float, str, float, str, str]] = field(default_factory=list)
    lines: list[tuple[float, float, float, float, float]] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float, float]] = field(default_factory=list)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap on the font's metrics."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if line and stringWidth(trial, font, size) > width:
                out.append(line)
                line = word
            else:
                line = trial
        out.append(line)
    return out


class Layout:
    def __init__(self, family: str, margin: float = 66) -> None:
        self.regular, self.bold = FONTS[family]
        self.margin = margin
        self.width = PAGE_W - 2 * margin
        self.pages: list[Page] = [Page()]
        self.y = margin - 10

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, height: float) -> None:
        if self.y + height > PAGE_H - self.margin + 20:
            self.pages.append(Page())
            self.y = self.margin - 10

    def text(self, x: float, font: str, size: float, s: str, anchor: str = "start") -> None:
        self.page.texts.append((x, self.y + size, font, size, s, anchor))

    def run(self, blocks: list[Block]) -> list[Page]:
        for block in blocks:
            getattr(self, "do_" + block["t"])(block)
        return self.pages

    def do_title(self, b: Block) -> None:
        font = self.bold if b["bold"] else self.regular
        for line in wrap(b["text"], font, b["size"], self.width):
            self.need(b["size"] * 1.4)
            if b["align"] == "center":
                x = (PAGE_W - stringWidth(line, font, b["size"])) / 2
            else:
                x = self.margin
            self.text(x, font, b["size"], line)
            self.y += b["size"] * 1.35

    def do_para(self, b: Block) -> None:
        font = self.bold if b["bold"] else self.regular
        size = b["size"]
        x = self.margin + b["indent"]
        hang_w = stringWidth(b["hang"] + " ", font, size) if b["hang"] else 0
        for i, line in enumerate(wrap(b["text"], font, size, self.width - b["indent"] - hang_w)):
            self.need(size * 1.4)
            if i == 0 and b["hang"]:
                self.text(x, font, size, b["hang"])
            self.text(x + hang_w, font, size, line)
            self.y += size * 1.38
        self.y += size * 0.5

    def do_kv(self, b: Block) -> None:
        size = b["size"]
        col_w = self.width / b["cols"]
        rows: list[list[list[str]]] = []
        pending: list[list[str]] = []
        for pair in b["pairs"]:
            # a value too long for its column takes the full width (wrapped, not interleaved)
            if (
                b["cols"] > 1
                and stringWidth(pair[1], self.regular, size) > col_w - b["label_w"] - 8
            ):
                if pending:
                    rows.append(pending)
                    pending = []
                rows.append([pair])
                continue
            pending.append(pair)
            if len(pending) == b["cols"]:
                rows.append(pending)
                pending = []
        if pending:
            rows.append(pending)
        for row in rows:
            span = (
                col_w
                if len(row) > 1
                or b["cols"] == 1
                or stringWidth(row[0][1], self.regular, size) <= col_w - b["label_w"] - 8
                else self.width
            )
            wrapped = [wrap(value, self.regular, size, span - b["label_w"] - 8) for _, value in row]
            height = max(len(w) for w in wrapped) * size * 1.35
            self.need(height)
            top = self.y
            for c, ((label, _), lines) in enumerate(zip(row, wrapped, strict=True)):
                self.y = top
                x = self.margin + c * col_w
                self.text(x, self.bold, size, label)
                for line in lines:
                    self.text(x + b["label_w"], self.regular, size, line)
                    self.y += size * 1.35
            self.y = top + height + 2

    def do_table(self, b: Block) -> None:
        size = b["size"]
        total = sum(b["widths"])
        widths = [w / total * self.width for w in b["widths"]]
        # cells are not wrapped when the natural widths fit: shrink the type a little if need be
        for trial in (size, size - 0.5, size - 1, size - 1.5):
            natural = [
                max(
                    [
                        max(
                            (
                                stringWidth(word, self.bold, trial)
                                for word in b["header"][c].split()
                            ),
                            default=0,
                        )
                    ]
                    + [stringWidth(r[c], self.regular, trial) for r in b["rows"]]
                )
                + 7
                for c in range(len(widths))
            ]
            if sum(natural) <= self.width and max(natural) < self.width * 0.6:
                spare = self.width - sum(natural)
                widths = [n + spare * w / total for n, w in zip(natural, b["widths"], strict=True)]
                size = trial
                break
        lh = size * 1.3

        def row(cells: list[str], font: str) -> None:
            wrapped = [wrap(c, font, size, w - 6) for c, w in zip(cells, widths, strict=True)]
            height = max(len(w) for w in wrapped) * lh + 4
            self.need(height + 2)
            top = self.y
            x = self.margin
            for c, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
                self.y = top + 2
                for line in lines:
                    if c in b["right"]:
                        self.text(x + w - 3, font, size, line, "end")
                    else:
                        self.text(x + 3, font, size, line)
                    self.y += lh
                x += w
            self.y = top + height
            if b["ruled"]:
                self.page.lines.append((self.margin, top, self.margin + self.width, top, 0.5))
                self.page.lines.append((self.margin, self.y, self.margin + self.width, self.y, 0.5))
                x = self.margin
                for w in [*widths, 0]:
                    self.page.lines.append((x, top, x, self.y, 0.5))
                    x += w

        row(b["header"], self.bold)
        if not b["ruled"]:
            self.page.lines.append((self.margin, self.y, self.margin + self.width, self.y, 0.4))
        for cells in b["rows"]:
            row(cells, self.regular)
        self.y += 8

    def do_gap(self, b: Block) -> None:
        self.y += b["h"]

    def do_rule(self, b: Block) -> None:
        self.need(6)
        self.page.lines.append(
            (self.margin, self.y + 2, self.margin + self.width, self.y + 2, b["w"])
        )
        self.y += 8

    def do_band(self, b: Block) -> None:
        size = b["size"]
        self.need(size * 2)
        self.page.boxes.append((self.margin, self.y, self.width, size * 1.6, 0.85))
        self.y += size * 0.2
        self.text(self.margin + 4, self.bold, size, b["text"])
        self.y += size * 1.4 + 4

    def do_right(self, b: Block) -> None:
        for line in b["lines"]:
            self.need(b["size"] * 1.4)
            self.text(PAGE_W - self.margin, self.regular, b["size"], line, "end")
            self.y += b["size"] * 1.35

    def do_stamp(self, b: Block) -> None:
        size = 9.0
        w = max(stringWidth(s, self.bold, size) for s in b["lines"]) + 14
        h = len(b["lines"]) * size * 1.35 + 8
        x0 = PAGE_W - self.margin - w
        self.need(h)
        top = self.y
        for x_a, y_a, x_b, y_b in (
            (x0, top, x0 + w, top),
            (x0, top + h, x0 + w, top + h),
            (x0, top, x0, top + h),
            (x0 + w, top, x0 + w, top + h),
        ):
            self.page.lines.append((x_a, y_a, x_b, y_b, 1.2))
        self.y = top + 4
        for s in b["lines"]:
            self.text(x0 + w / 2 - stringWidth(s, self.bold, size) / 2, self.bold, size, s)
            self.y += size * 1.35
        self.y = top + h + 8
