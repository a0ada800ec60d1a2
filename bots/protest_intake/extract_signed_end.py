"""A signature typed with no closing word over it: the signer's name with a title under it (or
after a comma) in the lines after the letter's last sentence ("... is pending." / "Ann Lee" /
"Import Manager"), as a letter set out under captions ends."""

from __future__ import annotations

import re

from bots.common.reading.signature import Signer, named_with_title

# A sentence of the body: two words in lower case or more among four or more, ending with a
# full stop, a question mark or a colon ("Acme Trade Co." ends with a full stop and is a name).
_SENTENCE = re.compile(r"^(?=(?:.*?\b[a-z]{2,}\b){2})(?:\S+\s+){3,}\S+[.?:]\s*$")
_MOST_LINES = 6  # lines after the last sentence that a signature block fills: more, no block
# A copy or enclosure note names whom a copy goes to, not who signed: "cc:" / "Ann Lee" / "Port
# Director" under it signs nothing.
_NOTE = re.compile(r"(?i)^\s*(?:b?cc|copy|copies|enc|encl|enclosures?|attn|attention)\b")


def signed_at_end(text: str) -> Signer | None:
    """The person named with a title in the block after the last sentence (a weak cue)."""
    lines = text.rstrip().split("\n")
    first = len(lines)
    while first > 0 and not _SENTENCE.search(lines[first - 1].strip()):
        first -= 1
    tail = lines[first:]
    if not tail or len(tail) > _MOST_LINES or (at := named_with_title(tail)) is None \
            or any(_NOTE.match(line) for line in tail[:at + 1]):
        return None
    line = tail[at]
    start = sum(len(x) + 1 for x in lines[:first + at]) + len(line) - len(line.lstrip())
    name = line.partition(",")[0].strip()
    return Signer(name, start, start + len(name), True)
