"""The `texttopdf` producer: fixed-width report pages printed by the CUPS filter outside CUPS."""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path

from .common import run_on_file

FILTER = Path("/usr/lib/cups/filter/texttopdf")
FORM_FEED = "\f"


def print_text(text: str, out: Path, options: str, title: str) -> None:
    """Runs the filter as CUPS would (job id, user, title, copies, options, file) with no PPD."""
    too_long = [
        line for line in text.split("\n") if len(line.lstrip(FORM_FEED)) > columns_of(options)
    ]
    if too_long:  # the filter would fold them mid-word and split printed values
        raise ValueError(f"{title}: lines wider than the page: {too_long}")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "CHARSET": "us-ascii", "LANG": "C"}
    pdf = run_on_file(
        text,
        ".txt",
        lambda txt: [str(FILTER), "1", "tradebots", title, "1", options, txt],
        env,
        encoding="ascii",
    )
    # The filter stamps the time of printing; the same length keeps the xref offsets valid.
    out.write_bytes(re.sub(rb"/CreationDate \(D:\d{14}", b"/CreationDate (D:20250101090000", pdf))


def columns_of(options: str) -> int:
    """Characters per line the filter fits on Letter paper (18 pt margins unless page-left says)."""
    opts = dict(item.split("=") for item in options.split())
    left = float(opts.get("page-left", 18))
    return int((594 - left) / 72 * float(opts.get("cpi", 10)))


def columns(cells: list[str], widths: list[int], right: frozenset[int] = frozenset()) -> str:
    """One fixed-width row; columns in `right` are right-aligned (money)."""
    out = []
    for i, (cell, width) in enumerate(zip(cells, widths, strict=False)):
        out.append(cell.rjust(width) if i in right else cell.ljust(width))
    return " ".join(out).rstrip()


def dotted(label: str, value: str, width: int = 24) -> str:
    """`KEY.......: value` as a mainframe report prints it."""
    return f"{label}{'.' * max(2, width - len(label))}: {value}"


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Word wrap that never splits an entry number or a name at its hyphens."""
    return textwrap.wrap(
        text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )


def dotted_lines(label: str, value: str, width: int, limit: int, indent: str = "") -> list[str]:
    """`KEY....: value` whose value continues on lines aligned under it when too long."""
    first, *rest = wrap(value, limit - len(indent) - width - 2) or [""]
    pad = indent + " " * (width + 2)
    return [indent + dotted(label, first, width)] + [pad + line for line in rest]


def leader_lines(lead: str, value: str, limit: int) -> list[str]:
    """`1.  Label ...... value` whose value continues aligned under its first character."""
    first, *rest = wrap(value, limit - len(lead)) or [""]
    return [lead + first] + [" " * len(lead) + line for line in rest]
