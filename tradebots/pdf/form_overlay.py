"""A page's filled form fields laid over its printed objects, each value once: a value the
page already prints in the widget's box (a flattened form, a producer that also printed it)
is not laid out again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tradebots.pdf.form_fields import BBox, Widget, page_widgets
from tradebots.pdf.form_layout import compact, widget_objects

_REACH = 2.0  # points around a widget's box that its printed value may spill into
_SAME_BOX = 2.0  # points: a printed shape this close on every side is the widget's border
_MARKS = frozenset("xX✓✔☒☑■✗✘")


@dataclass(frozen=True)
class FormLayer:
    """What a page's form fields add to its objects: chars and widget borders."""

    chars: tuple[dict[str, Any], ...]
    rects: tuple[dict[str, Any], ...]


def form_layer(page: Any, printed: dict[str, list[dict[str, Any]]]) -> FormLayer:
    """The chars and borders PAGE's filled widgets show that its PRINTED objects lack."""
    chars: list[dict[str, Any]] = []
    rects: list[dict[str, Any]] = []
    shapes = [*printed.get("rect", []), *printed.get("curve", [])]
    try:
        widgets = page_widgets(page)
    except Exception:  # a damaged form must not hide the page's printed text; pdfminer
        widgets = []  # raises many kinds on broken objects
    for widget in widgets:
        shown, borders = widget_objects(page, widget)
        if shown and not _printed(widget, printed.get("char", [])):
            chars.extend(shown)
        rects.extend(b for b in borders if not any(_same_box(b, s) for s in shapes))
    return FormLayer(tuple(chars), tuple(rects))


def _printed(widget: Widget, chars: list[dict[str, Any]]) -> bool:
    """Whether the page already shows WIDGET's value in its box: the value's text (or another
    text a producer prints for it) among the chars there, or for a check box a typed mark.
    A tick drawn as a shape does not count: the readers see marks, and an X over it is one."""
    inside = [c for c in chars if _within(c, widget.bbox, _REACH)]
    if widget.kind == "check":
        return any(c["text"] in _MARKS for c in inside)
    there = compact("".join(c["text"] for c in sorted(inside, key=lambda c: (
        round(c["top"]), c["x0"]))))
    return bool(there) and any(_holds(there, compact(v)) for v in (
        "".join(widget.lines), *widget.printed_as))


def _holds(there: str, value: str) -> bool:
    """THERE holds VALUE, or most of it (a long value the producer clipped at the box)."""
    return bool(value) and (value in there or (len(there) >= 0.6 * len(value)
                                               and there in value))


def _within(obj: dict[str, Any], box: BBox, reach: float) -> bool:
    """Whether OBJ's centre lies in BOX grown by REACH points."""
    x = (float(obj["x0"]) + float(obj["x1"])) / 2
    y = (float(obj["top"]) + float(obj["bottom"])) / 2
    return box[0] - reach <= x <= box[2] + reach and box[1] - reach <= y <= box[3] + reach


def _same_box(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(abs(float(a[k]) - float(b[k])) <= _SAME_BOX for k in ("x0", "top", "x1", "bottom"))

