"""What both protest layouts share: the field bag, and readers for categories and check boxes."""

from __future__ import annotations

import re
from typing import Any

from bots.common.fields import Fields as BaseFields
from bots.common.reading.lines import fold as fold  # the bots' readers import it from here
from bots.common.reading.tick_boxes import boxed_options
from bots.customs.identifiers import parse_importer_number, parse_protest_number
from bots.protest_intake.model import Category
from tradebots.facts import Evidence

# Confidence by how a value was read: a labelled box or line is the surest, prose less so.
LABELLED = 0.95
STAMPED = 0.9
PROSE = 0.85
DEFAULTED = 0.7  # a yes/no the document does not mention, read as "no"
_FULL_LINE = 60  # characters: a line this long may wrap on to the next
_FULL_SHARE = 0.7  # of the longest line: shorter, a line ended before the margin


def full_line(text: str) -> int:
    """How many characters make a line of TEXT full, so that it may have wrapped: a wide page's
    lines are long, a short one ended early."""
    return max(_FULL_LINE, int(_FULL_SHARE * max(map(len, text.split("\n")))))


# Marks that a 174.13(a) item was found only by an inferred cue, by item number: a person
# confirms it before the protest counts as complete.
INFERRED = {6: "objection_inferred", 7: "earlier_protest_inferred"}
# CBP's receipt of the protest as a caption names it; filing is receipt (19 CFR 174.12(f)), so
# "Date filed", "Filing date", "Protest filed / received by CBP", "Filed with CBP on" name it too,
# and so does the clerk's "Date stamp" / "Date stamped".
_FILED = r"(?:filed|received)"
RECEIPT_LABEL = (r"(?:(?:CBP\s+)?(?:received|receipt|(?:protest\s+)?filing)\s+date"
                 r"|date\s+of\s+(?:CBP\s+)?(?:receipt|filing)"
                 r"|(?:CBP\s+)?date[^\S\n]*-?[^\S\n]*stamp(?:ed)?"
                 rf"|(?:protest\s+)?(?:date\s+)?{_FILED}(?:\s*(?:/|\bor\b|&|\band\b)\s*{_FILED})?"
                 r"(?:\s+(?:by|with|at)\s+CBP)?(?:\s+(?:on|date))?)")
# Words that argue a customs decision: a cite or a term of the law.
ARGUES = re.compile(
    r"(?i)\bsubheading\b|\bHTSUS\b|\bheading\b|U\.S\.C\.|\bC\.?F\.?R\b|\bGRI\b|\bruling|"
    r"transaction\s+value|\bpenalt|\bappraise|\bclassif|\bassists?\b"
)

_CATEGORIES: tuple[tuple[re.Pattern[str], Category], ...] = (
    (re.compile(r"1520\s*\(d\)|reliquidat", re.I), "reliquidation_1520d"),
    (re.compile(r"drawback", re.I), "drawback"),
    (re.compile(r"exclu|redeliver", re.I), "exclusion"),
    (re.compile(r"apprais|valu", re.I), "appraised_value"),
    (re.compile(r"classif|rate\s+(?:and\s+amount\s+)?of\s+duty", re.I), "classification"),
    (re.compile(r"charge|exaction|fee", re.I), "charges"),
    (re.compile(r"liquidat", re.I), "liquidation"),
)
# What every protest asks for ("Protest and request for reliquidation", "asks for reliquidation
# at the invoice value") is the remedy, not the decision protested: a 1520(d) claim is named as
# one (19 U.S.C. 1520(d), post-importation).
_REMEDY = re.compile(
    r"(?i)\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?|seek(?:s|ing)?|appl(?:y|ies|ication)"
    r"|pray(?:s|er)?)\s+(?:for\s+)?(?:the\s+|a\s+|its\s+)?reliquidat\w*"
    # What is asked to follow: "the entries should be reliquidated", "and the entries
    # reliquidated" ("the refusal to reliquidate" is a decision, so "to" is not among these).
    r"|\b(?:should|must|shall|and)\s+(?:(?:the|these|all|each)\s+)?(?:entr(?:y|ies)\s+)?"
    r"(?:be\s+)?reliquidate[ds]?\b")
# "[X] YES  [ ] NO" or "Yes [X]  No [ ]": which word a box belongs to depends on which comes first.
# The box opens the pair, perhaps after a scan's stray mark ("—[ ] Yes [X] No").
_BOX_FIRST = re.compile(r"[^A-Za-z0-9[]{0,3}\[")
_TICKED_BEFORE = re.compile(r"\[\s*[xX✓✔]\s*\]\s*(yes|no)\b", re.I)
_TICKED_AFTER = re.compile(r"\b(yes|no)\s*\[\s*[xX✓✔]\s*\]", re.I)
# A label that names the party by what it does ("Filing party", "Party filing this protest"):
# on a broker's or counsel's printout that may be the filer, the agent of 19 CFR 174.12(a), so a
# label naming the protestant or the importer elsewhere on the page is the surer one.
WHO_FILES = re.compile(r"(?i)\bfiling\s+party\b|\bparty\s+filing\b"
                       r"|\b(?:person|company)\s+(?:filing|making|submitting)\s+(?:this|the)\s+protest")
_IMPORTER = re.compile(r"[0-9][0-9A-Z-]{6,14}")
_PROTEST_NUMBER = re.compile(r"\d{4}\s*-\s*\d{2,4}\s*-\s*\d{6}")
_PORT = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_SEPARATOR_FIRST = re.compile(r"^(?::?=|:)\s*")
# A value that only points elsewhere ("See continuation sheet", "Refer to Schedule A", "As per
# attached"): the value stands on that sheet, and is read there or left to a person.
POINTER = re.compile(
    r"(?i)^\W*(?:see|refer\s+to|as\s+(?:per|(?:set\s+out|shown|listed|described)\s+(?:on|in))"
    r"|(?:is\s+)?continued\s+(?:on|in))\s+(?:the\s+)?(?:attached|enclosed|following|next|separate"
    r"|continuation|schedule|annex|appendix|exhibit|attachment|rider|addendum|page|sheet|below"
    r"|over(?:leaf)?|reverse)\b[^\n]{0,40}$")
# Goods left to the papers CBP already holds ("As per commercial invoice on file", "See entry
# summary", "Per the invoices of record") are not described in the protest (174.13(a)(5)).
PAPERS_HELD = re.compile(
    r"(?i)^\W*(?:see|refer\s+to|(?:as\s+)?per|as\s+(?:shown|listed|described|stated)\s+"
    r"(?:on|in))\s+(?:the\s+)?(?:commercial\s+|customs\s+)?(?:invoices?|entry\s+(?:documents?"
    r"|papers|summar(?:y|ies))|documents|papers|packing\s+lists?)\b"
    # ... perhaps by number, and where they are kept: nothing more (no goods named after them).
    r"(?:\s+(?:no\.?\s*|\#\s*)?[\w/-]*\d[\w/-]*)?"
    r"(?:\s+(?:on\s+(?:file|record)|of\s+record|filed|held|submitted)"
    r"(?:\s+(?:with|by)\s+(?:the\s+)?(?:port|CBP|customs|U\.?S\.?\s+customs))?)?\W*$")
# The free-text fields a sender may point elsewhere for (19 CFR 174.13(a)(5), the decision).
POINTED = ("merchandise_description", "category")


def category_of(text: str) -> Category | None:
    """The 1514(a) decision a phrase names; the more specific decisions are tried first."""
    text = _REMEDY.sub(" ", chosen_options(text))
    return next((cat for pattern, cat in _CATEGORIES if pattern.search(text)), None)


def earliest_category(text: str) -> Category | None:
    """The decision named first in a phrase ("classification ... at a value" is classification)."""
    text = _REMEDY.sub(" ", chosen_options(text))
    found = [(m.start(), cat) for pattern, cat in _CATEGORIES if (m := pattern.search(text))]
    return min(found)[1] if found else None


def chosen_options(text: str) -> str:
    """A line of boxed choices ("[ ] Classification [X] Appraised value") names only what it
    ticks; none ticked names nothing. Text without boxes is itself."""
    options = boxed_options(text) or []
    if not any(pattern.search(option.words) for option in options for pattern, _ in _CATEGORIES):
        return text  # boxes for something else ("Drawback [ ] Yes [X] No"): the words decide
    return " ; ".join(option.words for option in options if option.ticked)


def ticked(text: str) -> bool | None:
    """A Yes/No check box pair: True, False, or None when neither (or both) is ticked."""
    pattern = _TICKED_BEFORE if _BOX_FIRST.match(text) else _TICKED_AFTER
    answers = {m.group(1).lower() for m in pattern.finditer(text)}
    if len(answers) != 1:
        return None
    return answers == {"yes"}


def importer_number_in(text: str) -> str | None:
    """The first importer number (EIN, SSN or CBP-assigned form) in a text, normalized."""
    # A number wrapped at its hyphen ("43-" / "7120820") is one number.
    for match in _IMPORTER.finditer(re.sub(r"-\s+", "-", text.upper())):
        parsed = parse_importer_number(match.group(0).rstrip("-"))
        if parsed is not None:
            return parsed.normalized
    return None


def protest_number_in(text: str) -> str | None:
    match = _PROTEST_NUMBER.search(text)
    parsed = parse_protest_number(match.group(0)) if match else None
    return parsed.normalized if parsed else None


def port_code_in(text: str) -> str | None:
    match = _PORT.search(text)
    return match.group(1) if match else None


# A line that opens with an entry number, perhaps after a bullet: the entries' list, which a
# caption read over the wrong line may take for the goods.
_ENTRY_FIRST = re.compile(r"^\W*[A-Z0-9]{3}-?\d{7}-?\d(?![\w-])")


class Fields(BaseFields):
    """Extracted values by contract key; only values the document gives are kept."""

    silent = DEFAULTED

    def put(self, key: str, value: Any, evidence: Evidence | None, confidence: float) -> None:
        # A cell read beside its label carries the label's separator along ("= Steel pipe",
        # ": Steel pipe" in a key = value export): no value begins with one.
        if isinstance(value, str):
            value = _SEPARATOR_FIRST.sub("", value) or None
            if key in POINTED and value and POINTER.match(value):
                return  # no value here: the sheet it points to gives it
            if key == "merchandise_description" and value and _ENTRY_FIRST.match(value):
                return  # an entry's line ("- C42-9895609-4, entered ..."), not the goods
            if key == "merchandise_description" and value and PAPERS_HELD.match(value):
                return  # the goods left to papers on file: no description given
        super().put(key, value, evidence, confidence)
