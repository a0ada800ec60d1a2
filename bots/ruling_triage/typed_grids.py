"""A table typed as text with its grid drawn in characters, read as the cells it rules.

A sender who types a summary into a text file draws the table's grid with the keyboard:
"+------+------+" rules between rows and "| Requester | Acme Inc. |" rows (MySQL's, psql's and
Emacs's table style), or with box-drawing characters ("┌──┬──┐", "│ a │ b │", "╔══╗"). Printed,
the bars and rules are words of their own, so a row reads as one line with bars in it and the
label's value never stands apart from its label. An editor that prints the file wraps a row
wider than the page (Vim's :hardcopy breaks it at the margin): the rest of the row, its closing
bar and perhaps the value's last words, stands on the next line from the left margin.

Here each row becomes its cells, each a segment of its own where the bars stood; the rules are
taken away (the gap they leave parts one row from the next, as a ruled table's rows are parted)
and a wrapped row's rest goes back to the cell it was cut from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tradebots.pdf import Segment, Word

_BARS = "|\u2502\u2503\u2551\u00a6"  # a bar, box drawing's light, heavy and double bars
_RULE_CHARS = "-=+_" + "".join(chr(c) for c in range(0x2500, 0x2580))  # and the box drawing set
_RULE = re.compile(f"[{re.escape(_RULE_CHARS + _BARS)}]{{3,}}")
_CROSSING = re.compile("[+\u250c-\u254b\u2550-\u256c]")  # a rule's corner or crossing
_LEFT = 4.0  # points: a row's opening bar stands at the grid's left edge, give or take


def grid_cells(lines: Sequence[list[Segment]]) -> list[list[Segment]]:
    """The page's lines with each typed grid's rows as their cells and its rules taken away;
    a page with no typed grid (no rule with a crossing and a barred row) is left as it is."""
    rules = [_is_rule(line) for line in lines]
    if not any(rule and _CROSSING.search(_text(line)) for rule, line in zip(rules, lines,
                                                                              strict=True)):
        return list(lines)
    # The grid's left edge: where its rules open with a corner ("+---", "┌──", org's "|---+");
    # a wrapped
    # rule's rest ("--------+") opens at the margin, wherever the grid stands.
    lefts = [line[0].x0 for line, rule in zip(lines, rules, strict=True)
             if rule and (_CROSSING.match(_text(line)) or _text(line)[:1] in _BARS)]
    if not lefts or not any(_opens_row(line, min(lefts)) for line in lines):
        return list(lines)
    left = min(lefts)
    result: list[list[Segment]] = []
    in_grid = False  # whether the line above was a rule or a row of the grid
    for line, rule in zip(lines, rules, strict=True):
        if rule:
            in_grid = True
            continue
        if _opens_row(line, left):
            result.append(_cells(line))
            in_grid = True
            continue
        if in_grid and _text(line).rstrip()[-1:] in _BARS and result:
            # A wrapped row's rest ("(b)(7). |", a closing bar alone): back to its last cell.
            rest = _words(line)
            if rest and result[-1]:
                last = result[-1][-1]
                result[-1] = [*result[-1][:-1], Segment((*last.words, *rest))]
            continue
        in_grid = False
        result.append(line)
    return result


def _text(line: Sequence[Segment]) -> str:
    return " ".join(s.text for s in line).strip()


def _is_rule(line: Sequence[Segment]) -> bool:
    """A line of rule characters only ("+----+----+", "--------+", "├───┼───┤")."""
    return bool(_RULE.fullmatch(_text(line).replace(" ", "")))


def _opens_row(line: Sequence[Segment], left: float) -> bool:
    """A row of the grid: it opens with a bar at the grid's left edge."""
    return bool(line) and line[0].text[:1] in _BARS and abs(line[0].x0 - left) <= _LEFT


def _words(line: Sequence[Segment]) -> list[Word]:
    """The line's words without bars (a bar typed against a word, "Acme|", comes off it)."""
    return [replace(word, text=word.text.strip(_BARS)) if word.text != word.text.strip(_BARS)
            else word for segment in line for word in segment.words if word.text.strip(_BARS)]


def _cells(line: Sequence[Segment]) -> list[Segment]:
    """The row's cells, each a segment, parted where the bars stood; empty cells left out."""
    cells: list[list[Word]] = [[]]
    for segment in line:
        for word in segment.words:
            opens = word.text[:1] in _BARS
            closes = len(word.text) > 1 and word.text[-1:] in _BARS
            text = word.text.strip(_BARS)
            if opens:
                cells.append([])
            if text:
                cells[-1].append(replace(word, text=text) if text != word.text else word)
            if closes:
                cells.append([])
    return [Segment(tuple(words)) for words in cells if words]
