"""A printout's column of section codes, for every bot: a batch report that prints a letter at
the left of each row to say which section it belongs to ("A  PROTESTANT  ACME INC." / "A
ADDRESS  1 MAIN ST" / "B  PORT OF ENTRY  1401"), the code repeated down the rows of a section
and rising from one section to the next. The codes are no part of the rows: with them a row's
caption is not the first cell of its line, and the lines of a value wrapped under itself
("A  BOISE, ID 83702") open with a letter. Domain-free: found by shape and order alone.
"""

from __future__ import annotations

from tradebots.pdf import PdfDocument, Word

_ALIGN = 1.0  # points: the codes stand at one left edge
_LEAST_ROWS = 6  # rows the column runs down, in all
_LEAST_SECTIONS = 3  # distinct codes: a column of one letter repeated is a list's bullet
_LEAST_REPEATED = 2  # sections of more than one row: a form numbering boxes A, B, C repeats none
_GAP = 12.0  # points: the code stands clear of the row's first cell


def code_column(document: PdfDocument) -> dict[int, list[Word]]:
    """The code words by page, when the document's rows open with such a column; else none."""
    found: dict[int, list[Word]] = {}
    codes: list[Word] = []
    for number in document.page_numbers:
        for line in document.segments(number):
            first = line[0].words[0]
            if len(first.text) == 1 and first.text.isalpha() and first.text.isupper() \
                    and len(line[0].words) == 1 \
                    and (len(line) == 1 or line[1].x0 - first.x1 >= _GAP):
                codes.append(first)
    if not codes:
        return found
    left = min(w.x0 for w in codes)
    column = [w for w in codes if abs(w.x0 - left) <= _ALIGN]
    letters = [w.text for w in column]
    runs = [letter for index, letter in enumerate(letters)
            if index == 0 or letter != letters[index - 1]]
    repeated = sum(1 for index, letter in enumerate(letters[1:], start=1)
                   if letter == letters[index - 1] and (index < 2 or letters[index - 2] != letter))
    if len(column) < _LEAST_ROWS or len(set(letters)) < _LEAST_SECTIONS \
            or runs != sorted(runs) or len(runs) != len(set(runs)) \
            or repeated < _LEAST_REPEATED:
        return found
    for word in column:
        found.setdefault(word.page, []).append(word)
    return found
