"""A signature typed with no closing word over it: the signer's name with a title under it (or
after a comma) in the lines after the letter's last sentence ("... is pending." / "Ann Lee" /
"Import Manager"), as a letter set out under captions ends."""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates
from bots.common.reading.lines import fold
from bots.common.reading.signature import Signer, is_person, named_with_title

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
    while first > 0 and not _ends_sentence(lines, first - 1):
        first -= 1
    # A form's signature line dates the title after a comma ("Vice President, Operations,
    # 04-Apr-2024"): the date is no part of the title.
    tail = [_undated(line) for line in lines[first:]]
    if not tail or len(tail) > _MOST_LINES or (at := named_with_title(tail)) is None \
            or any(_NOTE.match(line) for line in tail[:at + 1]):
        return None
    line = tail[at]
    start = sum(len(x) + 1 for x in lines[:first + at]) + len(line) - len(line.lstrip())
    name = line.partition(",")[0].strip()
    return Signer(name, start, start + len(name), True)


# A body line a sentence runs on from: four words or more, two in lower case, no stop at its end.
_RUNS_ON = re.compile(r"^(?=(?:.*?\b[a-z]{2,}\b){2})(?:\S+\s+){3,}\S*[^.?:\s]\s*$")
_STOPPED = re.compile(r"^(?:\S+\s+){0,3}\S*[a-z]\S*[.?]\s*$")


def _ends_sentence(lines: list[str], at: int) -> bool:
    """Whether line AT ends the body: a sentence on it, or a sentence's short wrapped end
    ("reversed in full.") under the line it runs on from."""
    line = lines[at].strip()
    return bool(_SENTENCE.search(line)) or (
        at > 0 and _STOPPED.match(line) is not None
        and _RUNS_ON.match(lines[at - 1].strip()) is not None)


def _undated(line: str) -> str:
    """LINE less a date that ends it after a comma, a dash or a "Date:" label ("General
    Counsel, May 6, 2024", "Import Manager - 12 July 2024", "Owner  Date: 07/12/2024"); as it
    is when no date ends it."""
    for cut in _DATE_CUT.finditer(line):
        if cut.start() and _only_a_date(line[cut.end():]):
            return line[:cut.start()]
    return line


# Where a title gives way to the date signed: a comma, a spaced dash, or "Date:" / "Dated".
_DATE_CUT = re.compile(r"(?i),|\s[-\u2013\u2014]\s|\s+dated?\b:?")


def _only_a_date(text: str) -> bool:
    """Whether TEXT is a date and nothing else (spaces and a stop aside)."""
    bare = text.strip().rstrip(".")
    found = find_dates(bare)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(bare)


# A printout's signature line names whom the signer signs for, then the signer: "Signed for
# the protestant: Esther Kowalczyk, Customs Compliance Manager", "Signed on behalf of the
# importer: ...", "Executed for Sandhill Bicycle Works, Ltd.: Rosalind M. Achebe, ...".
_SIGNED_FOR = re.compile(
    r"(?im)^[^\S\n]*(?:signed|executed|submitted)[^\S\n]+(?:for|on[^\S\n]+behalf[^\S\n]+of)"
    r"[^\S\n]+[^:\n]{2,80}?:[^\S\n]*(?P<name>[^,\n]+)")


def signed_for_party(text: str) -> Signer | None:
    """The person named on a line that signs for the party ("Signed for the protestant: Ann
    Lee, Manager"): a labelled signature, so not a weak cue."""
    for match in _SIGNED_FOR.finditer(text):
        name = fold(match.group("name")).strip()
        if is_person(name):
            start = match.start("name") + len(match.group("name")) - len(
                match.group("name").lstrip())
            return Signer(name, start, start + len(name), False)
    return None


# A signature block opened by whom it signs for, on a line of its own: "For the protestant",
# "On behalf of the importer:", "For and on behalf of the company", the signer's name under it.
_FOR_THE_PARTY = re.compile(
    r"(?im)^[^\S\n]*(?:for(?:[^\S\n]+and)?[^\S\n]+on[^\S\n]+behalf[^\S\n]+of|on[^\S\n]+behalf"
    r"[^\S\n]+of|for)[^\S\n]+(?:the[^\S\n]+)?(?:protestant|importer(?:[^\S\n]+of[^\S\n]+record)?"
    r"|company|corporation|firm)[^\S\n]*[,:]?[^\S\n]*$")
_UNDER_REACH = 3  # lines under the block's opener where the name stands (a rule, "/s/" between)
_RULE_OR_MARK = re.compile(r"^\s*(?:_{3,}|/s/)?\s*")


def signed_under_party(text: str) -> Signer | None:
    """The person named under a line saying whom the block signs for ("For the protestant" /
    "Ann Lee" / "Import Manager"), as a letter's signature block closes with no closing word
    (a weak cue: no mark of signing)."""
    for match in _FOR_THE_PARTY.finditer(text):
        offset = match.end() + 1
        for line in text[offset:].split("\n")[:_UNDER_REACH]:
            bare = _RULE_OR_MARK.sub("", line)
            name = bare.partition(",")[0].strip()
            if name and is_person(name):
                start = offset + len(line) - len(bare) + len(bare) - len(bare.lstrip())
                return Signer(name, start, start + len(name), True)
            if bare.strip():
                break
            offset += len(line) + 1
    return None
