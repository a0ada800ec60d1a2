"""A request's particulars summarised as two columns typed without colons or rules, one pair
to a line ("Requester" beside "Harbor Goods LLC", "Sample" beside "enclosed"): each key is the
caption of the value beside it. Before, the key column and the value column were read as two
blocks: "Street" was taken for the requester and "Proposed HTS Items Sample" for the ports, at
full confidence, and the sample and confidentiality went unread (the forty-seventh hand, held
out)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_fortyfirst_hand_cues import _BASIS, _GOODS, _PENDING, typed
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

_ROWS = {
    "requester-street-city": [("Requester", "Harbor Goods LLC"), ("Street", "12 Pier Road"),
                              ("City", "Newark, NJ 07114"), ("Port(s)", "Newark 4601"),
                              ("Sample", "enclosed"), ("Confidential", "requested")],
    "applicant-address": [("Applicant", "Harbor Goods LLC"), ("Address", "12 Pier Road"),
                          ("", "Newark, NJ 07114"), ("Ports of entry", "Newark 4601"),
                          ("Samples", "enclosed"), ("Confidential treatment", "requested")],
    "company-mailing-address": [("Company", "Harbor Goods LLC"),
                                ("Mailing address", "12 Pier Road"), ("", "Newark, NJ 07114"),
                                ("Port of entry", "Newark 4601"), ("Sample", "enclosed"),
                                ("Confidentiality", "requested")],
}


def _summary(rows: list[tuple[str, str]], uneven: bool) -> list[Cell]:
    """The rows set in 10-point type at the uneven pitch a plotting program gives them, so that
    the gaps between rows fall either side of a paragraph's break."""
    pitches = [14.2, 14.2, 14.1, 14.3, 14.8, 13.6, 14.0, 14.3]
    # A value's baseline a little off its key's: the value column breaks where the keys do not.
    offsets = [0.1, 0.1, 0.1, -0.3, 0.0, -0.6, 0.0, 0.0] if uneven else [0.0] * len(pitches)
    cells: list[Cell] = []
    y = 190.0
    for index, (key, value) in enumerate(rows):
        if key:
            cells.append((62.6, y, key))
        cells.append((198.7, y + offsets[index], value))
        y += pitches[index]
    return cells


@pytest.mark.parametrize("uneven", [False, True], ids=["even", "uneven"])
@pytest.mark.parametrize("style", sorted(_ROWS))
def test_each_key_captions_the_value_beside_it(tmp_path: Path, style: str, uneven: bool) -> None:
    head = typed([["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114"], ["March 3, 2025"],
                  ["Attention: National Commodity Specialist Division, New York"],
                  ["We ask for a binding ruling on the goods below. Our particulars:"]], top=40)
    body = typed([_GOODS, _BASIS, _PENDING,
                   ["Respectfully submitted,", "/s/ Ann Lee", "Ann Lee, Compliance Manager"]],
                  top=300)
    output = extract(draw(tmp_path / "summary.pdf",
                          [*head, *_summary(_ROWS[style], uneven), *body], size=10))
    values = output["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["ports"] == ["4601"]
    assert values["sample_provided"] is True
    assert values["confidential_requested"] is True
