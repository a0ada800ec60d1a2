"""A party named in a sentence with its US address: "On behalf of our client, X, 1 Main St,
City, ST 00000", "attorneys for X of ...", "as broker for X, located at ...".

The name counts only when a lead-in says who the party is (client, principal, importer of
record) and a full street address with city, state and ZIP follows it: two cues that agree.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from tradebots.facts import Evidence

# Street, optional suite or floor, city, state and ZIP; a line may wrap anywhere inside it.
_STREET = r"\d{1,6}\s+[A-Za-z0-9][A-Za-z0-9 .'#&/\n-]*?"
_UNIT = (r"(?:,\s*(?:Suite|Ste\.?|Floor|Fl\.?|Unit|Room|Rm\.?|Building|Bldg\.?|\d+(?:st|nd|rd|th)"
         r"\s+Floor)[^,\n]*)?")
_CITY = r",\s*[A-Za-z][A-Za-z .'\n-]*?,\s*"
_ZIP = r"\s+\d{5}(?:-\d{4})?"
US_ADDRESS = rf"{_STREET}{_UNIT}{_CITY}[A-Z]{{2}}{_ZIP}"
# A US address's last line ends in its state and ZIP code: "Boise, ID 83702-1234".
STATE_ZIP = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
_LEAD_IN = (
    r"on\s+behalf\s+of\s+(?:(?:our|my)\s+(?:client|principal|customer),?\s+"
    r"|the\s+importer\s+of\s+record,?\s+)?"
    r"|represents\s+|attorneys?\s+for\s+|counsel\s+(?:to|for)\s+|(?:customs\s+)?broker\s+for\s+"
    r"|agent\s+for\s+(?:the\s+importer\s+of\s+record,?\s+)?|attorney-in-fact\s+for\s+"
    r"|(?:filed|submitted)\s+for\s+(?:the\s+importer\s+of\s+record,?\s+)?"
    r"|importer\s+of\s+record,?\s+|our\s+(?:client|principal)(?:,|\s+is)?\s+|\bWe,\s+"
    r"|the\s+undersigned\s+importer,?\s+|our\s+company,?\s+"
    r"|\b(?:write|writing|act|acting)\s+for\s+(?:(?:our|my)\s+(?:client|principal|customer),?\s+)?"
    r"|(?:U\.S\.C\.|USC)\s+(?:§\s*)?1514,\s+"
)
_CONNECTOR = (
    r"(?:\s*\(\s*(?:the\s+)?[\"“][^\"”]{1,40}[\"”]\s*\)\s*,?\s*|,\s*|\s+of\s+|\s*\(\s*"
    r"|,?\s+(?:located|with\s+(?:its\s+)?offices|whose\s+(?:principal\s+place\s+of\s+business"
    r"|business\s+address|address)\s+is)\s+(?:at\s+|in\s+)?)"
)
# US_ADDRESS, the street also a PO box and the state also spelled out ("Washington 98421",
# "New Mexico 87501"): the wider shape, read where the narrower finds no party.
_STATE_WIDE = r"(?:[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
US_ADDRESS_WIDE = rf"(?:{_STREET}|P\.?\s*O\.?\s*Box\s+\d{{1,8}}){_UNIT}{_CITY}{_STATE_WIDE}{_ZIP}"


def _party_pattern(address: str) -> re.Pattern[str]:
    """A lead-in, the party's name, a connector, then an ADDRESS."""
    return re.compile(rf"(?:{_LEAD_IN})(?P<name>[A-Z0-9][^();:\"“”]{{1,90}}?){_CONNECTOR}"
                      rf"(?P<address>{address})", re.I)


_PARTY = _party_pattern(US_ADDRESS)
_PARTY_WIDE = _party_pattern(US_ADDRESS_WIDE)
# Only the lead-in is matched without regard to case: a state code and ZIP are printed as such.
_ADDRESS_CASE = re.compile(rf",\s*[A-Z]{{2}}{_ZIP}$")
_ADDRESS_CASE_WIDE = re.compile(rf",\s*{_STATE_WIDE}{_ZIP}$")


@dataclass(frozen=True)
class NameAndAddress:
    """A party's name and its US address, with their character spans in the text read."""

    name: str
    address: str
    name_span: tuple[int, int]
    address_span: tuple[int, int]


@dataclass(frozen=True)
class PartyInProse(NameAndAddress):
    """A party's name and address as a sentence gives them."""

    for_another: bool  # the writer names a client or principal, not itself


def party_with_address(text: str) -> PartyInProse | None:
    """The first party a lead-in names together with a full US address, else None."""
    return _party_in(_PARTY, _ADDRESS_CASE, text)


def party_with_any_address(text: str) -> PartyInProse | None:
    """`party_with_address`, the address also a PO box or with its state spelled out ("P.O. Box
    4471, Tacoma, Washington 98421")."""
    return _party_in(_PARTY_WIDE, _ADDRESS_CASE_WIDE, text)


def _party_in(party: re.Pattern[str], case: re.Pattern[str], text: str) -> PartyInProse | None:
    for match in party.finditer(text):
        name = " ".join(match.group("name").split()).rstrip(",")
        address = " ".join(match.group("address").split())
        if not case.search(address) or len(name) < 3 or (not name[0].isupper() \
                and not name[0].isdigit()):
            continue
        lead = text[match.start():match.start("name")]
        for_another = not re.match(r"\s*We,|.*1514,|the\s+undersigned|our\s+company", lead,
                                   re.I | re.S)
        return PartyInProse(name, address, match.span("name"), match.span("address"),
                            for_another)
    return None


# A caption that names the party by whom the paper is for, as a broker's or a portal's form puts
# it: "Filed for", "Filed on behalf of", "On behalf of", "Submitted for", "Client", "For (the)
# importer". The agent's own caption ("Filed by", "Filing party") names the filer instead.
FOR_WHOM_CAPTION = (r"(?:(?:filed|submitted|prepared|made)\s+(?:for|on\s+behalf\s+of)"
                    r"|on\s+behalf\s+of|(?:our\s+)?client(?:'s)?(?:\s+name)?"
                    r"|for\s+(?:the\s+)?importer(?:\s+of\s+record)?)")

# An address's last line alone: city, state and ZIP ("Paterson, NJ 07501", "Costa Mesa CA 92626").
CITY_STATE_ZIP = re.compile(r"\s*[A-Za-z][A-Za-z .'-]{1,40},?\s+[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\s*")


def address_runs_on(address: str, next_line: str) -> bool:
    """Whether NEXT_LINE finishes ADDRESS: a labelled address whose value wraps ("Address: 88
    Riverside Drive, Unit 4" / "Paterson, NJ 07501") stops short of its city, state and ZIP,
    and the line under it gives exactly those."""
    return not STATE_ZIP.search(address) and bool(CITY_STATE_ZIP.fullmatch(next_line))


def joined_evidence(first: Evidence | None, second: Evidence | None) -> Evidence | None:
    """One evidence for a value printed over two lines of one page: both boxes, both texts."""
    if first is None or second is None or first.page != second.page:
        return first or second
    box = (min(first.bbox[0], second.bbox[0]), min(first.bbox[1], second.bbox[1]),
           max(first.bbox[2], second.bbox[2]), max(first.bbox[3], second.bbox[3]))
    return Evidence(first.page, box, f"{first.text}\n{second.text}")


# A street line's last part is a unit or a number ("..., Suite 600", "..., Bldg. C", "..., 4th
# Floor"): the address's next printed line begins a new part, never the word it wraps.
_UNIT_PART = re.compile(r",\s*(?:(?:Suite|Ste\.?|Unit|Floor|Fl\.?|Room|Rm\.?|Building|Bldg\.?|"
                        r"Apt\.?|Apartment|Dock|Pier|Gate|Hangar|#)\s*[\w-]+|[^,]*\d[^,]*)\s*$",
                        re.I)


def ends_street_line(head: str) -> bool:
    """Whether HEAD, an address's first printed line with a comma in it, ends with a unit or a
    numbered part ("1200 Westlake Avenue North, Suite 600"), not a city cut by a wrap ("12 Main
    St., New" / "York, NY 10001")."""
    return bool(_UNIT_PART.search(head))


# A street line: a number or a PO box first ("4100 Research Parkway", "P.O. Box 12").
_STREET_LINE = re.compile(r"\s*(?:\d{1,6}[A-Za-z]?\s+\S|P\.?\s*O\.?\s+Box\b)", re.I)
# A name line: a capital or a digit first, no caption's colon, no street number first.
_NAME_LINE = re.compile(r"\s*[A-Z0-9][^:\n]{1,80}")
# The parts of one printed line between spaced dashes, bars or bullets ("X - 1 Main St, Town,
# ST 12345 - Ruling Request"), or a name and its address after a comma.
_PART_BREAK = re.compile(r"\s+[-|\u2013\u2014\u2022\u00b7]\s+")


def name_over_address(text: str) -> NameAndAddress | None:
    """A block printing a name on its first line and a US address on the next one to three, the
    last its city, state and ZIP ("Ashgrove Instruments Corp." / "4100 Research Parkway" /
    "Ann Arbor, MI 48108"); else None."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _NAME_LINE.fullmatch(lines[first]) \
            or _STREET_LINE.match(lines[first]):
        return None
    for last in range(first + 1, min(first + 4, len(lines))):
        if CITY_STATE_ZIP.fullmatch(lines[last]) and _STREET_LINE.match(lines[first + 1]):
            name = " ".join(lines[first].split())
            address = ", ".join(" ".join(line.split()).rstrip(",")
                                for line in lines[first + 1:last + 1])
            return NameAndAddress(name, address,
                                  (starts[first], starts[first] + len(lines[first])),
                                  (starts[first + 1], starts[last] + len(lines[last])))
    return None


def name_and_address_line(text: str) -> NameAndAddress | None:
    """A name and its US address on one line, between spaced dashes or bars ("Bluewater Paddle
    Sports Inc. - 3155 Harbor Boulevard, Costa Mesa, CA 92626 - Ruling Request"); else None."""
    parts = list(_PART_BREAK.finditer(text))
    bounds = [0, *[p for m in parts for p in (m.start(), m.end())], len(text)]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    for (n0, n1), (a0, a1) in itertools.pairwise(pieces):
        name, address = text[n0:n1].strip(), text[a0:a1].strip()
        if (_NAME_LINE.fullmatch(name) and not _STREET_LINE.match(name)
                and re.fullmatch(US_ADDRESS, address) and _ADDRESS_CASE.search(address)):
            return NameAndAddress(" ".join(name.split()), " ".join(address.split()),
                                  (n0, n1), (a0, a1))
    return None


# A legal caption: "IN THE MATTER OF [THE PROTEST OF]" over the party's name and address, a
# bracket column (")") right of the lines, the party's role ("Protestant.") under them.
_MATTER = re.compile(r"(?im)^[ \t]*in\s+the\s+matter\s+of\b[^\n]*\n")
_BRACKET = re.compile(r"[ \t]*\)[ \t]*$", re.M)
# A subject line naming the party, its address on the lines under it ("Re: Acme Inc." / "1 Main
# St" / "Town, ST 12345").
_SUBJECT_PARTY = re.compile(r"(?im)^[ \t]*(?:re|subject|regarding)[ \t]*:[ \t]*(?=[A-Z0-9])")
_BLOCK_LINES = 6


def party_by_role(text: str) -> tuple[int, NameAndAddress] | None:
    """The party a legal caption or a subject line names with its address, as printed under
    or on it; its spans counted from the returned offset in TEXT."""
    for pattern in (_MATTER, _SUBJECT_PARTY):
        for cue in pattern.finditer(text):
            # The bracket column blanked (not cut), so the spans stay the text's.
            lines = _BRACKET.sub(lambda m: " " * len(m.group(0)),
                                 text[cue.end():]).split("\n")[:_BLOCK_LINES]
            lead = next((i for i, line in enumerate(lines) if line.strip()), 0)
            start = cue.end() + sum(len(line) + 1 for line in lines[:lead])
            if (party := name_over_address("\n".join(lines[lead:]))) is not None:
                return start, party
    return None


def running_party(text: str) -> NameAndAddress | None:
    """A running head's "Name - address - title" as the document's first line."""
    first_end = text.find("\n")
    return name_and_address_line(text[:first_end if first_end >= 0 else len(text)])


# A role a caption or a tag names, printed where a name would stand ("REQUESTER" over "Importer"
# over the firm): the word says what the party is, never who.
_ROLE_WORD = re.compile(r"\s*(?:the\s+)?(?:importer(?:\s+of\s+record)?|requester|applicant|client|"
                        r"company|agent|broker|customs\s+broker|owner|consignee|exporter|"
                        r"manufacturer|seller|buyer|principal|firm|attorney|counsel|protestant|"
                        r"violator|party)\s*[:.]?\s*", re.I)


def is_role_word(text: str) -> bool:
    """Whether TEXT is only a party's role ("Importer", "Client:"), which names nobody."""
    return bool(_ROLE_WORD.fullmatch(text))


# "12 Pier Rd | Newark, NJ 07102", "12 Pier Rd · Newark", "12 Pier Rd / Newark": one printed
# line whose parts a separator with space on both sides keeps apart, as a line break would.
ADDRESS_PART_SEPARATOR = re.compile(r"\s+[|/·•]\s+")


def address_parts_joined(address: str | None) -> str | None:
    """The address with each separator between its parts written as the comma it stands for;
    no address (None or blank) as it is."""
    if not address:
        return address
    return ADDRESS_PART_SEPARATOR.sub(", ", address).replace(",,", ",")


# A recital names the party with its address and gives it its role as a defined term: 'WHEREAS
# X, of 1 Main St, City, ST 00000 (the "Protestant"), ...', "1. X, of ... (the "Requester")",
# "A. X, of ... (the "Violator")". The role word and the full address are two cues that agree.
_RECITAL_ROLE = (r"(?i:protestant|protesting\s+party|requester|requesting\s+party|applicant"
                 r"|importer(?:\s+of\s+record)?|company|violator|respondent|party|client)")
_RECITAL = re.compile(
    r"(?:^|\n)[ \t]*(?:(?i:whereas),?[ \t]+|(?:\d{1,2}|[A-H])[.)][ \t]+)"
    r"(?P<name>[A-Z0-9][^()\n;:\"“”]{1,90}?),\s+(?:(?i:of|located\s+at)\s+)?"
    rf"(?P<address>{US_ADDRESS})\s*\(\s*(?i:the\s+)?[\"“]\s*{_RECITAL_ROLE}\s*[\"”]\s*\)"
)


def party_in_recital(text: str) -> NameAndAddress | None:
    """The party a recital names with its address and defines by its role, else None."""
    return _recital_party(_RECITAL.search(text))


def _recital_party(match: re.Match[str] | None) -> NameAndAddress | None:
    if match is None:
        return None
    name = " ".join(match.group("name").split()).rstrip(",")
    address = " ".join(match.group("address").split())
    return NameAndAddress(name, address, match.span("name"), match.span("address"))


# A recital may give the role in its predicate instead of a defined term: "WHEREAS X, whose
# address is 1 Main St, City, ST 00000 and whose importer number is 12-3456789, is the importer
# of record of the entries named below". The role and the full address again agree.
_RECITAL_STATED = re.compile(
    r"(?:^|\n)[ \t]*(?:(?i:whereas),?[ \t]+|(?:\d{1,2}|[A-H])[.)][ \t]+)"
    r"(?P<name>[A-Z0-9][^()\n;:\"“”]{1,90}?),\s+(?i:of\s+|located\s+at\s+|whose\s+(?:principal\s+"
    r"place\s+of\s+business|business\s+address|address)\s+is\s+(?:at\s+)?)"
    rf"(?P<address>{US_ADDRESS})(?![\w-])"
    # "... and whose importer number is 12-3456789": another fact about the party, one clause.
    r"(?:,?\s+(?i:and)\s+(?i:whose)\s+[^,;.()\"“”]{1,80}?)?"
    rf",?\s+(?i:is|are)\s+(?i:the\s+)?{_RECITAL_ROLE}\b"
)


def party_stated_in_recital(text: str) -> NameAndAddress | None:
    """The party a recital names with its address and, in its predicate, by its role ("...,
    is the importer of record"), else None."""
    return _recital_party(_RECITAL_STATED.search(text))


# A recital's words: its opening, its closing and its heading.
_RECITAL_WORDS = re.compile(r"^\s*(?:whereas\b|now,?\s+therefore\b|recitals?\s*$)", re.I | re.M)


def is_recital(text: str) -> bool:
    """Whether a block of text is (part of) recitals: a sentence, not a letterhead or a label."""
    return party_in_recital(text) is not None or _RECITAL_WORDS.match(text) is not None
