"""Who asks: the requester (its caption, an agent's principal, a recital, a subject line or a
running head), the agent, the importer number and the agent's authority, read in that order."""

from __future__ import annotations

import re

from bots.common.reading.letter import same_party
from bots.common.reading.parties import (
    NameAndAddress,
    name_and_address_line,
    name_over_address,
    party_in_recital,
)
from bots.ruling_triage import captions
from bots.ruling_triage.address_commas import joined_lines
from bots.ruling_triage.extract_importer_number import read_importer_number
from bots.ruling_triage.extract_labelled_requester import read_labelled_requester
from bots.ruling_triage.extract_party_places import ROW
from bots.ruling_triage.extract_party_sentence import read_party_sentence
from bots.ruling_triage.extract_principal import read_agency, read_authority, unnamed_client
from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span, fold
from tradebots.facts import Extracted

# A name read only from a running head (no label, no letterhead, no sentence): a weak cue.
RUNNING = 0.8


def read_parties(items: list[Paragraph], fields: Fields) -> None:
    """Requester (from a label, or an agent's principal), importer number, agent's authority."""
    read_labelled_requester(items, fields)
    # A form's "Requester" box may name the agent who files it; the agency sentence names the
    # principal the ruling is for (19 CFR 177.1: an agent asks for a named principal). The box is
    # set aside while the sentences are read, and stands again unless they name someone else.
    boxed: dict[str, Extracted] = {key: fields.items.pop(key)
                                   for key in ("requester_name", "requester_address")
                                   if key in fields.items}
    read_agency(items, fields)
    named = fields.items.get("requester_name")
    if ("requester_name" in boxed and named is not None and fields.value("acting_as_agent")
            and _other_party(str(named.value), str(boxed["requester_name"].value))):
        fields.items.setdefault("agent_name", boxed["requester_name"])
    else:
        fields.items.update(boxed)
    if not fields.value("acting_as_agent"):
        unnamed_client(items, fields)
    _address_after_name(items, fields)
    if "requester_name" not in fields.items:
        _party_in_recital(items, fields)
    if "requester_name" not in fields.items:
        read_party_sentence(items, fields)
    if "requester_name" not in fields.items:
        _party_by_role(items, fields)
    _unread_requester(items, fields)
    read_importer_number(items, fields)
    read_authority(items, fields)


# A caption for the requester or its address anywhere in a line, its value unread: the letter
# gives the element in a way the reader missed ("..., CA: Requester: X" run into another cell).
_UNREAD_CAPTION = {key: re.compile(rf"(?:^|[:;|]\s+|\n)\s*(?:{caption})\s*:", re.I)
                   for key, caption in (("requester_name", captions.REQUESTER),
                                        ("requester_address", captions.ADDRESS))}


def _unread_requester(items: list[Paragraph], fields: Fields) -> None:
    """Marks a requester (name or address) the letter captions but the reader did not read, so
    its absence is not concluded (177.2(b)(1)): a person reads it instead. Only the caption of
    the part not read counts: the name's own caption says nothing of a missing address."""
    unread = [pattern for key, pattern in _UNREAD_CAPTION.items() if not fields.value(key)]
    for paragraph in items:
        if match := next((found for pattern in unread
                          if (found := pattern.search(paragraph.text))), None):
            span = Span(paragraph, match.start(), match.end())
            fields.put_span("requester_unread", True, span, PROSE)
            return


# A line that names the matter's party: a subject line alone ("Re:"), or a legal caption ("IN THE
# MATTER OF THE RULING REQUEST OF:"), the party's name and address printed beside or under it.
_ROLE_LINE = re.compile(r"\s*(?:(?:re|subject|regarding)\s*:|in\s+the\s+matter\s+of\b[^\n]*)"
                        r"[\s)]*", re.I)
_RUNNING_REACH = 60.0  # points from the page's top: a running head's line


def _party_by_role(items: list[Paragraph], fields: Fields) -> None:
    """The requester a subject line or a legal caption names with its address (the block beside
    or under it), else a running head's "Name - address" line at the top of the first page; no
    label names it, so the cue is weaker than a label's."""
    for at, paragraph in enumerate(items):
        role = _ROLE_LINE.fullmatch(paragraph.text)
        if role is None:
            continue
        beside = _beside(items, paragraph)
        for block in (b for b in (beside, items[at + 1] if at + 1 < len(items) else None) if b):
            if (party := name_over_address(block.text)) is not None:
                _put_party(fields, block, party, PROSE)
                return
    for paragraph in items[:3]:
        if paragraph.page == items[0].page and paragraph.segments[0].top < _RUNNING_REACH \
                and (party := name_and_address_line(paragraph.text.split("\n")[0])) is not None:
            _put_party(fields, paragraph, party, RUNNING)
            return


def _party_in_recital(items: list[Paragraph], fields: Fields) -> None:
    """The requester a recital names with its address and defines by its role."""
    for paragraph in items:
        if (party := party_in_recital(paragraph.text)) is not None:
            _put_party(fields, paragraph, party, PROSE)
            return


def _beside(items: list[Paragraph], paragraph: Paragraph) -> Paragraph | None:
    """The paragraph printed right of PARAGRAPH's first line, on its row."""
    key = paragraph.segments[0]
    return next((other for other in items if other is not paragraph
                 and other.page == paragraph.page and other.segments[0].x0 > key.bbox[2]
                 and abs(other.segments[0].top - key.top) <= ROW), None)


def _put_party(fields: Fields, paragraph: Paragraph, party: NameAndAddress,
               confidence: float) -> None:
    for key, value, (start, end) in (("requester_name", party.name, party.name_span),
                                     ("requester_address", party.address, party.address_span)):
        fields.put_span(key, value, Span(paragraph, start, end), confidence)


def _other_party(one: str, other: str) -> bool:
    """Whether two names name different parties: neither the same nor one inside the other (a
    sentence read with its heading: "Requester Harbor Goods LLC")."""
    folded = (one.casefold(), other.casefold())
    return not same_party(one, other) and folded[0] not in folded[1] and folded[1] not in folded[0]


def _address_after_name(items: list[Paragraph], fields: Fields) -> None:
    """The requester's address where the letter prints it after the name, anywhere ("Importer:
    Hollis & Grange Furniture Co., 31 Mill Pond Road, High Point, NC 27260; importer number")."""
    name = fields.items.get("requester_name")
    if name is None or not name.value or "requester_address" in fields.items:
        return
    # An aside may stand between them: "X (IOR 53-6403241),\n640 Adobe Lane, Tucson, AZ 85701";
    # a letterhead sets the name and the address lines under each other.
    pattern = re.compile(r"\s+".join(re.escape(w) for w in str(name.value).split())
                         # the name read without its suffix's full stop ("Corp" of "Corp.,")
                         + r"\.?(?:\s*\([^()\n]{1,40}\))?(?P<sep>,|\s+\||[ \t]*(?=\n))\s+"
                         r"(?P<address>\d[^()\n;]*?(?:\n[^()\n;]*?)?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b")
    for paragraph in items:
        if match := pattern.search(paragraph.text):
            span = Span(paragraph, match.start("address"), match.end("address"))
            if match["sep"] == ",":
                # A sentence prints its own commas; its line breaks fall anywhere ("12 Pier" /
                # "Road, Newark").
                fields.put_span("requester_address", fold(match["address"]), span, PROSE)
                return
            lines = [fold(line).rstrip(",") for line in match["address"].split("\n")]
            fields.put_span("requester_address", joined_lines(lines), span, PROSE)
            return
