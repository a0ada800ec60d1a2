"""The request's date after its city, in the ways senders write the place (issue 13, round 26):
the state in words, a country, the state in parentheses, a dash or "on" before the date. Small
pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, draw, extract

_LETTERHEAD = [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road"), (55, 84, "Newark, NJ 07114")]
_GOODS = [(55, 200, "The goods are insulated food jars, model FJ-16."),
          (55, 214, "They are sold to retailers and used in the United States to keep food hot."),
          (55, 228, "By weight it is 82% stainless steel and 18% polypropylene."),
          (55, 242, "We believe they are classified in subheading 7323.93.0080, HTSUS, under "
                    "GRI 1 as articles of steel named by the heading.")]


@pytest.mark.parametrize("line", [
    "Newark, New Jersey, March 3, 2025",
    "Hamburg, Germany, 3 March 2025",
    "Los Angeles, California, 3rd March 2025",
    "Newark (NJ), March 3, 2025",
    "Newark, NJ - March 3, 2025",
    "Newark, NJ, on March 3, 2025",
])
def test_a_date_after_the_city_dates_the_request(tmp_path: Path, line: str) -> None:
    cells = [*_LETTERHEAD, (55, 104, line), *HEAD[4:], *_GOODS, *CLOSE]
    output = extract(draw(tmp_path / "place.pdf", cells))
    assert output["values"]["request_date"] == "2025-03-03"


def test_a_word_telling_what_befell_is_no_place(tmp_path: Path) -> None:
    # "Received - <date>" is an event's date, not the letter's: with no other date, none is read.
    cells = [*_LETTERHEAD, (55, 104, "Received - March 3, 2025"), *HEAD[4:], *_GOODS, *CLOSE]
    output = extract(draw(tmp_path / "received.pdf", cells))
    assert output["values"]["request_date"] is None
