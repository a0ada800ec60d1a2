"""What a penalty referral's header label's value reads as: a case or importer number, a yes/no,
a culpability, a party's name or address; one reader per field."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bots.common.reading.answers import Answer, answer_in
from bots.common.reading.tick_boxes import prints_boxes
from bots.customs.identifiers import parse_importer_number
from bots.penalty_notice.commercial_options import chosen_option, prints_both
from bots.penalty_notice.culpability import culpability_named, level_in, level_worded
from bots.penalty_notice.day_first import parse_date_either_way
from bots.penalty_notice.name_in_sentence import bare_name
from bots.penalty_notice.wrapped_name import unfinished
from tradebots.pdf import parse_money

_CASE = re.compile(r"[A-Z0-9][A-Z0-9-]{5,29}")
_IMPORTER = re.compile(r"[0-9][0-9A-Z-]{6,14}")
# A yes/no answered in words: "Yes", "Y", "None", "Not made". Boxes are the shared toolkit's.
_YES = re.compile(r"(?i)^\s*(?:yes|y|true)\b")
_NO = re.compile(r"(?i)^\s*(?:no|n|none|false|not\s+made)\b")
_ANSWER = re.compile(r"(?i)\b(?:yes|no)\b")


def fold(text: str) -> str:
    """Runs of white space folded to one space."""
    return " ".join(text.split())


def culpability_of(text: str) -> str | None:
    """The 1592(c) culpability a label's value names (a ticked box, a word, the law's words),
    or gives in other words ("Willful", "Gross", "1592(c)(2)")."""
    named = culpability_named(text)
    if named is None and (worded := level_worded(text)) is not None:
        return worded.value
    return named


def culpability_weak(text: str) -> bool:
    """A level read from an abbreviation or a writer's other words: the inferred confidence."""
    level = level_in(text) or level_worded(text)
    return level is not None and level.weak


def yes_no_of(text: str) -> bool | None:
    """A printed yes/no answer, or a ticked Yes/No box pair; None when neither is clear (an N/A,
    a pair left unmarked or marked both ways: the shared answer reader's states)."""
    answer = answer_in(text)
    if answer in (Answer.YES, Answer.NO):
        return answer is Answer.YES
    if answer is not Answer.UNANSWERED or prints_boxes(text) or len(_ANSWER.findall(text)) > 1:
        return None
    # No answer word first: a worded one ("True", "Not made").
    if _YES.match(text):
        return True
    if _NO.match(text):
        return False
    return None


# A disclosure answered in words: "Not filed", "No prior disclosure", "Prior disclosure perfected",
# "Valid prior disclosure filed (19 CFR 162.74)", "Yes - tendered".
_DISCLOSURE_NO = re.compile(r"(?i)^\s*(?:not|never|no|none)\b|\b(?:not|never)\s+(?:been\s+)?"
                            r"(?:filed|made|received|submitted|perfected|tendered|accepted)\b")
_DISCLOSURE_YES = re.compile(r"(?i)\b(?:filed|made|received|submitted|perfected|tendered|valid"
                             r"|accepted|granted|verified)\b")


def disclosure_of(text: str) -> bool | None:
    """Whether a prior disclosure was made, from a yes/no, a box or a worded answer; an N/A
    says neither."""
    answer = yes_no_of(text)
    if answer is not None or prints_boxes(text) or answer_in(text) is Answer.NOT_APPLICABLE:
        return answer
    if _DISCLOSURE_NO.search(text):
        return False
    if _DISCLOSURE_YES.search(text):
        return True
    return None


# The importation's kind in other words: goods for the party's own use ("Personal", "Personal
# effects", "Household goods", "Private", "Gift") are a noncommercial importation (162.77(c));
# a clerk cuts the words short ("NON-COMM", "COMM").
_PERSONAL = re.compile(r"(?i)\b(?:personal|private|household|gifts?|non[\s-]*comm)\b")
_TRADE = re.compile(r"(?i)\b(?:comm|trade|resale|business)\b")


def commercial_of(text: str) -> bool | None:
    """True for a noncommercial importation, False for a commercial one."""
    if prints_both(text):
        return chosen_option(text)  # a form's pair of options: the mark decides
    lowered = text.lower()
    if re.search(r"non[\s-]*commercial", lowered):
        return True
    if "commercial" in lowered:
        return False
    if _PERSONAL.search(text):
        return True
    if _TRADE.search(text):
        return False
    return None


# Figures a typist set apart by spaces where the form has hyphens: a case number "2025 2704
# 000411 01", an EIN "88 1204417": read whole, never as their longest group alone.
_SPACED_CASE = re.compile(r"(?<![A-Z0-9-])\d{2,4}(?: \d{2,6}){2,4}(?![A-Z0-9-])")
_SPACED_EIN = re.compile(r"(?<![A-Z0-9-])(\d{2}) (\d{7})(?: ?(\d{2}))?(?![A-Z0-9-])")


def importer_of(text: str) -> str | None:
    text = _SPACED_EIN.sub(lambda m: "-".join(g for g in m.groups() if g), text)
    for match in _IMPORTER.finditer(re.sub(r"-\s+", "-", text.upper())):
        parsed = parse_importer_number(match.group(0).rstrip("-"))
        if parsed is not None:
            return parsed.normalized
    return None


def case_of(text: str) -> str | None:
    text = _SPACED_CASE.sub(lambda m: m.group(0).replace(" ", "-"), text)
    match = _CASE.search(text.upper())
    return match.group(0) if match and any(c.isdigit() for c in match.group(0)) else None


@dataclass(frozen=True)
class Reader:
    """How one field's value is read: its parser, its lines, its cues' weight."""

    parse: Callable[[str], Any]
    lines: int = 1
    # A label whose own line holds a refused value is not this field's label: a memo's
    # "Subject: Audit referral - X" never gives the party from the line below it.
    own_line_decides: bool = False
    # A value read from a weak cue (a code such as "NEG") scores lower even beside its label.
    weak: Callable[[str], bool] = lambda text: False
    # A name or an address opens with a capital or a figure: after a label with no colon, a
    # lowercase word is a wrapped sentence going on ("The" over "party made a disclosure ...").
    capitalised: bool = False


def _text(value: str) -> str | None:
    folded = fold(value)
    return folded or None


# An amount where goods are told: the tail of a label wrapped at its line's end ("Domestic value
# of the" over "merchandise: $346,396.00."), never a description of the merchandise.
_AMOUNT_FIRST = re.compile(r"(?i)^(?:USD|US\$|\$)\s*\d|^\d[\d,]*\.\d{2}\b")


def _goods(value: str) -> str | None:
    folded = _text(value)
    return None if folded is None or _AMOUNT_FIRST.match(folded) else folded


# What a memo's subject line says ("Referral for penalty action - X"): not a party's name.
_NOT_A_NAME = re.compile(r"(?i)\b(?:referral|penalty|violation|1592|case)\b")


# A caption's own words after the party's label ("VIOLATOR - NAME AND ADDRESS"): no name.
_CAPTION_WORDS = re.compile(
    r"(?i)^\W*(?:full\s+|legal\s+)?name(?:\s*(?:and|&|/|\+)\s*(?:mailing\s+|business\s+)?"
    r"address)?\W*$")


# A mail's subject opens with its forward or reply mark ("FW: submission - 3 attachments"): a
# name in it only where one part of it names someone.
_MAIL_SUBJECT = re.compile(r"(?i)^(?:fwd?|re|aw|wg|tr|sv)\s*:")


def party(value: str) -> str | None:
    """A party's name as a label's value gives it; None for a subject line or a caption's words."""
    # A name set over its address line ends in the comma that joins them: no part of the name.
    folded = bare_name(fold(value))
    if folded and (_NOT_A_NAME.search(folded) or _MAIL_SUBJECT.match(folded)):
        folded = _named_in_subject(folded) or ""
    # A legal caption's bracket column (")" after "Violator.") names no one.
    if not folded or _CAPTION_WORDS.match(folded) or not re.search(r"[A-Za-z]{2}", folded):
        return None
    return folded


# A subject line joins what the memo is and whom it concerns with a dash or a colon, either
# way round: "Penalty referral - X", "Referral for penalty action: X", "X – 1592 referral".
_SUBJECT_JOIN = re.compile(r"\s+[-–—]+\s+|:\s+")


# A mail's forward or reply mark before the subject ("FW: penalty referral") names no one.
_MAIL_PREFIX = re.compile(r"(?i)(?:fwd?|re|aw|wg|tr|sv)$")


def _named_in_subject(folded: str) -> str | None:
    """The one part of a subject line that is not the memo's own kind: the party's name."""
    parts = [p.strip(" ,") for p in _SUBJECT_JOIN.split(folded)]
    named = [p for p in parts if p and not _NOT_A_NAME.search(p) and not _MAIL_PREFIX.match(p)
             and re.search(r"[A-Za-z]{2}", p)]
    return named[0] if len(named) == 1 and len(parts) > 1 else None


def _party_weak(value: str) -> bool:
    """A name taken out of a subject line is a weaker cue than a party's own label; a name that
    stops on a joining word ("Harbor Reach Outfitters of") lost its wrapped rest."""
    return bool(_NOT_A_NAME.search(fold(value)) or _MAIL_SUBJECT.match(fold(value))
                or unfinished(fold(value)))


# An address's lines joined on one line by a semicolon or a spaced slash ("5050 Tanner Road;
# Portland, OR 97217", "88 Quarry Road / Barre, VT 05641") are its lines: a comma joins them.
_LINE_JOIN = re.compile(r"\s*;\s*|\s+/\s+")


def address_of(value: str) -> str | None:
    """An address folded to one line, its printed lines joined by commas; what goes on after its
    ZIP code ("..., TX 77011. Importer number 41-...") is no part of it, but for the country."""
    folded = _ATTENTION.sub("", _LINE_JOIN.sub(", ", fold(value)).strip(" ,"))
    zip_code = STATE_ZIP.search(folded)
    if zip_code and not _COUNTRY_AFTER.fullmatch(folded, zip_code.end()):
        folded = folded[:zip_code.end()]
    return folded or None


# "Attn: Legal Dept." over the street routes the notice inside the firm; it is no line of the
# address the notice goes to (162.77(b)).
_ATTENTION = re.compile(r"(?i)^(?:attn|attention)\b[.:]?[^,]*(?:,\s*|$)")
_COUNTRY_AFTER = re.compile(r"[\s,]*(?:(?:USA|U\.S\.A|U\.S|United\s+States(?:\s+of\s+America)?)"
                            r"\.?)?\s*", re.I)


READERS: dict[str, Reader] = {
    "case_number": Reader(case_of),
    "party_name": Reader(party, own_line_decides=True, weak=_party_weak, capitalised=True),
    "party_address": Reader(address_of, lines=2, capitalised=True),
    "importer_number": Reader(importer_of),
    "violation_date": Reader(parse_date_either_way),
    "culpability": Reader(culpability_of, weak=culpability_weak),
    "prior_disclosure": Reader(disclosure_of),
    "noncommercial": Reader(commercial_of),
    "domestic_value": Reader(parse_money),
    "dutiable_value": Reader(parse_money),
    # Beyond the contract: the notice describes the goods. An amount beside the label says it
    # is another label's wrapped tail, so nothing below it is the goods either.
    "merchandise": Reader(_goods, own_line_decides=True),
}

# A state written "TX." as well as "TX" before the ZIP code.
STATE_ZIP = re.compile(r"\b[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\b")
