"""The protestant named as the principal an agent protests for: "Under a power of attorney on
file, X Brokerage Inc. protests for Y Corp., the importer of record, against ...". The sentence's
subject is the filer (a broker, counsel); the party after "protests for" is the protestant
(19 U.S.C. 1514(c)(2): a protest filed by an agent in the importer's name)."""

from __future__ import annotations

import re

from bots.protest_intake.extract_fields import PROSE, Fields, fold
from tradebots.pdf import TextStream

# The principal's name, however a line break parts it, ends where the sentence says what the
# party is ("the importer of record", "its client") or goes on to what is protested.
_PROTESTS_FOR = re.compile(
    r"(?i:\b(?:protests?|files?\s+(?:this|the)\s+protest|(?:is\s+)?protesting)\s+"
    r"(?:for|on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:(?:its|our)\s+(?:client|principal),?\s+)?)"
    # A party's name opens with a capital or a figure ("for all entries" names no one).
    r"(?P<name>[A-Z0-9][^()\n;:\"“”]{1,90}?)"
    r"(?i:(?=,\s+(?:the|its|our)\s+(?:importer|client|principal|consignee|owner)\b"
    r"|,?\s+(?:against|under|pursuant\s+to|concerning|regarding|in\s+respect\s+of)\b"
    r"|\s*\((?:importer|IOR|EIN|IRS)|,\s+(?:importer|IOR|EIN)\s+(?:no\b|number|\#)))",
)
# An agent's own words for protesting for itself ("protests for the refund"), not a party.
_NOT_A_PARTY = re.compile(r"(?i)^(?:the|a|an|its|our|their|this|that|refund|reliquidation)\b")


def read_agent_for(stream: TextStream, fields: Fields) -> None:
    """The party an agent's sentence protests for, its name read across a wrapped line."""
    # A line break inside the name is a space: the same length keeps the evidence's spans.
    flat = stream.text.replace("\n", " ")
    for match in _PROTESTS_FOR.finditer(flat):
        name = fold(match["name"]).rstrip(",")
        if _NOT_A_PARTY.match(name) or not re.search(r"[A-Za-z]{2}", name):
            continue
        fields.put("protestant_name", name, stream.evidence(*match.span("name")), PROSE)
        return


# "The protestant's address is:" with the address set under it a line at a time, the last line
# ending in its state and ZIP code: the sender's sentence captions the lines.
_ADDRESS_UNDER = re.compile(
    r"(?i)\b(?:our|its|(?:the\s+)?(?:protestant|importer|client|company|principal)(?:'|’)s)"
    r"\s+(?:business\s+|mailing\s+|principal\s+)?address\s+is\s*:?[^\S\n]*\n"
    r"(?P<address>(?:[^\S\n]*\d[^\n]{2,60}\n)(?:[^\n]{2,60}\n){0,2}?"
    r"[^\n]{2,40},?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)(?=\s*$|\s*\n)",
    re.M,
)


def read_address_under(stream: TextStream, fields: Fields) -> None:
    """The protestant's address its sentence introduces on the lines under it."""
    if match := stream.search(_ADDRESS_UNDER):
        lines = [fold(line).rstrip(",") for line in match["address"].split("\n")]
        fields.put("protestant_address", ", ".join(line for line in lines if line),
                   stream.evidence(*match.span("address")), PROSE)
