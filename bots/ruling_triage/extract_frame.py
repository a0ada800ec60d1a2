"""Where the request letter is in the PDF, and its letterhead when it gives no date line alone.

Senders put other pages before the letter (a product specification sheet, a cover sheet): the
letter starts on the first page that speaks of a ruling. A letter dated on a labelled line
("Date: April 13, 2024") has its letterhead above that line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.letter import Block, Letter, read_letter
from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import find_dates

RULING_WORDS = re.compile(r"\bruling\b|19\s+CFR\s+(?:Part\s+)?177", re.I)
_DATE_LINE = re.compile(r"\s*date(?:\s+of\s+(?:letter|request))?\s*:\s*", re.I)


def letter_pages(items: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs from the first page that speaks of a ruling on (attachments before it off)."""
    first = next((p.page for p in items if RULING_WORDS.search(p.text)), None)
    return [p for p in items if first is None or p.page >= first]


def read_request_letter(items: list[Paragraph]) -> Letter:
    """The letter's parts (bots.common.reading.letter), found from the page the letter starts."""
    blocks = letter_pages(items)
    letter = read_letter(blocks)
    if letter.letterhead or letter.date is not None or letter.subject is not None:
        return letter
    dated = next((i for i, block in enumerate(blocks) if _dated(block.text)), None)
    if dated is None or blocks[dated].page != blocks[0].page:
        return letter
    above: list[Block] = list(blocks[:dated])
    if any(":" in block.text for block in above):
        return letter  # a form's labelled fields ("Requester: ...") above its date: no letterhead
    return replace(letter, letterhead=above)


def _dated(text: str) -> bool:
    label = _DATE_LINE.match(text)
    if label is None:
        return False
    day = next(find_dates(text[label.end():]), None)
    return day is not None and day.start == 0
