"""The requester's name and address where the letter captions them: a box, a labelled line, a
heading's first item, a pointer, the address lines under the name; and the agent's caption."""

from __future__ import annotations

import re

from bots.common.reading.parties import is_role_word, joined_evidence
from bots.customs.identifiers import parse_importer_number
from bots.ruling_triage.address_commas import joined_lines
from bots.ruling_triage.extract_address_below import address_below
from bots.ruling_triage.extract_address_rows import address_rows
from bots.ruling_triage.extract_opening import ID_APPOSITIVE, asking_party
from bots.ruling_triage.extract_party_places import (
    ADDRESS_BOX,
    OWN_FIELD,
    address_line_after,
    address_run_on,
    pointed,
    pushed_under,
    sole_address,
    under_role_word,
    value_above,
    value_left,
    without_next_field,
)
from bots.ruling_triage.extract_sub_captions import address_sub_caption
from bots.ruling_triage.extract_text import (
    ANSWER_NOTE,
    BULLET,
    LABELLED,
    Fields,
    Paragraph,
    Span,
    fold,
    labelled,
)
from bots.ruling_triage.field_labels import LABELS, STOP

# Name and address on one line, by comma or semicolon: "X, INC.; 2300 Industrial Pkwy, ...".
# A name parted from its address by a semicolon may hold commas and a note of its own ("X, S.A.
# de C.V. (U.S. Branch); 2250 Ponce de Leon Avenue, ...").
_NAME_AND_ADDRESS = re.compile(
    r"\s*(?P<name>[A-Z][^;|\n]{1,80}?(?=;\s+\d)|[A-Z][^,;|\n()]*?"
    r"(?:,\s*(?i:Inc|LLC|L\.L\.C|Ltd|Corp|Co)\.?)?)(?:[,;]|\s+\|)\s+"
    r"(?P<address>\d[^()\n]*?(?:\n[^()\n]*?)?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b")


def _address_box(items: list[Paragraph], name: Paragraph) -> Span | None:
    """A form's bare "Address" box right after the requester's box ("1. Requester", "2. Address",
    or a worksheet's "Requester" and "Address" rows) is the requester's address."""
    at = next((i for i, p in enumerate(items) if p is name), None)
    if at is None:
        return None
    return labelled(items[at + 1:at + 3], ADDRESS_BOX, STOP)


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
# question ("Who is asking for the ruling?" over "X Corp., 2902 Depot Street, ..., NJ 07201."),
# numbered ("Q1", "Question 1") and saying what the answer gives ("? Name and address.").
_WHO_ASKS = re.compile(r"\s*(?:Q(?:uestion)?[ \t]*\d{1,2}[.:)]?[ \t]+)?"
                       r"(?:requesting\s+(?:party|company|firm|importer)|requester|applicant"
                       r"|who\s+(?:is\s+|will\s+be\s+)?(?:asking|asks|requesting|requests|applying"
                       r"|making\s+(?:the|this)\s+request)(?:\s+(?:for\s+)?(?:the|this|a)\s+(?:binding\s+)?"
                       r"ruling)?|who\s+is\s+the\s+(?:requester|applicant|requesting\s+party))"
                       r"\s*(?:\?(?:" + ANSWER_NOTE + r")?)?\s*$", re.I)
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
        if OWN_FIELD.match(line) or parse_importer_number(line.strip()) is not None:
            break
        end += len(line) + 1
    end = min(end, len(text))
    if not any(c.isdigit() for c in text[first_end:end]):
        return None
    return Span(name.paragraph, name.start + first_end + 1, name.start + len(text[:end].rstrip()))


# Another column's caption run into a value's line: "X LLC: Anticipated Port(s) of Entry:".
_RUN_IN_CAPTION = re.compile(r":\s+[A-Z][\w()/'. -]{2,40}:\s*$")


def _names_anyone(text: str) -> bool:
    """Whether a caption's value holds a name at all (a role word's full stop, "Requester.",
    leaves "." after the caption)."""
    return sum(c.isalpha() for c in text) >= 2


# A requester's caption answered by the name and its importer number, nothing else: "X Inc.,
# importer of record no. 51-6214669.", "X LLC, EIN 27-5925170", "X Co. (IOR 12-3456789)"; the
# number may be followed by what the party is, the line ending mid-phrase where it wraps: "X
# Inc., importer of record number 57-5869082, the prospective importer" (/ "of the goods.").
_NAME_THEN_NUMBER = re.compile(
    rf"^(?P<name>\S.*?)(?:{ID_APPOSITIVE}|\s*\((?i:importer|IOR|IRS|EIN)[^()\n]{{0,30}}\))"
    r"(?:\s*[,;]\s+(?i:the|its|our|a|an|which|who|as)\b[^\n]{0,80})?\s*\.?\s*$")


def read_labelled_requester(items: list[Paragraph], fields: Fields) -> None:
    # A pointer ties a caption to its value surer than the caption's colon-less line would.
    name = (pointed(items, LABELS["requester_name"])
            or value_above(items, LABELS["requester_name"], first=True)
            or labelled(items, LABELS["requester_name"], STOP, _names_anyone)
            or _labelled_line(items)
            or _item_under_heading(items) or value_above(items, LABELS["requester_name"]))
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
        name = under_role_word(name) or pushed_under(items, name.paragraph)
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
    address = (pointed(items, LABELS["requester_address"])
               or value_above(items, LABELS["requester_address"], first=True)
               or labelled(items, LABELS["requester_address"], STOP))
    if address is None and name is not None and not both and (
            rows := address_rows(items, name)) is not None:
        # "Requester: X" over "Street: ..." and "City: ..." rows: the parts of its address
        fields.put("requester_address", rows[0], rows[1], LABELLED)
        name = None
    if address is None and name is not None and not both and (
            sub := address_sub_caption(items, name)) is not None:
        # "1.1 Name: X" over "1.2 Address:" and its lines: the outline's own address item
        fields.put("requester_address", sub[0], sub[1], LABELLED)
        name = None
    if address is None and name is not None:
        address = (_lines_under_name(name) or address_line_after(name)
                   or _address_box(items, name.paragraph))
    if address is None:
        address = (value_above(items, LABELS["requester_address"])
                   or value_left(items, LABELS["requester_address"]))
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
        fields.put("requester_address", joined_lines(lines), evidence, LABELLED)
    agent = labelled(items, LABELS["agent_name"], STOP)
    if agent is not None:
        first = agent.text.strip().split("\n")[0]
        fields.put_span("agent_name", fold(first), agent, LABELLED)
        fields.put_span("acting_as_agent", True, agent, LABELLED)
