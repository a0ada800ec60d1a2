"""The protestant's name and address read beside their labels and under a PROTESTANT section,
and how any cue's match is cut and put."""

from __future__ import annotations

import re

from bots.common.reading.address_lines import part_line
from bots.common.reading.parties import US_ADDRESS
from bots.protest_intake.extract_fields import LABELLED, WHO_FILES, Fields, fold
from bots.protest_intake.extract_party_cues import (
    ADDRESS_END,
    BOX_NUMBER,
    CITY_LINE,
    IOR,
    LABEL_NAME,
    PRONOUN,
    SECTION,
    STREET_FIRST,
)
from bots.protest_intake.extract_party_lines import BLOCK_GAP, address_lines, first_column
from tradebots.pdf import TextStream

# A broker's export splits the address: "ADDRESS : 1 Main St" then "CITY/STATE/ZIP : City, ST".
# A filer's worksheet numbers them: "ADDRESS LINE 1 : 1 Main St" then "ADDRESS LINE 2 : City, ST".
_LINE_NUMBER = r"(?:\s+line\s*|\s*#\s*|\s+)"
_CITY_LABEL = re.compile(r"[ \t]*\n\s*(?:city\b[^:\n]{0,24}|(?:address|addr\.?)"
                         rf"{_LINE_NUMBER}[2-4]|line\s*[2-4])\s*:\s*(?P<city>[^\n]+)", re.I)
_ADDRESS_LINES = 3  # labelled lines after the first that one address may run over
_WRAPPED_CITY = re.compile(r"[ \t]*\n(?P<parts>(?:[ \t]*[^\n:]{1,50}\n){0,2})"
                           r"[ \t]*(?P<city>[^\n:]{2,60}?,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)"
                           r"[ \t]*$", re.M)
# "1. X, 9 Main St, City, ST 00000 (EIN ...) hereby files": a name cue that ran on over the address.
# "X, of 19 Canal Place, New Orleans, LA 70130 (the "Company")" likewise.
_NAME_THEN_ADDRESS = re.compile(
    rf"^(?:\d+[.)]\s+)?(?P<name>.+?),\s+(?:of\s+)?(?P<address>{US_ADDRESS})$"
)
# "Protestant: X, 1 Main St, City, ST 00000 ("Protestant"), acting through counsel": a labelled
# name whose address follows it in the same sentence, wrapped or not.
_NAME_THEN_ADDRESS_RUN = re.compile(
    rf"(?P<name>[^\n]+?),\s+(?:of\s+)?(?P<address>{US_ADDRESS})(?![\w-])"
)
# A unit's word ending a line, its number opening the next: "Suite" / "300, Tampa, FL".
_UNIT_BREAK = re.compile(r"(?i),\s*(?:suite|ste\.?|unit|room|rm\.?|apt\.?|bldg\.?)[ \t]*\n"
                         r"(?=[ \t]*[\w#-]{1,6},)")
_ENTRY_COUNT = re.compile(
    r"(?i)\s+[-–—]\s+(?:\d+|one|two|three|several|multiple)\s+entr(?:y|ies)\b.*$"
)
# What kind of address a sender names: "Registered address", "Address of record", "Office address".
_ADDRESS_KIND = r"(?:business|mailing|street|registered|principal|office|postal|company)\s+"
_LABEL_ADDRESS = re.compile(
    rf"(?m)^\s*{BOX_NUMBER}?(?:(?:(?:protestant|importer|{IOR}|protesting\s+party|client|company)"
    rf"(?:'|’)?s?\s+)?(?:{_ADDRESS_KIND})?(?:address|addr\.?)(?:\s+of\s+record)?"
    rf"(?:{_LINE_NUMBER}1)?|address\s+of\s+"
    r"(?:the\s+)?(?:protestant|importer))\s*:\s*(?P<address>[^\n]+)$",
    re.I,
)
# A section's number is short: "0401 PROTESTANT" is a port code beside a wrapped caption's tail.
_SECTION = re.compile(
    r"(?m)^\s*(?:[IVX]+|\d{1,2}|[A-H](?=[.)]))?[.)]?\s*(?:PROTESTANT|PROTESTING\s+PARTY|IMPORTER)\s*$"
)
# A form's section gives the party's name on a row of its own caption: "NAME  SUNWARD SOLAR ...".
_NAME_ROW = re.compile(r"(?i)^\s*(?:(?:company|legal|full|business)\s+)?name\s*[:.]?\s+(?=\S)")
_OTHER_ROW = re.compile(r"^[^:\n]{1,30}:")


def cue_value(match: re.Match[str], group: str = "name") -> str:
    """The name or address a cue matched, without a paragraph's number, a run-in role or a count."""
    if group == "name" and "of" in match.re.groupindex and match.group("of"):
        group = "of"
    # A numbered paragraph's number ("1. X protests") is not part of the name, nor a subject
    # line's count of entries ("Protest of X - 2 entries").
    value = re.sub(r"^\d+[.)]\s+", "", fold(match.group(group) or "").rstrip(","))
    # ... nor the role run in before it as the paragraph's label ("1. Protestant X, by its").
    return _ENTRY_COUNT.sub("", _ROLE_LABEL.sub("", value))


def put(stream: TextStream, fields: Fields, key: str, match: re.Match[str], group: str,
        confidence: float) -> None:
    """Put a cue's name or address, cut to its column and run on over its labelled lines."""
    value = cue_value(match, group)
    start, end = match.start(group), match.end(group)
    # A two-column block prints another field's value on the line beside it ("Address: 9800
    # Main Street      74-2906513"): the value is its own column's words.
    # A justified sentence's wide spaces are no such gap ("Our   client,   Acme Inc.").
    words = stream.words(start, end)
    if words and len(own := first_column(words)) < len(words) and "\n" not in value \
            and words[len(own)].x0 - own[-1].x1 > BLOCK_GAP * own[-1].height:
        value = fold(" ".join(w.text for w in own))
    if key == "protestant_name":
        if len(re.findall(r"[A-Za-z]", value)) < 2:  # "IOR No. 92-8056069 ("Protestant")"
            return
        if PRONOUN.match(value):  # "Our company hereby protests": the name is elsewhere
            return
        if _THROUGH_COUNSEL.match(value):  # "The protestant, by its attorney, protests"
            return
        # "1. Protestant. X protests under 19 U.S.C. 1514": a run-in label over a sentence whose
        # subject is the party; the name ends where its verb begins.
        if verb := _LODGING_VERB.search(value):
            value = value[:verb.start()]
            if cut := _LODGING_VERB.search(stream.text, start, end):
                end = cut.start()
        if split := _NAME_THEN_ADDRESS.match(value):
            value = split.group("name")
            fields.put("protestant_address", fold(split.group("address")),
                       stream.evidence(start, end), confidence)
    city = _CITY_LABEL.match(stream.text, end) if key == "protestant_address" else None
    # "ADDRESS LINE 1: 48 Quarry St" / "ADDRESS LINE 2: Suite 210" / "ADDRESS LINE 3: City, ST":
    # the labelled lines of one address, taken down to its city line.
    lines = [city] if city else []
    while key == "protestant_address" and lines and not CITY_LINE.search(
            lines[-1].group("city")) and len(lines) < _ADDRESS_LINES:
        if (more := _CITY_LABEL.match(stream.text, lines[-1].end("city"))) is None:
            break
        lines.append(more)
    if lines and CITY_LINE.search(lines[-1].group("city")) and not CITY_LINE.search(value):
        value = ", ".join([value, *(fold(line.group("city")) for line in lines)])
        end = lines[-1].end("city")
    elif key == "protestant_address" and not CITY_LINE.search(value):
        # "Address: 310 South Main Street" / "Springdale, AR 72764": the city line wrapped
        # under its label, unlabelled (a line with a colon is the next field's).
        # ... its suite or building on a line of its own before the city line.
        wrapped = _WRAPPED_CITY.match(stream.text, end)
        parts = wrapped.group("parts").splitlines() if wrapped else []
        if wrapped and all(part_line(part) for part in parts):
            value = ", ".join([value, *(fold(part) for part in parts), fold(wrapped.group("city"))])
            end = wrapped.end("city")
    if value:
        _fuller_address(fields, key, value)
        fields.put(key, value, stream.evidence(start, end), confidence)


def _fuller_address(fields: Fields, key: str, value: str) -> None:
    """A street read alone by a reader that stops at the label's line gives way to the same
    address read with its wrapped city line: the fuller reading of the one label."""
    earlier = fields.items.get(key)
    if key == "protestant_address" and earlier is not None and isinstance(earlier.value, str) \
            and not CITY_LINE.search(earlier.value) and CITY_LINE.search(value) \
            and value.casefold().startswith(earlier.value.casefold()):
        del fields.items[key]


def labelled(stream: TextStream, fields: Fields) -> None:
    """The protestant's name and address from their labels ("Protestant: X", "Address: ...")."""
    for key, pattern, group in (("protestant_name", LABEL_NAME, "name"),
                                ("protestant_address", _LABEL_ADDRESS, "address")):
        matches = [m for m in stream.finditer(pattern) if key != "protestant_name"
                   or not re.match(r"\s*(?:no\.?|number)\b", m.group(group), re.I)]
        if key == "protestant_name":
            matches = party_labels_first(matches)
        for match in matches:
            if key == "protestant_name" and _address_runs_on(stream, fields, match):
                break
            put(stream, fields, key, match, group, LABELLED)
            if key == "protestant_name":
                _address_under_name(stream, fields, match.end() + 1)
            break


def party_labels_first(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The labels naming the protestant or importer, and only without them one naming who
    files ("Filing party: Harbor Customs Brokerage" over "Importer of record: Acme Inc.")."""
    def who_files(match: re.Match[str]) -> bool:
        return bool(WHO_FILES.search(match.string, match.start(), match.start("name")))

    party = [m for m in matches if not who_files(m)]
    return party or matches


# The verb of a sentence lodging the protest after its subject, the party's name.
# A role run in as a paragraph's label before the party's name: "Protestant X", "The
# Protestant, X", "PROTESTING PARTY X".
_ROLE_LABEL = re.compile(r"^(?i:(?:the\s+)?(?:protestant|protesting\s+party))[,:.]?\s+"
                         r"(?=[A-Z0-9])")
# How a party acts through its lawyer, set off by commas where a name might stand.
_THROUGH_COUNSEL = re.compile(r"(?i)^(?:by|through)\s+(?:its|their|his|her|the)?\s*"
                              r"(?:undersigned\s+)?(?:attorneys?|counsel)\b")
_LODGING_VERB = re.compile(r",?\s+(?:hereby\s+|respectfully\s+)*(?:protests|files\s+this"
                           r"|submits\s+this|objects\s+to|contests|challenges)\b")


def _address_under_name(stream: TextStream, fields: Fields, start: int) -> None:
    """The party's address on the unlabelled lines under its labelled name ("Box 6 Protesting
    party: X" / "22 Foundry Lane" / "Worcester, MA 01608"), read before any other "Address:"
    label (a broker's or counsel's own, in the signature block)."""
    lines = stream.text[start:].split("\n")[:3]
    if not lines or not STREET_FIRST.match(lines[0]):
        return
    taken: list[str] = []
    for line in lines:
        if ":" in line or ADDRESS_END.search(line):
            return
        taken.append(line)
        if CITY_LINE.search(line):
            end = start + sum(len(x) + 1 for x in taken) - 1
            fields.put("protestant_address", ", ".join(fold(x) for x in taken),
                       stream.evidence(start, end), LABELLED)
            return


def _address_runs_on(stream: TextStream, fields: Fields, match: re.Match[str]) -> bool:
    """A labelled name with its address after it, wrapped on to the next line or followed by
    more of the sentence: both are put, split at the address."""
    start = match.start("name")
    next_end = stream.text.find("\n", match.end("name") + 1)
    # "..., 18 Harbor Loop, Suite" / "300, Tampa, FL 33602": a unit's number wrapped under its
    # word is one part of the address (a space for the break keeps every offset).
    text = _UNIT_BREAK.sub(lambda m: m.group(0).replace("\n", " "), stream.text)
    run = _NAME_THEN_ADDRESS_RUN.match(text[:len(text) if next_end < 0 else next_end], start)
    if run is None or not (name := cue_value(run, "name")):
        return False
    fields.put("protestant_name", name, stream.evidence(run.start("name"), run.end("name")),
               LABELLED)
    fields.put("protestant_address", fold(run.group("address")),
               stream.evidence(run.start("address"), run.end("address")), LABELLED)
    return True


def section(stream: TextStream, fields: Fields) -> None:
    """A "I. PROTESTANT" section: the name on the next line, the address lines below it."""
    heading = stream.search(_SECTION)
    if heading is None:
        return
    lines = stream.text[heading.end() + 1:].split("\n")
    if not lines or not lines[0].strip():
        return
    start = heading.end() + 1
    row = _NAME_ROW.match(lines[0])
    name = lines[0][row.end():] if row else lines[0]
    if _OTHER_ROW.match(name):
        return  # the section's first row is another caption's ("Importer no.: ...")
    fields.put("protestant_name", fold(name),
               stream.evidence(start + (row.end() if row else 0), start + len(lines[0])), SECTION)
    address_lines(stream, fields, start + len(lines[0]) + 1, lines[1:], SECTION)
