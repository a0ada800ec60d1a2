"""The violation's date as the statement of the act gives it: "X undervalued stainless steel
tumblers on or about March 3, 2023". A narrative letter names no "date of violation" and tells
when the act was done in the law's hedge; that date is the violation's (19 U.S.C. 1621: the five
years run from it). A weak cue: only a sentence that reports the act counts, not one that dates
a liquidation, a disclosure or a letter; dates that disagree leave it to a person.
"""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates_across_lines
from bots.penalty_notice.extract_header import INFERRED
from bots.penalty_notice.extract_narrative import ACT
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

_ABOUT = re.compile(r"(?i)\bon\s+or\s+about\s+")
_SENTENCE_START = re.compile(r"[.;:]\s|\n\s*\n")
# What else a sentence may date: the entry's liquidation, a disclosure, a notice, the review.
_OTHER_EVENT = re.compile(r"(?i)liquidat|disclos|notice|letter|audit|review|mailed|sent\b"
                          r"|received|tender|petition|protest|summons")


def violation_on_or_about(stream: TextStream) -> Extracted | None:
    """The one date an act's sentence gives after "on or about"; None when none, or several."""
    found: list[Extracted] = []
    for cue in stream.finditer(_ABOUT):
        dated = next(iter(find_dates_across_lines(stream.text[cue.end():cue.end() + 40])), None)
        if dated is None or dated.start != 0:
            continue
        # The whole sentence: "On or about 3/3/2023, the importer declared ..." tells it first.
        starts = [m.end() for m in _SENTENCE_START.finditer(stream.text, 0, cue.start())]
        end = _SENTENCE_START.search(stream.text, cue.end() + len(dated.text))
        said = stream.text[starts[-1] if starts else 0:end.start() if end else len(stream.text)]
        if not ACT.search(said) or _OTHER_EVENT.search(said):
            continue
        found.append(Extracted(dated.value, stream.evidence(cue.end(),
                                                            cue.end() + len(dated.text)),
                               INFERRED))
    return found[0] if found and len({f.value for f in found}) == 1 else None
