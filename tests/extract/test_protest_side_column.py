"""A letter with a side column of particulars beside its body (issue 13, the fifty-sixth hand at
first sight: the column's captions and values were read across into the letter's sentences, the
party's address taken as "Address, 9 Foundry Street ...", the entry's dates lost)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_recurring_classes import _placed_pdf

_BODY = [
    "We write on behalf of Harbor Light Candle Co., the importer of record, to",
    "protest the classification of the merchandise determined at liquidation, which",
    "placed the candles in heading 9405 as lamps. Soy wax pillar candles are",
    "candles of heading 3406 by their terms (GRI 1), and the port's rate is wrong.",
    "No entry covered by this protest is the subject of a drawback claim.",
    "Accelerated disposition is not requested.",
]


def _side_column(path: Path, column: list[str], body_x: float) -> Path:
    placed: list[tuple[float, float, float, str]] = [
              (50, 770, 12, "RUIZ & PARTNERS LLP"), (50, 740, 9, "PARTICULARS"),
              (body_x, 740, 10, "March 29, 2025"), (body_x, 716, 10, "Port Director"),
              (body_x, 704, 10, "Port of Savannah"),
              (body_x, 680, 10, "Re: Protest under 19 U.S.C. 1514 -- the entry at left"),
              (body_x, 656, 10, "Dear Port Director:")]
    placed += [(50, 728 - 12 * i, 9, text) for i, text in enumerate(column)]
    placed += [(body_x, 644 - 12 * i, 10, text) for i, text in enumerate(_BODY)]
    placed += [(body_x, 560, 10, "Description of merchandise: Soy wax pillar candles, unscented"),
               (body_x, 530, 10, "Respectfully submitted,"), (body_x, 500, 10, "Ana Ruiz"),
               (body_x, 488, 10, "Ruiz & Partners LLP, attorneys for the protestant")]
    return _placed_pdf(path, placed)


_COLUMN = ["Protestant", "Harbor Light Candle Co.", "Address", "9 Wharf Street",
           "Portland, ME 04101", "Importer No.", "31-7654321", "Port of entry", "1703 Savannah",
           "Entry", "3EH-9231492-9", "entered 09/27/2024", "liquidated 01/10/2025", "Sent by",
           "Certified mail"]


@pytest.mark.parametrize("body_x", [200.0, 230.0])
@pytest.mark.parametrize("column", [
    _COLUMN,
    # dates worded the other way, the entry's caption in the plural
    [*_COLUMN[:9], "Entries", "3EH-9231492-9", "Entry date: Sep. 27, 2024",
     "Liquidation: Jan. 10, 2025", *_COLUMN[13:]],
])
def test_a_side_column_of_particulars_is_read_apart_from_the_letter(
        tmp_path: Path, column: list[str], body_x: float) -> None:
    facts = extract_protest(_side_column(tmp_path / "letter.pdf", column, body_x)).facts
    assert facts.protestant_name == "Harbor Light Candle Co."
    assert facts.protestant_address == "9 Wharf Street, Portland, ME 04101"
    assert facts.importer_number == "31-7654321"
    assert facts.port_code == "1703"
    [entry] = facts.entries
    assert (entry.entry_date, entry.liquidation_date) == (date(2024, 9, 27), date(2025, 1, 10))
