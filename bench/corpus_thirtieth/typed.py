"""Helpers for typed (a2ps) pages: wrapping, centering, a typed receipt block, mail dates."""

from __future__ import annotations

import datetime as dt
import textwrap

COLUMNS = 78
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def wrapped(text: str, indent: str = "", first: str | None = None, width: int = COLUMNS) -> str:
    return textwrap.fill(text, width=width, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_on_hyphens=False, break_long_words=False)


def centered(lines: list[str]) -> str:
    return "\n".join(line.center(COLUMNS).rstrip() for line in lines)


def mail_date(day: dt.date, hour: int, minute: int) -> str:
    month = day.strftime("%b")
    return (f"{DAYS[day.weekday()]}, {day.day:02d} {month} {day.year} "
            f"{hour:02d}:{minute:02d}:14 -0500")


def receipt_block(port: str, received: str, number: str | None) -> str:
    """A receipt typed by the clerk at the top right of a printed protest."""
    lines = ["RECEIVED", "U.S. CUSTOMS AND BORDER PROTECTION", f"PORT {port}   {received}"]
    if number:
        lines.append(f"PROTEST NO. {number}")
    width = max(len(line) for line in lines) + 2
    pad = " " * (COLUMNS - width - 2)
    rows = [pad + "+" + "-" * width + "+"]
    rows += [pad + "| " + line.ljust(width - 1) + "|" for line in lines]
    rows.append(pad + "+" + "-" * width + "+")
    return "\n".join(rows)


def table(header: list[str], rows: list[list[str]], ruled: bool) -> str:
    widths = [max(len(str(r[k])) for r in [header, *rows]) for k in range(len(header))]
    def line(cells: list[str]) -> str:
        return "  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(header)]
    if ruled:
        out.append("  " + "  ".join("-" * w for w in widths))
    out += [line(r) for r in rows]
    return "\n".join(out)
