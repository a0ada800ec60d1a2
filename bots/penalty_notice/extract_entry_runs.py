"""An entries table printed as aligned text whose cells the layout broke, read row by row.

Each entry's run (its number to the next) gives the entry date (the first date), liquidation (a
status word, or a second date: the liquidation date) and the amounts, placed in the order the
header names them. A row's amounts count only when they match the header's money columns one
for one; its values score as content-placed cells.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bots.common.reading.dates import find_dates
from bots.common.reading.row_runs import RowRun, RunValue, header_above, row_runs
from bots.customs.identifiers import normalize_entry_number
from bots.penalty_notice.comma_rows import comma_cells
from bots.penalty_notice.extract_entries import (
    CHECK_DIGIT_FAILED,
    CONTENT_ONLY,
    ENTRY_NUMBER,
    LOSS,
    VALUE_WORD,
    EntryRow,
    liquidated_of,
)
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

# The money columns a header names, by their wording; the loss is read to check the duties.
_MONEY_HEADERS: dict[str, re.Pattern[str]] = {
    LOSS: re.compile(r"(?i)\bloss\b|difference|increase|additional\s+dut|under\s*pa"
                     r"|(?-i:\bLO[RD]\b)"),
    "duty_paid": re.compile(r"(?i)\bpaid\b|deposit\w*|as\s+entered|\bdut(?:y|ies|\.)\s*pd\b"),
    "duty_owed": re.compile(r"(?i)\bowed\b|owing|correct|lawful|should"),
    "entered_value": re.compile(rf"(?i){VALUE_WORD}"),
}


def money_order(header: str) -> list[str]:
    """The money columns in the order the header prints them; [] when it names no duties."""
    placed: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for field, pattern in _MONEY_HEADERS.items():
        for match in pattern.finditer(header):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                placed[field] = match.start()
                taken.append((match.start(), match.end()))
                break
    order = sorted(placed, key=placed.__getitem__)
    return order if {"duty_paid", "duty_owed"} <= placed.keys() else []


def read_entry_runs(stream: TextStream) -> list[EntryRow]:
    """Each entry of a broken aligned table; [] when the header cannot be placed.

    The header is the fewest lines above the rows that name both duties and as many money
    columns as every row holds amounts (else as most rows hold): a title above it ("Loss of
    Duties by Entry") is not a column.
    """
    text = comma_cells(stream.text)  # a pasted export's "X, 03/03/2023, Yes, 41250.00, ..."
    # A status cell run into the amount's ("Unliquidated$86,355.74"): the sign, glued to the
    # word, is read as the gap it stands for; the figure keeps its separators and cents.
    text = _SIGN_GLUED.sub(" ", text)
    lines = header_above(text, ENTRY_NUMBER)
    runs = row_runs(text, ENTRY_NUMBER)
    orders = [found for first in range(len(lines) - 1, -1, -1)
              if (found := money_order(" ".join(lines[first:])))]
    order: list[str] | None = next(
        (o for o in orders if all(len(run.amounts) == len(o) for run in runs)), None)
    if order is None:
        # A row whose amounts a scan merged or lost ("118,006.1714,012.21"): the other rows are
        # read as the header places them, that row gives its number, date and status only.
        order = next((o for o in orders if 2 * _fitting(runs, o) > len(runs)), None)
    if order is None:
        return []
    rows = [_row(stream, run, order) for run in _dates_led(text, _years_glued(text, runs))]
    return [row for row in rows if row is not None] if all(rows) else []


_SIGN_GLUED = re.compile(r"(?<=[a-z])\$(?=\d{1,3}(?:,\d{3})*\.\d\d\b|\d+\.\d\d\b)")
# A date cell that overflows into the status's next to it: "November 8, 2023Unliquidated".
_YEAR_GLUED = re.compile(r"(?<!\d)(\d{4})[A-Za-z]")


def _years_glued(text: str, runs: list[RowRun]) -> list[RowRun]:
    """The runs, each with no date taking the date its line prints run into the next word
    ("November 8, 2023Unliquidated"): read with a space in the word's first letter's place
    (the words stay as printed, so the status word is still read whole)."""
    spaced = _YEAR_GLUED.sub(lambda m: m.group(1) + " ", text)
    dated: list[RowRun] = []
    for run in runs:
        end = text.find("\n", run.key.end())
        end = len(text) if end < 0 else end
        found = find_dates(spaced[run.key.end():end]) if not run.dates else []
        if found:
            first = found[0]
            start = run.key.end() + first.start
            run = replace(run, dates=[RunValue(start, start + len(first.text), first.value)],
                          amounts=[a for a in run.amounts
                                   if a.end <= start or a.start >= start + len(first.text)])
        dated.append(run)
    return dated


def _dates_led(text: str, runs: list[RowRun]) -> list[RowRun]:
    """The runs with each entry's date first when the table prints the date before the number
    ("2023-03-02  EGH-3873310-3  ..."): a run from one number to the next then ends with the
    next row's date, which is that row's, not this one's."""
    leads = [_lead_date(text, run) for run in runs]
    if not runs or any(lead is None for lead in leads):
        return runs
    taken = {lead.start for lead in leads if lead is not None}
    return [replace(run, dates=[lead, *(d for d in run.dates if d.start not in taken)])
            for run, lead in zip(runs, leads, strict=True) if lead is not None]


def _lead_date(text: str, run: RowRun) -> RunValue | None:
    """The date printed on the run's line before its number (a line number may precede it)."""
    line_start = text.rfind("\n", 0, run.key.start()) + 1
    found = find_dates(text[line_start:run.key.start()])
    if len(found) != 1:
        return None
    return RunValue(line_start + found[0].start, line_start + found[0].end, found[0].value)


def _fitting(runs: list[RowRun], order: list[str]) -> int:
    return sum(len(run.amounts) == len(order) for run in runs)


def _row(stream: TextStream, run: RowRun, order: list[str]) -> EntryRow | None:
    parsed = normalize_entry_number(run.key.group(0))
    if parsed is None:
        return None
    # The loss column is kept under LOSS, to be checked against the duties.
    values = {field: _at(stream, amount) for field, amount in zip(order, run.amounts, strict=True)
              } if len(run.amounts) == len(order) else {}
    if run.dates:
        values["entry_date"] = _at(stream, run.dates[0])
    status = [(w, liquidated_of(str(w.value))) for w in run.words]
    marks = [(w, state) for w, state in status if state is not None]
    if len(run.dates) > 1:
        values["liquidated"] = Extracted(True, stream.evidence(run.dates[1].start,
                                                               run.dates[1].end), CONTENT_ONLY)
    elif len({state for _, state in marks}) == 1:
        word, state = marks[0]
        values["liquidated"] = Extracted(state, stream.evidence(word.start, word.end),
                                         CONTENT_ONLY)
    confidence = CONTENT_ONLY if parsed.check_digit_ok else CHECK_DIGIT_FAILED
    number = Extracted(parsed.normalized, stream.evidence(run.key.start(), run.key.end()),
                       confidence)
    return EntryRow(number, values)


def _at(stream: TextStream, item: RunValue) -> Extracted:
    return Extracted(item.value, stream.evidence(item.start, item.end), CONTENT_ONLY)
