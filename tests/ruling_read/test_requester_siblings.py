"""Who asks and where, in the ways senders print it (issue 13, round 26): an agent naming its
principal with the address in parentheses, "We, X of <address>", a letterhead on one line
between bars, the firm's address only in the page's foot. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, Cell, draw, extract

_TO: list[Cell] = [(55, 104, "March 3, 2025"), (55, 124, "National Commodity Specialist Division"),
                   (55, 144, "Re: Request for a binding ruling (classification)")]
_ASK = "We request a binding ruling on the tariff classification of the goods below."
_PORT = (55, 186, "The goods will be entered at Newark, NJ (4601); none has been imported.")
_GOODS = [(55, 200, "The goods are insulated food jars, model FJ-16."),
          (55, 214, "They are sold to retailers and used in the United States to keep food hot."),
          (55, 228, "By weight it is 82% stainless steel and 18% polypropylene."),
          (55, 242, "We believe they are classified in subheading 7323.93.0080, HTSUS, under "
                    "GRI 1 as articles of steel named by the heading.")]
_FIRM: list[Cell] = [(55, 60, "Lee & Park LLP"), (55, 72, "500 Fifth Avenue, 12th Floor"),
                     (55, 84, "New York, NY 10110")]
_FIRM_CLOSE: list[Cell] = [CLOSE[0], (55, 500, "Sincerely,"), (55, 530, "/s/ Ann Lee"),
                           (55, 542, "Ann Lee, Partner"), (55, 554, "Lee & Park LLP")]


def _read(tmp_path: Path, cells: list[Cell]) -> dict[str, Any]:
    return extract(draw(tmp_path / "letter.pdf", [*cells, *_GOODS]))


def test_an_agent_gives_its_principals_address_in_parentheses(tmp_path: Path) -> None:
    opening = [(55, 164, "We write on behalf of Harbor Goods LLC (12 Pier Road, Newark, NJ 07114), "
                         "the importer, to request a"),
               (55, 172, "binding ruling on the tariff classification of the goods below.")]
    output = _read(tmp_path, [*_FIRM, *_TO, *opening, _PORT, *_FIRM_CLOSE])
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]


def test_we_of_an_address_without_a_comma_names_the_requester(tmp_path: Path) -> None:
    opening = (55, 164, "We, Harbor Goods LLC of 12 Pier Road, Newark, NJ 07114, request a "
                        "binding ruling on the goods below.")
    output = _read(tmp_path, [*_TO, opening, _PORT, *CLOSE])
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_letterhead_on_one_line_between_bars(tmp_path: Path) -> None:
    head = (55, 60, "Harbor Goods LLC  |  12 Pier Road  |  Newark, NJ 07114  |  (973) 555-0100")
    output = _read(tmp_path, [head, *_TO, (55, 164, _ASK), _PORT, *CLOSE[:-1]])
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_an_address_only_in_the_pages_foot_is_no_absence(tmp_path: Path) -> None:
    # The foot echoes the letterhead's name, but it prints the firm's address: not furniture.
    foot = (150, 740, "Harbor Goods LLC - 12 Pier Road - Newark, NJ 07114 - www.harborgoods.com")
    cells = [(55, 60, "HARBOR GOODS"), *_TO, (55, 164, _ASK), _PORT, *CLOSE[:-1], foot]
    output = _read(tmp_path, cells)
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]
