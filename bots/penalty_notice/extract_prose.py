"""Referral values stated in sentences rather than in labelled boxes.

Memoranda, audit referrals and reports of findings write "1. Violator. X, 700 Main St., City, ST
00000", "Our audit of X (address; importer number N)", "The date of the violation is ...",
"Culpability assessed: Negligent", "No prior disclosure was filed". Each field has a bank of
cues; the value is read from the words right after the cue, with the words' evidence, and scores
lower than a value read beside its label in a form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bots.common.reading.dates import find_dates, find_dates_across_lines
from bots.common.reading.money import AMOUNT_AFTER_CURRENCY, parse_money
from bots.common.reading.questions import on_same_line
from bots.customs.identifiers import parse_importer_number
from bots.penalty_notice.act_about import violation_on_or_about
from bots.penalty_notice.commercial_options import chosen_option, prints_both
from bots.penalty_notice.culpability import Level, level_in, levels_stated
from bots.penalty_notice.extract_disclosure_act import read_disclosure_act
from bots.penalty_notice.extract_header import IN_SENTENCE, INFERRED
from bots.penalty_notice.extract_header_values import yes_no_of
from bots.penalty_notice.extract_narrative import ACT
from bots.penalty_notice.extract_party import read_party
from bots.penalty_notice.money_printed import printed_on
from bots.penalty_notice.self_report import read_self_report
from tradebots.facts import Evidence, Extracted
from tradebots.pdf import TextStream

_WINDOW = 160  # characters after a cue in which its value is looked for
# The number may stand in brackets after its word: "open a penalty case (2024-3001-000123-01)",
# "case (no. 2024-...)".
_CASE_NUMBER = (r"\s*\(?\s*(?:no\.?|number|#|id)?\s*[:.]?\s*\(?\s*"
                r"(?P<v>[A-Z0-9]{2,}(?:-[A-Z0-9]+){1,5})")
_CASE = re.compile(r"(?i)\b(?:case|file)" + _CASE_NUMBER)
# A letter titled by the referral it is ("Penalty referral 2025-5201-119184-01"): a weaker cue,
# read only where no case or file is numbered.
_REFERRAL = re.compile(r"(?i)\breferral" + _CASE_NUMBER)
# A letter's "Ref: ..." or "Our case reference is ...": a reference may be any office's own, so
# only a number in the penalty case's shape (year, port, serial, suffix) is the case's.
_REFERENCE = re.compile(r"(?i)\b(?:(?:our\s+|case\s+)?ref(?:erence)?\.?)(?:\s+(?:no\.?|number|#))?"
                        r"\s*(?::|is\b)?\s*(?P<v>\d{4}-\d{4}-\d{6}-\d{2})\b")
_IMPORTER = re.compile(
    # "(IOR 29-1841129)": the abbreviation right before its number, no word between; "whose
    # importer number is 45-1730200": the number after its words and the verb
    r"(?i)\b(?:(?:importer|ior)(?:\s+of\s+record)?\s*(?:(?:no\.?|number|#|id)\s*"
    r"(?:[:.]|(?:is|was)\s)?|:)|ein\b:?"
    r"|ior(?=\s*\d)|ior\s+(?:is|was)\s+(?=\d))\s*"
    r"(?P<v>[0-9][0-9A-Z]*(?:\s*-\s*[0-9A-Z]+)*)"
)
# The statute a violation is "of", between it and its verb: "a violation of 19 U.S.C. 1592 first
# committed on", "the violation of section 592 of the Tariff Act of 1930, which began on".
_OF_STATUTE = (r"(?:\s+of\s+(?:(?:19\s+)?U\.?\s?S\.?\s?C\.?\s*(?:§\s*)?|(?:section|sec\.)\s+|§\s*)"
               r"\d{3,4}(?:\([a-z0-9]+\))*(?:\s+of\s+the\s+Tariff\s+Act(?:\s+of\s+1930)?)?)?")
VIOLATION_DATE_CUE = re.compile(
    r"(?i)(?:date\s+of\s+(?:the\s+)?violation|violation\s+date"
    # "the violation began", and in a clause: "the violation, which began on", "the violations
    # that first occurred on", "the violation - which commenced"
    rf"|violations?{_OF_STATUTE},?\s*(?:[-\u2013\u2014(]\s*)?(?:(?:which|that)\s+)?"
    r"(?:(?:first|initially)\s+)?"
    r"(?:occurred|began|started|commenced|arose)|\bviol\.\s*(?:date|dt\b)"
    r"|\b(?:date|dt\.?)\s+of\s+viol\."
    r"|violated\s+on|earliest\s+violation(?:\s+date)?"
    # "the first violation dating from 2023-12-22", "violations dating back to 3/1/22"
    r"|violations?\s+dat(?:ing|es?|ed)\s+(?:back\s+)?(?:from|to)"
    # A finding's own words, "Violation committed on Oct. 21, 2023", as well as a sentence's.
    rf"|violations?{_OF_STATUTE},?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?"
    r"(?:(?:first|initially)\s+)?committed|violations?\s+took\s+place"
    # The date given to the violation: "The violation is dated 15 January 2025", "the
    # violation was fixed at 3/3/23", "the violation is taken as of May 2, 2023".
    rf"|violations?{_OF_STATUTE},?\s+(?:is|was|are|were|has\s+been|have\s+been|shall\s+be)\s+"
    r"(?:(?:dated|fixed|set|taken|treated|deemed|recorded|placed)(?:\s+as)?(?:\s+(?:at|on|of))?))"
)
# The act that is the violation, dated: "The first false entry was made on 3/26/23", "the
# earliest entry at issue was filed on", "the first of the entries was entered on". A weaker cue
# than the violation named: read only when no sentence dates the violation itself.
_FIRST_ACT = re.compile(
    r"(?i)\b(?:first|earliest|initial)\s+(?:(?:false|violating|offending|improper|incorrect"
    r"|erroneous|misdeclared|undervalued|misclassified)\s+)?(?:(?:of\s+the\s+)?(?:entry|entries)"
    r"|importation|declaration|statement|shipment|filing)(?:\s+(?:at\s+issue|concerned|in\s+question"
    r"|involved))?\s+(?:was|were)\s+(?:made|filed|entered|presented|submitted|lodged)"
)
# What joins a date to the cue that follows it: ", which is the", " (the", " - the", and a
# clause that takes the date as the cue: ", which the meeting takes as the", ", which we treat
# as the", ", which CBP regards as the", ", being the", ", that is, the".
_NAMED_BEFORE = re.compile(
    r"\s*(?:,\s*(?:which|that)\s+(?:[\w'.&]+\s+){0,5}?(?:is|was|as|be|marks)"
    r"|,\s*(?:being|that\s+is,?|i\.e\.,?)|\(|[-\u2013\u2014])\s*(?:the\s+)?$", re.I)
# A date set in apposition to the cue by a comma alone names it only when the cue's phrase
# closes there: "filed on March 3, 2023, the date of the violation." ("..., the date of the
# violation was 4/1/2023" names the date after it).
_APPOSITION = re.compile(r"\s*,\s*(?:the\s+)?$", re.I)
_CLOSES_APPOSITION = re.compile(r"\s*(?:[.;)]|,\s|$)")
_CULPABILITY_CUE = re.compile(r"(?i)culpab\w*|\bculp\.|degree\s+of\s+fault")
# "prior disclosure", "voluntary (prior) disclosure", "voluntary disclosure", and the clerks'
# "PD" before its answer ("PD = accepted", "PD: N").
PRIOR_DISCLOSURE = re.compile(
    r"(?i)prior\)?\s+(?:disclosure|discl?\.)|voluntary\s+disclosure|(?-i:\bPD\b)(?=\s*[:=\-])")
_BOTH_ANSWERS = re.compile(r"(?i)^(?=.*\byes\b)(?=.*\bno\b)")
_PRIOR_NO_BEFORE = re.compile(
    r"(?i)(?:\bno|\bnot|without|never|n't|neither|nor)\s+(?:\w+\s+){0,3}$"
)
# "The party made a valid prior disclosure on ...": the act before the mention.
_PRIOR_YES_BEFORE = re.compile(
    r"(?i)\b(?:made|filed|submitted|tendered|perfected)\s+(?:a|an|its)\s+(?:valid\s+|timely\s+)?$"
)
# The act told, then named in parentheses: "The party disclosed the violation to CBP before it
# learned of any inquiry (prior disclosure)", "the importer told CBP of the false statements in
# writing and tendered the duties (prior disclosure under 19 U.S.C. 1592(c)(4))".
_DISCLOSED_NAMED = re.compile(
    r"(?i)(?<!not\s)(?<!never\s)\b(?:disclosed|told|informed|notified|advised|reported)\b"
    r"[^.()]{0,120}\(\s*$"
)
# A label's own last word may stand between the mention and its answer ("Prior Disclosure
# Filed: No", "Prior Disclosure Status: Y").
_PRIOR_LABEL_TAIL = r"(?:(?:filed|status|made|received)\s*:\s*)?"
_PRIOR_NO_AFTER = re.compile(
    r"(?i)^\s*(?:\([^)]*\))?\s*[:.\-=]?\s*" + _PRIOR_LABEL_TAIL
    + r"(?:no\b|n\b|none|n/?a\b|not\s+(?:filed|made|applicable|received|accepted|on\s+file)"
    r"|was\s+not\b|has\s+not\b)"
)
# The rule the disclosure was made under may stand before the act: "... under 162.74 received".
_UNDER_RULE = (r"(?:(?:under|pursuant\s+to|per)\s+(?:19\s+)?(?:C\.?F\.?R\.?\s+|U\.?S\.?C\.?\s+)?"
               r"(?:§\s*)?\d[\d.]*(?:\([a-z0-9]+\))*,?\s+)?")
_PRIOR_YES_AFTER = re.compile(
    r"(?i)^\s*(?:\([^)]*\))?\s*[:.\-=]?\s*" + _PRIOR_LABEL_TAIL + _UNDER_RULE
    # a disclosure CBP has taken: "accepted", "granted", "verified", "valid", "on file"
    # a label's own last word before its colon ("Filed: -") is no answer
    + r"(?:yes\b|y\b|(?:filed|made|received|submitted)(?!\s*:)|perfected|accepted|granted|verified"
    r"|valid\b"
    r"|on\s+file"
    r"|(?:[^.]|\.(?=\d)){0,80}?\b(?:was|were|has\s+been|had\s+been)\s+(?:timely\s+)?"
    r"(?:filed|made|received|submitted|perfected|tendered))"
)
# "noncommercial" as a value, not inside a label such as "Commercial/noncommercial:"; after a
# verb ("The importation was noncommercial: personal effects") a colon opens its explanation.
_NONCOMMERCIAL = re.compile(
    r"(?i)\b(?:was|were|is|are)\s+(?:non[\s-]*commercial|for\s+personal\s+use)\b"
    r"|(?<![/\w])(?<!or\s)(?:non[\s-]*commercial|personal\s+use|not\s+for\s+sale)(?!\s*[:/])"
    # "Personal importation.", "a private shipment": goods for the party's own use (162.77(c))
    r"|(?<![/\w])(?<!non\s)(?<!not\s)(?<!not\sa\s)(?:personal|private)\s+"
    r"(?:importations?|shipments?|entr(?:y|ies))\b(?!\s*[:/])"
)
_MONEY_IN_TEXT = (
    # "$216 000.00": thousands set apart by a (thin) space after a currency are one amount.
    rf"{AMOUNT_AFTER_CURRENCY}"
    r"|-?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|-?\d+\.\d{2}"
)


def _extracted(stream: TextStream, start: int, end: int, value: Any, conf: float) -> Extracted:
    return Extracted(value, stream.evidence(start, end), conf)


def read_case(stream: TextStream) -> Extracted | None:
    for cue in (_CASE, _REFERRAL, _REFERENCE):
        for match in stream.finditer(cue):
            value = match.group("v").upper()
            if sum(c.isdigit() for c in value) >= 4:
                return _extracted(stream, match.start("v"), match.end("v"), value, IN_SENTENCE)
    return None


def read_importer(stream: TextStream) -> Extracted | None:
    for match in stream.finditer(_IMPORTER):
        parsed = parse_importer_number(re.sub(r"\s+", "", match.group("v")))
        if parsed is not None:
            return _extracted(stream, match.start("v"), match.end("v"), parsed.normalized,
                              IN_SENTENCE)
    return None


def read_violation_date(stream: TextStream) -> Extracted | None:
    """The date the referral names for the violation, by a cue, else as the start of the act its
    statement reports ("knowingly undervalued its entries, beginning 9-9-22") or dates it
    ("undervalued the tumblers on or about March 3, 2023")."""
    return _cued_violation_date(stream) or _act_begun(stream) or violation_on_or_about(stream)


# The start of a continuing act: "..., beginning 9-9-22", "starting on the 14th day of ...".
_BEGUN = re.compile(r"(?i)\b(?:beginning|starting|commencing|since)(?:\s+(?:on|in|with))?\s+")
_SENTENCE_START = re.compile(r"[.;]\s|\n\s*\n")


def _act_begun(stream: TextStream) -> Extracted | None:
    """The date an act's sentence says it began; a weaker cue than a labelled date."""
    for cue in stream.finditer(_BEGUN):
        found = next(iter(find_dates_across_lines(stream.text[cue.end():cue.end() + 40])), None)
        if found is None or stream.text[cue.end():cue.end() + found.start].strip() not in (
                "", "the"):
            continue
        starts = [m.end() for m in _SENTENCE_START.finditer(stream.text, 0, cue.start())]
        if ACT.search(stream.text, starts[-1] if starts else 0, cue.start()):
            start = cue.end() + found.start
            return _extracted(stream, start, start + len(found.text), found.value, INFERRED)
    return None


def _cued_violation_date(stream: TextStream) -> Extracted | None:
    """The date after its cue ("Date of violation: ..."), or the date the cue names from behind:
    "filed on 10/02/2023, which is the date of the violation", "Beginning Jan. 3, 2024 (the date
    of violation)", or a chronology's row "2023-04-01  First entry ... (date of violation)"."""
    cues = [*stream.finditer(VIOLATION_DATE_CUE), *stream.finditer(_FIRST_ACT)]
    for cue in cues:
        if (dated := _row_date(stream, cue.start())) is not None:
            return dated
        before = stream.text[max(0, cue.start() - 60):cue.start()]
        link = _NAMED_BEFORE.search(before)
        if link is None and _CLOSES_APPOSITION.match(stream.text, cue.end()):
            link = _APPOSITION.search(before)  # "on 3/3/2023, the date of the violation."
        if link is not None:
            named = [d for d in find_dates_across_lines(before[:link.start()])
                     if d.end == link.start()]
            if named:
                start = cue.start() - len(before) + named[-1].start
                return _extracted(stream, start, start + len(named[-1].text), named[-1].value,
                                  IN_SENTENCE)
        window = stream.text[cue.end():cue.end() + 60]
        found = next(iter(find_dates_across_lines(window)), None)
        if found is not None:
            start = cue.end() + found.start
            return _extracted(stream, start, start + len(found.text), found.value, IN_SENTENCE)
    return None


# A chronology names an event's date first; the event's words may run on for a line before the
# cue ("2023-04-01 First entry with the misdescribed goods (date of violation)"): the row's date.
_ROW_TO_CUE = re.compile(
    r"(?:[^\n]{0,100}?[(\-\u2013\u2014:;,])?\s*(?:the\s+|this\s+is\s+the\s+)?$", re.I)


def _row_date(stream: TextStream, cue_start: int) -> Extracted | None:
    """The date that starts the cue's line when the rest of the line is the event it dates."""
    line_start = stream.text.rfind("\n", 0, cue_start) + 1
    first = next(iter(find_dates(stream.text[line_start:cue_start])), None)
    if first is None or stream.text[line_start:line_start + first.start].strip():
        return None
    if not _ROW_TO_CUE.fullmatch(stream.text[line_start + first.end:cue_start]):
        return None
    line_end = stream.text.find("\n", cue_start)
    if find_dates(stream.text[cue_start:line_end if line_end >= 0 else None]):
        return None  # "03/01/2024 Violation date: 2023-04-01": the cue labels the later date
    start = line_start + first.start
    return _extracted(stream, start, start + len(first.text), first.value, IN_SENTENCE)


def read_culpability(stream: TextStream) -> Extracted | None:
    """The level named after a culpability cue; else the one level the whole text names."""
    for cue in stream.finditer(_CULPABILITY_CUE):
        window = stream.text[cue.end():cue.end() + 100]
        found = level_in(window)
        if found is not None and (start := _options_line(window, found.start)) is not None:
            # The levels listed on a line below the cue: only a mark before one picks it.
            marked_level = level_in(window[start:])
            found = Level(marked_level.value, start + marked_level.start,
                          start + marked_level.end) if marked_level else None
        if found is not None:
            return _extracted(stream, cue.end() + found.start, cue.end() + found.end,
                              found.value, INFERRED if found.weak else IN_SENTENCE)
    # "described the conduct as failure to exercise reasonable care; ... that level of
    # culpability": the level may be named, or described in the guidelines' words, anywhere.
    named = levels_stated(stream.text)
    levels = {level.value for level in named}
    if len(levels) != 1:
        return None  # none named, or several ("fraud / negligence penalty"): a person reads it
    return _extracted(stream, named[0].start, named[0].end, levels.pop(), INFERRED)


def _options_line(window: str, at: int) -> int | None:
    """Where the line starts when the level found at AT stands on a line listing two levels or
    more (a form's choices, "Negligence  Gross negligence  Fraud"); else None."""
    start = window.rfind("\n", 0, at) + 1
    end = window.find("\n", at)
    line = window[start:end if end >= 0 else len(window)]
    return start if len({level.value for level in levels_stated(line)}) > 1 else None


def read_prior_disclosure(stream: TextStream) -> Extracted | None:
    """Whether a prior disclosure was made, from the wording around its first answered mention."""
    return next(disclosures_named(stream), None)


def disclosures_named(stream: TextStream) -> Iterator[Extracted]:
    """What the wording around each mention of a prior disclosure answers, mention by mention."""
    for match in stream.finditer(PRIOR_DISCLOSURE):
        before = stream.text[max(0, match.start() - 40):match.start()]
        after = stream.text[match.end():match.end() + _WINDOW].split("\n\n")[0]
        value: bool | None = None
        line = after.split("\n", 1)[0]
        if _BOTH_ANSWERS.search(line):
            value = yes_no_of(line)  # a form's Yes and No both printed: only its mark answers
        elif _PRIOR_NO_BEFORE.search(before) or _PRIOR_NO_AFTER.match(after):
            value = False
        elif (_PRIOR_YES_AFTER.match(after) or _PRIOR_YES_BEFORE.search(before)
              or _DISCLOSED_NAMED.search(stream.text[max(0, match.start() - 160):match.start()])):
            value = True
        if value is not None:
            yield _extracted(stream, match.start(), match.end(), value, INFERRED)


# A grid row whose caption is the flag itself and whose cell answers it ("Noncommercial  N/A",
# "Non-commercial  -"): the word is the question, not the answer.
_CAPTION_BEFORE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*\u2022])?[ \t]*")
_ANSWER_AFTER = re.compile(
    r"(?i)[ \t]*(?:\((?:y/n|yes/no)\))?[ \t]*[?:=]?[ \t]*"
    r"(?:y|n|yes|no|n/?a|none|not\s+applicable|-+|\u2013|\u2014)[ \t]*")


def read_noncommercial(stream: TextStream,
                       beside: Evidence | Sequence[Evidence] | None = None) -> Extracted | None:
    """A noncommercial importation said in words; none on the line of BESIDE (a drawn box's
    caption, which that box answers, or each of a column of options)."""
    besides = [] if beside is None else [beside] if isinstance(beside, Evidence) else beside
    for match in stream.finditer(_NONCOMMERCIAL):
        text = stream.text
        start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        end = len(text) if end < 0 else end
        if (_CAPTION_BEFORE.fullmatch(text, start, match.start())
                and _ANSWER_AFTER.fullmatch(text, match.end(), end)):
            continue  # the flag's own caption: its answer is read as a question's
        if prints_both(text[start:end]):
            # A form's pair of options ("[X] Commercial [ ] Noncommercial"): only its mark
            # answers; unmarked or marked both ways, nothing is read from the words.
            chosen = chosen_option(text[start:end])
            if chosen is None:
                continue
            found = _extracted(stream, start, end, chosen, INFERRED)
        else:
            found = _extracted(stream, match.start(), match.end(), True, INFERRED)
        if any(on_same_line(found.evidence, one) for one in besides):
            continue
        return found
    return None


# "Four hundred fifty thousand dollars": number words and hyphens, ending in "dollars"; a
# cheque's cents between them ("Ninety and 00/100 Dollars", "and no/100 U.S. Dollars") or
# after them ("Ninety Dollars and Fifty Cents").
_IN_WORDS = (r"(?:(?:[A-Za-z]+|&|(?:\d{1,2}|no|xx)\s*/\s*100)[\s-]+){1,30}?"
             r"(?:U\.?\s?S\.?\s+)?dollars(?:\s+(?:and|&)\s+(?:[A-Za-z]+[\s-]+){1,3}?cents)?")


# The rest of a line that is only more figures: the label's row of a table, not a sentence.
_TRAILING_FIGURES = re.compile(rf"[ \t]+(?:{_MONEY_IN_TEXT})(?:[ \t]+(?:{_MONEY_IN_TEXT}))*[ \t]*$",
                               re.MULTILINE)


def _value_reader(cue: str) -> Callable[[TextStream], Extracted | None]:
    # "Domestic value: $1", "the domestic value of the merchandise in the 2 entries is $1":
    # the amount may follow a few words, and it is money only with $, USD, cents or commas.
    pattern = re.compile(
        # The words between may wrap: "Domestic value of the" over "merchandise: $1".
        rf"(?i){cue}\s*(?:\([^)]*\))?(?:\s+(?:of|for|on|in)\s+(?:[^.:;$\n]|\n(?=(?-i:[a-z])))"
        r"{0,60}?)?\s*"
        # "We estimate (put, fix) the domestic value at $1"
        r"(?:is|was|:|of|totals?|amounts?\s+to|equals|stands\s+at|at)?\s*:?\s*"
        # a cheque's style: the sum in words, then its figure in brackets, which is read
        rf"(?:{_IN_WORDS}\s*\(\s*)?"
        rf"(?P<amount>{_MONEY_IN_TEXT})(?!\d|,\d)"
    )

    def read(stream: TextStream) -> Extracted | None:
        for match in stream.finditer(pattern):
            value = parse_money(match.group("amount"))
            if _TRAILING_FIGURES.match(stream.text, match.end("amount")):
                continue  # a computation row, "Domestic value 162.43 207038.00": which is it?
            if value is not None:
                # "USD 90 000,00", "$90K": the figure goes on past what was read; its evidence
                # is the whole figure as printed, which a person reads (money_printed).
                going_on = printed_on(stream.text, match.end("amount"))
                return _extracted(stream, match.start("amount"), going_on, value, IN_SENTENCE)
        return None

    return read


PROSE_READERS: dict[str, Callable[[TextStream], Extracted | None]] = {
    "case_number": read_case,
    "importer_number": read_importer,
    "violation_date": read_violation_date,
    "culpability": read_culpability,
    "prior_disclosure": lambda stream: (read_prior_disclosure(stream) or read_disclosure_act(stream)
                                        or read_self_report(stream)),
    "noncommercial": read_noncommercial,
    "domestic_value": _value_reader(r"(?:\bdom(?:estic|\.)\s*val(?:ue\b|\.)|\bd\.\s?v\.)"),
    "dutiable_value": _value_reader(r"(?:total\s+)?\bdut(?:iable|\.)\s*val(?:ue\b|\.)"),
}


def read_prose(stream: TextStream) -> dict[str, Extracted]:
    """Every field the referral states in its sentences, by contract key."""
    fields = read_party(stream)
    for key, reader in PROSE_READERS.items():
        found = reader(stream)
        if found is not None:
            fields[key] = found
    return fields
