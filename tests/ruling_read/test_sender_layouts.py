"""Senders' layouts and wordings beyond the project's own (issue 13, round 4): each test draws a
small letter line by line, as a mail client, a fax or a plain word processor prints it, and checks
what the ruling reader makes of the one behaviour it states."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter as letter_size
from reportlab.pdfgen import canvas

from bots.ruling_triage.contract import extract_json

HEAD = ("Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "", "February 24, 2025", "",
        "National Commodity Specialist Division", "201 Varick Street", "New York, NY 10014", "",
        "Re: Request for binding ruling", "", "Dear Sir or Madam:", "")
OPENING = ("Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer number 12-3456789),",
           "requests a binding tariff classification ruling.")
FACTS = ("Harbor Goods LLC intends to import yoga mats from Vietnam for sale to retailers.",
         "The goods will be entered at the port of Newark (4601).", "",
         "Description: Yoga mats of thermoplastic elastomer foam, 183 x 61 cm.",
         "Principal use: yoga and floor exercises at home.",
         "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%.",
         "Purchase price: $9.10 per unit.", "",
         "We believe the mats are classified in subheading 9506.91.0030, HTSUS, by GRI 1.", "",
         "The issue is not pending before any CBP office or any court.", "",
         "No confidential treatment is requested.", "")
SIGNED = ("Sincerely,", "/s/ Ann Lee", "Ann Lee, President")


def read(tmp_path: Path, *lines: str) -> dict[str, Any]:
    """Print LINES 14 points apart (a blank line leaves a paragraph's gap) and read the request."""
    path = tmp_path / "request.pdf"
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Helvetica", 10)
    y = 740.0
    for line in lines:
        if y < 60:
            page.showPage()
            page.setFont("Helvetica", 10)
            y = 740.0
        if line:
            page.drawString(72, y, line)
        y -= 14
    page.save()
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


def test_the_plain_drawn_letter_is_accepted(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, *OPENING, "", *FACTS, *SIGNED)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_an_e_mail_greeting_on_the_openings_block_is_not_part_of_the_requesters_name(
        tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD[:-2], "Hello,", *OPENING, "", *FACTS, *SIGNED)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_the_requester_introduced_by_what_it_is_is_named_without_the_introduction(
        tmp_path: Path) -> None:
    importer = read(tmp_path, *HEAD, "The importer, Harbor Goods LLC, 12 Pier Road, Newark, NJ "
                    "07114,", "Importer No. 12-3456789, requests a binding tariff classification "
                    "ruling.", "", *FACTS, *SIGNED)
    we = read(tmp_path, *HEAD, "We, Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, EIN "
              "12-3456789, request a binding", "tariff classification ruling.", "", *FACTS,
              *SIGNED)
    company = read(tmp_path, *HEAD, "Our company, Harbor Goods LLC (Importer No. 12-3456789), of "
                   "12 Pier Road, Newark, NJ", "07114, requests a binding tariff classification "
                   "ruling.", "", *FACTS, *SIGNED)
    for output in (importer, we, company):
        assert output["values"]["requester_name"] == "Harbor Goods LLC"
        assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
        assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_fax_cover_above_the_letterhead_names_no_sender(tmp_path: Path) -> None:
    cover = ("FACSIMILE", "", "To: CBP NCSD", "Date: 2/24/25", "Pages: 2 + cover", "")
    output = read(tmp_path, *cover, *HEAD, *OPENING, "", *FACTS, *SIGNED)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_firm_signing_by_its_officer_agrees_with_the_firm_that_asks(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, *OPENING, "", *FACTS, "Very truly yours,", "Harbor Goods LLC",
                  "By: /s/ Ann Lee", "President", "12 Pier Road", "Newark, NJ 07114")
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_future_importations_only_states_the_prospective_transaction(tmp_path: Path) -> None:
    ports_only = ("The goods will be entered at the port of Newark (4601).", "")
    stated = read(tmp_path, *HEAD, *OPENING, "",
                  "This request concerns future importations only.", *ports_only, *FACTS[3:],
                  *SIGNED)
    silent = read(tmp_path, *HEAD, *OPENING, "", *ports_only, *FACTS[3:], *SIGNED)
    assert stated["decision"]["outcome"] == "accept", stated["findings"]
    # Where the goods will be entered states a prospective importation: 177.2(b)(2)(i)'s own
    # example of a transaction.
    assert silent["decision"]["outcome"] == "accept", silent["findings"]


def test_items_run_in_after_the_following_items_are_counted(tmp_path: Path) -> None:
    models = "; ".join(f"Yoga mats, model Y-{n}" for n in range(1, 8))
    seven = read(tmp_path, *HEAD, *OPENING, "", f"The request covers the following items: "
                 f"{models[:70]}", f"{models[70:]}.", "", *FACTS, *SIGNED)
    three = read(tmp_path, *HEAD, *OPENING, "", "The request covers the following items: Yoga "
                 "mats, model A-1; Yoga mats,", "model B-2; Yoga mats, model C-3.", "", *FACTS,
                 *SIGNED)
    assert seven["values"]["item_count"] == 7
    assert seven["decision"]["outcome"] == "deficient"
    assert any(f["rule"] == "R-ITEMS" for f in seven["findings"])
    assert three["values"]["item_count"] == 3
    assert three["decision"]["outcome"] == "accept", three["findings"]


def test_an_undotted_tariff_number_after_the_words_asking_for_it_is_read(tmp_path: Path) -> None:
    falls = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:8],
                 "We request a ruling that the goods fall in 9506910030.", "", *FACTS[10:],
                 *SIGNED)
    proposed = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:8],
                    "Proposed classification: 9506910030. The heading names the goods (GRI 1).",
                    "", *FACTS[10:], *SIGNED)
    assert falls["values"]["proposed_hts"] == ["9506910030"]
    # Asked for with no reason or authority: 177.2(b)(6) is missing.
    assert falls["decision"]["missing"] == ["177.2(b)(6)"], falls["findings"]
    assert proposed["values"]["proposed_hts"] == ["9506910030"]
    assert proposed["decision"]["outcome"] == "accept", proposed["findings"]


def test_the_number_an_earlier_ruling_gave_is_not_the_one_proposed(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:8],
                  "Ruling N330187 classified the goods under 9506.91.0090. The importer proposes",
                  "subheading 9506.91.0030 by GRI 1.", "", *FACTS[10:], *SIGNED)
    assert output["values"]["proposed_hts"] == ["9506.91.0030"]


def test_a_proposed_subheading_asks_a_classification_question(tmp_path: Path) -> None:
    head = tuple("Re: Yoga mats, model Y-1" if line.startswith("Re:") else line for line in HEAD)
    output = read(tmp_path, *head, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, requests a "
                  "binding ruling.", "", *FACTS[:8],
                  "The importer proposes subheading 9506.91.0030 by GRI 1.", "", *FACTS[10:],
                  *SIGNED)
    assert output["values"]["ruling_type"] == "classification"
    assert output["decision"]["route"] == "NCSD"


def test_data_asked_to_be_withheld_from_the_published_ruling_is_a_confidentiality_request(
        tmp_path: Path) -> None:
    asked = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:-2],
                 "The company asks that the unit prices be withheld from the published ruling.",
                 "", *SIGNED)
    assert asked["values"]["confidential_requested"] is True


def test_a_principal_with_its_address_in_parentheses_after_an_abbreviated_name_is_read(
        tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, "This firm represents Harbor Goods Co. (12 Pier Road, Newark, "
                  "NJ 07114) and asks for a", "ruling under 19 CFR 177.1. We are authorized to "
                  "act for the importer.", "", *FACTS, *SIGNED)
    assert output["values"]["requester_name"] == "Harbor Goods Co."
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]


def test_a_requester_heading_over_a_principal_speaking_through_counsel(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, "Requester",
                  "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (IOR 12-3456789), through "
                  "counsel,", "requests a binding tariff classification ruling.", "", *FACTS,
                  *SIGNED)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    # An agent that does not state its authority: a person checks it, and no party is missing.
    assert output["decision"]["outcome"] == "needs_human"
    assert output["decision"]["missing"] == []
    assert output["decision"]["missing"] == [], output["findings"]


def test_asked_to_keep_a_fact_confidential_is_a_confidentiality_request(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:-2],
                  "Please keep the supplier's identity confidential; its disclosure would harm",
                  "our competitive position.", "", *SIGNED)
    assert output["values"]["confidential_requested"] is True


def test_a_requester_located_at_its_address_that_asks_for_a_ruling_is_read(
        tmp_path: Path) -> None:
    # An e-mail: no letterhead to fall back on, so the opening alone names the requester.
    mail = ("From: Ann Lee <ann@example.com>", "To: rulings@cbp.example.gov",
            "Date: 02/24/2025", "Subject: Binding ruling request", "", "Hello,", "")
    output = read(tmp_path, *mail, "Harbor Goods LLC (importer number 12-3456789), located at 12 "
                  "Pier Road, Newark, NJ 07114,", "asks for a binding tariff classification "
                  "ruling.", "", *FACTS, *SIGNED)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_ruling_asked_that_the_goods_fall_in_a_tariff_number_is_a_classification(
        tmp_path: Path) -> None:
    head = tuple("Re: Reconsideration request" if line.startswith("Re:") else line
                 for line in HEAD)
    output = read(tmp_path, *head, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, requests "
                  "reconsideration of New York ruling N334217.", "", *FACTS[:8],
                  "We request a ruling that the goods fall in 9506910030, by GRI 1.", "",
                  *FACTS[10:], *SIGNED)
    assert output["values"]["ruling_type"] == "classification"


def test_terms_labelled_and_named_by_the_place_of_export_are_the_terms_of_sale(
        tmp_path: Path) -> None:
    head = tuple("Re: Request for a binding ruling on valuation" if line.startswith("Re:")
                 else line for line in HEAD)
    output = read(tmp_path, *head, *OPENING[:1], "requests a binding ruling on transaction value.",
                  "", "No shipment has been made yet; the first is planned for next quarter.",
                  "Harbor Goods LLC will buy yoga mats from a maker in Vietnam.",
                  "Terms: FOB port of export; the buyer pays freight. The parties are unrelated.",
                  "The goods will be entered at the port of Newark (4601).", "",
                  "We ask CBP to rule that the price paid is transaction value under 19 U.S.C. "
                  "1401a(b).", "", *FACTS[10:], *SIGNED)
    assert output["values"]["ruling_type"] == "valuation"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_no_proceeding_concerning_the_goods_is_the_b5_statement(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:10],
                  "No prior ruling request, protest or court action concerns these goods; the "
                  "request is", "not one of a series.", "", *FACTS[12:], *SIGNED)
    assert output["values"]["pending_statement"] is True
    assert output["values"]["pending_in_court"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_the_rule_a_requester_writes_under_is_not_part_of_its_name(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, "Pursuant to 19 CFR 177.2, Harbor Goods LLC (Importer No. "
                  "12-3456789) asks CBP to rule on the", "tariff classification of yoga mats.",
                  "", *FACTS, *SIGNED)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_ownership_denied_both_ways_states_the_parties_are_not_related(tmp_path: Path) -> None:
    head = tuple("Re: Request for a binding ruling on valuation" if line.startswith("Re:")
                 else line for line in HEAD)
    output = read(tmp_path, *head, *OPENING[:1], "requests a binding ruling on transaction value.",
                  "", "Harbor Goods LLC will buy yoga mats from a maker in Vietnam, sold FOB "
                  "Haiphong.", "Neither party owns any interest in the other.",
                  "The goods will be entered at the port of Newark (4601).", "",
                  "We ask CBP to rule that the price paid is transaction value under 19 U.S.C. "
                  "1401a(b).", "", *FACTS[10:], *SIGNED)
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_party_asking_under_a_common_noun_is_no_name_against_the_letterhead(
        tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, "The Company asks for a binding tariff classification ruling "
                  "on the goods described below.", "", *FACTS, *SIGNED)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_request_about_goods_entered_at_a_port_is_no_proceeding_there(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, *OPENING, "", *FACTS[:1],
                  "This request concerns goods to be entered at the Port of Newark (4601).", "",
                  *FACTS[3:], *SIGNED)
    assert output["values"]["pending_before_cbp"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_enclosures_listed_after_the_following_items_are_no_item_count(tmp_path: Path) -> None:
    output = read(tmp_path, *HEAD, *OPENING, "", *FACTS,
                  "We enclose the following items: photographs; a specification sheet; a",
                  "sample; the invoice; the contract; a test report.", "", *SIGNED)
    assert output["values"]["item_count"] == 1
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_valuation_question_naming_the_goods_subheading_stays_a_valuation(
        tmp_path: Path) -> None:
    head = tuple("Re: Request for binding ruling" if line.startswith("Re:") else line
                 for line in HEAD)
    output = read(tmp_path, *head, *OPENING[:1], "requests a binding ruling on transaction value "
                  "of yoga mats of subheading 9506.91.", "",
                  "Harbor Goods LLC will buy yoga mats from a maker in Vietnam, sold FOB "
                  "Haiphong.", "The parties are not related.",
                  "The goods will be entered at the port of Newark (4601).", "",
                  "We ask CBP to rule that the price paid is transaction value under 19 U.S.C. "
                  "1401a(b).", "", *FACTS[10:], *SIGNED)
    assert output["values"]["ruling_type"] == "valuation"
    assert output["decision"]["outcome"] == "accept", output["findings"]
