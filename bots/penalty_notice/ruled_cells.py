"""A typed box's rows read as their cells: a plain-text printout (an editor's hardcopy, a
typesetter's verbatim block) draws a box round the party's rows with characters,

    +------------------------------------------+        ┌──────────────────────────┐
    | Party: Ferro Brothers Marble Inc.        |        │ Party   │ Acme Corp.     │
    | Address: 12 Quarry Road, Barre, VT 05641 |        │ Address │ 12 Main St ... │
    +------------------------------------------+        └──────────────────────────┘

and the label reader, which takes a label only where its segment opens with it, never sees "|
Party: X" as the party's label. A vertical rule's character is a cell's border, not text: the
line is cut there, and the rule's character that a word carries at its edge ("|Party:", "Inc.|")
is taken off the word, so that each cell's label opens its own segment and its value stands on
its right as a form's would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment, Word

# The characters a printout draws a cell's side with: ASCII's bar, the box-drawing sets' light,
# heavy, double and dashed verticals, and the broken bar and double bar a font may map them to.
RULE_GLYPHS = "|\u00a6\u2016\u2502\u2503\u2551\u2506\u2507\u250a\u250b"


def _bare(word: Word) -> Word | None:
    """The word without the rule characters at its edges; None when it is only a rule."""
    text = word.text.strip(RULE_GLYPHS + " ")
    if not text:
        return None
    return word if text == word.text else replace(word, text=text)


def ruled_cells(line: Sequence[Segment]) -> list[Segment]:
    """A box's row (a line that opens with a vertical rule) cut into cells at every rule
    character, the rules dropped; another line is returned as it is: a bar inside a value joins
    its printed lines ("Address: 2250 Marina Boulevard | San Leandro, CA 94577")."""
    if not line or line[0].words[0].text[:1] not in RULE_GLYPHS:
        return list(line)
    cells: list[Segment] = []
    for segment in line:
        words: list[Word] = []
        for word in segment.words:
            bare = _bare(word)
            # A rule's character before the word's text or alone ends the cell on its left; one
            # after the word's text ends the cell the word closes.
            opens = word.text[:1] in RULE_GLYPHS
            closes = word.text[-1:] in RULE_GLYPHS
            if (bare is None or opens) and words:
                cells.append(Segment(tuple(words)))
                words = []
            if bare is None:
                continue
            words.append(bare)
            if closes:
                cells.append(Segment(tuple(words)))
                words = []
        if words:
            cells.append(Segment(tuple(words)))
    return cells
