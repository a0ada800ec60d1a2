"""The requester a sentence names with its address and its role in the predicate: "Harbor Goods
LLC, 12 Pier Road, Newark, NJ 07114, importer number 12-3456789, is the importer of record"."""

from __future__ import annotations

import re

from bots.common.reading.parties import US_ADDRESS
from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

# What may open an item before its sentence: a bullet or dash, an answer's letter ("A."), a
# number or an outline number ("1.", "1.1", "(a)").
_OPENER = (r"(?:[-\u2022\u2013\u2014*>][ \t]+|(?:A|Ans(?:wer)?)[.:][ \t]+|\(?[a-z]\)[ \t]+"
           r"|\d{1,2}(?:\.\d{1,2}){0,2}[.)]?[ \t]+)?")
# An aside after the address that gives another fact of the same party: its importer number,
# tax number or IOR number ("importer number 12-3456789", "(IOR 12-3456789)", "EIN 12-3456789").
_NUMBER_ASIDE = (r"(?:,?\s+\(?(?i:(?:its\s+)?(?:importer(?:\s+of\s+record)?|IOR|EIN|IRS|tax)"
                 r"(?:\s+(?:number|no\.?|#|id))?)\s*:?\s*[A-Z0-9][A-Z0-9-]{5,14}\)?)?")
# The role in the predicate: the one who imports or who asks ("is the importer of record", "will
# be the importer", "is the requester").
_ROLE = (r",?\s+(?i:is|will\s+be|shall\s+be|acts\s+as)\s+(?i:the\s+)?"
         r"(?i:importer(?:\s+of\s+record)?|requester|requesting\s+party|applicant)\b")
_STATED = re.compile(
    rf"(?:^|\n)[ \t]*{_OPENER}(?P<name>[A-Z0-9][^()\n;:\"\u201c\u201d]{{1,90}}?),\s+"
    rf"(?P<address>{US_ADDRESS})(?![\w-]){_NUMBER_ASIDE}{_ROLE}")


def read_party_sentence(items: list[Paragraph], fields: Fields) -> None:
    """The first sentence on a line's start naming a party, its full address and, in its
    predicate, its role as importer or requester: the requester, a sentence's confidence."""
    for paragraph in items:
        if (match := _STATED.search(paragraph.text)) is None:
            continue
        name = " ".join(match["name"].split()).rstrip(",")
        address = " ".join(match["address"].split())
        fields.put_span("requester_name", name,
                        Span(paragraph, match.start("name"), match.end("name")), PROSE)
        fields.put_span("requester_address", address,
                        Span(paragraph, match.start("address"), match.end("address")), PROSE)
        return
