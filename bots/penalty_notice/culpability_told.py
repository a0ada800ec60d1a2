"""A culpability read from a label or a finding that the referral's own sentences contradict.

19 U.S.C. 1592(c) sets the penalty by the degree of culpability, and 19 CFR Part 171 App. B (B)
defines each: negligence is a failure to exercise reasonable care; gross negligence is an act
"with actual knowledge of or wanton disregard for the relevant facts"; fraud is done knowingly.
A worksheet that ticks "Negligence" while its narrative says the importer knew the invoices were
false, or acted with gross negligence (or labels fraud while a sentence finds only a failure to
exercise reasonable care) gives two degrees: the penalty drafted at either may be at the wrong
one, so a person settles it.
"""

from __future__ import annotations

import re

from bots.penalty_notice.culpability import levels_stated
from tradebots.facts import Extracted

# The importer's knowledge of the facts, in a narrative's words: App. B (B)(2)'s "actual
# knowledge" (gross negligence) or (B)(3)'s "knowingly" (fraud); either is more than negligence.
# "knew or should have known" is the reasonable-care standard of negligence itself.
# A writer's words for a willful act or a reckless one say as much: "willfully", "deliberately",
# "intentionally", "with intent to evade", "recklessly".
_KNEW = re.compile(
    r"(?i)\b(?:knew|had\s+(?:actual\s+|full\s+|prior\s+)?knowledge\s+(?:of|that)"
    r"|(?:was|were)\s+(?:fully\s+|well\s+|clearly\s+)?aware\s+(?:of|that)"
    r"|with\s+(?:actual\s+|full\s+)?knowledge\s+(?:of|that)|knowingly"
    r"|will?ful(?:ly)?|deliberate(?:ly)?|intentional(?:ly)?|purposely|on\s+purpose"
    r"|with\s+(?:the\s+)?intent\s+to\s+(?:evade|deceive|mislead|defraud)|reckless(?:ly|ness)?)\b"
    r"(?!\s+or\s+should\s+have\s+known)"
)
# Words that rule knowledge out, against a label of fraud (done knowingly) or gross negligence
# (actual knowledge or wanton disregard): an inadvertent act, a clerical error, an honest
# mistake. "Did not know" rules out fraud only: disregard needs no knowledge.
_NO_CARE_LOST = re.compile(
    r"(?i)\b(?:inadvertent(?:ly)?|unintentional(?:ly)?|clerical\s+(?:error|mistake)"
    r"|honest\s+(?:error|mistake)|(?:an?\s+)?innocent\s+(?:error|mistake))\b")
_UNKNOWING = re.compile(
    r"(?i)\b(?:did\s+not\s+know|didn't\s+know|(?:was|were)\s+unaware|had\s+no\s+knowledge)\b")
# "commercial fraud" is CBP's name for the 1592 program ("Case type: 1592 - commercial fraud"),
# no finding of the degree.
_PROGRAM = re.compile(r"(?i)commercial\s+$")
# A level printed after a check box is one of a form's choices, ticked or not: the box readers
# decide which one the form picks.
_BOX_BEFORE = re.compile(r"(?:[\[(]\s*[xX✓✔*]?\s*[\])]|[☐☑☒□■▢✓✔])\s*$")
# A denial, a condition or a contrast earlier in the level's own clause: "did not act with
# gross negligence", "no evidence that the importer knew", "if fraud is found", "rather than".
_NOT_FOUND = re.compile(
    r"(?i)\b(?:not|no|never|without|nor|neither|if|whether|unless|rather\s+than|instead\s+of"
    r"|rule[sd]?\s+out|ruling\s+out|absent|lack\s+of|insufficient|unsupported)\b|n't\b")
_CLAUSE_END = re.compile(r"[.;:,!?]\s|\n\s*\n")
_MORE_THAN_NEGLIGENCE = ("gross_negligence", "fraud")


def culpability_told_otherwise(text: str, fields: dict[str, Extracted]) -> tuple[str, ...]:
    """A doubt when a sentence of TEXT states a degree other than the culpability read: another
    level named or defined in App. B's words, or the importer's knowledge against negligence."""
    read = fields.get("culpability")
    if read is None or read.value not in ("negligence", *_MORE_THAN_NEGLIGENCE):
        return ()
    other = [(level.value, level.start) for level in levels_stated(text)
             if level.value != read.value and _stated(text, level.start)]
    cues = [(_KNEW, "the importer's knowledge", ("negligence",)),
            (_NO_CARE_LOST, "an error made without knowledge", _MORE_THAN_NEGLIGENCE),
            (_UNKNOWING, "the importer's want of knowledge", ("fraud",))]
    for pattern, said, against in cues:
        if read.value in against:
            other += [(said, m.start()) for m in pattern.finditer(text)
                      if _stated(text, m.start())]
    if not other:
        return ()
    value, start = min(other, key=lambda found: found[1])
    told = " ".join(text[_line_start(text, start):_line_end(text, start)].split())
    said = value.replace("_", " ")
    return (f"The referral gives the culpability two ways: {read.value!r}, and "
            f"{said} in the words {told!r} (19 U.S.C. 1592(c)).",)


def _stated(text: str, at: int) -> bool:
    """Whether the level at AT is a finding: not a form's choice, a program's name, nor denied,
    conditioned or contrasted in its clause, nor one of several levels listed on its line."""
    line = text[_line_start(text, at):_line_end(text, at)]
    if len({level.value for level in levels_stated(line)}) > 1:
        return False  # "Negligence  Gross negligence  Fraud", a legend of the levels' penalties
    if _bare(line) and (_bare(_line_at(text, _line_start(text, at) - 1))
                        or _bare(_line_at(text, _line_end(text, at) + 1))):
        return False  # "Negligence" over "X Gross negligence" over "Fraud": a form's options
    before = text[_line_start(text, at):at]
    if _BOX_BEFORE.search(before) or _PROGRAM.search(before):
        return False
    clause = text[max(0, at - 120):at]
    ends = list(_CLAUSE_END.finditer(clause))
    clause = clause[ends[-1].end():] if ends else clause
    return _NOT_FOUND.search(clause) is None


# A level alone on its line, a drawn box's mark at most before it: one of a form's options
# stacked down the page when the line beside it is another.
_BARE_LEVEL = re.compile(r"(?i)^\s*(?:[xX✓✔]\s+)?(?:fraud(?:ulent)?|gross(?:ly)?\s+negligen(?:ce|t)"
                         r"|negligen(?:ce|t))\s*$")


def _bare(line: str) -> bool:
    return bool(_BARE_LEVEL.match(line))


def _line_at(text: str, at: int) -> str:
    """The line of TEXT that holds AT ("" outside the text)."""
    if not 0 <= at < len(text):
        return ""
    return text[_line_start(text, at):_line_end(text, at)]


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return end if end >= 0 else len(text)
