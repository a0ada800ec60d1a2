"""Patterns the readers of a letter's sender share: where an address ends, a contact line, a
firm's legal form, a memo's FROM caption; and putting a field read from a part of the letter."""

from __future__ import annotations

import re

from bots.common.reading.letter import Part
from bots.ruling_triage.extract_text import Fields

CONTACT = re.compile(r"\b(?:tel|phone|fax|e-?mail|www)\b|@|\(\d{3}\)\s*\d{3}-\d{4}|"
                     r"\d{3}[.-]\d{3}[.-]\d{4}", re.I)
# Where an address ends: a US state and ZIP code, or (a foreign exporter's letterhead) the
# country: "Di An, Binh Duong, Vietnam", "Bursa 16140, Turkey".
# The country may stand on a line of its own under the city ("Shenzhen 518057" / "China"); a
# Canadian address ends at its province and postal code ("Toronto, ON M5H 3T4").
ZIP = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{2}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"
                 r"|(?:,|^)\s*(?:(?:People's\s+Republic\s+of\s+)?China|"
                 r"Viet\s*[Nn]am|Taiwan|Hong\s+Kong|India|Turkey|T\u00fcrkiye|Mexico|Canada|Germany|"
                 r"Italy|Japan|(?:South\s+)?Korea|Thailand|Indonesia|Malaysia|Bangladesh|Pakistan|"
                 r"Cambodia|Philippines|Sri\s+Lanka|Brazil|France|Spain|Portugal|Poland|"
                 r"Netherlands|United\s+Kingdom|U\.?K\.?|Israel|Egypt|Morocco)\s*\.?\s*$", re.M)

FROM = re.compile(r"\s*from\s*:\s*", re.I)
FIRM = re.compile(r"\b(?:LLP|LLC|L\.L\.C\.|Inc|Corp|Corporation|Co|Company|P\.?C|PLLC|Ltd|GmbH|"
                  r"S\.A|LP|Associates|Group|Partners)\b\.?", re.I)

SAME_LINE = 3.0  # points

# A department printed before the street on the address's line ("Office of the General
# Counsel, 58 Anvil Court, Allentown, PA 18101"): where the letter comes from inside the firm,
# not its address.
UNIT_FIRST = re.compile(r"^\s*(?:(?:[A-Z][\w&.]*[ \t]+){0,4}(?:Department|Dept\.?|Division|"
                        r"Counsel|Section|Desk)|(?:Office|Department|Division)[ \t]+of[ \t]+"
                        r"[\w &]{3,40}?),[ \t]*(?=\d)")


def put_part(fields: Fields, key: str, value: object, part: Part, confidence: float) -> None:
    """Puts KEY read from PART of the letter."""
    fields.put(key, value, part.evidence(), confidence)
