"""An amount printed before its caption on a line of its own, as an adding machine's tape or a
clerk's worksheet prints it ("40,670.00 ENTERED VALUE", "$1,260.76 duty paid"): read as the
caption and then the amount, the order the entry readers take."""

from __future__ import annotations

import re

from tradebots.pdf import Segment

# The amounts an entry is told by (19 CFR 162.71(a)), as a tape's captions name them.
_CAPTION = re.compile(
    r"(?i)(?:entered|declared|dutiable)\s+value|(?:duty|duties)\s+(?:paid|deposited|pd\.?)"
    r"|(?:duty|duties)\s+(?:lawfully\s+)?(?:owed|due|owing)|loss\s+of\s+duties|LOD")
# An amount in dollars and cents, as a tape prints it ("40,670.00", "$901.10"); a box's number
# ("8.") before a caption is none.
_AMOUNT = re.compile(r"(?:US\$|\$)?\s?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}")


def amount_first(line: list[Segment]) -> list[Segment]:
    """LINE set caption first where it is an amount and then its caption, in one segment or two
    (the tape's amounts aligned on their decimal point, the captions in a column after them)."""
    if (len(line) == 2 and _AMOUNT.fullmatch(line[0].text.strip())
            and _CAPTION.fullmatch(line[1].text.strip())):
        return [line[1], line[0]]
    out: list[Segment] = []
    for segment in line:
        words = segment.words
        if (len(words) > 1 and _AMOUNT.fullmatch(words[0].text)
                and _CAPTION.fullmatch(" ".join(w.text for w in words[1:]))):
            out.append(Segment((*words[1:], words[0])))
        else:
            out.append(segment)
    return out
