"""Lines on which a sender typed two or three "Label: value" pairs ("Protestant: X  Address: 1
Main St  Date: ..."), cut into one line per pair, as the sender meant them. Used by all three
readers."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tradebots.pdf import Segment, Word

_MOST_KEY_WORDS = 4  # a pair's label: one to four words before its colon

# "Protestant: X  Address: 1 Main St  Date: ...": a later pair opens after a separator or a gap
# wider than a typed space, with one to four words ending in a colon, the first capitalised.
_PAIR_SEPARATORS = frozenset({"|", ";", "·", "•", "/"})
_PAIR_KEY_FIRST = re.compile(r"[A-Z][A-Za-z'’.#/()-]*")
_PAIR_KEY_MORE = re.compile(r"[A-Za-z'’.#/()-]+|of|the|and|or|no\.?")
_WIDE_GAP = 0.45  # of the word's height: two typed spaces or a tab stop, not one space
_SPACES = 1.6  # of the line's usual gap between words: more than one typed space
_WRAP_GAP = 1.0  # of a line's height: a wrapped line stands close under the last
_GLUED_SEPARATOR = re.compile(r"(?P<value>.*?)\s*[|;]$")


def pair_starts(words: Sequence[Word]) -> list[int]:
    """Where each later "Label: value" pair of a line that opens with one starts (word indices):
    a sender who types two or three pairs to a line means each as its own line."""
    first = pair_key_end(words, 0)
    if first is None:
        return []
    # A typed space is as wide as the line's usual gap (a monospaced font's is wide too).
    gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(words))
    space = gaps[len(gaps) // 2] if gaps else 0.0
    starts: list[int] = []
    index = first + 1  # the first pair's value has a word at least
    while index < len(words):
        word, before = words[index], words[index - 1]
        gap = word.x0 - before.x1
        apart = (before.text in _PAIR_SEPARATORS or before.text.endswith((";", "|"))
                 or gap > max(_WIDE_GAP * max(word.height, 1.0), _SPACES * space))
        end = pair_key_end(words, index) if apart else None
        if end is not None and end < len(words):
            starts.append(index)
            index = end
        index += 1
    return starts


def pair_key_end(words: Sequence[Word], start: int = 0) -> int | None:
    """The index after a key of one to four words ending in ":" that starts at `start`."""
    for offset, word in enumerate(words[start:start + _MOST_KEY_WORDS]):
        bare = word.text[:-1] if word.text.endswith(":") else word.text
        pattern = _PAIR_KEY_FIRST if offset == 0 else _PAIR_KEY_MORE
        if not bare or not pattern.fullmatch(bare):
            return None
        if word.text.endswith(":") and len(word.text) > 1:
            return start + offset + 1
    return None


def pairs_apart(lines: Sequence[Sequence[Segment]]) -> list[list[Segment]]:
    """LINES with each line of several "Label: value" pairs cut into one line per pair; a wrapped
    value's next lines (no label, set under that pair's value, close below) follow their pair."""
    out: list[list[Segment]] = []
    pending: list[_Pair] = []
    for line in lines:
        words = [w for s in line for w in s.words]
        if pending and words and pair_key_end(words, 0) is None:
            pair = next((p for p in pending if p.holds(words[0])), None)
            if pair is not None:
                pair.lines.append(list(line))
                pending = [replace(p, bottom=words[0].bottom) for p in pending]
                continue
        out.extend(piece for pair in pending for piece in pair.lines)
        pending = []
        starts = pair_starts(words) if words else []
        if not starts:
            out.append(list(line))
            continue
        bounds = [0, *starts, len(words)]
        for first, last in itertools.pairwise(bounds):
            key_end = pair_key_end(words, first) or first
            right = words[last].x0 if last < len(words) else float("inf")
            value_x0 = words[min(key_end, last - 1)].x0
            pending.append(_Pair(value_x0, right, words[first].bottom,
                                 [[Segment(tuple(_unseparated(words[first:last])))]]))
    out.extend(piece for pair in pending for piece in pair.lines)
    return out


@dataclass(frozen=True)
class _Pair:
    """One pair cut from a line: where its value stands, and its lines so far."""

    x0: float
    x1: float
    bottom: float
    lines: list[list[Segment]]

    def holds(self, word: Word) -> bool:
        """Whether a line opening with `word` wraps this pair's value: under it, close below."""
        # Below, never above: a next page's first line stands higher up its own page.
        return (self.x0 - 2 <= word.x0 < self.x1
                and -1.0 <= word.top - self.bottom < _WRAP_GAP * max(word.height, 1.0))


def _unseparated(words: Sequence[Word]) -> list[Word]:
    """A pair's words without the separator typed before the next pair ("X |" -> "X")."""
    kept = list(words)
    if len(kept) > 1 and kept[-1].text in _PAIR_SEPARATORS:
        kept.pop()
    elif kept and (glued := _GLUED_SEPARATOR.fullmatch(kept[-1].text)) and glued.group("value"):
        kept[-1] = replace(kept[-1], text=glued.group("value"))
    return kept


_ALIGNED = 4.0  # points: a column's pairs start where the column's first pair starts
_CARD_HEAD_GAP = 2.5  # of a line's height: a card's heading may stand this far above its lines


def records_side_by_side(lines: Sequence[Sequence[Segment]]) -> list[list[Segment]]:
    """LINES with records set side by side ("Entry: A    Entry: B" / "Entered: D1    Entered:
    D2") read a column at a time, as the sender meant each record: a row whose pairs all carry
    one label opens such a run, and the rows under it close below, with as many pairs standing
    where its pairs stand, continue it. Cards with headings and no colons the same way (see
    _card_run). Other lines as they are."""
    out: list[list[Segment]] = []
    index = 0
    while index < len(lines):
        if cards := _card_run(lines, index):
            for column in range(len(cards[0])):
                out.extend([list(row[column]) for row in cards])
            index += len(cards)
            continue
        run = _record_run(lines, index)
        if len(run) < 2:
            out.append(list(lines[index]))
            index += 1
            continue
        for column in range(len(run[0])):
            out.extend([[Segment(tuple(row[column]))] for row in run])
        index += len(run)
    return out


def _pairs(line: Sequence[Segment]) -> list[list[Word]]:
    words = [w for s in line for w in s.words]
    bounds = [0, *pair_starts(words), len(words)] if words else []
    return [_unseparated(words[a:b]) for a, b in itertools.pairwise(bounds)]


def _record_run(lines: Sequence[Sequence[Segment]], index: int) -> list[list[list[Word]]]:
    first = _pairs(lines[index])
    labels = {" ".join(w.text for w in pair[:(pair_key_end(pair) or 0)]).casefold()
              for pair in first}
    if len(first) < 2 or len(labels) != 1:
        return []
    run = [first]
    for line in lines[index + 1:]:
        row = _pairs(line)
        if len(row) != len(first) or any(abs(pair[0].x0 - top[0].x0) > _ALIGNED
                                          for pair, top in zip(row, first, strict=True)):
            break
        word, above = row[0][0], run[-1][0][0]
        if not -1.0 <= word.top - above.bottom < _WRAP_GAP * max(word.height, 1.0):
            break
        run.append(row)
    return run


def _card_run(lines: Sequence[Sequence[Segment]], index: int) -> list[list[list[Segment]]]:
    """Cards set side by side with no colons ("ENTRY CARD 1 | ENTRY CARD 2" over "Entry | A |
    Entry | B", "Entered | D1 | Entered | D2"): a line of headings all opening with one word
    starts the run; each line under it, close below, with a caption and its value under every
    heading, the caption at the heading's left edge, continues it. Rows of cards, cells per card
    (a table whose columns' heads share a word, "Entry number | Entry date", is no such run)."""
    heads = list(lines[index])
    if len(heads) < 2 or len({head.words[0].text.casefold() for head in heads}) != 1 \
            or not heads[0].words[0].text[:1].isalpha():
        return []
    edges = [head.x0 for head in heads]
    run: list[list[list[Segment]]] = [[[head] for head in heads]]
    above = heads[0]
    for line in lines[index + 1:]:
        cards: list[list[Segment]] = [[] for _ in edges]
        for cell in line:
            at = max((n for n, edge in enumerate(edges) if cell.x0 >= edge - _ALIGNED),
                     default=None)
            if at is None:
                break
            cards[at].append(cell)
        else:
            # (a heading may stand a little apart above its card's first line)
            reach = (_CARD_HEAD_GAP if len(run) == 1 else _WRAP_GAP) * max(line[0].height, 1.0)
            # (each card's line a caption and its value: a table's column holds one value)
            if all(len(card) >= 2 and abs(card[0].x0 - edge) <= _ALIGNED
                   for card, edge in zip(cards, edges, strict=True)) \
                    and -1.0 <= line[0].top - above.bottom < reach:
                run.append(cards)
                above = line[0]
                continue
        break
    return run if len(run) > 2 else []
