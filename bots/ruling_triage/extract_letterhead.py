"""The sender a letter's head names: the letterhead's first line naming a party and its address
lines, a memo's FROM organisation, or the lines over CBP's addressee block; never a form's title,
caption, field, column head or the addressee."""

from __future__ import annotations

import re

from bots.common.reading.date_line import date_line
from bots.common.reading.letter import STAMP, Block, Letter, Part
from bots.common.reading.parties import is_recital
from bots.ruling_triage import captions
from bots.ruling_triage.extract_letterhead_line import one_line_head
from bots.ruling_triage.extract_memo_from import (
    address_caption_after,
    from_block,
    from_value,
    memo_sender,
)
from bots.ruling_triage.extract_text import Paragraph, fold
from bots.ruling_triage.letter_lines import CONTACT, FROM, SAME_LINE, UNIT_FIRST, ZIP

# A Canadian postal code, and the country a foreign address may name after it on its own line.
_POSTAL_CODE = re.compile(r"\b[A-Z]{2}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
_ABROAD = re.compile(r"Canada|Mexico|China|United\s+Kingdom|Germany", re.I)

# The addressee's block taken for a letterhead (a form puts CBP's office first): no sender.
_CBP_OFFICE = re.compile(r"Customs\s+and\s+Border\s+Protection|Regulations\s+and\s+Rulings|"
                         r"National\s+Commodity\s+Specialist|Office\s+of\s+Trade|Port\s+Director",
                         re.I)
# "1 Main St | Town, ST 12345", "1 Main St / Town, ST 12345"
_SEPARATOR = re.compile(r"\s+[|/\u00b7\u2022-]\s+")

_TRANSMITTAL = re.compile(r"\s*(?:(?:facsimile|fax|telecopy)(?:\s+(?:cover(?:\s+sheet)?|"
                          r"transmi(?:ssion|ttal)))?\s*$|(?:to|from|date|pages?|subject|fax|cc|"
                          r"sent|attn)\s*:)", re.I)

# A system's header names no sender either: "Customer Service Ticket #801805 - printed ...".
_FORM_TITLE = re.compile(r"\b(?:ruling|request|form|template|worksheet|submitted|CFR|ticket|"
                         r"printed|case\s+(?:no|number))\b|#\s*\d", re.I)
# A line that only names the document's kind ("MEMORANDUM", "Inter-office memo", "FAX
# TRANSMITTAL", "Cover sheet", "Receipt"): where a letter prints its sender, it names no one.
_DOCUMENT_KIND = re.compile(r"\W*(?:(?:inter-?office|internal|legal|confidential)\s+)?(?:"
                            r"memorandum|memo|fax|facsimile|telefax|transmittal|(?:fax\s+)?cover\s+(?:sheet|"
                            r"page|letter)|receipt|brief|questionnaire|submission|letter)(?:\s+"
                            r"(?:transmittal|transmission|of\s+law))?\W*", re.I)

_CAPTION = re.compile(r"\s*\d{1,2}[.)]\s+[A-Za-z]")

# A printout's or an export's key-value line ("Requester: X; ...", "Importer number = ..."):
# a field of the text, not a sender's letterhead.
_KEY_VALUE = re.compile(r"\s*[A-Za-z][A-Za-z .'/#()-]{0,30}?(?::|\s=)\s*\S")
# A form's caption printed alone over its value ("TO" / "National Commodity Specialist
# Division", "DATE" / "23-SEP-2025"): a field's name, never the sender's.
_BARE_CAPTION = re.compile(r"\s*(?:to|from|date|re|subject|attn|attention|cc|addressee|"
                           r"recipient)\s*:?\s*", re.I)
# A summary table's column heads over its label and value rows ("Field | Entry", "Item  Details",
# "Particulars  Information"): a table's own words where a letter prints its sender, no name.
_COLUMN_HEAD = re.compile(r"\W*(?:(?:field|item|particulars?|entry|entries|value|details?|"
                          r"information|data|element|attribute|key|category|heading|label|topic|"
                          r"description|response|answer|content)s?\W*){1,3}", re.I)
# A page number printed alone in the head's corner: "1", "- 2 -".
_CORNER_NUMBER = re.compile(r"\s*(?:[-\u2013]\s*)?\d{1,3}(?:\s*[-\u2013])?\s*")

# Or a whole address on one line, left under its party's caption ("Requester: X" / "12 Pier
# Road, Newark, NJ 07114"): a street number, the city, state and ZIP, and no name.
_WHOLE_ADDRESS = re.compile(r"(?:\d+[A-Za-z]?|(?i:P\.?\s*O\.?\s+Box\s+\d+))\s+[^\n]*,\s*"
                            r"[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?")
# Or its street line over its city line: "12 Pier Road" / "Newark, NJ 07114".
_STREET_LINE = re.compile(r"\d+[A-Za-z]?\s+[A-Z0-9][\w.' -]*\b(?:Street|St|Avenue|Ave|Road|Rd"
                          r"|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy"
                          r"|Plaza|Square|Sq|Pike|Wharf|Pier|Circle|Terrace|Trail|Row|Loop)\.?"
                          r"(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\.?)?(?:,?\s+(?:Suite|Ste\.?|Unit|Floor|"
                          r"Fl\.?|Room|#)\s*[\w-]+)?")
# A unit's line alone, between the street and the city: "Suite 400", "Floor 3".
_UNIT_LINE = re.compile(r"(?:Suite|Ste\.?|Unit|Floor|Fl\.?|Room|Rm\.?|Building|Bldg\.?)\s*[\w-]+",
                        re.I)
# A US address's last line alone: "Paterson, NJ 07501", "Boise ID 83702-1234".
_CITY_LINE = re.compile(r"[A-Za-z][A-Za-z .'-]*,?\s+[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?")


def letterhead(letter: Letter) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """The letterhead's name (its first line) and its address lines (those before a phone); a
    memo's the organisation on its FROM line."""
    printed = [Part(block, m.start(), m.end()) for block in letter.letterhead
               for m in re.finditer(r"[^\n]*\S[^\n]*", block.text)]
    plain = _plain_letterhead(letter)
    # A memo's head is TO / FROM / DATE: where the plain reading took the FROM value (or found
    # nothing), the sender is the organisation the FROM line names. A fax cover's "From:" above
    # a letterhead leaves the letterhead as it is.
    sent = from_value(printed)
    if sent is not None and (plain is None or (plain[1].block is sent.block
                                               and plain[1].start <= sent.end
                                               and sent.start <= plain[1].end)):
        sender = memo_sender(sent)
        if sender is not None and sender[2] is None:
            sender = (sender[0], sender[1], address_caption_after(printed, sent))
        return sender or from_block(printed)
    if sent is not None and plain is not None and _STREET_FIRST.match(plain[0]):
        # The addressee's street, left after CBP's office was set aside, names no sender: the
        # memo's FROM block does.
        return from_block(printed) or plain
    return plain


_STREET_FIRST = re.compile(r"\s*(?:\d|P\.?\s*O\.?\s+Box\b)", re.I)

# A letterhead's own importer number ("IOR: 17-0778840", "Importer No.: 12-3456789").
_NUMBER_LINE = re.compile(r"(?i)\s*(?:IOR|EIN|importer(?:\s+of\s+record)?(?:\s+(?:no\.?|number))?)"
                          r"\s*(?:no\.?|#)?\s*:?\s*[\d-]{9,14}\s*")
_DATE_CAPTION = re.compile(r"(?i)\s*date[d]?\s*:\s*(?P<date>[^\n]+?)\s*")


def head_over_addressee(
        items: list[Paragraph]) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """A letterhead the letter's frame did not find (its date a labelled line under a title): the
    lines printed over the CBP addressee's block at the top of the first page, none a field or
    a receipt stamp, a name over its address (a stamp's "CBP - NCSD" names no sender)."""
    first = items[0].page if items else 1
    above: list[Block] = []
    for paragraph in items:
        if paragraph.page != first:
            return None
        if _CBP_OFFICE.search(paragraph.text):
            break
        if (dated := _DATE_CAPTION.fullmatch(paragraph.text)) and date_line(dated["date"]):
            continue  # a letter's own "Date: 22-SEP-2025" under its letterhead is no form field
        if any(":" in line and not _NUMBER_LINE.fullmatch(line)
               for line in paragraph.text.split("\n")):
            return None  # a form's labelled fields over the addressee: no letterhead
        if not STAMP.search(paragraph.text):
            above.append(paragraph)
    else:
        return None
    head = _plain_letterhead(Letter(letterhead=above)) if above else None
    return head if head is not None and head[2] is not None else None


def _plain_letterhead(letter: Letter) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """The first line naming no title or caption, and the address lines under it."""
    lines: list[Part] = []
    # A mail header's captions printed apart from their values ("From:" | "Ann Lee <a@b.c>"):
    # what stands on a caption's line is the header's, no letterhead.
    headers = [block for block in letter.letterhead if _HEADER_CAPTION.fullmatch(block.text)]
    if len(headers) < _HEADER_ROWS:
        headers = []  # one caption alone beside a letterhead ("Date:") makes no mail header
    addressee = False
    for block in letter.letterhead:
        if all(_TRANSMITTAL.match(line) for line in block.text.split("\n") if line.strip()):
            continue  # a fax cover's or an e-mail's header above the letterhead names no sender
        # A memo's FROM value names the sending firm ("FROM:" | "Acme Trading Co."); an
        # e-mail's names a person's mailbox ("From:" | "Ann Lee <a@b.c>"), no firm.
        if any(block.page == head.page and abs(block.top - head.top) <= SAME_LINE
               and (not FROM.fullmatch(head.text) or "@" in block.text) for head in headers):
            continue
        if _CBP_OFFICE.search(block.text):
            addressee = True
            continue  # the addressee's block, which a form prints first, is no sender
        if addressee and _ADDRESS_LINE.fullmatch(block.text.strip()):
            continue  # the addressee's street and city, printed under its office
        addressee = False
        if is_recital(block.text):
            continue  # a recital ('WHEREAS X, of ... (the "Requester")') is a sentence
        if _running_text(block.text):
            continue  # a form's opening sentence under its title ("We submit this request ...")
        position = 0
        for printed in block.text.split("\n"):
            # A rule drawn in characters ("______") names nothing.
            if re.search(r"[A-Za-z0-9]", printed):
                lines.append(Part(block, position, position + len(printed)))
            position += len(printed) + 1
    # A form prints its title where a letter has its letterhead ("BINDING RULING REQUEST"), and
    # numbered box captions ("1. Requester") above the values: neither names a party.
    # So does an address line left after its caption ("Address: 12 Main St" / "Paterson, NJ
    # 07501"): a name is never a city, state and ZIP.
    # Nor does an importer number left after its caption was paired ("Importer no. 20-0095590").
    # Nor do a summary table's column heads over its rows ("Field | Entry").
    while lines and (_FORM_TITLE.search(lines[0].text) or _KEY_VALUE.match(lines[0].text)
                     or _COLUMN_HEAD.fullmatch(lines[0].text)
                     or _NUMBER_LINE.fullmatch(lines[0].text)
                     or _DOCUMENT_KIND.fullmatch(lines[0].text)
                     or _CITY_LINE.fullmatch(lines[0].text.strip())
                     or _WHOLE_ADDRESS.fullmatch(lines[0].text.strip())
                     or (len(lines) > 1 and _STREET_LINE.fullmatch(lines[0].text.strip())
                         and (_CITY_LINE.fullmatch(lines[1].text.strip())
                              or _UNIT_LINE.fullmatch(lines[1].text.strip())))
                     or _UNIT_LINE.fullmatch(lines[0].text.strip())
                     # nor the letter's date set tight under the block ("March 3, 2025")
                     or date_line(lines[0].text.strip()) is not None):
        lines = lines[1:]
    # A page number printed in the head's corner ("1") names no one either.
    lines = [line for line in lines if not _CAPTION.match(line.text)
             and not captions.is_caption(line.text) and not _CORNER_NUMBER.fullmatch(line.text)
             and not _BARE_CAPTION.fullmatch(line.text)]
    if not lines:
        return None
    name, rest = _without_unit(lines[0]), lines[1:]
    if (one_line := one_line_head(name)) is not None:
        return one_line
    # The letter's date set at the right of the head ("Harbor Goods LLC   15 January 2025") is
    # read with the head's lines, but it is no part of the address.
    rest = [line for line in rest if date_line(line.text.strip()) is None]
    # A tagline ("Customs and Trade Law") may stand between the name and the street.
    while rest and not re.search(r"\d|P\.?\s*O\.?\s+Box", rest[0].text, re.I):
        rest = rest[1:]
    address: list[Part] = []
    for index, line in enumerate(rest):
        # A contact ends the address, unless it only follows the address on its line.
        if CONTACT.search(line.text) and (CONTACT.search(kept := _without_numbers(line.text))
                                          or not ZIP.search(kept)):
            break
        address.append(line)
        if _POSTAL_CODE.search(line.text) and index + 1 < len(rest) and _ABROAD.fullmatch(
                rest[index + 1].text.strip()):
            address.append(rest[index + 1])  # "Toronto, ON M5H 3T4" / "Canada"
            break
        if ZIP.search(line.text):
            break
    if not address or not ZIP.search(address[-1].text):
        return fold(name.text), name, None
    # A one-line address prints its parts with "|" between them.
    joined = ", ".join(_SEPARATOR.sub(", ", _without_numbers(fold(p.text))) for p in address)
    return fold(name.text), name, (UNIT_FIRST.sub("", joined), address[0])


_HEADER_CAPTION = re.compile(r"\s*(?:to|from|sent|date|subject|cc|attn)\s*:\s*", re.I)

_HEADER_ROWS = 2  # a mail header has a From and a To line at least
# An address line on its own: "201 Varick Street, Suite 501, New York, NY 10014", "New York, NY
# 10014", or the street alone under the office ("90 K Street, NE").
_ADDRESS_LINE = re.compile(r"(?:\d+\s+[^\n]*|[A-Za-z][A-Za-z .'-]*,?\s+[A-Z]{2}\.?\s+\d{5}"
                           r"(?:-\d{4})?[^\n]*)")
# Running text has words enough for a sentence, most of them in lower case; a letterhead's
# lines are names, titles and addresses, capitalised or in figures.
_SENTENCE_WORDS = 10
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _running_text(text: str) -> bool:
    """Whether a block at the head is a sentence or more, not a letterhead's lines."""
    words = _WORD.findall(text)
    lower = sum(1 for word in words if word[0].islower())
    return len(words) >= _SENTENCE_WORDS and 2 * lower > len(words)


# A party's number or contact printed after its address on the same line ("12 Main St / Town,
# ST 00000 / EIN 29-2062231", "... | IOR No. 12-3456789 | Tel. ..."): none is part of the address.
_NUMBER_PART = re.compile(r"\b(?:F?EIN|IRS|IOR|I\.O\.R\.|(?:federal\s+)?tax\s+ID|importer\s+"
                          r"(?:of\s+record\s+)?(?:no\b|number|#|ID))", re.I)


def _without_numbers(line: str) -> str:
    """LINE without the parts after its address that give a number or a contact."""
    parts = _SEPARATOR.split(line)
    while len(parts) > 1 and (_NUMBER_PART.search(parts[-1]) or CONTACT.search(parts[-1])):
        parts.pop()
    if len(parts) == len(_SEPARATOR.split(line)):
        return line
    return line[:line.index(parts[-1]) + len(parts[-1])]


# A department set after the firm's name on its letterhead line ("Acme LLC -- Legal Department",
# "Acme LLC | Office of General Counsel"): the firm asks, its department is where the letter comes
# from inside it.
_UNIT = re.compile(r"[ \t]+(?:-{1,2}|[\u2013\u2014|\u00b7\u2022])[ \t]+"
                   r"(?:(?:[A-Z][\w&,.]*[ \t]+){0,4}"
                   r"(?:Department|Dept\.?|Division|Group|Team|Section|Unit|Desk|Counsel)|"
                   r"(?:Office|Department|Division)[ \t]+of[ \t]+[\w ,&]{3,40})[ \t]*$")


def _without_unit(line: Part) -> Part:
    """LINE without a department printed after the firm's name."""
    found = _UNIT.search(line.text)
    return line if found is None or found.start() == 0 else Part(
        line.block, line.start, line.start + found.start())


def street_under(letter: Letter, name: Part) -> bool:
    """Whether a letterhead line after NAME's opens with a street number or a post box."""
    lines = [line for block in letter.letterhead for line in block.text.split("\n")]
    at = next((i for i, line in enumerate(lines) if name.text.strip() in line), None)
    return at is not None and any(_STREET_FIRST.match(line) for line in lines[at + 1:at + 4])
