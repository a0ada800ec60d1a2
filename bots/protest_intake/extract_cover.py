"""Where a faxed letter begins: after the fax cover sheet, whose title ("FAX", "Facsimile
Transmittal") and To/From/Pages boxes name the machine's sender and recipient, not the party;
and where its letterhead begins: after a receipt stamp printed over it."""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates
from tradebots.pdf import TextStream

# "FAX", "Facsimile", "Fax cover sheet", "Fax transmittal", "Telecopy", "Transmittal sheet".
_COVER_TITLE = re.compile(r"(?im)^\s*(?:fax|facsimile|telecopy|telefax)(?:\s+(?:cover(?:\s+sheet)?"
                          r"|transmittal|transmission|message))?\s*$|^\s*(?:fax\s+)?transmittal"
                          r"(?:\s+sheet)?\s*$|^\s*cover\s+sheet\s*$")
# "Pages: 2 incl. cover", "No. of pages (including cover):", "Total pages:", "# of pages:".
_PAGES_BOX = re.compile(r"(?im)^\s*(?:(?:no\.?|number|#|total)\s*(?:of\s+)?)?pages?\b[^:\n]{0,30}:")


def letter_start(stream: TextStream) -> int:
    """The offset of the letter's first line: past a first page that is a fax cover sheet."""
    text = stream.text
    first_page = _page_at(stream, 0)
    end = 0
    while end < len(text):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if _page_at(stream, end) not in (None, first_page):
            break
        end = line_end + 1
    cover = text[:end]
    if end >= len(text) or not (_COVER_TITLE.search(cover) and _PAGES_BOX.search(cover)):
        return 0
    return end


# A receipt stamp opens with its word ("RECEIVED", "R E C E I V E D", "FILED") and closes with
# its date within a few short lines ("CBP PORT 1001" / "OCT 24 2025").
_STAMP_OPENS = re.compile(r"(?i)\s*(?:R ?E ?C ?E ?I ?V ?E ?D|FILED|DATE\s+STAMP)\b[^\n]{0,30}")
_STAMP_LINES = 4
_STAMP_LINE = 30  # characters: a stamp's lines are short


def past_stamp(text: str, start: int) -> int:
    """The offset after a receipt stamp whose lines open the text at START (its date line
    included), else START: the stamp's lines are CBP's, not the letterhead's."""
    opens = _STAMP_OPENS.match(text, start)
    if opens is None:
        return start
    end = start
    for _ in range(_STAMP_LINES):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[end:line_end]
        if len(line.strip()) > _STAMP_LINE:
            return start
        end = line_end + 1
        if find_dates(line):
            return end
    return start


def _page_at(stream: TextStream, position: int) -> int | None:
    words = stream.words(position, position + 1)
    return words[0].page if words else None
