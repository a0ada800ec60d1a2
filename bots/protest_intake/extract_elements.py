"""The elements a sender states in words wherever they fall: the objection (174.13(a)(6)), the
drawback declaration ((a)(9)), and requests for further review (174.24) and accelerated
disposition (174.22), including explicit refusals of both."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bots.common.reading.dates import find_dates
from bots.common.reading.parties import CITY_STATE_ZIP
from bots.common.reading.phrases import CLOSINGS, asked_caption, numbered_question
from bots.common.reading.sentences import clauses
from bots.common.reading.tick_boxes import EMPTY_BOX, TYPED_BOX, boxed_options, yes_no_in_text
from bots.protest_intake.clauses import answered, joined_where, whole_clauses
from bots.protest_intake.extract_entries import ENTRY_IN_TEXT
from bots.protest_intake.extract_fields import ARGUES, INFERRED, POINTER, PROSE, Fields, fold
from bots.protest_intake.extract_stacked import caption_of
from bots.protest_intake.extract_tags import Clause, tagged_clauses
from bots.protest_intake.phrasings import (
    PROTEST,
    SALUTATION,
    objection_heading,
    sheet_heading,
)
from bots.protest_intake.timing_reasons import MADE_WHEN_WORDS, own_reason
from tradebots.pdf import TextStream

# Key of the finding that the objection's justification is promised for later: positive
# evidence that 174.13(a)(6) is not met, where mere absence is not.
DEFERRED = "objection_deferred"
HEADING_CONFIDENCE = 0.9  # an element under its own heading: nearly as sure as a labelled box
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
_BARE_OBJECTION = re.compile(
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
# A clause that ends its line with a colon introduces a list (the entries' table): the clause
# is what comes before it.
_LIST_FOLLOWS = re.compile(r":[ \t]*\n")
_NEGATION = re.compile(r"(?i)\b(?:not|no|none|neither|nor|never|without)\b|n't\b")
# "Please send this protest for further review", "refer it to Headquarters": routing verbs ask too.
_ASK_WORDS = (r"(?:request\w*|appl(?:y|ies|ied|ication)|ask\w*|seek\w*|sought|forward\w*|"
              r"petition\w*|send|sent|refer\w*|transmit\w*|submit\w*|route\w*|escalat\w*|"
              r"want\w*|wish\w*|desire\w*)")
# A refusal puts its negation next to the asking verb ("does not request", "is not requested",
# "no further review is requested"); a "not" elsewhere in the sentence is about something else.
_REFUSAL = re.compile(
    rf"(?i)(?:\b(?:not|no|never|neither|nor|cannot)\b|n't)\W+(?:\w+\W+){{0,3}}?{_ASK_WORDS}\b"
    r"|\b(?:declines?|waives?|withdraws?)\b"
)
# "Accelerated Disposition Requested: No": a printout's label answered by a bare word, where
# the label's own "requested" asks nothing; "Application for further review: none." likewise.
_BARE_ANSWER = re.compile(r"(?i)[:?][^\S\n]*(yes|no|none|n/a)[^\S\n]*\.?[^\S\n]*$")
# The same bare answer where the caption has no colon: at a tab stop on its line ("Accelerated
# Disposition Requested    No") or on the line under it, a box's caption over its answer.
_ANSWER_WORD = re.compile(r"(?i)^\W*(yes|no|none|n/a|y|n)\W*$")
_CAPTION_WORDS = 6  # a caption names its element in a few words; a sentence says more
# "APPLICATION FOR FURTHER REVIEW: requested (criterion 174.24(a))": a label answered by the
# word that grants or refuses it, whatever follows (a criterion, a cite).
# "Application for further review: YES, criterion 174.24(b)" answers by its first word too.
_LABEL_ANSWER = re.compile(
    r"(?i):[^\S\n]*(?:(?P<refused>not\s+(?:requested|made|applied\s+for|sought)|waived"
    r"|declined|no|none|n/a)|requested|made|applied\s+for|sought|yes)\b")
_WAIVING = re.compile(r"(?i)\b(?:declines?|waives?|withdraws?)\b")
_ASKING = re.compile(
    r"(?i)\b(?:request\w*|appl(?:y|ies|ied|ication)|ask\w*|seek\w*|forward\w*|petition\w*|"
    r"move[sd]?|invok\w*|elect\w*|send|sent|refer\w*|transmit\w*|submit\w*|route\w*|"
    r"escalat\w*|want\w*|wish\w*|desire\w*|would\s+like|please)\b"
)
# The 174.13 statement that no other application is pending mentions further review without
# asking for it.
# So does a sentence about an earlier protest's state ("the same disposition as in Protest No.
# X, now under further review", 174.13(a)(7)).
_NOT_A_REQUEST = re.compile(r"(?i)\bpending\b|\badverse\b|\bcriteri|\bsame\s+disposition\b"
                            r"|\b(?:now|is|was|currently)\s+under\s+further\s+review\b")
# "Application for further review is made under 174.23, criterion 174.24(a)" asks all the same;
# so does "Protestant applies for further review under 19 CFR 174.24(b): ... no other
# application is pending" (the 174.24(b) criterion read whole, not cut off by a column beside it).
_APPLICATION_MADE = re.compile(
    r"(?i)\bapplication\s+for\s+further\s+review\s+is\s+(?:hereby\s+)?made"
    r"|\b(?:hereby\s+)?appl(?:y|ies)\s+for\s+further\s+review\b"
)
# A line labelled with drawback alone ("Drawback:", "5. Drawback claimed?", "Drawback (174.13
# (a)(9)):"), answered by its boxes.
# The label opens its own line, though the clause runs on from the line above ("... GV-600" /
# "Drawback: N").
_DRAWBACK_LABEL = re.compile(r"(?im)^\W*(?:\d{1,2}[.)]\s*)?(?:entries\s+)?(?:subject\s+to\s+)?"
                             r"drawback\b[^:?\n]{0,40}[:?]")
# The word answering a drawback label: a denial ("none", "no", "N/A", "not claimed") or an
# assent ("yes", "claimed", "filed").
# A form's one-letter answer too: "Drawback: N", "Subject to drawback: Y".
_WORD_ANSWER = re.compile(
    r"(?i)[^\S\n]*(?:(?P<no>no|none|nil|n/?a|not|n)|(?P<yes>yes|claimed|filed|y))\b")
_CLAIM_DECIDED = re.compile(
    r"(?i)drawback\s+claims?\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:refused|denied|rejected|disallowed|reduced)\b"
    r"|(?:refus|deni|rejec|disallow)\w*\s+(?:of\s+|to\s+pay\s+)?(?:the|its|a)\s+drawback"
)
_SUBJECT_TO = re.compile(r"(?i)subject\s+(?:of|to)\s+(?:any\s+|a\s+)?drawback")
_DECLARING = re.compile(
    r"(?i)subject\s+(?:of|to)\b|designated\s+as\s+an\s+import\s+entry|drawback\s+(?:has|have|"
    r"was|were|will)\b|\bno\s+drawback\b|\bclaimed\s+(?:for\s+)?drawback"
    # "A drawback claim has been filed covering the entries", "covered by a drawback claim"
    r"|drawback\s+claims?\s+(?:has|have|was|were|is|are|will)\b|covered\s+by\s+(?:a|any)?\s*drawback"
    r"|\bfiled\s+(?:a|any)\s+(?:claim\s+for\s+)?drawback"
    # "the importer has not claimed and will not claim drawback on these entries"
    r"|\bclaim(?:s|ed)?\s+(?:any\s+)?drawback\s+(?:on|for)\b"
)
_LABEL_LINE = re.compile(
    r"^\s*(?:(?:\d+|[IVXivx]+|[A-Za-z])[.)]\s+)?(?P<label>[A-Z][^:\n]{1,60}?):\s*(?P<rest>.*)$"
)
# A run-in heading ends with a full stop: "Statement of the objection. CBP classified ..."
_RUN_IN = re.compile(
    r"^\s*(?:(?:\d+|[IVX]+|[A-H])[.)]\s+)?(?P<label>[A-Z][^.:\n]{1,60})\.\s+(?P<rest>.*)$"
)
# A heading's note in brackets says how it is filled, not what it heads: "STATEMENT OF
# OBJECTION (FREE TEXT)", "Grounds (attach sheets if needed)".
_NOTE = re.compile(r"\s*\([^()\n]*\)\s*$")
# A form's next box under a blank one: a tick box or a section's heading opens it ("[ ] SECTION
# IV - APPLICATION FOR FURTHER REVIEW", "☐ Accelerated disposition"); no objection opens so.
# So does a numbered box's caption in capitals: "11. ENTRIES SUBJECT TO DRAWBACK 12. PROTEST
# FILED BY SURETY".
_BOX_LINE = re.compile(r"^\s*(?:\[\s*[xX✓✔]?\s*\]|[☐☒☑□■]|SECTION\s+(?:[IVX]+|\d+)\b"
                       r"|\d{1,2}[a-z]?[.)]\s+[A-Z][A-Z0-9 .,&'/()-]*$)")
# A practice-management printout's free-text field, captioned on its own line over what the
# broker typed ("MEMO", "Memo:", "Broker memo"): it holds the objection where that text gives
# reasons; a memo about anything else heads nothing here.
_MEMO_FIELD = re.compile(r"(?i)^\s*(?:broker(?:'s)?\s+|file\s+)?memo(?:\s+field)?\s*:?\s*$")
_HEADING_LINE = re.compile(r"^\s*(?:(?:\d+|[IVX]+|[A-H])[.)]\s+)?[A-Z][A-Za-z ,&'/-]{2,70}$")
_CLOSING_STOP = re.compile(r"(?<=[A-Za-z])\.\s*$")
# A pleading's next numbered paragraph run in under its own element's name: "5. Drawback. The
# entries ...", "VI. Further review. ...": the section before it ends there.
_NUMBERED_RUN_IN = re.compile(
    r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?P<label>[A-Z][A-Za-z '/-]{2,40})\.(?:\s|$)")
# The goods said to meet what the law asks of them, a reason an exclusion or a marking decision
# is wrong though no provision is cited: "The goods met every marking and admissibility
# requirement", "meet the labeling requirements in full", "satisfy all safety requirements".
_COMPLYING = (
    r"\b(?:meets?|met|satisf(?:y|ies|ied)|compl(?:y|ies|ied)\s+with|conform(?:s|ed)?\s+"
    r"(?:to|with))\s+(?:the|all|every|each|its|their|any)\b[^.;]{0,60}?\b(?:requirements?"
    r"|standards?|rules?|conditions?|regulations?)\b")
COMPLIES = re.compile(_COMPLYING, re.I)
# A reason given for an objection: a cite or a term of the law (ARGUES), or words that reason.
_REASONS = re.compile(
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
_SIGN_OFF = re.compile(r"(?i)^\W*(?:(?:respectfully\s+)?submitted|(?:electronically\s+)?signed"
                       r"|filed\s+(?:electronically\s+)?by|sincerely|respectfully|/s/"
                       r"|in\s+witness\s+where(?:of|to))\b")
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
_OBJECTION_REACH = 1200  # characters: enough to show the objection as evidence


# The (a)(7) statement about other protests, said under the objection's heading: "No earlier
# protest on these entries asks for the same disposition.", "No other protest has been filed."
# It is another element's statement, no reason for the objection, unless it argues itself
# ("as CBP held in prior protest ..., the goods are classifiable ...").
_OTHER_PROTESTS = re.compile(
    r"(?i)\b(?:earlier|prior|previous|other|another|any|companion|related)\s+protests?\b"
    r"|\bsame\s+(?:disposition|treatment|relief|result|outcome)\b")


def _about_other_protests(sentence: str) -> bool:
    return _OTHER_PROTESTS.search(sentence) is not None and not (
        ARGUES.search(sentence) or _WHY.search(sentence)
        or PROTEST.search("objection_prose", sentence))


def deferred(text: str) -> bool:
    """Whether an objection's text only defers its arguments, is a placeholder, or disagrees
    without a reason (the other elements' sentences that follow it set aside)."""
    # A rider's numbered paragraph: its number is no sentence ("1. The protestant objects ...").
    text = _PARAGRAPH_NUMBER.sub("", text.strip())
    sentences = _SENTENCE_BREAK.split(_FOOTNOTE_MARK.sub("", text))
    if _DEFERRAL.search(sentences[0]):
        return True
    closed = next((i for i, s in enumerate(sentences) if i and _SIGN_OFF.match(s)), None)
    # A signature's rule under the text ("______") says nothing.
    own = [s for s in sentences[:closed] if re.search(r"[A-Za-z]", s)
           and not any(PROTEST.search(f, s) for f in ("further_review", "accelerated", "drawback"))
           and not _about_other_protests(s)]
    # Who filed the entries ("The protesting party, X, filed the entries below at 3901.") argues
    # nothing: set aside, as long as a bare objection is left to judge.
    own = [s for s in own if not _FILING_STATEMENT.match(s)] or own
    return bool(own) and all(_BARE_DISAGREEMENT.match(s) or _BARE_OBJECTION.match(s)
                             for s in own)


def _filing_only(body: str) -> bool:
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
           and not (PROTEST.search("drawback", s) and _DECLARING.search(s)
                    and not _decision_on_a_claim(s))
           and not _about_other_protests(s)]
    # Citing the protest's own law (1514, Part 174) argues nothing about the decision.
    plain = [PROTEST_LAW_CITED.sub(" ", s) for s in own]
    return any(ARGUES.search(s) or _REASONS.search(s) or PROTEST.search("objection_prose", s)
               for s in plain)


def _own_box(field: str, sentence: str) -> bool | None:
    """Whether the one boxed option that names FIELD is ticked ("[X] Accelerated disposition",
    "[ ] Further review requested"); None when no single option names it."""
    options = [option for option in boxed_options(sentence) or ()
               if PROTEST.search(field, option.words)]
    return options[0].ticked if len(options) == 1 else None


def read_elements(stream: TextStream, fields: Fields) -> None:
    """Fill the four elements from the text, first cue wins; refusals read as False."""
    text = stream.text
    clauses = tagged_clauses(text, answered(text))
    for key, field in (("further_review_requested", "further_review"),
                       ("accelerated_disposition", "accelerated")):
        for clause in clauses:
            start, end, sentence = clause.start, clause.end, clause.text
            if not PROTEST.search(field, sentence):
                continue
            if (captioned := _caption_answer(clause)) is not None:
                fields.put(key, captioned, stream.evidence(start, end), PROSE)
                break
            # A ticked box answers even where the line goes on to name a criterion; a box
            # before the request's own words ("[ ] Further review requested") answers it too.
            boxed = _own_box(field, sentence)
            if boxed is None:
                boxed = yes_no_in_text(sentence)
            if boxed is None and (label := _LABEL_ANSWER.search(sentence)) \
                    and PROTEST.search(field, sentence[:label.start() + 1]):
                boxed = not label.group("refused")
            if boxed is None and (
                    _NOT_A_REQUEST.search(sentence) and not _APPLICATION_MADE.search(sentence)):
                continue
            if boxed is None and (answer := _BARE_ANSWER.search(sentence)):
                boxed = answer.group(1).lower() == "yes"
            if boxed is not None:
                fields.put(key, boxed, stream.evidence(start, end), PROSE)
                break
            if _ASKING.search(sentence) is None and _WAIVING.search(sentence) is None:
                continue
            # An application made in so many words is refused only in its own words: "no other
            # application is pending" after it is the 174.13 statement, not a refusal.
            made = _APPLICATION_MADE.search(sentence)
            own = sentence[:made.end()] if made else sentence
            fields.put(key, not _REFUSAL.search(own), stream.evidence(start, end), PROSE)
            break
    for clause in clauses:
        start, end, sentence = clause.start, clause.end, clause.text
        if _decision_on_a_claim(sentence):
            continue
        # "Subject to drawback: [ ] Yes [X] No" answers by its boxes, not by its words; so
        # does a bare "Drawback: [X] No [ ] Yes", whose boxes are its declaration.
        boxed = yes_no_in_text(sentence)
        # "Drawback: NONE claimed on the entries listed", "Subject to drawback: No", "Drawback
        # claimed: N/A": the label answered by a word, as a printout or a form's line does.
        if boxed is None and (label := _DRAWBACK_LABEL.search(sentence)) \
                and (word := _WORD_ANSWER.match(sentence, label.end())):
            boxed = word.group("yes") is not None
        if PROTEST.search("drawback", sentence) and (
                _DECLARING.search(sentence) or (boxed is not None and _DRAWBACK_LABEL.search(
                    sentence))):
            subject = boxed if boxed is not None else not _NEGATION.search(sentence)
            fields.put("drawback_declaration", subject, stream.evidence(start, end), PROSE)
            break
    _objection(stream, fields)


def _caption_answer(clause: Clause) -> bool | None:
    """A caption with no colon answered by a bare word after it on its line ("Accelerated
    Disposition Requested    No"), or a tag by the bare word under it: the caption's own
    "requested" asks nothing; the word answers."""
    words = clause.text.split()
    answer = _ANSWER_WORD.match(clause.value) if clause.value is not None else None
    if answer is None and 1 < len(words) <= _CAPTION_WORDS + 1 and ":" not in clause.text:
        answer = _ANSWER_WORD.match(words[-1])
    return None if answer is None else answer.group(1).lower() in ("yes", "y")


def _decision_on_a_claim(sentence: str) -> bool:
    """"The drawback claim was refused ..." states the decision protested, not whether the entry
    is subject to drawback (174.13(a)(9)); "subject to drawback" in it still declares."""
    return bool(_CLAIM_DECIDED.search(sentence)) and not _SUBJECT_TO.search(sentence)


_MOST_BLOCK_LINES = 6  # a party's name, street lines, city line and number


def _objection(stream: TextStream, fields: Fields) -> None:
    text = stream.text
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    found: list[tuple[int, int]] = []
    pointed: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        # A run-in heading ends at its stop or its colon: "Grounds for protest. Reclassify in
        # 4201.00.30, HTSUS: ..." is headed by its first words, though a colon follows.
        labelled = next((m for m in (_LABEL_LINE.match(line), _RUN_IN.match(line))
                         if m and objection_heading(m.group("label"))), None)
        memo = False
        if sheet_heading(line.strip()):
            body_start = starts[index + 1]  # "RIDER: STATEMENT OF GROUNDS" over the grounds
        elif _MEMO_FIELD.match(line):
            body_start, memo = starts[index + 1], True
        elif labelled:
            body_start = starts[index] + labelled.start("rest")
        # A pleading closes its numbered headings with a full stop: "4. Grounds."
        elif (_HEADING_LINE.match(bare := _CLOSING_STOP.sub("", _NOTE.sub("", line)))
              or asked_caption(line)) and objection_heading(bare):
            if index + 1 < len(lines) and _BOX_LINE.match(lines[index + 1]):
                continue  # the box left blank: the next line is the next box
            body_start = starts[index + 1]
            # A man page's section heading over its tag of the same words: the tag heads too.
            if index + 2 < len(lines) and _HEADING_LINE.match(following := lines[index + 1]) \
                    and fold(following).casefold() == fold(bare).casefold():
                body_start = starts[index + 2]
        else:
            continue
        end = _section_end(lines, starts, index + 1, body_start)
        body = fold(text[body_start:end])
        if deferred(body):  # the justification is promised, not given: a claim alone is not it
            fields.put(DEFERRED, True, stream.evidence(body_start, end), HEADING_CONFIDENCE)
            return
        # A printout's free-text field holds the objection only where what it holds argues:
        # the law cited or a reason's own words, not merely a "not" in a note to the file.
        if memo and not _justifies(PROTEST_LAW_CITED.sub(" ", argued_words(body))):
            continue
        # "Grounds: see the rider attached.": the objection is on the rider, under its heading;
        # read there, or (no rider read) the pointer stands for it and a person looks.
        if POINTER.match(body):
            pointed.append((body_start, end))
        elif len(body) >= 20 and not _party_block(text[body_start:end]) \
                and not _filing_only(body):
            found.append((body_start, end))
    # "Claim: refund of the fee" then "Basis: ...": the heading that gives a reason is the
    # objection; one over a mere request may not be, so then a person confirms it.
    reasoned = [(s, e) for s, e in found if gives_reasons(fold(text[s:e]))]
    if reasoned:
        start, end = reasoned[0]
        fields.put("objection_text", fold(text[start:end]), stream.evidence(start, end),
                   HEADING_CONFIDENCE)
        return
    # A title over the lodging sentence alone yields to a pleading's numbered parts that argue
    # it ("Count I" / "Count II"), or a sentence elsewhere that lodges it with reasons or argues.
    if _numbered_parts(stream, fields, lines, starts) or _lodged_with_reasons(stream, fields) \
            or _objection_prose(stream, fields):
        return
    if found := found or pointed:
        start, end = found[0]
        evidence = stream.evidence(start, end)
        fields.put("objection_text", fold(text[start:end]), evidence, HEADING_CONFIDENCE)
        fields.put(INFERRED[6], True, evidence, PROSE)
        return
    if _deferred_alone(stream, fields):
        return
    _lodged_alone(stream, fields)


# A pleading's numbered part on a line of its own: "Count I", "Ground 2 - Valuation", "Point A.".
_PLEADING_PART = re.compile(r"(?i)^\s*(?:count|ground|issue|point|argument)\s+(?:[IVX]{1,4}|\d{1,2}"
                            r"|[A-H])\b\s*[.:]?\s*(?:[-\u2013\u2014][^\n]*)?$")


def _numbered_parts(stream: TextStream, fields: Fields, lines: list[str],
                    starts: list[int]) -> bool:
    """The objection argued in a pleading's numbered parts, the first and those straight after
    it read together ("Count I" / ... / "Count II" / ...) to the next section, where they give
    a reason: under a title that only lodged the protest, the parts are its justification."""
    first = next((i for i, line in enumerate(lines) if _PLEADING_PART.match(line)), None)
    if first is None:
        return False
    index, end = first, starts[first + 1]
    while index < len(lines) and _PLEADING_PART.match(lines[index]):
        end = _section_end(lines, starts, index + 1, starts[index + 1])
        index = starts.index(end) if end in starts else len(lines)
    body_start = starts[first + 1]
    body = fold(stream.text[body_start:end])
    if len(body) < 20 or not gives_reasons(body) or deferred(body):
        return False
    # Set out under the pleading's own headings: as sure as a section under an objection's.
    fields.put("objection_text", body, stream.evidence(body_start, end), HEADING_CONFIDENCE)
    return True


# A sentence of its own that promises the grounds for later: "Our detailed grounds will follow
# under separate cover.", "A supporting memorandum will be submitted in due course."
_GROUNDS_DEFERRED = re.compile(
    r"(?i)\b(?:grounds|reasons|arguments?|justification|basis|brief|memorandum|statement"
    r"|submission|explanation|details)\b[^.;]{0,60}?(?:\bwill\s+(?:be\s+)?(?:follow|submitted"
    r"|provided|supplied|filed|furnished|sent)\b|\bto\s+(?:follow|come)\b"
    r"|\bunder\s+separate\s+cover\b|\bin\s+due\s+course\b|\bat\s+a\s+later\s+date\b)")
# A sentence that lodges the protest, however long its party's particulars run before it.
_LODGING = re.compile(r"(?i)\b(?:protests?|objects?\s+to|contests?|challenges?)\s+the\b")
# "(importer no." ends no sentence: the number follows.
_NUMBER_WORD_END = re.compile(r"(?i)\bnos?\.\s*$")
# A tariff number argued: "9405.20.6600", "heading 8518".
_TARIFF_NUMBER = re.compile(r"\b\d{4}\.\d{2}(?:\.\d{2,4})*\b|\bheading\s+\d{4}\b")


def _argues(text: str) -> bool:
    """Whether TEXT says why in words or cites a tariff number (its own statute aside)."""
    plain = PROTEST_LAW_CITED.sub(" ", text)
    return bool(_WHY.search(plain) or _TARIFF_NUMBER.search(plain)
                or PROTEST.search("objection_prose", plain))


def _deferred_alone(stream: TextStream, fields: Fields) -> bool:
    """A sentence of its own promising the grounds later, where no other sentence before the
    close argues anything (its elements, labels, entries and lodging sentence set aside): the
    justification 174.13(a)(6) asks for is positively not given."""
    # Labelled lines and the entries' lines set aside (blanked, so positions hold) unless they
    # argue: a line with no stop at its end runs into the sentence after it.
    text = "\n".join(
        " " * len(line) if (_LABEL_LINE.match(line) or ENTRY_IN_TEXT.search(line))
        and not _argues(line) else line for line in stream.text.split("\n"))
    # "(importer no." / "87-1971084) hereby protests ...": one sentence cut at "no.".
    spans = joined_where(text, whole_clauses(text), _NUMBER_WORD_END)
    deferral = next((i for i, (s, e) in enumerate(spans)
                     if _GROUNDS_DEFERRED.search(fold(text[s:e]))), None)
    if deferral is None:
        return False
    for index, (start, end) in enumerate(spans):
        sentence = PROTEST_LAW_CITED.sub(" ", fold(text[start:end]))
        first_line = text[start:end].strip().split("\n")[0].strip(" ,")
        if index > deferral and (_SIGN_OFF.match(sentence)
                                 or CLOSINGS.heading("closing", first_line)):
            break  # the close: the signature and any message quoted below it say nothing here
        if index == deferral or any(PROTEST.search(f, sentence) for f in _OTHER_ELEMENTS):
            continue
        if _argues(sentence) or (not _LODGING.search(sentence)
                                 and (ARGUES.search(sentence) or _REASONS.search(sentence))):
            return False  # a reason may be given here: the deferral may only add to it
    start, end = spans[deferral]
    text = stream.text
    # A line with no stop before it runs into the clause: the deferral's own line is evidence.
    promised = _GROUNDS_DEFERRED.search(text, start, end)
    start = max(start, text.rfind("\n", 0, promised.start()) + 1) if promised else start
    fields.put(DEFERRED, True, stream.evidence(start, end), PROSE)
    return True


_OTHER_ELEMENTS = ("further_review", "accelerated", "drawback")


# A sentence that lodges an objection, whatever it goes on to say: "Protestant objects to the
# liquidation itself, made after the statutory period."
_LODGES = re.compile(
    r"(?i)^\W*(?:we|(?:the\s+)?protestant|(?:the\s+)?importer|I"
    # ... or the party by its name: "Harbor Lamp Co. objects to the appraisement."
    r"|(?-i:[A-Z][\w&.,'’-]*(?:\s+[A-Z&][\w&.,'’-]*){0,6}))\s+(?:respectfully\s+)?"
    r"(?:hereby\s+)?(?:object(?:s|ed)?\s+to|protests?|contests?|challenges?|disputes?"
    r"|disagrees?\s+with)\s+(?:the|this|that|an?|cbp'?s?|customs'?)\b"
    rf"|^\W*{_ACCEPT_AS_PROTEST}\s+(?:the|this|that|cbp'?s?|customs'?)\b")


# What is left of an entry's line cut at its abbreviation: "- Entry No.", "Entry Nos.".
_NUMBER_LEAD_IN = re.compile(r"(?i)^\W*(?:and\s+)?entr(?:y|ies)\s+(?:nos?\.?|numbers?)\W*$")
# "Good afternoon,", "Hello team,", "Dear Port Director," on a line of their own, or run in to
# the first sentence where a producer reflows the paragraph ("Dear Port Director: Quill & Fern
# LLC protests ..."): the salutation ends at its first comma, colon or "!".
_GREETING = re.compile(rf"\s*{SALUTATION}(?:[ \t]*\n|[ \t]+(?=\S))")
_GREETING_LINE = re.compile(rf"(?m)^[ \t]*{SALUTATION}(?:[ \t]*\n|[ \t]+(?=\S))")


def _lodged(stream: TextStream) -> tuple[int, int, int] | None:
    """The first sentence that lodges an objection, and where the sentences after it that may
    justify it end: at the next element (drawback, a request), another objection or the close."""
    return next(_lodgings(stream), None)


def _lodgings(stream: TextStream) -> Iterator[tuple[int, int, int]]:
    """Every sentence that lodges an objection, in order, each with where its reasons end: a
    letter may lodge the protest over its entries ("X protests the decision described below")
    and object with its reasons after them ("Protestant objects to the liquidation itself:
    ...")."""
    text = stream.text
    spans = whole_clauses(text)
    for index, (start, end) in enumerate(spans):
        # A greeting on its own line ends with a comma, not a stop: the sentence is below it.
        # ... and a header's unstopped line before it joins the same clause ("Subject: Protest
        # - Acme Co. - port 1001" / "Dear team," / "Please accept ...").
        if greeting := _GREETING.match(text, start, end) or _GREETING_LINE.search(text, start,
                                                                                  end):
            start = greeting.end()
        # A labelled particular's line ends with no stop ("Goods: steel spades"), so the
        # sentence after it joins its clause: the lodging sentence starts on the next line.
        # (A line ending in its colon introduces what follows: "We protest ... entries:".)
        # So does a listed entry's line ("- Entry DG8-8560892-8, entered ..., liquidated ...")
        # that lodges nothing itself.
        lead = start + len(text[start:end]) - len(text[start:end].lstrip())
        while (newline := text.find("\n", lead, end)) >= 0 \
                and _particular_line(text[lead:newline]) and text[newline:end].strip():
            start = lead = newline + 1
        if not _LODGES.match(fold(text[start:end])):
            continue
        reasons_end = end
        for more_start, more_end in spans[index + 1:]:
            sentence = text[more_start:more_end]
            # The reasons end where the letter turns to its particulars: a labelled line or a
            # line naming an entry ("Merchandise: ...", the entries' table).
            if _LABEL_LINE.match(sentence.strip()) or ENTRY_IN_TEXT.search(sentence) \
                    or _SIGN_OFF.match(sentence) or _LODGES.match(fold(sentence)) \
                    or CLOSINGS.heading("closing", sentence.strip().split("\n")[0].strip(" ,")) \
                    or any(PROTEST.search(f, sentence) for f in _OTHER_ELEMENTS) \
                    or more_start - start > _OBJECTION_REACH:
                break
            # The next numbered paragraph's number, or an entry line's "Entry No.", cut off as
            # a clause at its stop, says nothing.
            if not re.search(r"[A-Za-z]", sentence) or _NUMBER_LEAD_IN.match(sentence):
                continue
            reasons_end = more_end
        yield start, end, reasons_end


def _particular_line(line: str) -> bool:
    """Whether LINE is a labelled particular ("Goods: steel spades") or a listed entry's line
    that lodges no objection itself: no sentence starts on it. A lodging sentence that goes
    on after its colon ("Protestant objects to the liquidation itself: the entries ...") is
    no label."""
    if _LODGES.match(fold(line)):
        return False
    if (label := _LABEL_LINE.match(line)) and label["rest"].strip():
        return True
    return bool(ENTRY_IN_TEXT.search(line)) and not PROTEST.search("objection_prose", line)


def _party_block(body: str) -> bool:
    """Whether a heading's section is only the party's block (name, street, city line, its
    number): "STATEMENT OF PROTEST" over who protests, the objection further down."""
    lines = [line for line in body.split("\n") if line.strip()]
    return 2 <= len(lines) <= _MOST_BLOCK_LINES and any(
        CITY_STATE_ZIP.fullmatch(line) for line in lines) and not ARGUES.search(body)


def _objection_prose(stream: TextStream, fields: Fields) -> bool:
    """The first clause worded as an objection ("Protestant contends that ...")."""
    for start, end in clauses(stream.text):
        if PROTEST.search("objection_prose", stream.text[start:end]):
            fields.put("objection_text", fold(stream.text[start:end]),
                       stream.evidence(start, end), PROSE)
            return True
    return False


def _lodged_with_reasons(stream: TextStream, fields: Fields) -> bool:
    """"Protestant objects to the liquidation of the entries." and the sentences after it that
    say why, whatever their words ("... deemed liquidated under 19 U.S.C. 1504(a) ... so the
    later liquidation is void"): the objection and its justification (174.13(a)(6))."""
    for start, end, reasons_end in _lodgings(stream):
        if _said_why(stream, fields, start, end, reasons_end):
            return True
    return False


def _said_why(stream: TextStream, fields: Fields, start: int, end: int, reasons_end: int) -> bool:
    """Put the lodging sentence at START..END and its reasons as the objection, where it or the
    sentences after it (to REASONS_END) say why."""
    # "Protestant objects to the liquidation itself: the entries were liquidated while an
    # extension was in force": the reason after the lodging sentence's own colon. Said in words
    # that reason, not by a cite alone, which may only name the decision ("... the following
    # decision: classification under subheading 7323.93").
    said = own_reason(fold(stream.text[start:end]))
    if said is not None and (_WHY.search(plain := PROTEST_LAW_CITED.sub(" ", said))
                             or PROTEST.search("objection_prose", plain)):
        fields.put("objection_text", fold(stream.text[start:reasons_end]),
                   stream.evidence(start, reasons_end), PROSE)
        return True
    if reasons_end > end and _justifies(fold(stream.text[end:reasons_end])):
        fields.put("objection_text", fold(stream.text[start:reasons_end]),
                   stream.evidence(start, reasons_end), PROSE)
        return True
    return False


def _lodged_alone(stream: TextStream, fields: Fields) -> None:
    """"Protestant objects to the classification of the merchandise at liquidation." and then
    only the other elements and the close: the decision is named and nothing says why it is
    wrong, positive evidence that the justification 174.13(a)(6) asks for is not given (read
    only where no heading, reasons or arguing sentence gave an objection anywhere)."""
    lodged = _lodged(stream)
    if lodged is None:
        return
    start, end, reasons_end = lodged
    if (colon := _LIST_FOLLOWS.search(stream.text, start, end)) is not None:
        end = reasons_end = colon.start() + 1  # the list after it is read as the entries
    # Reasons argued before the objection is lodged ("The bottles are household articles of
    # heading 7323. Protestant objects to the classification.") justify it all the same; the
    # protest's own statute cited in a title argues nothing, nor does a paragraph that only
    # names the decision ("filed against the classification of the merchandise").
    # Nor may any reason follow anywhere after it (below the entries' table, say).
    before = _DECISION_NAMED.sub(" ", PROTEST_LAW_CITED.sub(" ", stream.text[:start]))
    before = _SUBJECT_LINE.sub(" ", _BOX_OPTION.sub(" ", before))
    argued_before = ARGUES.search(before) or PROTEST.search("objection_prose", fold(before))
    after = _PRAYER.sub(" ", fold(stream.text[end:]))
    lodging = _without_particulars(fold(stream.text[start:end]))
    if reasons_end == end and _BARE_OBJECTION.match(lodging) \
            and not argued_before and not _justifies(after):
        fields.put(DEFERRED, True, stream.evidence(start, end), PROSE)


# The entry a lodging sentence goes on to name, with its dates: "for entry G3H-2959894-2,
# entered 2024-08-10, liquidated 2025-04-21", "of entry No. X (entered ...; liquidated ...)".
_PARTICULARS = re.compile(r"(?i),?\s+(?:for|on|of|covering|under|in)\s+(?:the\s+)?entr(?:y|ies)\b"
                          r"(?P<rest>.*?)(?=[.;]?\W*$)")
# What an entry's particulars are made of, once its numbers and dates are set aside.
_PARTICULAR_WORDS = re.compile(r"(?i)^(?:\W|\b(?:nos?|numbers?|entered|liquidated|dated|on|and"
                               r"|date|of|entry|liquidation)\b)*$")


def _without_particulars(sentence: str) -> str:
    """SENTENCE less the entry it names at its end with the entry's dates ("... of the
    merchandise for entry X, entered D, liquidated D."): those say which entry, not why."""
    match = _PARTICULARS.search(sentence)
    if match is None or not ENTRY_IN_TEXT.search(match.group("rest")):
        return sentence
    rest = ENTRY_IN_TEXT.sub(" ", match.group("rest"))
    for found in reversed(find_dates(rest)):
        rest = f"{rest[:found.start]} {rest[found.end:]}"
    if not _PARTICULAR_WORDS.match(rest):
        return sentence
    return sentence[:match.start()] + sentence[match.end():]


# A letter's subject line names the matter ("Re: Protest of appraised value"), argues nothing.
_SUBJECT_LINE = re.compile(r"(?im)^[^\S\n]*(?:re|subject|subj)[^\S\n]*:[^\n]*$")
# A form's check-box option names a decision the form offers to mark and argues nothing: one
# left blank, or one ticked with its short caption alone ("[X] classification and rate of
# duty"); a ticked "[X] Other: ..." may carry the sender's own reasons after its colon.
_BOX_OPTION = re.compile(
    rf"(?m)^[^\S\n]*(?:(?:{EMPTY_BOX})[^\n]*|(?:{TYPED_BOX})[^:\n]{{0,60}})$")
# The decision named by its own noun: "the classification of the merchandise", "the appraised
# value", "the appraisement". A reason to reclassify names a subheading or the law besides.
_DECISION_NAMED = re.compile(r"(?i)\bthe\s+(?:classification|appraisement|appraised\s+value)\b")
# A pleading's prayer asks for relief and argues nothing, though it says "accordingly":
# "WHEREFORE, Protestant asks that the protest be allowed and the entries reliquidated
# accordingly.", "Protestant prays that this protest be granted".
_PRAYER = re.compile(
    r"(?i)\bwherefore\b[^.]*\.?"
    r"|[^.]*\b(?:asks?|requests?|prays?)\s+that\s+(?:the|this)\s+protest\s+be\s+(?:allowed"
    r"|granted|sustained)\b[^.]*\.?")


# Words that say why a decision is wrong, beyond a cite or a term of the law (ARGUES): a
# reason's connective or a verdict on the decision.
_WHY = re.compile(
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
             if not ((label := _LABEL_LINE.match(line)) and _particular_label(label["label"]))]
    sentences = _SENTENCE_BREAK.split(fold("\n".join(lines)))
    return " ".join(s for s in sentences
                    if not (_BARE_OBJECTION.match(s) or _BARE_DISAGREEMENT.match(s)))


def _particular_label(label: str) -> bool:
    """Whether LABEL names a particular (the goods, the decision, a party's item), not a
    heading that may head reasons."""
    return not objection_heading(label) and (
        caption_of(label) is not None
        or any(PROTEST.heading(field, label) for field in ("merchandise", "decision_protested")))


def justifies(text: str) -> bool:
    """Whether TEXT, said after a lodged objection, says why (see _justifies)."""
    return _justifies(text)


def lodged_sentence(stream: TextStream) -> tuple[int, int, int] | None:
    """The sentence lodging an objection and where the reasons run on right after it end."""
    return _lodged(stream)


def ends_reasons(sentence: str) -> bool:
    """Whether SENTENCE (a clause) closes a run of reasons: a sign-off, a closing, another
    element (drawback, a request) or another objection lodged."""
    return bool(_SIGN_OFF.match(sentence) or _LODGES.match(fold(sentence))
                or CLOSINGS.heading("closing", sentence.strip().split("\n")[0].strip(" ,"))
                or any(PROTEST.search(f, sentence) for f in _OTHER_ELEMENTS))


def label_line(line: str) -> bool:
    """Whether LINE is a labelled particular ("Merchandise: LED light bars")."""
    return _LABEL_LINE.match(line.strip()) is not None


def _justifies(text: str) -> bool:
    """Whether the sentences after a lodged objection say why: the law argued (its own statute,
    1514 or Part 174, cited in passing argues nothing) or a reason given in words."""
    plain = _OATH.sub(" ", PROTEST_LAW_CITED.sub(" ", text))
    return bool(ARGUES.search(plain) or _WHY.search(plain)
                or PROTEST.search("objection_prose", plain))


PROTEST_LAW_CITED = re.compile(
    r"(?i)19\s+U\.?\s?S\.?\s?C\.?\s*(?:§\s*)?1514[\w()]*|19\s+C\.?\s?F\.?\s?R\.?\s*(?:part\s+)?"
    r"174(?:\.\d+)?[\w()]*")


def _numbered_heading_of_another(line: str) -> bool:
    """Whether LINE opens a numbered paragraph under another element's name ("5. Drawback.")."""
    run_in = _NUMBERED_RUN_IN.match(line)
    return run_in is not None and not objection_heading(label := run_in["label"]) and any(
        PROTEST.heading(field, label) for field in PROTEST.phrases)


def _section_end(lines: list[str], starts: list[int], first: int, body_start: int) -> int:
    """Where the text under a heading ends: the next heading or label of another element."""
    for index in range(first, len(lines)):
        line = lines[index]
        if starts[index] <= body_start:
            continue
        # A questionnaire's next question ("Q9. Is any entry subject to drawback?") heads the
        # next element as a heading does.
        # A line of words alone that the next line carries on in small letters is a sentence's
        # wrapped line ("CBP appraised the goods at a value built up from the seller's" / "list
        # price. ..."), not a heading.
        heading = _HEADING_LINE.match(line) is not None and not (
            index + 1 < len(lines) and lines[index + 1].strip()[:1].islower())
        if heading or _LABEL_LINE.match(line) or numbered_question(line) \
                or _BOX_LINE.match(line) or _numbered_heading_of_another(line) \
                or (index > first and _states_another(line, lines[index - 1])):
            return starts[index]
    return min(len(starts) and starts[-1], body_start + _OBJECTION_REACH)


def _states_another(line: str, before: str) -> bool:
    """Whether LINE opens a sentence (the line before ended one) that makes a request or
    declares drawback: "No application for further review is made." after the reasons."""
    if not before.rstrip().endswith(".") or not line.strip()[:1].isupper():
        return False
    return any(PROTEST.search(field, line) for field in ("further_review", "accelerated")) \
        or (PROTEST.search("drawback", line) is not None and _DECLARING.search(line) is not None
            and not _decision_on_a_claim(line))
