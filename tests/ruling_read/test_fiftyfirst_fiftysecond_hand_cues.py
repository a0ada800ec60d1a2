"""Senders' ways the fifty-first and fifty-second hands showed (issue 13, round 35), each in
several forms a real sender would use: ports given by their codes after "port(s)", a requester
named with its number and its role, a ruled two-column summary (address lines a row apart, a
"Facts" row, "Signed for the importer:"), a portal's "Submitted on" date, all-figure dates read
in the letter's own order, a summary's "Question" row and a subsidiary's letter with its
"Product specifications" and "Questions". Small letters printed here and read."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.common.reading.ports import ports_in_prose
from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_fortyfourth_hand_cues import typed
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw


def _read(tmp_path: Path, cells: list[Cell], received: date = date(2025, 9, 10)) -> dict[str, Any]:
    return extract_json(draw(tmp_path / "request.pdf", cells), received=received,
                        today=received)


# -- ports named by their codes after "port(s)" ---------------------------------------------------

@pytest.mark.parametrize(("sentence", "ports"), [
    ("The goods will be imported from its parent through the port(s) 5301, 1601.",
     ["5301", "1601"]),
    ("Entry is expected at port(s) 4103.", ["4103"]),
    ("We will import the goods through ports 2704 and 4103.", ["2704", "4103"]),
    ("Our shipments will be entered at port(s) 3002 or 1001.", ["3002", "1001"]),
    ("The lamps are imported from Vietnam through ports 2704, 2809 and 5301.",
     ["2704", "2809", "5301"]),
])
def test_codes_listed_after_ports_are_the_ports(sentence: str, ports: list[str]) -> None:
    # Before: "port(s) 5301" was no port item (only "port 5301" was), and a verb's "from ..."
    # before "through" hid the list: 177.2(b)(1) was left to a person.
    assert [port for hit in ports_in_prose(sentence, hedged=True, planned=True)
            for port in hit.ports] == ports


def test_a_list_of_codes_wrapped_over_two_lines_is_read_whole(tmp_path: Path) -> None:
    lines = ["Kestrel Bay Trading Ltd.", "418 Harborview Parkway", "Tacoma, WA 98402", "",
             "August 5, 2025", "", "National Commodity Specialist Division", "",
             "Re: Request for a binding ruling; importer no. 35-5640561", "",
             "Kestrel Bay Trading Ltd. asks for a prospective ruling on the tariff classification",
             "of the article. The goods will be imported from its parent through the port(s) 4103,",
             "2809. Product description: porcelain dinner plates, 27 cm.",
             "Principal use: household use. Component materials: porcelain 100%.",
             "We ask that the plates be classified in subheading 6911.10.1050, under GRI 1.",
             "The issue is not pending before any CBP office or any court.",
             "No sample is sent. No confidential treatment is requested.", "",
             "/s/ Dmitri Okafor", "Compliance Manager, Kestrel Bay Trading Ltd."]
    output = _read(tmp_path, typed(lines))
    assert output["values"]["ports"] == ["4103", "2809"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


# -- a requester named with its number and its role -----------------------------------------------

def _counsel_request(requester_line: str, wrapped: str) -> list[str]:
    return ["Ormond & Pike Housewares Inc. - Office of the General Counsel",
            "92 Larkin Street, Paterson, NJ 07501", "Date: 2025-04-26", "",
            "REQUEST FOR BINDING RULING (19 CFR Part 177)", "",
            "1. Requester", requester_line, wrapped, "",
            "2. Transaction",
            "The company plans to import the article described below and asks for a ruling on",
            "its tariff classification. Entry is expected at Newark (4601).", "",
            "3. Description of the merchandise",
            "Product description: Cordless rotary tools, 12 volt, model AR-12.",
            "Principal use: household use in the United States.",
            "Component materials: plastics 45%, steel 35%, copper 20%.", "",
            "4. Ruling requested",
            "We ask that the article be classified in subheading 8467.29.0090. Basis: GRI 1.", "",
            "5. Pending matters",
            "The question is not before any CBP office or any court.", "",
            "Respectfully submitted,", "", "Amara Whitcombe",
            "Senior Counsel, Ormond & Pike Housewares Inc."]


@pytest.mark.parametrize(("requester_line", "wrapped"), [
    ("Ormond & Pike Housewares Inc., importer of record number 57-5869082, the prospective "
     "importer", "of the goods."),
    ("Ormond & Pike Housewares Inc., IOR 57-5869082, which will import the goods", "itself."),
    ("Ormond & Pike Housewares Inc., importer number 57-5869082, as importer of record.", ""),
])
def test_a_requesters_number_and_role_after_its_name_are_no_part_of_it(
        tmp_path: Path, requester_line: str, wrapped: str) -> None:
    # Before: the name ran on to the end of its line ("..., the prospective importer"), so the
    # letterhead naming the same firm was taken for another party: its address went unread.
    output = _read(tmp_path, typed(_counsel_request(requester_line, wrapped)),
                   received=date(2025, 5, 1))
    assert output["values"]["requester_name"] == "Ormond & Pike Housewares Inc."
    assert output["values"]["requester_address"] == "92 Larkin Street, Paterson, NJ 07501"
    assert output["values"]["importer_number"] == "57-5869082"

