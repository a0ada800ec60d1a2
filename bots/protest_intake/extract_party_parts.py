"""The party's particulars as rows under its heading, each part captioned by what it is: a
worksheet's "PROTESTANT" over "Name | X", "Street | 1 Main St", "City / State / ZIP | Boise,
ID 83702" (or "City", "State", "ZIP" apart), 19 CFR 174.13(a)(1). Under the heading "Name" is
the party's; without it a bare "Name" may be anyone's (the signer's), so the heading is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.protest_intake.extract_fields import Fields, fold
from bots.protest_intake.extract_stacked import caption_of
from tradebots.pdf import Segment, evidence_of

PARTS = 0.9  # a part's own caption under the party's heading
_NAME = re.compile(r"(?i)^(?:(?:full|legal|company|business|firm|corporate|entity|registered)\s+)?"
                   r"name\s*:?$")
_STREET = re.compile(r"(?i)^(?:street(?:\s+address)?|(?:street\s+)?address(?:\s+line)?\s*\d?"
                     r"|suite|unit|floor|building|p\.?\s*o\.?\s+box|mailing\s+address)\s*:?$")
_PLACE = r"(?:city|town|state|province|zip(?:\s+code)?|postal\s+code|post\s+code)"
_CITY = re.compile(rf"(?i)^{_PLACE}(?:\s*(?:/|,|&|\band\b)\s*{_PLACE})*\s*:?$")
_STATE_OR_ZIP = re.compile(r"(?i)^(?:state|province|zip(?:\s+code)?|postal\s+code|post\s+code)"
                           r"\s*:?$")
_MOST_ROWS = 8  # rows a party's particulars take under its heading

Line = Sequence[Segment]


def read_party_parts(lines: Sequence[Line], fields: Fields) -> None:
    """Put the name and address from the part rows under the first party heading that has them."""
    for index, line in enumerate(lines):
        if len(line) != 1 or caption_of(line[0].text) != "protestant_name":
            continue
        rows = _part_rows(lines[index + 1:index + 1 + _MOST_ROWS])
        names = [value for kind, value in rows if kind == "name"]
        street = [value for kind, value in rows if kind == "street"]
        place = [(kind, value) for kind, value in rows if kind in ("city", "state_zip")]
        if len(names) != 1 or not street or not place:
            continue
        fields.put("protestant_name", fold(names[0].text), evidence_of(list(names[0].words)),
                   PARTS)
        city = ""
        for kind, value in place:  # "Boise" then "ID" then "83702": "Boise, ID 83702"
            joiner = ", " if kind == "city" or city.count(",") == 0 else " "
            city = f"{city}{joiner if city else ''}{fold(value.text)}"
        address = ", ".join([*(fold(v.text) for v in street), city])
        fields.put("protestant_address", address,
                   evidence_of([w for v in [*street, *(p for _, p in place)] for w in v.words]),
                   PARTS)
        return


def _part_rows(lines: Sequence[Line]) -> list[tuple[str, Segment]]:
    """The part rows under a heading, to the first line that is no caption-and-value row."""
    rows: list[tuple[str, Segment]] = []
    for line in lines:
        if len(line) < 2:
            break
        caption = line[0].text.strip()
        value = Segment(tuple(w for cell in line[1:] for w in cell.words))
        kind = "name" if _NAME.match(caption) else "street" if _STREET.match(caption) \
            else "state_zip" if _STATE_OR_ZIP.match(caption) and rows \
            and rows[-1][0] in ("city", "state_zip") \
            else "city" if _CITY.match(caption) else None
        if kind is not None:
            rows.append((kind, value))
    return rows
