"""A form that asks for the party's address in parts, a caption to each ("Street: 66 Maple
Court" over "City/State/ZIP: Burlington, VT 05401", or "City:", "State:" and "ZIP:" apart): the
parts read as one address, as the notice is mailed to it (19 CFR 162.77(b))."""

from __future__ import annotations

import re

from bots.penalty_notice.extract_header import INFERRED, LABELLED
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

_GAP = r"[ \t]*[:.][ \t]*"
# "Address line 2", "Address 2", a case system's "ADDR LINE 2" or "Addr. 2".
_LINE_TWO = r"(?:addr(?:ess|\.)?[ \t]*(?:line[ \t]*)?2)"
# A bare "Address:" is the street's part only when the city's or a second line's caption follows.
_STREET = (r"(?:street(?:[ \t]+address)?|addr(?:ess|\.)?[ \t]*(?:line[ \t]*)?1"
           rf"|(?:mailing[ \t]+)?address(?=[ \t]*:[^\n]*\n[ \t]*(?:city|{_LINE_TWO})))")
_MORE = rf"(?:{_LINE_TWO}|suite|unit|apt\.?|floor)"
_CITY_STATE_ZIP = (r"city[ \t]*(?:/|,)?[ \t]*(?:state|st\.?)[ \t]*(?:/|,|and|&)?[ \t]*zip"
                   r"(?:[ \t]+code)?")
_ZIP = r"\d{5}(?:-\d{4})?"
_PARTS = re.compile(
    rf"(?im)^[ \t]*{_STREET}{_GAP}(?P<street>[^\n]*\d[^\n]*?)[ \t]*\n"
    rf"(?:[ \t]*(?P<more_caption>{_MORE}){_GAP}(?P<more>[^\n]+?)[ \t]*\n)?"
    rf"[ \t]*(?:{_CITY_STATE_ZIP}{_GAP}(?P<csz>[^\n]+?[A-Z]{{2}}\.?,?[ \t]+{_ZIP})"
    rf"|city{_GAP}(?P<city>[^\n]+?)[ \t]*(?:\n[ \t]*|[ \t]{{2,}})(?:state|st\.?){_GAP}"
    rf"(?P<state>[A-Z]{{2}})[ \t]*(?:\n[ \t]*|[ \t]+)zip(?:[ \t]+code)?{_GAP}(?P<zip>{_ZIP}))"
    r"[ \t]*$"
)
# "Suite: 4" is the address's "Suite 4"; "Address line 2:" is a caption only.
_UNIT_CAPTION = re.compile(r"(?i)^(?:suite|unit|apt\.?|floor)$")


def address_in_parts(stream: TextStream) -> Extracted | None:
    """The party's address from its captioned parts, or None when the form gives no such parts."""
    match = _PARTS.search(stream.text)
    if match is None:
        return None
    more = match.group("more")
    if more is not None and _UNIT_CAPTION.match(match.group("more_caption")):
        more = f"{match.group('more_caption')} {more}"
    parts = [match.group("street"), more]
    if match.group("csz") is not None:
        parts.append(match.group("csz"))
    else:
        parts += [match.group("city"), f"{match.group('state')} {match.group('zip')}"]
    address = ", ".join(" ".join(p.split()).strip(" ,") for p in parts if p)
    return Extracted(address, stream.evidence(match.start("street"), match.end()), LABELLED)


_ZIP_END = re.compile(rf"\b[A-Z]{{2}}\.?,?\s+{_ZIP}\s*$")


def has_zip(address: Extracted | None) -> bool:
    """Whether ADDRESS runs to its state and ZIP code, as a whole address does."""
    return address is not None and bool(_ZIP_END.search(str(address.value)))


_STATE_ZIP = re.compile(rf"\b[A-Z]{{2}}\.?,?\s+{_ZIP}\b")


def doubted_without_zip(address: Extracted) -> Extracted:
    """ADDRESS, no surer than a value inferred when it holds no state and ZIP code: its city
    line may stand where the reader did not follow it (wrapped under a leader, set apart), and
    the notice is mailed to the whole address (19 CFR 162.77(b))."""
    if _STATE_ZIP.search(str(address.value)) or address.confidence <= INFERRED:
        return address
    return Extracted(address.value, address.evidence, INFERRED)
