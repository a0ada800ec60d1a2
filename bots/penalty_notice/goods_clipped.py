"""The goods a cable or a case listing names under a clipped caption (19 CFR 162.77(b)(1)(i)).

Trade cables and case systems write "merchandise" the way CBP abbreviates it: "6. MDSE CAST IRON
DUTCH OVENS", "MDSE: steel pipe", "MERCH. DESC. wooden toys", "DESC OF MDSE ...". The goods are the
words after the caption, to the end of its line; the caption is a clerk's, so the value scores as
a cue in a sentence does, below a labelled box.
"""

from __future__ import annotations

import re

from bots.penalty_notice.extract_header import IN_SENTENCE
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

_CAPTION = re.compile(
    r"(?im)^[ \t]*(?:\d{1,2}[.)][ \t]*|[A-Z][.)][ \t]+)?"
    r"(?:(?:desc(?:r)?\.?|description)[ \t]+of[ \t]+mdse\.?|mdse\.?(?:[ \t]+desc(?:r)?\.?)?"
    r"|merch\.(?:[ \t]*desc(?:r)?\.?)?)"
    r"[ \t]*[:\u2013\u2014-]?[ \t]+(?=\S)")
# Goods are named in words; a value ("MDSE VALUE 1,000.00") or a code alone is not them.
_WORDS = re.compile(r"[A-Za-z]{3,}")
_NOT_GOODS = re.compile(r"(?i)^(?:val(?:ue)?|amount|qty|quantity|see|n/?a|none)\b")


def read_clipped_goods(stream: TextStream) -> Extracted | None:
    """The goods named on the line of a clipped merchandise caption; None without one."""
    for caption in stream.finditer(_CAPTION):
        stop = stream.text.find("\n", caption.end())
        stop = len(stream.text) if stop < 0 else stop
        value = " ".join(stream.text[caption.end():stop].split()).rstrip(" .;")
        if _WORDS.search(value) and not _NOT_GOODS.match(value):
            return Extracted(value, stream.evidence(caption.end(), stop), IN_SENTENCE)
    return None
