"""The culpability a case listing gives under a clipped caption, by its code and its words.

A case system prints the 1592(c) level under a caption it clips to fit its column and sets the
value after it with no colon: "CULP CODE NEG NEGLIGENCE", "CULP LVL GN", "CULP. CD: FRD - FRAUD"
(19 CFR Part 171 App. B (B)). A legend of the codes ("CULP NEG = NEGLIGENCE GRN = ...") names
every level and so none. A clipped caption is no labelled box: its words score as a cue in a
sentence does, a code alone lower still.
"""

from __future__ import annotations

import re

from bots.penalty_notice.culpability import level_in
from bots.penalty_notice.extract_header import IN_SENTENCE, INFERRED
from bots.penalty_notice.extract_header_values import culpability_of
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

# The caption clipped ("CULP", "CULP.", "CULPAB.") with the word a system adds ("CODE", "CD",
# "LVL", "LEVEL", "IND"), or the full word with that addition ("CULPABILITY CODE"), at the
# line's start (a numbered row's number before it), then the value on the same line.
_CAPTION = re.compile(
    r"(?im)^[ \t]*(?:\d{1,2}[.)][ \t]*)?"
    r"(?:culp(?:ab(?:ility)?)?\.?(?:[ \t]+(?:code|cd\.?|lvl\.?|level|ind\.?))?"
    r"|culpability[ \t]+(?:code|cd\.?|lvl\.?|ind\.?))"
    r"[ \t]*[:.\u2013\u2014-]?[ \t]+(?=\S)")
# A legend defines codes ("NEG = NEGLIGENCE"): no case's level.
_DEFINES = re.compile(r"=|\bmeans\b")
# "CULP CODE 2": a number names no level (the legend would say which).
_WORDED = re.compile(r"[A-Za-z]{2}")


def read_culpability_code(stream: TextStream) -> Extracted | None:
    """The one level a clipped culpability caption's line names; None for a legend, no level,
    or captions that disagree."""
    found: list[Extracted] = []
    for caption in stream.finditer(_CAPTION):
        stop = stream.text.find("\n", caption.end())
        stop = len(stream.text) if stop < 0 else stop
        value = stream.text[caption.end():stop]
        if _DEFINES.search(value) or not _WORDED.search(value):
            continue
        level = culpability_of(value)
        if level is None:
            continue
        named = level_in(value)
        confidence = INFERRED if named is None or named.weak else IN_SENTENCE
        found.append(Extracted(level, stream.evidence(caption.end(), stop), confidence))
    if len({item.value for item in found}) != 1:
        return None
    return found[0]
