"""A foreign requester's letterhead (issue 13, round 32): the country on a line of its own under
the city ("Shenzhen 518057" / "China"), or a Canadian address ending at its province and postal
code ("Toronto, ON M5H 3T4"), with or without "Canada" under it. The address ends there and is
read; before, no ZIP code ended it, and the request was confidently deficient for a requester's
address it prints (177.2(b)(1)). Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract

_GOODS: list[Cell] = [
    (55, 200, "The goods are insulated food jars, model FJ-16."),
    (55, 214, "They are sold to retailers and used in the United States to keep food hot."),
    (55, 228, "By weight it is 82% stainless steel and 18% polypropylene."),
    (55, 242, "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
              "articles of steel named by the heading.")]


@pytest.mark.parametrize(("name", "lines", "address"), [
    ("Bright Homeware Co., Ltd.", ["No. 8 Keji Road, Nanshan District", "Shenzhen 518057", "China"],
     "No. 8 Keji Road, Nanshan District, Shenzhen 518057, China"),
    ("Saigon Steelware Co., Ltd.", ["Lot C4, Song Than 2 Industrial Park", "Di An, Binh Duong",
                                    "Vietnam"],
     "Lot C4, Song Than 2 Industrial Park, Di An, Binh Duong, Vietnam"),
    ("Maple Goods Inc.", ["200 King Street West, Suite 400", "Toronto, ON M5H 3T4", "Canada"],
     "200 King Street West, Suite 400, Toronto, ON M5H 3T4, Canada"),
    ("Maple Goods Inc.", ["200 King Street West, Suite 400", "Toronto, ON M5H 3T4"],
     "200 King Street West, Suite 400, Toronto, ON M5H 3T4"),
    ("Norte Hogar S.A. de C.V.", ["Av. Industrial 455", "Apodaca, N.L. 66600", "Mexico"],
     "Av. Industrial 455, Apodaca, N.L. 66600, Mexico"),
])
def test_a_foreign_letterheads_address_ends_at_its_country_or_postal_code(
        tmp_path: Path, name: str, lines: list[str], address: str) -> None:
    head: list[Cell] = [(55, 48, name), *((55.0, 60.0 + 12 * i, line)
                                          for i, line in enumerate(lines))]
    body = [(x, y, text.replace("Harbor Goods LLC", name)) for x, y, text in HEAD[3:]]
    output = extract(draw(tmp_path / "letter.pdf", [*head, *body, *_GOODS,
                                                    *((x, y, t.replace("Harbor Goods LLC", name))
                                                      for x, y, t in CLOSE)]))
    assert output["values"]["requester_name"] == name
    assert output["values"]["requester_address"] == address
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]


@pytest.mark.parametrize(("name", "lines"), [
    ("Thames Kitchen Ltd", ["14 Fleet Street", "London EC4Y 1AA"]),
    ("Harbour Wares Pty Ltd", ["12 George Street", "Sydney NSW 2000", "Australia"]),
    ("Seoul Living Co.", ["PO Box 88", "Gangnam-gu, Seoul 06236", "Republic of Korea"]),
])
def test_an_address_the_reader_cannot_end_goes_to_a_person(
        tmp_path: Path, name: str, lines: list[str]) -> None:
    # A street under the letterhead's name is an address, even one whose end is not known.
    head: list[Cell] = [(55, 48, name), *((55.0, 60.0 + 12 * i, line)
                                          for i, line in enumerate(lines))]
    body = [(x, y, text.replace("Harbor Goods LLC", name)) for x, y, text in HEAD[3:]]
    output = extract(draw(tmp_path / "letter.pdf", [*head, *body, *_GOODS,
                                                    *((x, y, t.replace("Harbor Goods LLC", name))
                                                      for x, y, t in CLOSE)]))
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]
    assert output["decision"]["outcome"] in ("accept", "needs_human"), output["findings"]
