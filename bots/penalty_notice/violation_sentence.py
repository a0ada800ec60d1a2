"""The violation said in a sentence of its own: "The violation is misdescription of the goods to
avoid Section 301 duties.", "This violation consisted of the omission of assists ...".

A memo with no "Narrative:" or "Violation:" label may tell the charge this way, after the
sentence that names the goods ("The party imported ceramic floor tiles."). The sentence states
the kind of violation and, with the paragraph it closes, the material facts (19 CFR
162.77(b)(1)(iii), (iv)), as the same words after a label do. Only a sentence whose predicate
names a kind counts: "The violation was discovered in an audit", "The violation is the subject of
a ruling request" say something else about it. A weak cue: the value carries the inferred
confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bots.penalty_notice.extract_header import INFERRED
from bots.penalty_notice.extract_narrative import LABEL_LINE
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

# The predicate names the charge by a noun ("misdescription", "the omission of assists"), not
# by what happened to the violation ("was discovered", "is the subject of", "is not ...").
_SAID = re.compile(
    r"(?m)(?:^|(?<=[.;:][ \t\n]))[ \t]*(?:The|This)[ \t\n]+violation[ \t\n]+"
    r"(?:is|was|consists[ \t\n]+of|consisted[ \t\n]+of|involves|involved|concerns|concerned)"
    r"[ \t\n]+(?P<charge>(?!(?:the[ \t\n]+)?subject\b|[a-z]+ed\b|being\b|not\b|under\b"
    r"|pending\b|still\b|currently\b|set\b|shown\b|as\b|in\b|at\b|on\b|see\b|also\b)"
    r"[^.]{10,240}?)\.(?=\s|$)"
)


def read_violation_sentence(
    stream: TextStream, kind_of: Callable[[str], str | None]
) -> Extracted | None:
    """The first sentence that says what the violation is, with the sentences before it on its
    line ("The party imported ceramic floor tiles. The violation is ..."), unless they are a
    label's or name another kind; the charge may wrap onto the next line."""
    text = stream.text
    for said in _SAID.finditer(text):
        kind = kind_of(said.group("charge"))
        if kind is None:
            continue
        start, stop = said.start() + len(said.group()) - len(said.group().lstrip()), said.end()
        line = text.rfind("\n", 0, start) + 1
        opening = text[line:start]
        if (opening.strip() and not LABEL_LINE.match(opening)
                and kind_of(text[line:stop]) == kind):
            start = line
        return Extracted(" ".join(text[start:stop].split()), stream.evidence(start, stop),
                         INFERRED)
    return None
