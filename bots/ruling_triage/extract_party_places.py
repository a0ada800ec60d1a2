"""Where a requester's caption stands from its value: under it in small type, right of it, a
bare "Address" caption away from the name, a value wrapped on to a line of its own, the next
field's line under a block, a value a caption points at ("X <- Importer"), a value under a role
word or pushed under its tag (19 CFR 177.2(b)(1): the requester's name and address)."""

from __future__ import annotations

import re

from bots.common.reading.parties import STATE_ZIP, address_runs_on
from bots.common.reading.pointers import BACK_POINTER_CAPTION, POINTERS
from bots.ruling_triage import captions
from bots.ruling_triage.extract_text import OUTLINE_NUMBER, Paragraph, Span, label, labelled
from tradebots.pdf import Segment

ROW = 2.0  # points: a key and its value share their line's top, give or take
ADDRESS_BOX = label(captions.ADDRESS)
# A line with a label of its own ("IOR No. 47-1928305", "Port of entry: Omaha"): the next field.
OWN_FIELD = re.compile(rf"\s*(?:{OUTLINE_NUMBER})?(?:{captions.IMPORTER_NUMBER})|"
                        rf"\s*(?:{OUTLINE_NUMBER})?"
                        r"[A-Z][\w()/'.&-]*(?:[ \t]+[\w()/'.&-]+){0,4}[ \t]*:", re.I)


def names(caption: re.Pattern[str], text: str) -> bool:
    """Whether all of TEXT is the CAPTION."""
    named = caption.match(text)
    return named is not None and named.end() == len(text)


# A caption of a party other than the requester, opening a line: "Seller:", "Agent's name",
# "Manufacturer", "Ship to". A letter that captions one may print its address under a bare
# "Address" too.
_OTHER_PARTY = re.compile(r"(?im)^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:agent|seller|vendor|manufacturer|"
                          r"maker|supplier|consignee|(?:customs\s+)?broker|attorney|counsel|contact|"
                          r"exporter|buyer|shipper|(?:ship|bill|sold)\s+to|notify(?:\s+party)?|"
                          r"representative|filer|(?:prepared|submitted|filed)\s+by|law\s+firm)"
                          r"(?:'s)?(?:\s+(?:name|address))?[ \t]*(?::|$)")


def sole_address(items: list[Paragraph], stop: re.Pattern[str]) -> Span | None:
    """A bare "Address" caption anywhere, where the letter captions no other party: it can be
    only the requester's (a field block printed in another order, a sidebar beside the letter)."""
    if any(_OTHER_PARTY.search(p.text) for p in items):
        return None
    found = labelled(items, ADDRESS_BOX, stop, _has_digit) or value_above(items, ADDRESS_BOX)
    found = found or value_left(items, ADDRESS_BOX)
    return found if found is not None and _has_digit(found.text) else None


def address_line_after(name: Span) -> Span | None:
    """A bare "Address:" line right under the requester's name in its paragraph ("Requester" /
    "X Inc." / "Address: 1 Main St"): the rest of the paragraph from its value."""
    rest = name.paragraph.text[name.start:]
    first_end = rest.find("\n")
    if first_end < 0:
        return None
    at = name.start + first_end + 1
    caption = ADDRESS_BOX.match(name.paragraph.text, at)
    if caption is None or "\n" in name.paragraph.text[at:caption.end()]:
        return None
    return Span(name.paragraph, caption.end(), len(name.paragraph.text))


def without_next_field(address: Span) -> Span:
    """An address read as a block's rest, cut before a line that is the next labelled field
    ("Costa Mesa, CA 92626" / "Date: February 3, 2025")."""
    text, offset = address.text, 0
    for line in text.split("\n"):
        if offset and OWN_FIELD.match(line):
            return Span(address.paragraph, address.start, address.start + offset - 1)
        offset += len(line) + 1
    return address


def value_left(items: list[Paragraph], caption: re.Pattern[str]) -> Span | None:
    """The value a caption printed right of it names ("3155 Harbor Boulevard" / "Costa Mesa, CA
    92626" with "Address" beside the first line): the paragraph ending left of the caption and
    starting on its row, no labelled field itself."""
    for paragraph in items:
        if len(paragraph.segments) != 1 or not names(caption, paragraph.text.strip()):
            continue
        key = paragraph.segments[0]
        for other in items:
            first = other.segments[0]
            if (other is not paragraph and other.page == paragraph.page
                    and abs(first.top - key.top) <= ROW + 1.0
                    and max(s.bbox[2] for s in other.segments) < key.x0
                    and not OWN_FIELD.match(other.text) and not captions.is_caption(other.text)):
                return Span(other, 0, len(other.text))
    return None


def _has_digit(text: str) -> bool:
    """Whether an address holds a number: a street number or a ZIP code."""
    return any(c.isdigit() for c in text)


_BELOW_ALIGN = 8.0  # points: a value on its rule and the caption under it start together


def value_above(items: list[Paragraph], caption: re.Pattern[str], *,
                 first: bool = False) -> Span | None:
    """The value a caption printed under it names ("Ashgrove Instruments Corp." on its rule over
    "Requester" in small type): the paragraph ending right above the caption, starting where it
    starts, no caption itself. FIRST (before any caption is read over its value): only a caption
    smaller than that value, with no value as near under it."""
    for paragraph in items:
        if len(paragraph.segments) != 1 or not names(caption, paragraph.text.strip()):
            continue
        key = paragraph.segments[0]
        above = _aligned(items, paragraph, above=True)
        if above is None or (first and key.height >= above[1].segments[-1].height - 0.5):
            continue
        below = _aligned(items, paragraph, above=False)
        if first and below is not None and below[0] <= above[0]:
            continue
        return Span(above[1], 0, len(above[1].text))
    return None


def _aligned(items: list[Paragraph], caption: Paragraph, *,
             above: bool) -> tuple[float, Paragraph] | None:
    """The nearest paragraph ABOVE CAPTION within a line, starting where it starts, that is no
    caption or labelled field itself; else the nearest UNDER it, starting anywhere under the
    caption (a value set in under its caption): the gap and the paragraph."""
    key = caption.segments[0]

    def gap(other: Paragraph) -> float:
        return key.top - other.segments[-1].bottom if above else other.segments[0].top - key.bottom

    def starts(other: Paragraph) -> bool:
        x0 = other.segments[0].x0
        return abs(x0 - key.x0) <= _BELOW_ALIGN if above \
            else key.x0 - _BELOW_ALIGN <= x0 <= key.bbox[2] + _BELOW_ALIGN

    found = [(gap(other), other) for other in items
             if other is not caption and other.page == caption.page and starts(other)
             and -1.0 <= gap(other) <= max(other.segments[0].height, key.height)
             and not OWN_FIELD.match(other.text) and not captions.is_caption(other.text)]
    return min(found, key=lambda pair: pair[0]) if found else None


_CITY_ROW = re.compile(r"\s*(?:city|town)(?:\s*(?:,|/|&|\band\b)?\s*(?:state|province|ZIP|"
                       r"zip\s+code|postal\s+code|country))+\s*:\s*(?P<v>\S[^\n]*)$", re.I)


def address_run_on(items: list[Paragraph], address: Span) -> Span | None:
    """The city, state and ZIP line printed under a labelled address's value, indented to it
    ("Address: 88 Riverside Drive, Unit 4" / "Paterson, NJ 07501"): a paragraph of its own,
    wherever reading order put it (a column beside may come between)."""
    paragraph = address.paragraph
    if address.end < len(paragraph.text.rstrip()):
        return None
    at = next((i for i, item in enumerate(items) if item is paragraph), len(items))
    if at + 1 < len(items) and (city := _CITY_ROW.match(items[at + 1].text)):
        # a form's own row for the rest ("Street address: 12 Pier Road" / "City, state, ZIP:
        # Newark, NJ 07114")
        return Span(items[at + 1], city.start("v"), len(items[at + 1].text.rstrip()))
    last = paragraph.segments[-1]
    for under in items:
        first = under.segments[0]
        if (under is not paragraph and under.page == paragraph.page and len(under.segments) == 1
                and last.x0 - ROW <= first.x0 <= last.bbox[2]
                and -1.0 <= first.top - last.bottom <= last.height
                and address_runs_on(address.text, under.text)):
            return Span(under, 0, len(under.text))
    return None


def pointed(items: list[Paragraph], caption: re.Pattern[str]) -> Span | None:
    """The value a caption points back at on its line, as a form printed with its labels to the
    right writes it ("Gulf Foods Inc. <- Importer"), or forward ("Importer -> Gulf Foods Inc.")."""
    for paragraph in items:
        for pattern in POINTERS:
            for line in pattern.finditer(paragraph.text):
                if names(caption, line["caption"]):
                    return Span(paragraph, line.start("value"), line.end("value"))
        for segment, text in zip(paragraph.segments, paragraph.text.split("\n"), strict=False):
            alone = BACK_POINTER_CAPTION.match(text)
            if alone is not None and names(caption, alone["caption"]) \
                    and (left := _line_left_of(items, segment)) is not None:
                return left
    return None


def _line_left_of(items: list[Paragraph], key: Segment) -> Span | None:
    """The line printed left of KEY on its row, in a paragraph of its own column."""
    for other in items:
        start = 0
        for segment, line in zip(other.segments, other.text.split("\n"), strict=False):
            if other.page == key.page and segment.bbox[2] < key.x0 \
                    and abs(segment.top - key.top) <= ROW:
                return Span(other, start, start + len(line))
            start += len(line) + 1
    return None


_PUSHED_GAP = 1.0  # tag heights: a value pushed under its tag stands right below it


def under_role_word(value: Span) -> Span | None:
    """A labelled value whose first line is a role word, without that line; None when
    nothing stands under it."""
    lead = len(value.text) - len(value.text.lstrip())
    cut = value.text.find("\n", lead)
    if cut < 0 or not value.text[cut:].strip():
        return None
    rest = value.text[cut + 1:]
    start = value.start + cut + 1 + len(rest) - len(rest.lstrip())
    # The firm's address ends at its city line: a tag's value set in the same column under it
    # ("DATE  April 7, 2025") is the next field.
    city = STATE_ZIP.search(value.text, cut)
    end = value.start + value.text.find("\n", city.end()) if city and "\n" in value.text[
        city.end():] else value.end
    return Span(value.paragraph, start, end)


def pushed_under(items: list[Paragraph], tag: Paragraph) -> Span | None:
    """The value a tag pushes under itself and sets in (a manual page's .TP list: "Importer"
    over "  Acme Inc."): the next paragraph, right below the tag and not left of it."""
    at = next((n for n, item in enumerate(items) if item is tag), None)
    if at is None or at + 1 >= len(items):
        return None
    below = items[at + 1]
    height = tag.bottom - tag.top
    if (below.page != tag.page or below.x0 < tag.x0 - 2
            or not -1.0 <= below.top - tag.bottom <= _PUSHED_GAP * height):
        return None
    return Span(below, 0, len(below.text.split("\n")[0]))
