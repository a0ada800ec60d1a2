"""A requester's caption answered by the name and its importer number and nothing else ("1.
Requester" over "Harbor Goods LLC, importer of record no. 12-3456789."): the number is the
importer's, no part of the name, and the address is the letterhead's. Before, the whole line
was the name at full confidence, so the names disagreed and the request went to a person (the
forty-seventh hand, held out)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_fortyfirst_hand_cues import _ADDRESSEE, _BASIS, _GOODS, _PENDING, typed
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract


@pytest.mark.parametrize("value", [
    "Harbor Goods LLC, importer of record no. 12-3456789.",
    "Harbor Goods LLC, EIN 12-3456789",
    "Harbor Goods LLC (IOR 12-3456789)",
    "Harbor Goods LLC, importer number: 12-3456789",
], ids=["importer-of-record-no", "ein", "ior-in-parentheses", "importer-number-colon"])
@pytest.mark.parametrize("caption", [["1. Requester"], ["REQUESTING PARTY"]],
                         ids=["numbered-section", "capitals-heading"])
def test_the_number_after_the_requesters_name_is_no_part_of_it(
        tmp_path: Path, value: str, caption: list[str]) -> None:
    cells = typed([["HARBOR GOODS LLC", "Legal Department", "12 Pier Road", "Newark, NJ 07114"],
                   ["Date: March 3, 2025"], _ADDRESSEE,
                   ["Subject: Request for a binding ruling (classification)"],
                   caption, ["    " + value], ["2. Ports of entry"],
                   ["    Newark (port code 4601)"], _GOODS, _BASIS, _PENDING,
                   ["Respectfully submitted,", "/s/ Ann Lee", "Ann Lee, General Counsel"]])
    output = extract(draw(tmp_path / "sections.pdf", cells))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["importer_number"] == "12-3456789"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]
