"""A memo's sender: the organisation its FROM line or FROM block names, and the address printed
after it or on an "Address:" line under it."""

from __future__ import annotations

import re

from bots.common.reading.letter import Part
from bots.ruling_triage.extract_text import fold
from bots.ruling_triage.letter_lines import FIRM, FROM, SAME_LINE, UNIT_FIRST, ZIP


def from_value(lines: list[Part]) -> Part | None:
    """A memo head's FROM value: on the caption's line ("FROM: Ann Lee, Acme LLC") or under it."""
    for index, line in enumerate(lines):
        if (caption := FROM.match(line.text)) is not None:
            if line.text[caption.end():].strip():
                return Part(line.block, line.start + caption.end(), line.end)
            # A head that sets each caption apart from its value ("FROM:" | "Acme LLC"): the
            # value is the one on the caption's line.
            beside = next((other for other in lines if other.block is not line.block
                           and other.block.page == line.block.page
                           and abs(other.block.top - line.block.top) <= SAME_LINE), None)
            if beside is not None:
                return beside
            return lines[index + 1] if index + 1 < len(lines) else None
    return None


def memo_sender(sent: Part) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """The organisation a memo's FROM value names after its person and title ("Ann Lee,
    Partner, Acme Supply, Inc."); a person alone names no letterhead."""
    pieces: list[tuple[int, int]] = []
    for match in re.finditer(r"[^,;]+", sent.text):
        if pieces and FIRM.fullmatch(match.group().strip()):
            pieces[-1] = (pieces[-1][0], match.end())  # ", Inc." belongs to the name before it
        else:
            pieces.append((match.start(), match.end()))
    for start, end in reversed(pieces):
        piece = sent.text[start:end]
        if FIRM.search(piece):
            start += len(piece) - len(piece.lstrip())
            found = Part(sent.block, sent.start + start, sent.start + end)
            return fold(found.text), found, _address_on_from(sent, end)
    return None


# A head's "Address:" caption line ("From: Acme LLC" / "Address: 12 Main St, Town, ST 00000").
_ADDRESS_CAPTION = re.compile(r"(?i)\s*(?:(?:mailing|business|street)\s+)?address\s*:\s*")


def address_caption_after(printed: list[Part], sent: Part) -> tuple[str, Part] | None:
    """The address a head's "Address:" line gives right under the FROM line: the sender's."""
    at = next((i for i, line in enumerate(printed)
               if line.block is sent.block and line.start <= sent.start <= line.end), None)
    if at is None or at + 1 >= len(printed):
        return None
    line = printed[at + 1]
    caption = _ADDRESS_CAPTION.match(line.text)
    if caption is None:
        return None
    value = Part(line.block, line.start + caption.end(), line.end)
    found = _FROM_ADDRESS.match(", " + value.text)
    if found is None or found.end("address") != len(value.text.rstrip()) + 2:
        return None
    return fold(value.text), value


# The firm's address after its name on the FROM line: ", 12 Main St, Town, ST 00000".
_FROM_ADDRESS = re.compile(r"\s*[,;]\s*(?P<address>(?:\d|(?i:P\.?\s*O\.?\s+Box)\b)[^\n:;]*?"
                            r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?)\b")


def _address_on_from(sent: Part, end: int) -> tuple[str, Part] | None:
    """The address a memo's FROM value prints after the firm's name, to its ZIP code."""
    match = _FROM_ADDRESS.match(sent.text, end)
    if match is None:
        return None
    return fold(match["address"]), Part(sent.block, sent.start + match.start("address"),
                                        sent.start + match.end("address"))


# A memo head's next caption ("DATE:", "SUBJECT:", "CC:"), where the FROM block ends.
_HEAD_CAPTION = re.compile(r"\s*[A-Z][A-Za-z. ]{0,15}:")


def from_block(printed: list[Part]) -> tuple[str, Part, tuple[str, Part] | None] | None:
    """A memo's sender from its FROM block set over several lines ("FROM: Ann Lee, Manager" /
    "Acme Supply Inc." / "9 Gateway Boulevard" / "Laredo, TX 78045"): the organisation is the
    first line naming a firm, the address the lines under it down to the ZIP code."""
    start = next((i for i, line in enumerate(printed) if FROM.match(line.text)), None)
    if start is None:
        return None
    block: list[Part] = []
    for index, line in enumerate(printed[start:]):
        if index > 0 and _HEAD_CAPTION.match(line.text):
            break
        block.append(line)
    firm = next((i for i, line in enumerate(block) if FIRM.search(line.text)
                 and not FROM.match(line.text)), None)
    if firm is None:
        return None
    name = block[firm]
    address: list[Part] = []
    for line in block[firm + 1:]:
        address.append(line)
        if ZIP.search(line.text):
            joined = ", ".join(fold(part.text) for part in address)
            return fold(name.text), name, (UNIT_FIRST.sub("", joined), address[0])
    return fold(name.text), name, None
