"""Where the request letter is in the PDF, and its letterhead when it gives no date line alone.

Senders put other pages before the letter (a product specification sheet, a cover sheet): the
letter starts on the first page that speaks of a ruling. A letter dated on a labelled line
("Date: April 13, 2024") has its letterhead above that line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.date_line import date_line
from bots.common.reading.letter import Block, Letter, read_letter
from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import find_dates

# A letter to the office that issues rulings asks for one, whether or not it says "ruling".
RULING_WORDS = re.compile(r"\brulings?\b|19\s+CFR\s+(?:Part\s+)?177|National\s+Commodity\s+"
                          r"Specialist|\bNCSD\b|Regulations\s+(?:and|&)\s+Rulings", re.I)
# A page that confirms a filing or covers a transmission, and a block that opens a letter.
_COVER = re.compile(r"\b(?:confirmation|submission\s+(?:id|number|no\.)|fax\s+cover|transmittal|"
                    r"cover\s+sheet)\b", re.I)
_OPENING = re.compile(r"\s*(?:re|subject)\s*:|\s*dear\b|\s*(?:ladies\s+and\s+gentlemen|"
                      r"to\s+whom\s+it\s+may\s+concern)\b", re.I)
_DATE_LINE = re.compile(r"\s*date(?:\s+of\s+(?:letter|request))?\s*:\s*", re.I)
_HEAD_BLOCKS = 4  # letterhead (one or two blocks), date


def letter_pages(items: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs from the first page that speaks of a ruling on (attachments before it off);
    an e-filing confirmation or a cover sheet before a page that opens a letter is off too."""
    first = next((p.page for p in items if RULING_WORDS.search(p.text)), None)
    pages = sorted({p.page for p in items if first is None or p.page >= first})
    while len(pages) > 1 and _cover(items, pages[0]) and _opens_letter(items, pages[1]):
        pages = pages[1:]
    return [p for p in items if pages and p.page >= pages[0]]


def _opens_letter(items: list[Paragraph], page: int) -> bool:
    """Whether the page opens a letter: a Re: line or a greeting, or a date line among its first
    blocks (letterhead, date, addressee; a transmittal slip before it names no ruling asked)."""
    on_page = [p for p in items if p.page == page]
    return (any(_OPENING.match(p.text) for p in on_page)
            or any(date_line(p.text.strip()) is not None for p in on_page[:_HEAD_BLOCKS]))


def _cover(items: list[Paragraph], page: int) -> bool:
    """Whether the page is a confirmation or cover sheet, not the letter's first page."""
    text = "\n".join(p.text for p in items if p.page == page)
    return _COVER.search(text) is not None and not any(_OPENING.match(p.text) for p in items
                                                       if p.page == page)


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
