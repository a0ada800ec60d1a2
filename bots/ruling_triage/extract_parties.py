"""Who asks and when: receipt stamp, letter date, requester, agent, importer number, signature."""

from __future__ import annotations

import re
from datetime import date

from bots.common.reading.date_line import date_line
from bots.common.reading.dates import find_dates as find_any_dates
from bots.common.reading.letter import STAMP as _STAMP
from bots.common.reading.letter import same_party
from bots.common.reading.parties import (
    STATE_ZIP,
    NameAndAddress,
    is_role_word,
    joined_evidence,
    name_and_address_line,
    name_over_address,
    party_in_recital,
    party_with_address,
)
from bots.common.reading.pointers import BACK_POINTER_CAPTION, POINTERS
from bots.customs.identifiers import parse_importer_number
from bots.ruling_triage import captions
from bots.ruling_triage.extract_address_below import address_below
from bots.ruling_triage.extract_address_rows import address_rows
from bots.ruling_triage.extract_agency import AUTHORITY_WORDS, acts_for
from bots.ruling_triage.extract_letter import ID_APPOSITIVE, asking_party
from bots.ruling_triage.extract_party_places import ADDRESS_BOX as _ADDRESS_BOX
from bots.ruling_triage.extract_party_places import OWN_FIELD as _OWN_FIELD
from bots.ruling_triage.extract_party_places import ROW as _ROW
from bots.ruling_triage.extract_party_places import (
    address_line_after,
    address_run_on,
    sole_address,
    value_above,
    value_left,
    without_next_field,
)
from bots.ruling_triage.extract_party_places import (
    names as _names,
)
from bots.ruling_triage.extract_text import (
    BULLET,
    LABELLED,
    PROSE,
    STAMPED,
    Fields,
    Paragraph,
    Span,
    fold,
    label,
    labelled,
)
from bots.ruling_triage.name_place import without_place
from tradebots.facts import Extracted
from tradebots.pdf import Segment, find_dates

STOP = re.compile(
    r"\s*(?:(?:[IVX]{1,4}|\d{1,2})\.\s+[A-Z]|(?:requester|importer number|agent|authority|date"
    r"|ruling type|number of items|port\(s\)|signature|name and title|component\s+materials"
    r"|principal\s+use|intended\s+use|composition\s*:|commodity\s*:)\b)", re.I)
_STAMP_REACH = 80
# A name read only from a running head (no label, no letterhead, no sentence): a weak cue.
RUNNING = 0.8
# A weekday before a date, in full or cut short as mail clients print it ("Mon, 18 Aug 2025").
_WEEKDAY = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|"
                      r"Sun)\.?(?=,))[,.]?\s+", re.I)
_ELECTRONIC = re.compile(r"submitted\s+electronically|\beRulings\b", re.I)
# The importer number is most often the IRS number: "(EIN 27-5925170)".
# "(IOR 39-8501641)" and "Its importer number is 36-3252661" as well as "Importer No.:".
# A key = value list or an export prints "Importer number = 36-3252661" or "IOR ID: ...".
_IMPORTER = re.compile(r"(?:(?:importer(?:\s+of\s+record)?|IOR|IRS)\s*(?:no\.?|number|#|ID)"
                       r"(?:\s+is)?|\b(?:F?EIN|IOR)\b(?:\s+is)?"
                       # the number's other names, run into a letterhead's or a block's line:
                       # "Federal Tax ID No.", "Employer Identification Number", "CBP-assigned
                       # number" (the last VERIFY form: a person checks it)
                       r"|\b(?:federal\s+|IRS\s+)?(?:tax(?:payer)?\s+ID(?:entification)?|employer\s+"
                       r"identification)(?:\s+(?:no\.?|number|#))?(?:\s+is)?"
                       r"|\bCBP[-\s]+assigned\s+(?:importer\s+)?(?:no\.?|number)(?:\s+is)?)\s*[:=]?\s*"
                       # OCR may set a space beside the hyphen: "IOR 95- 4900335", "95 -4900335".
                       r"(?P<n>[0-9](?:[0-9A-Z-]|[ \t](?=-[0-9])|(?<=-)[ \t](?=[0-9])){6,14})",
                       re.I)
# The principal's name opens with a capital: "On behalf of our client, and under the letter of
# authorization on file, we request" names no one (the particulars name the client).
_BEHALF = re.compile(
    r"on\s+behalf\s+of\s+(?:(?:our|my)\s+(?:client|principal|customer),?\s+)?"
    r"(?P<name>(?-i:[A-Z0-9])[^()]+?)"
    # Asides may follow one another: "(Importer No. 98-7654321) ("Meridian"), we ...".
    r"(?:,\s+(?P<address>\d[^()]*?))?(?:\s*\([^)]*\))*,\s+(?:we|I)\b", re.I | re.S)
# A title's line of its own: "REQUEST FOR A BINDING RULING" / "on behalf of Hollis & Grange Co."
_BEHALF_LINE = re.compile(r"(?im)^[ \t]*(?:submitted\s+|filed\s+)?on\s+behalf\s+of\s+"
                          r"(?:(?:our|my)\s+(?:client|principal),?\s+)?"
                          r"(?P<name>(?-i:[A-Z0-9])[^\n,;()]*?(?:,?\s+(?:Inc|LLC|Ltd|Corp|Co)\.?)?)"
                          r"\.?[ \t]*$(?P<address>(?!))?")
# A printout's or a deck's line naming who filed it for whom: "Submitted by Delacroix & Finch
# PLLC on behalf of our client, Tallgrass Bicycle Works LLC.", "Filed by X for its client Y".
_FILED_FOR = re.compile(r"(?im)^[ \t\u2022*-]*(?:submitted|filed|prepared|sent)\s+by\s+"
                        r"[A-Z][^\n;]*?,?\s+(?:on\s+behalf\s+of\s+(?:_CLIENT,?\s+)?|"
                        r"for\s+_CLIENT,?\s+)(?P<name>(?-i:[A-Z0-9])[^()\n;]*?)\.?[ \t]*$"
                        r"(?P<address>(?!))?"
                        .replace("_CLIENT",
                                 r"(?:our|my|its|their)\s+(?:client|principal|customer)"))
# "This firm represents Harbor Goods LLC, 12 Pier Road, ... (the "Importer"), in ..."
_REPRESENT = re.compile(
    r"\b(?i:we|this\s+(?:firm|office|company)|the\s+undersigned)\s+represents?\s+"
    r"(?P<name>[A-Z][^,()]+?(?:,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co)\.?)?)"
    # The address after a comma or in parentheses: "X (505 Main Street, Town, ST 55401) and asks".
    r"(?:(?:,\s+|\s*\()(?P<address>\d[^()]*?\d{5}(?:-\d{4})?)\)?)?(?:\s*\([^)]*\))?"
    r"(?=,\s|\.\s|\.$|\s+in\b|\s+as\b|\s+and\s+(?:asks?|requests?|seeks?)\b)",
    re.S)
_AGENT_FOR = re.compile(
    r"\b(?i:as\s+(?:licensed\s+)?customs\s+broker\s+for|acting\s+as\s+agent\s+for|"
    r"(?:write|writing)\s+for\s+the\s+importer\s+of\s+record,?|as\s+attorney-in-fact\s+for|"
    r"attorneys?\s+for|counsel\s+(?:to|for))\s+(?P<name>[A-Z][^()\n,]*?)"
    r"(?=\s*\((?i:importer|IOR|CBP)|,\s+(?i:we|the\s+undersigned)\b)")
# "This firm, for X (15 Wharf Street, Annapolis, MD 21401; importer number ...), requests":
# a principal with its address in the parenthesis.
_FIRM_FOR = re.compile(
    r"\b(?i:this\s+(?:firm|office)|the\s+undersigned),?\s+(?i:for|on\s+behalf\s+of)\s+"
    r"(?P<name>[A-Z][^()\n]*?)\s*\((?P<address>\d[^;()]*?\d{5}(?:-\d{4})?)[;)]")
# "Lakeshore Audio, Inc., 505 Washington Avenue N, Minneapolis, MN 55401, through counsel,
# asks for a prospective ruling": the principal speaks through its agent, who signs.
_THROUGH = re.compile(
    r"(?m)^\s*(?P<name>[A-Z][^()\n]*?(?:\n[^()\n]*?)?),\s+(?P<address>\d[^()]*?\d{5}(?:-\d{4})?)"
    r"(?:\s*\([^)]*\))?,?\s+(?i:through|by)\s+(?i:its\s+)?(?i:counsel|attorneys?|(?:customs\s+)?broker|agent)\b")
# An agent states its authority (19 CFR 177.1) by naming what gives it: a power of attorney, a
# letter of authorization or engagement, or "under the authority of" its principal's mandate.
# "Re: Binding ruling request (valuation) for Marlowe & Finch Home Goods LLC, 88 Harbor Point
# Road, Stamford, CT 06902; importer no. ...": the subject line names the principal and address.
_RE_FOR = re.compile(
    r"(?im)^[ \t]*(?:re|subject|regarding)\s*:[^\n]*?\b(?:for|on\s+behalf\s+of)\s+"
    r"(?P<name>[A-Z][^()\n;:]*?(?:\n[^()\n;:]*?)?),\s+(?P<address>\d[^;()]*?\d{5}(?:-\d{4})?)\b")
# Or the address set under the name, line by line, as on an envelope ("Re: ... for X" / "2650
# Lakeview Drive" / "Columbus, OH 43219").
_RE_FOR_UNDER = re.compile(
    r"(?im)^[ \t]*(?:re|subject|regarding)\s*:[^\n]*?\b(?:for|on\s+behalf\s+of)\s+"
    r"(?P<name>[A-Z][^()\n;:,]*?),?[ \t]*\n[ \t]*(?P<address>\d[^\n;()]*(?:\n[^\n;()]*?){0,2}?"
    r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b")
# 177.1(a)(3)'s authority, however it is worded: "as authorized agents of the importer",
# "under its letter of authority enclosed".
_AUTHORITY = re.compile(r"authori[sz]ed\s+to\s+act|power\s+of\s+attorney|letter\s+of\s+"
                        r"(?:authori[sz]ation|authority|engagement)|authori[sz]ed\s+(?:customs\s+)?"
                        r"(?:agents?|representatives?|brokers?)\s+(?:of|for)\b|engagement\s+letter|authority\s+to\s+act|"
                        # "X has engaged and authorized our firm to seek this ruling"
                        r"has\s+(?:(?:engaged|retained|appointed|instructed)\s+and\s+)?authori[sz]ed\s+"
                        r"(?:(?:this|our)\s+(?:firm|office|company)|us|me|the\s+undersigned)"
                        r"|(?:under|with|pursuant\s+to)\s+(?:the\s+)?(?:written\s+)?authority\s+"
                        r"(?:of|given|granted|conferred)\b", re.I)
# Name and address on one line, by comma or semicolon: "X, INC.; 2300 Industrial Pkwy, ...".
_NAME_AND_ADDRESS = re.compile(
    r"\s*(?P<name>[A-Z][^,;|\n()]*?(?:,\s*(?i:Inc|LLC|L\.L\.C|Ltd|Corp|Co)\.?)?)(?:[,;]|\s+\|)\s+"
    r"(?P<address>\d[^()\n]*?(?:\n[^()\n]*?)?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b")
_LOCATED = re.compile(r"[^;]{0,60}?\b(?:located|based|with\s+(?:its\s+)?offices)\s+at\s+"
                      r"(?P<address>\d[^();]*?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b")
_LABELS = {
    "requester_name": label(captions.REQUESTER),
    "requester_address": label(r"(?:requester|applicant|importer(?:\s+of\s+record)?)(?:'s)?\s+"
                               r"(?:mailing\s+|business\s+)?address|address\s+of\s+(?:the\s+)?"
                               r"(?:requester|applicant|importer(?:\s+of\s+record)?|requesting\s+"
                               r"party|company)"),
    # A caption ("Agent:", "Agent's name", a heading "Agent"), never a wrapped line that
    # happens to open with the word ("agent for this request; its letter ...").
    "agent_name": label(r"agent(?:'s)?(?:\s+name)?(?=[ \t]*(?::|\n|$))"),
    "request_date": label(captions.REQUEST_DATE),
    "importer_number": label(captions.IMPORTER_NUMBER),
    "authority": label(r"authority\s+to\s+act"),
}


def read_header(items: list[Paragraph], fields: Fields, letter: list[Paragraph]) -> None:
    """The receipt stamp (anywhere in ITEMS), the letter's own date (in LETTER, the pages less a
    fax cover sheet) and whether it came electronically."""
    stamp_top: tuple[int, float] | None = None
    for paragraph in items:
        match = _STAMP.search(paragraph.text)
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
    found_label = labelled(items, _LABELS["request_date"], STOP)
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


def _date_inside(paragraph: Paragraph) -> tuple[date, Span] | None:
    """A line wholly a date inside a paragraph of the heading: a producer that leaves no gap
    sets the date tight under the letterhead or over the addressee ("Acme Inc.\n12 Main St,
    ...\nApril 20, 2025"). A receipt stamp's date is the stamp's, not the letter's."""
    if "\n" not in paragraph.text or _STAMP.search(paragraph.text):
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
                            r"(?:\s*[:=\u2013-]|\s+(?:on\s+)?)[ \t]*")


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
            if abs(segment.top - key.top) <= _ROW:
                return other, start, line
            start += len(line) + 1
    return None


# A signature block's own date, the letter's only one: "Signed this 5th day of March, 2025",
# "Executed on March 5, 2025", "Signed on 03/05/2025" (a line that opens with the words).
_SIGNED_ON = re.compile(r"(?im)^[ \t>]*(?:signed|executed|subscribed)(?:\s+on)?(?=\s+(?:this|the|"
                        r"\d|[A-Z][a-z]{2,8}\.?\s+\d))\s+")
_DATED_ARTICLE = re.compile(r"(?:on\s+)?(?:the|this)\s+", re.I)


def read_parties(items: list[Paragraph], fields: Fields) -> None:
    """Requester (from a label, or an agent's principal), importer number, agent's authority."""
    _labelled_parties(items, fields)
    # A form's "Requester" box may name the agent who files it; the agency sentence names the
    # principal the ruling is for (19 CFR 177.1: an agent asks for a named principal). The box is
    # set aside while the sentences are read, and stands again unless they name someone else.
    boxed: dict[str, Extracted] = {key: fields.items.pop(key)
                                   for key in ("requester_name", "requester_address")
                                   if key in fields.items}
    _agency(items, fields)
    named = fields.items.get("requester_name")
    if ("requester_name" in boxed and named is not None and fields.value("acting_as_agent")
            and _other_party(str(named.value), str(boxed["requester_name"].value))):
        fields.items.setdefault("agent_name", boxed["requester_name"])
    else:
        fields.items.update(boxed)
    if not fields.value("acting_as_agent"):
        _unnamed_client(items, fields)
    _address_after_name(items, fields)
    if "requester_name" not in fields.items:
        _party_in_recital(items, fields)
    if "requester_name" not in fields.items:
        _party_by_role(items, fields)
    _unread_requester(items, fields)
    _importer_number(items, fields)


# The writer acting for a client it does not name there: "On behalf of our client, we request",
# "For our client, and under ..., we ask" (the client is the importer its particulars name).
_UNNAMED_CLIENT = re.compile(r"(?i)\b(?:on\s+behalf\s+of|for)\s+(?:our|my)\s+(?:client|principal)"
                             r"\s*,\s+(?:and\s+[^.;]{0,80}?,\s+)?(?:we|I)\s+(?:\w+\s+){0,2}?"
                             r"(?:request|ask|seek|submit|apply|write)")


def _unnamed_client(items: list[Paragraph], fields: Fields) -> None:
    """Marks the writer an agent when it says it acts for a client it does not name: whether it
    states its authority is then asked of it (19 CFR 177.1)."""
    for paragraph in items:
        if match := _UNNAMED_CLIENT.search(paragraph.text):
            fields.put_span("acting_as_agent", True, Span(paragraph, match.start(), match.end()),
                            PROSE)
            return


# A caption for the requester or its address anywhere in a line, its value unread: the letter
# gives the element in a way the reader missed ("..., CA: Requester: X" run into another cell).
_UNREAD_CAPTION = {key: re.compile(rf"(?:^|[:;|]\s+|\n)\s*(?:{caption})\s*:", re.I)
                   for key, caption in (("requester_name", captions.REQUESTER),
                                        ("requester_address", captions.ADDRESS))}


def _unread_requester(items: list[Paragraph], fields: Fields) -> None:
    """Marks a requester (name or address) the letter captions but the reader did not read, so
    its absence is not concluded (177.2(b)(1)): a person reads it instead. Only the caption of
    the part not read counts: the name's own caption says nothing of a missing address."""
    unread = [pattern for key, pattern in _UNREAD_CAPTION.items() if not fields.value(key)]
    for paragraph in items:
        if match := next((found for pattern in unread
                          if (found := pattern.search(paragraph.text))), None):
            span = Span(paragraph, match.start(), match.end())
            fields.put_span("requester_unread", True, span, PROSE)
            return


# A line that names the matter's party: a subject line alone ("Re:"), or a legal caption ("IN THE
# MATTER OF THE RULING REQUEST OF:"), the party's name and address printed beside or under it.
_ROLE_LINE = re.compile(r"\s*(?:(?:re|subject|regarding)\s*:|in\s+the\s+matter\s+of\b[^\n]*)"
                        r"[\s)]*", re.I)
_RUNNING_REACH = 60.0  # points from the page's top: a running head's line


def _party_by_role(items: list[Paragraph], fields: Fields) -> None:
    """The requester a subject line or a legal caption names with its address (the block beside
    or under it), else a running head's "Name - address" line at the top of the first page; no
    label names it, so the cue is weaker than a label's."""
    for at, paragraph in enumerate(items):
        role = _ROLE_LINE.fullmatch(paragraph.text)
        if role is None:
            continue
        beside = _beside(items, paragraph)
        for block in (b for b in (beside, items[at + 1] if at + 1 < len(items) else None) if b):
            if (party := name_over_address(block.text)) is not None:
                _put_party(fields, block, party, PROSE)
                return
    for paragraph in items[:3]:
        if paragraph.page == items[0].page and paragraph.segments[0].top < _RUNNING_REACH \
                and (party := name_and_address_line(paragraph.text.split("\n")[0])) is not None:
            _put_party(fields, paragraph, party, RUNNING)
            return


def _party_in_recital(items: list[Paragraph], fields: Fields) -> None:
    """The requester a recital names with its address and defines by its role."""
    for paragraph in items:
        if (party := party_in_recital(paragraph.text)) is not None:
            _put_party(fields, paragraph, party, PROSE)
            return


def _beside(items: list[Paragraph], paragraph: Paragraph) -> Paragraph | None:
    """The paragraph printed right of PARAGRAPH's first line, on its row."""
    key = paragraph.segments[0]
    return next((other for other in items if other is not paragraph
                 and other.page == paragraph.page and other.segments[0].x0 > key.bbox[2]
                 and abs(other.segments[0].top - key.top) <= _ROW), None)


def _put_party(fields: Fields, paragraph: Paragraph, party: NameAndAddress,
               confidence: float) -> None:
    for key, value, (start, end) in (("requester_name", party.name, party.name_span),
                                     ("requester_address", party.address, party.address_span)):
        fields.put_span(key, value, Span(paragraph, start, end), confidence)


def _other_party(one: str, other: str) -> bool:
    """Whether two names name different parties: neither the same nor one inside the other (a
    sentence read with its heading: "Requester Harbor Goods LLC")."""
    folded = (one.casefold(), other.casefold())
    return not same_party(one, other) and folded[0] not in folded[1] and folded[1] not in folded[0]


def _agency(items: list[Paragraph], fields: Fields) -> None:
    """The principal an agent's sentence names, and that the writer is an agent."""
    for index, paragraph in enumerate(items):
        if (under := _address_under_re(items, index)) is not None:
            name, lines = under
            fields.put_span("requester_name", fold(name.flat), name, PROSE)
            fields.put_span("requester_address", ", ".join(fold(p.text) for p in lines),
                            Span(lines[0], 0, len(lines[0].text)), PROSE)
            if not _own_letterhead(items, name.flat):
                fields.put_span("acting_as_agent", True, name, PROSE)
            break
        if ((match := _BEHALF.search(paragraph.text)) and _own_letterhead(items, match["name"])
                and not _CLIENT.search(paragraph.text, match.start(), match.start("name"))):
            # "On behalf of X (importer number ...), I ask" under X's own letterhead: an officer
            # writes for the organisation that employs it, which asks itself (no agent, 177.1).
            fields.put_span("requester_name", fold(match["name"]),
                            Span(paragraph, match.start("name"), match.end("name")), PROSE)
            break
        if match := (_BEHALF.search(paragraph.text) or _BEHALF_LINE.search(paragraph.text)
                     or _REPRESENT.search(paragraph.text)
                     or _FIRM_FOR.search(paragraph.text) or _THROUGH.search(paragraph.text)
                     or _RE_FOR.search(paragraph.text) or _RE_FOR_UNDER.search(paragraph.text)
                     or _FILED_FOR.search(paragraph.text)):
            fields.put_span("requester_name", fold(match["name"]),
                            Span(paragraph, match.start("name"), match.end("name")), PROSE)
            if match["address"]:
                fields.put_span("requester_address", fold(match["address"]),
                                Span(paragraph, match.start("address"), match.end("address")),
                                PROSE)
            elif located := _LOCATED.match(paragraph.text, match.end("name")):
                # "X (importer no. ...), located at 9 Wharf Street, New Bedford, MA 02740, which"
                fields.put_span("requester_address", fold(located["address"]),
                                Span(paragraph, located.start("address"), located.end("address")),
                                PROSE)
            else:
                # "On behalf of our client X (8 Wharf Row, Mobile, AL 36602; importer number
                # ...)": the address in the aside, with the number after it.
                _principal_address(paragraph, match["name"], fields)
            fields.put_span("acting_as_agent", True, Span(paragraph, match.start(), match.end()),
                            PROSE)
            break
        # "We act for X under ...", "X has appointed us as its agent": the writer is an agent
        # (its name ends where the sentence goes on, before any aside in parentheses).
        # "As customs broker for X (Importer No. ...)": a principal named without an address.
        if match := (acts_for(paragraph.text) or _AGENT_FOR.search(paragraph.text)):
            fields.put_span("requester_name", fold(match["name"]),
                            Span(paragraph, match.start("name"), match.end("name")), PROSE)
            fields.put_span("acting_as_agent", True, Span(paragraph, match.start(), match.end()),
                            PROSE)
            _principal_address(paragraph, match["name"], fields)
            break
        # "As customs broker for X, 1 Main St, Town, ST 12345": a principal with its address.
        if (party := party_with_address(paragraph.text)) and party.for_another:
            for key, value, (start, end) in (("requester_name", party.name, party.name_span),
                                             ("requester_address", party.address,
                                              party.address_span)):
                fields.put_span(key, value, Span(paragraph, start, end), PROSE)
            fields.put_span("acting_as_agent", True, Span(paragraph, *party.name_span), PROSE)
            break


# A subject line ending with whom the request is for: "Re: Binding ruling request for X".
_RE_FOR_LINE = re.compile(r"(?i)^[ \t]*(?:re|subject|regarding)\s*:[^\n]*?\b(?:for|on\s+behalf"
                          r"\s+of)\s+(?-i:(?P<name>[A-Z][^()\n;:,]*?))[ \t]*$")
_MOST_ADDRESS_LINES = 3


def _address_under_re(items: list[Paragraph], index: int) -> tuple[Span, list[Paragraph]] | None:
    """The principal a subject line names last, with the address lines printed under it as on an
    envelope, each a paragraph of its own ("2650 Lakeview Drive" / "Columbus, OH 43219")."""
    paragraph = items[index]
    if (match := _RE_FOR_LINE.match(paragraph.text)) is None:
        return None
    under = [p for p in items[index + 1:index + 1 + _MOST_ADDRESS_LINES]
             if p.page == paragraph.page]
    if not under or not re.match(r"\s*\d", under[0].text):
        return None
    for at, line in enumerate(under):
        if STATE_ZIP.search(line.text):
            return Span(paragraph, match.start("name"), match.end("name")), under[:at + 1]
    return None


_CLIENT = re.compile(r"\b(?:client|principal|customer)\b", re.I)


def _own_letterhead(items: list[Paragraph], name: str) -> bool:
    """Whether NAME heads the first page, the letterhead's first line (in capitals or not)."""
    page = items[0].page if items else 1
    heads = [p.text.strip().split("\n")[0] for p in items[:2] if p.page == page and p.text.strip()]
    return any(same_party(head, fold(name)) for head in heads)


def _principal_address(paragraph: Paragraph, name: str, fields: Fields) -> None:
    """The address the same sentence gives the principal an agent names: "We write on behalf of
    X (1 Main St, Town, ST 00000), the importer"."""
    party = party_with_address(paragraph.text)
    # (the name without the seat a writer may add: "X LLC of Newark, New Jersey (12 Pier ...)")
    if party is not None and party.for_another and same_party(
            without_place(party.name) or party.name, without_place(fold(name)) or fold(name)):
        fields.put_span("requester_address", party.address,
                        Span(paragraph, *party.address_span), PROSE)


def _importer_number(items: list[Paragraph], fields: Fields) -> None:
    """The importer number, and whether an agent states its authority."""
    for paragraph in items:
        if match := _IMPORTER.search(paragraph.text):
            parsed = parse_importer_number(re.sub(r"[ \t]", "", match["n"]).rstrip("-"))
            if parsed is not None:
                fields.put_span("importer_number", parsed.normalized,
                                Span(paragraph, match.start("n"), match.end("n")), PROSE)
                break
    if "importer_number" not in fields.items:
        _importer_box(items, fields)
    if "importer_number" not in fields.items:
        _bare_number(items, fields)
    for paragraph in items:
        if match := (_AUTHORITY.search(paragraph.text) or AUTHORITY_WORDS.search(paragraph.text)):
            fields.put_span("agent_authority_stated", True,
                            Span(paragraph, match.start(), match.end()), PROSE)
            break


# The IRS number in parentheses straight after a party's name, with no caption: "Bluefield
# Ceramics Corporation (72-6583027) will import"; the IRS form NN-NNNNNNN (and its two-character
# suffix) is not a phone's or an entry's. A weaker cue than a caption.
_BARE_EIN = re.compile(r"[A-Z][\w.&'-]*(?:[ ,]+[\w.&'-]+){0,8}\s+"
                       r"\((?P<n>\d{2}-\d{7}(?:[A-Z0-9]{2})?)\)")


def _bare_number(items: list[Paragraph], fields: Fields) -> None:
    for paragraph in items:
        if (match := _BARE_EIN.search(paragraph.text)) and (
                parsed := parse_importer_number(match["n"])):
            fields.put_span("importer_number", parsed.normalized,
                            Span(paragraph, match.start("n"), match.end("n")), PROSE - 0.1)
            return


def _importer_box(items: list[Paragraph], fields: Fields) -> None:
    """An importer-number caption alone ("IOR No.", "3. Importer number:") over or beside the
    box that holds the number."""
    box = labelled(items, _LABELS["importer_number"], STOP)
    if box is None or not box.text.split():
        return
    first = box.text.split()[0].rstrip(".,;")
    parsed = parse_importer_number(first)
    if parsed is not None:
        start = box.start + box.text.index(first)
        fields.put_span("importer_number", parsed.normalized,
                        Span(box.paragraph, start, start + len(first)), LABELLED)


def _address_box(items: list[Paragraph], name: Paragraph) -> Span | None:
    """A form's bare "Address" box right after the requester's box ("1. Requester", "2. Address",
    or a worksheet's "Requester" and "Address" rows) is the requester's address."""
    at = next((i for i, p in enumerate(items) if p is name), None)
    if at is None:
        return None
    return labelled(items[at + 1:at + 3], _ADDRESS_BOX, STOP)


# A printout or an export runs its key-value lines into one block: "...\nRequester: X; ...".
_REQUESTER_LINE = re.compile(r"(?im)^[ \t>]*(?:requester|applicant|requesting\s+party)(?:'s)?"
                             r"(?:\s+name)?[ \t]*[:=][ \t]*(?=\S)")


def _labelled_line(items: list[Paragraph]) -> Span | None:
    """The rest of a "Requester:" line inside a paragraph, up to the line's end."""
    for paragraph in items:
        if match := _REQUESTER_LINE.search(paragraph.text):
            end = paragraph.text.find("\n", match.end())
            return Span(paragraph, match.end(), len(paragraph.text) if end < 0 else end)
    return None


# A section heading naming who asks, its first item giving the party in its role ("Requesting
# party" / "• Vessel operator: X, 1180 Harbor Point Road, Tacoma, WA 98421"); or a questionnaire's
# question ("Who is asking for the ruling?" over "X Corp., 2902 Depot Street, ..., NJ 07201.").
_WHO_ASKS = re.compile(r"\s*(?:requesting\s+(?:party|company|firm|importer)|requester|applicant"
                       r"|who\s+(?:is\s+|will\s+be\s+)?(?:asking|asks|requesting|requests|applying"
                       r"|making\s+(?:the|this)\s+request)(?:\s+(?:for\s+)?(?:the|this|a)\s+(?:binding\s+)?"
                       r"ruling)?|who\s+is\s+the\s+(?:requester|applicant|requesting\s+party))"
                       r"\s*\??\s*$", re.I)
_ITEM_CAPTION = re.compile(rf"[ \t]*(?:{BULLET}[ \t]+)?" r"[A-Z][^:\n]{0,40}:[ \t]*")


def _item_under_heading(items: list[Paragraph]) -> Span | None:
    """The first item under a heading naming who asks, when it gives a name and an address."""
    for index, paragraph in enumerate(items[:-1]):
        if not _WHO_ASKS.fullmatch(paragraph.text):
            continue
        after = items[index + 1]
        caption = _ITEM_CAPTION.match(after.text)
        if caption and _NAME_AND_ADDRESS.match(after.text, caption.end()):
            return Span(after, caption.end(), len(after.text))
        # The answer alone, no caption of its own: the name and its address.
        if caption is None and _NAME_AND_ADDRESS.match(after.text):
            return Span(after, 0, len(after.text))
        return None
    return None


def _lines_under_name(name: Span) -> Span | None:
    """The address lines a "Requester" cell prints under the name ("Meridian LLC" / "410 Customs
    House Square" / "Baltimore, MD 21202"), when they hold a street number or a ZIP code."""
    text = name.text
    first_end = text.find("\n", len(text) - len(text.lstrip()))
    if first_end < 0:
        return None
    # A line with a label of its own ("IOR No. 47-1928305", "Port of entry: Omaha") is the next
    # field, not the address: the address ends before it.
    end = first_end + 1
    for line in text[first_end + 1:].split("\n"):
        # Nor is a bare importer number, its caption printed in a column of its own.
        if _OWN_FIELD.match(line) or parse_importer_number(line.strip()) is not None:
            break
        end += len(line) + 1
    end = min(end, len(text))
    if not any(c.isdigit() for c in text[first_end:end]):
        return None
    return Span(name.paragraph, name.start + first_end + 1, name.start + len(text[:end].rstrip()))


def _address_after_name(items: list[Paragraph], fields: Fields) -> None:
    """The requester's address where the letter prints it after the name, anywhere ("Importer:
    Hollis & Grange Furniture Co., 31 Mill Pond Road, High Point, NC 27260; importer number")."""
    name = fields.items.get("requester_name")
    if name is None or not name.value or "requester_address" in fields.items:
        return
    # An aside may stand between them: "X (IOR 53-6403241),\n640 Adobe Lane, Tucson, AZ 85701";
    # a letterhead sets the name and the address lines under each other.
    pattern = re.compile(r"\s+".join(re.escape(w) for w in str(name.value).split())
                         # the name read without its suffix's full stop ("Corp" of "Corp.,")
                         + r"\.?(?:\s*\([^()\n]{1,40}\))?(?P<sep>,|\s+\||[ \t]*(?=\n))\s+"
                         r"(?P<address>\d[^()\n;]*?(?:\n[^()\n;]*?)?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b")
    for paragraph in items:
        if match := pattern.search(paragraph.text):
            span = Span(paragraph, match.start("address"), match.end("address"))
            if match["sep"] == ",":
                # A sentence prints its own commas; its line breaks fall anywhere ("12 Pier" /
                # "Road, Newark").
                fields.put_span("requester_address", fold(match["address"]), span, PROSE)
                return
            lines = [fold(line).rstrip(",") for line in match["address"].split("\n")]
            fields.put_span("requester_address", _joined(lines), span, PROSE)
            return


_STATE_END = re.compile(r"\b[A-Z]{2}$")
_ZIP_START = re.compile(r"\d{5}(?:-\d{4})?\b")


# Another column's caption run into a value's line: "X LLC: Anticipated Port(s) of Entry:".
_RUN_IN_CAPTION = re.compile(r":\s+[A-Z][\w()/'. -]{2,40}:\s*$")


def _names_anyone(text: str) -> bool:
    """Whether a caption's value holds a name at all (a role word's full stop, "Requester.",
    leaves "." after the caption)."""
    return sum(c.isalpha() for c in text) >= 2


def _joined(lines: list[str]) -> str:
    """Address lines as one: a comma between parts, but a line broken between the state and its
    ZIP code ("Newark, NJ" / "07114") joins with a space, as printed on one line."""
    joined = ""
    for line in lines:
        gap = " " if _STATE_END.search(joined) and _ZIP_START.match(line) else ", "
        joined = joined + gap + line if joined else line
    return joined


def _pointed(items: list[Paragraph], caption: re.Pattern[str]) -> Span | None:
    """The value a caption points back at on its line, as a form printed with its labels to the
    right writes it ("Gulf Foods Inc. <- Importer"), or forward ("Importer -> Gulf Foods Inc.")."""
    for paragraph in items:
        for pattern in POINTERS:
            for line in pattern.finditer(paragraph.text):
                if _names(caption, line["caption"]):
                    return Span(paragraph, line.start("value"), line.end("value"))
        for segment, text in zip(paragraph.segments, paragraph.text.split("\n"), strict=False):
            alone = BACK_POINTER_CAPTION.match(text)
            if alone is not None and _names(caption, alone["caption"]) \
                    and (left := _line_left_of(items, segment)) is not None:
                return left
    return None


def _line_left_of(items: list[Paragraph], key: Segment) -> Span | None:
    """The line printed left of KEY on its row, in a paragraph of its own column."""
    for other in items:
        start = 0
        for segment, line in zip(other.segments, other.text.split("\n"), strict=False):
            if other.page == key.page and segment.bbox[2] < key.x0 \
                    and abs(segment.top - key.top) <= _ROW:
                return Span(other, start, start + len(line))
            start += len(line) + 1
    return None


_PUSHED_GAP = 1.0  # tag heights: a value pushed under its tag stands right below it


def _under_role_word(value: Span) -> Span | None:
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


def _pushed_under(items: list[Paragraph], tag: Paragraph) -> Span | None:
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


# A requester's caption answered by the name and its importer number, nothing else: "X Inc.,
# importer of record no. 51-6214669.", "X LLC, EIN 27-5925170", "X Co. (IOR 12-3456789)".
_NAME_THEN_NUMBER = re.compile(
    rf"^(?P<name>\S.*?)(?:{ID_APPOSITIVE}|\s*\((?i:importer|IOR|IRS|EIN)[^()\n]{{0,30}}\))"
    r"\s*\.?\s*$")


def _labelled_parties(items: list[Paragraph], fields: Fields) -> None:
    # A pointer ties a caption to its value surer than the caption's colon-less line would.
    name = (_pointed(items, _LABELS["requester_name"])
            or value_above(items, _LABELS["requester_name"], first=True)
            or labelled(items, _LABELS["requester_name"], STOP, _names_anyone)
            or _labelled_line(items)
            or _item_under_heading(items) or value_above(items, _LABELS["requester_name"]))
    both = name is not None and _NAME_AND_ADDRESS.match(name.text)
    if name is not None and both:
        # "I. Requester" over "X LLC, 120 King Street, Charleston, SC 29401 (importer number ...)"
        for key in ("name", "address"):
            fields.put_span(f"requester_{key}", fold(both[key]),
                            Span(name.paragraph, name.start + both.start(key),
                                 name.start + both.end(key)), LABELLED)
    if name is not None and is_role_word(name.text.strip().split("\n")[0]):
        # "REQUESTER" over the tag "Importer" over the firm: the tag names nobody; the firm is
        # the line under it, its address the lines under that.
        name = _under_role_word(name) or _pushed_under(items, name.paragraph)
    if name is not None and not both and (asked := asking_party(name.text)) is not None:
        # "1. Requester" over "X, importer number N, asks for a binding ruling.": the caption's
        # value is a sentence, whose subject is the party that asks.
        (start, end), at = asked
        fields.put_span("requester_name", fold(name.text[start:end]),
                        Span(name.paragraph, name.start + start, name.start + end), LABELLED)
        if at is not None:
            fields.put_span("requester_address", fold(name.text[at[0]:at[1]]),
                            Span(name.paragraph, name.start + at[0], name.start + at[1]),
                            LABELLED)
        name = None
    if name is not None and not both:
        first = name.text.strip().split("\n")[0]
        if numbered := _NAME_THEN_NUMBER.match(first):
            # "1. Requester" over "X Inc., importer of record no. 51-6214669.": the number
            # after the name is the importer's (read as such), no part of the name.
            first = numbered["name"]
            name = Span(name.paragraph, name.start, name.start + len(first))
        if run_in := _RUN_IN_CAPTION.search(first):
            # "X LLC: Anticipated Port(s) of Entry:" over "NEWARK, NJ": a cell of another
            # column run into the name's line; the lines under it are that caption's value.
            first = first[:run_in.start()]
        fields.put_span("requester_name", fold(first),
                        Span(name.paragraph, name.start, name.start + len(first) + 1), LABELLED)
        if run_in:
            name = Span(name.paragraph, name.start, name.start + len(first))
    address = (_pointed(items, _LABELS["requester_address"])
               or value_above(items, _LABELS["requester_address"], first=True)
               or labelled(items, _LABELS["requester_address"], STOP))
    if address is None and name is not None and not both and (
            rows := address_rows(items, name)) is not None:
        # "Requester: X" over "Street: ..." and "City: ..." rows: the parts of its address
        fields.put("requester_address", rows[0], rows[1], LABELLED)
        name = None
    if address is None and name is not None:
        address = (_lines_under_name(name) or address_line_after(name)
                   or _address_box(items, name.paragraph))
    if address is None:
        address = (value_above(items, _LABELS["requester_address"])
                   or value_left(items, _LABELS["requester_address"]))
    if address is None and name is not None and not both and (
            below := address_below(items, name)) is not None:
        # "Requester: X" over its street and city lines, no caption of their own
        fields.put("requester_address", below[0], below[1], LABELLED)
        name = None
    if address is None and name is not None:
        address = sole_address(items, STOP)
    if address is not None:
        address = without_next_field(address)
    if address is not None:
        # A box wrapped after a comma ("New Orleans,/LA 70130") keeps one comma.
        lines = [fold(line).rstrip(",") for line in address.text.split("\n") if line.strip()]
        evidence = address.evidence()
        if (rest := address_run_on(items, address)) is not None:
            lines.append(fold(rest.text))
            evidence = joined_evidence(evidence, rest.evidence())
        fields.put("requester_address", _joined(lines), evidence, LABELLED)
    agent = labelled(items, _LABELS["agent_name"], STOP)
    if agent is not None:
        first = agent.text.strip().split("\n")[0]
        fields.put_span("agent_name", fold(first), agent, LABELLED)
        fields.put_span("acting_as_agent", True, agent, LABELLED)
