"""A case ledger card and an audit referral told as a dated timeline (issue 13, round 37: the
fifty-eighth hand).

- A ledger's loss column may be a running total ("RUNNING LOD", "Cumulative loss", "Balance"):
  each row prints its own loss added to those above. Taken for each row's own, every row after
  the first looked shifted and the referral went to a person. Only when every row reconciles as
  the sum (and not row by row) is it one; a column that fits neither still doubts.
- A header box of two caption | value pairs may leave the second caption of the address's row
  blank and give the city line in its cell ("ADDRESS  615 West Lake Avenue    Dearborn, MI
  48126"): the address is the street and that city line, not the street alone.
- A timeline tells each entry's status on an undated line of its own under the filing ("Status
  of entry X on referral: liquidated (final)."): unread, every entry's loss was taken as
  potential. A note naming an entry the log files nowhere adds nothing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral

_CARD: list[Line] = [
    [(72.0, "CASE NO."), (130.0, "2025-1303-017085"), (330.0, "VIOLATION DATE 2023-03-13")],
    [(72.0, "PARTY"), (130.0, "Pinecrest Ceramics Inc."), (330.0, "IMPORTER NO. 94-9348024")],
    "{address}",
    [(72.0, "STATUTE"), (130.0, "19 USC 1592(a)"), (330.0, "CULPABILITY NEG")],
    [(72.0, "PRIOR DISCL."), (130.0, "N"), (330.0, "COMMERCIAL Y")],
    [(72.0, "DOMESTIC VAL."), (130.0, "92,400.00"), (330.0, "DUTIABLE VAL. 51,340.00")],
]
_REMARKS = ["MERCHANDISE cotton knit polo shirts for men",
            "REMARKS Entries were filed with an understated value found on post-entry audit."]
_LEDGER = (72.0, 150.0, 210.0, 245.0, 320.0, 390.0, 470.0)
_STREET: Line = [(72.0, "ADDRESS"), (130.0, "615 West Lake Avenue")]


def _card(address: Line, loss: str, rows: list[tuple[str, ...]]) -> list[Line]:
    head = ("ENTRY", "DATE", "LIQ", "ENTERED VALUE", "DEPOSITED", "LAWFULLY DUE", loss)
    card: list[Line] = [address if c == "{address}" else c for c in _CARD]
    ledger: list[Line] = [list(zip(_LEDGER, row, strict=True)) for row in [head, *rows]]
    return [*card, *ledger, *_REMARKS]


_ROWS = [("2D8-2792271-7", "2023-03-13", "Y", "23,060.00", "1,383.60", "2,306.00", "{0}"),
         ("2D8-3301966-4", "2023-04-28", "N", "28,280.00", "1,696.80", "2,828.00", "{1}"),
         ("2D8-3301977-0", "2023-05-02", "N", "10,000.00", "500.00", "400.00", "{2}")]


def _rows(*losses: str) -> list[tuple[str, ...]]:
    return [tuple(c.format(*losses) for c in row) for row in _ROWS]


@pytest.mark.parametrize("caption", ["RUNNING LOD", "CUMULATIVE LOSS", "LOSS TO DATE"])
def test_a_running_loss_column_reconciles_as_a_sum(tmp_path: Path, caption: str) -> None:
    # 922.40, then 922.40 + 1,131.20, then the same again (the third entry lost nothing).
    lines = _card(_STREET, caption, _rows("922.40", "2,053.60", "2,053.60"))
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    assert [e.duty_owed for e in reading.facts.entries] == [
        Decimal("2306.00"), Decimal("2828.00"), Decimal("400.00")]
    assert not any("printed loss" in doubt for doubt in reading.facts.doubts)


@pytest.mark.parametrize("losses", [
    ("922.40", "2,053.60", "2,100.00"),  # the last row fits neither way
    ("922.40", "1,500.00", "0.00"),  # the second row fits neither way
])
def test_a_loss_column_that_fits_neither_way_still_doubts(
        tmp_path: Path, losses: tuple[str, str, str]) -> None:
    lines = _card(_STREET, "RUNNING LOD", _rows(*losses))
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    assert any("printed loss" in doubt for doubt in reading.facts.doubts)


@pytest.mark.parametrize(("city", "joined"), [
    ("Dearborn, MI 48126", "615 West Lake Avenue, Dearborn, MI 48126"),
    ("Savannah GA 31408-2211", "615 West Lake Avenue, Savannah GA 31408-2211"),
])
def test_the_city_line_in_the_next_cell_of_the_address_row(
        tmp_path: Path, city: str, joined: str) -> None:
    address: Line = [*_STREET, (330.0, city)]
    lines = _card(address, "LOSS", _rows("922.40", "1,131.20", "0.00"))
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    assert reading.facts.party_address == joined


def test_a_caption_in_the_next_cell_keeps_its_value(tmp_path: Path) -> None:
    # "PORT 1303" stands between: the next cell is another caption's, the street stays alone.
    address: Line = [*_STREET, (330.0, "PORT 1303 Baltimore, MD 21202")]
    lines = _card(address, "LOSS", _rows("922.40", "1,131.20", "0.00"))
    reading = extract_penalty(draw_referral(tmp_path / "c.pdf", lines))
    assert "PORT" not in (reading.facts.party_address or "")


_TIMELINE_HEAD = [
    "Office of Regulatory Audit - Referral to FP&F",
    "Case Number 2025-2704-011954",
    "Party: Okafor & Lind Trading LLC",
    "Address: 17 Elm Court, Dearborn, MI 48126",
    "Importer number: 66-3479459",
    "Merchandise: stainless steel stock pots, 12-quart, with lids",
    "Culpability: gross negligence",
    "Prior disclosure: none made",
    "Timeline of the matter",
    "April 12, 2023 Entry E7H-7576296-5 filed at Los Angeles: entered value $45,200.00; duty",
    "deposited $904.00; duty lawfully owed $4,520.00.",
    "April 12, 2023 Date of violation (the limitations period runs from this date).",
]
_SECOND = ["May 8, 2023 Entry E7H-5469930-3 filed at Los Angeles: entered value $52,420.00; duty",
           "deposited $2,096.80; duty lawfully owed $6,814.60."]
_TAIL = ["September 18, 2025 Referral sent to FP&F Los Angeles.",
         "Domestic value of the merchandise: $300,120.00",
         "Dutiable value of the merchandise: $157,960.00"]

NOTES = [
    (["Status of entry E7H-7576296-5 on referral: liquidated (final)."],
     ["Status of entry E7H-5469930-3 on referral: unliquidated, still open."]),
    (["Entry E7H-7576296-5 has since been liquidated."],
     ["Entry E7H-5469930-3 is not yet liquidated."]),
    # A note whose sentence wraps to a second line.
    (["On referral the status of entry E7H-7576296-5 was checked in ACE and it is",
      "liquidated, final."],
     ["E7H-5469930-3: unliquidated."]),
]


@pytest.mark.parametrize(("first", "second"), NOTES)
def test_a_status_told_on_a_line_of_its_own_under_the_filing(
        tmp_path: Path, first: list[str], second: list[str]) -> None:
    lines = [*_TIMELINE_HEAD, *first, *_SECOND, *second, *_TAIL]
    reading = extract_penalty(draw_referral(tmp_path / "t.pdf", lines))
    assert [(e.entry_number, e.liquidated) for e in reading.facts.entries] == [
        ("E7H-7576296-5", True), ("E7H-5469930-3", False)]
    assert not any("liquidated" in doubt for doubt in reading.facts.doubts)


def test_a_note_on_an_entry_the_log_never_files_adds_nothing(tmp_path: Path) -> None:
    lines = [*_TIMELINE_HEAD, "Status of entry E7H-7576296-5 on referral: liquidated (final).",
             *_SECOND, "Entry E7H-9999990-1 of the same importer is liquidated.", *_TAIL]
    reading = extract_penalty(draw_referral(tmp_path / "t.pdf", lines))
    assert [e.entry_number for e in reading.facts.entries] == ["E7H-7576296-5", "E7H-5469930-3"]
    assert any("E7H-5469930-3" in doubt for doubt in reading.facts.doubts)
