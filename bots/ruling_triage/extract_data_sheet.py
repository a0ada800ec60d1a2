"""A product data sheet the letter makes part of the request ("Enclosed is the manufacturer's
data sheet ... It gives the description, composition, intended use ... and is part of this
request"): the classification facts the letter leaves to the sheet are read there.

The packet reader sets an attached sheet aside (bots/common/reading/packet_parts.py), so a sheet
the letter only encloses ("Photographs and a specification sheet are enclosed") states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.letter import same_party
from bots.common.reading.packet_parts import PacketParts
from bots.ruling_triage.extract_goods import read_goods
from bots.ruling_triage.extract_items import read_count_caption, read_hts
from bots.ruling_triage.extract_parties import read_parties
from bots.ruling_triage.extract_text import Fields, Paragraph, paragraphs
from tradebots.pdf import PdfDocument

SHEET_KIND = "specification sheet"  # packet_parts' name for a spec or data sheet's pages
# A fact a maker's sheet states for the requester is a weaker cue than the letter's own words.
SHEET = 0.8
_FACTS = ("product_description", "component_materials", "principal_use")
_SHEET = r"\b(?:specification|spec|data|technical(?:\s+data)?|product)\s+sheets?\b"
# The letter gives the sheet as its statement of the facts: the sheet "gives", "sets out" or
# "describes" them, "is part of this request", is "incorporated" (in its sentence or the next,
# "It gives ..."), or the reader is sent to it.
_MADE_PART = re.compile(
    rf"{_SHEET}(?:[^.]|\.\s+(?=(?:it|this|that|the)\b)){{0,200}}?\b(?:gives?|sets?\s+(?:out|"
    r"forth)|describes?|states?|contains?|provides?|lists?|is\s+(?:made\s+)?(?:a\s+)?part\s+of|"
    r"forms?\s+part\s+of|incorporated)\b"
    r"|\b(?:see|refer\s+to|described\s+in|set\s+(?:out|forth)\s+in|stated\s+in)\s+(?:the\s+)?"
    rf"(?:enclosed|attached|accompanying)\s+(?:[\w'-]+\s+){{0,2}}{_SHEET}"
    # "The data sheet follows.": the letter runs on into its sheet.
    rf"|{_SHEET}\s+follows\b", re.I)
# The sheet's own tariff line counts only where it says the number is the one proposed; a maker's
# export "HS code" is no proposal of the requester's.
_PROPOSED = re.compile(r"\bproposed\b|\bsuggested\b|\brequested\b", re.I)


def sheet_paragraphs(document: PdfDocument, parts: PacketParts) -> list[Paragraph]:
    """The paragraphs of the pages the packet reader set aside as a specification or data
    sheet; the document reads the packet's own pages again after."""
    sheets = sorted(n for n, kind in parts.others.items() if kind == SHEET_KIND)
    # A sheet printed on under the letter, on its own page: only its lines are read.
    inline = {n: {i for i, kind in hidden.items() if kind == SHEET_KIND}
              for n, hidden in parts.hidden_lines.items()}
    inline = {n: lines for n, lines in inline.items() if lines}
    if not sheets and not inline:
        return []
    pages = sorted({*sheets, *inline})
    # The letter's own lines are hidden in their stead, and hidden again after.
    document.narrow(pages, {n: set() for n in inline})
    document.narrow(pages, {n: set(range(len(document.segments(n)))) - lines
                            for n, lines in inline.items()})
    try:
        return paragraphs(document)
    finally:
        document.narrow(parts.main_pages, {n: set() for n in inline})
        document.narrow(parts.main_pages, {n: set(lines) for n, lines in
                                           parts.hidden_lines.items() if n in inline})


def makes_part(letter: Sequence[Paragraph]) -> bool:
    """Whether a sentence of the letter makes its data sheet the statement of the facts."""
    return any(_MADE_PART.search(p.text) for p in letter)


def read_data_sheet(sheet: list[Paragraph], letter: list[Paragraph], fields: Fields) -> None:
    """Description, materials, use and a proposed tariff number from SHEET, where the LETTER
    makes it part of the request and gives none of its own; at the sheet's lesser confidence."""
    if not sheet or not makes_part(letter):
        return
    found = Fields()
    read_goods(sheet, found)
    read_hts([p for p in sheet if _PROPOSED.search(p.text)], found)
    read_count_caption(sheet, found)  # "Number of items 6": the goods the request asks about
    for key in (*_FACTS, "proposed_hts", "item_count"):
        if key in found.items and key not in fields.items:
            item = found.items[key]
            fields.put(key, item.value, item.evidence, min(item.confidence, SHEET))
    _sheet_party(sheet, fields)


def _sheet_party(sheet: list[Paragraph], fields: Fields) -> None:
    """The requester's address and importer number from the sheet's own captions, where the
    party the sheet names is the requester the letter names: two cues that agree."""
    found = Fields()
    read_parties(sheet, found)
    requester, named = fields.value("requester_name"), found.value("requester_name")
    if not requester or not named or not same_party(str(requester), str(named)) \
            or found.value("acting_as_agent"):
        return
    for key in ("requester_address", "importer_number"):
        if key in found.items and key not in fields.items:
            item = found.items[key]
            fields.put(key, item.value, item.evidence, min(item.confidence, SHEET))
