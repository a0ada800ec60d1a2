"""The decision protested (19 CFR 174.13(a)(5), a category of 19 U.S.C. 1514(a)) named in the
sentence that lodges the protest, however the sender words it."""

from __future__ import annotations

import re
from itertools import pairwise

from bots.common.reading.sentences import sentence_spans
from bots.protest_intake.extract_fields import PROSE, Fields, earliest_category
from bots.protest_intake.model import Category
from tradebots.pdf import TextStream

# The verb or noun that lodges a protest, and the word that opens what it is lodged against:
# "protests the denial", "a protest against the valuation", "protest of X against (...) the
# tariff classification", "objects to", "challenges", "contests", "the decision protested is",
# "this protest as attorney-in-fact for X, concerning CBP's liquidation".
# "Protestant objects to the classification" lodges it too, in a sentence that says no "protest".
# "Grounds: CBP erred in the value as liquidated" names the decision by the error it claims.
# An agent or importer who objects in the first person lodges it as well: "CBP liquidated the
# entries and we object to the appraised value", "We do not agree with the classification".
_LODGES = re.compile(r"(?i)\bprotest(?:s|ed|ing)?\b|\bdecision\s+(?:being\s+)?protested\b"
                     r"|\bprotestant\s+(?:objects|challenges|contests|disputes)\b"
                     r"|\b(?:we|I)\s+(?:hereby\s+|respectfully\s+|also\s+)?(?:object|disagree"
                     r"|dispute|challenge|contest)\b"
                     r"|\b(?:we|I)\s+(?:do|did)(?:\s+not|n[o']t)\s+agree\b"
                     r"|\b(?:CBP|customs)\s+erred\s+in\b")
_OBJECT = re.compile(
    r"(?i)\b(?:against|objects?\s+to|challeng\w*|contest\w*|disputes?|protest(?:s|ing)?"
    r"|disagree[sd]?\s+with|(?:do|does|did)(?:\s+not|n[o']t)\s+agree\s+with|erred\s+in"
    r"|protested\s*(?:is|was|are|were|:)|concern(?:s|ing)?|is\s+directed\s+(?:at|to))"
    # The law it protests under set off between the verb and its object: "protests, under 19
    # U.S.C. 1514, the classification", "contests, pursuant to 19 CFR Part 174, the value".
    r"(?:\s*,\s*(?:under|pursuant\s+to|in\s+accordance\s+with|as\s+provided\s+(?:in|by))"
    r"\s+[^,;\n]{1,60}?,(?:\s+to\b)?)?\s+"
    r"(?:(?:the|CBP's|Customs'?|U\.S\.\s+Customs'|port's|its|that)\s+)?"
)
# Where the decision's name ends and the entries, the law or the goods begin.
_OBJECT_END = re.compile(
    r"(?i)\b(?:concerning|covering|regarding|with\s+respect\s+to|in\s+respect\s+of|as\s+to"
    r"|for\s+the\s+(?:entries|entry|merchandise)|on\s+the\s+(?:entries|entry)"
    r"|of\s+the\s+(?:entries|entry|above|following|merchandise\s+(?:covered|described|listed))"
    r"|under\s+19\s+U\.?S\.?C\.?\s+1514|pursuant\s+to\s+19\s+U\.?S\.?C\.?\s+1514)\b"
    r"|[;:]\s|\.\s+(?=[A-Z])"
    # A list of entries set out as bullets right after the sentence: "... our protest of it.
    # * Entry X, entered ..., liquidated ...".
    r"|\.\s+(?=[*•·▪‣–-]\s)"
)
# A parenthetical aside ("(IRS No. 42-...)", "(appraised value)") that is not a statute's
# subsection ("1520(d)").
_ASIDE = re.compile(r"\s\([^()]{3,}\)")
# What follows the protest word may be the protestant or the filing, not the decision: "protest
# of Coffee Traders Inc. against ...", "protest filed for the importer", "protest is filed".
_NOT_THE_DECISION = re.compile(
    r"(?:of|by|for|from)\s+(?!the\b|CBP\b|Customs\b)[A-Z]|(?:filed|submitted|lodged|made|is|was"
    # "The entries covered by this protest are not subject to drawback" declares (a)(9).
    r"|are|were"
    # "We ask that this protest be forwarded for further review, as the liquidation is ..."
    # asks for review (174.24); the protest is what is forwarded, not what it is lodged against.
    r"|be|been|being"
    # "The protest covers the entries, each liquidated on ..., and contests the classification":
    # the entries' own words are not the decision; the verb that contests it follows.
    r"|on\s+behalf|covers?|covered|covering|includes?|lists?"
    # "none of the merchandise covered by this protest has been or will be designated for
    # drawback", "Is any entry covered by this protest subject to drawback?": the protest is the
    # subject of the (a)(9) declaration's verb, not a decision lodged against.
    r"|has|have|had|will|shall|subject\s+(?:to|of)"
    # "For these reasons the protest should be allowed and the entries reliquidated": the
    # protest is the subject of what is asked, not a word lodging it against a decision.
    r"|should|must|may|might|can|could|would|ought"
    # "The protesting party, X, filed ...": the party who protests, not what is protested.
    r"|part(?:y|ies)"
    # "this protest the entries below": the entries are what a decision is made on, not one.
    r"|(?:the\s+|these\s+|said\s+)?entr(?:y|ies)(?!\s+(?:date|decision)))\b"
)
_MAX_WORDS = 14  # a decision's name is a short noun phrase, not the rest of the letter
# A line that opens with a short label ("Subject:", "Re:", "Dear Sir or Madam:").
_LABEL_LINE = re.compile(r"\n(?=[^\n:.]{1,40}:)")
_TITLE = re.compile(r"(?i)\s*(?:re|subject|subj|regarding)\s*:")
_SELF = re.compile(r"(?i)this\s+protest\s+is\s+filed")  # "filed under 1514", not a decision
_AGAINST = re.compile(r"(?i)\bagainst\b")
_PARAGRAPH_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+")


def read_decision(stream: TextStream, fields: Fields) -> None:
    """Put the category from the first sentence that lodges a protest against a decision; a
    subject line's ("Subject: Protest of liquidation") only when no sentence of the body does."""
    text = stream.text
    title: tuple[Category, int, int] | None = None
    for start, end in _pieces(text):
        sentence = text[start:end]
        if not _LODGES.search(sentence):
            continue
        if _SELF.match(_PARAGRAPH_NUMBER.sub("", sentence.strip())):
            # "This protest is filed under 19 U.S.C. 1514 against the classification ...": the
            # filing's own law is no decision, what it is filed against is.
            against = _AGAINST.search(sentence)
            if against is None:
                continue
            start, sentence = start + against.start(), sentence[against.start():]
        titled = _TITLE.match(sentence)
        category = decision_in(sentence) or (_after_separator(sentence) if titled else None)
        if category is None:
            continue
        if titled:
            title = title or (category, start, end)
            continue
        fields.put("category", category, stream.evidence(start, end), PROSE)
        return
    if title is not None:
        fields.put("category", title[0], stream.evidence(title[1], title[2]), PROSE)


# A subject line names the decision after a dash or colon, past the protest and its statute:
# "Re: Protest under 19 U.S.C. 1514 - Classification and rate of duty", "Subject: 1514 protest:
# the liquidation of the entries".
_SEPARATOR = re.compile(r"\s[-–—]\s|:\s|\s[-–—](?=[A-Za-z])")


def _after_separator(title: str) -> Category | None:
    """The decision a subject line names after its last separator, a short phrase."""
    plain = " ".join(_TITLE.sub("", title, count=1).split())
    parts = _SEPARATOR.split(plain)
    if len(parts) < 2 or not _LODGES.search(" ".join(parts[:-1])):
        return None
    phrase = parts[-1].rstrip(". ")
    return earliest_category(phrase) if len(phrase.split()) <= _MAX_WORDS else None


def _pieces(text: str) -> list[tuple[int, int]]:
    """Sentences, each cut again where a line opens with a label or a salutation: a letter's
    head ("Subject: ...", "Dear Sir:") has no full stops to end its lines."""
    pieces: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        cuts = [start, *(m.start() + 1 for m in _LABEL_LINE.finditer(text, start, end)), end]
        pieces.extend((a, b) for a, b in pairwise(cuts) if text[a:b].strip())
    return pieces


def decision_in(sentence: str) -> Category | None:
    """The decision a protesting sentence names as its object, or None when it names none."""
    plain = _ASIDE.sub(" ", " ".join(sentence.split()))
    for match in _OBJECT.finditer(plain):
        rest = plain[match.end():]
        if _NOT_THE_DECISION.match(rest):
            continue
        stop = _OBJECT_END.search(rest)
        phrase = " ".join((rest[:stop.start()] if stop else rest).split()[:_MAX_WORDS])
        if category := earliest_category(phrase):
            return category
    return None
