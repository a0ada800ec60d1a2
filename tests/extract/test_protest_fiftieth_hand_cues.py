"""What the held-out fiftieth hand's senders do, read for senders in general (issue 13): a receipt
stamp set at the left of a letter's head whose first line the letter's own reference block, with
its date, shares at the right (174.12(f))."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_recurring_classes import _placed_pdf

_LETTER = [
    (72, 660, 10, "Port Director, U.S. Customs and Border Protection"),
    (72, 646, 10, "Re: Protest of liquidation"),
    (72, 632, 10, "Pembroke Textile Traders Ltd. protests the classification of the goods."),
]


@pytest.mark.parametrize("stamp_line", ["RECEIVED", "RECEIVED       No. 1601-25-100234",
                                        "R E C E I V E D"])
@pytest.mark.parametrize("letters_date", ["Date:           19 September 2025",
                                          "September 19, 2025", "Dated: 09/19/2025"])
def test_a_stamp_at_the_left_keeps_its_own_date_not_the_reference_blocks_beside_it(
    tmp_path: Path, stamp_line: str, letters_date: str,
) -> None:
    # Before: a date anywhere on RECEIVED's line counted as the stamp's, so the letter's own
    # date, set a column away in its reference block, was read as CBP's receipt, days early.
    pdf = _placed_pdf(tmp_path / "letter.pdf", [
        (72, 740, 9, stamp_line), (72, 728, 9, "CBP PORT OF CHARLESTON"),
        (72, 716, 9, "SEP 24 2025"),
        (380, 740, 10, letters_date), (380, 728, 10, "Our ref.:       PR-7651"),
        (380, 716, 10, "Port code:      1601"), *_LETTER,
    ])
    assert extract_protest(pdf).facts.received_date == date(2025, 9, 24)


def test_a_date_set_close_after_received_on_its_line_is_the_stamps(tmp_path: Path) -> None:
    pdf = _placed_pdf(tmp_path / "letter.pdf", [
        (72, 740, 9, "RECEIVED SEP 24 2025"), (72, 728, 9, "CBP PORT OF CHARLESTON"),
        (380, 740, 10, "Date: 19 September 2025"), *_LETTER,
    ])
    assert extract_protest(pdf).facts.received_date == date(2025, 9, 24)
