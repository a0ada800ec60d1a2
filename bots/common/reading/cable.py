"""A cable (telex) as printed: "ZCZC <ref> <date>" opens it, "FM", "TO" and "SUBJ" head it,
"BT" sets the text apart, "SGD" signs it and "NNNN" ends it, in capitals with clipped words
("NOT RQSTD"). Its lines are read as a letter's: a dated line, the sender's name and address
lines as its letterhead, "To:" and "Subject:" lines, a signature "/s/", its clipped words
spelled out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment, Word

_OPENS = "ZCZC"
_MARKS = frozenset({"BT", "NNNN"})  # the text's break and end: no words of the message
_HEADS = {"TO": "To:", "SUBJ": "Subject:", "SUBJECT": "Subject:", "SGD": "/s/", "SIGNED": "/s/"}
# The sender's line: its name, over its address lines, is the cable's letterhead.
_SENDER = frozenset({"FM", "FROM"})
# A cable's clipped words, as the office's telegraphic style clips them.
_CLIPPED = {"RQSTD": "REQUESTED", "RQST": "REQUEST", "RQSTS": "REQUESTS", "REQD": "REQUIRED",
            "ENCL": "ENCLOSED", "ATTD": "ATTACHED", "ATCHD": "ATTACHED", "W/": "WITH"}
# A cable's channel reference after ZCZC: "RQ155", "ABC123" (letters and figures, no date).
_CHANNEL_REF = re.compile(r"[A-Z]{1,4}\d{1,6}")


def is_cable(lines: Sequence[Sequence[Segment]]) -> bool:
    """Whether the page's lines are a cable's: opened by ZCZC or ended by NNNN, with a head."""
    firsts = [line[0].words[0].text for line in lines if line and line[0].words]
    return (_OPENS in firsts or "NNNN" in firsts) and bool({"FM", "SUBJ", "SGD"} & set(firsts))


def cable_lines(lines: Sequence[Sequence[Segment]]) -> list[list[Segment]]:
    """LINES read as the letter a cable is (see the module), or as they are on any other page."""
    if not is_cable(lines):
        return [list(line) for line in lines]
    out: list[list[Segment]] = []
    for line in lines:
        words = [w for segment in line for w in segment.words]
        if not words or (len(words) == 1 and words[0].text in _MARKS):
            continue
        lead = words[0].text
        if lead == _OPENS:
            # "ZCZC RQ155 21 APR 2025": the cable's date, after its channel reference.
            rest = words[2:] if len(words) > 2 and _CHANNEL_REF.fullmatch(words[1].text) \
                else words[1:]
            if rest:
                out.append([Segment((replace(words[0], text="Date:"), *rest))])
            continue
        spelled = [replace(w, text=_CLIPPED.get(w.text.rstrip(".,;"), w.text.rstrip(".,;"))
                           + w.text[len(w.text.rstrip(".,;")):])
                   if w.text.rstrip(".,;") in _CLIPPED else w for w in words]
        if lead in _SENDER and len(words) > 1:
            out.append([Segment(tuple(spelled[1:]))])
        elif lead in _HEADS and len(words) > 1:
            # one segment, the label's and its value's: a line of its own, no column's
            out.append([Segment((replace(words[0], text=_HEADS[lead]), *spelled[1:]))])
        else:
            out.append(_as_segments(line, spelled))
    return out


def _as_segments(line: Sequence[Segment], words: list[Word]) -> list[Segment]:
    """WORDS (the line's, some respelled) cut into the line's segments again."""
    segments, at = [], 0
    for segment in line:
        count = len(segment.words)
        segments.append(Segment(tuple(words[at:at + count])))
        at += count
    return segments
