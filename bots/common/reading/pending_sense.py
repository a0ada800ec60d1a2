"""A sentence that names CBP, a court, a protest or a ruling, read in its sense, not by its words:
which of its words state where an issue is (pending, or not) and which only speak of the forum.

An agent's mandate ("authorized to act for it before CBP in this matter"), a broker's licence
("transacting customs business before CBP"), a condition ("if the issue comes before a court"),
a courtesy ("should CBP need samples") or a time ("before the goods arrive at the port") names a
forum but states nothing pending there (19 CFR 177.2(b)(5), 177.7(b)). Those words are blanked
(the text keeps its length, so offsets stay true) and the rest is read for a status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs of an agent's or a practitioner's work in front of a forum: the forum is where the writer
# may act, not where the issue is. "act for it before CBP", "represent X before U.S. Customs and
# Border Protection", "transacting customs business before CBP", "admitted to practice before the
# Court of International Trade", "appear before CBP on behalf of importers".
_AGENCY = (r"\b(?:act(?:s|ing)?|represent(?:s|ing|ed|ation)?|appear(?:s|ing|ed|ance)?|"
           r"practi[cs](?:e|es|ed|ing)|transact(?:s|ing|ed)?|advocate|do(?:es|ing)?\s+business|"
           r"handl(?:e|es|ing)\s+(?:\w+\s+){0,3}?(?:matters|affairs|business|dealings)|"
           # the agent's title before the forum: "its attorney before CBP", "Attorneys for X
           # before U.S. Customs and Border Protection" (a status word after it ends the phrase:
           # "our broker has filed a protest" is no title's scope)
           r"attorneys?|counsel|agents?|representatives?|brokers?|advocates?)\b")
# A case named inside the phrase makes it a party's standing in a proceeding, not a mandate alone:
# "Acme is represented before the CIT in Acme v. United States" (then a person reads it). A
# mandate's general scope ("before CBP and in any protest") names no case.
_CASE = re.compile(r"\bv\.\s|\bvs?\.?\s+United\s+States|\bCourt\s+No\.|\bdocket|\bcase\s+No\b|"
                   r"\b(?:the|a|an|its|this|their|that)\s+(?:pending\s+)?(?:protest|case|action|suit|"
                   r"litigation|appeal|proceeding)s?\b|\bin\s+litigation\b|\b(?:same|this)\s+issue\b",
                   re.I)
# Where the mandate phrase stops: a status word, a new clause or a relative pronoun that opens
# a statement of its own ("..., which is now pending before the CIT"). The text is one sentence,
# so a full stop inside it ends an abbreviation ("Acme v. United States"), not the phrase.
_MANDATE_STOP = (r"(?=[;:]|,\s+(?:and|but|which|while|whereas|however)\b|"
                 r"\b(?:pending|that|which|where|whether|however)\b|\b(?:is|are|was|were|has|have|"
                 r"had)\s+(?:been\s+|now\s+|currently\s+|presently\s+)?(?:pending|before|filed|"
                 r"raised|brought|under)\b|$)")
MANDATE = re.compile(rf"{_AGENCY}(?:(?!{_MANDATE_STOP}).){{0,80}}?\bbefore\b"
                     rf"(?:(?!{_MANDATE_STOP}).)*", re.I | re.S)
# "power of attorney ... to act before CBP" is matched above; a power or a licence alone in front
# of the forum ("our CBP power of attorney", "licensed by CBP") holds nothing pending either.
_LICENCE = re.compile(r"\b(?:licen[cs]ed|permitted|registered)\s+(?:customs\s+broker\s+)?"
                      r"(?:by|with)\s+(?:U\.S\.\s+)?(?:CBP|Customs(?:\s+and\s+Border\s+"
                      r"Protection)?)\b", re.I)
# The rest of a clause: to its comma or semicolon, or to the sentence's end (a full stop before
# a capital), but not past an abbreviation's stop ("U.S. Court", "No. 5", "Acme v. United").
_REST = r"(?:[^,;.]|\.(?!\s+[A-Z])|(?<=U\.S)\.|(?<=\bNo)\.|(?<=\bv)\.)*"
# A condition or a courtesy: "If the issue should come before a court, ...", "Should CBP need
# samples, ...", "in the event that a protest is filed", "we will inform CBP if ...". The clause
# runs to its comma, or to the sentence's end.
CONDITION = re.compile(r"(?:^|(?<=[\s,;(]))(?:if|unless|in\s+the\s+event(?:\s+that)?|"
                       r"in\s+case|provided\s+that|were\s+(?:the|this|it|any)\b(?=[^,;]*\bto\b))"
                       rf"\b{_REST}|"
                       r"(?:^|(?<=[,;(]\s)|(?<=^\s))should\s+(?:CBP|you|the\s+\w+|any\s+\w+|"
                       rf"this\s+\w+|your\s+\w+|it|there)\b{_REST}", re.I)
# "before" as a time, to its clause's end: "before the goods arrive at the Port of Newark",
# "before importation", "before any entry is made", "before they arrive"; so "once the goods
# have arrived" and "until they are entered".
TEMPORAL = re.compile(r"(?:\b(?:once|until|till|by\s+the\s+time)\s+(?:the|its|their|our|any|these|"
                      r"we|they|it)\b|"
                      # a clause of the writer's own plans: a subject pronoun ("before we commit",
                      # "before I approve the order", "before they sail") or a gerund ("before
                      # committing", "before signing the charter") is never a forum; "before you"
                      # and "before it" may be one ("no court has the issue before it")
                      r"\bbefore\s+(?:(?:we|I|they|he|she)\b|(?-i:[a-z]{2,}ing)\b(?<!\bbeing))|"
                      r"\bbefore\s+(?:(?:the|its|their|any|each|our|a|an)\s+)?"
                      r"(?:(?:first|next|initial|planned|proposed|intended|actual)\s+)?"
                      r"(?:goods|shipments?|merchandise|importations?|imports?|importing|entry|"
                      r"entries|entering|arrival|products?|articles?|items?|"
                      # a pronoun only with a verb of the goods' journey: "before they arrive";
                      # "no court has the issue before it" is a forum holding the issue
                      r"(?:they|it|we)\s+(?:arrive|ship|clear|reach|land|import|enter|are\s+"
                      r"(?:shipped|entered|imported)|is\s+(?:shipped|entered|imported))|"
                      r"liquidation|purchase|production|contract|orders?|charter|commitment|decision|"
                      r"investment|agreement|(?:[A-Z][a-z]+\s+)?"
                      r"\d{1,2},?\s+\d{4}|(?:January|February|March|April|May|June|July|"
                      rf"August|September|October|November|December)\b)\b){_REST}", re.I)
# A negation word; "No." before a number is an abbreviation ("Court No. 24-00123"), not one.
# A negative pronoun denies too: "Nothing about this merchandise is pending with CBP", "no one
# has filed a protest".
NEGATION = re.compile(r"\b(?:not|neither|nor|never|none|without|nothing|nobody|no[\s-]one)\b"
                      r"|\bno\b(?!\.\s*\d)|n't\b", re.I)
# Denials the plain negation words miss: "We are unaware of any ...", "we have no knowledge of
# any ...", "N/A", "not applicable".
DENIAL = re.compile(r"\bunaware\b|\bno\s+(?:knowledge|record|information)\s+of\b|"
                    r"\bN/?A\b|\bnot\s+applicable\b|\bnone\s+known\b|\bnothing\s+is\s+pending\b",
                    re.I)
# Words that leave the status open: "we do not know whether a protest was filed", "the status
# of the earlier protest is unknown". Neither pending nor not: a person reads it.
UNKNOWN = re.compile(r"\b(?:do|does|did)\s+not\s+know\s+(?:whether|if)\b|\bunknown\b|"
                     r"\buncertain\b|\bunsure\b|\bnot\s+sure\b|\bunclear\b|\bcannot\s+"
                     r"(?:confirm|say|determine|tell)\b|\bunable\s+to\s+(?:confirm|determine)\b",
                     re.I)
# Another's matter: "a competitor has a protest pending on similar goods" may or may not be the
# same issue 177.2(b)(5) and 177.7(b) speak of; a person reads it.
_OTHER_PARTY = re.compile(r"\b(?:another|an\s+unrelated|a\s+third|other|a\s+different)\s+"
                          r"(?:importers?|part(?:y|ies)|compan(?:y|ies)|firms?|requesters?)\b|"
                          r"\bcompetitors?\b|\bthird[-\s]part(?:y|ies)\b", re.I)
# A matter over, or another matter: "in an unrelated case that concluded in 2019", "the protest
# was settled". Beside a word of a live matter ("... and the appeal is still pending") the
# sense stays open.
_ENDED = re.compile(r"\b(?:concluded|closed|resolved|decided|dismissed|settled|withdrawn|"
                    r"terminated|ended|completed|finali[sz]ed)\b|\bunrelated\b|\b(?:a|an)\s+"
                    r"(?:different|separate)\s+(?:matter|issue|product|case|question)\b", re.I)
_LIVE = re.compile(r"\b(?:pending|now|currently|presently|still|remains?|ongoing|awaiting)\b",
                   re.I)
# Words of an issue held by a forum now.
_LIVE_STATUS = re.compile(r"\bpending\b|\bunder\s+(?:review|consideration)\b|\bsubject\s+of\b|"
                          r"\b(?:is|are)\s+(?:now\s+|currently\s+|presently\s+)?before\b|"
                          r"\bbeing\s+(?:heard|reviewed|litigated|considered)\b|\blitigation\b",
                          re.I)


def matter_state(clause: str) -> str:
    """"ended" for a clause about a matter over or unrelated, "unclear" when it also speaks of a
    live one, "" otherwise."""
    if _ENDED.search(clause) is None:
        return ""
    return "unclear" if _LIVE.search(clause) else "ended"


def denied_before(text: str, at: int) -> bool:
    """Whether the sentence of TEXT that holds AT denies what stands at AT ("This request does
    not seek reconsideration of Ruling N312345")."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind(";", 0, at)) + 1
    before = text[start:at]
    return NEGATION.search(before) is not None or DENIAL.search(before) is not None


def blank(text: str, pattern: re.Pattern[str]) -> str:
    """TEXT with every match of PATTERN turned to spaces (offsets stay true)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


@dataclass(frozen=True)
class StatusWords:
    """A sentence's words that can state a status, and whether its sense stays open."""

    text: str  # the sentence with the other phrases blanked, same length
    unclear: bool  # a mandate phrase that also names a case, or words leaving the status open


def status_words(text: str) -> StatusWords:
    """The sentence with its mandate, licence, condition and time phrases blanked: what is left
    can state where an issue is pending."""
    if (_OTHER_PARTY.search(text) and NEGATION.search(text) is None
            and DENIAL.search(text) is None):
        # Another party's matter (a denial, "no other party has ...", is read as one): whether
        # it is the same issue is for a person, so nothing of it is read as pending.
        return StatusWords(" " * len(text), unclear=True)
    unclear = UNKNOWN.search(text) is not None
    # A party's standing in a named case, or an agent's mandate: not told apart, so neither is
    # concluded ("Acme is represented before the CIT in Acme v. United States").
    mandates = list(MANDATE.finditer(text))
    unclear = unclear or any(_CASE.search(m.group(0)) for m in mandates)
    for pattern in (MANDATE, _LICENCE):
        text = blank(text, pattern)
    # A live status left after the forum went with the mandate: "We represent X before the
    # CIT, where the same issue is pending" - which forum holds it is not read, so a person does.
    if mandates and (live := _LIVE_STATUS.search(text)) and not denied_before(text, live.start()):
        unclear = True
    return StatusWords(asserted(text), unclear)


def asserted(text: str) -> str:
    """TEXT with its condition and time clauses blanked: "if the goods have arrived ...",
    "before the goods have arrived ..." assert no arrival (offsets stay true)."""
    for pattern in (CONDITION, TEMPORAL):
        text = blank(text, pattern)
    return text

