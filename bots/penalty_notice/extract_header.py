"""The label/value header of a penalty referral: each field's value found beside, below or after
its label (extract_header_labels) and read by the field's reader (extract_header_values).

Referrals print each value after its label ("Party: ..."), below it (form boxes) or in the next
cell of a two-column table; labels vary by office, so each field has a pattern of its wordings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from bots.common.reading.caption_rows import value_under
from bots.common.reading.parties import ends_street_line
from bots.penalty_notice.city_set_apart import city_set_apart
from bots.penalty_notice.day_first import parse_date_either_way
from bots.penalty_notice.extract_header_labels import LABELS, STOP
from bots.penalty_notice.extract_header_values import (
    READERS,
    STATE_ZIP,
    Reader,
    case_of,
    importer_of,
    party,
)
from bots.penalty_notice.label_rows import label_runs_on, right_of, row_amount, run_on
from bots.penalty_notice.party_captions import value_before_caption
from bots.penalty_notice.wrapped_name import name_wrapped
from tradebots.facts import Extracted
from tradebots.pdf import FieldText, LabelHit, Segment, Word, find_labels, parse_money
from tradebots.pdf.labels import read_below, read_right

LABELLED = 0.95  # a value read beside or below its label
IN_SENTENCE = 0.85  # a value right after its cue in a sentence ("Date of violation: ...")
INFERRED = 0.75  # a value concluded from the wording around a phrase, or with no cue at all
DEFAULTED = 0.7  # a yes/no the referral does not print, read as its default

# A label's words that run on into a verb are a sentence wrapped on to a new line ("No / prior
# disclosure was made."), not a label and its value.
# "The / violator did not disclose.": an auxiliary verb right after the label's words. Not a
# negation or participle: "Prior disclosure: Not filed", "PD: Made 3/1/24" are values.
_SENTENCE_GOES_ON = re.compile(
    r"(?i)^\s*(?:was|were|is|are|has|have|had|will|would|did|does|do|didn't|doesn't|can|could"
    r"|shall|should|must)\b")


_BOX_ALIGN = 8.0  # points: a box's value starts under its caption's left edge, give or take
_BOX_REACH = 3.0  # caption heights: how far below a small caption its box's value may sit


def _candidates(segments: Sequence[Segment], hit: LabelHit, lines: int,
                boxed: bool = False) -> list[FieldText]:
    """The text after the label, the next segment right of it, and the lines below it (for a
    BOXED field, an identifier, date or amount, also its value lower in a form's box)."""
    found = []
    if words := glued_tail(hit) + hit.rest:
        rest = FieldText(" ".join(w.text for w in words), words, hit, "right")
        found.append(run_on(segments, rest, STOP))
    # A label cut by a wrap leaves a stub after it; the value may still sit beside the label.
    whole = LabelHit(hit.segment, hit.start, len(hit.segment.text))
    # A caption alone on its line may have its value set in under it ("Violator" over
    # "  Acme Co."): below it, anywhere within the caption's own width.
    indent = 0.0 if hit.rest else hit.segment.bbox[2] - hit.x0
    right = read_right(segments, whole, STOP)
    below = read_below(segments, hit, STOP, lines, indent)
    if below is None and not hit.rest and boxed:
        # A form's caption in small type over its box: the value sits lower in the box than
        # a line's gap, but still right under the caption's left edge.
        under = value_under(hit.segment, segments, _BOX_ALIGN, _BOX_REACH,
                            lambda cell: not STOP.match(cell.text))
        below = FieldText(under.text, under.words, hit, "below", (under.text,)) if under else None
    for item in (right and run_on(segments, right, STOP), below):
        if item is not None:
            found.append(item)
    return found


# Where a value runs into its label ("Prior disclosureNone filed", "Domestic value$ 1.00", "IOR
# No.51-6560547"): the label's last letter lowercase and the value's a capital, or the value
# opening with a figure or a sign. A lowercase run ("Importers") is one word, no value.
_GLUED = re.compile(r"(?<=[a-z])[A-Z]|(?<=[A-Za-z.])[\d$]")


def glued_tail(hit: LabelHit) -> tuple[Word, ...]:
    """The value's start inside the label's last word, when a narrow column runs them together."""
    text = hit.segment.text
    if hit.end >= len(text) or text[hit.end].isspace() or not _GLUED.match(text, hit.end):
        return ()
    for word, start in zip(hit.segment.words, hit.segment.offsets(), strict=True):
        if start < hit.end < start + len(word.text):
            tail = word.text[hit.end - start:]
            # "Address1:", "Line2:": the figure numbers the label, which its colon ends.
            return () if tail.endswith((":", "=")) else (replace(word, text=tail),)
    return ()


def read_header(segments: Sequence[Segment]) -> dict[str, Extracted]:
    """Every header field the referral gives, by contract key, with evidence and confidence."""
    fields: dict[str, Extracted] = {}
    for key, reader in READERS.items():
        hits = list(find_labels(segments, LABELS[key]))
        for index, hit in enumerate(hits):
            value = _first_value(segments, hit, reader)
            if value is None and key in _PARTY_KEYS:
                value = _party_before_caption(segments, hit, reader)
            if value is not None:
                if key == "party_address":
                    value = _label_repeated(segments, hit, hits[index + 1:index + 2], value)
                    value = city_set_apart(segments, value)
                fields[key] = value
                break
    return fields


def _label_repeated(segments: Sequence[Segment], hit: LabelHit, after: list[LabelHit],
                    street: Extracted) -> Extracted:
    """A case report that prints its label again for each line of the address ("ADDRESS ....
    9 Millpond Street" over "ADDRESS .... Portland, ME 04101"): the street and the city line
    under it, when the street has no city and the line right below gives it under the same
    label at the same indent."""
    if not after or not isinstance(street.value, str) or STATE_ZIP.search(street.value):
        return street
    below = after[0]
    top, bottom = hit.segment.bbox[1], hit.segment.bbox[3]
    gap = below.segment.bbox[1] - bottom
    if not (0 <= gap <= 2.5 * (bottom - top) and abs(below.x0 - hit.x0) <= _BOX_ALIGN):
        return street
    city = _first_value(segments, below, READERS["party_address"])
    if city is None or not isinstance(city.value, str) or not _BARE_CITY_LINE.match(city.value):
        return street
    return Extracted(f"{street.value.rstrip(' ,')}, {city.value}", street.evidence,
                     min(street.confidence, city.confidence))


_PARTY_KEYS = ("party_name", "party_address")


def _party_before_caption(segments: Sequence[Segment], hit: LabelHit,
                          reader: Reader) -> Extracted | None:
    """The party's name or address printed before its caption (above it, or left of it)."""
    found = value_before_caption(segments, hit, STOP, address=reader.lines > 1)
    if found is None:
        return None
    value = reader.parse(", ".join(found.lines) if reader.lines > 1 else found.text)
    return Extracted(value, found.evidence(), LABELLED) if value is not None else None


# Fields whose value says what it is (a number, a date, an amount, a level of culpability), and
# the answers a caption tied to them names ("No" captioned "Prior disclosure" under it).
_SELF_EVIDENT = ("case_number", "importer_number", "violation_date", "culpability",
                 "domestic_value", "dutiable_value", "prior_disclosure", "noncommercial")


def names_value(value: str, caption: str) -> bool:
    """Whether CAPTION, all of it, is a field's label and VALUE reads as that field's value:
    "43-4837468" captioned "IOR No." right of it."""
    return any(LABELS[key].fullmatch(caption.strip()) and READERS[key].parse(value) is not None
               for key in _SELF_EVIDENT)


# Values that say what they are (a number, a date, an amount): safe to take from lower in a box.
_BOXED: tuple[Callable[[str], Any], ...] = (case_of, importer_of, parse_date_either_way,
                                            parse_money)
_LEADER = re.compile(r"^[\s.]*(?::=|[:=])\s*")
# A city line, with or without the comma before the state ("PORTLAND ME 04101").
_BARE_CITY_LINE = re.compile(r"[A-Z][A-Za-z .'-]{1,40}?,?\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\s*$")


def _wrapped(segments: Sequence[Segment], found: FieldText) -> FieldText:
    """An address beside its label that wraps in its cell: the line below joined to it."""
    if found.where != "right" or STATE_ZIP.search(found.text):
        return found
    # The value's own segment, or (a monospaced page that prints "ADDRESS....: 2 Main St" as one
    # segment) the label's, read from the value's first word: the wrapped line stands under it.
    # A colon set apart from its label ("ADDRESS     : 2 Main St") opens the value's segment:
    # the value, and the line wrapped under it, start at the word after it.
    first = next((w for w in found.words if not _LEADER.fullmatch(w.text)), found.words[0])
    cell = next((s for s in segments if first in s.words), None)
    at = cell.offsets()[cell.words.index(first)] if cell else 0
    below = read_below(segments, LabelHit(cell, at, len(cell.text)), STOP, 1) if cell else None
    if below is None:
        # A printout wraps the city line back to the margin, under the label ("ADDRESS: 212
        # WHARF ST STE 300" over "PORTLAND ME 04101"), or sets it in by spaces that a
        # proportional font makes fall short of the street: only a whole city line is the
        # address's.
        below = read_below(segments, found.label, STOP, 1,
                           indent=max(0.0, found.words[0].x0 - found.label.x0))
        if below is not None and _UNIT_LINE.match(below.text):
            # A unit's line at the margin too ("Suite 200" over "Reno, NV 89502"): the whole
            # city line under it closes the address.
            return _unit_at_margin(segments, found, below)
        if below is None or not _BARE_CITY_LINE.match(below.text):
            return found
        return FieldText(f"{found.text.rstrip().rstrip(',')}, {below.text}",
                         found.words + below.words, found.label, "right")
    text, words = _joined_line(found.text, below.text), found.words + below.words
    # A unit's line between the street and the city ("77 Depot Street" over "Suite 3" over
    # "Keene, NH 03431"), or before the street ("Suite 3" over "77 Depot Street"): the lines go
    # on under each other to the city's.
    unit_first = bool(_UNIT_LINE.match(found.text))
    for _ in range(_MORE_LINES):
        if STATE_ZIP.search(text) or not (_UNIT_LINE.match(below.text) or unit_first):
            break
        unit_first = False
        under = next((s for s in segments if below.words[0] in s.words), None)
        nxt = read_below(segments, LabelHit(under, 0, len(under.text)), STOP, 1) if under else None
        if nxt is None:
            break
        # Under a unit's line a whole city line starts a new part ("STE 300" over "BARRE VT").
        joined = (f"{text.rstrip().rstrip(',')}, {nxt.text}" if _BARE_CITY_LINE.match(nxt.text)
                  else _joined_line(text, nxt.text))
        text, words, below = joined, words + nxt.words, nxt
    if not STATE_ZIP.search(text):
        return found
    return FieldText(text, words, found.label, "right")


def _unit_at_margin(segments: Sequence[Segment], found: FieldText,
                    unit: FieldText) -> FieldText:
    """The street beside its label, the unit's line and the city line under it, both at the
    margin; the street alone when no whole city line follows the unit's."""
    under = next((s for s in segments if unit.words[0] in s.words), None)
    city = read_below(segments, LabelHit(under, 0, len(under.text)), STOP, 1) if under else None
    if city is None or not _BARE_CITY_LINE.match(city.text):
        return found
    return FieldText(f"{found.text.rstrip().rstrip(',')}, {unit.text}, {city.text}",
                     found.words + unit.words + city.words, found.label, "right")


_MORE_LINES = 2
_UNIT_LINE = re.compile(r"(?i)^\s*(?:suite|ste\.?|unit|apt\.?|floor|fl\.|room|rm\.?|building"
                        r"|bldg\.?|dept\.?|p\.?\s*o\.?\s+box)\b")


def _joined_line(head: str, below: str) -> str:
    """An address's line and the line below it as one text."""
    # "Blvd.," over "Norcross, GA 30071" is a new address line; "Miami, FL" over "33136" is not.
    head = head.rstrip()
    # "2 Mercer Plaza" over "Greensboro, NC 27401": a street line, then the city line, is two
    # lines of the address; a line that holds a comma already began the city ("12 Main St., New").
    # So is a street line ending in its suite or floor ("..., Suite 600" over "Seattle, ..."),
    # and a street line over its unit's ("77 Depot Street" over "Suite 3").
    new_line = head.endswith(",") or bool(_UNIT_LINE.match(below) or _UNIT_LINE.match(head)) or (
        bool(_BARE_CITY_LINE.match(below)) and ("," not in head or ends_street_line(head)))
    return f"{head.rstrip(',')}, {below}" if new_line else f"{head} {below}"


def _first_value(segments: Sequence[Segment], hit: LabelHit, reader: Reader) -> Extracted | None:
    if label_runs_on(segments, hit):
        return None
    if reader.own_line_decides:
        own = hit.rest or tuple(w for s in right_of(segments, hit.segment) for w in s.words)
        if own and reader.parse(_LEADER.sub("", " ".join(w.text for w in own))) is None:
            return None
    for candidate in _candidates(segments, hit, reader.lines, reader.parse in _BOXED):
        if candidate.where == "right" and _SENTENCE_GOES_ON.match(candidate.text):
            return None
        if reader.capitalised and candidate.where == "right" and _runs_on_lowercase(hit,
                                                                                     candidate):
            return None
        found = candidate
        if reader.parse is parse_money and candidate.where == "right" and not hit.rest:
            # A computation row prints its basis ("162.43") before the amount.
            if (row := row_amount(segments, hit, candidate, STOP)) is None:
                return None  # figures nothing tells apart: a person reads the row
            found = row
        if reader.lines > 1:
            found = _wrapped(segments, found)
        elif reader.parse is party:
            found = name_wrapped(segments, found, STOP)
        text = ", ".join(found.lines) if found.lines else found.text
        # A case export pads its labels: "NAME OF PARTY      : X" leaves ": X" to the right.
        value = reader.parse(_LEADER.sub("", text))
        if value is not None:
            weak = reader.weak(_LEADER.sub("", text))
            return Extracted(value, found.evidence(), INFERRED if weak else LABELLED)
    return None


_LOWERCASE_WORD = re.compile(r"^[a-z]{2,}\b")


def _runs_on_lowercase(hit: LabelHit, candidate: FieldText) -> bool:
    """Whether a label printed with no colon runs on into a lowercase word: a sentence's words."""
    label = hit.segment.text[hit.start:hit.end]
    return not re.search(r"[:=]", label) and bool(_LOWERCASE_WORD.match(candidate.text.strip()))
