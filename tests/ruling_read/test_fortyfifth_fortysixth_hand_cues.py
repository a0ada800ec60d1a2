"""Senders' ways the forty-fifth and forty-sixth hands showed (issue 13, round 33), each in
several forms a real sender would use. Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_fortyfourth_hand_cues import typed
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract

_MEMO = ["Harbor Goods LLC intends to import insulated food jars of stainless steel, Model",
         "FJ-12, with the first shipment planned for 2025-08-04.",
         "The goods will be entered at Newark (port 4601).",
         "Principal use in the United States: keeping food hot in households.",
         "Component materials by weight: stainless steel 82%, polypropylene 18%.",
         "We believe the goods are classified in subheading 9617.00.1000, HTSUS, under GRI 1,",
         "because the heading names vacuum flasks and other vacuum vessels.",
         "The issue is not pending before any CBP office or any court.",
         "No sample is sent. No confidential treatment is requested."]


# An agent's sentence naming its client with the client's address in an aside, the importer
# number after it: the client is the requester and that is its address, not a missing one.
@pytest.mark.parametrize("aside", [
    "(8 Wharf Row, Mobile, AL 36602; importer number 12-3456789)",
    "(8 Wharf Row, Mobile, AL 36602; IOR 12-3456789)",
    "(8 Wharf Row, Suite 2, Mobile, AL 36602 - importer no. 12-3456789)",
])
@pytest.mark.parametrize("lead", ["On behalf of our client", "On behalf of"])
def test_a_clients_address_in_an_aside_with_its_number_is_its_address(
        tmp_path: Path, aside: str, lead: str) -> None:
    lines = ["Ashgrove & Pell LLP", "1750 K Street NW, Suite 900", "Washington, DC 20006", "",
             "2025-04-06", "", "National Commodity Specialist Division", "",
             "Re: Binding ruling request - classification", "",
             f"{lead} Harbor Goods LLC {aside},",
             "we ask for a binding ruling on the goods below. Harbor Goods LLC has authorized",
             "our firm to act for it in this matter.", "", *_MEMO, "", "Very truly yours,", "",
             "/s/ Eleanor V. Pell", "Eleanor V. Pell", "Ashgrove & Pell LLP"]
    output = extract(draw(tmp_path / "agent.pdf", typed(lines), font="Courier", size=8))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"].startswith("8 Wharf Row")
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]
