"""The objection (174.13(a)(6)) read under its heading ("Grounds", a rider's title, a memo
field) or a pleading's numbered parts; where none argues, the lodging sentences are read."""

from __future__ import annotations

import re

from bots.common.reading.parties import CITY_STATE_ZIP
from bots.common.reading.phrases import asked_caption, numbered_question
from bots.protest_intake.extract_fields import ARGUES, INFERRED, POINTER, PROSE, Fields, fold
from bots.protest_intake.extract_objection_lodged import (
    deferred_alone,
    lodged_alone,
    lodged_with_reasons,
    objection_prose,
)
from bots.protest_intake.extract_objection_reasons import (
    DECLARING,
    DEFERRED,
    LABEL_LINE,
    OBJECTION_REACH,
    PROTEST_LAW_CITED,
    argued_words,
    decision_on_a_claim,
    deferred,
    filing_only,
    gives_reasons,
    justifies,
)
from bots.protest_intake.phrasings import (
    PROTEST,
    objection_heading,
    sheet_heading,
)
from tradebots.pdf import TextStream

HEADING_CONFIDENCE = 0.9  # an element under its own heading: nearly as sure as a labelled box

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


_MOST_BLOCK_LINES = 6  # a party's name, street lines, city line and number


def objection(stream: TextStream, fields: Fields) -> None:
    """The objection (174.13(a)(6)) under its heading, else in the letter's sentences."""
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
        labelled = next((m for m in (LABEL_LINE.match(line), _RUN_IN.match(line))
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
        if memo and not justifies(PROTEST_LAW_CITED.sub(" ", argued_words(body))):
            continue
        # "Grounds: see the rider attached.": the objection is on the rider, under its heading;
        # read there, or (no rider read) the pointer stands for it and a person looks.
        if POINTER.match(body):
            pointed.append((body_start, end))
        elif len(body) >= 20 and not _party_block(text[body_start:end]) \
                and not filing_only(body):
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
    if _numbered_parts(stream, fields, lines, starts) or lodged_with_reasons(stream, fields) \
            or objection_prose(stream, fields):
        return
    if found := found or pointed:
        start, end = found[0]
        evidence = stream.evidence(start, end)
        fields.put("objection_text", fold(text[start:end]), evidence, HEADING_CONFIDENCE)
        fields.put(INFERRED[6], True, evidence, PROSE)
        return
    if deferred_alone(stream, fields):
        return
    lodged_alone(stream, fields)


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


def _party_block(body: str) -> bool:
    """Whether a heading's section is only the party's block (name, street, city line, its
    number): "STATEMENT OF PROTEST" over who protests, the objection further down."""
    lines = [line for line in body.split("\n") if line.strip()]
    return 2 <= len(lines) <= _MOST_BLOCK_LINES and any(
        CITY_STATE_ZIP.fullmatch(line) for line in lines) and not ARGUES.search(body)


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
        if heading or LABEL_LINE.match(line) or numbered_question(line) \
                or _BOX_LINE.match(line) or _numbered_heading_of_another(line) \
                or (index > first and _states_another(line, lines[index - 1])):
            return starts[index]
    return min(len(starts) and starts[-1], body_start + OBJECTION_REACH)


def _states_another(line: str, before: str) -> bool:
    """Whether LINE opens a sentence (the line before ended one) that makes a request or
    declares drawback: "No application for further review is made." after the reasons."""
    if not before.rstrip().endswith(".") or not line.strip()[:1].isupper():
        return False
    return any(PROTEST.search(field, line) for field in ("further_review", "accelerated")) \
        or (PROTEST.search("drawback", line) is not None and DECLARING.search(line) is not None
            and not decision_on_a_claim(line))
