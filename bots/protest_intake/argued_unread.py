"""Words that argue the decision where no objection was read: a covering letter sent before the
form (set aside as the packet's wrapper), an e-mail's body above a printed form, any sentence the
objection readers passed by. They cite the law or its terms and give a reason, so the reader
cannot vouch that the protest gives no objection (19 CFR 174.13(a)(6)): a person looks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_objection_reasons import DEFERRED, PROTEST_LAW_CITED, argued_words
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf import PdfDocument

# The law argued: a cite (other than the protest's own 1514 and Part 174, PROTEST_LAW_CITED, taken
# out first), the tariff's headings and rules, a ruling, the valuation statute's own term.
_CITES = re.compile(r"(?i)U\.?\s?S\.?\s?C\.?|\bC\.?F\.?R\b|\bHTSU?S?\b|\bsub-?heading\b"
                    r"|\bheading\s+\d{4}|\bGRI\b|\bruling\b|transaction\s+value")
# A reason in the sentence's own words, not the law's name alone.
_REASON = re.compile(r"(?i)\b(?:because|since|although|though|not|never|instead|rather\s+than"
                     r"|should|must|belongs?|contrary|erroneous\w*|incorrect\w*|wrong\w*"
                     r"|improper\w*|ignor\w*|exceed\w*|entitled)\b")
_SENTENCE = re.compile(r"(?<=[.;])\s+")
# The other elements' sentences ("not the subject of drawback under 19 U.S.C. 1313").
_ELEMENTS = ("further_review", "accelerated", "drawback")


def argued_unread(fields: Fields, text: str, set_aside: Iterable[str] = ()) -> frozenset[int]:
    """{6} where no objection was read (nor promised) but a sentence of TEXT or of a page set
    aside (SET_ASIDE: a covering letter) argues; nothing otherwise."""
    if "objection_text" in fields.items or DEFERRED in fields.items:
        return frozenset()
    return frozenset({6}) if any(_argues(part) for part in (text, *set_aside)) else frozenset()


def _argues(text: str) -> bool:
    for sentence in _SENTENCE.split(argued_words(text)):
        if any(PROTEST.search(field, sentence) for field in _ELEMENTS):
            continue
        plain = PROTEST_LAW_CITED.sub(" ", sentence)
        if _CITES.search(plain) and _REASON.search(plain):
            return True
    return False


def set_aside_letters(document: PdfDocument, others: dict[int, str]) -> list[str]:
    """The text of the pages the packet set aside as a covering letter."""
    return ["\n".join("  ".join(s.text for s in line) for line in document.reading_lines(page))
            for page, kind in sorted(others.items()) if kind == "cover letter"]
