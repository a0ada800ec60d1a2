"""The protestant's name and address as the cues read them, put right: a sentence cue that ran
on past the name ("Our client, X ("Protestant"), whose place of business is ..."), and a name
broken over two lines whose tail was read as the address's first line ("X" / "Corp., 1 Main")."""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.parties import US_ADDRESS
from bots.protest_intake.extract_fields import PROSE, Fields, fold
from tradebots.pdf import TextStream

# What counsel or a broker writes before the client's name: "Our client,", "my principal".
_LEAD_IN = re.compile(r"(?i)^(?:(?:our|my)\s+(?:client|principal|customer)|we|the\s+undersigned)"
                      r"\s*,?\s+(?=[A-Z0-9])")
# Where the name ends in a sentence: a defined term, or a clause about the party.
_NAME_END = re.compile(
    r"(?i)\s*\(\s*(?:the\s+|hereinafter\s+)?[\"“]"
    r"|,\s+(?:whose|which|who|located|having|with\s+(?:its\s+)?(?:principal\s+|main\s+)?"
    r"(?:offices?|place|address|headquarters)|of\s+\d|an?\s+[\w-]+\s+(?:corporation|company"
    r"|limited\s+liability)|is\s+the\s+importer|the\s+importer)\b"
    # "Protestant: X, 1 Main St, Suite 2, City, ST 00000.": the party's address after its name
    # in one labelled line or sentence, a street or a post box down to its ZIP.
    rf"|,\s+(?=(?:{US_ADDRESS}|P\.?\s*O\.?\s+Box\s+\d+[^\n]*?[A-Z]{{2}}\s+\d{{5}}))"
)
# "whose place of business is 1 Main St, City, ST 00000", "with offices at ...", "located at".
_PARTY_ADDRESS = re.compile(
    r"(?i)\b(?:whose\s+|with\s+(?:its\s+)?|having\s+(?:its\s+)?)"
    r"(?:principal\s+|registered\s+|main\s+)?"
    r"(?:place\s+of\s+business|(?:business\s+|mailing\s+)?address|offices?|headquarters)"
    r"\s+(?:is\s+|are\s+)?(?:located\s+)?(?:at\s+|in\s+)?"
    rf"(?P<address>{US_ADDRESS})"
    rf"|,\s+located\s+at\s+(?P<at>{US_ADDRESS})"
)
# The word that ends a company's name; a name without one may have lost its tail to the line below.
_SUFFIX = (r"(?:inc|incorporated|corp|corporation|co|company|llc|l\.l\.c|ltd|limited|lp|llp"
           r"|plc|gmbh|s\.a|group|trading|industries|enterprises)\.?")
_ENDS_IN_SUFFIX = re.compile(rf"(?i)\b{_SUFFIX}\s*,?\s*$")


def tidy_party(stream: TextStream, fields: Fields) -> None:
    """Cut a run-on name to the name, read the party's address from its clause, and give a
    name's wrapped tail back to it from the address."""
    name = fields.items.get("protestant_name")
    if name is not None and isinstance(name.value, str):
        cut = clean_name(name.value)
        if cut and cut != name.value:
            fields.items["protestant_name"] = replace(name, value=cut)
    if "protestant_address" not in fields.items:
        flat = stream.text.replace("\n", " ")
        if match := _PARTY_ADDRESS.search(flat):
            group = "address" if match.group("address") else "at"
            fields.put("protestant_address", fold(match.group(group)),
                       stream.evidence(match.start(group), match.end(group)), PROSE)
    _name_tail_from_address(fields)
    _address_separators(fields)


# A letterhead runs the address on one line with a dash, bar or dot between its parts
# ("1 Main St - City, ST 00000", "1 Main St | City", "1 Main St · City"): a comma in the address.
_SEPARATOR = re.compile(r"\s+[-–—|/·•]\s+")


def _address_separators(fields: Fields) -> None:
    address = fields.items.get("protestant_address")
    if address is not None and isinstance(address.value, str) and _SEPARATOR.search(address.value):
        fields.items["protestant_address"] = replace(
            address, value=_SEPARATOR.sub(", ", address.value))


# A declarant's own lead-in, its office in any words ("I am the Import Compliance Lead of X"):
# the office ends in an office's or a function's word, then "of", "at" or "for" and the party.
_I_AM = re.compile(r"(?i)^(?:\d{1,2}\.\s+)?I\s+am\s+(?:the\s+|an?\s+)?")
_OFFICE_END = re.compile(
    r"(?i)(?:lead|officer|manager|director|president|head|chief|counsel|specialist|analyst"
    r"|coordinator|supervisor|owner|member|partner|principal|secretary|treasurer|controller"
    r"|administrator|executive|representative|agent|compliance|operations|imports?|exports?"
    r"|logistics|trade|customs|affairs|sourcing|finance|purchasing|procurement|buyer|clerk"
    r"|accountant|assistant|associate|advis[eo]r|consultant),?$")
_PARTY_AFTER = re.compile(r"\s(?:of|at|for)\s+(?=[A-Z0-9])")


def _declarant_lead_off(value: str) -> str:
    """VALUE less a declarant's "I am the OFFICE of" before the party: cut after the last office
    word that an "of" follows ("Director of Trade Compliance of X" -> "X")."""
    lead = _I_AM.match(value)
    if lead is None:
        return value
    cuts = [m for m in _PARTY_AFTER.finditer(value, lead.end())
            if (office := value[lead.end():m.start()].split()) and _OFFICE_END.match(office[-1])]
    return value[cuts[-1].end():] if cuts else value


def clean_name(value: str) -> str:
    """A party's name without counsel's lead-in and what the sentence goes on to say of it."""
    value = _declarant_lead_off(_LEAD_IN.sub("", value.strip()))
    if end := _NAME_END.search(value):
        value = value[:end.start()]
    return fold(value).rstrip(",").strip()


def _name_tail_from_address(fields: Fields) -> None:
    name, address = fields.items.get("protestant_name"), fields.items.get("protestant_address")
    if name is None or address is None or not isinstance(name.value, str) \
            or not isinstance(address.value, str) or _ENDS_IN_SUFFIX.search(name.value):
        return
    parts = [p.strip() for p in address.value.split(",")]
    street = next((i for i, p in enumerate(parts) if p[:1].isdigit()
                   or re.match(r"(?i)p\.?\s*o\.?\s+box\b", p)), None)
    if not street or any(re.search(r"\d", p) for p in parts[:street]):
        return
    tail = ", ".join(parts[:street])
    if not _ENDS_IN_SUFFIX.search(tail):
        return
    fields.items["protestant_name"] = replace(name, value=f"{name.value} {tail}")
    fields.items["protestant_address"] = replace(address, value=", ".join(parts[street:]))
