"""A case docket printed as caption and value cells (issue 13, the fifty-sixth hand at first
sight): its title cell beside the case number, and value captions cut short at the cell's end
("DOMESTIC VAL" | "216,515.00"), were no labels, so the case number and both values went unread."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral


def _docket(title: str, domestic: str, dutiable: str) -> list[Line]:
    return [
        [(60, title), (160, "2025-2704-690016-01"), (480, "1592 REFERRAL")],
        [(54, "PARTY"), (160, "Sandoval Agro Imports LLC")],
        [(54, "ADDRESS"), (160, "2250 Ponce de Leon Avenue, San Juan, PR 00909")],
        [(54, "IMPORTER NO"), (160, "21-6885629")],
        [(54, "CULPABILITY"), (160, "NEGLIGENCE")],
        [(54, "VIOLATION DT"), (160, "22-MAY-2023")],
        [(54, domestic), (160, "216,515.00")],
        [(54, dutiable), (160, "164,027.00")],
        [(57, "ENTRY"), (153, "ENTERED"), (233, "STATUS"), (293, "VALUE"), (373, "DUTY DEP"),
         (453, "DUTY OWED")],
        [(57, "FEC-4385817-4"), (153, "22-MAY-2023"), (233, "OPEN"), (293, "41,767.00"),
         (373, "5,012.04"), (453, "8,212.04")],
    ]


@pytest.mark.parametrize(("title", "domestic", "dutiable"), [
    ("CASE DOCKET", "DOMESTIC VAL", "DUTIABLE VAL"),
    ("DOCKET NO.", "DOM VAL", "DUT VAL"),
    ("Docket", "Domestic val", "Dutiable val"),
])
def test_a_dockets_title_and_cut_captions_label_their_cells(
        tmp_path: Path, title: str, domestic: str, dutiable: str) -> None:
    path = draw_referral(tmp_path / "docket.pdf", _docket(title, domestic, dutiable))
    facts = extract_penalty(path).facts
    assert facts.case_number == "2025-2704-690016-01"
    assert facts.domestic_value == Decimal("216515.00")
    assert facts.dutiable_value == Decimal("164027.00")
