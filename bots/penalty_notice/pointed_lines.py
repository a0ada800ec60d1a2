"""Lines whose caption is tied to its value by an arrow, rewritten as "caption: value".

A form printed with its labels right of the values points back at each value ("43-4837468 <-
IOR No."), a summary points from the caption to the value ("IOR No. -> 43-4837468"). A caption
too long for its column wraps on to the next line, alone in the caption's column ("<- Date of
first" over "violation"): that line is the caption's. Every labelled-line reader then reads them.
Without an arrow, a line of a value and a caption right of it ("43-4837468    IOR No.") is one
only when the caption names what the value is (CAPTIONS says) and nothing under the caption
is such a value (a caption over its box in the next column). A value alone on its line with
its caption alone right under it (a form's fill-in line, "43-4837468" over "IOR No.") is one
too, unless a caption of the same field stands over the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bots.common.reading.pointers import BACK_MARK, FORTH_MARK
from tradebots.pdf import Segment, Word

_BACK = re.compile(BACK_MARK)
_FORTH = re.compile(FORTH_MARK)
_COLUMN = 4.0  # points: a wrapped caption's line starts under the caption, give or take
_UNDER = 1.5  # value heights: how far under its value a caption printed below it may stand


Captions = Callable[[str, str], bool]  # (value, caption): the caption names that value


def _is_pointer(text: str) -> bool:
    """Whether a word is an arrow tying a caption to its value, either way."""
    return bool(_BACK.fullmatch(text) or _FORTH.fullmatch(text))


def pointed_lines(lines: Sequence[Sequence[Segment]],
                  captions: Captions | None = None) -> list[list[Segment]]:
    """LINES with each pointed "value <- caption" or "caption -> value" (or, as CAPTIONS tells,
    "value  caption") as "caption: value"."""
    out: list[list[Segment]] = []
    index = 0
    paired = False  # the line before is a caption already read under its value
    while index < len(lines):
        words = [w for s in lines[index] for w in s.words]
        at = next((i for i, w in enumerate(words) if _is_pointer(w.text)), None)
        below = _captioned_below(lines, index, captions, paired) if at is None and captions \
            else []
        if below:
            out.extend([Segment((*_captioned(list(caption.words)), *value.words))]
                       for value, caption in below)
            index, paired = index + 2, True
            continue
        index, paired = index + 1, False
        if at is None and captions is not None and _captioned_after(lines, index - 1, captions):
            value, caption = lines[index - 1]
            out.append([Segment((*_captioned(list(caption.words)), *value.words))])
            continue
        if at is None or at == 0 or at == len(words) - 1:
            out.append(list(lines[index - 1]))
            continue
        before, after = words[:at], words[at + 1:]
        if _FORTH.fullmatch(words[at].text):
            out.append([Segment((*_captioned(before), *after))])
            continue
        while index < len(lines) and _continues(words[at:], lines[index]):
            after += [w for s in lines[index] for w in s.words]
            index += 1
        out.append([Segment((*_captioned(after), *before))])
    return out


def _captioned_after(lines: Sequence[Sequence[Segment]], index: int, captions: Captions) -> bool:
    """Whether line INDEX is a value and its caption right of it, no such value under it."""
    if len(lines[index]) != 2:
        return False
    value, caption = lines[index]
    if not captions(value.text, caption.text):
        return False
    under = lines[index + 1] if index + 1 < len(lines) else []
    return not any(_overlap(s, caption) and captions(s.text, caption.text) for s in under)


def _captioned_below(lines: Sequence[Sequence[Segment]], index: int, captions: Captions,
                     paired: bool) -> list[tuple[Segment, Segment]]:
    """(value, caption) for each value of line INDEX whose caption stands right under it on the
    next line (a form's fill-in lines, one or several side by side, captioned below); none when
    a value has no such caption, or a caption of the same field stands over it, as a caption
    printed over its value does."""
    if index + 1 >= len(lines) or not lines[index] or len(lines[index]) != len(lines[index + 1]):
        return []
    above = lines[index - 1] if index > 0 and not paired else []
    pairs = list(zip(sorted(lines[index], key=lambda s: s.x0),
                     sorted(lines[index + 1], key=lambda s: s.x0), strict=True))
    for value, caption in pairs:
        if (value.page != caption.page or not captions(value.text, caption.text)
                or caption.top - value.bottom > _UNDER * value.height
                or not _overlap(value, caption)
                or any(_overlap(value, s) and captions(value.text, s.text) for s in above)
                or _heads_value_below(lines, index + 1, caption, captions)):
            return []
    return pairs


def _heads_value_below(lines: Sequence[Sequence[Segment]], index: int, caption: Segment,
                       captions: Captions) -> bool:
    """Whether CAPTION (on line INDEX) is printed over a value of its field that has no caption
    under it of its own: a caption over its value ("May 20, 2025" / "Date of violation" /
    "February 14, 2023"), not a value's caption below it."""
    if index + 1 >= len(lines):
        return False
    named = [s for s in lines[index + 1] if _overlap(s, caption) and captions(s.text, caption.text)]
    under = lines[index + 2] if index + 2 < len(lines) else []
    return any(not any(_overlap(value, s) and captions(value.text, s.text) for s in under)
               for value in named)


def _overlap(one: Segment, other: Segment) -> bool:
    return min(one.bbox[2], other.bbox[2]) > max(one.x0, other.x0)


def _captioned(caption: list[Word]) -> list[Word]:
    """The caption's words, the last ending in a colon."""
    last = caption[-1]
    return [*caption[:-1], last if last.text.endswith(":") else replace(last, text=last.text + ":")]


def _continues(caption: list[Word], line: Sequence[Segment]) -> bool:
    """Whether LINE is the CAPTION's wrapped rest (CAPTION from its arrow on): on the same page,
    right under it, nothing printed left of the arrow and no arrow of its own."""
    words = [w for s in line for w in s.words]
    return bool(words) and words[0].page == caption[0].page \
        and all(w.x0 >= caption[0].x0 - _COLUMN and not _is_pointer(w.text) for w in words) \
        and words[0].top - caption[-1].bottom < 2 * caption[-1].height
