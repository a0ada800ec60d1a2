"""The sender counts its goods in a sentence of its own ("a ruling on the classification of 7
models", "The 6 item(s) are: ...", "a ruling on six styles"): the count stands, and more than
five items is a deficiency (CBP's five-item practice). Before, such a letter was read as one
item and confidently accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read


@pytest.mark.parametrize(("count", "expected"), [
    ("Harbor Goods LLC asks for a binding ruling on the tariff classification of 7 models of "
     "the mat.", 7),
    ("The 6 item(s) are: M-1, M-2, M-3, M-4, M-5 and M-6, each a mat of the same foam.", 6),
    ("We ask for a ruling on six styles of the mat, which differ only in colour.", 6),
    ("These 8 products are described in the attached catalogue pages.", 8),
    ("Our 7 SKUs are listed on the enclosed price sheet.", 7),
    ("Harbor Goods LLC requests a ruling for 9 articles of the same line.", 9),
], ids=["classification-of-n-models", "the-n-items-are", "ruling-on-six-styles",
        "these-n-products", "our-n-skus", "ruling-for-n-articles"])
def test_more_than_five_goods_counted_in_prose_are_deficient(
        tmp_path: Path, count: str, expected: int) -> None:
    output = read(tmp_path, facts=(*FACTS, count))
    assert output["values"]["item_count"] == expected
    assert output["decision"]["outcome"] == "deficient", output["findings"]


@pytest.mark.parametrize("aside", [
    "The mat is sold in retail packs of 2 items with a strap.",
    "The 3 colours offered are black, grey and blue.",
    "A carton holds 12 pieces.",
], ids=["pack-of-items", "colours", "pieces"])
def test_numbers_that_count_no_goods_of_the_request_leave_one_item(
        tmp_path: Path, aside: str) -> None:
    output = read(tmp_path, facts=(*FACTS, aside))
    assert output["values"]["item_count"] == 1
    assert output["decision"]["outcome"] == "accept", output["findings"]
