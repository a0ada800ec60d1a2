"""Lines of machine printouts read as the letter they carry: an e-mail's quote markers ("> "),
a list's bullets and a system export's dot leaders ("PROTESTANT........: X") are taken off before
reading, and a scan's small faults mended."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bots.common.reading.scan_faults import mended
from tradebots.pdf import Segment, Word

# "PROTESTANT........:" or "PORT.............." : a run of leader dots before the colon.
_LEADER = re.compile(r"\.{2,}(?=:?$)")

# A leader with no colon after it ("Date Received......... 2026-01-24") is the label's colon.
_BARE_LEADER = re.compile(r"\.{4,}$")  # four or more: "..." is an ellipsis


# A leader typed as dots with spaces between ("Name . . . . . . Ann Lee"): three dots or more.
_SPACED_DOT = re.compile(r"\.{1,3}")
_LEAST_SPACED_DOTS = 3


def plain_line(line: Sequence[Segment]) -> list[Segment]:
    """The line without leading quote markers and list bullets, and with its labels' dot leaders
    removed; a leader that stands for the colon ("Filer...... X") becomes one."""
    segments = spaced_leader(unbulleted(unquoted(line)))
    words = [w for s in segments for w in s.words]
    colons = {id(w) for w, after in pairwise(words)
              if _BARE_LEADER.search(w.text) and not after.text.startswith(":")}
    return [Segment(tuple(mended([_unleadered(w, id(w) in colons) for w in s.words])))
            for s in segments]


# A list item's bullet ("• What we imported: ..."), printed as a word of its own; a font
# without a mapping for the glyph gives it to the text layer as "(cid:127)". ("*" opens a
# footnote as often as a list item: not a bullet.)
_BULLET = re.compile(r"[•◦▪▫‣∙●○■□]|\(cid:\d+\)")


# A dash or star opens a list item as well, but only where a run-in label follows it ("- Address:
# ...", "* IOR no.: ..."): a footnote's star or a dash before a sentence is left as printed.
_LABEL_BULLET = re.compile(r"[-*\u2013\u2014]")
_LABEL_WORDS = 5  # words a run-in label takes at most, its colon on the last


def _opens_item(line: Sequence[Segment]) -> bool:
    words = [w.text for s in line for w in s.words]
    if _BULLET.fullmatch(words[0]):
        return True
    return bool(_LABEL_BULLET.fullmatch(words[0])) and len(words) > 1 and words[1][:1].isalpha() \
        and any(w.endswith(":") for w in words[1:1 + _LABEL_WORDS])


def unbulleted(line: Sequence[Segment]) -> list[Segment]:
    """The line without the bullet that opens a list item, so its label opens the line."""
    segments = list(line)
    if not segments or not _opens_item(segments):
        return segments
    if len(segments[0].words) > 1:
        return [Segment(segments[0].words[1:]), *segments[1:]]
    return segments[1:] if len(segments) > 1 else segments


def unquoted(line: Sequence[Segment]) -> list[Segment]:
    """The line without its leading quote markers ("> ", ">>", "> >"); other lines as they are."""
    segments = list(line)
    while segments:
        words = list(segments[0].words)
        while words and words[0].text.startswith(">"):
            rest = words[0].text.lstrip("> ")
            if rest:
                words[0] = replace(words[0], text=rest)
                break
            words.pop(0)
        if words:
            return [Segment(tuple(words)), *segments[1:]]
        segments.pop(0)
    return segments


def spaced_leader(line: Sequence[Segment]) -> list[Segment]:
    """The line with a spaced dot leader after its opening label taken for the label's colon
    ("Name . . . . . Ann Lee" -> "Name: Ann Lee"), its value in the same cell or the next."""
    segments = list(line)
    if not segments:
        return segments
    words = segments[0].words
    start = next((i for i, w in enumerate(words) if _SPACED_DOT.fullmatch(w.text)), None)
    if start is None or start == 0:
        return segments
    end = start
    while end < len(words) and _SPACED_DOT.fullmatch(words[end].text):
        end += 1
    if end - start < _LEAST_SPACED_DOTS or (end == len(words) and len(segments) == 1):
        return segments
    caption = words[start - 1]
    label = [*words[:start - 1], replace(caption, text=caption.text.rstrip(":") + ":")]
    if end < len(words):
        return [Segment((*label, *words[end:])), *segments[1:]]
    # the value stands in the next cell: label and value read as one "Label: value" cell
    return [Segment((*label, *segments[1].words)), *segments[2:]]


def _unleadered(word: Word, colon: bool = False) -> Word:
    text = _LEADER.sub("", word.text)
    if text == word.text or not text:
        return replace(word, text=":") if colon and not text else word
    return replace(word, text=text + ":" if colon else text)
