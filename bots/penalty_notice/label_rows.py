"""What a label's row holds right of the label: its text, and its amount among several figures.

A computation table prints its rows as "Domestic value | 162.43 | USD 207,038.00": the label,
the basis (a regulation's section, a rate) and the amount. The nearest figure right of the label
is then not the value: the one under the column headed as an amount is, else the one printed as
money (a currency or separators) when the others are bare; two figures nothing tells apart are
left unread, so the value goes to a person as missing instead of being guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.money import looks_like_money, parse_money
from tradebots.pdf import FieldText, LabelHit, Segment

# A column that holds the amounts: "Amount", "Value", "Total", "USD", "$".
_AMOUNT_HEADER = re.compile(r"(?i)\b(?:amount|value|total|sum|usd)\b|\$")
_MARKED = re.compile(r"(?i)\$|\busd\b|\d,\d{3}")
_ABOVE = 8.0  # line heights: how far above the row its column header may stand
# Line heights: an OCR layer's space between words of one value is about one height; a born-
# digital line splits its segments at 0.9 of one, and a form's next column is further off.
_WORD_GAP = 1.5


def right_of(segments: Sequence[Segment], label: Segment) -> list[Segment]:
    """The segments on the label's line right of it, left to right (a scan's OCR layer splits a
    line into one segment a word)."""
    return sorted((s for s in segments if s.page == label.page and s.x0 > label.bbox[2]
                   and min(s.bottom, label.bottom) - max(s.top, label.top)
                   > 0.5 * min(s.height, label.height)), key=lambda s: s.x0)


def run_on(segments: Sequence[Segment], found: FieldText, stop: re.Pattern[str]) -> FieldText:
    """FOUND with the segments that follow it on its line a word space apart (up to the next
    label): a scan's OCR layer leaves its words too far apart to make one segment, so a value
    ("Silver | Creek | Footwear, Inc.") would otherwise be read as its first word."""
    words = list(found.words)
    for segment in right_of(segments, found.label.segment):
        last = words[-1]
        if segment.x0 <= last.x1:
            continue
        if segment.x0 - last.x1 > _WORD_GAP * max(last.height, segment.height) \
                or stop.match(segment.text):
            break
        words.extend(segment.words)
    if len(words) == len(found.words):
        return found
    return FieldText(" ".join(w.text for w in words), tuple(words), found.label, found.where)


def label_runs_on(segments: Sequence[Segment], hit: LabelHit) -> bool:
    """Whether a bare label (no colon) goes on in the next segment a word space away, in lower
    case: an OCR layer cut "Name | of | violator", "Importer | no.", so "Name" and "Importer"
    are not the labels there and "of", "no." no values."""
    label = hit.segment
    if hit.rest or label.text.rstrip().endswith((":", "=")):
        return False
    row = right_of(segments, label)
    if not row:
        return False
    last = label.words[-1]
    near = row[0].x0 - last.x1 <= _WORD_GAP * max(last.height, row[0].height)
    return near and row[0].text[:1].islower()


def row_amount(
    segments: Sequence[Segment], hit: LabelHit, found: FieldText, stop: re.Pattern[str]
) -> FieldText | None:
    """FOUND, or the row's amount when the label's row prints several different figures, or
    words before the figure under an amount column; None when figures cannot be told apart.
    The row ends at the next label (STOP): "Domestic value | $1 | Dutiable value | $2"."""
    label = hit.segment
    row = right_of(segments, label)
    row = row[:next((i for i, s in enumerate(row) if stop.match(s.text)), len(row))]
    figures = [s for s in row if looks_like_money(s.text)]
    under = [s for s in figures if _headed_as_amount(segments, s, label)]
    if len({parse_money(s.text) for s in figures}) < 2:
        if parse_money(found.text) is None and len(under) == 1:
            # "Dutiable value | all entries | 139,180.00": the basis in words, then the amount.
            return FieldText(under[0].text, under[0].words, hit, "right")
        return found
    marked = [s for s in figures if _MARKED.search(s.text)]
    chosen = under if len(under) == 1 else marked if len(marked) == 1 else []
    if not chosen:
        return None
    return FieldText(chosen[0].text, chosen[0].words, hit, "right")


def _headed_as_amount(segments: Sequence[Segment], cell: Segment, label: Segment) -> bool:
    """Whether the column's header over CELL (the nearest text above it that is no figure of
    the rows between) names an amount."""
    above = sorted((s for s in segments if s.page == cell.page and s.bottom <= cell.top
                    and cell.top - s.bottom < _ABOVE * label.height
                    and min(s.bbox[2], cell.bbox[2]) > max(s.x0, cell.x0)),
                   key=lambda s: -s.bottom)
    header = next((s for s in above if parse_money(s.text) is None), None)
    return header is not None and bool(_AMOUNT_HEADER.search(header.text))
