"""A summary typed as two columns with no colons and no rules ("Requester" beside "X LLC",
"Importer no." beside "26-6685667", one pair to a line): each row is read as the "key: value"
line a letter would type, the colon a form prints after its key added."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bots.ruling_triage.captions import is_caption
from tradebots.pdf import Segment

# A key: a few words from a capital, no colon or sentence stop of its own ("Port(s)", "Importer
# no.", "Proposed HTS").
_KEY = re.compile(r"[A-Z][\w .'/#()&-]{0,28}")
_MOST_KEY_WORDS = 4
_LEAST_ROWS = 3  # two pairs may be anything; three stacked at two edges are a table's rows
_EDGE = 2.0  # points: the keys, and the values, start at one left edge, give or take
_LEAST_GAP = 12.0  # points between a key and its value: a column's gap, no word space


def _pair(line: Sequence[Segment]) -> bool:
    if len(line) != 2:
        return False
    key, value = line
    return (len(key.words) <= _MOST_KEY_WORDS and _KEY.fullmatch(key.text) is not None
            and not key.text.endswith(":") and value.x0 - key.words[-1].x1 >= _LEAST_GAP)


def _same_edges(first: Sequence[Segment], line: Sequence[Segment]) -> bool:
    """Whether LINE's two cells start at the edges of FIRST's, the run's first row."""
    return (abs(first[0].x0 - line[0].x0) <= _EDGE
            and abs(first[1].x0 - line[1].x0) <= _EDGE)


def _continues(first: Sequence[Segment], line: Sequence[Segment]) -> bool:
    """Whether LINE is a value's further line under the values of the run FIRST opens
    ("Newark, NJ 07114")."""
    return len(line) == 1 and abs(first[1].x0 - line[0].x0) <= _EDGE


def _piped(line: Sequence[Segment]) -> int | None:
    """Where the bar stands among the words of LINE, a "Key | Value" row typed on one line
    ("Importer number | 58-6801204"); None for any other line."""
    if len(line) != 1:
        return None
    words = line[0].words
    bars = [at for at, word in enumerate(words) if word.text == "|"]
    if len(bars) != 1 or not 0 < bars[0] <= _MOST_KEY_WORDS or bars[0] == len(words) - 1:
        return None
    key = " ".join(word.text for word in words[:bars[0]])
    return bars[0] if _KEY.fullmatch(key) and not key.endswith(":") else None


def piped_keys(lines: Sequence[list[Segment]]) -> list[list[Segment]]:
    """LINES (one page's) with each row of a run of three or more "Key | Value" lines whose keys
    include a requester's caption read as the "Key: Value" line a letter would type (a slide or
    a plain-text summary draws its table's column rule as a bar); other lines as they are."""
    out = [list(line) for line in lines]
    run: list[tuple[int, int]] = []
    for index in [*range(len(out)), len(out)]:
        bar = _piped(out[index]) if index < len(out) else None
        if bar is not None:
            run.append((index, bar))
            continue
        keys = [" ".join(w.text for w in out[at][0].words[:bar_at]) for at, bar_at in run]
        if len(run) >= _LEAST_ROWS and any(is_caption(key) for key in keys):
            for at, bar_at in run:
                words = out[at][0].words
                # The key's colon takes the bar's place, as a typed colon closes up to its key.
                last = replace(words[bar_at - 1], text=words[bar_at - 1].text + ":",
                               x1=words[bar_at].x1)
                out[at] = [Segment((*words[:bar_at - 1], last, *words[bar_at + 1:]))]
        run = []
    return out


def colon_keys(lines: Sequence[list[Segment]]) -> list[list[Segment]]:
    """LINES (one page's) with each row of a two-column table of three or more rows whose keys
    include a requester's caption ("Requester", "Importer no.") read as one "key: value" line;
    a value's further line under it stays as it is; other lines as they are."""
    out = [list(line) for line in lines]
    run: list[int] = []  # the rows' lines, a value's further lines left out
    for index in [*range(len(out)), len(out)]:
        line = out[index] if index < len(out) else []
        if line and _pair(line) and (not run or _same_edges(out[run[0]], line)):
            run.append(index)
            continue
        if line and run and _continues(out[run[0]], line):
            continue
        if line and run and len(line) == 2 and _same_edges(out[run[0]], line):
            # A row of the same columns whose key is no caption ("Sample enclosed?"): a form's
            # grid, which its own reader pairs whole; none of its rows is rewritten.
            run = []
        # A grid of captions over their values ("Cust. | Addr." over "X LLC | 12 Pier Road")
        # has a caption in its right column too: its rows are no key and value.
        if (len(run) >= _LEAST_ROWS and any(is_caption(out[at][0].text) for at in run)
                and not any(is_caption(out[at][1].text) for at in run)):
            for at in run:
                key, value = out[at]
                last = replace(key.words[-1], text=key.words[-1].text + ":")
                out[at] = [Segment((*key.words[:-1], last, *value.words))]
        run = [index] if line and _pair(line) else []
    return out
