"""A form whose captions are printed UNDER the typed lines they name (a carbon set, an importer's
own paper form): each value stands on the line above its caption, in its column (19 CFR
174.13(a)(1)-(a)(9), 174.22, 174.24)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bots.common.reading.caption_rows import in_column
from bots.common.reading.dates import parse_date
from bots.common.reading.parties import US_ADDRESS
from bots.common.reading.signature import is_person
from bots.protest_intake.extract_entries import ENTRY_IN_TEXT
from bots.protest_intake.extract_fields import INFERRED, Fields, category_of, importer_number_in
from bots.protest_intake.extract_grid import grid_key
from bots.protest_intake.extract_stacked import STACKED, value_under
from tradebots.facts import Extracted
from tradebots.pdf.words import Segment, evidence_of

Line = Sequence[Segment]

_COLUMN = 6.0  # points: a value starts this close to its caption's left edge
_REACH = 2.5  # caption heights: a value's line stands at most this far above its caption
_WRAP_GAP = 0.6  # line heights: a wrapped value's lines stand this close to one another
_WRAPPED = 3  # lines: a neighbour's value wrapped under the row pushes it this far up at most
_JITTER = 0.5  # points: one type size measured on two lines
_LEAST_VOTES = 2  # values whose shape places their captions under them, to read the form so
# Captions the field readers do not name but a form prints under its lines: they make a row of
# captions a row all the same, and some name what is read here.
_OBJECTION = "objection_text"
_ACCELERATED = "accelerated_disposition"
_FURTHER = "further_review_requested"
_DRAWBACK = "drawback_declaration"  # "Subject to drawback (Y/N)" answered "No": 174.13(a)(9)
_ENTRY, _DATE = "entry", "date"
_MORE_CAPTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), key) for pattern, key in (
        (r"(?:nature\s+of\s+(?:and\s+)?|justification\s+for\s+|statement\s+of\s+"
         r"|grounds?\s+for\s+(?:the\s+)?|reasons?\s+for\s+(?:the\s+)?)(?:[\w\s]{0,30}\s)?"
         r"(?:objection|protest)s?", _OBJECTION),
        (r"accelerated\s+disposition(?:\s+requested)?\??", _ACCELERATED),
        (r"(?:application\s+for\s+|request\s+for\s+)?further\s+review(?:\s+requested)?\??",
         _FURTHER),
        (r"(?:(?:entr(?:y|ies)\s+)?subject\s+to\s+drawback|drawback\s+(?:entry|entries|claim)"
         r"(?:\s+(?:made|filed))?)\??", _DRAWBACK),
        (r"(?:printed|typed)\s+name(?:\s+of\s+signer)?|name\s+of\s+signer|signer'?s\s+name",
         "signer_name"),
        (r"entry\s+(?:number|no\.?|#)", _ENTRY),
        (r"date\s+(?:of\s+)?(?:entry|liquidation|decision|signed|signature)"
         r"(?:\s+or\s+(?:of\s+)?(?:decision|liquidation))?|date|title|(?:liquidation|entry)\s+date"
         r"|declaration\s+regarding\s+drawback|drawback(?:\s+declaration)?", _DATE),
    ))
_NOTE = re.compile(r"\s*\([^)]*\)\s*")  # "(mm/dd/yyyy)", "(19 CFR 174.22)": a caption's own note
_YES_NO = re.compile(r"^\W*(yes|no)\W*$", re.I)
_SIGNED = re.compile(r"^\s*/s/\s*", re.I)
_ADDRESS_END = re.compile(rf"(?:{US_ADDRESS})\s*$")
_PORT = re.compile(r"^\s*\d{4}\s*$")
# 174.13(a) items by the field that answers them.
_ITEMS = {"protestant_name": 1, "importer_number": 2, "merchandise_description": 5}
# A blank line over these captions is the sender's blank: what another reader took for them was
# the next caption or a heading. A code, number or date left blank may stand in a stamp instead;
# the objection's caption is left out: a sender may print it as a heading over its paragraph.
_BLANK_IS_BLANK = frozenset({"protestant_name", "protestant_address", "merchandise_description",
                             "signer_name"})


@dataclass(frozen=True)
class Under:
    """What a captions-under form said: each field whose caption was found, read or left blank."""

    read: dict[str, Extracted | None]

    def vouched(self) -> frozenset[int]:
        """The 174.13(a) items whose captions the form prints: read or left blank, each is
        placed, so a blank one is absent, not unread."""
        return frozenset(item for key, item in _ITEMS.items() if key in self.read)

    def restore(self, fields: Fields) -> None:
        """The form's own captions decide: a value another reader took from the wrong line (the
        next caption, a heading under a blank line) gives way to what stands over its caption."""
        for key, item in self.read.items():
            if item is not None:
                fields.items[key] = item
                if key == _OBJECTION:  # read over its own caption: no guess at which paragraph
                    fields.items.pop(INFERRED[6], None)
            elif key in _BLANK_IS_BLANK:
                fields.items.pop(key, None)


def read_captions_under(lines: Sequence[Line], fields: Fields) -> Under | None:
    """The form's values read over their captions when the values' shapes show the captions are
    printed under them (a port code, an importer number, a date, an entry number above its
    caption, not below); None for any other layout."""
    rows = [index for index, line in enumerate(lines) if _caption_row(line)]
    if _votes(lines, rows) < _LEAST_VOTES:
        return None
    read: dict[str, Extracted | None] = {}
    for index in rows:
        above = _value_line(lines, index, rows)
        for caption in lines[index]:
            key = _key(caption.text)
            if not key or key in (_ENTRY, _DATE):
                continue
            at = _column_above(caption, lines, above, rows)
            cells = in_column(caption, lines[at], _COLUMN)[:1] if at is not None else []
            item = _item(key, caption, cells, lines, at, rows)
            if item is None or item.value is None:
                read.setdefault(key, None)
            elif key == "protestant_address" and (first := read.get(key)) is not None:
                # Street and city typed side by side under two captions are one address.
                read[key] = Extracted(f"{first.value}, {item.value}", first.evidence,
                                      first.confidence)
            elif read.get(key) is None:
                read[key] = item
    for key, item in read.items():
        if item is not None:
            fields.put(key, item.value, item.evidence, item.confidence)
    return Under(read)


def _item(key: str, caption: Segment, cells: list[Segment], lines: Sequence[Line],
          above: int | None, rows: list[int]) -> Extracted | None:
    """The value of KEY over CAPTION, or None when the line over it is blank."""
    if not cells or above is None:
        return None
    cell = cells[0]
    text = cell.text.strip()
    value: object
    if key in ("merchandise_description", _OBJECTION):
        run = _run_up(caption, lines, above, rows)
        text = " ".join(c.text.strip() for c in run)
        words = [w for c in run for w in c.words]
        return Extracted(text or None, evidence_of(words), STACKED)
    if key in (_ACCELERATED, _FURTHER, _DRAWBACK):
        answer = _YES_NO.match(text)
        value = None if answer is None else answer.group(1).lower() == "yes"
    elif key == "signer_name":
        name = _SIGNED.sub("", text)
        value = name if is_person(name) else None
    elif key == "category":
        value = category_of(text)
    elif key == "port_code":
        value = text if _PORT.match(text) else None
    else:
        value = value_under(key, text)
    return Extracted(value, evidence_of(cell.words), STACKED)


def _run_up(caption: Segment, lines: Sequence[Line], above: int, rows: list[int]) -> list[Segment]:
    """A value's lines over its caption, up to the row of captions before it: a paragraph set
    close, each line starting at the caption's left edge."""
    run = in_column(caption, lines[above], _COLUMN)[:1]
    for index in range(above - 1, -1, -1):
        if index in rows or not run:
            break
        more = in_column(caption, lines[index], _COLUMN)[:1]
        # A heading over the value (set in another size, or in capitals over typed words) is
        # no line of it.
        if len(lines[index]) != 1 or not more \
                or run[0].top - more[0].bottom > _WRAP_GAP * more[0].height \
                or abs(more[0].height - run[0].height) > _JITTER \
                or (more[0].text.isupper() and not run[0].text.isupper()):
            break
        run.insert(0, more[0])
    return run


def _column_above(caption: Segment, lines: Sequence[Line], above: int | None,
                  rows: list[int]) -> int | None:
    """The line of CAPTION's value: the nearest over it holding a cell in its column, from the
    row of values just over the captions up a few lines (a neighbour's value may wrap under it)."""
    if above is None:
        return None
    for index in range(above, max(above - _WRAPPED, -1), -1):
        if index in rows:
            return None
        if in_column(caption, lines[index], _COLUMN):
            return index
    return None


def _value_line(lines: Sequence[Line], index: int, rows: list[int]) -> int | None:
    """The line just over a row of captions, when it is a line of values (not captions) set
    within reach of them."""
    above = index - 1
    if above < 0 or above in rows or not lines[above] or not lines[index]:
        return None
    gap = lines[index][0].top - max(s.bottom for s in lines[above])
    return above if 0.0 <= gap <= _REACH * lines[index][0].height else None


def _votes(lines: Sequence[Line], rows: list[int]) -> int:
    """How many more captions have a value of their own shape over them than under them."""
    over = under = 0
    for index in rows:
        above = _value_line(lines, index, rows)
        below = index + 1 if index + 1 < len(lines) and index + 1 not in rows else None
        for caption in lines[index]:
            key = _key(caption.text)
            for line, side in ((_column_above(caption, lines, above, rows), 1), (below, -1)):
                cells = in_column(caption, lines[line], _COLUMN)[:1] if line is not None else []
                if cells and _fits(key, cells[0].text.strip()):
                    if side > 0:
                        under += 1
                    else:
                        over += 1
    return under - over


def _fits(key: str | None, text: str) -> bool:
    """Whether TEXT has the shape of KEY's value (for the keys a shape tells)."""
    if key == "port_code":
        return bool(_PORT.match(text))
    if key == "importer_number":
        return importer_number_in(text) is not None and len(text) <= 16
    if key == _ENTRY:
        return bool(ENTRY_IN_TEXT.fullmatch(text.strip()))
    if key in (_DATE, "received_date"):
        return parse_date(text) is not None
    if key == "protestant_address":
        return bool(_ADDRESS_END.search(text))
    return False


# A box's number before its caption: "9.", "10.", "3a.", "7.1b".
_BOX_LEAD = re.compile(r"^\d{1,2}(?:\.\d)?[a-z]?\.?\s+")


def _caption_row(line: Line) -> bool:
    """A line of captions only, at least one naming a field."""
    keys = [_key(segment.text) for segment in line]
    return bool(line) and None not in keys and any(keys)


def _key(text: str) -> str | None:
    """The field a caption printed under a line names; "" for a caption naming none read here."""
    key = grid_key(text)
    if key:
        return key
    # (a box's number and note are no part of its caption: "11. SUBJECT TO DRAWBACK (Y/N)")
    bare = _NOTE.sub(" ", text).strip().rstrip(":").strip()
    bare = _BOX_LEAD.sub("", bare)
    for pattern, name in _MORE_CAPTIONS:
        if pattern.fullmatch(bare):
            return name
    return key if key is not None else grid_key(bare)
