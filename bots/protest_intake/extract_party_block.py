"""Values a reader took with more than the value: a numbered paragraph's number and its own
label or lead-in ("1.1 The protestant is X, of ...", "3.1 Merchandise: ..."), and a party's
whole block run on one line ("X / 1 Main St / City, ST 00000 / IOR 12-3456789"); and the party
named by its role on a line of its own ("Firm LLP for X, protestant") or set out under the
sentence that introduces it ("on behalf of our client:"), over its address lines."""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.parties import US_ADDRESS
from bots.protest_intake.extract_fields import Fields, fold, importer_number_in
from bots.protest_intake.extract_party_role import FILER
from tradebots.pdf import TextStream

# A submission's paragraph number before its words: "1.1 ", "2.3.1. ", "(4) ", "4.2) ".
# A bare "3 " is not taken: goods may begin with a count ("3 pallets of ...").
_PARAGRAPH_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?\)?|\(\d{1,2}(?:\.\d{1,2})*\)|\d{1,2}[.)])\s+(?=[A-Z\"“])")
# What a paragraph says before the value, by the field's meaning.
_OWN_LABEL = {
    "protestant_name": re.compile(
        r"(?i)^(?:the\s+)?(?:name\s+of\s+(?:the\s+)?)?(?:protestant|protesting\s+(?:party|company)"
        r"|importer(?:\s+of\s+record)?|party\s+(?:filing|protesting))(?:'s\s+name)?"
        r"(?:\s*[:=]\s*|\s+[–—-]\s+|\s+(?:is|are)\s+)"),
    "merchandise_description": re.compile(
        r"(?i)^(?:(?:the\s+)?(?:description\s+of\s+(?:the\s+)?)?(?:merchandise|goods|products?)"
        r"(?:\s+description)?|the\s+(?:merchandise|goods)\s+(?:is|are|was|were))"
        r"(?:\s*[:=]\s*|\s+[–—-]\s+|(?<=is|re|as)\s+)"),
}
# A block's parts: a slash, bar, semicolon or middle dot with space on both sides.
_BLOCK_SEPARATOR = re.compile(r"\s+[/|;·•]\s+|;\s+")
_SEPARATOR_FOLD = re.compile(r"\s*(?:[/|;·•]|,)\s*")
_STREET = re.compile(r"(?i)^(?:\d{1,6}\s+\w|p\.?\s*o\.?\s+box\b|suite\b|ste\.?\s|floor\b)")
# The city line ends at its ZIP: what a reader ran on past it is no part of the address.
_CITY = re.compile(r"^[A-Z][A-Za-z .'-]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
# The identifier that closes a block: importer, EIN or IRS number, CBP-assigned number, phone.
_IDENTIFIER = re.compile(r"(?i)^(?:IOR|EIN|IRS|importer|CBP|tax|tel|phone|fax|e-?mail)\b|@")


def tidy_values(stream: TextStream, fields: Fields) -> None:
    """Take a paragraph's number and label off the values, then split a one-line party block."""
    for key in ("protestant_name", "protestant_address", "merchandise_description"):
        item = fields.items.get(key)
        if item is None or not isinstance(item.value, str):
            continue
        value = _PARAGRAPH_NUMBER.sub("", item.value)
        if own := _OWN_LABEL.get(key):
            value = own.sub("", value)
        if value != item.value and value.strip():
            fields.items[key] = replace(item, value=value.strip())
    _split_block(fields)
    _address_after_of(stream, fields)


def _split_block(fields: Fields) -> None:
    """"X / 1 Main St / City, ST 00000 / IOR 12-3456789" read as the name: the name is the
    first part; the address the street and city parts after it, which must both be there."""
    item = fields.items.get("protestant_name")
    if item is None or not isinstance(item.value, str):
        return
    parts = [p.strip() for p in _BLOCK_SEPARATOR.split(item.value) if p.strip()]
    if len(parts) < 3 or not _STREET.match(parts[1]):
        return
    address: list[str] = []
    rest = parts[1:]
    while rest and not _IDENTIFIER.search(rest[0]):
        address.append(rest.pop(0))
    city = _CITY.match(address[-1]) if address else None
    if city is None:
        return  # no city line: not an address, leave the value for the other cues to judge
    address[-1] = city.group(0)
    fields.items["protestant_name"] = replace(item, value=fold(parts[0]))
    joined = ", ".join(address)
    read = fields.items.get("protestant_address")
    # An address read past the block's end ("..., CA 90802 Entry No. ...") is the block's.
    if read is not None and isinstance(read.value, str) and read.value != joined \
            and _SEPARATOR_FOLD.sub(", ", read.value).startswith(joined):
        del fields.items["protestant_address"]
    if "protestant_address" not in fields.items:
        fields.put("protestant_address", joined, item.evidence, item.confidence)
    if rest and "importer_number" not in fields.items:
        number = importer_number_in(" ".join(rest))
        if number is not None:
            fields.put("importer_number", number, item.evidence, item.confidence)


def _address_after_of(stream: TextStream, fields: Fields) -> None:
    """"The protestant is X, of 1 Main St, City, ST 00000.": the address the sentence gives
    right after the name read (the name must match, so another party's address is not taken)."""
    name = fields.items.get("protestant_name")
    if name is None or not isinstance(name.value, str) or "protestant_address" in fields.items:
        return
    cut = re.split(r",?\s+of\s+\d", name.value, maxsplit=1)[0].rstrip(", ")
    if not cut:
        return
    flat = stream.text.replace("\n", " ")
    pattern = r"\s+".join(re.escape(word) for word in cut.split())
    match = re.search(rf"{pattern},?\s+(?:of|at|located\s+at)\s+(?P<address>{US_ADDRESS})", flat)
    if match is None:
        return
    fields.items["protestant_name"] = replace(name, value=cut)
    fields.put("protestant_address", fold(match.group("address")),
               stream.evidence(match.start("address"), match.end("address")), name.confidence)


# "Hollis & Renner PLLC for X, protestant", "X (Protestant)", "X - Protestant": the party named
# by its role after the name, on a line of its own; a firm filing for it comes before "for".
_ROLE_LINE = re.compile(
    r"(?im)^[ \t]*(?:[^\n]{2,80}?[ \t]+(?:for|on[ \t]+behalf[ \t]+of)[ \t]+)?"
    r"(?P<name>[A-Z0-9][^\n()]{1,90}?)(?:,|[ \t]+[-–—])?[ \t]+\(?(?:the[ \t]+)?"
    r"(?:protestant|protesting[ \t]+party|importer[ \t]+of[ \t]+record[ \t]+and[ \t]+protestant)"
    r"\)?[ \t]*[.,]?[ \t]*$"
    r"(?P<below>(?:\n[^\n]{1,80}){1,3})?")
_CITY_LINE = re.compile(r"^[A-Za-z][A-Za-z .'-]*,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\.?$")


# "Counsel for Protestant", "Attorney to the protestant": the role is the object of a preposition,
# the line names whoever acts for the party, not the party.
_NOT_A_NAME = re.compile(r"(?i)\b(?:for|to|of|by|from|with|behalf|counsel|attorneys?|agents?"
                         r"|brokers?|representing)\W*$|^(?:the|this|our|we|said)\b")


# A section's letter or number before a heading ("A. PROTESTING PARTY", "II. Protestant") is
# no name: the heading names the section the party is given in.
_SECTION_MARK = re.compile(r"(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.):]?")
# A pleading's caption leads into the name: "In the Matter of the Protest of X, Protestant.",
# "In re Protest of X, Protestant", "Matter of X, Protestant".
_CAPTION_LEAD = re.compile(
    r"(?i)^(?:in\s+(?:the\s+)?matter\s+of|matter\s+of|in\s+re:?|re:)\s+"
    r"(?:the\s+)?(?:(?:protest|application|petition)\s+(?:no\.?\s+\S+\s+)?(?:of|by)\s+)?")


# An answer sheet's item before the role it asks for: "Item 1 -- Protestant", "Section 1 -
# Protesting party", "Box 1: Protestant", "Part A -- Protestant". The item heads the answer,
# which stands on the lines under it.
_ITEM_MARK = re.compile(
    r"(?i)(?:item|part|section|box|block|question|step|field|no\.?|q)\s*[A-Z0-9]{1,3}"
    r"(?:\s*[./&-]\s*[A-Z0-9]{1,3})*[.):]?(?:\s*(?:-{1,2}|[–—:]))?")


def _names_party(name: str) -> bool:
    return bool(name.strip()) and not _NOT_A_NAME.search(name.strip()) \
        and not _SECTION_MARK.fullmatch(name.strip()) and not _ITEM_MARK.fullmatch(name.strip()) \
        and not _prose(name)


# A sentence's line that ends before "the protestant" of the next ("... classified as entered,
# and" / "the protestant claims a refund"): a stop inside it, a last word that joins, or words
# mostly in small letters, as no firm's name is printed.
# So is a clause that says what someone is ("I, Ann Lee, am the Manager of Acme Inc.").
_SENTENCE_INSIDE = re.compile(r"[a-z]\.\s+[A-Z]|\b(?:and|or|but|that|which|whereas|as|the|of)"
                              r"\W*$|\b(?:am|is|are)\s+(?:the|an?)\s")


def _prose(name: str) -> bool:
    """Whether NAME, read off a line ending in the party's role, is a line of a sentence."""
    words = re.findall(r"[A-Za-z][\w'’&.-]*", name)
    small = [w for w in words if w[0].islower()]
    return bool(_SENTENCE_INSIDE.search(name.strip())) or len(small) * 2 > len(words)


def read_role_line(stream: TextStream, fields: Fields, confidence: float) -> None:
    """The protestant named by its role on its own line, and the address lines under it when
    they make a full US address (street to city, state and ZIP)."""
    if "protestant_name" in fields.items:
        return
    matches = list(stream.finditer(_ROLE_LINE))
    match = next((m for m in matches if _names_party(m.group("name"))), None)
    if match is None:
        item = next((m for m in matches if _ITEM_MARK.fullmatch(m.group("name").strip())), None)
        if item is not None:
            _answered_under(stream, item.end("name"), fields, confidence)
        return
    lead = _CAPTION_LEAD.match(match.group("name"))
    start = match.start("name") + (lead.end() if lead else 0)
    name = fold(stream.text[start:match.end("name")]).rstrip(",")
    fields.put("protestant_name", name, stream.evidence(start, match.end("name")), confidence)
    if match.group("below") and "protestant_address" not in fields.items:
        _address_lines(stream, match.start("below"), fields, confidence)


# The answer under an item's heading is a name: not the next item, a caption, a street or prose.
_NOT_ANSWER = re.compile(r"(?i)^(?:item|part|section|box|block|question|step|field)\s*[A-Z0-9]"
                         r"|:\s*$|^\d|^(?:n/?a|none|-+|_+)$")


def _answered_under(stream: TextStream, end: int, fields: Fields, confidence: float) -> None:
    """The party on the line under an item's heading, and its address on the lines after."""
    start = stream.text.find("\n", end)
    if start < 0:
        return
    line_end = stream.text.find("\n", start + 1)
    line_end = len(stream.text) if line_end < 0 else line_end
    line = stream.text[start + 1:line_end]
    name = fold(line).strip()
    if not name or _NOT_ANSWER.search(name) or _STREET.match(name) or not _names_party(name):
        return
    first = start + 1 + (len(line) - len(line.lstrip()))
    fields.put("protestant_name", name, stream.evidence(first, line_end), confidence)
    if "protestant_address" not in fields.items:
        _address_lines(stream, line_end, fields, confidence)


def _address_lines(stream: TextStream, start: int, fields: Fields, confidence: float) -> None:
    """A street line, perhaps a suite line, then "City, ST 00000": the lines a block prints."""
    if (found := _address_block(stream.text, start)) is not None:
        fields.put("protestant_address", found[0], stream.evidence(start + 1, found[1]),
                   confidence)


def _address_block(text: str, start: int) -> tuple[str, int] | None:
    """The address on the lines after the newline at START, and where it ends; None unless
    they run from a street line to a city line."""
    lines = text[start:].split("\n")[1:4]
    if not lines or not _STREET.match(lines[0].strip()):
        return None
    for count in range(1, len(lines)):
        if _CITY_LINE.match(lines[count].strip()):
            taken = [line.strip() for line in lines[:count + 1]]
            end = start + 1 + sum(len(line) + 1 for line in lines[:count + 1]) - 1
            return ", ".join(taken).rstrip("."), end
    return None


# The sentence that sets the party out as a block under it: "filed on behalf of our client, who
# has given us a power of attorney:", "The importer of record is:", "Protestant:" in a sentence.
_INTRODUCES = re.compile(r"(?i)\bon\s+behalf\s+of\b|\b(?:our|my)\s+(?:client|principal|customer)s?"
                         r"\b|\bimporter\s+of\s+record\b|\bprotest(?:ant|ing\s+party)\b")
# ... but not one that introduces whoever acts for the party or is to be written to.
_INTRODUCES_ANOTHER = re.compile(
    r"(?i)(?:'|’)s\s+(?:counsel|attorneys?|brokers?|agents?|representatives?)\b"
    r"|\b(?:counsel|attorneys?|brokers?|agents?|representatives?)\s+(?:is|are)\b|\brepresented\b"
    r"|\b(?:contact|correspondence|reply|replies|copy|copies|notices?|remit)\b")
_SENTENCE_END = re.compile(r"[.?!:;]\s*$")
_SENTENCE_LINES = 4  # lines a sentence ending in the colon may run back over
_SENTENCE_WORDS = 4  # fewer words before the colon make a caption ("Entries:"), not a sentence


def read_listed_party(stream: TextStream, fields: Fields, confidence: float) -> None:
    """The party set out under the sentence that introduces it, as an e-mail or letter lists it:
    the name on its own line, then a full US address (street to city, state and ZIP)."""
    if "protestant_name" in fields.items:
        return
    lines = stream.text.split("\n")
    offset = 0
    for index, line in enumerate(lines[:-3]):
        offset += len(line) + 1  # where the line under it starts
        if not line.rstrip().endswith(":") or not _introduces(lines, index):
            continue
        name = lines[index + 1].strip()
        below = offset + len(lines[index + 1])  # the newline that ends the name's line
        if not name or name[0].isdigit() or ":" in name or not re.search(r"[A-Za-z]{2}", name) \
                or _CITY.match(name) or FILER.search(name) \
                or (address := _address_block(stream.text, below)
                    or _address_line(stream.text, below)) is None:
            # A name without a full address under it is not the block this reader knows; a
            # law firm's or a broker's is the filer's own.
            continue
        fields.put("protestant_name", fold(name), stream.evidence(offset, below), confidence)
        if "protestant_address" not in fields.items:
            fields.put("protestant_address", address[0],
                       stream.evidence(below + 1, address[1]), confidence)
        return


_ONE_LINE = re.compile(rf"[ \t]*(?P<address>{US_ADDRESS})[ \t]*$")


def _address_line(text: str, start: int) -> tuple[str, int] | None:
    """The address typed whole on the line after the newline at START ("1 Main St, City, ST
    00000"), and where it ends."""
    end = text.find("\n", start + 1)
    line = text[start + 1:len(text) if end < 0 else end]
    if (match := _ONE_LINE.match(line)) is None:
        return None
    return fold(match.group("address")), start + 1 + match.end("address")


def _introduces(lines: list[str], index: int) -> bool:
    """Whether the sentence that ends in the colon at LINES[INDEX] introduces the party."""
    taken = [lines[index]]
    for line in reversed(lines[max(0, index - _SENTENCE_LINES):index]):
        if _SENTENCE_END.search(line):
            break
        taken.insert(0, line)
    sentence = re.split(r"\.\s+(?=[A-Z])", " ".join(taken))[-1]
    return len(sentence.split()) >= _SENTENCE_WORDS and bool(_INTRODUCES.search(sentence)) \
        and not _INTRODUCES_ANOTHER.search(sentence)
