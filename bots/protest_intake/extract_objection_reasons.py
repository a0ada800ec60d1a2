"""Whether an objection's words argue: a reason given, its grounds deferred, a bare
disagreement, the protest's own law cited; shared by the objection's readers."""

from __future__ import annotations

import re

from bots.common.reading.phrases import CLOSINGS
from bots.protest_intake.extract_fields import ARGUES, fold
from bots.protest_intake.extract_stacked import caption_of
from bots.protest_intake.phrasings import (
    PROTEST,
    objection_heading,
)
from bots.protest_intake.timing_reasons import MADE_WHEN_WORDS

# Key of the finding that the objection's justification is promised for later: positive
# evidence that 174.13(a)(6) is not met, where mere absence is not.
DEFERRED = "objection_deferred"
# An objection that only promises arguments later states no justification (174.13(a)(6)).
_DEFERRAL = re.compile(
    r"(?i)reserves?\s+the\s+right|at\s+a\s+later\s+date|in\s+due\s+course|forthcoming"
    r"|under\s+separate\s+cover|supplement(?:al|ary)\s+(?:submission|brief|memorandum|letter)"
    r"|to\s+be\s+(?:submitted|supplied|provided|filed|furnished|set\s+out|presented)"
    r"|will\s+(?:be\s+)?(?:submit|supplement|follow|provide|supply|file|furnish|set\s+out|present)"
    r"|^\W*(?:n/?a|none|tbd|to\s+follow)\W*$"
    # A protective filing promises its statement: "PROTECTIVE FILING - STATEMENT TO FOLLOW",
    # "Grounds to follow", "Arguments to come", "Protective protest only".
    r"|\b(?:statement|argument|grounds|reasons|basis|justification|brief|details?|memorandum"
    r"|explanation|support)s?\s+(?:(?:will\s+)?(?:to\s+)?follow|to\s+come)\b"
    r"|\bprotective\s+(?:filing|protest)\b"
)
# A protest lodged as a request to take the message as one: "Please accept this protest of the
# appraised value.", "Kindly accept this letter as our protest against the classification".
_ACCEPT_AS_PROTEST = (r"(?:please|kindly)\s+(?:accept|receive|consider|treat)\s+(?:this|our)"
                      r"(?:\s+(?:letter|e-?mail|message|submission))?(?:\s+as\s+(?:our|a))?"
                      r"(?:\s+(?:formal|official|written))?"
                      r"\s+protest\s+(?:of|against|to|on|regarding|concerning)")
# "We hereby protest", "Protestant respectfully hereby objects": the lodging's formal words.
_HEREBY = r"(?:respectfully\s+)?(?:hereby\s+)?"
# The remedy asked for after a bare objection is no reason for it: "... and ask that it be
# reversed", "... and asks that it be set aside", "... and request reliquidation".
_REMEDY_ASKED = (
    r"(?:,?\s+and\s+(?:asks?|requests?|prays?|seeks?)\s+(?:that\s+(?:it|they|the\s+decision"
    r"|the\s+entr(?:y|ies))\s+be\s+(?:set\s+aside|reversed|vacated|withdrawn|cancell?ed"
    r"|reconsidered|corrected|reliquidated)|(?:for\s+)?(?:its\s+|an?\s+|the\s+)?(?:reversal"
    r"|reliquidation|refund|reconsideration)(?:\s+of\s+the\s+entr(?:y|ies))?))?")
# "We disagree with this decision.": an objection with no reason given for it.
_BARE_DISAGREEMENT = re.compile(
    rf"(?i)^\W*(?:we|(?:the\s+)?protestant|(?:the\s+)?importer|I)\s+{_HEREBY}"
    r"(?:disagrees?|object(?:s|ed)?|do(?:es)?\s+not\s+agree|dispute[sd]?)\s+(?:with|to)?\s*"
    r"(?:this|that|the|cbp'?s?)?\s*(?:decision|liquidation|classification|appraisement|"
    rf"assessment|finding|rate)?{_REMEDY_ASKED}\W*$"
)
# A decision named by its kind: "the appraised value of the merchandise", "the fees assessed".
_DECISION_KIND = (
    r"(?:[a-z-]+\s+){0,2}?(?:decision|liquidation|classification|appraisement|value|valuation"
    # "The importer hereby protests the entries listed.": the entries named for the decision.
    r"|assessment|finding|rate(?:\s+of\s+duty)?|duties|charges?|fees?|entr(?:y|ies))"
    r"(?:\s+(?:of|on|for)\s+(?:the|these|this)\s+(?:imported\s+)?(?:merchandise|goods|entries"
    r"|entry|imports?))?"
    # The decision's own particulars name it and argue nothing: "the fees assessed", "the
    # classification ... under subheading 7323.93.0080, HTSUS", "the value of $12.50 per unit".
    r"(?:\s+(?:as\s+)?(?:assessed|charged|collected|levied|imposed|found|made|fixed|determined"
    r"|set))?")
# "Protestant objects to the appraised value of the merchandise upon liquidation.": the decision
# named, and nothing said of why it is wrong (174.13(a)(6) asks for the justification too).
BARE_OBJECTION = re.compile(
    # A rider's numbered paragraph may say it: "1. The protestant objects to the decision ...".
    r"(?i)^\W*(?:\d{1,2}[.)]\s+)?(?:(?:we|(?:the\s+)?protestant|(?:the\s+)?importer|I"
    # ... or the party by its name: "Juniper Peak Outfitters Inc. protests the decision ...".
    r"|(?-i:[A-Z][\w&.,'’-]*(?:\s+[A-Z&][\w&.,'’-]*){0,6}))\s+"
    rf"{_HEREBY}"
    r"(?:disagrees?|object(?:s|ed)?|do(?:es)?\s+not\s+agree|dispute[sd]?|protests?|contests?"
    rf"|challenges?)|{_ACCEPT_AS_PROTEST})\s+(?:with\s+|to\s+)?(?:the|this|that|cbp'?s?|customs'?)\s+"
    rf"{_DECISION_KIND}"
    # ... and another decision joined to it: "the classification ... and the rate of duty assessed".
    rf"(?:(?:,|,?\s+and|\s+or)\s+(?:(?:the|its|cbp'?s?)\s+)?{_DECISION_KIND})*"
    r"(?:,?\s+(?:under|in|as)\s+(?:tariff\s+)?(?:sub)?heading\s+\d[\d.]*\d"
    r"(?:,?\s+(?:of\s+the\s+)?HTSUS?A?)?"
    r"|,?\s+(?:at|of|in\s+the\s+amount\s+of)\s+(?:US)?\$\s?[\d,]+(?:\.\d\d)?"
    r"(?:\s+(?:per|each|a)\s+\w+)?)?"
    r"(?:\s+(?:upon|on|at|in)\s+(?:the\s+)?liquidation)?"
    # ... or by where the letter names it: "the decision described above", "set out below".
    r"(?:\s+(?:described|named|stated|set\s+out|identified|specified)\s+(?:above|below|herein)"
    r"|\s+listed(?:\s+(?:above|below|herein))?)?"
    # ... and the entries it was made on, listed after the sentence: "on each entry in this
    # list:", "of the entries listed below:", "for the entries in the following list:".
    r"(?:,?\s+(?:on|of|for|in|as\s+to)\s+(?:each|every|all|the)\s+(?:following\s+)?"
    r"(?:entry|entries)"
    r"(?:\s+(?:in\s+(?:this|the\s+following)\s+list|listed(?:\s+(?:below|here(?:in)?|above))?"
    r"|below))?)?"
    rf"{_REMEDY_ASKED}\W*$"
)
_CLAIM_DECIDED = re.compile(
    r"(?i)drawback\s+claims?\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:refused|denied|rejected|disallowed|reduced)\b"
    r"|(?:refus|deni|rejec|disallow)\w*\s+(?:of\s+|to\s+pay\s+)?(?:the|its|a)\s+drawback"
)
_SUBJECT_TO = re.compile(r"(?i)subject\s+(?:of|to)\s+(?:any\s+|a\s+)?drawback")
DECLARING = re.compile(
    r"(?i)subject\s+(?:of|to)\b|designated\s+as\s+an\s+import\s+entry|drawback\s+(?:has|have|"
    r"was|were|will)\b|\bno\s+drawback\b|\bclaimed\s+(?:for\s+)?drawback"
    # "A drawback claim has been filed covering the entries", "covered by a drawback claim"
    r"|drawback\s+claims?\s+(?:has|have|was|were|is|are|will)\b|covered\s+by\s+(?:a|any)?\s*drawback"
    r"|\bfiled\s+(?:a|any)\s+(?:claim\s+for\s+)?drawback"
    # "the importer has not claimed and will not claim drawback on these entries"
    r"|\bclaim(?:s|ed)?\s+(?:any\s+)?drawback\s+(?:on|for)\b"
)
LABEL_LINE = re.compile(
    r"^\s*(?:(?:\d+|[IVXivx]+|[A-Za-z])[.)]\s+)?(?P<label>[A-Z][^:\n]{1,60}?):\s*(?P<rest>.*)$"
)
# The goods said to meet what the law asks of them, a reason an exclusion or a marking decision
# is wrong though no provision is cited: "The goods met every marking and admissibility
# requirement", "meet the labeling requirements in full", "satisfy all safety requirements".
_COMPLYING = (
    r"\b(?:meets?|met|satisf(?:y|ies|ied)|compl(?:y|ies|ied)\s+with|conform(?:s|ed)?\s+"
    r"(?:to|with))\s+(?:the|all|every|each|its|their|any)\b[^.;]{0,60}?\b(?:requirements?"
    r"|standards?|rules?|conditions?|regulations?)\b")
COMPLIES = re.compile(_COMPLYING, re.I)
# A reason given for an objection: a cite or a term of the law (ARGUES), or words that reason.
REASONS = re.compile(
    # "No." before a number abbreviates it ("Entry No. 123", "Entry No." cut from its number).
    r"(?i)\b(?:because|since|therefore|thus|hence|rather\s+than|instead|not|no(?!\.|\s*\d)|never|"
    r"nothing|"
    r"although|though|however|but|despite|contrary|for\s+want|"
    # Causal words and measures: "excessive given our record", "in view of the facts".
    r"given|in\s+(?:light|view)\s+of|owing\s+to|due\s+to|consider\w*|excessive\w*|"
    r"unreasonabl\w*|disproportionat\w*|"
    r"should|must|correct\w*|proper\w*|improper\w*|wrong\w*|err\w*|incorrect\w*|"
    r"invalid|exceed\w*|only|price|invoice|duty|duties|rate|value|tariff|statute|law|"
    r"regulation|decision\s+in|court|eligib\w*|qualif\w*|exempt\w*|origin)\b"
    rf"|{_COMPLYING}"
    # A liquidation made while an extension was in force, before a correction was processed.
    rf"|{MADE_WHEN_WORDS}"
)
# A sentence ends at its full stop, and at a footnote's mark printed against it ("provision.2 No
# drawback ..."), so the next sentence is not read as part of it.
# A stop before a small letter ("... 174.24(b): above. the decision raises ...", a column's line
# set between a sentence's words, or "e.g. the") ends no sentence.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?:\d{1,2}(?=\s+[A-Z]))?\s(?!\s*[a-z])")
# A footnote's mark after a sentence's stop, in brackets or raised: "merchandise.(2) The",
# "merchandise.\u00b2 The", "merchandise. [2] The". It is no part of either sentence.
_FOOTNOTE_MARK = re.compile(
    r"(?<=[.!?])\s?(?:\(\d{1,2}\)|\[\d{1,2}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)(?=\s|$)")
# The close that may follow the objection's text in the same block ("Submitted electronically
# by X.", "Respectfully submitted,", "/s/ X"): it and what follows are no part of the objection.
# A formal statement closes with its testimonium: "IN WITNESS WHEREOF the protestant has
# caused this statement to be signed".
SIGN_OFF = re.compile(r"(?i)^\W*(?:(?:respectfully\s+)?submitted|(?:electronically\s+)?signed"
                       r"|filed\s+(?:electronically\s+)?by|sincerely|respectfully|/s/"
                       r"|in\s+witness\s+where(?:of|to))\b")
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
OBJECTION_REACH = 1200  # characters: enough to show the objection as evidence


# The (a)(7) statement about other protests, said under the objection's heading: "No earlier
# protest on these entries asks for the same disposition.", "No other protest has been filed."
# It is another element's statement, no reason for the objection, unless it argues itself
# ("as CBP held in prior protest ..., the goods are classifiable ...").
_OTHER_PROTESTS = re.compile(
    r"(?i)\b(?:earlier|prior|previous|other|another|any|companion|related)\s+protests?\b"
    r"|\bsame\s+(?:disposition|treatment|relief|result|outcome)\b")


def _about_other_protests(sentence: str) -> bool:
    return _OTHER_PROTESTS.search(sentence) is not None and not (
        ARGUES.search(sentence) or WHY.search(sentence)
        or PROTEST.search("objection_prose", sentence))


def deferred(text: str) -> bool:
    """Whether an objection's text only defers its arguments, is a placeholder, or disagrees
    without a reason (the other elements' sentences that follow it set aside)."""
    # A rider's numbered paragraph: its number is no sentence ("1. The protestant objects ...").
    text = _PARAGRAPH_NUMBER.sub("", text.strip())
    sentences = _SENTENCE_BREAK.split(_FOOTNOTE_MARK.sub("", text))
    if _DEFERRAL.search(sentences[0]):
        return True
    closed = next((i for i, s in enumerate(sentences) if i and SIGN_OFF.match(s)), None)
    # A signature's rule under the text ("______") says nothing.
    own = [s for s in sentences[:closed] if re.search(r"[A-Za-z]", s)
           and not any(PROTEST.search(f, s) for f in ("further_review", "accelerated", "drawback"))
           and not _about_other_protests(s)]
    # Who filed the entries ("The protesting party, X, filed the entries below at 3901.") argues
    # nothing: set aside, as long as a bare objection is left to judge.
    own = [s for s in own if not _FILING_STATEMENT.match(s)] or own
    return bool(own) and all(_BARE_DISAGREEMENT.match(s) or BARE_OBJECTION.match(s)
                             for s in own)


def filing_only(body: str) -> bool:
    """Whether a heading's section only says who filed the entries: no objection, as a party's
    block is none; the lodging sentence after it is read on its own."""
    return all(_FILING_STATEMENT.match(s) for s in _SENTENCE_BREAK.split(body.strip()))


# A sentence stating who filed or imports the entries, and nothing of the decision: "The
# protesting party, X, filed the entries below at 3901 (Chicago).", "X is the importer of record
# of the entries listed above.", "The importer entered the merchandise at the port of Chicago."
_FILING_STATEMENT = re.compile(
    r"(?i)^\W*[^;]{0,80}?\b(?:(?:filed|made|entered|imported)\s+(?:the|these|this)\s+"
    r"(?:entr(?:y|ies)|merchandise|goods)|is\s+the\s+importer\s+of\s+record\s+(?:of|for)\s+"
    r"(?:the|these|this)\s+(?:entr(?:y|ies)|merchandise|goods))"
    r"(?:\s+(?:listed|described|set\s+out)?\s*(?:above|below|herein))?"
    r"(?:\s+(?:at|in|through)\s+(?:the\s+)?(?:port\s+of\s+)?[\w ()]{1,30})?\W*$")


def gives_reasons(text: str) -> bool:
    """Whether an objection's own sentences (other elements' set aside) give any reason."""
    # "The drawback claim was refused ..." is the decision a drawback protest argues against,
    # not the (a)(9) declaration: only requests and declarations are other elements here.
    own = [s for s in _SENTENCE_BREAK.split(text.strip())
           if not any(PROTEST.search(f, s) for f in ("further_review", "accelerated"))
           and not (PROTEST.search("drawback", s) and DECLARING.search(s)
                    and not decision_on_a_claim(s))
           and not _about_other_protests(s)]
    # Citing the protest's own law (1514, Part 174) argues nothing about the decision.
    plain = [PROTEST_LAW_CITED.sub(" ", s) for s in own]
    return any(ARGUES.search(s) or REASONS.search(s) or PROTEST.search("objection_prose", s)
               for s in plain)


def decision_on_a_claim(sentence: str) -> bool:
    """"The drawback claim was refused ..." states the decision protested, not whether the entry
    is subject to drawback (174.13(a)(9)); "subject to drawback" in it still declares."""
    return bool(_CLAIM_DECIDED.search(sentence)) and not _SUBJECT_TO.search(sentence)


OTHER_ELEMENTS = ("further_review", "accelerated", "drawback")


# A sentence that lodges an objection, whatever it goes on to say: "Protestant objects to the
# liquidation itself, made after the statutory period."
LODGES = re.compile(
    r"(?i)^\W*(?:we|(?:the\s+)?protestant|(?:the\s+)?importer|I"
    # ... or the party by its name: "Harbor Lamp Co. objects to the appraisement."
    r"|(?-i:[A-Z][\w&.,'’-]*(?:\s+[A-Z&][\w&.,'’-]*){0,6}))\s+(?:respectfully\s+)?"
    r"(?:hereby\s+)?(?:object(?:s|ed)?\s+to|protests?|contests?|challenges?|disputes?"
    r"|disagrees?\s+with)\s+(?:the|this|that|an?|cbp'?s?|customs'?)\b"
    rf"|^\W*{_ACCEPT_AS_PROTEST}\s+(?:the|this|that|cbp'?s?|customs'?)\b")


# Words that say why a decision is wrong, beyond a cite or a term of the law (ARGUES): a
# reason's connective or a verdict on the decision.
WHY = re.compile(
    r"(?i)\b(?:because|since|therefore|thus|hence|so\s+(?:the|that|it|its)|accordingly|void"
    r"|deemed|contrary\s+to|exceed\w*|erroneous\w*|incorrect\w*|wrong\w*|improper\w*"
    r"|should\s+(?:have\s+)?been|must\s+be|is\s+entitled|are\s+entitled"
    # What a charge may not rest on: "freight, which is not part of the value", "the tooling
    # is not dutiable", "the second charge is not owed".
    r"|not\s+part\s+of|(?:is|are|was|were)\s+not\s+(?:dutiable|owed|due|payable|assessable)"
    # The goods met what the law asks of them: "met every marking requirement".
    rf"|{_COMPLYING}"
    # A measure weighed against the facts: "excessive in light of the importer's record".
    r"|excessive\w*|unreasonabl\w*|disproportionat\w*|in\s+(?:light|view)\s+of)\b"
    # A liquidation made while an extension was in force, before a correction was processed.
    rf"|{MADE_WHEN_WORDS}")


# A declarant's oath ("I declare under penalty of perjury ...") swears to the statements; it
# argues no penalty.
_OATH = re.compile(r"(?i)\bunder\s+(?:the\s+)?penalt(?:y|ies)\s+of\s+perjury\b")


def argued_words(text: str) -> str:
    """TEXT (as printed, lines kept) less what only names the objection: a particular's
    labelled line ("Merchandise: ...", "Decision protested: ...") and a sentence that objects
    to the decision with no word of why ("The protestant objects to the appraised value of the
    merchandise."). The decision's own name (appraised, classified) argues nothing."""
    lines = [line for line in text.split("\n")
             if not ((label := LABEL_LINE.match(line)) and _particular_label(label["label"]))]
    sentences = _SENTENCE_BREAK.split(fold("\n".join(lines)))
    return " ".join(s for s in sentences
                    if not (BARE_OBJECTION.match(s) or _BARE_DISAGREEMENT.match(s)))


def _particular_label(label: str) -> bool:
    """Whether LABEL names a particular (the goods, the decision, a party's item), not a
    heading that may head reasons."""
    return not objection_heading(label) and (
        caption_of(label) is not None
        or any(PROTEST.heading(field, label) for field in ("merchandise", "decision_protested")))


def justifies(text: str) -> bool:
    """Whether TEXT, said after a lodged objection, says why (see _justifies)."""
    return _justifies(text)


def ends_reasons(sentence: str) -> bool:
    """Whether SENTENCE (a clause) closes a run of reasons: a sign-off, a closing, another
    element (drawback, a request) or another objection lodged."""
    return bool(SIGN_OFF.match(sentence) or LODGES.match(fold(sentence))
                or CLOSINGS.heading("closing", sentence.strip().split("\n")[0].strip(" ,"))
                or any(PROTEST.search(f, sentence) for f in OTHER_ELEMENTS))


def label_line(line: str) -> bool:
    """Whether LINE is a labelled particular ("Merchandise: LED light bars")."""
    return LABEL_LINE.match(line.strip()) is not None


def _justifies(text: str) -> bool:
    """Whether the sentences after a lodged objection say why: the law argued (its own statute,
    1514 or Part 174, cited in passing argues nothing) or a reason given in words."""
    plain = _OATH.sub(" ", PROTEST_LAW_CITED.sub(" ", text))
    return bool(ARGUES.search(plain) or WHY.search(plain)
                or PROTEST.search("objection_prose", plain))


PROTEST_LAW_CITED = re.compile(
    r"(?i)19\s+U\.?\s?S\.?\s?C\.?\s*(?:§\s*)?1514[\w()]*|19\s+C\.?\s?F\.?\s?R\.?\s*(?:part\s+)?"
    r"174(?:\.\d+)?[\w()]*")
