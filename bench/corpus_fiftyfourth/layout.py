"""Blocks (what a sender writes) laid out into pages of drawing operations.

Coordinates are PDF points from the top-left corner; a text operation's y is its baseline.
Widths are measured on the base-14 metrics (the cairo producer's Liberation fonts share them)."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = 612.0, 792.0
FONTS = {
    "sans": "Helvetica",
    "sans-b": "Helvetica-Bold",
    "serif": "Times-Roman",
    "serif-b": "Times-Bold",
    "mono": "Courier",
    "mono-b": "Courier-Bold",
}

Block = tuple[Any, ...]
Op = tuple[Any, ...]


def width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, FONTS[font], size))


def wrap(text: str, font: str, size: float, avail: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        trial = f"{cur} {word}" if cur else word
        if cur and width(trial, font, size) > avail * 0.94:  # R sets text a little wider
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines or [""]


class Pager:
    def __init__(self, margin: float, header: str | None, footer: str | None, font: str) -> None:
        self.m = margin
        self.header = header
        self.footer = footer
        self.font = font
        self.pages: list[list[Op]] = []
        self.new_page()

    def new_page(self) -> None:
        self.ops: list[Op] = []
        self.pages.append(self.ops)
        self.y = self.m
        if self.header and len(self.pages) > 1:
            self.ops.append(("T", self.font, 8.5, self.m, self.m - 20, self.header))
            self.ops.append(("L", self.m, self.m - 14, W - self.m, self.m - 14, 0.4))

    def need(self, h: float) -> None:
        if self.y + h > H - self.m - 10:
            self.new_page()

    def text(self, x: float, size: float, font: str, s: str) -> None:
        self.ops.append(("T", font, size, round(x, 2), round(self.y + size, 2), s))


def layout(
    blocks: list[Block],
    margin: float = 66,
    header: str | None = None,
    footer: str | None = "Page {n} of {m}",
    font: str = "serif",
) -> list[list[Op]]:
    pg = Pager(margin, header, footer, font)
    left, right = margin, W - margin
    avail = right - left
    for b in blocks:
        kind = b[0]
        if kind == "page":
            pg.new_page()
        elif kind == "gap":
            pg.y += b[1]
        elif kind == "rule":
            pg.need(6)
            pg.ops.append(("L", left, pg.y + 3, right, pg.y + 3, b[1] if len(b) > 1 else 0.6))
            pg.y += 8
        elif kind == "line":  # ("line", text, font, size, align)
            _, text, f, size, align = b
            lead = size * 1.3
            pg.need(lead)
            w = width(text, f, size)
            x = left if align == "l" else right - w if align == "r" else (W - w) / 2
            pg.text(x, size, f, text)
            pg.y += lead
        elif kind == "para":  # ("para", text, font, size, indent)
            _, text, f, size, indent = b
            lead = size * 1.35
            for ln in wrap(text, f, size, avail - indent):
                pg.need(lead)
                pg.text(left + indent, size, f, ln)
                pg.y += lead
            pg.y += size * 0.5
        elif kind == "kv":  # ("kv", [(label, value)], font, size, label_width, boxed)
            _, pairs, f, size, lw, boxed = b
            lead = size * 1.35
            bold = f + "-b" if not f.endswith("-b") else f
            for label, value in pairs:
                lines = wrap(value, f, size, avail - lw - 8)
                h = lead * len(lines) + (6 if boxed else 2)
                pg.need(h)
                top = pg.y
                pad = 3 if boxed else 0
                pg.ops.append(("T", bold, size, left + pad, round(top + pad + size, 2), label))
                for i, ln in enumerate(lines):
                    pg.ops.append(
                        ("T", f, size, left + lw + 4, round(top + pad + size + i * lead, 2), ln)
                    )
                if boxed:
                    pg.ops.append(("R", left, top, avail, h, 0.5))
                    pg.ops.append(("L", left + lw, top, left + lw, top + h, 0.5))
                pg.y = top + h
            pg.y += 4
        elif kind == "table":  # ("table", widths, header, rows, font, size, ruled)
            _, widths, head, rows, f, size, ruled = b
            allcells = ([head] if head else []) + list(rows)
            while True:  # a column is never narrower than its widest cell (R sets text wider)
                need = [
                    max(width(row[i], f + "-b", size) * 1.08 + 8 for row in allcells)
                    for i in range(len(widths))
                ]
                cols = [max(wd * avail, n) for wd, n in zip(widths, need, strict=True)]
                if sum(cols) <= avail + 0.01 or size < 6.5:
                    break
                size -= 0.25
            spare = (avail - sum(cols)) / len(cols)
            lead = size * 1.6
            xs = [left]
            for col in cols:
                xs.append(xs[-1] + col + max(spare, 0))
            allrows = ([(head, True)] if head else []) + [(r, False) for r in rows]
            for cells, is_head in allrows:
                pg.need(lead)
                top = pg.y
                for i, c in enumerate(cells):
                    pg.text(
                        xs[i] + 3, size, (f + "-b" if is_head and not f.endswith("-b") else f), c
                    )
                pg.ops[-len(cells) :] = [
                    (o[0], o[1], o[2], o[3], round(top + size + 3, 2), o[5])
                    for o in pg.ops[-len(cells) :]
                ]
                if ruled:
                    pg.ops.append(("R", left, top, avail, lead, 0.5))
                    for x in xs[1:-1]:
                        pg.ops.append(("L", x, top, x, top + lead, 0.5))
                elif is_head:
                    pg.ops.append(("L", left, top + lead, right, top + lead, 0.6))
                pg.y = top + lead
            pg.y += 6
        elif kind == "box":  # ("box", [(text, font, size)], title)
            _, items, title = b
            inner: list[tuple[str, str, float]] = []
            for text, f, size in items:
                for ln in wrap(text, f, size, avail - 16):
                    inner.append((ln, f, size))
            h = sum(s * 1.35 for _, _, s in inner) + 12 + (14 if title else 0)
            pg.need(h)
            top = pg.y
            pg.ops.append(("R", left, top, avail, h, 0.9))
            y = top + 6
            if title:
                pg.ops.append(("G", left, top, avail, 14))
                pg.ops.append(("T", "sans-b", 9, left + 6, round(top + 10.5, 2), title))
                y += 14
            for ln, f, size in inner:
                pg.ops.append(("T", f, size, left + 8, round(y + size, 2), ln))
                y += size * 1.35
            pg.y = top + h + 8
        elif kind == "checks":  # ("checks", [(checked, label)], font, size)
            _, items, f, size = b
            lead = size * 1.6
            for checked, label in items:
                pg.need(lead)
                top = pg.y
                pg.ops.append(("R", left + 4, top + 2, size, size, 0.6))
                if checked:
                    pg.ops.append(
                        (
                            "T",
                            "sans-b",
                            size * 0.9,
                            left + 4 + size * 0.2,
                            round(top + 2 + size * 0.85, 2),
                            "X",
                        )
                    )
                pg.ops.append(
                    ("T", f, size, left + 10 + size, round(top + 2 + size * 0.85, 2), label)
                )
                pg.y = top + lead
            pg.y += 4
        elif kind == "stamp":  # ("stamp", [lines]) a receipt stamp at the right
            _, lines = b
            wd = max(width(s, "sans-b", 9) for s in lines) + 16
            h = 13 * len(lines) + 8
            pg.need(h)
            x = right - wd
            pg.ops.append(("R", x, pg.y, wd, h, 1.4))
            for i, s in enumerate(lines):
                pg.ops.append(
                    (
                        "T",
                        "sans-b",
                        9,
                        round(x + (wd - width(s, "sans-b", 9)) / 2, 2),
                        round(pg.y + 15 + 13 * i, 2),
                        s,
                    )
                )
            pg.y += h + 6
        else:
            raise ValueError(kind)
    if footer:
        n = len(pg.pages)
        for i, ops in enumerate(pg.pages, start=1):
            s = footer.format(n=i, m=n)
            ops.append(("T", "sans", 8, round((W - width(s, "sans", 8)) / 2, 2), H - 30, s))
    return pg.pages
