"""The elements a sender states in words wherever they fall: the drawback declaration ((a)(9)),
and requests for further review (174.24) and accelerated disposition (174.22), including explicit
refusals of both; then the objection (174.13(a)(6)), read by extract_objection_heading."""

from __future__ import annotations

import re

from bots.common.reading.tick_boxes import boxed_options, yes_no_in_text
from bots.protest_intake.clauses import answered
from bots.protest_intake.extract_fields import PROSE, Fields
from bots.protest_intake.extract_objection_heading import objection
from bots.protest_intake.extract_objection_reasons import DECLARING, decision_on_a_claim
from bots.protest_intake.extract_tags import Clause, tagged_clauses
from bots.protest_intake.phrasings import PROTEST
from tradebots.pdf import TextStream

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
        if decision_on_a_claim(sentence):
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
                DECLARING.search(sentence) or (boxed is not None and _DRAWBACK_LABEL.search(
                    sentence))):
            subject = boxed if boxed is not None else not _NEGATION.search(sentence)
            fields.put("drawback_declaration", subject, stream.evidence(start, end), PROSE)
            break
    objection(stream, fields)


def _caption_answer(clause: Clause) -> bool | None:
    """A caption with no colon answered by a bare word after it on its line ("Accelerated
    Disposition Requested    No"), or a tag by the bare word under it: the caption's own
    "requested" asks nothing; the word answers."""
    words = clause.text.split()
    answer = _ANSWER_WORD.match(clause.value) if clause.value is not None else None
    if answer is None and 1 < len(words) <= _CAPTION_WORDS + 1 and ":" not in clause.text:
        answer = _ANSWER_WORD.match(words[-1])
    return None if answer is None else answer.group(1).lower() in ("yes", "y")
