"""A case activity log: dated lines, each entry's facts told across several of them.

"2021-11-06  Entry A1D-7248399-6 filed for desk lamps; entered value 89441.42, duty deposited
3041.01." and, lines later, "2022-01-05  Review: duty lawfully owed on entry A1D-7248399-6 is
3800.73; entry liquidated." No line gives an entry whole, so no table or sentence reader sees
one; a "TOTALS:" line at the end has every figure an entry has. A dated line (with the lines its
sentence wraps on to) is one event; a fact counts for the entry only when its event names that
one entry. An event that tells a figure or a liquidation for no entry or for several cannot be
tied to one for sure, nor an entry left without its duties or its status: the referral goes to
a person. The log's totals are no event (they carry no date) and never an entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bots.common.reading.dates import find_dates
from bots.common.reading.money import AMOUNT_AFTER_CURRENCY, parse_money
from bots.customs.identifiers import normalize_entry_number
from bots.penalty_notice.extract_entries import CHECK_DIGIT_FAILED, ENTRY_NUMBER, EntryRow
from bots.penalty_notice.extract_header import INFERRED
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

IN_LOG = 0.8  # as an entry told in sentences: no table's column says what each figure is
_WRAPS = 3  # lines an event's sentence may wrap on to
_MONEY = rf"(?P<m>{AMOUNT_AFTER_CURRENCY}|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\.\d{{2}})"
# "on entry X" between the figure's words and the figure ("duty lawfully owed on entry X is Y").
_NUMBERED = rf"\s+(?:no\.?\s*)?{ENTRY_NUMBER.pattern}"
_ON_ENTRY = rf"(?:\s+(?:on|for|of)(?:\s+entry)?{_NUMBERED})?"
_LINK = r"\s*(?:is|was|of|at|:|=|amounting\s+to)?\s*"
_FIGURES: dict[str, re.Pattern[str]] = {
    "entered_value": re.compile(
        rf"(?i)\b(?:entered|declared|invoiced?|appraised)\s+value{_ON_ENTRY}{_LINK}{_MONEY}"),
    "duty_paid": re.compile(
        rf"(?i)\b(?:dut(?:y|ies)\s+(?:deposited|paid|tendered)|deposit(?:ed)?(?:\s+dut(?:y|ies))?"
        rf"|estimated\s+dut(?:y|ies)(?:\s+(?:deposited|paid))?){_ON_ENTRY}{_LINK}{_MONEY}"),
    "duty_owed": re.compile(
        rf"(?i)\b(?:dut(?:y|ies)\s+(?:lawfully\s+|properly\s+|actually\s+)?(?:owed|owing|due|payable)"
        rf"|(?:correct|revised|lawful|actual|proper)\s+dut(?:y|ies)){_ON_ENTRY}{_LINK}{_MONEY}"),
}
_NOT_LIQUIDATED = re.compile(
    r"(?i)\b(?:not\s+(?:yet\s+)?liquidated|unliquidated|liquidation\s+(?:is\s+|was\s+)?"
    r"(?:pending|suspended|extended))\b")
_LIQUIDATED = re.compile(r"(?i)\b(?:liquidated|liquidation\s+(?:is\s+)?final)\b")
# The event that makes the entry: its date is the entry's ("Entry X filed", "Filed entry X").
# ("made" and "entered" are a demand's and a liquidation's words as often: "liquidated as entered")
_FILED = re.compile(r"(?i)\b(?:filed|lodged|submitted|transmitted)\b")
_ENDS_SENTENCE = re.compile(r"[.]\s*$")
# What the entry was filed for: "Entry X filed for desk lamps, model DL-40; entered value ...",
# to the clause's end (the goods may hold commas: "plates, 27 cm, glazed, sets of four").
_FILED_FOR = re.compile(
    rf"(?i)\b(?:filed|lodged|submitted|transmitted)(?:\s+entry{_NUMBERED})?\s+(?:for|covering)"
    r"\s+(?P<goods>[A-Za-z0-9][^;]{2,120}?)"
    r"(?=\s*;|,\s*(?:entered|declared|invoiced?)\s+value|\.(?:\s|$))")
_NEEDED = ("entry_date", "entered_value", "duty_paid", "duty_owed", "liquidated")


@dataclass(frozen=True)
class LogReading:
    """The entries a log gives, and why a person must read it (empty when every fact is tied)."""

    rows: list[EntryRow]
    doubts: tuple[str, ...]
    goods: Extracted | None  # what every entry was filed for, when they all name the same


@dataclass(frozen=True)
class _Event:
    start: int  # in the stream's text
    end: int
    day: date
    day_end: int


def read_activity_log(stream: TextStream) -> LogReading | None:
    """The entries of a dated activity log; None when the text is no such log."""
    events = _events(stream.text)
    # A log files its entries on dated lines of their own; two events at least.
    flat = stream.text.replace("\n", " ")
    filings = [e for e in events if _FILED.search(flat, e.day_end, e.end)
               and len(_numbers(stream, flat, e)) == 1]
    if len(events) < 2 or not filings:
        return None
    found: dict[str, dict[str, Extracted]] = {}
    evidence: dict[str, Extracted] = {}
    doubts: list[str] = []
    for event in events:
        numbers = _numbers(stream, flat, event)
        facts = _facts(stream, flat, event)
        if event in filings:
            # An entry filed is the case's even where no line gives its figures (to a person).
            (number, match), = numbers.items()
            evidence.setdefault(number, match)
            found.setdefault(number, {}).setdefault("entry_date", Extracted(
                event.day, stream.evidence(event.start, event.day_end), IN_LOG))
        if not facts:
            continue
        if len(numbers) != 1:
            told = flat[event.start:event.end].strip()
            doubts.append(f"The activity log tells figures or a liquidation that cannot be tied "
                          f"to one entry: {told!r}.")
            continue
        (number, match), = numbers.items()
        evidence.setdefault(number, match)
        values = found.setdefault(number, {})
        for field, extracted in facts.items():
            if field in values and values[field].value != extracted.value:
                doubts.append(f"The activity log gives the {field} of entry {number} two ways.")
            values.setdefault(field, extracted)
    # An entry's status or figure told on an undated line of its own, beside the events: "Status
    # of entry X on referral: liquidated (final).", "Entry X remains unliquidated."
    for start, end in _notes(stream.text, events):
        numbers = _numbers(stream, flat, _Event(start, end, events[0].day, start))
        facts = _facts(stream, flat, _Event(start, end, events[0].day, start))
        if len(numbers) != 1 or not facts:
            if facts and numbers:
                doubts.append(f"The activity log tells figures or a liquidation that cannot be "
                              f"tied to one entry: {flat[start:end].strip()!r}.")
            continue
        (number, _), = numbers.items()
        if number not in found:
            continue  # an entry the log files nowhere: no event of this log's
        for field, extracted in facts.items():
            if field in found[number] and found[number][field].value != extracted.value:
                doubts.append(f"The activity log gives the {field} of entry {number} two ways.")
            found[number].setdefault(field, extracted)
    # A chronology that only dates the filings ("Entry X filed at Houston.") is no such log.
    if not any(field in values for values in found.values() for field in _FIGURES):
        return None
    rows = [EntryRow(evidence[number], values) for number, values in found.items()]
    goods = [_goods(stream, flat, event) for event in filings]
    named = {" ".join(g.value.lower().split()) for g in goods if g is not None
             and isinstance(g.value, str)}
    agreed = goods[0] if len(named) == 1 and all(g is not None for g in goods) else None
    for number, values in found.items():
        if missing := [field for field in _NEEDED if field not in values]:
            doubts.append(f"The activity log does not give entry {number}'s "
                          f"{', '.join(missing)}.")
    return LogReading(rows, tuple(doubts), agreed)


def _events(text: str) -> list[_Event]:
    """Each line that opens with a date, with the lines its sentence wraps on to."""
    lines: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    events: list[_Event] = []
    index = 0
    while index < len(lines):
        start, end = lines[index]
        index += 1
        stripped = text[start:end].lstrip()
        offset = start + len(text[start:end]) - len(stripped)
        dated = next(iter(find_dates(stripped[:30])), None)
        if dated is None or dated.start != 0 or not stripped[dated.end:].strip():
            continue
        wrapped = 0
        while (wrapped < _WRAPS and index < len(lines) and not _ENDS_SENTENCE.search(
                text[start:end]) and not _dated(text[lines[index][0]:lines[index][1]])):
            end = lines[index][1]
            index += 1
            wrapped += 1
        events.append(_Event(offset, end, dated.value, offset + dated.end))
    return events


def _notes(text: str, events: list[_Event]) -> list[tuple[int, int]]:
    """Each undated line outside the events from the first event on, with the lines its
    sentence wraps on to: a note the log adds about an entry."""
    spans: list[tuple[int, int]] = []
    at, wraps = 0, None  # wraps: lines the open note has taken on, None when none is open
    for line in text.split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        if (start < events[0].start or not line.strip() or _dated(line)
                or any(e.start <= end and start <= e.end for e in events)):
            wraps = None
        elif wraps is not None and wraps < _WRAPS and not _ENDS_SENTENCE.search(
                text[spans[-1][0]:spans[-1][1]]):
            spans[-1], wraps = (spans[-1][0], end), wraps + 1
        else:
            spans.append((start, end))
            wraps = 0
    return spans


def _goods(stream: TextStream, flat: str, event: _Event) -> Extracted | None:
    told = _FILED_FOR.search(flat, event.day_end, event.end)
    if told is None:
        return None
    goods = " ".join(told.group("goods").split())
    return Extracted(goods, stream.evidence(told.start("goods"), told.end("goods")), INFERRED)


def _dated(line: str) -> bool:
    stripped = line.lstrip()
    dated = next(iter(find_dates(stripped[:30])), None)
    return dated is not None and dated.start == 0


def _numbers(stream: TextStream, flat: str, event: _Event) -> dict[str, Extracted]:
    """The distinct entries an event names, each with its first mention's evidence."""
    named: dict[str, Extracted] = {}
    for match in ENTRY_NUMBER.finditer(flat, event.day_end, event.end):
        parsed = normalize_entry_number(match.group(0))
        if parsed is None or parsed.normalized in named:
            continue
        confidence = IN_LOG if parsed.check_digit_ok else CHECK_DIGIT_FAILED
        named[parsed.normalized] = Extracted(
            parsed.normalized, stream.evidence(match.start(), match.end()), confidence)
    return named


def _facts(stream: TextStream, flat: str, event: _Event) -> dict[str, Extracted]:
    facts: dict[str, Extracted] = {}
    for field, pattern in _FIGURES.items():
        if (told := pattern.search(flat, event.day_end, event.end)) is not None and (
                value := parse_money(told.group("m"))) is not None:
            facts[field] = _at(stream, told.start("m"), told.end("m"), value)
    if (status := _NOT_LIQUIDATED.search(flat, event.day_end, event.end)) is not None:
        facts["liquidated"] = _at(stream, status.start(), status.end(), False)
    elif (status := _LIQUIDATED.search(flat, event.day_end, event.end)) is not None:
        facts["liquidated"] = _at(stream, status.start(), status.end(), True)
    return facts


def _at(stream: TextStream, start: int, end: int, value: Decimal | bool) -> Extracted:
    return Extracted(value, stream.evidence(start, end), IN_LOG)


def told_alike(rows: list[EntryRow], logged: LogReading) -> bool:
    """The rows another reader found give every entry the log does, each fact as the log tells
    it: the log adds nothing and its doubts are no one's (a chronology beside the table)."""
    by_number = {row.number.value: row.values for row in rows}
    for row in logged.rows:
        known = by_number.get(row.number.value)
        if known is None or any(field not in known or known[field].value != fact.value
                                for field, fact in row.values.items()):
            return False
    return bool(rows)
