"""An importation's kind given in other words (issue 13, round 32 sweep).

"Type of importation: Personal", "Import type: PERSONAL EFFECTS", "Nature of importation:
household effects for personal use", "Private", "NON-COMM": goods for the party's own use are a
noncommercial importation, which takes the penalty notice with no pre-penalty notice (19 CFR
162.77(c)). Unread, the importation defaulted to commercial and a pre-penalty notice was drafted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.penalty_notice.contract import extract_json
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

FACTS = [
    "Merchandise: stainless steel cookware sets",
    "Violation: the importer undervalued the cookware by omitting assists from the entered values.",
]
ENTRY = ("Entry EGH-3873310-3, entered 2023-03-02, liquidated; entered value $63,867.74, duty "
         "paid $1,596.69, duty owed $4,151.41.")


def _read(tmp_path: Path, kind: str) -> dict[str, Any]:
    lines = [*REFERRAL_HEAD[:-1], kind, *FACTS, "Entries:", ENTRY]
    return extract_json(draw_referral(tmp_path / "r.pdf", lines), today=date(2025, 6, 1))


@pytest.mark.parametrize("kind", [
    "Type of importation: Personal", "Import type: PERSONAL EFFECTS",
    "Nature of importation: household effects for personal use", "Import Type: Private",
    "Import type: NON-COMM", "Type of importation: gift",
])
def test_goods_for_own_use_are_a_noncommercial_importation(tmp_path: Path, kind: str) -> None:
    reading = _read(tmp_path, kind)
    assert reading["values"]["noncommercial"] is True
    assert reading["decision"]["notice"] == "penalty"


@pytest.mark.parametrize("kind", ["Import type: COMM", "Type of importation: Commercial (resale)",
                                  "Import type: trade"])
def test_a_trade_importation_is_commercial(tmp_path: Path, kind: str) -> None:
    reading = _read(tmp_path, kind)
    assert reading["values"]["noncommercial"] is False
    assert reading["decision"]["notice"] == "pre_penalty"


@pytest.mark.parametrize("said", ["Personal importation.", "This was a private shipment.",
                                  "The entries are personal importations of the party."])
def test_a_personal_importation_said_in_a_sentence(tmp_path: Path, said: str) -> None:
    reading = _read(tmp_path, said)
    assert reading["values"]["noncommercial"] is True
    assert reading["decision"]["notice"] == "penalty"


@pytest.mark.parametrize("said", ["Commercial importation.", "This was not a private shipment."])
def test_a_commercial_importation_said_in_a_sentence(tmp_path: Path, said: str) -> None:
    assert _read(tmp_path, said)["values"]["noncommercial"] is False
