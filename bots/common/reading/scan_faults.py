"""Small faults a scan's OCR text layer makes in words, mended before reading: a signature's
"/S/" in capitals or run into its signature line ("_/S/"), a capital I read as a bar or a
bracket ("Rosa |. Castellanos", "[tem 5"), a stop set apart from its word, and a middle initial
run into the name before it ("ThomasJ . Ferrante")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment, Word

_SIGNED = re.compile(r"^_*/[sS]/")
# A bar or bracket where a capital I stands: as an initial ("|.") or opening a word whose other
# letters are small ("[tem", "|mporter"). A bar alone may be a letterhead's separator, and a
# bracket the cell closes ("[t]he", "[emphasis added]") is the writer's: kept.
_BAR_I = re.compile(r"^[|\[](?=\.$|[a-z]+[.,;:]?$)")
_LONE_MARK = frozenset({".", ",", ";", ":"})


def mended(words: list[Word]) -> list[Word]:
    """The words of one cell with a scan's faults mended."""
    closed = any("]" in w.text for w in words)
    read = [replace(w, text=_SIGNED.sub("/s/", w.text)) for w in words]
    return _initials([w if closed or not _BAR_I.match(w.text)
                      else replace(w, text="I" + w.text[1:]) for w in read])


def mended_line(line: Sequence[Segment]) -> list[Segment]:
    """The line's segments, each cell's words mended."""
    return [Segment(tuple(mended(list(segment.words)))) for segment in line]


# A scan's text layer runs a middle initial into the name before it and sets its full stop
# apart: "ThomasJ . Ferrante" for "Thomas J. Ferrante".
_GLUED_INITIAL = re.compile(r"^(?P<name>[A-Z][a-z]{2,})(?P<initial>[A-Z])\.?$")


def _initials(words: list[Word]) -> list[Word]:
    """Words with a lone stop put back on the word before it and an initial run into a name
    parted from it ("ThomasJ ." as "Thomas J.")."""
    out: list[Word] = []
    for word in words:
        if word.text in _LONE_MARK and out:
            out[-1] = replace(out[-1], text=out[-1].text + word.text, x1=word.x1)
        else:
            out.append(word)
    parted: list[Word] = []
    for index, word in enumerate(out):
        match = _GLUED_INITIAL.match(word.text)
        # Before a capitalised surname or at the cell's end ("Thomas J." signing), never
        # before a word of the sentence.
        after = out[index + 1].text if index + 1 < len(out) else "X"
        if match is None or not word.text.endswith(".") or not after[:1].isupper():
            parted.append(word)
            continue
        cut = word.x0 + (word.x1 - word.x0) * len(match.group("name")) / len(word.text)
        parted += [replace(word, text=match.group("name"), x1=cut),
                   replace(word, text=match.group("initial") + ".", x0=cut)]
    return parted
