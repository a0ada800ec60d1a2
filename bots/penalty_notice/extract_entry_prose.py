"""Entries a referral lists in sentences or bullets instead of a table.

"Entry 112-8477237-0, entered 11/01/2022 and liquidated, entered value $69,800.63; duty paid
$1,745.02, duty lawfully owed $4,537.05." Each entry's values are read from the words between
its number and the next entry's; an entry counts only when both duties are stated, and its
values score lower than a table cell's.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from bots.common.reading.dates import find_dates
from bots.common.reading.money import AMOUNT_AFTER_CURRENCY, parse_money
from bots.customs.identifiers import normalize_entry_number
from bots.penalty_notice.extract_entries import (
    CHECK_DIGIT_FAILED,
    ENTRY_NUMBER,
    EntryRow,
    liquidated_of,
)
from bots.penalty_notice.money_printed import printed_on
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

IN_SENTENCE = 0.8
MARK_ONLY = 0.7  # a bare Y/N in a list item: no word says it is the liquidation
_REACH = 400  # characters after an entry number that may still describe it

_MONEY = rf"(?P<m>{AMOUNT_AFTER_CURRENCY}|-?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d{{1,2}})?)"
_LINK = r"\s*(?:of|was|were|is|:|=|amounting\s+to|totall?ing)?\s*"
_AMOUNTS: dict[str, re.Pattern[str]] = {
    "duty_paid": re.compile(
        rf"(?i)(?:dut(?:y|ies)\s+(?:paid|deposited|tendered|as\s+entered)|estimated\s+dut(?:y|ies)"
        # "should have (been) paid $X" is what was owed
        rf"|(?<!have\s)(?<!been\s)(?:deposit(?:ed|ing)?|pa(?:id|ying)|tender(?:ed|ing))"
        rf"(?:\s+(?:estimated\s+)?dut(?:y|ies))?)"
        rf"{_LINK}{_MONEY}"
    ),
    # and a writer's other words: "revised duty", "actual duty", "duty as corrected", "duty
    # payable", "duty that should have been paid"
    "duty_owed": re.compile(
        rf"(?i)(?:dut(?:y|ies)\s+(?:lawfully\s+|properly\s+)?(?:owed|owing|due|payable)"
        rf"|(?:correct|revised|actual|true|proper|determined)\s+dut(?:y|ies)"
        rf"|dut(?:y|ies)\s+(?:as\s+corrected|liability)"
        rf"|lawful\s+dut(?:y|ies)|should\s+have\s+(?:been\s+)?(?:paid|deposited)|owed)"
        rf"{_LINK}{_MONEY}"
    ),
    # a clerk's "EV $39,399.78" (entered value) too, the amount after it with no colon
    "entered_value": re.compile(
        rf"(?i)(?:(?:entered|declared|dutiable)?\s*value|valued\s+at|(?-i:\bE\.?V\.?)){_LINK}{_MONEY}"),
}
# The loss told for an entry instead of its duty owed: "additional duty owed $X", "underpayment
# $X", "loss of duties $X" (owed less paid, 19 CFR 162.71(a)); never the duty owed itself. A
# clerk's short label before the amount, with no colon: "Loss 2,554.72", "LOR $2,554.72" (loss of
# revenue), "LOD $2,554.72".
_ADDED = re.compile(r"(?i)\b(?:additional|unpaid|outstanding|remaining)\s+(?:dut(?:y|ies)\s+)?$")
_LOSS_TOLD = re.compile(
    rf"(?i)(?:(?:additional|unpaid|outstanding)\s+dut(?:y|ies)(?:\s+(?:owed|owing|due))?"
    rf"|under\s*payment|loss\s+of\s+(?:duty|duties|revenue)|shortfall"
    rf"|\bloss\b|(?-i:\bLO[RD]\b)){_LINK}{_MONEY}")


def _owed_from_loss(stream: TextStream, paid: Extracted, start: int, end: int
                    ) -> dict[str, Extracted]:
    """The duty owed as the duty paid and the loss told after START together; {} when no loss
    is told."""
    loss = _LOSS_TOLD.search(stream.text, start, end)
    value = parse_money(loss.group("m")) if loss else None
    if loss is None or value is None or not isinstance(paid.value, Decimal):
        return {}
    evidence = stream.evidence(loss.start("m"), printed_on(stream.text, loss.end("m")))
    return {"duty_owed": Extracted(paid.value + value, evidence, IN_SENTENCE)}


# The amount told before its verb, in the passive: "duty of USD 2,001.41 was deposited",
# "duties in the amount of $629.50 were paid", "duty of $1,636.72 is lawfully owed".
_AMOUNT_FIRST = (rf"(?i)\bdut(?:y|ies)\s+(?:of|in\s+the\s+amount\s+of|totall?ing)\s*{_MONEY}"
                 r"(?:\s*(?:USD|U\.S\.\s+dollars|dollars))?\s+")
_TOLD_AFTER: dict[str, re.Pattern[str]] = {
    "duty_paid": re.compile(rf"{_AMOUNT_FIRST}(?:was|were|(?:has|have|had)\s+been)\s+"
                            rf"(?:paid|deposited|tendered)\b"),
    "duty_owed": re.compile(rf"{_AMOUNT_FIRST}(?:is|was|were|(?:has|have|had)\s+been)\s+"
                            rf"(?:lawfully\s+|actually\s+)?(?:owed|owing|due)\b"),
}
_ENTRY_DATE = re.compile(
    r"(?i)\b(?:entered|entry\s+date|date\s+of\s+entry|dated|filed)\b\s*(?:on|:)?")
# A date set right after the number is the entry's own: "entry X of 06/19/2023", "X (Aug. 7,
# 2023)", "X, 2023-04-11,", "X on 3/1/24", "X - filed 3/1/24", "X [entered 3/1/24]", and a
# tape's "ENTRY X" over "DATE 05/18/2023".
_DATE_AFTER_NUMBER = re.compile(
    r"(?i)^\s*(?:[,(\[:\u2013\u2014-]\s*)?(?:(?:of|on|from|dated|filed|entered|made|date:?)"
    r"(?:\s+on)?\s+)?")
# A case system's status codes too: "LIQ", "UNLIQ".
# An extended or suspended liquidation is none yet (19 U.S.C. 1504(b), (c)); "extended" alone
# may be an invoice's "extended value".
_NOT_LIQUIDATED = re.compile(
    r"(?i)\b(?:unliquidated|unliq|not\s+(?:yet\s+)?liquidated|open|pending"
    r"|liquidation\s+(?:was\s+|is\s+|has\s+been\s+)?(?:extended|suspended)"
    r"|(?:extended|suspended)\s+liquidation|suspended|in\s+suspension)\b"
)
# A sentence that files the entry after its date: "On 6/23/2022 the importer filed entry X".
_LEAD_REACH = 160  # characters before an entry number that may open its sentence
_FILED_ENTRY = re.compile(
    r"(?i)(?:\b(?:(?:filed|entered|made|submitted|presented|lodged|transmitted)\s+(?:(?:an?|the"
    r"|its|their|one|another|consumption|formal|warehouse)\s+)*"
    r"|(?:imported|released|cleared)\s+(?:[\w-]+\s+){0,4}?(?:under|on|via|by)\s+"
    # the goods named between the verb and the entry: "On 9 January 2024 the party entered
    # wooden blocks in canvas bags, 60 pieces under entry number X", "... entered 400 cartons
    # of ceramic mugs (12 oz.) through entry X"
    r"|(?:entered|imported|shipped|brought\s+in)\s+(?:[\w'.,()&/-]+\s+){1,16}?"
    r"(?:under|on|via|by|through|with|in)\s+)"
    # a list item led by its date: "- March 3, 2023: entry X, ..."
    r"|(?<=[:\u2013\u2014-])\s*)"
    r"entry(?:\s+(?:no\.?|number|#))?\s*[:#]?\s*$")
# Between the date and the verb: the filer's few words ("the importer", ", its broker"), no
# sentence end and no other figure; a list item's colon or dash after its date.
_CLAUSE_GAP = re.compile(r"(?i)\s*[,:\u2013\u2014-]?\s*(?:[A-Za-z&'()\-]+,?\s+){0,5}")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z(])|;")
_OPENER = re.compile(r"(?i)\b(?:on|dated)\s*$")
# Between commas, or a case system's cell bars ("X | entered 03/08/2021 | N | value ...").
_MARK = re.compile(r"[,;|]\s*(?P<m>[YN])\s*[,;|]")
_LIQUIDATED = re.compile(
    r"(?i)\b(?:liquidated|liq|liquidation\s+(?:is\s+)?final|final|closed)\b")
# An entry typed as "Column: cell" pairs ("Liquidated?: No", "Liq. Status: UNLIQ", "Status:"
# left blank): the word is the column's label and its cell, to the next pair, is the answer.
_LIQUIDATION_LABEL = re.compile(
    r"(?i)(?<![\w.])(?:liquidat(?:ed|ion)(?:\s+(?:status|date))?|liq\.?(?:\s+status)?|status"
    r"|final)\s*\??\s*:[ \t]*")
_CELL_END = re.compile(r"\n|\s*[;|]|\s+(?=[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*\??\s*:)")
# Nothing but a separator between two entry numbers: a list of them, or a grid's row of entries
# one column each ("Entry Number ABC-... ABC-..."), whose figures that follow are all of theirs.
_LISTED = re.compile(r"(?i)\s*(?:[,;/&|]|and)?\s*")


def read_entries_in_prose(stream: TextStream, with_duties: bool = True) -> list[EntryRow]:
    """Each entry whose paid and owed duties the text states, in printed order. WITH_DUTIES
    false: each entry line that states any of the entry's values ("DFH-8457462-8: entered value
    $39399.78, liquidated", a list printed apart from the duties' table), read on its own line
    only, so that no later sentence's figure is taken for the entry's."""
    found = list(stream.finditer(ENTRY_NUMBER))
    leads = [_lead(stream.text, match.start(), found[i - 1].end() if i else 0)
             for i, match in enumerate(found)]
    rows: list[EntryRow] = []
    for index, match in enumerate(found):
        if index and _LISTED.fullmatch(stream.text, found[index - 1].end(), match.start()):
            continue  # the figures after a list of numbers are not the last number's alone
        # An entry's words run to where the next entry's sentence begins ("On 8/11/2022 ...").
        end = leads[index + 1][0] if index + 1 < len(found) else len(stream.text)
        if not with_duties:
            line_end = stream.text.find("\n", match.end())
            end = min(end, line_end if line_end >= 0 else end)
        row = _entry(stream, match, min(end, match.end() + _REACH), leads[index][1], with_duties)
        if row is not None:
            rows.append(row)
    return rows


def _lead(text: str, start: int, floor: int) -> tuple[int, tuple[int, str, date] | None]:
    """Where the sentence that files the entry at START begins, and the date it opens with
    ("On 6/23/2022 the importer filed entry X", "September 24, 2019: entered entry X")."""
    window = text[max(floor, start - _LEAD_REACH):start]
    filed = _FILED_ENTRY.search(window)
    if filed is None:
        return start, None
    before = window[:filed.start()]
    dated = [d for d in find_dates(before) if _CLAUSE_GAP.fullmatch(before[d.end:])]
    if not dated:
        return start, None
    day = dated[-1]
    offset = start - len(window)
    opened = _OPENER.search(before[:day.start])
    begin = offset + (opened.start() if opened else day.start)
    return begin, (offset + day.start, day.text, day.value)


def _entry(stream: TextStream, match: re.Match[str], end: int,
           lead: tuple[int, str, date] | None = None, with_duties: bool = True
           ) -> EntryRow | None:
    parsed = normalize_entry_number(match.group(0))
    if parsed is None:
        return None
    values: dict[str, Extracted] = {}
    for field, pattern in _AMOUNTS.items():
        amount = _first_told(stream.text, pattern, _TOLD_AFTER.get(field), match.end(), end)
        value = parse_money(amount.group("m")) if amount else None
        if field == "duty_owed" and amount is not None and _ADDED.search(
                stream.text, max(0, amount.start() - 30), amount.start()):
            continue  # "additional duty owed $X": the loss, read below
        if amount is not None and value is not None:
            # Evidence to the figure's printed end: "USD 63 867,74" read as 63 goes to a person.
            values[field] = _at(stream, amount.start("m"), printed_on(stream.text, amount.end("m")),
                                value)
    if "duty_owed" not in values and "duty_paid" in values:
        values.update(_owed_from_loss(stream, values["duty_paid"], match.end(), end))
    if with_duties and not {"duty_paid", "duty_owed"} <= values.keys():
        return None  # a mention of the entry, not its figures
    chunk = stream.text[match.end():end]
    if (dated := _entry_date(chunk)) is not None:
        start = match.end() + dated[0]
        values["entry_date"] = _at(stream, start, start + len(dated[1]), dated[2])
    elif lead is not None:
        values["entry_date"] = _at(stream, lead[0], lead[0] + len(lead[1]), lead[2])
    chunk = _before_legend(chunk)
    status = _first_status(chunk)
    # Only in the entry's own sentence: a later one's "status: No" speaks of something else.
    coded = _STATUS_CODE.search(chunk, 0, _sentence_end(chunk))
    if (answered := _labelled_liquidation(chunk)) is not None:
        start, stop, liquidated, confidence = answered
        values["liquidated"] = Extracted(
            liquidated, stream.evidence(match.end() + start, match.end() + stop), confidence)
    elif coded is not None and (status is None or coded.start() < status.start()):
        values["liquidated"] = _coded(stream, match.end(), coded)
    elif status is not None:
        liquidated = not _NOT_LIQUIDATED.fullmatch(status.group(0))
        start = match.end() + status.start()
        values["liquidated"] = _at(stream, start, match.end() + status.end(), liquidated)
    elif (mark := _MARK.search(chunk)) is not None:
        # A list item's lone Y or N between commas: the entry's one yes/no, its liquidation.
        start = match.end() + mark.start("m")
        values["liquidated"] = Extracted(mark.group("m").upper() == "Y",
                                         stream.evidence(start, start + 1), MARK_ONLY)
    confidence = IN_SENTENCE if parsed.check_digit_ok else CHECK_DIGIT_FAILED
    number = Extracted(parsed.normalized, stream.evidence(match.start(), match.end()), confidence)
    return EntryRow(number, values)


# A legend of the status codes after the list ("(Status: LIQ = liquidated, UNLIQ = not
# liquidated.)", "Codes: LIQ - liquidated; UNLIQ - open"): a code defined, no entry's status.
# A code is a short word that is not the column's own name ("Liq. status = liquidated" is an
# entry's pair); what it stands for is a status's word.
_LEGEND = re.compile(r"(?i)\b(?!status\b|liquidat)[A-Za-z]{1,8}\.?[ \t]*[=\u2013\u2014-][ \t]*"
                     r"(?:not[ \t]+(?:yet[ \t]+)?|un)?(?:liquidated|open|pending|final)\b")


def _before_legend(chunk: str) -> str:
    """An entry's words without a legend of the codes printed after them, from the legend's
    line on (its heading, "(Status:" or "Key:", with it)."""
    legend = _LEGEND.search(chunk)
    if legend is None:
        return chunk
    line = chunk.rfind("\n", 0, legend.start())
    return chunk[:line] if line > 0 else chunk[:legend.start()]


# A yes/no code after the word "status" ("status Y: entered value ...", "status: No,"), not a
# legend's own definition ("Y = liquidated").
# The code stands alone, a mark after it ("status No prior disclosure" is another matter's).
_STATUS_CODE = re.compile(r"(?i)\bstatus\b[ \t]*(?:[:=\u2013\u2014-][ \t]*)?(?P<m>y(?:es)?|no?)\b"
                          r"(?=[ \t]*(?:[:,;.)|]|\n|$))")


def _sentence_end(chunk: str) -> int:
    """Where the entry's sentence ends (a stop before a capital), or the chunk's end."""
    end = re.search(r"\.\s+(?=[A-Z(])", chunk)
    return end.start() if end else len(chunk)


def _coded(stream: TextStream, offset: int, coded: re.Match[str]) -> Extracted:
    """The liquidation a status code gives: as a legend of the codes defines it, else a bare
    yes/no mark (the entry's one yes/no, as a list item's lone Y or N)."""
    code = coded.group("m")
    defined = re.search(rf"(?i)(?<![\w-]){code}[ \t]*[=\u2013\u2014-][ \t]*(?P<not>not[ \t]+"
                        rf"(?:yet[ \t]+)?|un)?liquidated\b", stream.text)
    evidence = stream.evidence(offset + coded.start("m"), offset + coded.end("m"))
    if defined is not None:
        return Extracted(defined.group("not") is None, evidence, IN_SENTENCE)
    return Extracted(code[:1].upper() == "Y", evidence, MARK_ONLY)


def _first_status(chunk: str) -> re.Match[str] | None:
    """The first status the entry's words give: its own comes before any later sentence's
    ("was liquidated and is final; ... It is not liquidated again"). "Liquidated" inside "not
    liquidated" is that one status."""
    negated = list(_NOT_LIQUIDATED.finditer(chunk))
    found = negated + [m for m in _LIQUIDATED.finditer(chunk)
                       if not any(n.start() <= m.start() < n.end() for n in negated)
                       and not _ASKS.match(chunk, m.end())]
    return min(found, key=lambda m: m.start()) if found else None


# "Liq. status N", "Liquidated? N": the word names what the code after it answers.
_ASKS = re.compile(r"(?i)\.?[ \t]*(?:status\b|\?)")


def _first_told(text: str, pattern: re.Pattern[str], passive: re.Pattern[str] | None,
                start: int, end: int) -> re.Match[str] | None:
    """The first statement of an amount between START and END, its cue before or after it."""
    found = [m for p in (pattern, passive) if p is not None
             if (m := p.search(text, start, end)) is not None]
    return min(found, key=lambda m: m.start("m")) if found else None


def _labelled_liquidation(chunk: str) -> tuple[int, int, bool, float] | None:
    """The cell of a liquidation column's label among an entry's pairs: where, what it says,
    how sure (a bare mark or an empty cell, as a check box's, scores lower than a word)."""
    label = _LIQUIDATION_LABEL.search(chunk)
    if label is None:
        return None
    end = _CELL_END.search(chunk, label.end())
    stop = end.start() if end else len(chunk)
    cell = chunk[label.end():stop].strip()
    liquidated = liquidated_of(cell)
    if liquidated is None:
        return None
    worded = len(re.sub(r"\W", "", cell)) > 1
    return label.start(), stop, liquidated, IN_SENTENCE if worded else MARK_ONLY


def _entry_date(chunk: str) -> tuple[int, str, date] | None:
    """The entry's date in the words after its number: set right after the number, or after a
    cue that a date follows ("entered 11/01/2022"; not the "entered" of "entered value")."""
    after = _DATE_AFTER_NUMBER.match(chunk)
    adjacent = next(iter(find_dates(chunk[after.end():after.end() + 40])), None) if after else None
    if after is not None and adjacent is not None and adjacent.start == 0:
        return after.end(), adjacent.text, adjacent.value
    for cue in _ENTRY_DATE.finditer(chunk):
        # Within the cue's sentence: "liquidated as entered. The violation began on ..." has none.
        window = chunk[cue.end():cue.end() + 40]
        window = window[:end.start()] if (end := _SENTENCE_END.search(window)) else window
        dated = next(iter(find_dates(window)), None)
        if dated is not None:
            return cue.end() + dated.start, dated.text, dated.value
    return None


def _at(stream: TextStream, start: int, end: int, value: date | Decimal | bool) -> Extracted:
    return Extracted(value, stream.evidence(start, end), IN_SENTENCE)
