"""Drawn pieces shared by the PDF::Builder layouts: ruled tables and labelled boxes."""

from __future__ import annotations

from bench.corpus_twentyninth.builder import Sheet


def table(
    s: Sheet,
    x: float,
    widths: list[float],
    header: list[str],
    rows: list[list[str]],
    size: float = 9.5,
    ruled: bool = True,
    right: set[int] | None = None,
) -> None:
    """A table with a shaded header row; every cell on one line (values are never wrapped)."""
    right = right or set()
    h = size + 7
    s.room(h * (len(rows) + 1) + 4)
    total = sum(widths)
    s.rect(x, s.y, total, h, 0.6, 0.88)

    def line(cells: list[str], font: str, size: float) -> None:
        for k, text in enumerate(cells):
            cx = x + sum(widths[:k]) + (widths[k] - 4 if k in right else 4)
            s.text(cx, s.y + h - 5, text, font, size, "right" if k in right else "left")

    line(header, "Helvetica-Bold", size - 0.5)
    s.y += h
    for r in rows:
        line(r, "Helvetica", size)
        s.y += h
        if ruled:
            s.line(x, s.y, x + total, s.y, 0.4)
    if ruled:
        top = s.y - h * (len(rows) + 1)
        s.rect(x, top, total, h * (len(rows) + 1), 0.8)
        for k in range(1, len(widths)):
            cx = x + sum(widths[:k])
            s.line(cx, top, cx, s.y, 0.4)
    s.y += 8


def box(
    s: Sheet, x: float, y: float, w: float, h: float, label: str, value: str, size: float = 10
) -> None:
    """A form box: a small caption in the corner and the filled-in value below it."""
    s.rect(x, y, w, h, 0.7)
    s.text(x + 3, y + 8, label, "Helvetica", 6.5)
    if value:
        s.text(x + 5, y + h - 5, value, "Courier", size)
