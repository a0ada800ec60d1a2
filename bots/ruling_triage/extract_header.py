"""The letter's header: the receipt stamp, the request's own date (a labelled box, a dated line,
a title, a place and date, a mail header, the signing) and whether it came electronically."""

from __future__ import annotations

import re
from datetime import date

from bots.common.reading.date_line import date_line
from bots.common.reading.dates import find_dates as find_any_dates
from bots.common.reading.letter import STAMP
from bots.ruling_triage.extract_party_places import ROW
from bots.ruling_triage.extract_text import (
    LABELLED,
    PROSE,
    STAMPED,
    Fields,
    Paragraph,
    Span,
    labelled,
)
from bots.ruling_triage.field_labels import LABELS, STOP
from tradebots.pdf import find_dates

_STAMP_REACH = 80

# A weekday before a date, in full or cut short as mail clients print it ("Mon, 18 Aug 2025").
_WEEKDAY = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|"
                      r"Sun)\.?(?=,))[,.]?\s+", re.I)
_ELECTRONIC = re.compile(r"submitted\s+electronically|\beRulings\b", re.I)


def read_header(items: list[Paragraph], fields: Fields, letter: list[Paragraph]) -> None:
    """The receipt stamp (anywhere in ITEMS), the letter's own date (in LETTER, the pages less a
    fax cover sheet) and whether it came electronically."""
    stamp_top: tuple[int, float] | None = None
    for paragraph in items:
        match = STAMP.search(paragraph.text)
        if match is None:
            continue
        index = items.index(paragraph)
        for later in items[index:index + 3]:
            window = later.text if later is not paragraph else later.text[match.end():]
            found = next(find_dates(window[:_STAMP_REACH]), None)
            if found is not None:
                offset = 0 if later is not paragraph else match.end()
                span = Span(later, offset + found.start, offset + found.end)
                fields.put_span("received_stamp", found.value, span, STAMPED)
                stamp_top = (later.page, later.segments[0].top)
                break
        break
    items = letter
    found_label = labelled(items, LABELS["request_date"], STOP)
    if found_label is not None and _covering_date(items, found_label, stamp_top):
        # A covering letter dated at its head forwards a paper dated later in the file (an
        # internal memo's "DATE:"): the request is the letter, dated by its own line.
        found_label = None
    if found_label is not None and (day := next(find_dates(found_label.text), None)):
        span = Span(found_label.paragraph, found_label.start + day.start,
                    found_label.start + day.end)
        fields.put_span("request_date", day.value, span, LABELLED)
    elif found_label is not None and (alone := date_line(found_label.text.split("\n")[0])):
        # A box holding only a date in a style read alone: "14JUL25", "2025.07.14".
        fields.put_span("request_date", alone, found_label, LABELLED)
    _dated_line(items, fields, _REQUEST_DATED, LABELLED)
    heading = _heading(items)
    for index, paragraph in enumerate(items):
        # A dated line may open with the weekday: "Friday, March 7, 2025".
        text = _WEEKDAY.sub("", paragraph.text.strip())
        on_line = _dating_line(text)
        at = (paragraph.page, paragraph.segments[0].top)
        if on_line is not None and at != stamp_top:
            fields.put_span("request_date", on_line, Span(paragraph, 0, len(paragraph.text)),
                            PROSE)
            break
        if (index < _TITLE_REACH and at != stamp_top
                and (titled := _title_date(paragraph)) is not None):
            fields.put_span("request_date", titled[0], titled[1], PROSE)
            break
        # With no subject line or greeting, the letter still opens with its first paragraph:
        # a date tight under the letterhead's name there is the letter's ("Acme Inc.\n01/07/2025").
        if (index < max(heading, 1) and at != stamp_top
                and (inside := _date_inside(paragraph)) is not None):
            fields.put_span("request_date", inside[0], inside[1], PROSE)
            break
    if "request_date" not in fields.items:
        _dated_line(items, fields, _DATE_LINE, PROSE)
    if "request_date" not in fields.items:
        # Dated only where it is signed: the signing is the letter's own date.
        _dated_line(items, fields, _SIGNED_ON, PROSE)
    for paragraph in items:
        if match := _ELECTRONIC.search(paragraph.text):
            fields.put_span("submitted_electronically", True,
                            Span(paragraph, match.start(), match.end()), PROSE)
            break


def _covering_date(items: list[Paragraph], found: Span,
                   stamp_top: tuple[int, float] | None) -> bool:
    """Whether a labelled date FOUND on a later page than the first stands under a letter the
    first page dates by a line of its own in its head."""
    first = items[0].page if items else 1
    if found.paragraph.page == first:
        return False
    return any(p.page == first and (p.page, p.segments[0].top) != stamp_top
               and _dating_line(_WEEKDAY.sub("", p.text.strip())) is not None
               for p in items[:_TITLE_REACH])


# The request's title line dated at its end: "Request for a binding ruling - July 29, 2023",
# "Binding ruling request, 20 October 2023", "Ruling application | 2023-10-20". A title naming an
# earlier ruling by its number dates that ruling, not the request.
_TITLE_DATED = re.compile(r"(?im)^(?P<title>[^\n]{0,60}?\b(?:request|application)\b[^\n]{0,40}?"
                          r"\bruling\b[^\n]{0,20}?|[^\n]{0,40}?\bruling\s+(?:request|application)"
                          r"\b[^\n]{0,20}?)(?:[ \t]*,|[ \t]+[-\u2013\u2014|])[ \t]+"
                          r"(?P<d>[^\n]+?)[ \t]*$")
_RULING_NUMBER = re.compile(r"\b[NH]\d{6}\b|\bruling\s+(?:no\.?|number)", re.I)
_TITLE_REACH = 6  # paragraphs: a title stands at the head of the letter


def _title_date(paragraph: Paragraph) -> tuple[date, Span] | None:
    """The date a title line of the letter's head prints after its words, with its span."""
    for match in _TITLE_DATED.finditer(paragraph.text):
        if _RULING_NUMBER.search(match["title"]):
            continue
        if (day := date_line(match["d"])) is not None:
            return day, Span(paragraph, match.start("d"), match.end("d"))
    return None


# Where a letter's heading ends: its subject line, or its greeting.
_OPENING = re.compile(r"\s*(?:(?:re|subject|subj\.?|regarding)\s*:|dear\b|"
                      r"(?:ladies\s+and\s+)?gentlemen\b|to\s+whom\s+it\s+may\s+concern\b)", re.I)


def _heading(items: list[Paragraph]) -> int:
    """How many paragraphs open the letter before its subject line or greeting (0 when it has
    neither on its first page: then no heading is known)."""
    for index, paragraph in enumerate(items):
        if paragraph.page != items[0].page:
            break
        if _OPENING.match(paragraph.text):
            return index
    return 0


# A line that dates a letter with its place first, a European sender's way: "Hamburg, 29 July
# 2025", "Newark, NJ, March 3, 2025", "São Paulo, 03/03/2025".
# The city with its state or country in letters or in words: "Newark, NJ", "Newark (NJ)",
# "Newark, New Jersey", "Hamburg, Germany"; then a comma or a dash, "on" at will. A word telling
# what befell on the day ("Received - March 3, 2025") is no place.
_PLACE = re.compile(r"(?!(?:Received|Filed|Revised|Updated|Sent|Submitted|Effective|Due|Entered|"
                    r"Imported|Shipped|Invoiced?|Dated|Amended|Printed)\b)"
                    r"(?P<place>[A-Z][\w.'-]+(?:[ -][A-Z][\w.'-]+){0,3}"
                    r"(?:,\s+[A-Z]{2}|\s*\([A-Z]{2}\)|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)"
                    r"(?:,|\s+[-\u2013\u2014])\s+(?:on\s+)?")


def _dating_line(text: str) -> date | None:
    """The date when TEXT is wholly a date, or a place and a date."""
    if (day := date_line(text)) is not None:
        return day
    place = _PLACE.match(text)
    if place is None or any(c.isdigit() for c in place["place"]):
        return None
    if dotted := _DAY_FIRST.fullmatch(text, place.end()):
        # A letter dated by its place ("Nowy Targ, 16.05.2024", "Hamburg, 03.02.2025") writes
        # the day first, the European way its dots show.
        try:
            return date(int(dotted["y"]), int(dotted["m"]), int(dotted["d"]))
        except ValueError:
            return None
    return date_line(text[place.end():])


_DAY_FIRST = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\s*")
# A line opening with figures whose first number cannot be a month ("16.09.2025 by the Trade
# Compliance Department"): the day comes first, whatever the mark.
_FIGURES_DAY_FIRST = re.compile(r"(?P<d>1[3-9]|2\d|3[01])(?P<s>[./-])(?P<m>0?[1-9]|1[0-2])(?P=s)"
                                r"(?P<y>(?:19|20)\d\d)(?![\w/-]|[.,]\d)")


def _day_first_only(text: str) -> date | None:
    """The date TEXT opens with, printed in figures that read day first only."""
    found = _day_first_match(text)
    if found is None:
        return None
    try:
        return date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return None


def _day_first_match(text: str) -> re.Match[str] | None:
    return _FIGURES_DAY_FIRST.match(text, len(text) - len(text.lstrip()))


def _date_inside(paragraph: Paragraph) -> tuple[date, Span] | None:
    """A line wholly a date inside a paragraph of the heading: a producer that leaves no gap
    sets the date tight under the letterhead or over the addressee ("Acme Inc.\n12 Main St,
    ...\nApril 20, 2025"). A receipt stamp's date is the stamp's, not the letter's."""
    if "\n" not in paragraph.text or STAMP.search(paragraph.text):
        return None
    start = 0
    for line in paragraph.text.split("\n"):
        day = _dating_line(_WEEKDAY.sub("", line.strip()))
        if day is not None:
            return day, Span(paragraph, start, start + len(line))
        start += len(line) + 1
    return None


# An e-mail's or a fax cover's header block: "From: ...\nDate: 3/13/25\nSubject: ...".
_DATE_LINE = re.compile(r"(?im)^[ \t]*(?:date|sent)[ \t]*:[ \t]*")
# A line that dates the request itself, inside a report or a forwarded text: "Request dated
# July 6, 2025", "Letter dated ...", "Date of request = 2025-07-06", "Request date: ...", or
# a printout's or a deck's filing line: "Submitted October 25, 2025", "Filed on 9/22/25",
# "Date submitted: ...", "Submission date - ...", "Dated 10/31/25" (a capital "Dated" opens the
# line; a wrapped "... power of attorney / dated 2025-05-20" does not date the request).
_REQUEST_DATED = re.compile(r"(?im)^[ \t>]*(?:dated\s*:|(?-i:Dated)|"
                            r"(?:date\s+)?(?:submitted|filed)|(?:submission|filing)\s+date|"
                            r"(?:the\s+)?(?:ruling\s+)?(?:request|letter)"
                            r"(?:\s+(?:is|was))?\s+dated|(?:ruling\s+)?(?:request|letter)\s+date|"
                            r"date\s+of\s+(?:the\s+)?(?:ruling\s+)?(?:request|letter))"
                            # "Submitted on: 2025-09-20", "Filed on - 9/22/25"
                            r"(?:(?:\s+on)?\s*[:=\u2013-]|\s+(?:on\s+)?)[ \t]*")


def _dated_line(items: list[Paragraph], fields: Fields, pattern: re.Pattern[str],
                confidence: float) -> None:
    """The date right after the first line PATTERN opens inside a paragraph: a "Request dated"
    line (the request's own date), or an e-mail's "Date:" header when nothing else dates it."""
    for paragraph in items:
        for match in pattern.finditer(paragraph.text):
            # A formal "Dated the 22nd day of March, 2025" / "Dated this twentieth day of ...".
            at = match.end()
            if article := _DATED_ARTICLE.match(paragraph.text, at):
                at = article.end()
            line = paragraph.text[at:].split("\n")[0]
            if not line.strip() and (beside := _value_beside(items, paragraph, at)) is not None:
                # A typed "Sent:   Sunday, August 17, 2025" whose gap split key from value:
                # the value is the line printed to the key's right.
                paragraph, at, line = beside
            if weekday := _WEEKDAY.match(line):
                at, line = at + weekday.end(), line[weekday.end():]
            day = next(iter(find_any_dates(line[:40])), None)
            if day is not None and day.start == 0:
                span = Span(paragraph, at, at + day.end)
                fields.put_span("request_date", day.value, span, confidence)
                return
            if (alone := date_line(line)) is not None:
                span = Span(paragraph, at, at + len(line.rstrip()))
                fields.put_span("request_date", alone, span, confidence)
                return
            if (day_first := _day_first_only(line)) is not None:
                # "Submitted 16.09.2025 by the Trade Compliance Department"
                found = _day_first_match(line)
                assert found is not None
                span = Span(paragraph, at + found.start(), at + found.end())
                fields.put_span("request_date", day_first, span, confidence)
                return




def _value_beside(items: list[Paragraph], paragraph: Paragraph,
                  at: int) -> tuple[Paragraph, int, str] | None:
    """The line printed right of the key line ending at AT, in the paragraph beside: that
    paragraph, where the line starts in it, and the line."""
    key = paragraph.segments[paragraph.text.count("\n", 0, at)]
    for other in items:
        if other is paragraph or other.page != paragraph.page or other.x0 <= key.bbox[2]:
            continue
        start = 0
        for segment, line in zip(other.segments, other.text.split("\n"), strict=False):
            if abs(segment.top - key.top) <= ROW:
                return other, start, line
            start += len(line) + 1
    return None


# A signature block's own date, the letter's only one: "Signed this 5th day of March, 2025",
# "Executed on March 5, 2025", "Signed on 03/05/2025" (a line that opens with the words).
_SIGNED_ON = re.compile(r"(?im)^[ \t>]*(?:signed|executed|subscribed)(?:\s+on)?(?=\s+(?:this|the|"
                        r"\d|[A-Z][a-z]{2,8}\.?\s+\d))\s+")
_DATED_ARTICLE = re.compile(r"(?:on\s+)?(?:the|this)\s+", re.I)
