"""An agent names its client with more than the name and address: the client's seat ("Harbor
Goods LLC of Newark, New Jersey (12 Pier Road, ...; importer no. ...)") or its importer number
written on after the ZIP code ("..., Newark, NJ 07114, importer number 12-3456789"). The seat is
no part of the name and the number no part of the address; before, both were kept, at the
confidence of a value read right."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_fortyfirst_hand_cues import _BASIS, _GOODS, _PENDING, typed
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract

_OPENINGS = {
    "act-for-seat": ["We act for Harbor Goods LLC of Newark, New Jersey (12 Pier Road, Newark, NJ",
                     "07114; importer no. 12-3456789), which asks for a binding ruling."],
    "behalf-seat": ["On behalf of Harbor Goods LLC of Newark, New Jersey (12 Pier Road, Newark, NJ",
                    "07114; importer no. 12-3456789), we request a binding ruling."],
    "behalf-number": ["On behalf of our client Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114,",
                      "importer number 12-3456789, we ask for a binding ruling."],
    "behalf-ior": ["On behalf of our client Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, IOR",
                   "12-3456789, we ask for a binding ruling."],
}


@pytest.mark.parametrize("style", sorted(_OPENINGS))
def test_the_clients_seat_and_number_stay_out_of_its_name_and_address(
        tmp_path: Path, style: str) -> None:
    head = typed([["Meridian Trade Advisory", "1 Broad Street, New York, NY 10004"],
                  ["March 3, 2025"], ["Attention: National Commodity Specialist Division"],
                  _OPENINGS[style]], top=40)
    body = typed([_GOODS, _BASIS, _PENDING,
                  ["Yours faithfully,", "/s/ Ann Lee", "Ann Lee, Director of Trade"]], top=200)
    values = extract(draw(tmp_path / "agent.pdf", [*head, *body], size=10))["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["importer_number"] == "12-3456789"


@pytest.mark.parametrize("name", ["Bank of America", "Port of Tacoma", "Friends of the Earth"])
def test_a_name_built_with_of_stays_whole(name: str) -> None:
    from bots.ruling_triage.name_place import without_place
    assert without_place(name) == name
    assert without_place(f"{name} Inc. of Newark, New Jersey") == f"{name} Inc."
