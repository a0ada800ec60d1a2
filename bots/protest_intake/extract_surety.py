"""A surety's protest said in words (19 CFR 174.13(a)(8), P-TIME-4): the protestant naming
itself the surety, the date the demand on the bond was mailed, and the certification that the
protest is not collusive."""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates
from bots.protest_intake.extract_fields import PROSE, Fields
from tradebots.pdf import TextStream

# "Protest filed by surety", or the protesting party naming its capacity in the sentence that
# protests: "X, as surety on the continuous bond of the importer, protests ...", "in its
# capacity as surety", "the surety's protest". A surety named in passing ("the bond, issued by
# X as surety") protests nothing: the sentence must protest.
_FILED_BY_SURETY = re.compile(r"protest\s+(?:is\s+)?filed\s+by\s+(?:a\s+|the\s+)?surety", re.I)
_AS_SURETY = re.compile(
    r"\b(?:as|in\s+(?:its|our|their)\s+capacity\s+as)\s+(?:the\s+|a\s+)?surety\b"
    r"|\bsurety'?s\s+protest\b", re.I)
_PROTESTS = re.compile(r"\bprotest(?:s|ed|ing)?\b", re.I)
_DENIED = re.compile(r"\b(?:not|no|never)\b[^.;]{0,20}$", re.I)
_DEMAND = re.compile(r"(?:demand\s+on\s+(?:the\s+)?bond|bond\s+demand)[^.;]{0,40}?[:,]?\s*", re.I)
NON_COLLUSION = re.compile(r"not\s+(?:being\s+)?(?:filed\s+)?collusive", re.I)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def read_surety(stream: TextStream, fields: Fields) -> None:
    """A surety protest and its bond-demand date said in a sentence, and the certification."""
    said = stream.search(_FILED_BY_SURETY) or _protesting_as_surety(stream.text)
    if said is not None and "surety_protest" not in fields.items:
        fields.put("surety_protest", True, stream.evidence(said.start(), said.end()), PROSE)
        _demand_date(stream, fields)
    certified = stream.search(NON_COLLUSION)
    if certified is not None:
        fields.put("non_collusion_certified", True,
                   stream.evidence(certified.start(), certified.end()), PROSE)


def _protesting_as_surety(text: str) -> re.Match[str] | None:
    for match in _AS_SURETY.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        end = (found.start() if (found := _SENTENCE_END.search(text, match.end())) else len(text))
        if _PROTESTS.search(text, start, end) and not _DENIED.search(text, start, match.start()):
            return match
    return None


def _demand_date(stream: TextStream, fields: Fields) -> None:
    demand = stream.search(_DEMAND)
    if demand is None:
        return
    dates = find_dates(stream.text[demand.end():demand.end() + 40])
    if dates and dates[0].start < 4:
        start = demand.end() + dates[0].start
        fields.put("bond_demand_mailed", dates[0].value,
                   stream.evidence(start, demand.end() + dates[0].end), PROSE)
