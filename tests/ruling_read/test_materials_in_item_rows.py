"""An item's row or entry gives its materials by their shares beside its code, price and tariff
number ("1. R9488-01  polyethylene 100%  price $ 734.75  HTS 5209110035"), with no "materials"
word: shares adding up to the whole are the component materials (177.2(b)(2)(ii)(A)). Before,
such a form drew a confident deficiency for materials not given."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_caption_notes_over_a_box import GOODS, party, read_form

MERCHANDISE = ("7. MERCHANDISE", (
    "The merchandise is cotton bath towels, 70 x 140 cm, terry woven, imported from India.",
    "Its principal use in the United States is drying the body after bathing."))
REST = tuple(box for box in GOODS if not box[0].startswith("7."))


@pytest.mark.parametrize("rows", [
    ("1. T100-01      cotton 100%      price $ 4.75      HTS 6302600020",),
    ("1. T100-01   cotton 80%, polyester 20%   $ 4.75   6302.60.0020",),
    ("1. T100-01  100% cotton  USD 4.75 each  HTS 6302.60.0020",
     "2. T100-02  cotton 60% polyester 40%  USD 5.10 each  HTS 6302.60.0020"),
    ("Item T100-01: linen 55%, cotton 45%; unit price $ 6.20; proposed HTS 6302.60.0020",),
], ids=["one-material", "two-materials-dotted", "two-rows", "run-in-entry"])
def test_shares_in_an_items_row_are_its_materials(tmp_path: Path, rows: tuple[str, ...]) -> None:
    boxes = (*party("1. REQUESTER"), MERCHANDISE, ("8a. ITEMS", rows), *REST)
    output = read_form(tmp_path, boxes)
    assert "177.2(b)(2)" not in output["decision"]["missing"], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("rows", [
    ("1. T100-01   price $ 4.75   HTS 6302600020   duty 4.7%",),
    ("1. T100-01   HTS 6302600020   terms: 30% deposit, 70% balance",),
], ids=["duty-rate", "payment-split"])
def test_a_rate_or_a_payment_split_in_the_row_is_no_material(
        tmp_path: Path, rows: tuple[str, ...]) -> None:
    boxes = (*party("1. REQUESTER"), MERCHANDISE, ("8a. ITEMS", rows), *REST)
    output = read_form(tmp_path, boxes)
    assert "177.2(b)(2)" in output["decision"]["missing"], output["findings"]
