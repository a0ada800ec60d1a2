"""Captions printed in two languages ("Port / Puerto: Savannah", "Merchandise / Mercancía: ..."),
read as the English caption alone, so that every reader of labelled lines knows them.

A sheet is taken as bilingual only where several of its captions pair an English half with a
half that shows another language's marks (accented letters, its small words) on the same side;
then every "A / B:" caption on it keeps its English side. A caption whose value is split the same
way ("Entry No. / Date: X / 01/02/2024") names two fields and is left as printed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment, Word

Lines = list[list[Segment]]

_MOST_LABEL_WORDS = 10
# Small words of the languages US customs papers are most often printed in beside English.
_FOREIGN_WORDS = frozenset({
    "de", "del", "la", "las", "el", "los", "por", "para", "y", "o", "da", "do", "dos", "das",
    "du", "des", "le", "les", "et", "ou", "au", "aux", "pour", "sur",
})
_FOREIGN_LETTER = re.compile(r"[À-ÖØ-öø-ÿ]")
_LEAST_PAIRS = 2  # captions that must agree before a sheet is read as bilingual
_SPLIT_VALUE = re.compile(r"\s/\s")


def english_captions(pages: Sequence[Lines]) -> list[Lines]:
    """The pages with each two-language caption cut to its English half, where the sheet is
    bilingual; otherwise the pages as they are."""
    sides: Counter[int] = Counter()
    for line in (line for page in pages for line in page):
        if (halves := _halves(line) or _cell_halves(line)) is not None:
            first, second = (_foreign(" ".join(w.text for w in h)) for h in halves[:2])
            if first != second:
                sides[1 if second else 0] += 1
    if not sides or sides.most_common(1)[0][1] < _LEAST_PAIRS or len(sides) > 1:
        return [list(page) for page in pages]
    foreign_side = next(iter(sides))
    return [[_english(line, foreign_side) for line in page] for page in pages]


def _halves(line: Sequence[Segment]) -> tuple[list[Word], list[Word], list[Word]] | None:
    """The caption's two halves and the value's words of a line "A / B: value", else None."""
    if not line:
        return None
    words = list(line[0].words)
    colon = next((i for i, w in enumerate(words[:_MOST_LABEL_WORDS]) if w.text.endswith(":")),
                 None)
    if colon is None or colon + 1 >= len(words):
        return None
    label, value = words[:colon + 1], words[colon + 1:]
    if _two_fields(" ".join(w.text for w in value)):
        return None
    slash = next((i for i, w in enumerate(label) if w.text == "/"), None)
    if slash is None or slash == 0 or slash == len(label) - 1:
        return None
    second = [*label[slash + 1:-1], replace(label[-1], text=label[-1].text[:-1])]
    return label[:slash], second, value


def _cell_halves(line: Sequence[Segment]) -> tuple[list[Word], list[Word]] | None:
    """The caption's two halves of a grid row whose caption stands in a cell of its own, without
    a colon ("Domicilio / Address      1501 Sound Lane"), else None. Only a row of two cells: a
    table's head row ("Entrada / Entry No.   Fecha / Date ...") is left as printed."""
    if len(line) != 2 or _SPLIT_VALUE.search(" ".join(w.text for w in line[1].words)):
        return None
    label = list(line[0].words)
    if len(label) > _MOST_LABEL_WORDS or any(w.text.endswith(":") for w in label):
        return None
    slash = next((i for i, w in enumerate(label) if w.text == "/"), None)
    if slash is None or slash == 0 or slash == len(label) - 1:
        return None
    return label[:slash], label[slash + 1:]


_NUMBERING = re.compile(r"(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]")


def _heading_halves(line: Sequence[Segment]) -> tuple[list[Word], list[Word], list[Word]] | None:
    """A section heading printed in both languages, alone on its line ("I. PROTESTANTE /
    PROTESTANT", "Firma / Signature"): its number, then its two halves; else None."""
    if len(line) != 1:
        return None
    words = list(line[0].words)
    if len(words) > _MOST_LABEL_WORDS or any(w.text.endswith(":") for w in words):
        return None
    number = words[:1] if _NUMBERING.fullmatch(words[0].text) else []
    label = words[len(number):]
    slash = next((i for i, w in enumerate(label) if w.text == "/"), None)
    if slash is None or slash == 0 or slash == len(label) - 1:
        return None
    return number, label[:slash], label[slash + 1:]


def _two_fields(value: str) -> bool:
    """Whether a value split by " / " gives two fields' values ("X / 01/02/2024"); a value
    printed in both languages ("[X] Liquidación / Liquidation") is one answer."""
    halves = _SPLIT_VALUE.split(value, maxsplit=1)
    return len(halves) == 2 and _foreign(halves[0]) == _foreign(halves[1])


def _foreign(text: str) -> bool:
    words = re.findall(r"\w+", text.lower())
    return bool(_FOREIGN_LETTER.search(text)) or any(w in _FOREIGN_WORDS for w in words)


def _english(line: list[Segment], foreign_side: int) -> list[Segment]:
    halves = _halves(line)
    if halves is None and (heading := _heading_halves(line)) is not None:
        number, *sides = heading
        return [Segment((*number, *sides[1 - foreign_side]))]
    if halves is None:
        cells = _cell_halves(line)
        # The caption's cell keeps its English half and stays a cell: the grid reads it so.
        return line if cells is None else [Segment(tuple(cells[1 - foreign_side])), *line[1:]]
    kept = halves[1 - foreign_side]
    if not kept:
        return line
    caption = [*kept[:-1], replace(kept[-1], text=kept[-1].text.rstrip(":") + ":")]
    return [Segment((*caption, *halves[2])), *line[1:]]
