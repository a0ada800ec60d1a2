"""A party's name out of the sentence or line that names it: the lead-in before it, the number
said after it and the clause that goes on to its address are no part of it.

"The subject of this referral is X, importer number 25-1647993.", "X (IOR 1), whose address is
905" over "Research Court, ...", "This referral concerns X (EIN 1)." all name X.
"""

from __future__ import annotations

import re

# A section's sentence under its heading names the party after a lead-in ("1. PARTY" over "The
# importer of record is X, 57 Main St, ..."): the name starts after it.
# "The subject of this referral is X", "The party referred is X", "This referral concerns X":
# what the sentence is about, then the name.
PARTY_LEAD_IN = re.compile(
    r"(?i)^(?:(?:the\s+)?(?:(?:alleged|subject)\s+)?(?:importer(?:\s+of\s+record)?|party|violator"
    r"|company|firm|respondent|auditee|subject)"
    r"(?:\s+(?:of|in|to)\s+(?:this|the)\s+(?:referral|case|matter|audit|review|investigation"
    r"|report|memo(?:randum)?))?"
    r"(?:\s+(?:concerned|involved|in\s+question|referred|audited|charged))?\s+(?:is|was)"
    r"|(?:this|the)\s+(?:referral|case|matter|report|memo(?:randum)?)\s+(?:concerns|involves"
    r"|names|is\s+against|relates\s+to))"
    r"\s+(?=(?-i:[A-Z0-9]))")


# The party's number or role said after its name: "X LLC (IOR 80-8464996)", "X Inc. (the
# importer)", "X Corp., EIN 80-8464996": no part of the name.
# The sentence's own stop after the number ("..., importer number 25-1647993.") ends it too.
_NAME_TAIL = re.compile(
    r"(?i)\s*\((?:the\s+)?(?:importer|ior|ein|violator|party|respondent|tax\s+id)\b[^()]*\)"
    r"[.,]?\s*$"
    r"|\s*\([^()]*\b\d{2}-\d{7}[^()]*\)[.,]?\s*$"
    r"|,?\s+(?:ior|ein|importer)(?:\s+(?:no\.?|number|#))?\s*[:#.]?\s*[\dA-Z-]{9,}[.,]?\s*$")
# A line that goes on from the name to its address in a clause ("X (IOR 1), whose address is 905"
# over "Research Court, ..."; "X, located at 12 Main"): the clause is no part of the name.
_ADDRESS_CLAUSE = re.compile(
    r"(?i),\s+(?:whose\s+(?:\w+\s+)?address|(?:which\s+is\s+)?(?:located|situated|based"
    r"|headquartered|domiciled|residing|doing\s+business)\s+(?:at|in)\b"
    r"|with\s+(?:its|a)\s+(?:principal\s+)?(?:place\s+of\s+business|(?:main\s+|head\s+)?"
    r"offices?|address)\b).*$")
# A sentence's stop after a plain last word ("... is Harbor Trading Company.") ends the sentence;
# after an abbreviation ("Inc.", "Corp.", "L.P.") it is the name's own.
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})(?<!\b(?:Corp|Bros|Assn|Intl|Mfrs))\.$")


def bare_name(text: str, led_in: bool = False) -> str:
    """TEXT (one line, folded) without the lead-in, the number, the address clause or the
    sentence's stop around the name it holds (LED_IN: a lead-in was taken off already)."""
    unled = PARTY_LEAD_IN.sub("", text).rstrip(" ,;")
    bare = _NAME_TAIL.sub("", _ADDRESS_CLAUSE.sub("", unled)).rstrip(" ,;")
    led_in = led_in or unled != text.rstrip(" ,;")
    return _SENTENCE_STOP.sub("", bare) if led_in else bare
