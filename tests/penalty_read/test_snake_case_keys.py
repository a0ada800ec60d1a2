"""Referrals of senders in general (issue 13, round 27): an export's "snake_key: value" lines
("domestic_value: 332133.00") read as the captions they spell, beside the key or in a column of
its own; a sentence's word joined by underscores is no caption."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral

LETTER = [
    "Port of Tampa, FL - Entry Branch",
    "We refer Osprey Marine Supply Inc., 14 Dock Street, Tampa, FL 33602 for a penalty",
    "under 19 U.S.C. 1592; the violation is assessed as negligent. Case no. 2025-1801-220417-01.",
    "The violation occurred on 2023-05-11. No prior disclosure was made. The goods were imported",
    "for resale: knitted cotton beach towels, declared under a provision at a lower rate.",
    "ENTRY NO        ENTRY DATE    LIQ   ENTERED VALUE   DUTY PAID   DUTY OWED",
    "B7D-0071947-5   05/11/2023    Y     58,495.00       1,169.90    2,413.66",
]

SIBLINGS: list[tuple[list[Line], Decimal, Decimal]] = [
    # The hand's class: each key and its value on a line of their own.
    (["domestic_value: 332133.00", "dutiable_value: 237238.00"],
     Decimal("332133.00"), Decimal("237238.00")),
    # In capitals, with thousands set apart and a dollar sign.
    (["DOMESTIC_VALUE: $81,200.00", "DUTIABLE_VALUE: $58,495.00"],
     Decimal("81200.00"), Decimal("58495.00")),
    # The value in a column of its own, set well apart from its key.
    ([[(72.0, "domestic_value:"), (200.0, "81200.00")],
      [(72.0, "dutiable_value:"), (200.0, "58495.00")]],
     Decimal("81200.00"), Decimal("58495.00")),
    # Both keys on one line, two columns of an export.
    ([[(72.0, "domestic_val: 81200.00"), (260.0, "total_dutiable_value: 58495.00")]],
     Decimal("81200.00"), Decimal("58495.00")),
]


@pytest.mark.parametrize(("keys", "domestic", "dutiable"), SIBLINGS)
def test_an_exports_snake_case_keys_label_their_values(
        tmp_path: Path, keys: list[Line], domestic: Decimal, dutiable: Decimal) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*LETTER, "", *keys]))
    assert reading.facts.domestic_value == domestic
    assert reading.facts.dutiable_value == dutiable
    assert reading.facts.party_name == "Osprey Marine Supply Inc."
