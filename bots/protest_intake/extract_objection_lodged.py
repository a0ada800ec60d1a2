"""The objection read from the sentence that lodges the protest ("Protestant objects to ...") and
what follows it: with its reasons, alone, or its grounds promised for later."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bots.common.reading.dates import find_dates
from bots.common.reading.phrases import CLOSINGS
from bots.common.reading.sentences import clauses
from bots.common.reading.tick_boxes import EMPTY_BOX, TYPED_BOX
from bots.protest_intake.clauses import joined_where, whole_clauses
from bots.protest_intake.extract_entries import ENTRY_IN_TEXT
from bots.protest_intake.extract_fields import ARGUES, PROSE, Fields, fold
from bots.protest_intake.extract_objection_reasons import (
    BARE_OBJECTION,
    DEFERRED,
    LABEL_LINE,
    LODGES,
    OBJECTION_REACH,
    OTHER_ELEMENTS,
    PROTEST_LAW_CITED,
    REASONS,
    SIGN_OFF,
    WHY,
    justifies,
)
from bots.protest_intake.phrasings import (
    PROTEST,
    SALUTATION,
)
from bots.protest_intake.timing_reasons import own_reason
from tradebots.pdf import TextStream

# A clause that ends its line with a colon introduces a list (the entries' table): the clause
# is what comes before it.
_LIST_FOLLOWS = re.compile(r":[ \t]*\n")


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
    return bool(WHY.search(plain) or _TARIFF_NUMBER.search(plain)
                or PROTEST.search("objection_prose", plain))


def deferred_alone(stream: TextStream, fields: Fields) -> bool:
    """A sentence of its own promising the grounds later, where no other sentence before the
    close argues anything (its elements, labels, entries and lodging sentence set aside): the
    justification 174.13(a)(6) asks for is positively not given."""
    # Labelled lines and the entries' lines set aside (blanked, so positions hold) unless they
    # argue: a line with no stop at its end runs into the sentence after it.
    text = "\n".join(
        " " * len(line) if (LABEL_LINE.match(line) or ENTRY_IN_TEXT.search(line))
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
        if index > deferral and (SIGN_OFF.match(sentence)
                                 or CLOSINGS.heading("closing", first_line)):
            break  # the close: the signature and any message quoted below it say nothing here
        if index == deferral or any(PROTEST.search(f, sentence) for f in OTHER_ELEMENTS):
            continue
        if _argues(sentence) or (not _LODGING.search(sentence)
                                 and (ARGUES.search(sentence) or REASONS.search(sentence))):
            return False  # a reason may be given here: the deferral may only add to it
    start, end = spans[deferral]
    text = stream.text
    # A line with no stop before it runs into the clause: the deferral's own line is evidence.
    promised = _GROUNDS_DEFERRED.search(text, start, end)
    start = max(start, text.rfind("\n", 0, promised.start()) + 1) if promised else start
    fields.put(DEFERRED, True, stream.evidence(start, end), PROSE)
    return True


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
        if not LODGES.match(fold(text[start:end])):
            continue
        reasons_end = end
        for more_start, more_end in spans[index + 1:]:
            sentence = text[more_start:more_end]
            # The reasons end where the letter turns to its particulars: a labelled line or a
            # line naming an entry ("Merchandise: ...", the entries' table).
            if LABEL_LINE.match(sentence.strip()) or ENTRY_IN_TEXT.search(sentence) \
                    or SIGN_OFF.match(sentence) or LODGES.match(fold(sentence)) \
                    or CLOSINGS.heading("closing", sentence.strip().split("\n")[0].strip(" ,")) \
                    or any(PROTEST.search(f, sentence) for f in OTHER_ELEMENTS) \
                    or more_start - start > OBJECTION_REACH:
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
    if LODGES.match(fold(line)):
        return False
    if (label := LABEL_LINE.match(line)) and label["rest"].strip():
        return True
    return bool(ENTRY_IN_TEXT.search(line)) and not PROTEST.search("objection_prose", line)


def objection_prose(stream: TextStream, fields: Fields) -> bool:
    """The first clause worded as an objection ("Protestant contends that ...")."""
    for start, end in clauses(stream.text):
        if PROTEST.search("objection_prose", stream.text[start:end]):
            fields.put("objection_text", fold(stream.text[start:end]),
                       stream.evidence(start, end), PROSE)
            return True
    return False


def lodged_with_reasons(stream: TextStream, fields: Fields) -> bool:
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
    if said is not None and (WHY.search(plain := PROTEST_LAW_CITED.sub(" ", said))
                             or PROTEST.search("objection_prose", plain)):
        fields.put("objection_text", fold(stream.text[start:reasons_end]),
                   stream.evidence(start, reasons_end), PROSE)
        return True
    if reasons_end > end and justifies(fold(stream.text[end:reasons_end])):
        fields.put("objection_text", fold(stream.text[start:reasons_end]),
                   stream.evidence(start, reasons_end), PROSE)
        return True
    return False


def lodged_alone(stream: TextStream, fields: Fields) -> None:
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
    if reasons_end == end and BARE_OBJECTION.match(lodging) \
            and not argued_before and not justifies(after):
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


def lodged_sentence(stream: TextStream) -> tuple[int, int, int] | None:
    """The sentence lodging an objection and where the reasons run on right after it end."""
    return _lodged(stream)
