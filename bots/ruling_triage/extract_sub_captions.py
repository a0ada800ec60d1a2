"""The requester's address under its own sub-caption in a numbered outline: "1.0 Requester" over
"1.1 Name: X" and "1.2 Address:", the street and city lines set under that caption (indented or
not), or run in after its colon ("1.2 Address: 81 Main St., Town, ST 00000")."""

from __future__ import annotations

import re

from bots.ruling_triage.captions import ADDRESS
from bots.ruling_triage.extract_address_below import to_zip
from bots.ruling_triage.extract_text import OUTLINE_NUMBER, Paragraph, Span, lines_of
from tradebots.facts import Evidence

# The address's own caption opening a line, an outline's number or a bullet before it maybe.
_ADDRESS_LINE = re.compile(rf"[ \t]*(?:{OUTLINE_NUMBER}|[-\u2022*][ \t]+)?(?:{ADDRESS})[ \t]*:?"
                           r"[ \t]*", re.I)
_MOST_LINES = 4  # street, suite, city line: an address is short
_REACH = 2.5  # line heights: the caption's value lines stand this close under it


def address_sub_caption(items: list[Paragraph], name: Span) -> tuple[str, Evidence | None] | None:
    """The address under the sub-caption that follows NAME's line in its block; None where no
    such caption follows it or its lines do not run from a street to a ZIP code."""
    paragraph = name.paragraph
    lines = lines_of(paragraph)
    after = [line for line in lines if line.start > name.start]
    caption = next((line for line in after[:2] if _ADDRESS_LINE.match(line.text)), None)
    if caption is None:
        return None
    match = _ADDRESS_LINE.match(caption.text)
    assert match is not None
    value: list[Span] = []
    if caption.text[match.end():].strip():
        value.append(Span(paragraph, caption.start + match.end(), caption.end))
    value += [line for line in lines if line.start > caption.start]
    if caption is lines[-1]:
        # the caption ends its block: its lines are the blocks set under it (often indented)
        value += _paragraphs_under(items, paragraph)
    return to_zip(value[:_MOST_LINES])


def _paragraphs_under(items: list[Paragraph], paragraph: Paragraph) -> list[Span]:
    """The lines of the blocks right under PARAGRAPH on its page, each within reach of the last."""
    at = next((i for i, item in enumerate(items) if item is paragraph), None)
    found: list[Span] = []
    last = paragraph
    for item in items[at + 1:] if at is not None else []:
        height = last.segments[-1].height
        if item.page != last.page or not 0.0 <= item.top - last.bottom <= _REACH * height:
            break
        found.extend(lines_of(item))
        last = item
        if len(found) >= _MOST_LINES:
            break
    return found
