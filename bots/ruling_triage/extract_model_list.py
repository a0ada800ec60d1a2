"""Items counted and then listed by their model designations alone ("The request covers 2 items:
model A-100, model B-110."): models of the one article the letter describes, so items of one class
or kind (CBP's five-item practice). An entry naming goods of its own ("model A-100 food jar") is
no bare designation, and the kind is left to a person."""

from __future__ import annotations

import re

# The words a sender designates a model by, alone or in the plural before several codes.
_WORD = r"(?:model|style|version|variant|item|part|SKU|ref(?:erence)?|article|catalog(?:ue)?)"
# One designation: the word, an optional "No." and a code holding a figure ("A-100", "501").
_DESIGNATED = re.compile(rf"(?i:{_WORD})s?\s+(?i:no\.?\s*|number\s+|#\s*)?"
                         r"(?P<code>[A-Z0-9][\w./-]*)")
# A code after a plural's first ("models A-100, B-110 and C-120"): a figure in it.
_CODE = re.compile(r"(?=[\w./-]*\d)[A-Z0-9][\w./-]*")
# The list's lead after the count, and its end: the sentence's full stop or the parenthesis.
_LEAD = re.compile(r"\s*(?:[:,(]|\s-)\s*")
_END = re.compile(r"\)|\.(?=\s+[A-Z]|\s*$)")
_SPLIT = re.compile(r"\s*(?:,|;|\band\b)\s*")


def models_listed(after: str, count: int) -> bool:
    """Whether AFTER, the text right after a count of COUNT items, lists exactly that many model
    designations and nothing else."""
    if (lead := _LEAD.match(after)) is None:
        return False
    rest = after[lead.end():]
    end = _END.search(rest)
    entries = [entry for entry in _SPLIT.split(rest[:end.start() if end else len(rest)]) if entry]
    if len(entries) != count or count < 2:
        return False
    # The first names the designation's word; a plural's later ones may print the code alone.
    first = _DESIGNATED.fullmatch(entries[0])
    plural = first is not None and re.match(rf"(?i:{_WORD})s\b", entries[0]) is not None
    return first is not None and all(
        _DESIGNATED.fullmatch(entry) or (plural and _CODE.fullmatch(entry))
        for entry in entries[1:])
