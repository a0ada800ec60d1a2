"""A surety's protest said in words (19 CFR 174.13(a)(8), P-TIME-4): the protestant naming
itself the surety, the date the demand on the bond was mailed, and the certification that the
protest is not collusive."""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates
from bots.protest_intake.extract_fields import PROSE, Fields
from tradebots.pdf import TextStream

# "Protest filed by surety", or the protesting party naming its capacity in the sentence that
# protests: "X, as surety on the continuous bond of the importer, protests ...", "in its
# capacity as surety", "the surety's protest". A surety named in passing ("the bond, issued by
# X as surety") protests nothing: the sentence must protest after naming the capacity.
# "This protest is filed by Great Plains Surety Corp. as surety on the bond of ...": the filer
# and its capacity in one clause; a bond naming its surety between them ("filed by the importer,
# whose bond names X as surety") makes the importer the filer.
_FILED_BY_SURETY = re.compile(
    r"protest\s+(?:is\s+|was\s+|has\s+been\s+)?(?:filed|submitted|lodged|made|brought)\s+by\s+"
    r"(?:(?:a\s+|the\s+)?surety|(?:(?!\b(?:whose|which|bond|issued|under|names?|named)\b)"
    r"[^;:\n]){1,80}?\s(?:as|in\s+(?:its|our|their)\s+capacity\s+as)\s+(?:the\s+|a\s+)?surety\b)",
    re.I)
_AS_SURETY = re.compile(
    r"\b(?:as|in\s+(?:its|our|their)\s+capacity\s+as)\s+(?:the\s+|a\s+)?surety\b"
    r"|\bsurety'?s\s+protest\b", re.I)
# The protesting party's capacity said as a statement of who it is: "The protestant is the
# surety on the continuous bond", "Protestant is acting as the importer's surety", "We are the
# surety". "is not the surety" states no capacity (the verb must meet "surety" directly).
_IS_SURETY = re.compile(
    r"\b(?:(?:the\s+)?protest(?:ant|ing\s+party)\s+(?:is|acts\s+as|is\s+acting\s+as)"
    r"|we\s+are|I\s+am)\s+(?:the\s+|a\s+)?(?:importer'?s\s+)?surety\b", re.I)
# The protestant filing in that capacity, the protest itself unnamed after it: "The protestant
# files as surety on the importer's continuous bond", "We submit this protest as surety".
_FILES = re.compile(
    r"\b(?:(?:the\s+)?protest(?:ant|ing\s+party)|we|I)\s+(?:hereby\s+)?(?:files?|submits?"
    r"|appears?|acts?|is\s+(?:filing|submitting|appearing|acting)|are\s+(?:filing|submitting"
    r"|appearing|acting))(?:\s+(?:this|its|our|the)\s+protest)?\s*$", re.I)
# The same capacity said of the protestant by its own name: "Greystone Tool & Die Co. files as
# surety on the continuous bond", "X is the surety on the importer's bond", "X, acting in its
# capacity as surety, asks ...". The name must open its sentence and be the protestant's own:
# another party named as the bond's surety ("Old Republic acts as surety on our bond") is the
# importer's surety, named in passing.
_NAMED_CAPACITY = (
    r",?\s+(?:hereby\s+)?(?:(?:(?:files?|submits?|appears?|acts?|acting|brings?|lodges?"
    r"|is\s+(?:filing|submitting|appearing|acting))(?:\s+(?:this|its|the)\s+protest)?\s+)?"
    r"(?:as|in\s+its\s+capacity\s+as)\s+|is\s+)(?:the\s+|a\s+)?(?:importer'?s\s+)?surety\b")
_PROTESTS = re.compile(r"\bprotest(?:s|ed|ing)?\b", re.I)
_DENIED = re.compile(r"\b(?:not|no|never)\b[^.;]{0,20}$", re.I)
_DEMAND = re.compile(r"(?:demand\s+on\s+(?:the\s+)?bond|bond\s+demand)[^.;]{0,40}?[:,]?\s*", re.I)
NON_COLLUSION = re.compile(r"not\s+(?:being\s+)?(?:filed\s+)?collusive", re.I)
# The certification named rather than said: "Non-collusion certification: the surety certifies
# ...", "this non-collusive protest"; a box or caption left "None" or "N/A" certifies nothing.
_NAMED_CERTIFICATION = re.compile(r"\bnon[-\s]?collusi(?:ve|on)\b", re.I)
_NOT_GIVEN = re.compile(r"(?:none|n/?a|not\s+(?:applicable|given|provided|made|included)|no)\b",
                        re.I)
_NONE_BEFORE = re.compile(r"\b(?:no|without)\s+(?:a\s+)?$", re.I)
_CERTIFICATE_WORD = re.compile(r"(?i)^cert(?:ification|ificate|\.)?")
_CERTIFIES = re.compile(r"(?i)\bcertif(?:y|ies|ied)\b")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def read_surety(stream: TextStream, fields: Fields) -> None:
    """A surety protest and its bond-demand date said in a sentence, and the certification."""
    said = stream.search(_FILED_BY_SURETY) or stream.search(_IS_SURETY) \
        or _protesting_as_surety(stream.text) or _named_as_surety(stream, fields)
    if said is not None and "surety_protest" not in fields.items:
        fields.put("surety_protest", True, stream.evidence(said.start(), said.end()), PROSE)
        _demand_date(stream, fields)
    certified = stream.search(NON_COLLUSION) or _named_certification(stream.text)
    if certified is not None:
        fields.put("non_collusion_certified", True,
                   stream.evidence(certified.start(), certified.end()), PROSE)


def _named_certification(text: str) -> re.Match[str] | None:
    """The certification's name answered on its line, or under it by a sentence that certifies;
    a caption with nothing after it is a blank box."""
    for match in _NAMED_CERTIFICATION.finditer(text):
        line, _, after = text[match.end():].partition("\n")
        rest = _CERTIFICATE_WORD.sub("", line.lstrip(" .:\t")).strip(" .:\t")
        if not rest:
            rest = after.partition("\n")[0] if _CERTIFIES.search(after.partition("\n")[0]) else ""
        if rest and not _NOT_GIVEN.match(rest) and not _NONE_BEFORE.search(text[:match.start()]):
            return match
    return None


def _named_as_surety(stream: TextStream, fields: Fields) -> re.Match[str] | None:
    """The protestant's own name, opening a sentence, saying its capacity is the surety's."""
    item = fields.items.get("protestant_name")
    words = str(item.value).split() if item is not None and item.value else []
    if not words:
        return None
    name = r"\s+".join(re.escape(word) for word in words)
    return stream.search(re.compile(r"(?:^|(?<=[.;:!?])\s+|(?<=\n))" + name + _NAMED_CAPACITY,
                                    re.I | re.M))


def _protesting_as_surety(text: str) -> re.Match[str] | None:
    for match in _AS_SURETY.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        end = (found.start() if (found := _SENTENCE_END.search(text, match.end())) else len(text))
        # The capacity is the protesting party's when the protest follows it ("X, as surety
        # ..., protests"); "Acme protests ... entered under a bond with X as surety" is Acme's.
        protests = "protest" in match.group().lower() or _PROTESTS.search(text, match.end(), end) \
            or _FILES.search(text, start, match.start())
        if protests and not _DENIED.search(text, start, match.start()):
            return match
    return None


def _demand_date(stream: TextStream, fields: Fields) -> None:
    demand = stream.search(_DEMAND)
    if demand is None:
        return
    dates = find_dates(stream.text[demand.end():demand.end() + 40])
    if dates and dates[0].start < 4:
        start = demand.end() + dates[0].start
        fields.put("bond_demand_mailed", dates[0].value,
                   stream.evidence(start, demand.end() + dates[0].end), PROSE)
