"""The `texttopdf` producer: fixed-width report pages printed by the CUPS filter outside CUPS."""

from __future__ import annotations

import os
import subprocess
import tempfile
import textwrap
from pathlib import Path

FILTER = Path("/usr/lib/cups/filter/texttopdf")
FORM_FEED = "\f"


def print_text(text: str, out: Path, options: str, title: str) -> None:
    """Runs the filter as CUPS would (job id, user, title, copies, options, file) with no PPD."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "CHARSET": "us-ascii",
        "LANG": "C",
        "SOURCE_DATE_EPOCH": "1735722000",
    }
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="ascii") as handle:
        handle.write(text)
    try:
        result = subprocess.run(
            [str(FILTER), "1", "tradebots", title, "1", options, handle.name],
            check=True,
            capture_output=True,
            timeout=60,
            env=env,
        )
    finally:
        Path(handle.name).unlink()
    out.write_bytes(result.stdout)


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
