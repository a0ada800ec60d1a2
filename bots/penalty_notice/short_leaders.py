"""A worksheet's labels padded to one width: the longest keep only two or three leader dots.

"CASE ............ X" over "DOMESTIC VALUE .. 119818.00": the shared printout reader takes a run
of four or more dots for the label's colon ("..." alone may be an ellipsis); on a line that opens
with a label's few words, a word of two or three dots right after them is the same leader. So is
a leader of another mark a writer pads with: an ellipsis character, middle dots, an underscore
rule ("DOMESTIC VALUE … 1.00", "PRIOR DISCL ___ YES"). A case system's report may set its
labels off with spaces and ONE dot ("VIOLATOR        . Pembroke Ltd.", "PRIOR DISCL .   NO"):
a word that is a dot alone, after a label's few words, is no sentence's stop either. The gap
may fall on either side of the dot, so the leader may end the label's cell or open the value's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment

_MARKS = "\u2026\u00b7\u2219_"  # an ellipsis character, middle and bullet dots, an underscore
# Two or three dots, or a run of leader marks with at least one that no sentence prints alone.
_SHORT_LEADER = re.compile(rf"\.{{1,3}}|[.{_MARKS}]*[{_MARKS}][.{_MARKS}]*")
# A label's words: letters with an abbreviation's stop or a slash ("PRIOR DISCL", "D/V", "DT.").
_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z./&'-]*")
_MOST_LABEL_WORDS = 4


def short_leaders(line: Sequence[Segment]) -> list[Segment]:
    """The line with a short leader after its opening label taken for the label's colon."""
    segments = list(line)
    if not segments:
        return segments
    words = segments[0].words
    for at, word in enumerate(words[1:_MOST_LABEL_WORDS + 1], start=1):
        if _SHORT_LEADER.fullmatch(word.text):
            # Only between a label and its value: words before it, all a label's, a value after.
            # (or the value in the next cell: "VIOLATOR ." || "Pembroke Ltd.")
            if (at + 1 < len(words) or len(segments) > 1) and all(
                    _LABEL_WORD.fullmatch(w.text) for w in words[:at]):
                mended = (*words[:at], replace(word, text=":"), *words[at + 1:])
                return [Segment(mended), *segments[1:]]
            break
        if not _LABEL_WORD.fullmatch(word.text):
            break
    return _opening_the_value(segments)


def _opening_the_value(segments: list[Segment]) -> list[Segment]:
    """A label's cell alone ("VIOLATOR") and its value's cell opened by the short leader
    (". Pembroke Ltd."), or only the leader where no value is printed ("DUTIABLE VALUE" || ".")."""
    if len(segments) < 2:
        return segments
    label, value = segments[0].words, segments[1].words
    if not (0 < len(label) <= _MOST_LABEL_WORDS and _SHORT_LEADER.fullmatch(value[0].text)
            and all(_LABEL_WORD.fullmatch(w.text) for w in label)):
        return segments
    colon = Segment((*label, replace(value[0], text=":")))
    return [colon, *([Segment(value[1:])] if len(value) > 1 else []), *segments[2:]]


# A label's last word with its short leader glued on ("PRIOR DISCL.. YES", "IMPORTER NO.. 11-"):
# the printout reader strips the dots and leaves no colon, and with them the abbreviation's stop.
_GLUED_LEADER = re.compile(r"(?P<word>[A-Za-z][A-Za-z./&'-]*?)\.{2,3}")


def glued_leaders(line: Sequence[Segment]) -> list[Segment]:
    """The line with a short leader glued to its opening label's last word taken for the
    label's colon ("PRIOR DISCL.." -> "PRIOR DISCL:"), a value after it."""
    segments = list(line)
    if not segments:
        return segments
    words = segments[0].words
    for at, word in enumerate(words[:_MOST_LABEL_WORDS]):
        glued = _GLUED_LEADER.fullmatch(word.text)
        if glued is not None:
            if at + 1 < len(words) or len(segments) > 1:
                mended = (*words[:at], replace(word, text=glued.group("word") + ":"),
                          *words[at + 1:])
                return [Segment(mended), *segments[1:]]
            break
        if not _LABEL_WORD.fullmatch(word.text):
            break
    return segments


# A leader with no label before it: a run of dots (four or more; "..." may open a quoted
# sentence), or dots ending in the colon the labels above end in, or that colon alone.
_LABELLESS_LEADER = re.compile(r"\.{4,}|\.*:")


def labelless_leaders(line: Sequence[Segment]) -> list[Segment]:
    """The line without a leader that stands in the label column with no label before it.

    A case system's report wraps a long value on to a line of its own and pads the empty label
    column as it pads the labels ("ADDRESS....... 1027 Canal Street" over "............. Savannah,
    GA 31401"): that line has no label, it goes on with the value above, its words where they
    stand under it."""
    segments = list(line)
    if not segments:
        return segments
    words = segments[0].words
    if not _LABELLESS_LEADER.fullmatch(words[0].text):
        return segments
    if len(words) > 1:
        return [Segment(words[1:]), *segments[1:]]
    return segments[1:] if len(segments) > 1 else segments
