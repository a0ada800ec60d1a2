"""Lay a filled widget's value out as a viewer shows it, as pdfplumber chars and rects, so every
reader sees a form's values like text typed in a box."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pdfminer.fontmetrics import FONT_METRICS

from tradebots.pdf.form_fields import BBox, Widget

FORM_FONT = "AcroForm"  # prefix of the fontname of chars laid out from a form field
_PAD = 2.0  # points between a widget's border and its text, as Acrobat insets it
_AUTO_MAX = 12.0  # auto size (0): a viewer starts from 12 points and shrinks to fit
_AUTO_MIN = 4.0
_LEADING = 1.15  # line spacing of a multi-line field, in font sizes
_TICK = "X"
_TICK_SIZE = 0.8  # of the box's smaller side


def widget_objects(page: Any, widget: Widget) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The chars a viewer shows in WIDGET and its drawn border, as pdfplumber objects of PAGE.
    A check box always gets its box: the tick readers find boxes among the page's shapes."""
    border = [_rect(page, widget.bbox, widget.border)] if widget.border or \
        widget.kind == "check" else []
    if widget.kind == "check":
        return (_tick(page, widget) if widget.ticked else []), border
    if widget.kind == "comb":
        return _comb(page, widget), border
    return _text(page, widget), border


def _text(page: Any, widget: Widget) -> list[dict[str, Any]]:
    x0, top, x1, bottom = widget.bbox
    inset = _PAD + widget.border
    room = max(x1 - x0 - 2 * inset, 1.0)
    size, lines = _fit(widget, room, bottom - top - 2 * inset)
    ascent, descent = _extent(widget.font)
    if widget.multiline:
        baseline = top + inset + ascent * size
    else:  # one line, centred in the box's height
        baseline = (top + bottom) / 2 + (ascent + descent) * size / 2
    chars = []
    # Lines past the box's bottom are kept below it: the sender typed them (a viewer scrolls).
    for line in lines:
        width = _width(line, widget.font, size)
        start = x0 + inset + (room - width) * (0.5 if widget.align == 1 else
                                               1.0 if widget.align == 2 else 0.0)
        chars.extend(_run(page, line, start, baseline, widget.font, size))
        baseline += size * _LEADING
    return chars


def _fit(widget: Widget, room: float, height: float) -> tuple[float, list[str]]:
    """The font size and shown lines: typed lines wrapped at the box's width when multi-line;
    auto size shrinks a single line to the box, and a multi-line text until its lines fit."""
    if not widget.multiline:
        # A value wider than its box is shrunk into it even at a fixed size: a viewer scrolls
        # it, a print clips it; laid out past the box it would run into the next box's words.
        line = " ".join(widget.lines)
        size = widget.size or min(_AUTO_MAX, max(height, _AUTO_MIN) / _LEADING)
        width = _width(line, widget.font, size)
        if width > room:
            size = max(size * room / width, _AUTO_MIN / 2)
        return size, [line]
    size = widget.size or _AUTO_MAX
    lines = _wrap(widget.lines, widget.font, size, room)
    while not widget.size and size > _AUTO_MIN and len(lines) * size * _LEADING > height:
        size -= 0.5
        lines = _wrap(widget.lines, widget.font, size, room)
    return size, lines


def _wrap(typed: Sequence[str], font: str, size: float, room: float) -> list[str]:
    """Each typed line broken at spaces where it grows wider than ROOM; a word wider than the
    box alone is broken between its letters, as a viewer does."""
    shown = []
    for line in typed:
        current = ""
        for word in line.split():
            candidate = f"{current} {word}" if current else word
            if not current or _width(candidate, font, size) <= room:
                current = candidate
                continue
            shown.append(current)
            current = word
            while _width(current, font, size) > room and len(current) > 1:
                cut = _longest_fit(current, font, size, room)
                shown.append(current[:cut])
                current = current[cut:]
        shown.append(current)
    return shown


def _longest_fit(word: str, font: str, size: float, room: float) -> int:
    cut = 1
    while cut < len(word) and _width(word[:cut + 1], font, size) <= room:
        cut += 1
    return cut


def _comb(page: Any, widget: Widget) -> list[dict[str, Any]]:
    """A comb field: each character centred in its own cell. The chars span their whole cells,
    so that the value reads as one word rather than a letter per word."""
    x0, top, x1, bottom = widget.bbox
    text = " ".join(widget.lines)[:widget.comb_cells]
    cell = (x1 - x0) / widget.comb_cells
    size = widget.size or min(_AUTO_MAX, (bottom - top - 2 * _PAD) / _LEADING)
    ascent, descent = _extent(widget.font)
    baseline = (top + bottom) / 2 + (ascent + descent) * size / 2
    start = x0 + cell * (widget.comb_cells - len(text)) * (
        0.5 if widget.align == 1 else 1.0 if widget.align == 2 else 0.0)
    return [_char(page, letter, start + i * cell, start + (i + 1) * cell, baseline, size,
                  widget.font) for i, letter in enumerate(text)]


def _tick(page: Any, widget: Widget) -> list[dict[str, Any]]:
    x0, top, x1, bottom = widget.bbox
    size = min(x1 - x0, bottom - top) * _TICK_SIZE
    width = _width(_TICK, "Helvetica", size)
    ascent, descent = _extent("Helvetica")
    baseline = (top + bottom) / 2 + (ascent + descent) * size / 2
    start = (x0 + x1 - width) / 2
    return [_char(page, _TICK, start, start + width, baseline, size)]


def _run(page: Any, text: str, start: float, baseline: float, font: str,
         size: float) -> list[dict[str, Any]]:
    chars, x = [], start
    for letter in text:
        advance = _width(letter, font, size)
        chars.append(_char(page, letter, x, x + advance, baseline, size, font))
        x += advance
    return chars


def _char(page: Any, letter: str, x0: float, x1: float, baseline: float, size: float,
          font: str = "Helvetica") -> dict[str, Any]:
    """A char object as pdfplumber makes one: its box spans the font size from the descent."""
    _, descent = _extent(font)
    bottom = baseline - descent * size
    top = bottom - size
    height = float(page.height)
    return {
        "text": letter, "fontname": f"{FORM_FONT}+{font}", "size": size, "adv": x1 - x0,
        "upright": True, "matrix": (size, 0.0, 0.0, size, x0, height - baseline),
        "x0": x0, "x1": x1, "top": top, "bottom": bottom, "y0": height - bottom,
        "y1": height - top, "width": x1 - x0, "height": size,
        "doctop": float(page.initial_doctop) + top, "object_type": "char",
        "page_number": page.page_number, "mcid": None, "tag": None, "ncs": "DeviceGray",
        "stroking_color": (0,), "non_stroking_color": (0,),
    }


def _rect(page: Any, box: BBox, line: float) -> dict[str, Any]:
    """The widget's border as pdfplumber reports a stroked rectangle."""
    x0, top, x1, bottom = box
    height = float(page.height)
    corners = [(x0, top), (x1, top), (x1, bottom), (x0, bottom)]
    return {
        "x0": x0, "x1": x1, "top": top, "bottom": bottom, "y0": height - bottom,
        "y1": height - top, "width": x1 - x0, "height": bottom - top,
        "doctop": float(page.initial_doctop) + top, "pts": corners,
        "path": [("m", corners[0]), *(("l", c) for c in corners[1:]), ("h",)],
        "linewidth": line or 1.0, "stroke": True, "fill": False, "evenodd": False,
        "stroking_color": (0,), "non_stroking_color": (0,), "dash": None, "mcid": None,
        "tag": None, "object_type": "rect", "page_number": page.page_number,
    }


def _width(text: str, font: str, size: float) -> float:
    widths = FONT_METRICS[font][1]
    fallback = widths.get("n", 556)
    return sum(widths.get(c, fallback) for c in text) * size / 1000


def _extent(font: str) -> tuple[float, float]:
    """The font's ascent and descent (negative), in font sizes."""
    descriptor: dict[str, Any] = FONT_METRICS[font][0]
    return float(descriptor["Ascent"]) / 1000, float(descriptor["Descent"]) / 1000


def compact(text: str) -> str:
    """TEXT without white space, case-folded: what two printings of one value share."""
    return re.sub(r"\s+", "", text).casefold()
