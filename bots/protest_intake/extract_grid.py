"""A summary sheet's caption grid: a row of captions side by side ("Port   Protestant"), each
value printed under its own caption on the next line; the goods or an address may wrap on to
the lines below in their column, the protestant's address may follow its name there, a
signature box holds the signer's name and a decision box the decision protested (19 CFR
174.13(a)(1), (a)(2), (a)(5), 174.13(b), 19 U.S.C. 1514(a))."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.caption_rows import column_run, in_column, is_caption_row
from bots.common.reading.parties import US_ADDRESS
from bots.common.reading.signature import is_person
from bots.protest_intake.extract_fields import Fields, category_of
from bots.protest_intake.extract_stacked import (
    STACKED,
    UNREAD_CAPTION,
    caption_of,
    labelled_line,
    value_under,
)
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf.words import Segment, evidence_of

_NOTE_ONLY = re.compile(r"\(.*\)")  # "(CBP use)" under a caption: the caption's own note
_COLUMN = 6.0  # points: a value starts this close to its caption's left edge
_WRAP_GAP = 0.5  # line heights: a wrapped line follows closer than the next row of the grid
_WRAPPING = frozenset({"protestant_address", "merchandise_description"})
_SMALLER = 0.9  # a caption this much smaller than its value's line is a form's caption
# A form's numbered box whose caption names no field read here ("6. Nature of decision"): a box
# all the same, so the row stays a row of captions and its known boxes are read.
_NUMBERED_BOX = re.compile(r"^\s*\d{1,2}[a-z]?\s*[.)]\s+[A-Za-z][^\d:]{0,60}$")
# The signature box: "10. Signature of protestant or agent", "Signature of authorized agent",
# "Signed by", "Signature / printed name"; the signer's name is printed under it.
_SIGNATURE_BOX = re.compile(
    r"^\s*(?:\d{1,2}[a-z]?\s*[.)]\s+)?(?:signature|signed\s+by|signatory)\b[^\d:]{0,50}:?\s*$",
    re.I)
# A caption naming what no field here holds, as an e-filing confirmation or a broker's sheet
# prints it beside the boxes read ("Protest Number  Date Received  Port  Filer"): still a
# caption, so its row stays a row of captions.
_OTHER_CAPTION = re.compile(
    r"^\s*(?:filer(?:\s+(?:name|code))?|filed\s+(?:by|for)|submitted\s+by|(?:filing\s+)?agent|broker"
    r"|status|channel|(?:submission|transaction|tracking)\s+(?:id|no\.?|number|#)"
    r"|(?:filer\s+|our\s+|your\s+)?ref(?:erence)?(?:\s+(?:no\.?|number|#))?"
    r"|confirmation(?:\s+(?:no\.?|number|#))?|(?:date|time)\s+(?:filed|submitted|sent)"
    r"|(?:filing|submission)\s+(?:date|time|method)"
    # the requests a register answers in a column of its own, read by the question readers
    r"|accel(?:erated|\.)?\s+disposition(?:\s+requested)?|further\s+review(?:\s+requested)?"
    r"|(?:subject\s+to\s+)?drawback(?:\s+\(y/n\))?)\s*:?\s*$", re.I)
_SIGNER = "signer_name"
# Fields whose value is known by its shape (an EIN, SSN or CBP-assigned number): no other text
# under the caption can pass for one.
_SHAPED = frozenset({"importer_number"})
_DECISION = "category"  # the decision protested, 19 U.S.C. 1514(a), 19 CFR 174.13(a)(5)
_ADDRESS_LINES = 3  # street, suite, city: the lines an address takes under a name
# The address that follows a name in its column: a street (or P.O. box) down to its city, state
# and ZIP.
_ADDRESS = re.compile(rf"^\s*(?:{US_ADDRESS})\s*$")
_DIGIT = re.compile(r"\d")  # a caption's wrapped words hold no figure; a value may
_JITTER = 0.5  # points: one type size measured on two lines
_TAIL_REACH = 1.5  # line heights: a wrapped caption's value stands this close under its tail

Line = Sequence[Segment]


def read_caption_grid(lines: Sequence[Line], fields: Fields) -> None:
    """Every row of captions read against the line under it, column by column; a lone caption
    only for a value that wraps (the line readers take a one-line value under a lone caption)."""
    _wrapped_captions(lines, fields)
    for index, line in enumerate(lines):
        keys = [grid_key(segment.text) for segment in line]
        known = [key for key in keys if key]
        if not known or None in keys or (len(line) == 1 and keys[0] not in {
                *_WRAPPING, _SIGNER, *_SHAPED}):
            continue
        below = _value_line(lines, index)
        if below is None:
            continue
        # A lone caption is a form's only when printed smaller than its value, as forms do; in a
        # letter set in one size the line readers take its one-line value. A value of its own
        # shape (an importer number) is read under it in its column wherever it stands: a
        # sidebar's caption has the letter's text beside its value.
        if len(line) == 1 and keys[0] not in _SHAPED \
                and line[0].height >= _SMALLER * lines[below][0].height:
            continue
        for key, caption in zip(keys, line, strict=True):
            cells = in_column(caption, lines[below], _COLUMN)[:1]
            if not key or not cells or key in fields.items:
                continue
            if key == _SIGNER:
                if is_person(cells[0].text.strip()):
                    fields.put(key, cells[0].text.strip(), evidence_of(cells[0].words), STACKED)
                continue
            if key == _DECISION:
                cells += column_run(caption, lines, below, _COLUMN, _WRAP_GAP, _next_field)
                words = [w for cell in cells for w in cell.words]
                if (category := category_of(" ".join(w.text for w in words))) is not None:
                    fields.put(key, category, evidence_of(words), STACKED)
                continue
            if key == "protestant_name":
                _address_below(caption, lines, below, fields)
            joiner = " "
            if key == "protestant_address" and (lines_of := _address_run(caption, lines, below,
                                                                         cells)):
                cells, joiner = lines_of, ", "  # an address's lines, joined as the contract does
            elif key in _WRAPPING:
                cells += column_run(caption, lines, below, _COLUMN, _WRAP_GAP, _next_field)
            words = [w for cell in cells for w in cell.words]
            value = value_under(key, joiner.join(cell.text.strip() for cell in cells))
            fields.put(key, value, evidence_of(words), STACKED)


def caption_tail(caption: Segment, lines: Sequence[Line], index: int) -> Segment | None:
    """The second line of CAPTION (on line INDEX) where its box was too narrow for it ("4.
    IMPORTER NUMBER OF" over "PROTESTANT"): words alone under it in its column, within a line
    height, that complete a caption the first line alone is not."""
    if index + 1 >= len(lines) or caption_of(caption.text) is not None:
        return None
    tail = in_column(caption, lines[index + 1], _COLUMN)[:1]
    if not tail or _DIGIT.search(tail[0].text) or tail[0].height > caption.height + _JITTER \
            or not 0.0 <= tail[0].top - caption.bottom <= caption.height:
        return None
    return tail[0] if caption_of(f"{caption.text.strip()} {tail[0].text.strip()}") else None


def is_caption_tail(cell: Segment, lines: Sequence[Line], index: int) -> bool:
    """Whether CELL (on line INDEX) is the wrapped second line of a caption above it."""
    return index > 0 and any(caption_tail(c, lines, index - 1) is cell for c in lines[index - 1])


def _wrapped_captions(lines: Sequence[Line], fields: Fields) -> None:
    """A one-line value under a caption wrapped over two lines, read under the caption's tail."""
    for index, line in enumerate(lines[:-2]):
        for caption in line:
            if (tail := caption_tail(caption, lines, index)) is None:
                continue
            key = caption_of(f"{caption.text.strip()} {tail.text.strip()}")
            cells = [c for c in in_column(caption, lines[index + 2], _COLUMN)[:1]
                     if 0.0 <= c.top - tail.bottom <= tail.height * _TAIL_REACH]
            if key is None or key in fields.items or key in _WRAPPING or not cells:
                continue
            if (value := value_under(key, cells[0].text.strip())) is not None:
                fields.put(key, value, evidence_of(cells[0].words), STACKED)


def grid_key(text: str) -> str | None:
    """The field a grid caption names; "" for a numbered box naming none; None for no caption."""
    if _SIGNATURE_BOX.match(text):
        return _SIGNER
    if PROTEST.heading("decision_protested", text):
        return _DECISION
    key = caption_of(text)
    if key is not None:
        return key
    return "" if _NUMBERED_BOX.match(text) or _OTHER_CAPTION.match(text) \
        or UNREAD_CAPTION.fullmatch(text) else None


def _address_below(caption: Segment, lines: Sequence[Line], below: int, fields: Fields) -> None:
    """The protestant's address printed under its name in the name's column ("Acme Inc." / "1
    Main St" / "City, ST 00000"), as a form's name-and-address box holds both (174.13(a)(1))."""
    if "protestant_address" in fields.items:
        return
    run = _address_run(caption, lines, below, [])
    if run:
        fields.put("protestant_address", ", ".join(cell.text.strip() for cell in run),
                   evidence_of([w for cell in run for w in cell.words]), STACKED)


def _address_run(caption: Segment, lines: Sequence[Line], below: int,
                 run: list[Segment]) -> list[Segment]:
    """RUN and the lines after line BELOW in CAPTION's column down to a city, state and ZIP, at
    most three; empty when they make no US address. Unlike wrapped prose, an address's lines may
    be wider than the line above them."""
    run = list(run)
    previous = in_column(caption, lines[below], _COLUMN)[:1]
    for line in lines[below + 1:below + 1 + _ADDRESS_LINES]:
        more = in_column(caption, line, _COLUMN)[:1]
        if not more or not previous or _captions_only(line) \
                or more[0].top - previous[0].bottom > _WRAP_GAP * previous[0].height:
            break
        run.append(more[0])
        previous = more
        if _ADDRESS.match(", ".join(cell.text.strip() for cell in run)):
            return run
    return []


def _value_line(lines: Sequence[Line], index: int) -> int | None:
    """The line holding the row's values: the next one past caption notes, unless that is a row
    of captions itself (every box left blank)."""
    below = index + 1
    while below < len(lines) and lines[below] and all(
            _NOTE_ONLY.fullmatch(s.text.strip()) for s in lines[below]):
        below += 1
    if below >= len(lines) or not lines[below] or _captions_only(lines[below]) \
            or labelled_line(lines[below][0].text):
        return None  # blank boxes, or a heading over a labelled line ("Goods: ...")
    return below


def _next_field(line: Line) -> bool:
    """A line that opens the next field: captions, or a label with its value ("Drawback: None"),
    not a wrapped value's tail."""
    return _captions_only(line) or labelled_line(line[0].text)


def _captions_only(line: Line) -> bool:
    return is_caption_row(line, lambda text: caption_of(text) is not None, least=1)
