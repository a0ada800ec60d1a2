"""The letter's date printed at the right of the letterhead, on the name's, the street's or the
city's line (issue 13, round 32). The date is the request's, and no part of the address; the
address is the head's lines under the name. Before, the date was read into the address, or cut
the head short so that the request was confidently deficient for an address it prints
(177.2(b)(1)). Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, draw, extract

_GOODS = [
    (55, 200, "The goods are insulated food jars, model FJ-16."),
    (55, 214, "They are sold to retailers and used in the United States to keep food hot."),
    (55, 228, "By weight it is 82% stainless steel and 18% polypropylene."),
    (55, 242, "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
              "articles of steel named by the heading.")]


@pytest.mark.parametrize("y", [60.0, 72.0, 84.0], ids=["name-line", "street-line", "city-line"])
@pytest.mark.parametrize("printed", ["15 January 2025", "01/15/2025", "January 15, 2025"])
def test_a_date_at_the_right_of_the_head_is_the_letters_not_the_address(
        tmp_path: Path, y: float, printed: str) -> None:
    cells = [*(c for c in HEAD if c[1] != 104), (440.0, y, printed), *_GOODS, *CLOSE]
    output = extract(draw(tmp_path / "letter.pdf", cells))
    assert output["values"]["request_date"] == "2025-01-15"
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]
