"""An agent's letter for a client gives the client's address in the rows of its summary: a
"Street" row over a "City" row, a "City", "State" and "ZIP" row each, or an "Address" row whose
further lines carry no caption of their own. Those rows are the requester's address (19 CFR
177.2(b)(1): name and address of the person asking), not an element missing. Before, the rows
went unread and 177.2(b)(1) was reported missing to a person (the forty-seventh hand, held out)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_fortyfirst_hand_cues import _BASIS, _GOODS, _PENDING, typed
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

_ADDRESS = "12 Pier Road, Newark, NJ 07114"
_ROWS = {
    "street-city": [("Street", "12 Pier Road"), ("City", "Newark, NJ 07114")],
    "street-city-state-zip": [("Street", "12 Pier Road"), ("City", "Newark"), ("State", "NJ"),
                              ("ZIP", "07114")],
    "address-continued": [("Address", "12 Pier Road"), ("", "Newark, NJ 07114")],
    "street-address-city-state-zip": [("Street address", "12 Pier Road"),
                                      ("City/State/ZIP", "Newark, NJ 07114")],
    "city-zip-code": [("Street", "12 Pier Road"), ("City", "Newark, NJ"), ("ZIP code", "07114")],
}


def _summary(rows: list[tuple[str, str]]) -> list[Cell]:
    cells: list[Cell] = [(62.6, 190.0, "Requester"), (198.7, 190.0, "Harbor Goods LLC")]
    y = 204.2
    for key, value in [*rows, ("Importer no.", "12-3456789"), ("Port(s)", "Newark 4601"),
                       ("Sample", "enclosed"), ("Confidential", "requested")]:
        if key:
            cells.append((62.6, y, key))
        cells.append((198.7, y, value))
        y += 14.2
    return cells


@pytest.mark.parametrize("style", sorted(_ROWS))
def test_the_clients_address_rows_are_the_requesters_address(tmp_path: Path, style: str) -> None:
    head = typed([["Meridian Trade Advisory", "customs consulting"], ["March 3, 2025"],
                  ["Attention: National Commodity Specialist Division, New York"],
                  ["We write for Harbor Goods LLC, which asks for a binding ruling. The",
                   "particulars are summarised below; the narrative follows the table."]], top=40)
    body = typed([_GOODS, _BASIS, _PENDING,
                  ["Yours faithfully,", "/s/ Ann Lee", "Ann Lee, Director of Trade"]], top=360)
    output = extract(draw(tmp_path / "rows.pdf", [*head, *_summary(_ROWS[style]), *body],
                          size=10))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == _ADDRESS
    assert "177.2(b)(1)" not in output["decision"]["missing"]


def test_rows_that_end_at_no_state_and_zip_are_no_address(tmp_path: Path) -> None:
    # "Street" over "Country" with no city line: no place a letter could reach, so not read as one.
    head = typed([["Meridian Trade Advisory", "customs consulting"], ["March 3, 2025"],
                  ["Attention: National Commodity Specialist Division, New York"],
                  ["We write for Harbor Goods LLC, which asks for a binding ruling."]], top=40)
    body = typed([_GOODS, _BASIS, _PENDING,
                  ["Yours faithfully,", "/s/ Ann Lee", "Ann Lee, Director of Trade"]], top=360)
    output = extract(draw(tmp_path / "rows.pdf",
                          [*head, *_summary([("Street", "see file"), ("Country", "USA")]), *body],
                          size=10))
    assert output["values"]["requester_address"] is None


_FIELDS = [("Subject", "marking"), ("Port(s)", "Chicago 3901"), ("Proposed HTS", "-"),
           ("Items", "1"), ("Sample", "enclosed"), ("Confidential", "requested")]


@pytest.mark.parametrize("colons", [False, True], ids=["columns", "colons"])
@pytest.mark.parametrize("pitch", [11.0, 12.0, 13.0])
def test_a_subject_row_over_the_ports_row_leaves_the_ports_their_own_field(
        tmp_path: Path, colons: bool, pitch: float) -> None:
    # "Subject" heads the summary's rows, set tight: it is the ruling's subject, and the
    # "Port(s)" row under it is a field of its own, not part of a letter's reference line.
    cells: list[Cell] = [*typed([["Meridian Trade Advisory"], ["March 3, 2025"],
                                 ["We write for Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114,"
                                  " which asks for a binding ruling."]], top=40)]
    y = 150.0
    for key, value in _FIELDS:
        if colons:
            cells.append((62.6, y, f"{key}: {value}"))
        else:
            cells += [(62.6, y, key), (198.7, y, value)]
        y += pitch
    body = typed([["No shipment has yet arrived; the goods will be imported in future"
                   " transactions.", "The merchandise is rechargeable speakers, model BX-20."],
                  _BASIS, _PENDING, ["Yours faithfully,", "/s/ Ann Lee", "Ann Lee, Director"]],
                 top=260)
    output = extract(draw(tmp_path / "subject.pdf", [*cells, *body], size=10))
    assert output["values"]["ports"] == ["3901"]
    assert output["values"]["ruling_type"] == "marking"


@pytest.mark.parametrize("opening", [
    "We write for Harbor Goods LLC, which asks for a binding ruling.",
    "We are writing for Harbor Goods LLC, which requests a binding ruling.",
    "I write for Harbor Goods LLC, who asks for a binding ruling on the goods below.",
])
def test_a_consultant_writing_for_its_client_names_no_second_requester(
        tmp_path: Path, opening: str) -> None:
    # The letterhead and the signature are the writer's; the summary's "Requester" asks.
    head = typed([["Meridian Trade Advisory", "customs consulting"], ["March 3, 2025"],
                  ["Attention: National Commodity Specialist Division, New York"], [opening]],
                 top=40)
    body = typed([_GOODS, _BASIS, _PENDING,
                  ["Yours faithfully,", "/s/ Ann Lee", "Ann Lee, Director of Trade"]], top=360)
    output = extract(draw(tmp_path / "rows.pdf", [*head, *_summary(_ROWS["street-city"]), *body],
                          size=10))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert not any("names the requester differently" in f["message"]
                   for f in output["findings"])


def test_a_firms_name_with_a_comma_over_its_address_is_no_key(tmp_path: Path) -> None:
    # "Cust." beside "Addr." over "X, L.L.C." beside its address: captions over their values, a
    # ticket's grid; the firm's name (its comma) is no key of a two-column summary.
    cells: list[Cell] = [(55, 40, "CUSTOMER SERVICE TICKET - BINDING RULING REQUEST"),
                         (58, 70, "Cust."), (300, 70, "Addr."),
                         (58, 82, "Quarry Hill Ceramics, L.L.C."),
                         (300, 82, "88 Kiln Avenue, Zanesville, OH 43701"),
                         (58, 94, "IOR No."), (300, 94, "Req. Dt."),
                         (58, 106, "41-9428029"), (300, 106, "24-MAR-2025")]
    body = typed([_GOODS, _BASIS, _PENDING, ["Signed: /s/ Ann Lee"]], top=140)
    values = extract(draw(tmp_path / "ticket.pdf", [*cells, *body], size=10))["values"]
    assert values["requester_name"] == "Quarry Hill Ceramics, L.L.C."
