"""Entries tables whose date column is too narrow for a long date, and labelled lines set close
under the rows (issue 13, round 35: the fifty-first hand's memorandum and case report).

A memo's table gives the date 70 points and prints "September 28, 2022" into the liquidation
column, so the year runs into the mark ("2022No", "2022-09-08LIQ"); the entry date is the date,
the mark the liquidation. A line such as "Violation date: August 22, 2023" printed one line under
the last row is a labelled value, not a wrapped cell: folded into the last row, its date made two
dates there (the entry date was lost) and its width bridged the columns' gaps. An entry without
its date leaves the notice without the details of the entry (19 CFR 162.77(b)(1)(ii)).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_entries import read_entry_rows
from tradebots.pdf import open_pdf

_COLUMNS = (72.0, 160.0, 230.0, 290.0, 375.0, 455.0)
_HEADER = ("Entry No.", "Entry Date", "Liquidated", "Entered Value", "Duty Paid", "Duty Owed")
_HEAD = ["REFERRAL FOR 19 U.S.C. 1592 ACTION", "Case No.: 2025-2704-827256-01",
         "Party: Wexford Ceramic Tile Co.", "Address: 1509 Mill Race Road, Newark, NJ 07105",
         "Importer No.: 62-7024526"]
_TAIL = ["Culpability: Negligence", "No prior disclosure was made.", "Commercial importation.",
         "Merchandise: glazed porcelain floor tiles",
         "Facts: the importer declared the tiles at prices below those paid to the seller."]


def _draw(path: Path, rows: Sequence[tuple[str, ...]], under: list[str], *, ruled: bool = True,
          size: float = 9.0, tight: bool = False) -> Path:
    """The head's lines, a table with a rule over each row (18 points apart), then UNDER's lines
    set 14 points under the last row, each 23 points below the one before. A date wider than its
    column ends where the mark begins, which is set on at once (no gap, never over it); TIGHT
    sets the marks' column where the longest date ends."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", size)
    widest = max(canvas.stringWidth(row[1], "Helvetica", size) for row in rows)
    marks = _COLUMNS[1] + widest + 0.2 if tight else _COLUMNS[2]
    y = letter[1] - 100
    for line in _HEAD:
        canvas.drawString(72, y, line)
        y -= 16
    y -= 20
    for row in [_HEADER, *rows]:
        if ruled:
            canvas.line(72, y + 12, 540, y + 12)
        end = 0.0
        for x, text in zip((*_COLUMNS[:2], marks, *_COLUMNS[3:]), row, strict=True):
            left = max(x, end + 0.2) if text == row[2] else x
            canvas.drawString(left, y, text)
            end = left + canvas.stringWidth(text, "Helvetica", size)
        y -= 18
    if ruled:
        canvas.line(72, y + 12, 540, y + 12)
    y -= 6
    for line in under:
        canvas.drawString(72, y, line)
        y -= 23
    canvas.save()
    return path


_LONG_DATES = [("CF8-0167157-3", "August 19, 2022", "Yes", "$21,318.00", "$987.02", "$3,311.99"),
               ("CF8-5122349-9", "September 8, 2022", "No", "$57,105.00", "$91.91", "$1,459.16"),
               ("CF8-9077094-8", "September 28, 2022", "Yes", "$79,012.00", "$730.45",
                "$4,636.42")]
_READ = [("CF8-0167157-3", date(2022, 8, 19), True), ("CF8-5122349-9", date(2022, 9, 8), False),
         ("CF8-9077094-8", date(2022, 9, 28), True)]


def _restyled(style: str) -> list[tuple[str, ...]]:
    """The long-date rows in another sender's styles of date and mark."""
    dates = {"iso": ("2022-08-19", "2022-09-08", "2022-09-28"),
             "day first": ("19 August 2022", "8 September 2022", "28 September 2022"),
             "figures": ("08/19/2022", "09/08/2022", "09/28/2022")}[style]
    marks = {"iso": ("LIQ", "UNLIQ", "LIQ"), "day first": ("Final", "Open", "Final"),
             "figures": ("Y", "N", "Y")}[style]
    return [(row[0], day, mark, *row[3:])
            for row, day, mark in zip(_LONG_DATES, dates, marks, strict=True)]


@pytest.mark.parametrize("size", [9.0, 10.5])
def test_a_date_run_into_the_liquidation_mark_gives_both(tmp_path: Path, size: float) -> None:
    lines = ["Violation date: August 19, 2022", *_TAIL]
    facts = extract_penalty(_draw(tmp_path / "r.pdf", _LONG_DATES, lines, size=size)).facts
    assert [(e.entry_number, e.entry_date, e.liquidated) for e in facts.entries] == _READ
    assert [e.duty_owed for e in facts.entries] == [Decimal("3311.99"), Decimal("1459.16"),
                                                    Decimal("4636.42")]


@pytest.mark.parametrize("style", ["iso", "day first", "figures"])
def test_other_styles_run_into_the_mark_give_both(tmp_path: Path, style: str) -> None:
    path = _draw(tmp_path / "r.pdf", _restyled(style), ["Violation date: August 19, 2022",
                                                         *_TAIL], tight=True)
    with open_pdf(path) as document:
        read = [(r.number.value, r.values.get("entry_date"), r.values.get("liquidated"))
                for r in read_entry_rows(document)]
    assert [(n, d.value if d else None, m.value if m else None) for n, d, m in read] == _READ


@pytest.mark.parametrize("label", [
    "Violation date: August 19, 2022", "Date of violation: 2022-08-19",
    "Domestic value: $285,094.00", "Loss of duties: $12,339.18"])
@pytest.mark.parametrize("ruled", [True, False])
def test_a_labelled_line_under_the_rows_is_no_part_of_the_last_row(
        tmp_path: Path, label: str, ruled: bool) -> None:
    rows = [(n, "Aug. 3, 2022", m, v, p, o) for n, _, m, v, p, o in _LONG_DATES]
    path = _draw(tmp_path / "r.pdf", rows, [label, *_TAIL], ruled=ruled, size=10.5)
    with open_pdf(path) as document:
        read = read_entry_rows(document)
    assert [(r.number.value, r.values["entry_date"].value, r.values["liquidated"].value)
            for r in read] == [(n, date(2022, 8, 3), m) for n, _, m in _READ]


def test_a_date_and_mark_parted_where_no_gap_shows_are_a_weaker_cue(tmp_path: Path) -> None:
    path = _draw(tmp_path / "r.pdf", _LONG_DATES, ["Violation date: August 19, 2022", *_TAIL])
    with open_pdf(path) as document:
        rows = read_entry_rows(document)
    confidences = [(r.values["entry_date"].confidence, r.values["liquidated"].confidence)
                   for r in rows]
    assert confidences[1][0] < rows[0].number.confidence  # "September 8, 2022No"
    assert confidences[1] == confidences[2]
