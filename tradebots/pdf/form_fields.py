"""Filled AcroForm fields of a page: each widget's box and what a viewer shows in it.

A form filled in Acrobat or a browser and not flattened keeps its values in widget annotations
(/V, /AS), not in the page's content stream, so pdfminer reads the captions but no values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

BBox = tuple[float, float, float, float]

# Field flags (PDF 32000-1 tables 226, 228, 230), counted from bit 1.
_MULTILINE = 1 << 12
_PASSWORD = 1 << 13
_PUSHBUTTON = 1 << 16
_COMB = 1 << 24
# Annotation flags: a hidden or never-shown widget prints nothing.
_HIDDEN = 1 << 1
_NO_VIEW = 1 << 5
_INHERITED = ("FT", "V", "DA", "Ff", "Opt", "MaxLen", "Q")
_MAX_DEPTH = 32  # a field tree deeper than this is a loop in a damaged file
_DA_FONT = re.compile(rb"/([^\s/()<>\[\]]+)\s+(-?[\d.]+)\s+Tf")


@dataclass(frozen=True)
class Widget:
    """One filled widget: its box in page points from the top-left, what it shows and how."""

    bbox: BBox
    kind: str  # "text", "comb", "choice" or "check"
    lines: tuple[str, ...]  # the value's lines as typed ("check": empty)
    ticked: bool
    multiline: bool
    font: str  # a base-14 font name, for glyph widths
    size: float  # 0: the viewer fits the size to the box
    align: int  # 0 left, 1 centre, 2 right
    comb_cells: int  # a comb field's number of cells, else 0
    border: float  # width of the border the viewer draws, 0 for none
    printed_as: tuple[str, ...] = ()  # other texts a producer may print for the value


def page_widgets(page: Any) -> list[Widget]:
    """The shown widgets of a pdfplumber PAGE that hold a value or a tick (rotation 0 only)."""
    if int(getattr(page, "rotation", 0) or 0) % 360:
        return []
    form = _acroform(page)
    found = []
    for annot in _annotations(page):
        widget = _widget(page, annot, form)
        if widget is not None:
            found.append(widget)
    return found


def _annotations(page: Any) -> Iterator[dict[str, Any]]:
    for ref in resolve1(page.page_obj.annots) or []:
        annot = resolve1(ref)
        if isinstance(annot, dict) and _name(annot.get("Subtype")) == "Widget":
            yield annot


def _acroform(page: Any) -> dict[str, Any]:
    try:
        form = resolve1(page.pdf.doc.catalog.get("AcroForm"))
    except Exception:  # a damaged catalog: the form's defaults are then unknown
        return {}
    return form if isinstance(form, dict) else {}


def _inherited(annot: dict[str, Any]) -> dict[str, Any]:
    """The field attributes in force on ANNOT: its own, else its nearest parent's."""
    found: dict[str, Any] = {}
    node: Any = annot
    for _ in range(_MAX_DEPTH):
        if not isinstance(node, dict):
            break
        for key in _INHERITED:
            if key not in found and key in node:
                found[key] = resolve1(node[key])
        node = resolve1(node.get("Parent"))
    return found


def _widget(page: Any, annot: dict[str, Any], form: dict[str, Any]) -> Widget | None:
    flags = _int(annot.get("F"))
    if flags & (_HIDDEN | _NO_VIEW):
        return None
    field = _inherited(annot)
    kind, field_flags = _name(field.get("FT")), _int(field.get("Ff"))
    bbox = _page_box(page, resolve1(annot.get("Rect")))
    if bbox is None:
        return None
    font, size = _appearance_font(field.get("DA") or form.get("DA"), form)

    def shown(kind: str, lines: tuple[str, ...], ticked: bool = False, multiline: bool = False,
              cells: int = 0, printed_as: tuple[str, ...] = ()) -> Widget:
        return Widget(bbox, kind, lines, ticked, multiline, font, size,
                      _int(field.get("Q", form.get("Q"))), cells, _border(annot), printed_as)

    if kind == "Btn" and not field_flags & _PUSHBUTTON:
        return shown("check", (), ticked=_ticked(annot, field))
    if kind == "Tx" and not field_flags & _PASSWORD:
        lines = _lines(_text(field.get("V")))
        multiline = bool(field_flags & _MULTILINE)
        cells = _int(field.get("MaxLen")) if field_flags & _COMB and not multiline else 0
        if lines:
            return shown("comb" if cells else "text", lines, multiline=multiline, cells=cells)
    if kind == "Ch":
        exported = _exported(field.get("V"))
        chosen = _chosen(exported, field.get("Opt"))
        if chosen:
            return shown("choice", chosen, multiline=len(chosen) > 1,
                         printed_as=("".join(exported),))
    return None


def _ticked(annot: dict[str, Any], field: dict[str, Any]) -> bool:
    """A check box or radio button is on when the field's value names this widget's on state
    (a radio group shares one /V among its kids); without a value, by its own /AS."""
    states = _on_states(annot)
    value = _name(field.get("V"))
    if value is not None and states:
        return value in states
    shown = _name(resolve1(annot.get("AS")))
    if shown is not None:
        return shown != "Off"
    return value is not None and value != "Off"


def _on_states(annot: dict[str, Any]) -> set[str]:
    appearances = resolve1(annot.get("AP"))
    normal = resolve1(appearances.get("N")) if isinstance(appearances, dict) else None
    if not isinstance(normal, dict):
        return set()
    return {str(key) for key in normal if str(key) != "Off"}


def _exported(value: Any) -> tuple[str, ...]:
    """A choice field's value: one option's export value, or a list of them."""
    values = value if isinstance(value, list) else [value]
    texts = (_text(resolve1(v)) for v in values if v is not None)
    return tuple(t for t in texts if t.strip())


def _chosen(exported: tuple[str, ...], options: Any) -> tuple[str, ...]:
    """The display text of the chosen options: an /Opt pair is [export value, display text]."""
    shown = {}
    for option in resolve1(options) or []:
        option = resolve1(option)
        if isinstance(option, list) and len(option) == 2:
            shown[_text(option[0])] = _text(option[1])
    return tuple(shown.get(t, t) for t in exported)


def _text(value: Any) -> str:
    """A field's text value: a PDF string (PDFDocEncoding or UTF-16 with its mark), or a text
    stream; a name value reads as its name."""
    value = resolve1(value)
    if isinstance(value, PDFStream):
        value = value.get_data()
    if isinstance(value, bytes):
        if value.startswith(b"\xff\xfe"):
            return value[2:].decode("utf-16-le", "ignore")
        return decode_text(value)
    if isinstance(value, str):
        return value
    name = _name(value)
    return name or ""


def _lines(text: str) -> tuple[str, ...]:
    lines = [line.strip() for line in re.split(r"\r\n|\r|\n", text)]
    while lines and not lines[-1]:
        lines.pop()
    return tuple(lines) if any(lines) else ()


def _appearance_font(appearance: Any, form: dict[str, Any]) -> tuple[str, float]:
    """The base font and size a /DA string sets (size 0: auto), Helvetica when unknown."""
    match = _DA_FONT.search(appearance if isinstance(appearance, bytes) else b"")
    if match is None:
        return "Helvetica", 0.0
    resource, size = match.group(1).decode("latin-1"), abs(float(match.group(2)))
    return _base_font(resource, form), size


def _base_font(resource: str, form: dict[str, Any]) -> str:
    fonts = resolve1((resolve1(form.get("DR")) or {}).get("Font")) or {}
    font = resolve1(fonts.get(resource)) if isinstance(fonts, dict) else None
    base = _name(resolve1(font.get("BaseFont"))) if isinstance(font, dict) else None
    name = (base or resource).lower()
    if "cour" in name:
        return "Courier"
    if "tiro" in name or "times" in name:
        return "Times-Roman"
    return "Helvetica"


def _border(annot: dict[str, Any]) -> float:
    """The border width a viewer draws: only with a border colour (/MK /BC) to draw it in."""
    look = resolve1(annot.get("MK"))
    colour = resolve1(look.get("BC")) if isinstance(look, dict) else None
    if not colour:
        return 0.0
    style = resolve1(annot.get("BS"))
    width = resolve1(style.get("W")) if isinstance(style, dict) else None
    return float(width) if isinstance(width, int | float) else 1.0


def _page_box(page: Any, rect: Any) -> BBox | None:
    """A /Rect in pdfplumber's page coordinates (from the top-left, MediaBox-relative)."""
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    try:
        x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
    except (TypeError, ValueError):
        return None
    left, bottom = float(page.mediabox[0]), float(page.mediabox[1])
    height = float(page.height)
    x0, x1 = sorted((x0 - left, x1 - left))
    y0, y1 = sorted((y0 - bottom, y1 - bottom))
    if x1 - x0 < 1 or y1 - y0 < 1:
        return None
    return (x0, height - y1, x1, height - y0)


def _name(value: Any) -> str | None:
    value = resolve1(value) if isinstance(value, PDFObjRef) else value
    if isinstance(value, PSLiteral):
        name = value.name
        return name.decode("latin-1") if isinstance(name, bytes) else str(name)
    return None


def _int(value: Any) -> int:
    value = resolve1(value)
    return int(value) if isinstance(value, int | float) else 0
