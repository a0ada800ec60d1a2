"""An entries listing typed as comma-separated lines, as an e-mail pastes a spreadsheet's export.

    Entry Number, Entry Date, Liquidated, Entered Value, Duty Paid, Duty Owed
    QBX-1234567-1, 03/03/2023, Yes, 41250.00, 1031.25, 2681.25

Each comma that parts two cells is read as the gap an aligned table leaves, so the row reader
takes the row's amounts ("41250.00," is no amount while the comma clings to it). A comma inside
a cell stays: a thousands separator ("41,250.00": a digit before it, three digits and no more
after it, and no cents before it) and a written date's ("March 3, 2023"). Quotes around a cell
are dropped alike. Every change keeps the text's length, so evidence offsets stay true.
"""

from __future__ import annotations

import re

from bots.customs.identifiers import normalize_entry_number
from bots.penalty_notice.extract_entries import ENTRY_NUMBER

# A row: an entry number with a comma right after it, or right before it (a first column of
# dates or line numbers).
_ROW_NUMBER = re.compile(rf"(?:{ENTRY_NUMBER.pattern})\s*,|,\s*(?:{ENTRY_NUMBER.pattern})")
_COMMA = re.compile(r",")
_AMOUNTS_JOINED = re.compile(r"\d\.\d\d,(?:US\$|USD|\$)?\d")
_THOUSANDS = re.compile(r"(?<!\.\d\d)(?<=\d),(?=\d{3}(?!\d))")
_DATE_COMMA = re.compile(r"(?i)[a-z]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?$")


def comma_cells(text: str) -> str:
    """TEXT with each comma-separated entries row's cell commas (and quotes) as spaces."""
    lines = text.split("\n")
    rows = [bool(_ROW_NUMBER.search(line)) for line in lines]
    # An aligned row whose amounts alone run together ("... Yes  41,250.00,1,031.25,2,681.25"),
    # its figures each with cents: the commas after the cents part them.
    rows = [row or bool(ENTRY_NUMBER.search(line) and _AMOUNTS_JOINED.search(line))
            for line, row in zip(lines, rows, strict=True)]
    return "\n".join(
        _spaced(line) if row
        # The export's header above its first row: "entry_number,entry_date,duty_paid" names
        # its columns in words once its commas and underscores are gaps.
        else _spaced(line).replace("_", " ") if _names_columns(line, rows[i + 1:i + 2])
        else line
        for i, (line, row) in enumerate(zip(lines, rows, strict=True)))


def _names_columns(line: str, below: list[bool]) -> bool:
    """Whether LINE is a comma-separated header right above a comma-separated row."""
    return bool(below and below[0] and line.count(",") >= 2 and not _ROW_NUMBER.search(line))


def _spaced(line: str) -> str:
    chars = list(line.replace('"', " "))
    for comma in _COMMA.finditer(line):
        at = comma.start()
        if _THOUSANDS.match(line, at) and not line[at + 1:at + 2].isspace():
            continue
        if _DATE_COMMA.search(line[:at]) and re.match(r",\s*\d{4}\b", line[at:]):
            continue
        chars[at] = " "
    return "".join(chars)


# A row's cells after its number: three commas or more, figures among them.
_ROW_CELLS = re.compile(r"(?:,[^,\n]*){3,}")


def unread_comma_rows(text: str, read: set[str]) -> tuple[str, ...]:
    """A doubt for each comma-separated entries row of TEXT whose entry is none of those READ:
    its cells could not be told apart ("QBX-1234567-1,03/03/2023,Y,41,250,1,031,2,681": a figure
    with no cents may be thousands or a cell of its own), so the case is never drafted without
    it (its loss of duties short, 19 CFR 162.71(a))."""
    unread: list[str] = []
    for line in text.split("\n"):
        found = _ROW_NUMBER.search(line)
        if found is None or not _ROW_CELLS.search(line) or not re.search(r"\d", line[found.end():]):
            continue
        number = ENTRY_NUMBER.search(found.group(0))
        parsed = normalize_entry_number(number.group(0)) if number else None
        if parsed is not None and parsed.normalized not in read | set(unread):
            unread.append(parsed.normalized)
    return tuple(f"Entry {number} is listed as a comma-separated row whose cells could not be "
                 "told apart: a person reads the entries." for number in unread)
