"""A case report that prints the address label again for each line of the address (issue 13,
round 34).

"ADDRESS ........ 9 Millpond Street" over "ADDRESS ........ Portland, ME 04101" (or a form's
numbered "Address line 1:" over "Address line 2:"): the street and the city line are one
address (the notice is mailed to it, 19 CFR 162.77). Only the line right below, under the same
label, that is a whole city line is the address's; an address label further down (another
party's) is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_ROW = ("EGH-3873310-3  03/02/2023  Liquidated: Yes  Entered value $63,867.74  "
        "Duty paid $1,596.69  Duty owed $4,151.41")


def _address(tmp_path: Path, lines: list[str], font: str = "Helvetica") -> str | None:
    head = [line for line in REFERRAL_HEAD if not line.startswith("Address")]
    drawn = [head[0], head[1], *lines, *head[2:], _ROW]
    return extract_penalty(draw_referral(tmp_path / "r.pdf", drawn, font=font)).facts.party_address


@pytest.mark.parametrize(("lines", "font"), [
    (["ADDRESS ............ 9 Millpond Street", "ADDRESS ............ Portland, ME 04101"],
     "Courier"),
    (["Address: 9 Millpond Street", "Address: Portland, ME 04101"], "Helvetica"),
    (["ADDR: 9 Millpond Street", "ADDR: Portland ME 04101"], "Courier"),
    (["Address line 1: 9 Millpond Street", "Address line 2: Portland, ME 04101"], "Helvetica"),
    (["Address 1: 9 Millpond Street", "Address 2: Portland, ME 04101"], "Courier"),
])
def test_the_city_line_under_the_same_label_closes_the_address(
        tmp_path: Path, lines: list[str], font: str) -> None:
    found = _address(tmp_path, lines, font)
    assert found is not None and found.startswith("9 Millpond Street, Portland")
    assert found.endswith("04101")


def test_another_address_further_down_is_not_the_partys(tmp_path: Path) -> None:
    lines = ["Address: 9 Millpond Street, Portland, ME 04101"]
    found = _address(tmp_path, [*lines, "Importer Number: 88-1204417",
                                "Address: 40 Pier Road, Boston, MA 02110"])
    assert found == "9 Millpond Street, Portland, ME 04101"
