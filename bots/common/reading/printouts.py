"""Lines of machine printouts read as the letter they carry: an e-mail's quote markers ("> "),
a list's bullets and a system export's dot leaders ("PROTESTANT........: X") are taken off before
reading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from tradebots.pdf import Segment, Word

# "PROTESTANT........:" or "PORT.............." : a run of leader dots before the colon.
_LEADER = re.compile(r"\.{2,}(?=:?$)")


_SIGNED = re.compile(r"^_*/[sS]/")
# A leader with no colon after it ("Date Received......... 2026-01-24") is the label's colon.
_BARE_LEADER = re.compile(r"\.{4,}$")  # four or more: "..." is an ellipsis


def plain_line(line: Sequence[Segment]) -> list[Segment]:
    """The line without leading quote markers and list bullets, and with its labels' dot leaders
    removed; a leader that stands for the colon ("Filer...... X") becomes one."""
    segments = unbulleted(unquoted(line))
    words = [w for s in segments for w in s.words]
    colons = {id(w) for w, after in pairwise(words)
              if _BARE_LEADER.search(w.text) and not after.text.startswith(":")}
    return [Segment(tuple(_initials([_unleadered(w, id(w) in colons) for w in s.words])))
            for s in segments]


# A scan's text layer runs a middle initial into the name before it and sets its full stop
# apart: "ThomasJ . Ferrante" for "Thomas J. Ferrante".
_GLUED_INITIAL = re.compile(r"^(?P<name>[A-Z][a-z]{2,})(?P<initial>[A-Z])\.?$")


def _initials(words: list[Word]) -> list[Word]:
    """Words with a lone full stop put back on the word before it and an initial run into a
    name parted from it ("ThomasJ ." as "Thomas J.")."""
    out: list[Word] = []
    for word in words:
        if word.text == "." and out:
            out[-1] = replace(out[-1], text=out[-1].text + ".", x1=word.x1)
        else:
            out.append(word)
    parted: list[Word] = []
    for index, word in enumerate(out):
        match = _GLUED_INITIAL.match(word.text)
        # Only before a capitalised surname: "Thomas J. Ferrante", never a word of its own.
        after = out[index + 1].text if index + 1 < len(out) else ""
        if match is None or not word.text.endswith(".") or not after[:1].isupper():
            parted.append(word)
            continue
        cut = word.x0 + (word.x1 - word.x0) * len(match.group("name")) / len(word.text)
        parted += [replace(word, text=match.group("name"), x1=cut),
                   replace(word, text=match.group("initial") + ".", x0=cut)]
    return parted


# A list item's bullet ("• What we imported: ..."), printed as a word of its own; a font
# without a mapping for the glyph gives it to the text layer as "(cid:127)". ("*" opens a
# footnote as often as a list item: not a bullet.)
_BULLET = re.compile(r"[•◦▪▫‣∙●○■□]|\(cid:\d+\)")


def unbulleted(line: Sequence[Segment]) -> list[Segment]:
    """The line without the bullet that opens a list item, so its label opens the line."""
    segments = list(line)
    if not segments or not _BULLET.fullmatch(segments[0].words[0].text):
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


def _unleadered(word: Word, colon: bool = False) -> Word:
    # A signature typed or read in capitals, or run into its signature line ("_/S/"), is one.
    signed = _SIGNED.sub("/s/", word.text)
    if signed != word.text:
        return replace(word, text=signed)
    text = _LEADER.sub("", word.text)
    if text == word.text or not text:
        return replace(word, text=":") if colon and not text else word
    return replace(word, text=text + ":" if colon else text)
