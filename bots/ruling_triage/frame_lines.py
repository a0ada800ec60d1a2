"""Lines that open a part of a letter's frame, even typed tight under the line above.

A letter typed into a text file and printed single-spaced leaves no gap between its parts: the
date stands tight under the letterhead's last line, the Re: line under the addressee, the
closing words under the last paragraph. Each still opens its part (the letter's frame is read
from its blocks), so it opens a paragraph of its own.
"""

from __future__ import annotations

import re

from bots.common.reading.date_line import date_line

_SUBJECT = re.compile(r"\s*(?:re|subject|subj\.?|regarding|in\s+re)\s*:\s*\S", re.I)
_SALUTATION = re.compile(r"\s*(?:dear\s+[^\n]{1,60}|ladies\s+and\s+gentlemen|gentlemen|"
                         r"to\s+whom\s+it\s+may\s+concern)\s*[:,]\s*", re.I)
_MAIL_HEADER = re.compile(r"\s*(?:from|sent|date|to|cc|bcc|attachments?|importance|priority)\s*:",
                          re.I)
# A caption the date answers ("Date Received (CBP)" / "May 15, 2025", "Dated:"): its value, no
# letter date of its own.
_DATE_CAPTION = re.compile(r"\b(?:date|dated|received|filed|stamp|sent|as\s+of)\b|:\s*$", re.I)
# The closing words alone on their line, their comma typed: "Respectfully submitted,".
_CLOSING = re.compile(r"\s*(?:respectfully(?:\s+(?:submitted|yours))?|sincerely(?:\s+yours)?|"
                      r"very\s+truly\s+yours|yours\s+(?:very\s+)?(?:truly|sincerely|faithfully)|"
                      r"(?:with\s+)?(?:(?:best|kind|kindest|warm)\s+)?regards)\s*,\s*", re.I)


def opens_frame(text: str, above: str, head: bool) -> bool:
    """Whether the line TEXT, typed under the line ABOVE, opens a part of the frame: a subject
    line, a greeting, the closing words; at the letter's HEAD (its first paragraphs) also a line
    wholly a date. An e-mail's header lines ("Sent: ..." / "Subject: ...") stay one block."""
    if _MAIL_HEADER.match(above):
        return False
    return bool(_SUBJECT.match(text) or _SALUTATION.fullmatch(text) or _CLOSING.fullmatch(text)
                or (head and date_line(text.strip()) is not None
                    and not _DATE_CAPTION.search(above)))
