"""All-figure dates that can only be day first ("13.03.2023", "27/09/2023": there is no month 13
or 27), rewritten in ISO order so that readers of running text and of rows take them for the
dates they are.

The shared date reader takes all-figure dates month first, as US senders print them, and finds no
date in "27.08.2025". A sender abroad prints the day first; where the first figure cannot be a
month the date reads one way only. Ambiguous ones ("02.03.2023") are settled for the whole
document by date_order, which must read the text as printed (a rewritten date no longer shows
the order it settles).
"""

from __future__ import annotations

import copy
import re

from tradebots.pdf import TextStream

_DAY_FIRST_FULL_YEAR = re.compile(
    r"(?<![\w./-])(?P<d>1[3-9]|2\d|3[01])(?P<s>[./-])(?P<m>0?[1-9]|1[0-2])(?P=s)(?P<y>\d{4})"
    r"(?![\w/-]|[.,]\d)")


def with_day_first_as_iso(stream: TextStream) -> TextStream:
    """STREAM with each date that can only be day first and prints its whole year rewritten in
    ISO order, the same length ("20.01.2023" as "2023-01-20"), so that readers of running text
    and of rows take it for the date it is; evidence still gives the words as printed."""
    text = _DAY_FIRST_FULL_YEAR.sub(lambda m: f"{m['y']}-{m['m']}-{m['d']}", stream.text)
    if text == stream.text:
        return stream
    rewritten = copy.copy(stream)
    rewritten.text = text
    return rewritten
