"""Scanned pages: a picture of the paper with an OCR engine's invisible text over it.

The OCR layer places each word where the picture shows it, so word gaps are the paper's, often
as wide as the line is high, and the segmenter cuts a sentence at them ("Our importer number" |
"is 38-7476830."). On such a page the pieces of one line within a wide word gap are one run of
text again; columns on paper stand further apart than that.

OCR misreads the same few shapes on any scan: a capital I as a bar or a bracket ("Rosa |.
Castellanos", "[tem 5"), a full stop set apart from its word ("ThomasJ ."), an initial glued to
the name before it ("ThomasJ."). Those words are read as printed before any field is matched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bots.common.reading.gridline_cuts import rejoined
from tradebots.pdf import Segment, Word

_PAGE_COVER = 0.8  # share of the page one image covers on a scan
# Line heights: OCR word gaps measured on scans reach about 1.1 of the word box's height.
SCANNED_GAP = 1.5


def is_scanned(page: Any) -> bool:
    """Whether the pdfplumber PAGE is a picture of paper with a text layer over it."""
    if not page.chars:
        return False
    area = float(page.width) * float(page.height)
    return any((float(i["x1"]) - float(i["x0"])) * (float(i["bottom"]) - float(i["top"]))
               >= _PAGE_COVER * area for i in page.images)


# A bar or bracket where a capital I stands: as an initial ("|.") or opening a word whose other
# letters are small ("[tem", "|mporter"). A bar alone may be a letterhead's separator: kept.
_BAR_I = re.compile(r"^[|\[](?=\.$|[a-z])")
# A name and its middle initial printed without the space: "ThomasJ." is "Thomas J.".
_GLUED_INITIAL = re.compile(r"^(?P<name>[A-Z][a-z]{2,})(?P<initial>[A-Z]\.)$")
_LONE_MARK = frozenset({".", ",", ";", ":"})
_MARK_GAP = 0.6  # line heights: a stop set this close after a word belongs to it


def clean_scanned(line: Sequence[Segment]) -> list[Segment]:
    """The scanned line's words as printed: misread capital I's restored, a stray stop joined to
    its word, a glued middle initial set apart."""
    return [Segment(tuple(_cleaned(segment.words))) for segment in line]


def _cleaned(words: Sequence[Word]) -> list[Word]:
    out: list[Word] = []
    for word in words:
        if (word.text in _LONE_MARK and out
                and word.x0 - out[-1].x1 <= _MARK_GAP * max(word.height, out[-1].height)):
            out[-1] = replace(out[-1], text=out[-1].text + word.text, x1=word.x1)
            continue
        out.append(replace(word, text=_BAR_I.sub("I", word.text)))
    return [replace(w, text=_GLUED_INITIAL.sub(r"\g<name> \g<initial>", w.text)) for w in out]


def rejoin_scanned(line: Sequence[Segment]) -> list[Segment]:
    """The scanned line's pieces that only a word gap parts joined into one run of text."""
    return rejoined(line, widest=SCANNED_GAP)
