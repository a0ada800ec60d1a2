"""The goods told in prose with their own qualifiers (issue 13, round 33).

"The importer declared ball bearings of steel for industrial machinery under ...": the goods are
described by what they are made of, have, hold or serve, and by a specification set off by a
comma (", 250 pieces", ", model DL-90"). Read up to the first preposition, the description lost
them ("ball bearings of steel"; "LED desk lamps"), and the notice must describe the merchandise
(19 CFR 162.77(b)(1)(i)). A qualifier of the act ("with CBP", "in the port of Miami", "for a
lower rate", "in 2023") is no part of the goods.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_HEAD = [line for line in REFERRAL_HEAD if line != "Entries:"]
_ENTRIES = [
    "Entries:",
    "Entry EGH-3873310-3, entered 2023-03-02, liquidated; entered value $63,867.74, duty paid "
    "$1,596.69, duty owed $4,151.41.",
]


def _goods(tmp_path: Path, statement: str) -> str | None:
    path = draw_referral(tmp_path / "r.pdf", [*_HEAD, statement, *_ENTRIES])
    return extract_penalty(path).facts.merchandise


@pytest.mark.parametrize(("statement", "goods"), [
    ("The importer declared ball bearings of steel for industrial machinery under a subheading "
     "at a lower rate of duty.", "ball bearings of steel for industrial machinery"),
    ("The company invoiced LED desk lamps with adjustable arms and usb charging ports at a "
     "second, lower price.", "LED desk lamps with adjustable arms and usb charging ports"),
    ("The importer entered canned chipotle peppers in adobo sauce, 7 oz cans, at values below "
     "the prices actually paid.", "canned chipotle peppers in adobo sauce, 7 oz cans"),
    ("The importer declared children's building block sets, 250 pieces, at prices below those "
     "actually paid.", "children's building block sets, 250 pieces"),
    ("The importer invoiced bluetooth headphones, model HX-4, at a second, lower price.",
     "bluetooth headphones, model HX-4"),
    ("The importer declared oak side tables with marble tops at prices below those actually "
     "paid.", "oak side tables with marble tops"),
])
def test_the_goods_keep_their_own_qualifiers(tmp_path: Path, statement: str, goods: str) -> None:
    assert _goods(tmp_path, statement) == goods


@pytest.mark.parametrize(("statement", "goods"), [
    ("The importer declared steel pipe with CBP under a subheading at a lower rate of duty.",
     "steel pipe"),
    ("The importer entered wool coats in the port of Miami at prices below those actually paid.",
     "wool coats"),
    ("The importer declared cotton towels for a lower rate of duty than the one that applies.",
     "cotton towels"),
    ("The importer invoiced glass vases in 2023 at a second, lower price.", "glass vases"),
    ("The importer invoiced glass vases in March 2023 at a second, lower price.", "glass vases"),
])
def test_a_qualifier_of_the_act_is_no_part_of_the_goods(tmp_path: Path, statement: str,
                                                        goods: str) -> None:
    assert _goods(tmp_path, statement) == goods
