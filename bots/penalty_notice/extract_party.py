"""The party named in a referral's sentences: its name and its address, read together.

"1. Violator. X, 700 Boush Street, Norfolk, VA 23510", "Subject party: X, ...", "Our audit of X
(3 Industrial Way, Portland, OR 97218; ...)", or, with no cue, a business named by its legal
form right before its address (read with less confidence).
"""

from __future__ import annotations

import re

from bots.common.reading.parties import (
    NameAndAddress,
    party_by_role,
    party_in_recital,
    running_party,
)
from bots.common.reading.pointers import POINTERS
from bots.penalty_notice.extract_header import IN_SENTENCE, INFERRED
from bots.penalty_notice.extract_header_labels import LABEL_PATTERNS
from bots.penalty_notice.name_in_sentence import PARTY_LEAD_IN, bare_name
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

_ZIP = r"[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?"
# An address from its street number or box to its state and ZIP code.
_ADDRESS = rf"(?:\d+[A-Za-z]?\s|P\.?\s*O\.?\s+Box)[^;()]{{3,160}}?{_ZIP}"
# "X, 700 Boush Street, Norfolk, VA 23510" or "X (3 Industrial Way, Portland, OR 97218; ...)":
# a name, then an address that starts with a street number or box and ends with state and ZIP.
# A name may hold a bracketed word that is no address ("Marigold Textiles (USA) Inc.", "Acme
# (H.K.) Ltd."): a bracket that opens on a digit or a box starts the address instead.
# A bracket that defines what the letter calls the party ("X (the importer)", 'X ("Harbor")',
# "X (hereinafter the Company)") is no word of its name: it stands between the name and its
# address.
_DEFINED_OPENS = r"[\"\u201c'\u2018]|(?:the|hereinafter|hereafter|referred|also)\b"
_DEFINED = rf"\s*\((?:{_DEFINED_OPENS})[^()\n;:]{{1,40}}\)"
_IN_NAME = rf"(?:[^\n(;:]|\((?!\d|P\.?\s*O\.?\s|{_DEFINED_OPENS})[^()\n;:]{{1,30}}\))"
# Words a sender puts between the name and its address: "X, located at 12 Main St.", "X, with
# its principal place of business at ...", "X, whose address is ...", "X, of 12 Main St.".
CONNECTOR = (
    r"(?:(?:(?:which\s+is\s+|that\s+is\s+)?(?:located|situated|based|headquartered|domiciled"
    r"|established|residing|doing\s+business)\s+at"
    r"|with\s+(?:its\s+|a\s+)?(?:principal\s+)?(?:place\s+of\s+business|(?:main\s+|head\s+)?"
    r"offices?|address|premises)\s+at"
    r"|whose\s+(?:business\s+|mailing\s+|registered\s+)?address(?:\s+of\s+record)?\s+is(?:\s+at)?"
    r"|at|of)\s+)?")
# "X of 615 Industrial Pkwy, ...", "X at 12 Main St.": a connector word joins them without a comma.
# The importer number may stand in apposition between them: "X, importer no. 78-9270812, 3201
# Commerce Parkway, ...", "X (IOR 12-3456789), 12 Main St., ...".
_ID_BETWEEN = (r"(?:\s*[,(]\s*(?i:importer|ior|ein)(?i:\s+(?:no\.?|number|#))?\s*[:.]?\s*"
               r"\d[\dA-Z]*(?:-[\dA-Z]+)+\)?)?")
# The address told in the next sentence of its own: "X (IOR 1). The company's offices are at
# 12 Main St, ...", "X. Its address is 12 Main St, ...", "X. The importer is located at ...".
_NEXT_SENTENCE = (r"|\.\s+(?:(?:The\s+(?:company|importer|firm|party)|Its|Their)(?:'s|\u2019s)?"
                  r"\s+(?:(?:principal\s+)?(?:offices?|place\s+of\s+business|premises)\s+"
                  r"(?:is|are)\s+(?:located\s+)?at|(?:business\s+|mailing\s+|registered\s+)?"
                  r"address(?:\s+of\s+record)?\s+is(?:\s+at)?)"
                  r"|(?:The\s+(?:company|importer|firm|party)|It|They)\s+(?:is|are)\s+"
                  r"(?:located|situated|based|headquartered)\s+at)\s+")
_JOINED = (f"(?:{_DEFINED})?{_ID_BETWEEN}(?:{_DEFINED})?".replace("{", "{{").replace("}", "}}")
           + r"(?:\s*(?:,|;|\(|\n)\s*{c}|\s+(?:located\s+at|based\s+at|of|at)\s+"
           + _NEXT_SENTENCE + ")")
# A caption alone on its line between the name and the address ("Acme Inc." over "Address" over
# "12 Main St", a man page's tagged list) is neither: the address follows it.
_ADDRESS_CAPTION = rf"(?i:{LABEL_PATTERNS['party_address']})[.:]?[ \t]*\n\s*"
# A name wraps on to a second line only where the address does not start there: a line that
# opens with a street number is the address's first line, not the name's tail.
_NAME_ADDRESS = re.compile(
    rf"(?P<name>{_IN_NAME}{{2,120}}?(?:\n(?!\d+[A-Za-z]?\s|{_ADDRESS_CAPTION}){_IN_NAME}{{1,60}}?)?)"
    rf"{_JOINED.format(c=CONNECTOR)}(?:{_ADDRESS_CAPTION})?"
    rf"(?P<address>(?:\d+[A-Za-z]?\s|P\.?\s*O\.?\s+Box|One\s|Suite\s)[^;()]{{3,160}}?{_ZIP})",
)
_PARTY_CUES = re.compile(
    r"(?i)\b(?:violator|auditee|subject\s+party|(?:name\s+of\s+)?(?:the\s+)?party(?:\s+name)?"
    r"|importer\s+of\s+record|importer(?!\s+(?:no\b|number|#|id\b|of\b))"
    r"|(?:audit|review|investigation|examination)\s+of|against|respondent"
    # "This referral concerns X", "The case involves X", "This memo relates to X".
    r"|refer(?:s|red|ring)?|concern(?:s|ing)|regarding|involv(?:es|ing)|relat(?:es|ing)\s+to)\b"
    # "The party is X, ...": the verb stands between the cue and the name; "The importer of
    # record, X, 12 Main St, ...": the name in apposition after a comma.
    r"\s*[.,:\-\u2013\u2014]?\s*(?:(?:(?:referred|concerned|involved|audited|charged)\s+)?"
    r"(?:is|was)\s+)?"
)
# With no cue, a business named by its legal form right before its address.
# A case or file number before the name ("case 1001-2024-204110-01" over "Acme Inc., ...") is
# no word of it, nor its clause's ("In case 2024-...-01, Acme Corp., ..."); a name may still
# start with a figure ("3M Company"). Nor is a figure that ends a sentence ("Case 2024-...-01.
# Acme Corp., whose address is ..."), or a date's year before its comma ("On June 14, 2021, Acme
# Corp., ..."): the name starts after.
_NOT_ID = r"(?![\d-]*\d{3}-[\d-]*[,;:]?\s|[\d,/-]*\d\.\s|\d{4},\s)"
# A name wraps to the next line only from a word that ends no greeting: "Team," or "Hi all," over
# the sentence that names the party is the letter's salutation, and a blank line ends a name.
_NAME_GAP = r"(?:[ \t]+|(?<!,)[ \t]*\n[ \t]*)"
_COMPANY = re.compile(
    rf"(?<![\w&'<>.,-])(?P<name>(?:(?:{_NOT_ID}[A-Z0-9][\w&'<>.,-]*|&"
    rf"|\([A-Z][\w.&' ]{{0,20}}\)){_NAME_GAP}){{0,7}}?"
    r"(?:Inc\.?|L\.?L\.?C\.?|Co\.|Corp\.?|Corporation|Company|Ltd\.?|L\.P\.|LLP|GmbH|S\.A\.))"
    rf"{_JOINED.format(c=CONNECTOR)}(?P<address>{_ADDRESS})"
)


# A street line ends with its street word or unit; the city starts the next line.
_STREET_END = re.compile(
    r"(?i)(\b(?:street|st\.|avenue|ave\.|road|rd\.|drive|dr\.|boulevard|blvd\.|lane|way|place"
    r"|pike|parkway|plaza|court|highway|square|floor|(?:suite|unit)\s\w+|box\s\d+)"
    r"(?:\s(?:[NSEW]|NE|NW|SE|SW)\b\.?)?)[ \t]*\n\s*(?=[A-Z])")


def _at(stream: TextStream, start: int, end: int, value: str, confidence: float) -> Extracted:
    return Extracted(value, stream.evidence(start, end), confidence)


def split_name_address(text: str) -> tuple[str, str | None]:
    """A party written with its address ("X, 12 Main St., City, ST 00000"): name and address."""
    match = _NAME_ADDRESS.match(text.strip())
    if match is None:
        return " ".join(text.split()), None
    return _fold_name(match.group("name")), _fold_address(match.group("address"))


def _fold(text: str) -> str:
    return " ".join(text.split())


# The city, state and ZIP line starts after a line break that is a comma, whatever word ended
# the street line ("72 Foundry Row", "9 Elm Terrace", "Unit 4B", "Building C").
_CITY_LINE = re.compile(rf"(?<![,\s])[ \t]*\n\s*(?=[A-Z][A-Za-z.' -]{{1,40}},?\s+{_ZIP}\s*$)")
# A scan's speck read as a mark of its own at a line's end ("410 Depot Street *"): no character
# of the address.
_SPECK = re.compile(r"[ \t]+[*\u2022\u00b7~^_`'\"\u00b0|]+(?=[ \t]*(?:\n|$))")


def _fold_address(text: str) -> str:
    """An address printed on lines: "801 Front Street" over "Wilmington, NC 28401" is one
    address with a comma where the street line ends; a sentence's line break is only a space."""
    text = _STREET_END.sub(r"\1, ", _SPECK.sub("", text))
    return _fold(_CITY_LINE.sub(lambda m: _city_break(text, m), text))


# A street line's last part that is a unit of the building, not a city begun: "Building C",
# "Suite 300", "Ste. 4B", "Unit 12", "Floor 3", "Bldg 7", "Room 210", "Dock 5", "#200".
_UNIT_PART = re.compile(
    r"(?i),\s*(?:(?:suite|ste|unit|building|bldg|floor|fl|room|rm|apt|apartment|dock|bay|hangar"
    r"|door|pier|wing|lot|space|box)\.?\s*[\w-]{1,6}|#\s*[\w-]{1,6}|\d{1,3}(?:st|nd|rd|th)\s+"
    r"floor)\s*$")


def _city_break(text: str, match: re.Match[str]) -> str:
    """A comma for the break before the city line, unless the line above already holds one: a
    city begun there and wrapped ("12 Main St., New" over "Orleans, LA 70130"); a comma that
    sets a unit apart ("9 Terminal Way, Building C") begins no city."""
    line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
    return " " if "," in line and not _UNIT_PART.search(line) else ", "


def _fold_name(text: str) -> str:
    return _fold(text).rstrip(" ,-")


_SENTENCE_WORD = re.compile(r"\b[a-z]{4,}\b")


def _nearer_cue(stream: TextStream, match: re.Match[str]) -> bool:
    """Whether another cue inside the name read names the party of the same address: a verb's
    object ("refer for penalty action the matter concerning X") is words before the name."""
    for inner in _PARTY_CUES.finditer(stream.text, match.start("name") + 1, match.end("name")):
        # A name's own word ("Party City Inc.") is no cue: a sentence's words stand before one.
        if not _SENTENCE_WORD.search(stream.text, match.start("name"), inner.start()):
            continue
        nearer = _NAME_ADDRESS.match(stream.text, inner.end())
        if nearer is not None and nearer.start("address") == match.start("address"):
            return True
    return False


_POINTED_LABELS = {key: re.compile(rf"(?i){LABEL_PATTERNS[key]}[\s.:]*")
                   for key in ("party_name", "party_address")}


def _pointed(stream: TextStream) -> dict[str, Extracted]:
    """The party's name and address tied to their labels by a pointer on the line ("Acme Inc.
    <- Importer of record", "Address -> 1 Main St, City, ST 00000"): both or neither."""
    found: dict[str, Extracted] = {}
    for pattern in POINTERS:
        for line in stream.finditer(pattern):
            key = next((k for k, label in _POINTED_LABELS.items()
                        if label.fullmatch(line["caption"])), None)
            if key is None or key in found or any(
                    label.fullmatch(line["value"]) for label in _POINTED_LABELS.values()):
                continue
            value = (_fold_address if key == "party_address" else _fold_name)(line["value"])
            if key == "party_address" and not re.search(_ZIP, value):
                continue
            found[key] = _at(stream, line.start("value"), line.end("value"), value, IN_SENTENCE)
    return found if len(found) == 2 else {}


def _by_role(stream: TextStream) -> dict[str, Extracted]:
    """The party a legal caption or a subject line names, its address under the name."""
    if (found := party_by_role(stream.text)) is not None:
        return _spans(stream, found[0], found[1], IN_SENTENCE)
    return {}


def _running(stream: TextStream) -> dict[str, Extracted]:
    """A running head's "Name - address - ..." line: the weakest cue, after every sentence's."""
    if (party := running_party(stream.text)) is not None:
        return _spans(stream, 0, party, INFERRED)
    return {}


def _spans(stream: TextStream, start: int, party: NameAndAddress,
           confidence: float) -> dict[str, Extracted]:
    return {"party_name": _at(stream, start + party.name_span[0], start + party.name_span[1],
                              party.name, confidence),
            "party_address": _at(stream, start + party.address_span[0],
                                 start + party.address_span[1], party.address, confidence)}


# A sentence read as a name: it goes on past a stop ("X (IOR 1). The company's offices are") or
# into a clause of its own ("X, importer number 1, whose address of record is"); never a name.
# A name has a capital: "The importer is located at ..." names no one "located".
_SENTENCE_IN = re.compile(r"[.!?]\)?\s+[A-Z][^.!?]*?\b[a-z]{4,}\b|,\s+(?:whose|which|who)\b"
                          r"|^[^A-Z]*$")


def read_party(stream: TextStream) -> dict[str, Extracted]:
    """The party's name and address after a cue (violator, subject party, audit of ...)."""
    if pointed := _pointed(stream):
        return pointed
    if by_role := _by_role(stream):
        return by_role
    if (recital := party_in_recital(stream.text)) is not None:
        return _spans(stream, 0, recital, IN_SENTENCE)
    for cue in stream.finditer(_PARTY_CUES):
        match = _NAME_ADDRESS.match(stream.text, cue.end())
        if match is None:
            continue
        # "1. PARTY" over "The importer of record is X, ...": the name starts after the lead-in.
        lead = PARTY_LEAD_IN.match(match.group("name"))
        start = _after_rules(stream.text, match.start("name") + (lead.end() if lead else 0))
        # "X, importer number 25-1647993." over its address: the number and the stop are not X's.
        name = bare_name(_fold_name(stream.text[start:match.end("name")]), led_in=bool(lead))
        if not re.search(r"[A-Za-z]{2}", name) or len(name) > 100 or _SENTENCE_IN.search(name):
            continue
        if _nearer_cue(stream, match):
            continue  # "We refer ... the matter concerning X, ...": the nearer cue names X
        return {
            "party_name": _at(stream, start, match.end("name"), name, IN_SENTENCE),
            "party_address": _at(stream, match.start("address"), match.end("address"),
                                        _fold_address(match.group("address")), IN_SENTENCE),
        }
    if running := _running(stream):
        return running
    company = stream.search(_COMPANY)
    if company is None:
        # No legal form: a sentence may still open with the name before its address's words.
        return _named_before_address(stream)
    start = company.start("name") + _title_above(company.group("name"))
    start = _after_rules(stream.text,
                         _after_heading_line(stream.text, start, company.start("address")))
    return {
        "party_name": _at(stream, start, company.end("name"),
                                 _fold_name(stream.text[start:company.end("name")]), INFERRED),
        "party_address": _at(stream, company.start("address"), company.end("address"),
                                    _fold_address(company.group("address")), INFERRED),
    }


# A sentence that opens with the party, an explicit connector and its address: "Case 2024-...-01.
# Harriet Oyelaran, whose address is 14 Orchard Hill Road, ...". The connector's words say the
# words before it name someone; only a sentence's opening, capitalised words without figures
# ("On 3 May 2022 X" is no name) and a name's small words between them are taken for the name.
_NAME_WORD = r"(?:[A-Z][A-Za-z&'.\u2019-]*,?|&|and|of|de|du|la|van|von|der|the)"
_STATED_CONNECTOR = (
    r"(?:whose\s+(?:business\s+|mailing\s+|principal\s+)?address\s+is(?:\s+at)?"
    r"|(?:which\s+is\s+)?(?:located|situated|based|headquartered|domiciled|residing)\s+at"
    r"|with\s+(?:its\s+)?(?:principal\s+)?(?:place\s+of\s+business|(?:main\s+|head\s+)?"
    r"offices?)\s+at)")
_NAMED_BEFORE_ADDRESS = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n))[ \t]*(?P<name>[A-Z][A-Za-z&'.\u2019-]*,?"
    rf"(?:\s+{_NAME_WORD}){{0,7}}),\s+{_STATED_CONNECTOR}\s+(?P<address>{_ADDRESS})")


# The office that writes or receives the referral has an address too: never the party.
_OFFICE = re.compile(r"(?i)\b(?:customs|border|cbp|port\s+of|office|department|fines|penalt"
                     r"|forfeitures|united\s+states|u\.\s?s\.\s+(?:customs|department))")


def _named_before_address(stream: TextStream) -> dict[str, Extracted]:
    """The party a sentence opens with, tied to its address by a connector's words."""
    found = next((m for m in stream.finditer(_NAMED_BEFORE_ADDRESS)
                  if not _OFFICE.search(m.group("name"))), None)
    if found is None:
        return {}
    return {
        "party_name": _at(stream, found.start("name"), found.end("name"),
                          _fold_name(found.group("name")), INFERRED),
        "party_address": _at(stream, found.start("address"), found.end("address"),
                             _fold_address(found.group("address")), INFERRED),
    }


def address_after(stream: TextStream, party: Extracted | None) -> Extracted | None:
    """The address printed right after the PARTY's name, known from its label or the subject
    line ("Acme Marine USA" over "2 Waterfront Plaza" over "Seattle, WA 98104"), as sure as the
    name it follows."""
    # Its words, whatever the commas and stops between them ("Acme, Inc." printed "Acme Inc").
    words = re.findall(r"[\w&'\u2019-]+", str(party.value)) if party is not None else []
    if party is None or not words:
        return None
    told = r"[\s,.]+".join(re.escape(word) for word in words)
    pattern = re.compile(
        rf"(?<![\w-]){told}\.?{_JOINED.format(c=CONNECTOR)}(?P<address>{_ADDRESS})")
    found = stream.search(pattern)
    if found is None:
        return None
    return _at(stream, found.start("address"), found.end("address"),
               _fold_address(found.group("address")), min(IN_SENTENCE, party.confidence))


def _title_above(name: str) -> int:
    """Where a name read across a line break starts when its first line is a title in capitals
    over a name in mixed case ("REFERRAL WORKSHEET" over "Harbor & Finch LLC, located at ...")."""
    head, newline, rest = name.partition("\n")
    if newline and head.isupper() and any(c.islower() for c in rest):
        return len(head) + 1
    return 0


# A rule typed as a line of dashes, equals signs or underscores between a form's sections
# ("SECTION A - PARTY" over "------" over the name): no part of the name under it.
_RULE_LINE = re.compile(r"[ \t]*(?:[-=_*~\u2013\u2014\u2500][ \t]?){3,}[ \t]*(?:\n|$)")


def _after_rules(text: str, start: int) -> int:
    """START moved past the typed rule lines a name read across lines begins with."""
    while (rule := _RULE_LINE.match(text, start)) is not None and rule.end() > start:
        start = rule.end()
    return start


_MOST_HEADING_WORDS = 5
_HEADING_END = re.compile(r"[,;:&\-]\s*$")


def _after_heading_line(text: str, start: int, end: int) -> int:
    """Where a name read across a line break starts when its first line ends a short heading
    line of its own ("Statement of Facts" over "Mesa Verde LLC of 12 Main St, ..."): a line a
    sentence wraps from runs on to the margin, a heading's stops short of the next line."""
    newline = text.find("\n", start, end)
    if newline < 0:
        return start
    line = text[text.rfind("\n", 0, start) + 1:newline]
    below_end = text.find("\n", newline + 1)
    below = text[newline + 1:below_end if below_end >= 0 else len(text)]
    if (len(line.split()) <= _MOST_HEADING_WORDS and not _HEADING_END.search(line)
            and 2 * len(line.strip()) < len(below.strip())):
        return newline + 1
    return start
