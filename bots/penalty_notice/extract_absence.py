"""The penalty reader's data for the shared absence rule (bots/common/reading/unplaced): the
particulars read as "no" when not printed, which text it did not place could state."""

from __future__ import annotations

import re

from bots.common.reading.unplaced import LETTER_SECTIONS, STOCK_NOTICES, Element
from bots.penalty_notice.extract_header_labels import STOP

# Not printed, a prior disclosure is read as not made and an importation as commercial: each
# decides the penalty's amount (19 U.S.C. 1592(c)(4), 1592(c)(7)).
# The reader knows every caption of either ("Prior disclosure:", "Commercial importation"), so
# a caption or a row it does not map states neither; a section of narrative under a heading it
# does not know may, in a sentence of its own.
# Either is stated only about the party's act or the importation's use, so a section with no word
# of either (a meeting's "Action: the chair will have the notice drafted") states neither. The
# words are kept wide: a word too many leaves an absence open, one too few would conclude it.
_NARRATIVE = frozenset({"section"})
_DISCLOSURE_WORDS = re.compile(
    r"(?i)disclos|voluntar|tender|self[- ]?report|came\s+forward|\breport|notif|inform|admit"
    r"|\bPD\b|162\.74|1592\s*\(c\)\s*\(4\)")
_USE_WORDS = re.compile(
    r"(?i)commerc|personal|private|individual|household|home|family|gift|\buse[ds]?\b|\bown\b"
    r"|sale|resale|\bsell|business|trade|hobby|souvenir|travel|passenger|baggage|consum|charit"
    r"|non-?profit|importation|162\.77\s*\(c\)|1592\s*\(c\)\s*\(7\)")
ELEMENTS = (Element("a prior disclosure", ("prior_disclosure",), _NARRATIVE, _DISCLOSURE_WORDS),
            Element("a noncommercial importation", ("noncommercial",), _NARRATIVE, _USE_WORDS))
# The sections of a referral the reader reads as its narrative.
_OWN_SECTIONS = re.compile(r"(?i)(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]\s+)?(?:(?:summary|statement|"
                           r"description)\s+of\s+(?:the\s+)?(?:violation|facts|case)|narrative"
                           r"|violation|findings?|entries(?:\s+\w+){0,2}|computation(?:\s+\w+){0,3}"
                           r"|loss\s+of\s+(?:revenue|duties)|culpability|mitigation"
                           r"|recommendation|merchandise)(?:\s+(?:\d{1,2}|[IVX]{1,4}))?\s*:?")


def known_heading(text: str) -> bool:
    """Whether the reader reads what stands under TEXT: a label or a section it knows."""
    return (STOP.match(text) is not None or LETTER_SECTIONS.fullmatch(text) is not None
            or _OWN_SECTIONS.fullmatch(text) is not None
            or STOCK_NOTICES.fullmatch(text) is not None)


def unplaced_doubts(unplaced: dict[str, str]) -> tuple[str, ...]:
    """One doubt per particular whose absence unplaced text leaves open."""
    return tuple(f"Whether {name} was stated is not read; {why}." for name, why in unplaced.items())
