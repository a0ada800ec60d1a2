"""E-mail printouts quote the forwarded message with "> " at each line's start; a reader looks
at the quoted letter's own words, so the markers are taken off before reading."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment


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
