"""A letterhead printed on one line, its name and address parted by commas or dashes (issue 13,
round 32): "Acme LLC, 12 Main St, Town, ST 00000", with a legal suffix after a comma, a post
office box, a phone after the ZIP, set at the left or centred, in capitals on a typewriter
face. The name and the address are both the letterhead's. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract

# A classification request's particulars, shared by the letterhead tests of round 32.
GOODS: list[Cell] = [
    (55, 200, "The goods are insulated food jars, model FJ-16."),
    (55, 214, "They are sold to retailers and used in the United States to keep food hot."),
    (55, 228, "By weight it is 82% stainless steel and 18% polypropylene."),
    (55, 242, "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
              "articles of steel named by the heading.")]
# The letter under the letterhead: date, addressee, subject, a request that names no one.
_BODY: list[Cell] = [*(c for c in HEAD if c[1] not in (60, 72, 84, 164)),
                     (55, 164, "We request a binding ruling on the tariff classification of the "
                               "goods below."), *GOODS, *CLOSE]


@pytest.mark.parametrize(("head", "x", "font", "name", "address"), [
    ("Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114", 55, "Helvetica",
     "Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114"),
    ("Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114", 180, "Helvetica",
     "Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114"),
    ("Harbor Goods LLC - 12 Pier Road - Newark, NJ 07114", 55, "Helvetica",
     "Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114"),
    ("Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, Tel. (973) 555-0100", 55, "Helvetica",
     "Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114"),
    ("Harbor Goods LLC, P.O. Box 88, Newark, NJ 07114", 55, "Helvetica",
     "Harbor Goods LLC", "P.O. Box 88, Newark, NJ 07114"),
    ("HARBOR GOODS LLC, 12 PIER ROAD, NEWARK, NJ 07114", 55, "Courier",
     "Harbor Goods LLC", "12 PIER ROAD, NEWARK, NJ 07114"),
])
def test_a_letterhead_on_one_line_gives_name_and_address(
        tmp_path: Path, head: str, x: float, font: str, name: str, address: str) -> None:
    output = extract(draw(tmp_path / "letter.pdf", [(x, 60, head), *_BODY], font=font))
    assert output["values"]["requester_name"] == name
    assert output["values"]["requester_address"] == address
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_legal_suffix_after_a_comma_stays_with_the_name(tmp_path: Path) -> None:
    head = (55, 60, "Harbor Goods, Inc., 12 Pier Road, Suite 4, Newark, NJ 07114")
    body = [(x, y, t.replace("Harbor Goods LLC", "Harbor Goods, Inc.")) for x, y, t in _BODY]
    output = extract(draw(tmp_path / "letter.pdf", [head, *body]))
    assert output["values"]["requester_name"] == "Harbor Goods, Inc."
    assert output["values"]["requester_address"] == "12 Pier Road, Suite 4, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]
