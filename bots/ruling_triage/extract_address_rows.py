"""The requester's address given as captioned rows under its captioned name: "Street" over
"City", or "City", "State" and "ZIP" each a row, or "Address" over uncaptioned further lines, as
a summary of particulars sets them (an agent's letter for its client, a form's block). The rows
are read in order from the line after the name while each is an address part; the parts join as
a letter would print them ("12 Pier Road, Newark, NJ 07114")."""

from __future__ import annotations

import re

from bots.common.reading.parties import joined_evidence
from bots.ruling_triage.extract_text import Paragraph, Span, lines_of
from tradebots.facts import Evidence

# Caption of one address part, then its value; the part's kind is the caption's first word.
_PART = re.compile(
    r"\s*(?P<caption>(?:street|mailing|business)(?:\s+address)?|address(?:\s+line\s*\d)?"
    r"|suite|city(?:\s*[,/]\s*state(?:\s*[,/]\s*zip(?:\s+code)?)?)?|town|state|zip(?:\s+code)?"
    r"|postal\s+code|country)\s*:\s*(?P<value>\S.*?)\s*$", re.I)
_STREET_KINDS = ("street", "mailing", "business", "address", "suite")
_STATE_ZIP = re.compile(r"\b[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?\s*$")
_MOST_LINES = 6  # street, suite, city, state, ZIP, country: an address is short


def address_rows(items: list[Paragraph], name: Span) -> tuple[str, Evidence | None] | None:
    """The address read from the rows after NAME's line, with its evidence; None unless a street
    row opens them and they reach a state and ZIP code (a place a letter could be sent to)."""
    lines = _lines_after(items, name)
    streets: list[str] = []
    city: list[str] = []
    state = zip_code = country = ""
    evidence: Evidence | None = None
    last = ""
    for line in lines[:_MOST_LINES]:
        part = _PART.match(line.text)
        if part is None:
            if (last not in _STREET_KINDS or not line.text.strip() or ":" in line.text
                    or _STATE_ZIP.search(streets[-1])):
                break  # no further line of the street row's, or its address is whole
            streets.append(_flat(line.text))  # "Address" over its further, uncaptioned lines
        else:
            kind = part["caption"].split()[0].lower().rstrip(",/")
            if not streets and kind not in _STREET_KINDS:
                return None
            value = _flat(part["value"])
            if kind in _STREET_KINDS:
                streets.append(value)
            elif kind in ("city", "town"):
                city.append(value)
            elif kind == "state":
                state = value
            elif kind in ("zip", "postal"):
                zip_code = value
            else:
                country = value
            last = kind
        evidence = joined_evidence(evidence, line.evidence()) if evidence else line.evidence()
    if zip_code and not state and city:
        # "City: Newark, NJ" over "ZIP: 07114": the code follows the state the city line ends at
        city[-1], zip_code = f"{city[-1]} {zip_code}", ""
    place = " ".join(p for p in (state, zip_code) if p)
    text = ", ".join(p for p in (*streets, *city, place) if p)
    if not streets or not _STATE_ZIP.search(text):
        return None
    return ", ".join(p for p in (text, country) if p), evidence


def _flat(text: str) -> str:
    return " ".join(text.split()).rstrip(",")


def _lines_after(items: list[Paragraph], name: Span) -> list[Span]:
    """The lines after NAME's: the rest of its paragraph, then the paragraphs that follow."""
    paragraph = name.paragraph
    end = paragraph.text.find("\n", name.start)
    lines = [line for line in lines_of(paragraph) if end >= 0 and line.start > end]
    at = next((i for i, item in enumerate(items) if item is paragraph), None)
    for item in items[at + 1:at + 1 + _MOST_LINES] if at is not None else []:
        lines.extend(lines_of(item))
    return lines
