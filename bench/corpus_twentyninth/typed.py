"""Helpers for typed (monospace) pages: wrapping, dotted leaders, space-aligned columns."""

from __future__ import annotations

import textwrap


def wrap(text: str, width: int = 74, indent: str = "", first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        width,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


def leader(label: str, value: str, width: int = 24, dot: str = ".") -> str:
    return f"{label} ".ljust(width - 1, dot) + " " + value


def columns(rows: list[list[str]], gaps: int = 3, indent: str = "  ") -> list[str]:
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    sep = " " * gaps
    return [
        indent + sep.join(cell.ljust(w) for cell, w in zip(r, widths, strict=False)).rstrip()
        for r in rows
    ]


def quoted(lines: list[str]) -> list[str]:
    return ["> " + ln if ln else ">" for ln in lines]
