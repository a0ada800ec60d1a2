"""Where a faxed letter begins: after the fax cover sheet, whose title ("FAX", "Facsimile
Transmittal") and To/From/Pages boxes name the machine's sender and recipient, not the party."""

from __future__ import annotations

import re

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


def _page_at(stream: TextStream, position: int) -> int | None:
    words = stream.words(position, position + 1)
    return words[0].page if words else None
