"""The 1592(c) culpability a referral names, in its words, the regulation's or a clerk's.

Referrals name the level ("gross negligence", "grossly negligent"), tick it among the three
printed on a worksheet ("[X] Negligence [ ] Gross negligence [ ] Fraud"), describe it in the
words of 19 CFR Part 171 App. B (B) ("failure to exercise reasonable care") or abbreviate it
("Neg."). A tick or a named level is strong; an abbreviation is a weak cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bots.common.reading.tick_boxes import Option, boxed_options, marked

# Gross negligence before negligence at the same place: "gross negligence" holds both. A
# writer's "gross neglect", "grossly neglectful" names the level as plainly.
_NAMED = (
    ("fraud", r"fraud\w*"),
    ("gross_negligence", r"gross(?:ly)?\s+negl(?:ig|ect)\w*"),
    ("negligence", r"neglig\w*"),
)
# 19 CFR Part 171 App. B (B)(1)-(3): how the guidelines define each level, in their words and
# a writer's: fraud is done "knowingly, i.e. voluntarily and intentionally" ("deliberately",
# "with intent to defraud"); gross negligence "with actual knowledge of or wanton disregard for
# the relevant facts" ("reckless disregard"); negligence is "the failure to exercise the degree
# of reasonable care" ("did not use reasonable care", "lack of reasonable care"). A definition
# denied ("not knowingly", "no intent to defraud") names no level.
_DENIED = r"(?<!\bnot\s)(?<!\bno\s)(?<!\bnever\s)(?<!\bwithout\s)"
_CARE = r"(?:the\s+)?(?:degree\s+of\s+)?reasonable\s+care"
_DEFINED = (
    ("fraud", _DENIED + r"\b(?:knowing(?:ly)?,?\s+(?:and|i\.?e\.?,?)\s+(?:voluntar|intentional)\w*"
              r"|voluntarily\s+and\s+intentionally|intent(?:ion)?\s+to\s+defraud"
              r"|(?:knowingly|deliberately|intentionally)\s+(?:false|mis\w+|under\w+|made"
              r"|submitted|declared|entered|filed|withh?eld|omitted|concealed))\b"),
    ("gross_negligence", _DENIED + r"\b(?:(?:wanton|reckless)\s+disregard"
                         r"|actual\s+knowledge\s+of\s+or\s+wanton)\b"),
    ("negligence", rf"\b(?:fail\w*\s+to\s+(?:exercise|use|take)\s+{_CARE}"
                   rf"|(?:did\s+not|didn't)\s+(?:exercise|use|take)\s+{_CARE}"
                   rf"|lack\s+of\s+{_CARE}|without\s+(?:exercising\s+|using\s+)?{_CARE})\b"),
)
_LEVEL_WORD = re.compile("|".join(pattern for _, pattern in _NAMED), re.IGNORECASE)
# A case system's codes: "FRD", "GN" / "GR NEG", "NEG". "Neglect" alone, or "neglectful", names
# negligence loosely: a weak cue as well; "neglected" is a narrative's verb ("neglected to
# declare the assists"), no level.
_SHORT = (
    ("fraud", r"\bfrd\b\.?"),
    ("gross_negligence", r"\bgr(?:oss|\.)?\s*neg\b\.?|\bgn\b"),
    ("negligence", r"\bneg\b\.?|\bneglect(?:ful)?\b"),
)


@dataclass(frozen=True)
class Level:
    """A culpability level and where in the text it was named; `weak` for an abbreviation."""

    value: str
    start: int
    end: int
    weak: bool = False


def level_in(text: str) -> Level | None:
    """The level TEXT names: the ticked box when its first line lists the levels, else the first
    level named, defined or abbreviated; None when a list ticks none or several levels."""
    line = text.split("\n", 1)[0]
    options = [o for o in boxed_options(line) or () if _first(o.words, _NAMED, False)]
    if options:
        return _ticked(options)
    listed = list(_LEVEL_WORD.finditer(line))
    if len({_first(m.group(0), _NAMED, False) for m in listed}) > 1:
        # Every level printed on one line is a form's list: only a mark before one picks it.
        return _marked(line, listed)
    for bank, weak in ((_NAMED, False), (_DEFINED, False), (_SHORT, True)):
        found = _first(text, bank, weak)
        if found is not None:
            # "Not negligent", "not gross negligence": a level denied names none.
            return None if _denied(text, found.start) else found
    return None


# A level denied right before it: "not", "no", "non-", "never", "without" (a word may stand
# between: "not grossly negligent", "no gross negligence").
_DENIAL = re.compile(r"(?i)\b(?:not|no|non|never|without)[\s-]+(?:[a-z]+\s+)?$")
# A label's value that says the level in other words, alone: "Willful", "Intentional
# misconduct", "Knowing and deliberate" (App. B (B)(3): done knowingly, voluntarily and
# intentionally: fraud); "Gross", "Recklessness" (gross negligence). Only a value that is
# nothing else, since such words in a narrative may tell of other acts.
_ACTS = r"(?:will?ful|intentional|knowing|deliberate)(?:ly)?"
_WORDED = (
    ("fraud", re.compile(
        rf"(?i)^\W*{_ACTS}(?:\s*(?:,|/|and|&)\s*{_ACTS})?(?:\s+(?:misconduct|conduct|violations?"
        r"|acts?|intent|misstatements?|misrepresentations?|false\s+statements?))?\W*$")),
    ("gross_negligence", re.compile(
        r"(?i)^\W*(?:gross|reckless(?:ness|ly)?)(?:\s+(?:conduct|misconduct))?\W*$")),
)
# The statute's paragraph for the level: 1592(c)(1) fraud, (c)(2) gross negligence, (c)(3)
# negligence; (c)(4) is the prior disclosure, no level.
_PARAGRAPH = re.compile(r"(?i)(?:\b1592\s*)?\(c\)\s*\(([123])\)")
_BY_PARAGRAPH = {"1": "fraud", "2": "gross_negligence", "3": "negligence"}


def _denied(text: str, at: int) -> bool:
    """Whether the level at AT in TEXT is denied right before it."""
    return _DENIAL.search(text, max(0, at - 40), at) is not None


def level_worded(value: str) -> Level | None:
    """The level a label's VALUE gives in other words or by the statute's paragraph, when it
    names none (a weak cue: a writer's word, or a citation without the level's name)."""
    for level, pattern in _WORDED:
        if (found := pattern.match(value)) is not None:
            return Level(level, found.start(), found.end(), weak=True)
    paragraphs = {m.group(1) for m in _PARAGRAPH.finditer(value)}
    if len(paragraphs) == 1 and not _denied(value, value.lower().find("(c)")):
        found = next(_PARAGRAPH.finditer(value))
        return Level(_BY_PARAGRAPH[paragraphs.pop()], found.start(), found.end(), weak=True)
    return None


def _marked(line: str, listed: list[re.Match[str]]) -> Level | None:
    """The one level a bare mark stands before ("Negligence  X Fraud"); None without one."""
    chosen = marked(line, listed)
    if len(chosen) != 1:
        return None
    level = _first(chosen[0].group(0), _NAMED, False)
    return Level(level.value, chosen[0].start(), chosen[0].end()) if level else None


def levels_stated(text: str) -> list[Level]:
    """Every level TEXT names or describes in the guidelines' terms, in reading order."""
    found = [Level(value, m.start(), m.end())
             for value, pattern in _DEFINED
             for m in re.finditer(pattern, text, re.IGNORECASE)]
    for m in _LEVEL_WORD.finditer(text):
        if text[max(0, m.start() - 1):m.start()].isalpha():
            continue  # "defraud" is a definition's word, read above with its denial
        named = _first(m.group(0), _NAMED, False)
        assert named is not None
        found.append(Level(named.value, m.start(), m.end()))
    # "no fraud was found", "not grossly negligent": a level denied is not stated.
    return sorted((level for level in found if not _denied(text, level.start)),
                  key=lambda level: level.start)


def culpability_named(text: str) -> str | None:
    """The level TEXT names, or None."""
    found = level_in(text)
    return found.value if found is not None else None


def _ticked(options: list[Option]) -> Level | None:
    ticked = [o for o in options if o.ticked]
    if len(ticked) != 1:
        return None  # no level ticked, or two: a person reads the form
    level = _first(ticked[0].words, _NAMED, False)
    assert level is not None
    return Level(level.value, ticked[0].start, ticked[0].start + len(ticked[0].words))


def _first(text: str, bank: tuple[tuple[str, str], ...], weak: bool) -> Level | None:
    found = [(m.start(), -len(m.group(0)), value, m.end())
             for value, pattern in bank
             if (m := re.search(pattern, text, re.IGNORECASE)) is not None]
    if not found:
        return None
    start, _, value, end = min(found)
    return Level(value, start, end, weak)
