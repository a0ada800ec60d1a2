"""Entries protested, from table rows (dates placed by their column headers) or from prose."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from bots.common.reading.dates import find_dates, find_dates_across_lines
from bots.common.reading.phrases import ABBREVIATIONS
from bots.customs.identifiers import normalize_entry_number
from bots.protest_intake.entries_barred import barred_header, cells
from bots.protest_intake.entry_followup import followup_start
from bots.protest_intake.extract_fields import LABELLED, PROSE
from bots.protest_intake.extract_transposed import Dated, transposed_dates
from tradebots.facts import Evidence, Extracted
from tradebots.pdf import PdfDocument, Segment, TextStream, Word, evidence_of

# Senders print the number with dashes, spaces, one separator or none ("HFB70269045").
ENTRY_IN_TEXT = re.compile(
    r"(?<![\w-])([A-Z0-9]{3})(?:-\s*|\s+)?(\d{7})(?:-\s*|\s+)?(\d)(?![\w-])"
)
_SEPARATED = re.compile(r"^\w{3}[-\s]+\d{7}[-\s]+\d$")
# A table header names both date columns on its first line; prose that mentions liquidation
# once does not.
_HEADER_ENTRY = re.compile(
    r"(?i)\b(?:date\s+of\s+entry|entry\s+(?:date|dt\.?)|date\s+entered|entered(?:\s+on)?)(?!\w)"
)
_HEADER_LIQUIDATION = re.compile(r"(?i)\b(?:liquidation|liq\b\.?|liquidated|decision)(?!\w)")


def entries_header(line: str) -> bool:
    """Whether LINE is an entries' table header: it names the entry-date and liquidation columns
    and holds no figure ("LINE  ENTRY NO.  PORT  DATE OF ENTRY  DATE OF LIQUIDATION")."""
    return not re.search(r"\d", line) and bool(_HEADER_ENTRY.search(line)) \
        and bool(_HEADER_LIQUIDATION.search(line))


_LIQUIDATION_WORDS = re.compile(r"(?i)liquidat|\bliqd?\b|decision|\bdecided\b|\bexclu(?:ded|sion)\b"
                                r"|\bdenied\b|\brefused\b")
# A table that prints one date column names the entry-number column in a cell of its own
# ("Entry Number | Liquidation"): that pair of cells is a header too.
_NUMBER_CELL = re.compile(r"(?i)^\W*entry\s*(?:no\.?|number|#)?\W*$")
_ENTRY_WORDS = re.compile(r"(?i)\bent(?:ry|ries|ered|d)?\b|\bmade\b")  # "Ent. Dt."
# A ";" separates an entry's own dates ("Entry No. X; entered ...; liquidated ..."), so only a
# full stop ends the sentence; the next entry number bounds it too.
_SENTENCE_END = re.compile(r"[.](?=\s)")
# A row whose date cells wrap ("Thursday, December 2," / "2010"): a month and day without a year
# on the row's line, and the year (or day and year) on the next.
_DATE_HEADS = re.compile(
    r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?!\w)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?(?=\s*$|\s+[A-Za-z])"
)
_DATE_TAIL = re.compile(r"[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?,?[ \t]+)?\d{4}(?!\d)")
_CELL_ALIGN = 2.0  # points: a wrapped header cell's second line starts where its first does
_HEADER_REACH = 140.0  # points above a row where its table's header may sit (page 1 rows: 3)
BY_ORDER = 0.75  # dates placed only by their order (entered before liquidated)
WRAPPED = 0.9  # a date whose cell wrapped, its head and tail joined by where they stand
# Confidence of an entry number by what its check digit says (CATAIR App. E).
_CHECK_FAILED = 0.5
_LETTERS_UNVERIFIED = 0.8


@dataclass(frozen=True)
class EntryRead:
    number: Extracted
    entry_date: Extracted | None
    liquidation_date: Extracted | None


def read_entries(document: PdfDocument, stream: TextStream) -> list[EntryRead]:
    """Every entry number in the document with the dates printed for it."""
    matches = [m for m in stream.finditer(ENTRY_IN_TEXT) if is_entry_number(m)]
    reads: list[EntryRead] = []
    columns = transposed_dates(document)
    for index, match in enumerate(matches):
        number = _number(stream, match)
        if (column := _in_column(columns, stream.words(match.start(), match.end()))) is not None:
            # A grid with one column per entry: its dates stand under it, not after it.
            reads.append(EntryRead(number, *column))
            continue
        if (barred := _barred(stream, match)) is not None:
            reads.append(EntryRead(number, *barred))
            continue
        line_end = stream.line_of(match.start())[1]
        header = _header_words(document, stream.words(match.start(), match.end()))
        if header is not None:
            following = matches[index + 1].start() if index + 1 < len(matches) else line_end
            end = min(line_end, following)
            if end == line_end:
                dates = _row_dates(stream, match, line_end)
            else:
                dates = _dated(stream, match.end(), end)
            # A table may print a date column before the number ("Liquidated | Entry |
            # Entered", "Entry date | Entry number"): the row's cells left of the number are
            # its dates too, placed by their headers like the rest.
            previous = matches[index - 1].end() if index else 0
            row_start = max(stream.line_of(match.start())[0], previous)
            dates = _dated(stream, row_start, match.start()) + dates
            entry, liquidation = _by_column(dates, header)
            confidence = LABELLED
            if not dates:
                # A number alone on its row under what only looked like a header (a side
                # column's "Entry" beside a letter's sentence): its dates stacked under it.
                dates = _stacked_dates(stream, line_end)
                entry, liquidation = _by_words(stream, match.end(), dates)
                confidence = PROSE
            if (entry is None) != (liquidation is None) and len(dates) == 2:
                # One column's header not understood: the other date is placed by order.
                entry, liquidation = _by_order(dates)
                confidence = BY_ORDER
        else:
            end = matches[index + 1].start() if index + 1 < len(matches) else len(stream.text)
            stop = _sentence_end(stream, match.end(), end)
            dates = _dated(stream, match.end(), stop)
            entry, liquidation = _by_words(stream, match.end(), dates)
            confidence = PROSE
            if dates and (entry is None or liquidation is None) \
                    and (follow := followup_start(stream.text, stop, end)) is not None:
                # "... made entry X on D1. The entry was liquidated on D2.": the sentence after
                # points back at the entry and dates what this one left out.
                more = _dated(stream, follow, _sentence_end(stream, follow, end))
                told = _by_words(stream, follow, more)
                entry, liquidation = entry or told[0], liquidation or told[1]
                if entry is None and liquidation is not None:
                    # The naming sentence's one date with no word of its own ("made entry X on
                    # D1") is the entry's, goods being entered before they are liquidated.
                    entry = next((d for d in dates if d.value < liquidation.value), None)
            if not dates and (note := _footnote(stream, match)) is not None:
                dates = _dated(stream, *note)
                entry, liquidation = _by_words(stream, note[0], dates)
            elif (entry is None or liquidation is None) \
                    and (note := _bracketed_note(stream, match.end(), end)) is not None:
                # "... which CBP liquidated as shown in the footnote. [1]": the date the
                # sentence lacks is in the note, said in its own words there.
                noted = _by_words(stream, note[0], _dated(stream, *note))
                entry, liquidation = entry or noted[0], liquidation or noted[1]
                # "entry X of 12/09/2023, was liquidated [*]": the sentence's one date with no
                # words of its own, before the noted liquidation, is the entry's.
                if entry is None and liquidation is not None and len(dates) == 1 \
                        and dates[0].value < liquidation.value:
                    entry = dates[0]
        if entry is None and liquidation is None:
            # No column and no word says which date is which: a weaker cue than either.
            entry, liquidation = _by_order(dates)
            confidence = BY_ORDER
        reads.append(EntryRead(number, _as_extracted(entry, confidence),
                               _as_extracted(liquidation, confidence)))
    return reads


def _barred(stream: TextStream, match: re.Match[str]) -> tuple[Extracted | None,
                                                                Extracted | None] | None:
    """The dates of a barred table's row ("CIA-3627286-9 | 2025-07-03" under "Entry No. | Date
    of Liquidation"), each of the kind its column's header names; None when the row is in no
    barred table whose header names the number's column and a kind for every date."""
    row_start, row_end = stream.line_of(match.start())
    header = barred_header(stream.text, row_start)
    if header is None:
        return None
    row = cells(stream.text, row_start, row_end)
    if not any(s <= match.start() < e and _NUMBER_CELL.match(name)
               for (s, e), name in zip(row, header, strict=True)):
        return None
    found: dict[str, _Dated] = {}
    for (start, end), name in zip(row, header, strict=True):
        dates = _dated(stream, start, end)
        if not dates:
            continue
        kind = "liquidation" if _HEADER_LIQUIDATION.search(name) else \
            "entry" if _HEADER_ENTRY.search(name) else None
        if kind is None or kind in found or len(dates) > 1:
            return None  # a date under no date's header: the table is not understood
        found[kind] = dates[0]
    return _as_extracted(found.get("entry"), LABELLED), \
        _as_extracted(found.get("liquidation"), LABELLED)


def _in_column(columns: Dated, words: list[Word]) -> tuple[Extracted | None,
                                                          Extracted | None] | None:
    """The dates a one-column-per-entry grid prints under the number whose words are WORDS."""
    if not words:
        return None
    return next((dates for (page, x0, top), dates in columns.items()
                 if page == words[0].page and abs(x0 - words[0].x0) < 1.0
                 and abs(top - min(w.top for w in words)) < 1.0), None)


# A footnote's mark right after the number ("Entry No. X; 1", "X*"), the line's last word.
_MARK = re.compile(r"[;,.]?[ \t]*(?P<mark>\d{1,2}|[*†‡§])[ \t]*$", re.M)


def _footnote(stream: TextStream, match: re.Match[str]) -> tuple[int, int] | None:
    """A numbered brief's entry whose dates stand in a footnote ("Entry No. X; 1" ... "1Entered
    11/22/2022; liquidated 08/10/2023."): the span of the note's text, after its mark."""
    mark = _MARK.match(stream.text, match.end())
    if mark is None:
        return None
    # The note opens with its mark, glued on or set off ("1Entered", "1. Entered", "* Entered");
    # a numbered paragraph opens the same way, so the note is the last such line with a date.
    note = re.compile(rf"(?m)^[ \t]*{re.escape(mark.group('mark'))}[.)]?[ \t]*(?=[A-Z])"
                      r"(?P<note>.+)$")
    found = [m for m in note.finditer(stream.text, mark.end()) if find_dates(m.group("note"))]
    return (found[-1].start("note"), found[-1].end("note")) if found else None


# A note's mark in brackets, in the entry's sentence or right after its stop: "[1]", "[*]".
_BRACKETED_MARK = re.compile(r"\[(?P<mark>\d{1,2}|[*\u2020\u2021\u00a7])\]")


def _bracketed_note(stream: TextStream, start: int, limit: int) -> tuple[int, int] | None:
    """The text of the note whose bracketed mark stands in the sentence from START (or on the
    line it ends on, before LIMIT): the last line opening with the same mark that holds a date
    ("[1] Liquidated 10/29/2024 (bulletin notice).")."""
    text = stream.text
    stop = text.find("\n", _sentence_end(stream, start, limit))
    mark = _BRACKETED_MARK.search(text, start, min(limit, stop if stop >= 0 else len(text)))
    if mark is None:
        return None
    note = re.compile(rf"(?m)^[ \t]*\[{re.escape(mark.group('mark'))}\][ \t]*(?P<note>.+)$")
    found = [m for m in note.finditer(text, mark.end()) if find_dates(m.group("note"))]
    return (found[-1].start("note"), found[-1].end("note")) if found else None


def is_entry_number(match: re.Match[str]) -> bool:
    """A number printed in the entry's own three parts, or run together with a check digit that
    holds: an 11-digit run that fails the check is some other number (a reference, a phone)."""
    if _SEPARATED.match(match.group(0)):
        return True
    parsed = normalize_entry_number("-".join(match.groups()))
    return parsed is not None and parsed.check_digit_ok


def number_read(stream: TextStream, match: re.Match[str]) -> Extracted:
    """The entry number MATCH as read, its confidence by how well its check digit holds."""
    return _number(stream, match)


def _number(stream: TextStream, match: re.Match[str]) -> Extracted:
    evidence = stream.evidence(match.start(), match.end())
    parsed = normalize_entry_number("-".join(match.groups()))
    assert parsed is not None  # the pattern admits only parsable numbers
    confidence = LABELLED
    if not parsed.check_digit_ok:
        confidence = _CHECK_FAILED
    elif not parsed.letters_verified:
        confidence = _LETTERS_UNVERIFIED
    return Extracted(parsed.normalized, evidence, confidence)


class _Dated(NamedTuple):
    """A date's span, value, evidence, and the box that places it under a column header (the
    part printed on the row's own line, when the date wraps on to the next)."""

    start: int
    end: int
    value: date
    evidence: Evidence | None
    place: Evidence | None
    wrapped: bool = False  # put together from a cell's head and the tail printed under it


def _dated(stream: TextStream, start: int, end: int) -> list[_Dated]:
    found: list[_Dated] = []
    for m in find_dates_across_lines(stream.text[start:end]):
        first, last = start + m.start, start + m.end
        line_end = stream.text.find("\n", first, last)
        place = stream.evidence(first, line_end) if line_end > 0 else None
        evidence = stream.evidence(first, last)
        found.append(_Dated(first, last, m.value, evidence, place or evidence))
    return found


def _row_dates(stream: TextStream, match: re.Match[str], line_end: int) -> list[_Dated]:
    """A table row's dates, each cell that wrapped completed by the tail printed under it (a
    narrow Word cell), or the last one by the next line's first words (a tab-set row)."""
    text = stream.text
    dates = _dated(stream, match.end(), line_end)
    heads = [head for head in _DATE_HEADS.finditer(text, match.end(), line_end)
             if not any(d[0] <= head.start() < d[1] for d in dates)]
    if not heads:
        return dates
    next_end = stream.line_of(line_end + 1)[1] if line_end < len(text) else line_end
    below = stream.words(line_end + 1, next_end)
    left = stream.words(match.start(), match.end())[-1].x1
    for number, head in enumerate(heads):
        head_words = stream.words(head.start(), head.end())
        right = head_words[-1].x1
        # Wrapped text starts at its cell's left edge: right of the cell before, left of its end.
        tail = [w for w in below if w.page == head_words[0].page and left < w.x0 < right]
        if not tail and number == len(heads) - 1 and not text[head.end():line_end].strip():
            start = _DATE_TAIL.match(text, line_end + 1)
            tail = stream.words(start.start(), start.end()) if start else []
        left = right
        found = find_dates(f"{head.group(0)} {' '.join(w.text for w in tail)}")
        if tail and found and _DATE_TAIL.fullmatch(" ".join(w.text for w in tail)):
            place = evidence_of(head_words)
            dates.append(_Dated(head.start(), head.end(), found[0].value,
                                evidence_of([*head_words, *tail]), place, wrapped=True))
    return sorted(dates, key=lambda d: d[0])


def _stacked_dates(stream: TextStream, line_end: int) -> list[_Dated]:
    """The dates on the lines right under an entry number, each line holding one ("entered
    05/08/2023" / "liquidated 03/11/2024"), up to the first line that holds none."""
    found: list[_Dated] = []
    while line_end < len(stream.text):
        start, end = stream.line_of(line_end + 1)
        dated = _dated(stream, start, end)
        if len(dated) != 1 or ENTRY_IN_TEXT.search(stream.text, start, end):
            break
        found += dated
        line_end = end
    return found


def _sentence_end(stream: TextStream, start: int, limit: int) -> int:
    # A period inside a date ("Jan. 5") or after an abbreviation ("No.", "Ent. Dt.", "Liq.")
    # does not end the sentence.
    dates = [(s, e) for s, e, *_ in _dated(stream, start, limit)]
    for match in _SENTENCE_END.finditer(stream.text, start, limit):
        inside = any(s <= match.start() < e for s, e in dates)
        word = _LAST_WORD.search(stream.text, start, match.start())
        if not inside and not (word and word.group(0).lower() in ABBREVIATIONS):
            return match.start()
    return limit


_LAST_WORD = re.compile(r"(?<![\w.])[A-Za-z]+$")


def _header_words(document: PdfDocument, row: list[Word]) -> list[Segment] | None:
    """The header cells of the table holding `row`, or None when the row is not in a table."""
    if not row:
        return None
    first = row[0]
    above = [line for line in document.segments(first.page)
             if first.top - _HEADER_REACH <= line[0].top < first.top - 1]
    texts = [" ".join(s.text for s in line) for line in above]
    cells = [(len(line) > 1 or _cell_tail(line, above[i - 1] if i else None))
             and not ENTRY_IN_TEXT.search(text)
             for i, (line, text) in enumerate(zip(above, texts, strict=True))]
    # A line that prints dates is a row's or a sentence's ("entered 2024-11-08; liquidated
    # 2025-04-25" under the entry before), never a table's header, whatever words it uses.
    headers = [i for i, text in enumerate(texts)
               if not ENTRY_IN_TEXT.search(text) and not find_dates(text)
               and (_is_header(text) or _wrapped_header(
                   texts, cells, i) or _one_date_header(above[i]))]
    if not headers:
        return None
    index = headers[-1]
    # A header cell may wrap ("Date of Liquidation or / Decision"): take the line below too.
    lines = above[index:index + 2]
    if len(lines) == 2:
        below = " ".join(s.text for s in lines[1])
        if ENTRY_IN_TEXT.search(below) or find_dates(below):  # the table's first row, no header
            lines = lines[:1]
    return [s for line in lines for s in line]


def _cell_tail(line: list[Segment], previous: list[Segment] | None) -> bool:
    """A lone word that wraps one cell of the header above it ("DATE OF" / "LIQUIDATION"): it
    starts where that cell starts, and only that cell wrapped."""
    return (previous is not None and len(previous) > 1 and len(line) == 1
            and any(abs(line[0].x0 - cell.x0) <= _CELL_ALIGN for cell in previous))


def _wrapped_header(texts: list[str], cells: list[bool], index: int) -> bool:
    """A header whose cells wrap ("DATE OF" / "ENTRY", as on CBP Form 19): two lines of cells
    that name both dates only together."""
    return (index + 1 < len(texts) and cells[index] and cells[index + 1]
            and _is_header(f"{texts[index]} {texts[index + 1]}"))


def _one_date_header(line: list[Segment]) -> bool:
    """Cells naming the entry number and one date column, each in a cell of its own."""
    texts = [s.text for s in line]
    return len(texts) > 1 and any(_NUMBER_CELL.match(t) for t in texts) and any(
        _HEADER_ENTRY.search(t) or _HEADER_LIQUIDATION.search(t) for t in texts
        if not _NUMBER_CELL.match(t))


def _is_header(text: str) -> bool:
    return bool(_HEADER_ENTRY.search(text) and _HEADER_LIQUIDATION.search(text))


def _by_column(
    dates: list[_Dated], header: list[Segment]
) -> tuple[_Dated | None, _Dated | None]:
    entry = liquidation = None
    for item in dates:
        evidence = item[4]
        if evidence is None:
            continue
        x0, _, x1, _ = evidence.bbox
        over = [s for s in header if s.x0 <= x1 + 2 and s.bbox[2] >= x0 - 2]
        left = [s for s in header if s.x0 <= x0 + 2]
        if left and all(s.x0 > x0 + 2 for s in over):
            # A short header over a long cell ("Entered" / "Saturday, January 16, 2010"), or a
            # tab-set row pushed right: the column whose header starts nearest left of the date.
            over = [max(left, key=lambda s: s.x0)]
        # A long date may run on under the next column's header: the header it starts under
        # names it, before every header it runs under.
        starts_under = [s for s in over if s.x0 <= x0 + 2]
        kind = _column_kind(starts_under) or _column_kind(over)
        if _both_kinds(over):
            kind = _word_column_kind(over, x0) or kind
        if kind == "liquidation":
            liquidation = liquidation or item
        elif kind == "entry":
            entry = entry or item
    return entry, liquidation


def _both_kinds(header: list[Segment]) -> bool:
    above = " ".join(s.text for s in header)
    return bool(_LIQUIDATION_WORDS.search(above) and _ENTRY_WORDS.search(above))


def _word_column_kind(header: list[Segment], x0: float) -> str | None:
    """A header set as one run of words ("Entry # Entered Liquidated", words placed one by
    one): the column is named by the header word the date starts under, or the first word
    after it that names one ("Date of Entry")."""
    words = sorted((w for s in header for w in s.words), key=lambda w: w.x0)
    left = [i for i, w in enumerate(words) if w.x0 <= x0 + 2]
    for word in words[left[-1] if left else 0:]:
        if _LIQUIDATION_WORDS.search(word.text):
            return "liquidation"
        if _ENTRY_WORDS.search(word.text) and not _NUMBER_CELL.match(word.text):
            return "entry"
    return None


def _column_kind(header: list[Segment]) -> str | None:
    above = " ".join(s.text for s in header)
    if _LIQUIDATION_WORDS.search(above):
        return "liquidation"
    return "entry" if _ENTRY_WORDS.search(above) else None


def _by_words(
    stream: TextStream, start: int, dates: list[_Dated]
) -> tuple[_Dated | None, _Dated | None]:
    entry = liquidation = None
    anchor = start
    for item in dates:
        before = stream.text[anchor:item[0]]
        if _LIQUIDATION_WORDS.search(before):
            liquidation = liquidation or item
        elif _ENTRY_WORDS.search(before):
            entry = entry or item
        anchor = item[1]
    if entry is None and liquidation is not None:
        # "entry X of 1/8/24, liquidated on 4/5/24": the date printed before the liquidation's,
        # with no words of its own, is the entry's (goods are entered before liquidation).
        entry = next((d for d in dates if d[1] <= liquidation[0] and d[2] < liquidation[2]), None)
    return entry, liquidation


def _by_order(dates: list[_Dated]) -> tuple[_Dated | None, _Dated | None]:
    # No header and no words: goods are entered before they are liquidated.
    ordered = sorted(dates[:2], key=lambda d: d[2])
    if len(ordered) == 2:
        return ordered[0], ordered[1]
    return (ordered[0], None) if ordered else (None, None)


def _as_extracted(item: _Dated | None, confidence: float) -> Extracted | None:
    if item is None:
        return None
    return Extracted(item.value, item.evidence,
                     min(confidence, WRAPPED) if item.wrapped else confidence)
