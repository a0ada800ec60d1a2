"""A broker's continuation form sets CBP's own boxes in a right-hand column, on the same line as
its own particulars: "Importer no.: 38-7864900    CBP use - Date received: 2024-12-02". The
receipt date in CBP's box is the received date (19 CFR 174.12(f)), though its label does not
open the line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_BOXES = {
    "cbp-use-dash": "Importer no.: 38-7864900    CBP use - Date received: 2024-12-02",
    "for-cbp-use-only": "Importer no.: 38-7864900    For CBP use only: Receipt date: 12/02/2024",
    "office-use": "Importer no.: 38-7864900    Office use - Date received: December 2, 2024",
}
_FORM = [
    "PROTEST - CONTINUATION FORM (broker copy)",
    "Port code: 1703",
    "Name and address of protesting party:",
    "Summit Valley Bicycle Works LLC",
    "1402 Spoke Street",
    "Denver, CO 80204",
    "ENTRY NO.         DATE OF ENTRY         DATE OF LIQUIDATION",
    "E4F-1374904-0     01-MAR-2024           12-AUG-2024",
    "Description of merchandise:",
    "Stainless steel kitchen knives with polymer handles",
    "Signature: /s/ Gregory L. Haskins",
]


@pytest.mark.parametrize("box", sorted(_BOXES))
def test_the_receipt_in_cbps_box_beside_a_pair_is_read(tmp_path: Path, box: str) -> None:
    facts = extract_protest(_letter_pdf(tmp_path / "b.pdf",
                                        [*_FORM[:2], _BOXES[box], *_FORM[2:]])).facts
    assert facts.received_date == date(2024, 12, 2)
