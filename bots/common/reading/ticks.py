"""Options printed with boxes on a line: "[X] Negligence [ ] Gross negligence [ ] Fraud",
"Negligence [X] Fraud [ ]", "☒ Yes ☐ No", "(X) Fraud ( ) Negligence".

Forms and worksheets print every option of a field with a box and mark the one that applies; the
words of the line name every option, so only a ticked one may be read as the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ON = r"\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑■✓✔]"
_OFF = r"\[\s*\]|\(\s*\)|[☐□]"
_BOX = re.compile(rf"(?P<on>{_ON})|(?P<off>{_OFF})")


@dataclass(frozen=True)
class Option:
    """One boxed option: its words, where they stand on the line, and whether it is ticked."""

    words: str
    start: int
    ticked: bool


def boxed_options(line: str) -> list[Option] | None:
    """Every boxed option on LINE; None when the line prints no boxes at all.

    A box belongs to the words after it when words follow the last box ("Culpability [X]
    Negligence [ ] Fraud"), else to the words before it ("Yes [X] No [ ]")."""
    boxes = list(_BOX.finditer(line))
    if not boxes:
        return None
    before = bool(line[boxes[-1].end():].strip())
    options = []
    for index, box in enumerate(boxes):
        if before:
            start = box.end()
            end = boxes[index + 1].start() if index + 1 < len(boxes) else len(line)
        else:
            start = boxes[index - 1].end() if index > 0 else 0
            end = box.start()
        words = line[start:end]
        offset = len(words) - len(words.lstrip())
        options.append(Option(" ".join(words.split()), start + offset, box.group("on") is not None))
    return options


# A box drawn as a shape leaves only its mark in the text: "X Fraud", "Yes ✓ No".
_MARK_BEFORE = re.compile(r"(?:^|\s)[xX✓✔■☒☑]\s+$")


def marked(line: str, options: list[re.Match[str]]) -> list[re.Match[str]]:
    """The OPTIONS (matches on LINE) that a bare mark stands right before."""
    return [option for option in options if _MARK_BEFORE.search(line, 0, option.start())]
