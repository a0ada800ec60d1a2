"""The document model both producers print: a job is a dict, its blocks are dicts (JSON for Go)."""

from __future__ import annotations

from typing import Any

Block = dict[str, Any]


def para(text: str, *, style: str = "", align: str = "J", size: float = 0, indent: float = 0,
         footnote: str = "") -> Block:
    """A paragraph; FOOTNOTE is a real footnote in LaTeX and an endnote in gofpdf."""
    return {"t": "para", "text": text, "style": style, "align": align, "size": size,
            "indent": indent, "footnote": footnote}


def lines(rows: list[str], *, style: str = "", align: str = "L", size: float = 0,
          indent: float = 0) -> Block:
    """Lines kept as they are (addresses, letterheads)."""
    return {"t": "lines", "lines": rows, "style": style, "align": align, "size": size,
            "indent": indent}


def table(header: list[str], rows: list[list[str]], widths: list[float], *, border: bool = True,
          size: float = 0) -> Block:
    """A table whose header repeats after a page break; WIDTHS are fractions of the text width."""
    return {"t": "table", "header": header, "rows": rows, "widths": widths, "border": border,
            "size": size}


def grid(rows: list[list[str]], widths: list[float], *, border: bool = True,
         size: float = 0) -> Block:
    """Field/value rows with no header."""
    return {"t": "kv", "header": [], "rows": rows, "widths": widths, "border": border,
            "size": size}


def box(title: str, rows: list[str], *, size: float = 0) -> Block:
    """Text framed in a box, as portals print a submitted statement."""
    return {"t": "box", "text": title, "lines": rows, "size": size}


def side_by_side(left: list[str], right: list[str]) -> Block:
    """The closing on the left and the signature block on the right, on the same lines."""
    return {"t": "sigside", "left": left, "right": right}


def ticked(answer: bool, family: str) -> str:
    """A Yes/No pair of boxes with one ticked: drawn boxes in DejaVu, [X]/[ ] in core fonts."""
    if family == "dejavu":
        return "\u2612 Yes  \u2610 No" if answer else "\u2610 Yes  \u2612 No"
    return "[X] Yes  [ ] No" if answer else "[ ] Yes  [X] No"


def rule() -> Block:
    return {"t": "rule"}


def space(height: float) -> Block:
    return {"t": "space", "h": height}


def page() -> Block:
    return {"t": "page"}


def job(blocks: list[Block], *, family: str, size: float, header: str = "",
        footer: bool = False) -> dict[str, Any]:
    """One document: FAMILY is Helvetica, Times, Courier or dejavu (gofpdf's names)."""
    return {"family": family, "size": size, "header": header, "footer": footer,
            "blocks": blocks}
