"""Ports of entry named in a sentence: "through the port of Baltimore (1303) and Houston
(5301)", "will arrive at Savannah (1703)", "Port Code: 1303"; codes where printed, else names."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each port a capitalised name, with or without its code, after "port(s) of" (not "of export").
_PORT_NAME = r"[A-Z][\w.'-]*(?:[ -](?:[A-Z][\w.'-]*|of|de|la))*(?:,\s*[A-Z]{2}\b)?"
# "port 1601" names a port by its code alone.
# "Chicago, IL (port 3901)" gives its code in the parentheses after a word.
_CODE_AFTER = r"\((?i:port\s+(?:code\s+)?)?(\d{4})\)"
_BETWEEN = r"(?:\s*[,;]\s*|\s+(?:and|or)\s+|\s*[,;]\s*(?:and|or)\s+)"
# "1703 (Savannah)": a code first, its port's name in the parentheses after it.
_CODE_FIRST = r"(\d{4})\s*\((?:[A-Z][\w.' -]*(?:,\s*[A-Z]{2})?)\)"
# "port(s) 5301, 1601", "ports 2704 and 4103": one caption word over a list of codes alone.
_CODES = rf"(?i:ports?(?:\(s\))?)\s+\d{{4}}\b(?:{_BETWEEN}\d{{4}}\b)*"
# "will be entered at 5301", "at 2704 and 1303": a port by its four-digit code alone, where the
# verb or caption before the list says it is a port (never "1,200", "1200 units", "12.50").
_BARE_CODE = (r"\d{4}\b(?![-./,:]\d|\s*(?i:hours?|hrs?\b|units?|pieces?|pcs\b|pairs?|dozen|cartons?"
              r"|boxes|kg\b|lbs?\b|pounds|tons?|%|percent|per\s+cent))")
_PORT_ITEM = rf"(?:{_CODES}|{_CODE_FIRST}|(?:{_PORT_NAME})(?:\s*{_CODE_AFTER})?|{_BARE_CODE})"
_ITEMS = rf"{_PORT_ITEM}(?:{_BETWEEN}(?:the\s+port\s+of\s+)?{_PORT_ITEM})*"
_PORT_LIST = re.compile(rf"(?:\b(?i:ports?(?:\(s\))?\s+of)\s+(?:entry\s*:?\s*(?:at\s+|of\s+)?)?"
                        # "import through Newark (4601)", "will arrive at Savannah (1703)"
                        # "intends to enter the goods at Boston, MA": the verb may take its object
                        rf"|\b(?i:(?:import(?:s|ed|ing)?|enter(?:s|ed|ing)?|arriv(?:e|es|ed|ing)"
                        rf"|land(?:s|ed|ing)?|clear(?:s|ed|ing)?)"
                        rf"(?:\s+(?:the\s+)?(?:goods|merchandise|products?|items?|shipments?|them))?"
                        # and where from: "imported from its parent through the port(s) 2704"
                        rf"(?:\s+from\s+[\w.&'-]+(?:\s+[\w.&'-]+){{0,3}}?)?"
                        # "will bring the goods in at Chicago, IL (port 3901)"
                        rf"|(?:bring|brings|brought)\s+(?:them|it|(?:the|these|those|our|its|their)"
                        rf"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+in"
                        rf"|clears?\s+customs"
                        # "Entry will be made at Los Angeles (2704)"
                        rf"|entry\s+will\s+be\s+(?:made|filed))\s+(?i:at|through|via)"
                        rf"\s+(?!(?i:the\s+)?(?:United|U\.S\.|ports?\b(?!(?:\(s\))?\s+\d{{4}}\b))))"
                        rf"(?:the\s+)?(?P<list>{_ITEMS})")
# The ports hedged: "entered at various ports, principally Chicago and Newark", "at ports
# including Miami", "will enter primarily through Long Beach" (read where a caller asks for them).
_HEDGE = r"(?:principally|mainly|primarily|chiefly|mostly|usually|normally|generally|notably)"
_HEDGED_LIST = re.compile(
    rf"(?:\b(?i:at|through|via)\s+(?i:(?:various|several|multiple|different|a\s+few|a\s+number\s+of"
    rf"|two|three|four|five)\s+)?(?i:ports?(?:\(s\))?),?\s+(?i:{_HEDGE}|including|such\s+as|namely"
    rf"|especially|e\.g\.,?)\s+(?:(?i:at|through|via)\s+)?"
    rf"|\b(?i:(?:import|enter|arriv|land|clear)[a-z]*(?:\s+(?:the\s+)?(?:goods|merchandise|products?"
    rf"|shipments?|them))?\s+{_HEDGE}\s+(?:at|through|via))\s+)"
    rf"(?:the\s+)?(?:(?i:port\s+of)\s+)?(?P<list>{_ITEMS})")
# The ports named by the entry planned there, a noun where the lists above take a verb: "shipped
# by ocean container for entry at Miami (5201)", "for importation through the port of Savannah",
# "with entry planned at Long Beach (2709)"; never "for entry into the United States".
_PLANNED_LIST = re.compile(
    r"\b(?i:for\s+(?:(?:its|their|customs|consumption)\s+)?(?:entry|importation|clearance|release)"
    r"|(?:entry|entries|importation|clearance)\s+(?:(?:is|are|will\s+be)\s+)?(?:planned|expected"
    r"|scheduled|intended|anticipated))\s+(?i:at|through|via|in)\s+"
    rf"(?!(?i:the\s+)?(?:United|U\.S\.))(?:the\s+)?(?:(?i:port\s+of)\s+)?(?P<list>{_ITEMS})")
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


def ports_in_prose(text: str, *, hedged: bool = False,
                   planned: bool = False) -> list[PortMention]:
    """Every mention of ports in `text` (one line of running text), in reading order; `hedged`
    reads lists qualified by "various ports, principally ..." too, `planned` the entry planned
    at them ("for entry at Miami (5201)")."""
    by_code = [PortMention(m.start("c"), m.end("c"), [m["c"]]) for m in _PORT_CODE.finditer(text)]
    hits: list[PortMention] = []
    matches = [*_PORT_LIST.finditer(text), *(_HEDGED_LIST.finditer(text) if hedged else ()),
               *(_PLANNED_LIST.finditer(text) if planned else ())]
    for match in matches:
        if _NOT_PORT.match(match["list"]):
            continue
        listed = match["list"]
        codes = [a or b or c for a, b, c in re.findall(
            rf"{_CODE_AFTER}|(?i:port)\s+(\d{{4}})|{_CODE_FIRST}", listed)]
        for run in re.finditer(_CODES, listed):  # every code of a "port(s) 5301, 1601" run
            codes += [code for code in re.findall(r"\d{4}", run.group()) if code not in codes]
        names = [n.strip().rstrip(".") for n in _PORT_SPLIT.split(listed) if n and n.strip()]
        hits.append(PortMention(match.start("list"), match.end("list"), codes or names))
    # "Savannah (port code 1703)": the code inside a listed port is that port, not another mention.
    hits += [c for c in by_code if not any(h.start <= c.start < h.end for h in hits)]
    return sorted(hits, key=lambda hit: (hit.start, hit.end))
