"""Words typed or drawn letter-spaced ("P R O T E S T   N U M B E R") joined back into words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

# A letter standing alone as a word; the last of a run may carry the label's colon or stop.
_LETTER = re.compile(r"^[^\W\d_]$")
_LAST_LETTER = re.compile(r"^[^\W\d_][:.,;]$")
# Of the type size: the widest gap between two spaced letters (a typed space and a few points
# of character spacing); between two spaced words, three typed spaces or two spacings more.
_LETTER_GAP = 0.6
_RUN_GAP = 1.2
# Times a run's narrowest gap: wider parts two spaced words, narrower still one word.
_WORD_GAP = 1.6
_LONGEST_WORD_GAP = 4.0
_MIN_LETTERS = 3  # one spaced word this long shows the run is spacing, not single letters
_SAME_BASELINE = 0.2  # of the type size


def joined_letter_spacing(words: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """pdfplumber's words (with their chars, in line order) with each run of letters printed
    apart at one even spacing joined into words: a heading or label typed with a space after
    every letter, or drawn with character spacing, splits into one-letter words, so a reader
    looking for "PROTEST" found "P R O T E S T". A wider gap inside the run parts its words."""
    joined: list[dict[str, Any]] = []
    run: list[dict[str, Any]] = []
    for word in words:
        if run and _continues(run, word):
            run.append(word)
            if _LAST_LETTER.match(str(word["text"])):
                joined.extend(_spaced_words(run))
                run = []
            continue
        joined.extend(_spaced_words(run))
        run = [word] if _LETTER.match(str(word["text"])) else []
        if not run:
            joined.append(word)
    joined.extend(_spaced_words(run))
    return joined


def _size(word: dict[str, Any]) -> float:
    return float(word.get("bottom", 0)) - float(word.get("top", 0))


def _continues(run: Sequence[dict[str, Any]], word: dict[str, Any]) -> bool:
    """WORD is the next letter of RUN: a letter on the same baseline, in the same size, a
    spaced letter's or word's gap to the right of the run's last."""
    last = run[-1]
    text = str(word["text"])
    if not (_LETTER.match(text) or _LAST_LETTER.match(text)):
        return False
    size = _size(last)
    if size <= 0 or abs(_size(word) - size) > _SAME_BASELINE * size \
            or abs(float(word["bottom"]) - float(last["bottom"])) > _SAME_BASELINE * size:
        return False
    gap = float(word["x0"]) - float(last["x1"])
    return 0 < gap <= _RUN_GAP * size


def _spaced_words(run: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """RUN joined into its spaced words when its letters stand at one even spacing; else as it
    came (single letters that only happen to stand near each other)."""
    if len(run) < _MIN_LETTERS:
        return list(run)
    gaps = [float(b["x0"]) - float(a["x1"]) for a, b in itertools.pairwise(run)]
    letter = min(gaps)
    if letter > _LETTER_GAP * _size(run[0]):
        return list(run)
    if max(gaps) > _LONGEST_WORD_GAP * letter:  # a gap no spacing explains: two runs
        cuts = [i + 1 for i, gap in enumerate(gaps) if gap > _LONGEST_WORD_GAP * letter]
        return [w for start, end in zip([0, *cuts], [*cuts, len(run)], strict=True)
                for w in _spaced_words(run[start:end])]
    parts: list[list[dict[str, Any]]] = [[run[0]]]
    for gap, word in zip(gaps, run[1:], strict=True):
        if gap > _WORD_GAP * letter:
            parts.append([word])
        else:
            parts[-1].append(word)
    if max(len(p) for p in parts) < _MIN_LETTERS:
        return list(run)
    return [_one_word(part) for part in parts]


def _one_word(letters: Sequence[dict[str, Any]]) -> dict[str, Any]:
    if len(letters) == 1:
        return letters[0]
    chars = [c for w in letters for c in w.get("chars", ())]
    return letters[0] | {
        "text": "".join(str(w["text"]) for w in letters), "chars": chars,
        "x0": min(float(w["x0"]) for w in letters), "x1": max(float(w["x1"]) for w in letters),
        "top": min(float(w["top"]) for w in letters),
        "bottom": max(float(w["bottom"]) for w in letters)}
