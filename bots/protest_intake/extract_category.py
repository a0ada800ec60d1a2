"""The decision protested (19 U.S.C. 1514(a)) when the lodging sentence names only "the
liquidation" or none: liquidation is the act that carries every decision, so a more specific
decision named elsewhere, or the one the objection argues, is the one protested."""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.lines import fold
from bots.common.reading.sentences import sentence_spans
from bots.protest_intake.extract_argument import PROTEST_AUTHORITY, UNPROTESTABLE
from bots.protest_intake.extract_decision import decision_in
from bots.protest_intake.extract_fields import LABELLED, PROSE, Fields, earliest_category
from bots.protest_intake.extract_objection_heading import HEADING_CONFIDENCE
from bots.protest_intake.model import Category
from bots.protest_intake.phrasings import objection_heading
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

ARGUED = 0.75  # a decision inferred from what the objection argues: weaker than a naming cue
# What an objection argues when it argues one decision of 1514(a): the tariff provision
# ((a)(2) classification), the value found ((a)(1) appraised value), or a fee charged ((a)(3)).
_ARGUES: tuple[tuple[re.Pattern[str], Category], ...] = (
    (re.compile(r"(?i)\b(?:mis|re)?classif\w*|\bsubheading\b|\bHTSUS?\b|\bGRI\b"
                r"|general\s+rules?\s+of\s+interpretation"), "classification"),
    (re.compile(r"(?i)\bapprais\w*|transaction\s+value|\bassists?\b|computed\s+value"
                r"|deductive\s+value|price\s+actually\s+paid"), "appraised_value"),
    (re.compile(r"(?i)merchandise\s+processing\s+fee|harbor\s+maintenance|\bMPF\b|\bHMF\b"
                r"|user\s+fee"), "charges"),
)


# A decision made on a petition: penalties (19 CFR 171) and liquidated damages (172).
_PETITION = re.compile(r"(?i)\bpenalt(?:y|ies)\b|\bliquidated\s+damages\b"
                       r"|petition\s+for\s+(?:relief|mitigation|remission)|mitigation\s+petition"
                       r"|\b1592\b|\bpart\s+17[12]\b"
                       # A petition by the section of Part 171 or 172 it is decided under
                       # ("supplemental petition under 19 CFR 171.61"), or the sum it mitigated.
                       r"|petition\s+(?:under|pursuant\s+to)\s+(?:19\s+C\.?F\.?R\.?\s+)?"
                       r"(?:§+\s*)?17[12]\.\d+|\bmitigated\s+(?:amount|sum|penalty)\b")
# "The entries protested are not subject to drawback" is the 174.13(a)(9) declaration, not a
# drawback decision protested.
_DECLARES_DRAWBACK = re.compile(r"(?i)subject\s+(?:of|to)\s+(?:any\s+|a\s+)?drawback")


def refine_category(stream: TextStream, fields: Fields) -> None:
    """Replace a read "liquidation" by the specific decision the letter names or argues; a
    labelled "Decision protested: liquidation" is the sender's own word and stays."""
    item = fields.items.get("category")
    if item is None:
        if _keep_petition_lodged(stream, fields):
            return
        # No sentence lodges the protest (a worksheet's boxes): what the objection argues, or
        # failing that what the whole text argues.
        _argued(fields, stream)
        return
    if item.value != "liquidation" or item.confidence >= LABELLED:
        return
    if item.evidence is not None and _lodged_on_petition(item.evidence.text) \
            and _keep_petition_lodged(stream, fields):
        # "We do not agree with the decision on our petition for relief ..., and this letter is
        # our protest of it. * Entry ..., liquidated ...": the entry's liquidation run into the
        # lodging sentence is no decision named; what it lodges against is decided on petition.
        del fields.items["category"]
        return
    if _petition_decision(fields):
        # What is objected to is decided on petition (19 CFR 171, 172), not under 1514(a): the
        # protest names no protestable decision, and the rules say what follows from that.
        del fields.items["category"]
        return
    text = stream.text
    for start, end in sentence_spans(text):
        if _DECLARES_DRAWBACK.search(text[start:end]):
            continue
        named = decision_in(text[start:end])
        if named not in (None, "liquidation"):
            fields.items["category"] = replace(
                item, value=named, evidence=stream.evidence(start, end),
                confidence=min(item.confidence, PROSE))
            return
    _argued(fields)


def _keep_petition_lodged(stream: TextStream, fields: Fields) -> bool:
    """Whether a sentence lodges the protest against a petition's decision ("writing to protest
    the decision on our petition for relief from the penalty ..."): the objection, read from
    the argument after it, then keeps that sentence, so what it attacks is not lost; and an
    argument on the merits does not make the decision a 1514(a) one."""
    text = stream.text
    lodged = next(((start, end) for start, end in sentence_spans(text)
                   if _lodged_on_petition(text[start:end])), None)
    if lodged is None:
        return False
    objection = fields.items.get("objection_text")
    if objection is not None and _lodged_on_petition(str(objection.value)):
        return True
    start, end = lodged
    # From the line the protest is lodged on: a letterhead run into the sentence is no part.
    if verb := UNPROTESTABLE.search(text, start, end):
        start = max(start, text.rfind("\n", 0, verb.start()) + 1)
    # With no argument read, the lodging sentence alone says what is objected to.
    argued = f" {objection.value}" if objection is not None else ""
    fields.items["objection_text"] = Extracted(
        fold(f"{text[start:end]}{argued}"), stream.evidence(start, end),
        min(objection.confidence, PROSE) if objection is not None else PROSE)
    return True


def _petition_decision(fields: Fields) -> bool:
    """Whether the objection opens by lodging the protest against a petition's decision, or its
    first sentence attacks a penalty or liquidated damages decision and it argues no other."""
    objection = fields.items.get("objection_text")
    if objection is None:
        return False
    text = str(objection.value)
    if _lodged_on_petition(text):
        return True
    first = next(iter(sentence_spans(text)), (0, len(text)))
    return bool(_PETITION.search(text[first[0]:first[1]])) and not any(
        pattern.search(text) for pattern, _ in _ARGUES)


def names_petition_decision(text: str) -> bool:
    """Whether TEXT names a decision made on petition (171, 172) and no 1514(a) decision."""
    return bool(_PETITION.search(text)) and decision_in(text) in (None, "liquidation")


def _lodged_on_petition(text: str) -> bool:
    """Whether the objection opens by protesting a petition's decision and names no other."""
    start, end = next(iter(sentence_spans(text)), (0, len(text)))
    # "This protest is filed under 19 U.S.C. 1514 and 19 CFR Part 174 against the decision on
    # the petition": the protest's own law between the verb and the petition says nothing.
    opening = PROTEST_AUTHORITY.sub("", text[start:end])
    return bool(UNPROTESTABLE.search(opening)) and names_petition_decision(opening)


_OPENING_WORDS = 3  # "the appraised value", "classification of the": the decision opens it
_NAME_WORDS = 6  # a decision's name begun in the opening words ends within these


def _opening_names(text: str) -> Category | None:
    """The decision an objection's text opens with, as its first words (not one it argues);
    a name begun there may run on ("rate and amount of duty", 1514(a)(2)'s own words)."""
    # "Basis of objection: the value as liquidated: ...": a run-in label of the objection's own
    # opens it; the decision is named after it.
    label, colon, rest = text.partition(":")
    if colon and rest.strip() and objection_heading(label):
        text = rest.strip()
    words = re.split(r"[;:,.]", text, maxsplit=1)[0].split()
    opening = " ".join(words[:_OPENING_WORDS])
    named = earliest_category(opening)
    if named is None and earliest_category(" ".join(words[_OPENING_WORDS:_NAME_WORDS])) is None:
        named = earliest_category(" ".join(words[:_NAME_WORDS]))
    return named if named not in (None, "liquidation", "drawback") else None


def _argued(fields: Fields, stream: TextStream | None = None) -> None:
    """The one decision the objection (else the whole text) argues, at a weak cue's confidence;
    none when it argues several or none. The evidence is the objection, or the first cue."""
    objection = fields.items.get("objection_text")
    if objection is not None and _lodged_on_petition(str(objection.value)):
        # "protests the decision on its petition for relief": what is attacked is named, and it
        # is decided on petition (171.22, 172.22); an argument on the merits does not make it a
        # 1514(a) decision.
        return
    if objection is not None and objection.confidence >= HEADING_CONFIDENCE and (
            named := _opening_names(str(objection.value))):
        # "Objection: classification of the merchandise under subheading ...": a labelled
        # objection that opens by naming the decision names it, as a lodging sentence does.
        fields.items["category"] = Extracted(named, objection.evidence, PROSE)
        return
    if objection is not None:
        found = {cat for pattern, cat in _ARGUES if pattern.search(str(objection.value))}
        if len(found) == 1:
            fields.items["category"] = Extracted(found.pop(), objection.evidence, ARGUED)
        # An objection read as its one arguing sentence ("The excess duty should be refunded.")
        # may argue no decision where the sentences before it do: the whole text then.
        if found:
            return
    if stream is None:
        return
    cues = {cat: match for pattern, cat in _ARGUES if (match := pattern.search(stream.text))}
    if len(cues) == 1:
        category, match = cues.popitem()
        fields.items["category"] = Extracted(category, stream.evidence(match.start(), match.end()),
                                             ARGUED)
