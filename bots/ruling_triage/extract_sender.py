"""Who sent a printed e-mail: the firm its "From:" line names beside the person, and the address
its signature block prints under that firm (down to the ZIP line, across a page break)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.letter import Block, Cue, Part
from bots.common.reading.parties import STATE_ZIP
from bots.common.reading.signature import is_person

# "From: Ann Lee (Acme Imports LLC)", "From: Acme Imports LLC <ann@acme.com>", "From: Ann Lee,
# Acme Imports LLC [mailto:ann@acme.com]": the sending firm beside the person or the mailbox.
_VALUE = re.compile(r"(?i)[ \t]*from[ \t]*:[ \t]*(?P<value>[^\n<\[]*)")
_BRACKETED = re.compile(r"\((?P<firm>[^()\n]+)\)")
_FROM_CAPTION = re.compile(r"(?i)[ \t]*from[ \t]*:")
_LEGAL_FORM = re.compile(r"(?i)\b(?:LLP|LLC|L\.L\.C|Inc|Incorporated|Corp|Corporation|Co|Company"
                         r"|Ltd|Limited|GmbH|PLC|L\.P)\b\.?")
_STREET = re.compile(r"(?i)^\s*(?:\d+[A-Za-z]?\s|P\.?\s*O\.?\s+Box\b|One\s)")
_NOT_ADDRESS = re.compile(r"(?i)\b(?:tel|phone|fax|e-?mail|www|importer|IOR|EIN)\b|@|:")
_ADDRESS_LINES = 4  # lines under the firm that one address may run over


def mail_sender(items: Sequence[Block], confidence: float) -> Cue | None:
    """The firm an e-mail's From line names (a firm by its legal form, not a person or a
    mailbox): one cue to who asks, weak as a letterhead is."""
    for index, block in enumerate(items[:3]):
        lines = block.text.split("\n")
        for row, line in enumerate(lines):
            if (caption := _FROM_CAPTION.match(line)) is None:
                continue
            at = sum(len(x) + 1 for x in lines[:row])
            if not line[caption.end():].strip() and index + 1 < len(items):
                # A header set as two columns: the captions' block, then the values' beside it.
                block = items[index + 1]
                values = block.text.split("\n")
                if row >= len(values):
                    return None
                at, line = sum(len(x) + 1 for x in values[:row]), "From: " + values[row]
                at -= len("From: ")
            return _firm_cue(block, at, line, confidence)
    return None


def _firm_cue(block: Block, at: int, line: str, confidence: float) -> Cue | None:
    match = _VALUE.match(line)
    if match is None:
        return None
    begin, value = match.start("value"), match["value"].rstrip()
    if bracket := _BRACKETED.search(value):
        begin, value = begin + bracket.start("firm"), bracket["firm"]
    elif "," in value and is_person((head := value.split(",")[0]).strip()) \
            and not _LEGAL_FORM.fullmatch(value[len(head) + 1:].strip()):  # "Acme Imports, Inc."
        begin, value = begin + len(head) + 1, value[len(head) + 1:]
    firm = value.strip()
    begin += len(value) - len(value.lstrip())
    if not _LEGAL_FORM.search(firm) or "@" in firm:
        return None
    part = Part(block, at + begin, at + begin + len(firm))
    return Cue(" ".join(firm.split()), "sender", confidence, part)


def address_under(firm: Part, items: Sequence[Block]) -> tuple[str, Part] | None:
    """The address lines printed under a signature block's firm, down to the ZIP line; the block
    may go on in the next paragraph (a page break between the street and the city)."""
    index = next((i for i, block in enumerate(items) if block is firm.block), None)
    if index is None:
        return None
    lines: list[Part] = []
    for number, block in enumerate(items[index:index + 2]):
        start = firm.end + 1 if number == 0 else 0
        for match in re.finditer(r"[^\n]*\S[^\n]*", block.text[start:]):
            lines.append(Part(block, start + match.start(), start + match.end()))
    taken: list[str] = []
    for line in lines[:_ADDRESS_LINES]:
        text = " ".join(line.text.split())
        if (not taken and not _STREET.match(text)) or _NOT_ADDRESS.search(text):
            return None
        taken.append(text.rstrip(","))
        if STATE_ZIP.search(text):
            return ", ".join(taken), lines[0]
    return None


# A printed e-mail's header lines: "From: Ann Lee", "Sent: 2025-08-26", "To: ...", "Subject: ...".
_HEADER = re.compile(r"(?i)[ \t]*(?:from|sent|date|to|cc|bcc|subject|subj|re|attachments?|"
                     r"importance|reply-to)[ \t]*:")
_HEAD_REACH = 8  # blocks at the top of the page where a mail header stands
_FIRM_LINES = 6  # the firm's name, its address lines down to the ZIP line


def mail_head_block(items: Sequence[Block]) -> tuple[Part, tuple[str, Part]] | None:
    """The sending firm's name and address a printed e-mail types right under its header lines
    ("From: Ann Lee / Sent: ... / Subject: ..." then "Acme Imports LLC / 1 Main St / Town, ST
    00000"), where a letter prints its letterhead: the name line, and the address down to the
    line with the state and ZIP code. None when the lines under the header are no name and
    address (the message's first sentence, a greeting, a list)."""
    lines = [Part(block, m.start(), m.end()) for block in items[:_HEAD_REACH]
             if block.page == items[0].page
             for m in re.finditer(r"[^\n]*\S[^\n]*", block.text)]
    captions = [i for i, line in enumerate(lines) if _HEADER.match(line.text)]
    # A header has a From line and at least one more, one under the other.
    if not captions or not any(_FROM_CAPTION.match(lines[i].text) for i in captions) \
            or len(captions) < 2:
        return None
    end = captions[0]
    while end + 1 < len(lines) and _HEADER.match(lines[end + 1].text):
        end += 1
    below = lines[end + 1:end + 1 + _FIRM_LINES]
    # A person's name there is the writer's (a firm's legal form says it is no person's).
    name = below[0].text.strip() if below else ""
    if len(below) < 2 or (is_person(name) and not _LEGAL_FORM.search(name)) \
            or not _name_line(name):
        return None
    taken: list[str] = []
    for line in below[1:]:
        text = " ".join(line.text.split())
        if (not taken and not _STREET.match(text)) or _NOT_ADDRESS.search(text):
            return None
        taken.append(text.rstrip(","))
        if STATE_ZIP.search(text):
            return below[0], (", ".join(taken), below[1])
    return None


def _name_line(text: str) -> bool:
    """A line that may be a firm's name: short, no sentence, no caption, no list item."""
    words = text.split()
    return ((0 < len(words) <= 8 and not text.rstrip().endswith((".", ":", ","))) or bool(
        _LEGAL_FORM.search(text))) and not re.match(r"\s*[\u2022*\-\u00b7]\s", text) \
        and ":" not in text and not _STREET.match(text)
