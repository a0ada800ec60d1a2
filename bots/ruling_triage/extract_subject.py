"""What the request is about: the ruling's subjects (classification, origin, marking, ...), from
its subject line, title, question or body; the goods are read by extract_goods, the transaction
by extract_transaction."""

from __future__ import annotations

import re
from itertools import accumulate

from bots.common.reading.pending_sense import denied_before
from bots.ruling_triage.extract_request_captions import LABELS, RE_LINE
from bots.ruling_triage.extract_text import (
    COLON_AHEAD,
    LABELLED,
    PROSE,
    Fields,
    Paragraph,
    Span,
    label,
    labelled,
)
from bots.ruling_triage.field_labels import STOP
from bots.ruling_triage.model import RulingType

# Tried at each position in this order, so "country of origin marking" is marking, not origin.
_SUBJECT = re.compile(
    # "country-of-origin marking" (hyphenated or not) asks about marking, not origin.
    r"(?P<marking>country[\s-]+of[\s-]+origin\s+marking|\bmarking)"
    r"|(?P<origin>country[\s-]+of[\s-]+origin|\borigin\b|USMCA|NAFTA|preferential\s+treatment)"
    r"|(?P<classification>classification|\bHTSUS\b)"
    r"|(?P<valuation>valuation|appraisement|transaction\s+value|customs\s+value)"
    r"|(?P<carrier>coastwise|\bcarrier\b|\bvessel\b|Jones\s+Act|cabotage)",
    re.I,
)
_ASKED = re.compile(r"\b(?:request|ask)\w*\s+(?:for\s+)?(?:a|an)\s+(?:binding\s+)?ruling\b[^.]*?"
                    r"(?P<k>transaction\s+value|valuation|appraisement|customs\s+value|coastwise|"
                    r"Jones\s+Act|cabotage)", re.I)
_ASKED_TOO = re.compile(r"\b(?:second|further|another|additional|other)\s+question\s+"
                        r"(?:concerns|is|relates\s+to|involves|asks)\b[^.]*?(?P<k>transaction\s+"
                        r"value|valuation|appraisement|customs\s+value|coastwise|Jones\s+Act|"
                        r"cabotage)", re.I)
# A question the body puts in its own words: "We ask whether the transaction value is acceptable".
_ASKS_WHETHER = re.compile(r"\b(?:we|it|the\s+(?:importer|requester|company)|our\s+client)\s+"
                           r"(?:also\s+)?ask\w*\s+whether\b[^.]*?(?P<k>transaction\s+value|"
                           r"valuation|appraisement|customs\s+value|coastwise|Jones\s+Act|"
                           r"cabotage)", re.I)
_RE_INNER = re.compile(r"\n[ \t]*(?:Re|Subject|Subj\.?|Regarding)[ \t]*:[ \t]*(?P<v>\S[^\n]*)",
                       re.I)
_RE_CELL = re.compile(r"\s*(?:Re|Subject|Subj\.?|Regarding|Ruling\s+type|Type\s+of\s+ruling)"
                      r"\s*:?\s*", re.I)
# The sentence that asks for the ruling names its kind when a subject line does not ("Re: Request
# for binding ruling" ... "we ask for a binding tariff classification ruling").
# (an abbreviation's full stop, "the U.S. subsidiary", "19 U.S.C. 1401a", ends no sentence)
_IN_SENTENCE = r"(?:[^.]|(?<=\bU)\.(?=S\.)|(?<=\bU\.S)\.(?=C\.|\s+[a-z])|(?<=\bU\.S\.C)\.)"
_REQUEST_CLAUSE = re.compile(r"\b(?:request|ask|seek)\w*\s+(?:for\s+)?(?:a|an)\s+"
                             rf"(?P<what>[^.]{{0,60}}?\bruling\b{_IN_SENTENCE}*)", re.I)
_QUESTION = re.compile(r"\b(?:we|it|the\s+(?:importer|requester|company)|our\s+client)\s+"
                       r"(?:ask|believe|submit|propose)s?\s+(?:whether|that|which|how)?"
                       r"[^.]*(?:\.\d[^.]*)*", re.I)
_RULING_ON = re.compile(r"ruling\s+(?:under\s+19\s+CFR\s+Part\s+177\s+)?(?:on|regarding|"
                        r"concerning|as\s+to)\s+(?P<what>[^.]+)", re.I)
_RECONSIDER = re.compile(r"reconsider\w*\s+(?:of\s+)?(?:New\s+York\s+|NY\s+|Headquarters\s+|HQ\s+)?"
                         r"Ruling\s+(?:No\.?\s*)?(?P<n>[NH]\d{6}|\d{6})", re.I)


# "Ruling requested" on a line of its own heads a section: its answer when that names a subject
# ("1. Ruling requested" / "Tariff classification."), else the question asked in prose under it.
_RULING_HEADING = label(r"ruling\s+(?:requested|sought)(?=[ \t]*(?:\n|$))")

# A question naming no subject but a tariff number ("The importer proposes subheading ...", "a
# ruling that the goods fall in 8714943000") asks for a classification; only then, so a valuation
# question that mentions the goods' subheading stays a valuation question.
_TARIFF_ASKED = re.compile(r"\bsubheading\b|\bfalls?\s+(?:in|under|within)\s+(?:heading\s+)?\d{4}",
                           re.I)
# A summary's row of the question put, when it names the kind: "Question: the tariff
# classification of ...", "Question presented -", "Issue:". Not among the captions the reader
# reads under: a question it did not read the kind from ("Is this marking conspicuous ...?")
# stays text it did not place.
_QUESTION_ROW = label(r"(?:the\s+)?(?:question|issue)(?:\s+(?:presented|asked|raised|posed))?"
                      + COLON_AHEAD)


def question_subjects(text: str) -> list[RulingType]:
    """The subjects a phrase names; classification when it names none but a tariff number."""
    return subjects_in(text) or (["classification"] if _TARIFF_ASKED.search(text) else [])


def _names_subject(text: str) -> bool:
    return bool(question_subjects(text))


def subjects_in(text: str) -> list[RulingType]:
    """The subjects a phrase names, in order of appearance, each once."""
    found: list[RulingType] = []
    for match in _SUBJECT.finditer(text):
        kind = match.lastgroup
        if kind is not None and kind not in found:
            found.append(kind)  # type: ignore[arg-type]
    return found


def read_subject(items: list[Paragraph], fields: Fields) -> None:
    """The main subject in the letter's own words and any further ones; a reconsideration."""
    subject_line: Span | None = None
    for index, paragraph in enumerate(items):
        if match := RE_LINE.match(paragraph.text):
            subject_line = Span(paragraph, match.end(), len(paragraph.text))
            break
        if inner := _RE_INNER.search(paragraph.text):
            # Set tight under the addressee or the title ("To: ...\nSubject: valuation of ..."),
            # the subject line shares their paragraph: the line is the subject.
            subject_line = Span(paragraph, inner.start("v"), inner.end("v"))
            break
        if _RE_CELL.fullmatch(paragraph.text) and index + 1 < len(items):
            # A worksheet's "Subject" cell, its value in the cell beside it, read apart.
            after = items[index + 1]
            subject_line = Span(after, 0, len(after.text))
            break
    # A subject line that names a subject wins; one that names only the goods or "a ruling"
    # leaves the kind to the sentence asking for the ruling, and is "other" only failing that.
    source: tuple[Span, float] | None = None
    if subject_line is not None and subjects_in(subject_line.text):
        source = (subject_line, LABELLED)
    if source is None and (found := labelled(items, LABELS["ruling_type"], STOP)
                           or labelled(items, _QUESTION_ROW, STOP, _names_subject)
                           or labelled(items, _RULING_HEADING, STOP, _names_subject)
                           or _section_line(items, _RULING_HEADING)):
        source = (found, LABELLED)
    if source is None:
        source = _titled(items)
    if source is None:
        source = _asked_for(items)
    if source is None:
        source = _question_asked(items)
    if source is None:
        source = _first_naming(items, _DIRECT_QUESTION)
    if source is None:
        source = _first_naming(items, _RULE_THAT)
    if source is None:
        source = _first_naming(items, _TREATMENT_ASKED)
    tariff_reconsidered = source is None and (source := _reconsidered_on(items)) is not None
    if source is None and subject_line is not None:
        source = (subject_line, LABELLED)
    if source is None:
        source = _first_naming(items, _QUESTION_PUT)
    if source is None:
        source = _asked_for(items, named=False)
    if source is not None:
        span, confidence = source
        subjects = question_subjects(span.text) or (
            ["classification"] if tariff_reconsidered else ["other"])
        subjects += [s for s in _asked_in_body(items) if s not in subjects]
        fields.put_span("ruling_type", subjects[0], span, confidence)
        fields.put_span("other_subjects", tuple(subjects[1:]), span, confidence)
    for paragraph in items:
        # "This request does not seek reconsideration of Ruling N312345" asks for none.
        if (match := _RECONSIDER.search(paragraph.text)) and not denied_before(
                paragraph.text, match.start()):
            span = Span(paragraph, match.start(), match.end())
            fields.put_span("reconsideration_requested", True, span, PROSE)
            fields.put_span("reconsidered_ruling", match["n"].upper(), span, PROSE)
            break


# A form's or a letter's title line: "REQUEST FOR BINDING RULING - CLASSIFICATION", "Request for
# a country of origin ruling", "Marking ruling request"; or a run-in heading that names the
# question: "Valuation question: whether ...", "Carrier question (46 U.S.C. 55102): ...".
_TITLE = re.compile(r"[^\n]{0,60}\bruling\b[^\n]{0,60}", re.I)
_TITLE_WORDS = re.compile(r"\brequest\b", re.I)
_QUESTION_HEADING = re.compile(r"\s*(?P<what>[A-Za-z][A-Za-z -]{2,40}?)\s+(?:question|issue)\b"
                               r"[^:\n]{0,40}:", re.I)
# The result asked for names the subject: "ask Headquarters ... to rule that the merchandise is
# classified in subheading 7323.94.0040".
_RULE_THAT = re.compile(r"\brule\s+that\s+(?P<what>[^.;]+)", re.I)
# The question put in so many words, a list's item or a sentence of its own: "* What is the
# appraisement (transaction value) of the articles?", "1. Is the price paid acceptable as
# transaction value?", "What is the country of origin of the assembled lamps?".
_DIRECT_QUESTION = re.compile(r"(?:^|(?<=[.:]\s))[ \t]*(?:[*\u2022\u00b7-]|\d{1,2}[.)])?[ \t]*"
                              r"(?P<what>(?:What|Which|Is|Are|Does|Do|May|Can|Should|How|Would)"
                              r"\b[^?.]{5,200}\?)", re.M)
# The ruling asked for as the treatment wanted, no subject named: "We request that the merchandise
# be classified in subheading 8714.91.50", "we ask that the goods be found to fall under heading
# 6911", "The importer seeks confirmation that the articles are classifiable in ...".
_TREATMENT_ASKED = re.compile(r"\b(?:request|ask|seek|submit|propose)\w*\s+(?:(?:confirmation|a\s+"
                              r"ruling)\s+)?that\s+(?P<what>[^.;]{0,60}?\b(?:be|is|are)\s+"
                              r"(?:found\s+to\s+(?:be|fall)\s+|properly\s+)?(?:classif|fall)[^.;]+)",
                              re.I)

# The question put on a line or in a clause of its own, which the asking sentence points back to
# ("We ask for a binding ruling on the question above"): "Question: whether the price is
# transaction value", "Issue presented - whether ...", "...; question whether this is coastwise
# trade", "Question for CBP: does the marking satisfy 19 U.S.C. 1304?".
_QUESTION_PUT = re.compile(r"(?:^|[;\n\u2022]|\.\s)[ \t-]*(?:the\s+)?(?:legal\s+)?"
                           r"(?:question|issue)s?"
                           r"(?:\s+(?:presented|raised|for\s+(?:CBP|the\s+ruling)))?"
                           r"(?:\s*[:\u2013-]\s*|\s+(?=whether\b))(?P<what>[^.?]+)", re.I)


def _titled(items: list[Paragraph]) -> tuple[Span, float] | None:
    """The subject a one-line title or a question's run-in heading names."""
    for paragraph in items:
        first = paragraph.text.split("\n")[0]
        if ("\n" not in paragraph.text.strip() and _TITLE.fullmatch(first)
                and _TITLE_WORDS.search(first) and subjects_in(first)):
            return Span(paragraph, 0, len(first)), LABELLED
        if (match := _QUESTION_HEADING.match(paragraph.text)) and subjects_in(match["what"]):
            return Span(paragraph, match.start("what"), match.end("what")), PROSE
    return None


# Why a ruling should be reconsidered, in a tariff's terms: "it misread the heading", "the
# subheading it gave is wrong", "GRI 3(b) was misapplied", "the Explanatory Notes ...".
_RECONSIDER_WHY = re.compile(r"\breconsider\w*\b[^.]*?\b(?P<what>(?:sub)?headings?|tariff|HTSU?S?|"
                             r"GRI|General\s+Rules?\s+of\s+Interpretation|Explanatory\s+Notes?|"
                             r"classif\w*)\b", re.I)


def _reconsidered_on(items: list[Paragraph]) -> tuple[Span, float] | None:
    """A ruling asked to be reconsidered for what it said of the tariff: a classification ruling
    (19 CFR 177.12), though neither the Re: line nor the request names the kind."""
    for paragraph in items:
        if match := _RECONSIDER_WHY.search(paragraph.text):
            return Span(paragraph, match.start("what"), match.end("what")), PROSE
    return None


def _first_naming(items: list[Paragraph], pattern: re.Pattern[str]) -> tuple[Span, float] | None:
    """The first match of PATTERN whose `what` names a subject, at a sentence's confidence."""
    for paragraph in items:
        for match in pattern.finditer(paragraph.text):
            if question_subjects(match["what"]):
                return Span(paragraph, match.start("what"), match.end("what")), PROSE
    return None


def _asked_for(items: list[Paragraph], *, named: bool = True) -> tuple[Span, float] | None:
    """The first sentence asking for a ruling whose words name its subject (any ruling on ...
    when not `named`), at a sentence's confidence."""
    patterns = (_REQUEST_CLAUSE, _RULING_ON) if named else (_RULING_ON,)
    for pattern in patterns:
        for paragraph in items:
            for match in pattern.finditer(paragraph.text):
                if question_subjects(match["what"]) or not named:
                    return Span(paragraph, match.start("what"), match.end("what")), PROSE
    return None


def _question_asked(items: list[Paragraph]) -> tuple[Span, float] | None:
    """The question the body puts when neither the Re: line nor the request names the kind:
    "We ask whether the price ... may be used as transaction value", "We believe it is
    classified in subheading 6912.00.48, HTSUS"."""
    for paragraph in items:
        for match in _QUESTION.finditer(paragraph.text):
            if question_subjects(match.group(0)):
                return Span(paragraph, match.start(), match.end()), PROSE
    return None


def _asked_in_body(items: list[Paragraph]) -> list[RulingType]:
    """Headquarters subjects a sentence of the body asks about ("We also request a ruling that
    the price is acceptable as transaction value", "A second question concerns valuation", "We
    ask whether the transaction value is acceptable"), though the Re: line names only one."""
    found: list[RulingType] = []
    for paragraph in items:
        text = paragraph.text
        for asked in (*_ASKED.finditer(text), *_ASKED_TOO.finditer(text),
                      *_ASKS_WHETHER.finditer(text)):
            found += [s for s in subjects_in(asked["k"]) if s not in found]
    return found


def _section_line(items: list[Paragraph], pattern: re.Pattern[str]) -> Span | None:
    """The line under a caption that fills a numbered section's heading line inside a paragraph
    set single-spaced ("...\n1. Ruling requested\nTariff classification.\n2. ..."), where that
    line names a subject (a section's first line of prose may not: the later cues read it)."""
    for paragraph in items:
        lines = paragraph.text.split("\n")
        next_starts = list(accumulate(len(line) + 1 for line in lines))
        for index in range(1, len(lines) - 1):
            if pattern.fullmatch(lines[index]) and _names_subject(lines[index + 1]):
                start = next_starts[index]
                return Span(paragraph, start, start + len(lines[index + 1]))
    return None

