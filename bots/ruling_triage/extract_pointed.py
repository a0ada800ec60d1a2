"""Captions printed after their values: a form or web printout that sets each field's caption to
the right of its value ("74-1847256 | Importer No. / EIN", "74-1847256 <- Importer No."), or a
summary that points from the caption to the value ("Importer No. -> 74-1847256"). Each pair
becomes one "caption: value" paragraph, so the labelled readers find it as they find a letter's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bots.common.reading.pointers import BACK_MARK, FORTH_MARK
from bots.common.reading.worksheet_cells import same_row
from bots.ruling_triage.captions import is_box_caption
from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Segment

# A pointer between a value and its caption, as a word of its own.
_BACK = re.compile(BACK_MARK)
_FORTH = re.compile(FORTH_MARK)

Pair = Callable[[Paragraph, Paragraph], Paragraph]
_SAME_LINE = 3.0  # points: a value and its caption printed on one line share their top
# A letter's heading caption left of its value ("Re | Country of origin marking"): the cell on
# its right is that caption's value, though its words name a field.
_HEADING_CAPTION = re.compile(r"\s*(?:re|subject|subj\.?|ref\.?|regarding|to|from|attn\.?|cc)"
                              r"\s*:?\s*", re.I)

# A section's mark left of its heading ("B.    MERCHANDISE", "IV) PORTS OF ENTRY"): it numbers
# the heading, it is no value of the field the heading names.
_LIST_MARK = re.compile(r"\s*\(?(?:[A-Za-z]|\d{1,2}|[IVXivx]{1,4})[.)]\s*")

# A cell that is a field of its own, its caption and value on one line ("SIGNATURE: ______"): the
# note printed after it ("(pending approval)") remarks on it and is no caption of it.
_OWN_FIELD = re.compile(r"[^:\n]{2,40}:[ \t]+\S[^\n]*")


def pair_pointed(items: list[Paragraph], is_label: Callable[[Paragraph], bool],
                 pair: Pair) -> list[Paragraph]:
    """ITEMS with each value and the caption printed after it (or pointed at from it) made one
    paragraph by PAIR(caption, value); IS_LABEL says which text names a field."""
    items = [_split_pointed_line(item, is_label, pair) for item in items]
    used: set[int] = set()
    paired: dict[int, Paragraph] = {}
    for index, cell in enumerate(items):
        caption = _caption_cell(cell)
        if caption is None or not is_label(caption) or index in used:
            continue
        row = [i for i, other in enumerate(items)
               if i != index and i not in used and other.page == cell.page
               and same_row(cell, other)]
        # The value alone on the caption's left, no cell beyond the caption, no caption itself.
        if (len(row) != 1 or items[row[0]].x0 >= cell.x0 or is_label(items[row[0]])
                or _HEADING_CAPTION.fullmatch(items[row[0]].text)
                or _LIST_MARK.fullmatch(items[row[0]].text)
                or _OWN_FIELD.fullmatch(items[row[0]].text)):
            continue
        if caption is cell and not _on_one_line(cell, items[row[0]]):
            continue
        used.update((index, row[0]))
        paired[min(index, row[0])] = pair(caption, items[row[0]])
    return [paired.get(i, item) for i, item in enumerate(items) if i not in used or i in paired]


def _on_one_line(caption: Paragraph, value: Paragraph) -> bool:
    """Whether a caption without a pointer shares one printed line with its value, neither
    wrapped, and is no drawn form's box caption (a form's next box, beside a taller box)."""
    return (len(value.segments) == 1 and abs(caption.top - value.top) <= _SAME_LINE
            and not is_box_caption(caption.text))


def _caption_cell(cell: Paragraph) -> Paragraph | None:
    """The caption a one-line cell prints after a pointer ("<- Importer"), else the cell."""
    if len(cell.segments) != 1 or type(cell) is not Paragraph:
        return None
    words = cell.segments[0].words
    if _BACK.fullmatch(words[0].text):
        return Paragraph(cell.page, [Segment(words[1:])]) if len(words) > 1 else None
    return cell


def _split_pointed_line(item: Paragraph, is_label: Callable[[Paragraph], bool],
                        pair: Pair) -> Paragraph:
    """A one-line paragraph "value <- caption" or "caption -> value" as its caption and value."""
    if len(item.segments) != 1 or type(item) is not Paragraph:
        return item
    words = item.segments[0].words
    for at, word in enumerate(words[1:-1], start=1):
        back, forth = _BACK.fullmatch(word.text), _FORTH.fullmatch(word.text)
        if not back and not forth:
            continue
        before = Paragraph(item.page, [Segment(words[:at])])
        after = Paragraph(item.page, [Segment(words[at + 1:])])
        caption, value = (after, before) if back else (before, after)
        if is_label(caption) and not is_label(value):
            return pair(caption, value)
        return item
    return item
