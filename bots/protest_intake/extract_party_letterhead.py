"""The protestant named and addressed by its own letterhead: the name at the letter's head and
the address lines under or beside it."""

from __future__ import annotations

import re

from bots.common.reading.date_line import date_line
from bots.common.reading.parties import ADDRESS_PART_SEPARATOR
from bots.protest_intake.extract_cover import letter_start, past_stamp
from bots.protest_intake.extract_fields import Fields, fold
from bots.protest_intake.extract_party_cues import (
    ADDRESS_END,
    CITY_LINE,
    FIRST_PERSON,
    FIRST_PERSON_PROTEST,
    LETTERHEAD_REACH,
    WEAK,
    WRITES_FOR_ANOTHER,
)
from bots.protest_intake.extract_party_lines import COLUMN_GAP, address_lines
from bots.protest_intake.extract_party_role import FILER
from bots.protest_intake.extract_stacked import caption_of
from tradebots.pdf import TextStream
from tradebots.pdf.words import Word, evidence_of

_DATE_LINE = re.compile(r"^\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}"
                        r"|\d{1,2}[-/ ]\w+[-/ ]\d{2,4})\s*$")
# What a letter's date line may print before its date in any habit: "Friday, 7 March 2025",
# "on March 7, 2025". A captioned "DATE: ..." is a memo's header, no letterhead's.
_BEFORE_DATE = re.compile(r"(?i)^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|on\s+)*")


def _date_line(text: str) -> bool:
    """Whether TEXT is a letter's date and nothing else, in any of the habits dates are read in."""
    return bool(_DATE_LINE.match(text)) or \
        date_line(_BEFORE_DATE.sub("", text).rstrip(" .")) is not None


# "To the Port Director:" addresses as "To: Port Director" does.
_ADDRESSEE = re.compile(r"(?i)\s*(?:(?:to|attn\.?|attention)\s*:\s*|to\s+)?"
                        r"(?:(?:the\s+)?port\s+director"
                        r"|(?:U\.?\s?S\.?\s+)?customs\s+and\s+border\s+protection|CBP\b)")
_STAMP_WORD = re.compile(r"(?i)^\s*(?:R ?E ?C ?E ?I ?V ?E ?D|FILED|CBP|date\s+stamp)\b"
                         r"|^\s*(?:U\.?\s?S\.?\s+)?customs\b")


def letterhead_address(stream: TextStream, fields: Fields) -> None:
    """An importer writing for itself prints its name and address at the head of the letter or
    under the signature: the lines after a line that is the name alone."""
    name = fields.value("protestant_name")
    if not name or "protestant_address" in fields.items:
        return
    lines = stream.text.split("\n")
    for index, line in enumerate(lines):
        if fold(line).casefold() == fold(name).casefold():
            # A letterhead may print the name twice (a logotype, then the name): the address
            # is under the last of them.
            while index + 1 < len(lines) and fold(lines[index + 1]).casefold() == \
                    fold(name).casefold():
                index += 1
            start = sum(len(x) + 1 for x in lines[:index + 1])
            if _column_between(stream, start - len(lines[index]) - 1, start) and not \
                    _set_right(stream, start - len(lines[index]) - 1, start):
                break  # a stamp's or a number's lines between the letterhead's own
            address_lines(stream, fields, start, lines[index + 1:], WEAK)
            return
    _beside_a_column(stream, fields, name)


def _column_between(stream: TextStream, name_at: int, after: int) -> bool:
    """Whether a line between the name and its city line starts right of the name's end:
    another column's line printed between the letterhead's lines (a centred letterhead's lines
    start within the name's span)."""
    name = stream.words(*stream.line_of(name_at))
    for _ in range(4):
        if after >= len(stream.text):
            break
        begin, end = stream.line_of(after)
        words = stream.words(begin, end)
        if name and words and words[0].x0 > name[-1].x1:
            return True
        if CITY_LINE.search(stream.text[begin:end]):
            return False
        after = end + 1
    return False


_STREET = re.compile(r"^\s*(?:\d|P\.?\s*O\.?\s+Box\b|One\b|Suite\b|Unit\b)", re.I)


def _set_right(stream: TextStream, name_at: int, after: int) -> bool:
    """Whether the lines under the name are its address set flush right: a street line, then
    down to a city line, every line wholly right of the name and nothing on its left (a
    stamp's or a number's lines between the letterhead's own are no street and city)."""
    name = stream.words(*stream.line_of(name_at))
    for count in range(3):
        if after >= len(stream.text) or not name:
            return False
        begin, end = stream.line_of(after)
        words, text = stream.words(begin, end), stream.text[begin:end]
        if not words or words[0].x0 <= name[-1].x1 or (count == 0 and not _STREET.match(text)):
            return False
        if CITY_LINE.search(text):
            return True
        after = end + 1
    return False


_ALIGNED = 3.0  # points: how far a letterhead's lines may start from its name's left edge
_BESIDE_LINES = 8  # lines after the name within which its address must end


def _beside_a_column(stream: TextStream, fields: Fields, name: str) -> None:
    """A letterhead printed beside another column (a RECEIVED stamp, the protest number at the
    right): each line holds both, so the name and the address lines are the left-hand runs of
    words that start where the name starts, down to the city line."""
    begin, after = 0, 0
    left: float | None = None
    right = 0.0
    taken: list[list[Word]] = []
    while begin < len(stream.text) and len(taken) < 4 and after < _BESIDE_LINES:
        end = stream.line_of(begin)[1]
        run = _left_run(stream.words(begin, end))
        begin = end + 1
        text = fold(" ".join(w.text for w in run))
        if left is None:
            if run and text.casefold() == fold(name).casefold():
                left, right = run[0].x0, run[-1].x1
            continue
        after += 1
        if run and run[0].x0 > right:
            continue  # a line of the other column only ("Protest No. ..." at the right)
        if not run or run[0].x0 < left - _ALIGNED or ADDRESS_END.search(text):
            return
        taken.append(run)
        if CITY_LINE.search(text):
            fields.put("protestant_address",
                       ", ".join(fold(" ".join(w.text for w in ws)) for ws in taken),
                       evidence_of([w for ws in taken for w in ws]), WEAK)
            return


def _left_run(words: list[Word]) -> list[Word]:
    """A line's words up to the first gap wide enough to start another column."""
    for index in range(1, len(words)):
        before = words[index - 1]
        if words[index].x0 - before.x1 > COLUMN_GAP * before.height or \
                words[index].page != before.page:
            return words[:index]
    return words


def letterhead_party(stream: TextStream, fields: Fields) -> None:
    """An importer that protests in the first person ("our company protests") is the party
    named at the head of its letter, over a street address that ends in a city line."""
    first_person = FIRST_PERSON_PROTEST.search(stream.text) or (
        FIRST_PERSON.search(stream.text) and not WRITES_FOR_ANOTHER.search(stream.text))
    # A letter in the third person that names no client, no label and no one in its prose is
    # sent by the party whose letterhead (a name over its street and city) heads it.
    impersonal = not first_person and not WRITES_FOR_ANOTHER.search(stream.text)
    if "protestant_name" in fields.items or not (first_person or impersonal):
        return
    # A fax's cover sheet heads the document, the letter's own head is on the page after it;
    # a receipt stamp printed over the letterhead is CBP's.
    head = past_stamp(stream.text, letter_start(stream))
    lines = stream.text[head:].split("\n")
    # A RECEIVED stamp or a reference block set beside the letterhead shares its lines: the
    # letterhead is each line's left-hand run of words.
    runs = _left_runs(stream, head, lines[:LETTERHEAD_REACH + _BESIDE_LINES])
    for index, line in enumerate(lines[:LETTERHEAD_REACH]):
        name = fold(runs[index][0])
        # A line wholly right of the name is the other column's (the reference block's "Our
        # ref.:", "IOR:", the date), not under the name.
        under = [text for text, left, _ in runs[index + 1:]
                 if left is None or left <= runs[index][2]][:3]
        below = [part for following in under for part in ADDRESS_PART_SEPARATOR.split(following)]
        # A receipt stamp ("RECEIVED" / date / "CBP") over the letterhead names no sender.
        # A web form's caption over its value ("Mailing address" / "1 Main St") is no name.
        if (not re.search(r"[A-Za-z]{2}", name) or re.search(r"\d", name)
                or FILER.search(name) or not below or _STAMP_WORD.match(name)
                or caption_of(name)):
            continue
        # The address under the name, or none: the letter's date or the addressee block (CBP,
        # the port director) follows the name at once.
        addressed = bool(_STREET.match(below[0])) and any(CITY_LINE.search(p) for p in below[:3])
        # ... or the party's own numbers and contacts ("Importer of record no. 38-...", "Tel.").
        contact = below[0].strip() and ADDRESS_END.search(below[0])
        if impersonal and not addressed:
            continue
        if addressed or contact or _date_line(below[0]) or _ADDRESSEE.match(below[0]):
            start = head + sum(len(x) + 1 for x in lines[:index])
            fields.put("protestant_name", name, stream.evidence(start, start + len(line)), WEAK)
            return


def _left_runs(stream: TextStream, head: int,
               lines: list[str]) -> list[tuple[str, float | None, float]]:
    """Each of LINES (from offset HEAD) as its left-hand run of words, up to a column's gap,
    with where that run starts and ends (None, infinity for a line of no words)."""
    runs: list[tuple[str, float | None, float]] = []
    start = head
    for line in lines:
        words = stream.words(start, start + len(line))
        left = _left_run(words) if words else []
        text = " ".join(w.text for w in left) if len(left) < len(words) else line
        runs.append((text, left[0].x0, left[-1].x1) if left else (text, None, float("inf")))
        start += len(line) + 1
    return runs
