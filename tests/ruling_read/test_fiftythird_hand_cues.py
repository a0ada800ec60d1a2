"""Senders' ways the fifty-third hand showed at first sight (issue 13, round 35), each in several
forms a real sender would use. Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.ruling_read.test_phrasings import FACTS, read
from tests.ruling_read.test_twentyfirst_hand_cues import extract

_MISSING_DESCRIPTION = "19 CFR 177.2(b)(2)(ii)(A)"


# The goods described only as what the requester will import, in the sentence that says so.
@pytest.mark.parametrize("told", [
    "We intend to import exercise mats of thermoplastic elastomer foam, 183 x 61 cm., style YM-2 "
    "from our supplier in Vietnam through the port of Newark (4601).",
    "Harbor Goods LLC plans to import thermoplastic elastomer yoga mats measuring 183 x 61 cm "
    "through the port of Newark (4601).",
    "The company proposes to import foam exercise mats (183 x 61 cm, 6 mm thick) via the port of "
    "Newark (4601) for resale to sporting goods stores.",
])
def test_goods_told_as_what_the_requester_will_import_are_described(
        tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(told, *FACTS[2:]))
    citations = [f["citation"] for f in output["findings"]]
    assert _MISSING_DESCRIPTION not in citations
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("told", [
    "We intend to import the following articles through the port of Newark (4601).",
    "Harbor Goods LLC plans to import them through the port of Newark (4601).",
    "Harbor Goods LLC plans to import through the port of Newark (4601) next spring.",
    # goods named by their name alone, no description (the own generator's deficient request)
    "Harbor Goods LLC intends to import the exercise yoga mats from Vietnam for resale.",
])
def test_a_sentence_naming_no_goods_describes_nothing(tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(told, *FACTS[2:]))
    assert output["decision"]["outcome"] != "accept", output["findings"]


# A unit's name, not a person's, printed under the blank line where a person would sign: no
# one signed (19 CFR 177.2(c)).
@pytest.mark.parametrize("unit", ["Trade Compliance", "Import Department",
                                  "Customs Compliance Team", "Logistics Office"])
def test_a_units_name_under_a_blank_signature_line_is_unsigned(tmp_path: Path, unit: str) -> None:
    output = read(tmp_path, closing=("Sincerely,", "______________________________", unit))
    assert output["values"]["signed"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert "177.2(c)" in output["decision"]["missing"]


def test_a_person_over_her_units_title_under_the_line_signs(tmp_path: Path) -> None:
    output = read(tmp_path, closing=("Sincerely,", "______________________________", "Ann Lee",
                                     "Director, Trade Compliance"))
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


_LETTER = ["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "March 3, 2025",
           "National Commodity Specialist Division", "Re: Request for a binding ruling",
           "Dear Sir or Madam:",
           "Harbor Goods LLC (importer number 12-3456789) requests a binding ruling on the",
           "tariff classification of yoga mats it plans to import through Newark, NJ (4601).",
           *FACTS[1:],
           "The issue is not pending before any CBP office or any court.",
           "No sample is enclosed.", "Sincerely,", "/s/ Ann Lee", "Ann Lee, President"]


def _packet(path: Path, slip: list[str]) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    for page in (slip, _LETTER):
        canvas.setFont("Helvetica", 8)
        for index, line in enumerate(page):
            canvas.drawString(55, letter[1] - 50 - 16 * index, line)
        canvas.showPage()
    canvas.save()
    return path


# An office's own routing slip clipped ahead of the letter: its departments, initials and dates
# are the slip's, not the request's; the letter on the next page names requester and date.
@pytest.mark.parametrize("slip", [
    ["INTERNAL ROUTING SLIP", "Harbor Goods LLC - outgoing correspondence",
     "Step To (department) Initials Date Action", "1 Trade Compliance RL 02/26/2025 Note",
     "2 Legal RL 02/27/2025 Approve", "Remarks: binding ruling request attached."],
    ["Routing sheet", "To: Legal  From: Imports  Date: 02/26/2025",
     "Please review the enclosed ruling request before it goes out."],
    ["DOCUMENT CIRCULATION SLIP", "Circulate to: Legal, Finance, Compliance",
     "Date out: 26 Feb 2025", "Subject: binding ruling request to CBP"],
])
def test_a_routing_slip_before_the_letter_is_no_part_of_the_request(
        tmp_path: Path, slip: list[str]) -> None:
    output = extract(_packet(tmp_path / "slip.pdf", slip))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["values"]["request_date"] == "2025-03-03"


def _page(path: Path, lines: list[str]) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 8)
    for index, line in enumerate(lines):
        canvas.drawString(55, letter[1] - 40 - 13 * index, line)
    canvas.save()
    return path


def _questionnaire(title: str, ports: list[str], basis: str) -> list[str]:
    return [title, "Prepared by the importer's compliance team for submission under 19 CFR 177.2",
            "1. Requester (name and address)", "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114",
            "2. Importer number", "12-3456789", "3. Date of request", "March 3, 2025",
            "4. Subject of the ruling", "Tariff classification", *ports,
            "6. Description of the goods",
            "Exercise mats of thermoplastic elastomer foam, 183 x 61 cm.",
            "Principal use: yoga and floor exercise at home.",
            "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%.",
            "We will buy the mats from our supplier in Vietnam for resale to U.S. retailers.",
            "7. Ruling requested and its basis", basis,
            "8. Is the issue before CBP or a court?",
            "The issue is not pending before any CBP office or any court.",
            "9. Samples", "No sample is enclosed.",
            "10. Signature", "/s/ Ann Lee, President"]


_BASIS = ("We believe the mats are classified in subheading 9506.91.0030, HTSUS, under GRI 1, "
          "as articles for general physical exercise.")


# A numbered questionnaire's ports box printed empty, the next box's caption under it: the
# reader looked where the ports go and they are not there (19 CFR 177.2(b)(1)).
@pytest.mark.parametrize("caption", ["5. Ports of entry", "5. Port(s) of entry:",
                                     "E. Ports of entry"])
def test_an_empty_numbered_ports_box_is_a_missing_port(tmp_path: Path, caption: str) -> None:
    output = extract(_page(tmp_path / "q.pdf", _questionnaire(
        "BINDING RULING REQUEST - QUESTIONNAIRE", [caption], _BASIS)))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(1)"]


def test_a_ports_box_with_its_answer_under_it_gives_the_port(tmp_path: Path) -> None:
    output = extract(_page(tmp_path / "q.pdf", _questionnaire(
        "BINDING RULING REQUEST - QUESTIONNAIRE", ["5. Ports of entry", "Newark, NJ (4601)"],
        _BASIS)))
    assert output["values"]["ports"] == ["4601"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A sentence over a section's heading ("The merchandise will be entered at ..." over
# "Description of the Merchandise") is no value typed on a rule with its caption under it: the
# heading heads the lines under it, and a description they do not give is missing.
@pytest.mark.parametrize("above", ["The merchandise will be entered at the port of Newark (4601).",
                                   "Entry is planned at the port of Newark (4601)."])
def test_a_sentence_over_a_heading_is_not_its_value(tmp_path: Path, above: str) -> None:
    output = read(tmp_path, facts=(
        "Harbor Goods LLC intends to import the mats from Vietnam. No shipment has been made yet.",
        above, "Description of the Merchandise",
        "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%.",
        "Intended use: yoga and floor exercises at home.", FACTS[4]))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(2)"]
