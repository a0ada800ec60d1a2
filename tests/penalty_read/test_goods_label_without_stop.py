"""A goods label whose value has no full stop (issue 13, round 33).

"Merchandise: stainless steel tumblers" typed without its stop, then the facts on the next line
("The importer declared them ..."): the goods end with the label's line, not at the next
sentence's stop. A value the sender wrapped ("..., 20 oz and" over "32 oz.") goes on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_ENTRIES = ["Entries:",
            "Entry Number   Entry Date   Liquidated   Entered Value   Duty Paid   Duty Owed",
            "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
_FACTS = "The importer declared them under a lower-rated subheading."


def _goods(tmp_path: Path, lines: list[str]) -> str | None:
    referral = [*REFERRAL_HEAD[:-1], *lines, *_ENTRIES]
    return extract_penalty(draw_referral(tmp_path / "r.pdf", referral)).facts.merchandise


@pytest.mark.parametrize("lines", [
    ["Merchandise: stainless steel tumblers", _FACTS],
    ["Merchandise: stainless steel tumblers", "", _FACTS],
    ["Goods: stainless steel tumblers", "Narrative", _FACTS],
    ["Description of merchandise: stainless steel tumblers", "Facts: " + _FACTS],
])
def test_the_goods_end_with_the_labels_line(tmp_path: Path, lines: list[str]) -> None:
    assert _goods(tmp_path, lines) == "stainless steel tumblers"


@pytest.mark.parametrize("lines", [
    ["Merchandise: stainless steel tumblers, 20 oz and", "32 oz.", _FACTS],
    ["MERCHANDISE: STAINLESS STEEL", "TUMBLERS, 20 OZ AND 32 OZ.", _FACTS.upper()],
])
def test_a_wrapped_value_goes_on(tmp_path: Path, lines: list[str]) -> None:
    goods = _goods(tmp_path, lines)
    assert goods is not None and goods.lower() == "stainless steel tumblers, 20 oz and 32 oz"
