"""A date written with dots ("2025.01.09") has a tariff number's shape; wherever it stands (a
date field beside its label, a sentence, a table cell) it names no tariff number and no item,
while a real heading of chapters 19 and 20 printed the same way stays a tariff number."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract
from tests.ruling_read.test_twentythird_hand_cues import CLOSE, HEAD, Cell

FACTS: list[Cell] = [(55, 200, "Description: Cotton bath towels, terry woven, 70 x 140 cm."),
                     (55, 220, "Principal use: drying the body after bathing."),
                     (55, 240, "Materials: cotton 100% by weight.")]


@pytest.mark.parametrize("dated", [
    "Date of request: 2025.01.09",
    "This request was prepared on 2025.01.09 by our compliance team.",
    "Submitted  2024.12.31",
    "Samples shipped 1999.07.01 under an earlier request were returned.",
])
def test_a_dotted_date_is_no_tariff_number_and_no_item(tmp_path: Path, dated: str) -> None:
    read = extract(draw(tmp_path / "dotted.pdf", [*HEAD, (55, 185, dated), *FACTS, *CLOSE]))
    assert read["values"]["proposed_hts"] == ["6302.60.0020"]
    assert read["values"]["item_count"] == 1


def test_a_chapter_20_heading_written_with_dots_stays_a_tariff_number(tmp_path: Path) -> None:
    close = [(55, 470, "Subheading 2009.11.00, HTSUS, applies: frozen orange juice."),
             *CLOSE[1:]]
    read = extract(draw(tmp_path / "juice.pdf", [*HEAD, *FACTS, *close]))
    assert read["values"]["proposed_hts"] == ["2009.11.00"]
