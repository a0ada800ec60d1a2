"""Pages whose words run sideways or upside down as displayed, turned so that they read upright.

A landscape table printed across a portrait sheet (its text matrix turned), a page a user turned
the wrong way, a sheet fed upside down or a scan lying sideways with an OCR layer that follows
the image: pdfminer applies /Rotate, so what is left is text running another way than left to
right. The page is read as if its /Rotate turned it upright, which is what a person does."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable
from typing import Any

from pdfplumber.page import Page

# The share of a page's characters, and how many at the least, that must run one other way
# before the page is turned: a portrait page with a sideways margin note stays as it is.
_MOST = 0.6
_FEWEST = 20


def direction(char: dict[str, Any]) -> int:
    """The clockwise turn (0, 90, 180, 270) that sets CHAR's writing direction left to right,
    from its text matrix in pdfminer's device space (y up): (a, b) is the way it advances."""
    a, b = float(char["matrix"][0]), float(char["matrix"][1])
    if abs(a) >= abs(b):
        return 0 if a > 0 else 180
    return 90 if b > 0 else 270  # running up the page: turned clockwise a quarter to read


def upright_turn(chars: Iterable[dict[str, Any]]) -> int:
    """The clockwise turn most of a page's characters need to read upright; 0 when they already
    do, or when no one other direction holds most of them."""
    counts = Counter(direction(c) for c in chars if c.get("matrix") and str(c["text"]).strip())
    total = sum(counts.values())
    if not total:
        return 0
    turn, count = counts.most_common(1)[0]
    return turn if count >= max(_FEWEST, _MOST * total) else 0


def turned_page(page: Page, turn: int) -> Page:
    """PAGE as pdfplumber reads it after a further clockwise TURN of its /Rotate: every char,
    line and image in the frame where the words read left to right, top to bottom."""
    source = page.page_obj
    rotate = (int(source.rotate) + turn) % 360
    turned = copy.copy(source)
    turned.attrs = {**source.attrs, "Rotate": rotate}
    turned.rotate = rotate
    return Page(page.pdf, turned, page_number=page.page_number,
                initial_doctop=page.initial_doctop)
