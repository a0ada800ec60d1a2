"""Goods told in prose with their sizes or models as alternatives (issue 13, round 33).

"declared stainless steel tumblers, 20 oz and 32 oz, under ...": the goods come in both sizes,
and the description holds both; the "and" between two sizes joins them, it does not end them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_ENTRIES = ["Entries:",
            "Entry Number   Entry Date   Liquidated   Entered Value   Duty Paid   Duty Owed",
            "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]


def _goods(tmp_path: Path, sentence: str) -> str | None:
    referral = [*REFERRAL_HEAD[:-1], sentence, *_ENTRIES]
    return extract_penalty(draw_referral(tmp_path / "r.pdf", referral)).facts.merchandise


@pytest.mark.parametrize(("sentence", "goods"), [
    ("The importer declared stainless steel tumblers, 20 oz and 32 oz, under a lower-rated "
     "subheading.", "stainless steel tumblers, 20 oz and 32 oz"),
    ("The importer declared stainless steel tumblers, 20 oz, 24 oz and 32 oz, at prices it "
     "did not pay.", "stainless steel tumblers, 20 oz, 24 oz and 32 oz"),
    ("The importer undervalued LED desk lamps, model DL-90 and DL-95, by omitting assists.",
     "LED desk lamps, model DL-90 and DL-95"),
    ("The importer declared insulated bottles, 500 ml or 750 ml, under a lower-rated "
     "subheading.", "insulated bottles, 500 ml or 750 ml"),
])
def test_every_size_joined_is_the_goods(tmp_path: Path, sentence: str, goods: str) -> None:
    assert _goods(tmp_path, sentence) == goods


@pytest.mark.parametrize(("sentence", "goods"), [
    ("The importer declared stainless steel tumblers below the prices actually paid.",
     "stainless steel tumblers"),
    ("The company invoiced cast iron skillets below their transaction value.",
     "cast iron skillets"),
    ("The importer entered ceramic floor tiles during 2023 at undervalued prices.",
     "ceramic floor tiles"),
    ("The importer declared knit sweaters above the quota's threshold.", "knit sweaters"),
])
def test_the_goods_end_where_the_price_or_time_is_told(tmp_path: Path, sentence: str,
                                                       goods: str) -> None:
    assert _goods(tmp_path, sentence) == goods
