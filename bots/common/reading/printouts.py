"""Lines of machine printouts read as the letter they carry: an e-mail's quote markers ("> ")
and a system export's dot leaders ("PROTESTANT........: X") are taken off before reading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment, Word

# "PROTESTANT........:" or "PORT.............." : a run of leader dots before the colon.
_LEADER = re.compile(r"\.{2,}(?=:?$)")


def plain_line(line: Sequence[Segment]) -> list[Segment]:
    """The line without leading quote markers and with its labels' dot leaders removed."""
    return [Segment(tuple(_unleadered(w) for w in s.words)) for s in unquoted(line)]


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


def _unleadered(word: Word) -> Word:
    text = _LEADER.sub("", word.text)
    if text == word.text or not text:
        return word
    return replace(word, text=text)
