"""Captions printed on a line of their own with the value on the line below ("Protestant" /
"Cedar & Pine LLC"): the web-form or sidebar letter's stacked fields, 19 CFR 174.13(a)(1),
(a)(2) and (a)(5), and the port, receipt and protest number a summary sheet copies (174.12)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bots.common.reading.dates import parse_date
from bots.common.reading.lines import BROKEN_PHRASE
from bots.common.reading.parties import FOR_WHOM_CAPTION, STATE_ZIP, US_ADDRESS
from bots.common.reading.phrases import asked_caption, fold_label, spelled_out
from bots.protest_intake.extract_entries import entries_header
from bots.protest_intake.extract_fields import (
    RECEIPT_LABEL,
    WHO_FILES,
    Fields,
    fold,
    full_line,
    importer_number_in,
    port_code_in,
    protest_number_in,
)
from bots.protest_intake.phrasings import PROTEST, objection_heading
from bots.protest_intake.receipt_column import dates_in_column
from tradebots.pdf import TextStream

STACKED = 0.9  # a value under its own caption: a label, but not on the value's line
_MOST_PHRASE_LINES = 4  # lines a description under its caption may wrap over
# A label may carry its cite in brackets: "Drawback (19 CFR 174.13(a)(9)): None".
_LABELLED_LINE = re.compile(r"[A-Za-z][\w/'’ .#-]{0,40}(?:\((?:[^()\n]|\([^()\n]*\)){0,30}\))?:\s")
# A US address's last line: state and ZIP ("Tacoma, WA 98421").
# One part of a postal address, as a form's caption names it.
_ADDRESS_PART = (r"(?:street(?:\s+(?:address|and\s+number|no\.?))?|address|city|town|state"
                 r"|province|zip(?:\s+code)?|postal\s+code|post\s+code|country)")
_NUMBER = re.compile(r"^\d{1,2}[a-z]?(?:\s*[.)]\s*|\s+(?=[A-Z]))")  # "6.", "6a)", a box's "6 NAME"
# Who issues an importer number (19 CFR 24.5): the IRS (an EIN), SSA (an SSN) or CBP itself.
_REGISTRY = (r"(?:importer(?:\s+of\s+record)?(?:'s|’s)?|IOR|IRS|EIN|SSN"
             r"|(?:federal\s+)?tax(?:payer)?\s+id(?:entification)?)")
_NUMBER_WORD = (r"(?:no\.?|number|#|id(?:\s+(?:no\.?|number))?"
                r"|identification(?:\s+(?:no\.?|number))?)")
# Whose number it is, before or after: "Protestant's IOR No.", "Importer number of protestant".
_OWNER = r"(?:(?:protestant|protesting\s+party)(?:'s|’s)?\s+)"
_OF_OWNER = r"(?:\s+of\s+(?:the\s+)?(?:protestant|protesting\s+party|importer))"
_CAPTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("protestant_name", re.compile(
        r"(?:name\s+of\s+(?:the\s+)?(?:protestant|protesting\s+party|importer)|protestant"
        r"|protesting\s+party|importer(?:\s+of\s+record)?(?:'s)?\s+name|importer\s+of\s+record"
        # Who files, however the box puts it: "Party filing this protest", "Filing party".
        r"|(?:party|person|company)\s+(?:filing|making|submitting)\s+(?:this|the)\s+protest"
        r"|filing\s+party|protesting\s+(?:company|importer)"
        rf"|{FOR_WHOM_CAPTION})",
        re.I)),
    ("protestant_address", re.compile(
        r"(?:(?:protestant|importer|protesting\s+party)(?:'|’)?s?\s+)?(?:business\s+|mailing\s+)?"
        r"address(?:\s+of\s+(?:the\s+)?(?:protestant|importer|protesting\s+party))?"
        r"|street(?:\s+and\s+city|\s+address)"
        # The address named by its parts: "Street, City, State, ZIP", "Address / City / ZIP
        # code", "Street and number, town, postal code, country".
        rf"|{_ADDRESS_PART}(?:\s*(?:,|/|&|\band\b|\bor\b)\s*{_ADDRESS_PART})+", re.I)),
    # The number by any registry that issues it, one or several named ("IRS/Importer No.", "EIN
    # / SSN", "IOR #"), as a number, an ID or an identification number ("CBP Importer ID"), or
    # the number CBP assigns ("CBP-assigned number"), 19 CFR 24.5.
    ("importer_number", re.compile(
        rf"{_OWNER}?(?:CBP\s+)?{_REGISTRY}\s*{_NUMBER_WORD}?"
        rf"(?:(?:\s*/\s*|\s+){_REGISTRY}\s*{_NUMBER_WORD}?)*{_OF_OWNER}?"
        rf"|CBP[- ]assigned(?:\s+importer)?\s*{_NUMBER_WORD}?", re.I)),
    # "Goods description", "Product description", "Description of imported articles".
    ("merchandise_description", re.compile(
        r"commodity|(?:merchandise|goods)(?:\s+protested)?|(?:specific\s+)?description\s+of\s+(?:the\s+)?"
        r"(?:imported\s+)?(?:merchandise|goods|products|articles)"
        r"|(?:merchandise|goods|product|item|commodity|hts(?:us)?|tariff)\s+description"
        r"|product|(?:products|articles|items)\s+(?:covered|imported)", re.I)),
    # The boxes a summary sheet copies from Form 19: port, CBP's receipt date, the protest
    # number CBP assigns (a blank one is still a caption, so the next box is not its value).
    # "Port where entered", "Port of entry code", "Port code / name", "Entry port".
    ("port_code", re.compile(
        r"(?:entry\s+|filing\s+)?port(?:\s+of\s+entry|\s+(?:where|of)\s+(?:entered|entry))?"
        r"(?:\s*(?:code|number|no\.?|name)(?:\s*(?:/|and|&|or)\s*(?:code|number|name))?)?",
        re.I)),
    ("received_date", re.compile(RECEIPT_LABEL, re.I)),
    ("protest_number", re.compile(r"protest\s+number", re.I)),
)
# A name, then its street, city, state and ZIP after a comma, the line perhaps ending in a stop.
_NAME_THEN_ADDRESS = re.compile(
    rf"[ \t]*(?P<name>[^\n]+?),[ \t]*(?P<address>{US_ADDRESS})[ \t]*\.?[ \t]*$")
# A caption's note in brackets ("(CBP use)", "(if known)") is no part of what it names.
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
# ... but a bracket that says the value is kept elsewhere ("Address (address on file)", "(on
# file with CBP)", "(as on record)") is the box's filling: the sender put nothing else there.
ON_FILE = re.compile(r"\((?:[^()]*\s)?on\s+(?:file|record)\b[^()]*\)", re.I)
# Whose box it is, printed before the caption: "CBP USE - DATE RECEIVED", "CBP PROTEST NO.",
# "For CBP use only: Protest number", "Office use only - Date received". It says who fills the
# box, not what the box holds.
_WHOSE = re.compile(r"^(?:(?:for\s+)?(?:CBP|office|official)\s+use(?:\s+only)?\s*[-–:]?\s*"
                    r"|CBP\s+(?=\w))", re.I)
# How each field's value is read from the text under its caption.
_VALUE_OF: dict[str, Callable[[str], Any]] = {
    "importer_number": importer_number_in,
    "port_code": port_code_in,
    "received_date": parse_date,
    "protest_number": protest_number_in,
}


_OPENS_BOX = re.compile(r"^(?:\S+\s+){0,5}\S+:$")


def _other_box(key: str, line: str) -> bool:
    """Whether LINE, under a caption of KEY, is a short caption of what follows it ("Submitted
    by counsel:"), not the caption's own part ("Legal name:" under "Importer of record")."""
    return _OPENS_BOX.match(line) is not None and same_label(key, line) != "" \
        and not (key == "protestant_name" and NAME_CAPTION.match(line))
# A box's caption naming what no field holds, beside the boxes read: "SIGNED BY | DATE", "NAME |
# TITLE" over the row of their values. The caption is the box's, never its value.
UNREAD_CAPTION = re.compile(r"\s*(?i:date(?:\s+signed)?|title|name|signature|position|capacity)"
                            r"\s*:?\s*")


def caption_of(line: str) -> str | None:
    """The field a line names when it is nothing but that field's caption (a colon allowed), as
    printed, abbreviated ("Imp. of Rec. No.", "Mdse. Desc.") or asked ("Q3. Importer number?")."""
    # A numbered caption ("1. NAME OF PROTESTING PARTY") is a caption all the same.
    bare = _NUMBER.sub("", line.strip().rstrip(":").strip())
    if ON_FILE.search(bare):
        return None
    noted = _NOTE.sub("", bare)
    # A questionnaire asks for the field ("Q3. Importer of record number?"): its answer stands
    # under the question as a value under its caption.
    asked = asked_caption(line)
    for form in dict.fromkeys((bare, noted, _WHOSE.sub("", noted), *((asked,) if asked else ()))):
        # Only an abbreviation is spelled out: "Protestant." ending a pleading's party block is
        # no caption, though its words are one.
        folded = fold_label(form)
        spelled = spelled_out(folded)
        # The caption as printed names its field before its spelled-out words may name another:
        # "IOR #" is the importer's number, though "importer of record" names the importer.
        for key, pattern in _CAPTIONS:
            if pattern.fullmatch(form):
                return key
        for key, pattern in _CAPTIONS:
            if spelled != folded and pattern.fullmatch(spelled):
                return key
    return None


def labelled_line(text: str) -> bool:
    """Whether a line carries its own label ("Goods: spades"): no value for a caption above."""
    return bool(_LABELLED_LINE.match(text))


def value_under(key: str, text: str) -> Any:
    """The value of field `key` printed as `text` under its caption (None if it holds none)."""
    reader = _VALUE_OF.get(key)
    return reader(text) if reader else fold(text) or None


def read_stacked(stream: TextStream, fields: Fields) -> None:
    """Each caption line's value from the next line, unless that line is itself a caption (the
    field left blank) or, for the importer number, does not hold one."""
    text = stream.text
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    party_captions = [line for line in lines if caption_of(line) == "protestant_name"]
    # "Filing party" may caption the agent (19 CFR 174.12(a)) where another caption names the
    # protestant or importer: that one is read.
    another_party = len([c for c in party_captions if WHO_FILES.search(c)]) < len(party_captions)
    for index, line in enumerate(lines[:-1]):
        key = caption_of(line)
        if key == "protestant_name" and another_party and WHO_FILES.search(line):
            continue
        below = lines[index + 1].strip()
        # "... the appraised value of the" / "merchandise:": a sentence's last word wrapped on to
        # a line of its own, in small letters after a line with no stop, is no caption.
        if key is not None and line.strip()[:1].islower() and index \
                and not re.search(r"[.:;!?]\s*$", lines[index - 1]):
            continue
        # "Merchandise" over "Goods: steel spades": a heading over a labelled line, whose own
        # label the line readers take it by.
        # "Protestant" printed under the party's name in a pleading's caption, over "Submitted by
        # counsel:": a short line ending in a colon captions what follows it, it is no value.
        if key is None or key in fields.items or not below or caption_of(below) \
                or labelled_line(below) or heading_of_another(below) or _other_box(key, below):
            continue
        first = index + 1
        # A margin note over a description list's item: "Protestant" / "Protestant." / "Acme
        # Inc.": the item's own run-in label says the same again; the value follows it. So does
        # a topic's heading over its parts' own captions ("Protestant" / "NAME" / "Acme Inc.").
        again = same_label(key, below) == "" or (key == "protestant_name"
                                                  and NAME_CAPTION.match(below) is not None)
        if again and first + 1 < len(lines) and lines[first + 1].strip():
            first += 1
        taken = _address_lines(lines, first) if key == "protestant_address" else \
            _phrase_lines(lines, first) if key == "merchandise_description" else 1
        joiner = ", " if key == "protestant_address" else " "  # an address's lines, a phrase's
        value = value_under(key, joiner.join(line.strip() for line in lines[first:first + taken]))
        start, end = starts[first], starts[first + taken - 1] + len(lines[first + taken - 1])
        if key == "protestant_name" and (party := _NAME_THEN_ADDRESS.match(text, start, end)):
            # "Evergreen Co., 301 Pine Street, Seattle, WA 98101.": the party's name and its
            # address on one line under the caption, as a pleading's party block writes them.
            for part, group in (("protestant_name", "name"), ("protestant_address", "address")):
                if part not in fields.items:
                    fields.put(part, fold(party.group(group)),
                               stream.evidence(party.start(group), party.end(group)), STACKED)
            continue
        if key == "received_date":
            # "RECEIVED" over a line the letter's own date shares with the stamp's next line:
            # the receipt's date is the one under the caption, in its column.
            dates, under = dates_in_column(stream, (starts[index], starts[index] + len(line)),
                                           start, end)
            if dates and not under:
                continue
            if under:
                at, found = under[0]
                value, start, end = found.value, at, at + len(found.text)
        fields.put(key, value, stream.evidence(start, end), STACKED)


# A party's name captioned under its heading: "NAME", "Company name", "Legal name:".
NAME_CAPTION = re.compile(r"(?i)^\W*(?:(?:full|legal|company|business|firm|corporate|entity)"
                           r"\s+)?name\s*:?\s*$")
# A run-in label ending in a stop or dash, then perhaps the value: "Protestant. Acme Inc.".
_RUN_IN = re.compile(r"^\s*(?P<label>[A-Za-z][\w'’ /&-]{0,40}?)\s*[.:–—]\s*(?P<rest>.*?)\s*$")


def same_label(key: str, text: str) -> str | None:
    """What follows a run-in label on TEXT that names field KEY again ("Protestant." -> "",
    "Importer: Acme Inc." -> "Acme Inc."); None when TEXT opens with no such label."""
    match = _RUN_IN.match(text)
    if match is None or caption_of(match.group("label")) != key:
        return None
    return match.group("rest")


def heading_of_another(line: str) -> bool:
    """A blank box's next line may head the next element ("9. Claim and supporting argument",
    "Decision protested") or be the entries' table header ("LINE  ENTRY NO.  DATE OF ENTRY
    DATE OF LIQUIDATION"): a heading, not the blank box's value."""
    return objection_heading(line) or PROTEST.heading("decision_protested", line) \
        or _ENTRIES_HEADING.match(line) is not None or entries_header(line)


# The entries' own heading or table header under a blank box ("Entries covered (list each)",
# "Schedule of entries", "Entry Number  Date of Entry  Date of Liquidation"): no number in it.
_ENTRIES_HEADING = re.compile(
    r"(?i)^\W*(?:\d{1,2}[.)]\s*)?(?:(?:list|schedule|table|summary)\s+of\s+(?:the\s+)?)?"
    r"(?:CBP\s+)?entr(?:y|ies)\b[^\d]*$")


def _phrase_lines(lines: list[str], first: int) -> int:
    """How many lines a description under its caption takes: it runs on while a line breaks
    mid-phrase (a comma, a joining word), is full (set to the page's width) over a code ("...
    part" / "HB-720"), or the next goes on in lower case, up to the next caption, label or
    blank line."""
    taken = 1
    full = full_line("\n".join(lines))
    while taken < _MOST_PHRASE_LINES and first + taken < len(lines):
        line, following = lines[first + taken - 1], lines[first + taken].strip()
        if not following or caption_of(following) or labelled_line(following) \
                or heading_of_another(following) \
                or not (BROKEN_PHRASE.search(line) or following[:1].islower()
                        or (len(line) >= full and _code_first(following))):
            break
        taken += 1
    return taken


def _code_first(line: str) -> bool:
    """Whether LINE opens with a model, size or other code ("HB-720", "350 mm"), as a wrapped
    description's tail may; a heading or tag ("DRAWBACK"), a sentence or an item's number
    ("4.") opens otherwise."""
    first = line.split()[0]
    return any(c.isdigit() for c in first) and not _ITEM_NUMBER.fullmatch(first)


_ITEM_NUMBER = re.compile(r"\(?\d{1,2}[.):]\)?")


def _address_lines(lines: list[str], first: int) -> int:
    """How many lines an address under its caption takes: the street line and the lines down to
    its city, state and ZIP ("1 Main St" / "Suite 4" / "City, ST 00000"), at most three; one when
    no city line follows before the next caption."""
    for taken in range(1, 4):
        line = lines[first + taken - 1].strip() if first + taken - 1 < len(lines) else ""
        if not line or (taken > 1 and (caption_of(line) or labelled_line(line))):
            break
        if STATE_ZIP.search(line):
            return taken
    return 1
