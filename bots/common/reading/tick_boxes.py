"""Tick boxes however a sender prints them, for every bot: typed ("[X] Yes [ ] No", "(x) Fraud",
"☒ Negligence ☐ Fraud"), or drawn as small squares with a mark or a fill inside. Domain-free: the
bots decide which question or option means which field; this module says which box is marked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tradebots.pdf import PdfDocument, Segment, Word

# One vocabulary of marks. A typed box is "[X]" or "(X)"; a glyph box prints its own state.
# A bare "x" is a mark only where its place says so (a word or cell of its own, or right before
# an option): in running text it is a letter, so each reader below admits it only there.
_TICK = "[xX✓✔]"
TICKED_GLYPHS = "☒☑■"
EMPTY_GLYPHS = "☐□"
_ON = rf"\[\s*{_TICK}\s*\]|\(\s*{_TICK}\s*\)|[{TICKED_GLYPHS}✓✔]"
_OFF = rf"\[\s*\]|\(\s*\)|[{EMPTY_GLYPHS}]"
_BOX = re.compile(rf"(?P<on>{_ON})|(?P<off>{_OFF})")
# One typed or glyph box, ticked or empty, for a pattern to place: "[X]", "[ ]", "(x)", "( )", "☒".
TYPED_BOX = rf"\[\s*{_TICK}?\s*\]|\(\s*{_TICK}?\s*\)|[{TICKED_GLYPHS}{EMPTY_GLYPHS}]"
# A box typed and left blank: "[ ]", "( )", "☐".
EMPTY_BOX = _OFF
# A box drawn as a shape leaves only its mark in the text: "X Fraud", "Yes ✓ No".
_BARE_MARK = f"[xX✓✔{TICKED_GLYPHS}]"
_MARK_BEFORE = re.compile(rf"(?:^|\s){_BARE_MARK}\s+$")
# A word that is only a mark: what a drawn box's tick leaves among the words of its line.
_ON_WORD = re.compile(rf"^(?:\[\s*{_TICK}\s*\]|[xX]|[{TICKED_GLYPHS}]|✓|✔|✗|✘)$")
_ANSWER = re.compile(r"^(yes|no)\b", re.I)


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


def marked(line: str, options: list[re.Match[str]]) -> list[re.Match[str]]:
    """The OPTIONS (matches on LINE) that a bare mark stands right before."""
    return [option for option in options if _MARK_BEFORE.search(line, 0, option.start())]


# A mark that fills a whole cell ("X", "[X]", "☒"), and one that leads a cell's caption.
MARK_CELL = re.compile(rf"\s*(?:\[\s*{_TICK}\s*\]|[xX✓✔☒■])\s*$")
LEAD_MARK = re.compile(rf"\s*(?:\[\s*{_TICK}\s*\]|[☒■✓✔]|[xX](?=\s))\s*")
LEAD_EMPTY = re.compile(rf"\s*(?:\[\s*\]|[{EMPTY_GLYPHS}])\s*")


def yes_no_choice(words: Sequence[Word]) -> bool | None:
    """True for a marked Yes, False for a marked No, None when neither or both is marked.

    Typed boxes belong to the answer they stand beside in reading order; a bare mark (all a
    drawn box leaves in the text) belongs to the answer nearest to it on the page."""
    text = _bracketed(" ".join(w.text for w in words))
    if _TYPED_BOX.search(text):
        return _by_order(text)
    return _by_distance(words)


_TYPED_BOX = re.compile(rf"\[\s*{_TICK}\s*\]|\[\s*\]|[{TICKED_GLYPHS}{EMPTY_GLYPHS}]")


def _bracketed(text: str) -> str:
    """Typed forms also mark a box with parentheses: "(X) Yes ( ) No" reads as "[X] Yes [] No"."""
    return re.sub(rf"\(\s*({_TICK})\s*\)", r"[\1]", re.sub(r"\(\s+\)", "[]", text))


def prints_boxes(text: str) -> bool:
    """Whether TEXT prints typed or glyph boxes ("[X]", "[ ]", "(X)", "( )", "☒", "☐")."""
    return bool(_TYPED_BOX.search(_bracketed(text)))


def yes_no_in_text(text: str) -> bool | None:
    """The answer of a Yes/No pair printed with [X]/[ ], (X)/( ) or ☒/☐ in running text, else
    None (no boxes, none ticked or both)."""
    text = _bracketed(text)
    if not _TYPED_BOX.search(text):
        return None
    return _by_order(text)


def _by_order(text: str) -> bool | None:
    text = re.sub(rf"\[\s*{_TICK}\s*\]", "[X]", re.sub(r"\[\s+\]", "[]", text))
    tokens = re.findall(rf"\[X\]|\[\]|[{TICKED_GLYPHS}]|[{EMPTY_GLYPHS}]|\byes\b|\bno\b", text,
                        re.I)
    marks_first = bool(tokens) and tokens[0].lower() not in ("yes", "no")
    chosen: set[str] = set()
    for index, token in enumerate(tokens):
        if token != "[X]" and token not in TICKED_GLYPHS:
            continue
        neighbour = index + 1 if marks_first else index - 1
        if 0 <= neighbour < len(tokens) and tokens[neighbour].lower() in ("yes", "no"):
            chosen.add(tokens[neighbour].lower())
    return _one_answer(chosen)


def _by_distance(words: Sequence[Word]) -> bool | None:
    answers = [w for w in words if _ANSWER.match(w.text)]
    chosen: set[str] = set()
    for mark in (w for w in words if _ON_WORD.match(w.text)):
        if not answers:
            break
        nearest = min(answers, key=lambda a: min(abs(a.x0 - mark.x1), abs(mark.x0 - a.x1)))
        chosen.add(nearest.text[:3].lower().rstrip(".,:"))
    return _one_answer(chosen)


def _one_answer(chosen: set[str]) -> bool | None:
    return chosen == {"yes"} if len(chosen) == 1 else None


def marked_caption(line: Sequence[Segment]) -> Segment | None:
    """The caption a lone mark on LINE stands beside ("Appraised value  Classification  X
    Liquidation": a form field's tick or a drawn box's cross, all the text keeps of the box,
    alone or run into its caption); None with no mark, several marks, or a mark about as near
    to two captions."""
    marks: list[Word] = []
    captions: list[Segment] = []
    for segment in line:
        words = list(segment.words)
        while words and _ON_WORD.match(words[0].text):
            marks.append(words.pop(0))
        while words and _ON_WORD.match(words[-1].text):
            marks.append(words.pop())
        if words:
            captions.append(Segment(tuple(words)))
    if len(marks) != 1 or len(captions) < 2:
        return None
    mark = marks[0]
    gaps = sorted((max(c.x0 - mark.x1, mark.x0 - c.bbox[2], 0.0), index)
                  for index, c in enumerate(captions))
    if gaps[1][0] < 1.6 * gaps[0][0] + 2:
        return None
    return captions[gaps[0][1]]


def question_choice(
    lines: Sequence[Sequence[Segment]], question: re.Pattern[str]
) -> tuple[bool, list[Word]] | None:
    """The Yes/No ticked beside a printed QUESTION, with the words it was read from; the
    question and its boxes may wrap to the lines under it (a form cell shares its line)."""
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
            answer = yes_no_choice(words) if words else None
            if answer is not None:
                return answer, words
    return None


def _under(line: Sequence[Segment], asked: Segment) -> list[Segment]:
    """The segments of LINE that start within the horizontal span of ASKED."""
    return [s for s in line if asked.x0 - 6 <= s.x0 < asked.bbox[2]]


_SIDE = (6.0, 16.0)  # points: a check box's side
_SQUARE = 3.0  # points: how far its width and height may differ
_DRAWN_MARKS = frozenset({"x", "✓", "✔", "☒", "☑"})

BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class DrawnBox:
    """A box drawn as a small square: where it is, whether a mark or a fill ticks it, the words
    printed on its line after it, and the line's whole text (the question it answers)."""

    page: int
    bbox: BBox
    ticked: bool
    after: tuple[Word, ...]
    line: str


def drawn_boxes(document: PdfDocument) -> tuple[DrawnBox, ...]:
    """Every drawn check box in the document (rectangles or curves), in reading order; found
    once per document, however many readers ask."""
    return document.derived(_find_drawn_boxes)


def _find_drawn_boxes(document: PdfDocument) -> tuple[DrawnBox, ...]:
    found: list[DrawnBox] = []
    for number in document.page_numbers:
        page = document.page(number)
        words = document.words(number)
        drawn = (*page.rects, *page.curves, *page.lines)
        squares = [s for s in (*page.rects, *page.curves) if _is_box(s)]
        # A square drawn inside a larger one is its mark (a tick's curve, an inner square).
        shapes = [s for s in squares if not any(_nested(s, _bbox(o)) for o in squares)]
        # A flattened form's check appearance is a Zapf Dingbats glyph (check, cross, dot,
        # square), whose decoded letter says nothing: the font says it is a mark.
        dingbats = [c for c in page.chars if _DINGBATS.search(str(c.get("fontname", "")))]
        for shape in sorted(shapes, key=lambda s: (round(s["top"]), s["x0"])):
            box = _bbox(shape)
            inside = [w for w in words if _centre_in(w, box)]
            line = sorted((w for w in words if _same_line(w, box)), key=lambda w: w.x0)
            after = [w for w in line if w.x0 >= box[2] - 1 and w not in inside]
            ticked = (any(w.text.lower() in _DRAWN_MARKS for w in inside) or _filled(shape)
                      or any(_drawn_mark(s, box) for s in drawn if s is not shape)
                      or any(_centre_of_char_in(c, box) for c in dingbats))
            found.append(DrawnBox(number, box, ticked, tuple(after),
                                  " ".join(w.text for w in line)))
    return tuple(found)


def drawn_answer(boxes: Sequence[DrawnBox]) -> bool | None:
    """The answer of the drawn boxes on one question's line: a "Yes"/"No" pair by the word after
    its one ticked box, a lone box by whether it is ticked; None when that is not clear."""
    answered = [b for b in boxes if b.after and _ANSWER.match(b.after[0].text)]
    last = max(boxes, key=lambda b: b.bbox[0], default=None)
    if answered and last is not None and last not in answered:
        # "Yes [ ] No [X]": boxes after their answers, so the word after a box is the next
        # answer's; the shared question reader owns each box by its nearest answer instead.
        return None
    if answered:
        ticked = [b for b in answered if b.ticked]
        if len(ticked) != 1:
            return None
        match = _ANSWER.match(ticked[0].after[0].text)
        return match is not None and match.group(1).lower() == "yes"
    if len(boxes) == 1:
        return boxes[0].ticked
    return None


def box_captions(boxes: Sequence[DrawnBox]) -> list[list[tuple[DrawnBox, tuple[Word, ...]]]]:
    """The drawn boxes line by line, each with its caption: the words after it up to the next
    box of its line ("[#] Negligence [ ] Gross negligence [ ] Fraud" drawn as squares)."""
    lines: dict[tuple[int, float], list[DrawnBox]] = {}
    for box in boxes:
        lines.setdefault((box.page, round(box.bbox[1])), []).append(box)
    found = []
    for line in lines.values():
        line.sort(key=lambda b: b.bbox[0])
        ends = [b.bbox[0] for b in line[1:]] + [float("inf")]
        found.append([(b, tuple(w for w in b.after if w.x1 <= end))
                      for b, end in zip(line, ends, strict=True)])
    return found


def box_before(boxes: Sequence[DrawnBox], page: int, x0: float, top: float, bottom: float,
               reach: float) -> DrawnBox | None:
    """The drawn box that stands just before a caption starting at X0 on that line (its right
    edge at most REACH points before it), or None."""
    near = [b for b in boxes if b.page == page and b.bbox[2] <= x0 + 1 and x0 - b.bbox[2] <= reach
            and min(bottom, b.bbox[3]) - max(top, b.bbox[1]) > 0]
    return max(near, key=lambda b: b.bbox[2]) if near else None


def _is_box(shape: dict[str, Any]) -> bool:
    width = float(shape["x1"]) - float(shape["x0"])
    height = float(shape["bottom"]) - float(shape["top"])
    return (_SIDE[0] <= width <= _SIDE[1] and _SIDE[0] <= height <= _SIDE[1]
            and abs(width - height) <= _SQUARE)


def _centre_in(word: Word, box: BBox) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _same_line(word: Word, box: BBox) -> bool:
    return min(word.bottom, box[3]) - max(word.top, box[1]) > 0.5 * (box[3] - box[1])


def _bbox(shape: dict[str, Any]) -> BBox:
    return (float(shape["x0"]), float(shape["top"]), float(shape["x1"]), float(shape["bottom"]))


_DINGBATS = re.compile(r"(?i)dingbat|zadb")


def _centre_of_char_in(char: dict[str, Any], box: BBox) -> bool:
    x = (float(char["x0"]) + float(char["x1"])) / 2
    y = (float(char["top"]) + float(char["bottom"])) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _nested(shape: dict[str, Any], box: BBox) -> bool:
    """Whether SHAPE lies within BOX, smaller than it and centred in it, and is no speck."""
    x0, top, x1, bottom = (float(shape[k]) for k in ("x0", "top", "x1", "bottom"))
    width, height, side = x1 - x0, bottom - top, box[2] - box[0]
    if max(width, height) >= side - 1 or max(width, height) < 0.25 * side:
        return False
    within = (box[0] - 0.5 <= x0 and x1 <= box[2] + 0.5 and box[1] - 0.5 <= top
              and bottom <= box[3] + 0.5)
    return within and box[0] <= (x0 + x1) / 2 <= box[2] and box[1] <= (top + bottom) / 2 <= box[3]


def _drawn_mark(shape: dict[str, Any], box: BBox) -> bool:
    """A mark drawn inside BOX rather than typed: a tick or cross of strokes (lines, a curve) or
    a filled dot or square, dark; a frame drawn inside the frame (a bevelled box) or a white
    inset (a field's background) is no mark."""
    if not _nested(shape, box):
        return False
    if _filled(shape):
        return True
    if shape.get("object_type") == "rect":
        return False  # an unfilled frame inside the frame
    return bool(shape.get("stroke", True)) and _dark(shape.get("stroking_color"))


def _dark(colour: Any) -> bool:
    """Whether a pdfplumber colour (gray, RGB or CMYK tuple, or a bare number) is not white-ish;
    CMYK is dark when any ink is laid down."""
    values = colour if isinstance(colour, (list, tuple)) else (colour,)
    numbers = [float(v) for v in values if isinstance(v, (int, float))]
    if not numbers:
        return colour is None  # no colour set: the PDF default, black
    if len(numbers) == 4:
        return any(v > 0.5 for v in numbers)
    return any(v < 0.5 for v in numbers)


def _filled(shape: dict[str, Any]) -> bool:
    """A box painted in (a fill that is not white)."""
    if not shape.get("fill"):
        return False
    colour = shape.get("non_stroking_color")
    values = colour if isinstance(colour, (list, tuple)) else (colour,)
    return any(v is not None and float(v) < 0.5 for v in values)
