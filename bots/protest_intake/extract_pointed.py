"""Values tied to their caption by a pointer on one line: a web form printed with its labels to
the right of the values ("18-4841931 <- Importer No.") or a summary that points from the caption
to the value ("Importer No. -> 18-4841931"), 19 CFR 174.13(a)(1), (a)(2) and (a)(5)."""

from __future__ import annotations

import re

from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_stacked import caption_of, value_under
from tradebots.pdf import TextStream

POINTED = 0.85  # a caption on the value's line, but after it or tied by an arrow, not a colon
_BACK = r"\s+(?:<-+|<=|←|⟵|◄|◀)\s+"
_FORTH = r"\s+(?:-+>|=>|→|⟶|►|▶)\s+"
_VALUE_THEN_CAPTION = re.compile(rf"^\s*(?P<value>\S.*?){_BACK}(?P<caption>\S.*?)\s*$", re.M)
_CAPTION_THEN_VALUE = re.compile(rf"^\s*(?P<caption>\S.*?){_FORTH}(?P<value>\S.*?)\s*$", re.M)


def read_pointed(stream: TextStream, fields: Fields) -> None:
    """Each line whose known caption points at its value, unless the field is read already."""
    for pattern in (_VALUE_THEN_CAPTION, _CAPTION_THEN_VALUE):
        for line in pattern.finditer(stream.text):
            key = caption_of(line["caption"])
            if key is None or key in fields.items or caption_of(line["value"]):
                continue
            value = value_under(key, line["value"])
            if value:
                start, end = line.span("value")
                fields.put(key, value, stream.evidence(start, end), POINTED)
