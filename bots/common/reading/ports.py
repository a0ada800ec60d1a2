"""Ports of entry named in a sentence: "through the port of Baltimore (1303) and Houston
(5301)", "will arrive at Savannah (1703)", "Port Code: 1303"; codes where printed, else names."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each port a capitalised name, with or without its code, after "port(s) of" (not "of export").
_PORT_NAME = r"[A-Z][\w.'-]*(?:[ -](?:[A-Z][\w.'-]*|of|de|la))*(?:,\s*[A-Z]{2}\b)?"
# "port 1601" names a port by its code alone.
_PORT_ITEM = rf"(?:(?i:port)\s+\d{{4}}\b|(?:{_PORT_NAME})(?:\s*\(\d{{4}}\))?)"
_PORT_LIST = re.compile(rf"(?:\b(?i:ports?(?:\(s\))?\s+of)\s+(?:entry\s*:?\s*(?:at\s+|of\s+)?)?"
                        # "import through Newark (4601)", "will arrive at Savannah (1703)"
                        # "intends to enter the goods at Boston, MA": the verb may take its object
                        rf"|\b(?i:(?:import|imported|enter|entered|arrive|land|landed|clear|cleared)"
                        rf"(?:\s+(?:the\s+)?(?:goods|merchandise|products?|items?|shipments?|them))?"
                        rf"|clears?\s+customs"
                        # "Entry will be made at Los Angeles (2704)"
                        rf"|entry\s+will\s+be\s+(?:made|filed))\s+(?i:at|through|via)"
                        rf"\s+(?!(?i:the\s+)?(?:United|U\.S\.|ports?\b(?!\s+\d{{4}}\b))))"
                        rf"(?:the\s+)?(?P<list>"
                        rf"{_PORT_ITEM}(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)"
                        rf"(?:the\s+port\s+of\s+)?{_PORT_ITEM})*)")
# A comma before a state code ("Savannah, GA") is inside one port's name, not between two.
_PORT_SPLIT = re.compile(r"\s*,(?!\s*[A-Z]{2}\b)\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|"
                         r"the\s+port\s+of\s+")
_PORT_CODE = re.compile(r"\bport\s+code\s*:?\s*(?P<c>\d{4})\b", re.I)
_NOT_PORT = re.compile(r"^(?:Entry|Export|Lading|Loading|Origin|Call|Departure)\b")


@dataclass(frozen=True)
class PortMention:
    """Where a sentence names ports, and the ports it names (codes, else names)."""

    start: int
    end: int
    ports: list[str]


def ports_in_prose(text: str) -> list[PortMention]:
    """Every mention of ports in `text` (one line of running text), in reading order."""
    hits = [PortMention(m.start("c"), m.end("c"), [m["c"]]) for m in _PORT_CODE.finditer(text)]
    for match in _PORT_LIST.finditer(text):
        if _NOT_PORT.match(match["list"]):
            continue
        listed = match["list"]
        codes = re.findall(r"\((\d{4})\)|(?i:port)\s+(\d{4})", listed)
        codes = [a or b for a, b in codes]
        names = [n.strip().rstrip(".") for n in _PORT_SPLIT.split(listed) if n and n.strip()]
        hits.append(PortMention(match.start("list"), match.end("list"), codes or names))
    return sorted(hits, key=lambda hit: (hit.start, hit.end))
