"""A Yes/No pair of check boxes, however drawn: "[X] Yes [ ] No", "Yes [X] No [ ]", "☒ Yes ☐ No",
or a bare X printed inside a drawn box (the box itself has no text): the mark belongs to the
answer word nearest to it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradebots.pdf import Segment, Word

_ON = re.compile(r"^(?:\[\s*[xX✓✔]\s*\]|[xX]|☒|☑|■|✓|✔|✗|✘)$")
_OFF = re.compile(r"^(?:\[\s*\]|☐|□|\[|\])$")
_ANSWER = re.compile(r"^(yes|no)\b", re.I)


def question_choice(
    lines: Sequence[Sequence[Segment]], question: re.Pattern[str]
) -> tuple[bool, list[Word]] | None:
    """The answer ticked beside a printed question; the question and its boxes may wrap to
    the lines under it (a form cell shares its line with the next cell)."""
    for index, line in enumerate(lines):
        for at, asked in enumerate(line):
            text, below = asked.text, index + 1
            if not question.search(text) and below < len(lines):
                # A question wrapped in its cell: "... (19 CFR" / "174.22)?".
                rest = _under(lines[below], asked)
                if rest and rest[0].text.rstrip().endswith("?"):
                    text, below = f"{text} {rest[0].text}", below + 1
            if not question.search(text):
                continue
            words = [w for s in line[at + 1:] for w in s.words] if below == index + 1 else []
            if below < len(lines):
                under = _under(lines[below], asked)
                first = " ".join(s.text for s in under)
                if len(first) <= 40 and _ANSWER.search(re.sub(r"^\W*x?\W*", "", first,
                                                              flags=re.I)):
                    words.extend(w for s in under for w in s.words)
            answer = choice(words) if words else None
            if answer is not None:
                return answer, words
    return None


def _under(line: Sequence[Segment], asked: Segment) -> list[Segment]:
    """The segments of LINE that start within the horizontal span of ASKED."""
    return [s for s in line if asked.x0 - 6 <= s.x0 < asked.bbox[2]]


def choice(words: Sequence[Word]) -> bool | None:
    """True for a marked Yes, False for a marked No, None when neither or both is marked."""
    text = " ".join(w.text for w in words)
    # Typed forms also mark a box with parentheses: "(X) Yes ( ) No".
    text = re.sub(r"\(\s*([xX✓✔])\s*\)", r"[\1]", re.sub(r"\(\s+\)", "[]", text))
    text = re.sub(r"\[\s+\]", "[]", text)
    text = re.sub(r"\[\s*([xX✓✔])\s*\]", r"[X]", text)
    glyphs = re.findall(r"\[X\]|\[\]|[☒☑■☐□]", text)
    if glyphs:
        return _by_order(text)
    return _by_distance(words)


def boxes_in_text(text: str) -> bool | None:
    """The answer of a Yes/No pair printed with [X]/[ ] or ☒/☐ in running text, else None."""
    text = re.sub(r"\[\s*([xX✓✔])\s*\]", "[X]", re.sub(r"\[\s+\]", "[]", text))
    if not re.search(r"\[X\]|\[\]|[☒☑■☐□]", text):
        return None
    return _by_order(text)


def _by_order(text: str) -> bool | None:
    tokens = re.findall(r"\[X\]|\[\]|[☒☑■]|[☐□]|\byes\b|\bno\b", text, re.I)
    marks_first = bool(tokens) and tokens[0].lower() not in ("yes", "no")
    chosen: set[str] = set()
    for index, token in enumerate(tokens):
        if token not in ("[X]", "☒", "☑", "■"):
            continue
        neighbour = index + 1 if marks_first else index - 1
        if 0 <= neighbour < len(tokens) and tokens[neighbour].lower() in ("yes", "no"):
            chosen.add(tokens[neighbour].lower())
    return _answer(chosen)


def _by_distance(words: Sequence[Word]) -> bool | None:
    answers = [w for w in words if _ANSWER.match(w.text)]
    chosen: set[str] = set()
    for mark in (w for w in words if _ON.match(w.text)):
        if not answers:
            break
        nearest = min(answers, key=lambda a: min(abs(a.x0 - mark.x1), abs(mark.x0 - a.x1)))
        chosen.add(nearest.text[:3].lower().rstrip(".,:"))
    return _answer(chosen)


def _answer(chosen: set[str]) -> bool | None:
    if len(chosen) != 1:
        return None
    return chosen == {"yes"}
