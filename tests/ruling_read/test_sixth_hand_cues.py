"""Sender behaviours a sixth hand showed (issue 13, round 6): each test draws a small letter and
checks what the ruling reader makes of the one behaviour it states."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import letter as letter_size
from reportlab.pdfgen import canvas

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_sender_layouts import FACTS, HEAD, OPENING, SIGNED, read

NO_PORTS = (FACTS[0], *FACTS[2:])


def test_a_date_spelled_in_words_with_its_figures_dates_the_letter(tmp_path: Path) -> None:
    head = (*HEAD[:4], "the twenty-fourth day of February, 2025 (February 24, 2025)", *HEAD[5:])
    output = read(tmp_path, *head, *OPENING, "", *FACTS, *SIGNED)
    assert output["values"]["request_date"] == "2025-02-24"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_the_signers_name_printed_again_before_title_and_firm_names_the_firm(
        tmp_path: Path) -> None:
    one_line = read(tmp_path, *HEAD, *OPENING, "", *FACTS, "Sincerely,", "/s/ Ann Lee",
                    "Ann Lee, Import Compliance Manager, Harbor Goods LLC")
    wrapped = read(tmp_path, *HEAD, *OPENING, "", *FACTS, "Sincerely,", "/s/ Ann Lee",
                   "Ann Lee, Import Compliance Manager, Harbor Goods", "LLC")
    for output in (one_line, wrapped):
        assert output["values"]["requester_name"] == "Harbor Goods LLC"
        assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_title_line_instead_of_a_re_line_opens_the_letter(tmp_path: Path) -> None:
    """Without Re: or salutation the title frames the letter, so a missing port is concluded."""
    for title in ("REQUEST FOR PROSPECTIVE RULING: tariff classification",
                  "Ruling request concerning tariff classification"):
        head = (*HEAD[:10], title, "")
        output = read(tmp_path, *head, *OPENING, "", *NO_PORTS, *SIGNED)
        assert output["decision"]["outcome"] == "deficient", (title, output["findings"])
        assert output["decision"]["missing"] == ["177.2(b)(1)"]


def test_a_sender_block_in_a_sidebar_beside_the_date_is_the_letterhead(tmp_path: Path) -> None:
    path = tmp_path / "sidebar.pdf"
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Helvetica", 9)
    sender = ((760.0, "Harbor Goods LLC"), (749.0, "12 Pier Road"), (738.0, "Newark, NJ 07114"))
    for y, line in sender:
        page.drawString(18, y, line)
    y = 761.0
    right = ("February 24, 2025", "", "National Commodity Specialist Division",
             "201 Varick Street", "New York, NY 10014", "",
             "REQUEST FOR PROSPECTIVE RULING: tariff classification", "",
             "Harbor Goods LLC (importer number 12-3456789) requests a binding",
             "tariff classification ruling.", "", *FACTS, *SIGNED)
    for line in right:
        if line:
            page.drawString(224, y, line)
        y -= 12
    page.save()
    output = extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_items_listed_on_a_line_of_their_own_are_counted(tmp_path: Path) -> None:
    six = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:5],
               "Items: models A-1, A-2, A-3, A-4, A-5 and A-6 of the same line", "", *FACTS[5:],
               *SIGNED)
    stated = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:5],
                  "The mats come in several sizes and colours (six items).", "", *FACTS[5:],
                  *SIGNED)
    for output in (six, stated):
        assert output["values"]["item_count"] == 6
        assert output["decision"]["outcome"] == "deficient", output["findings"]


def test_items_listed_in_words_the_reader_cannot_count_go_to_a_person(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:5],
                  "Items: a yoga mat, a strap, a carry bag, a block, a towel, a bolster", "",
                  *FACTS[5:], *SIGNED)
    assert output["values"]["item_count"] is None
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    assert any(f["rule"] == "R-READ" and "count" in f["message"] for f in output["findings"])


def test_a_valuation_question_asked_in_the_body_routes_to_headquarters(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD[:10], "Re: Binding ruling request, tariff classification", "",
                  "Dear Sir or Madam:", "", *OPENING, "", *FACTS,
                  "Terms of sale are FOB Ningbo; the seller is our subsidiary, and the parties are",
                  "related. We ask whether the transaction value is acceptable.", "", *SIGNED)
    assert output["decision"]["route"] == "HQ", output["findings"]


def test_a_firm_writing_for_its_client_does_not_dispute_the_labelled_requester(
        tmp_path: Path) -> None:
    output = read(tmp_path, "Lindqvist Trade Law LLP", "1800 K Street NW, Washington, DC 20006",
                  "", "April 20, 2025", "", "Regulations and Rulings, Office of Trade",
                  "90 K Street NE", "Washington, DC 20229", "", "REQUEST FOR BINDING RULING", "",
                  "Requester: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114", "",
                  "This firm asks, for its client, for a tariff classification ruling.", "",
                  *FACTS, "Respectfully submitted,", "/s/ Hannah Lindqvist",
                  "Hannah Lindqvist, Partner, Lindqvist Trade Law LLP")
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert not any("differently" in f["message"] for f in output["findings"]), output["findings"]
