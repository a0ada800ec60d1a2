"""Round 24: what the twenty-sixth and twenty-seventh hands' ruling-request senders do, read for
senders in general (issue 13).

A name typed after "Signed:" or "By:" over the firm's name (a typed signature; an agent's when
the firm is not the requester), a rule captioned "(authorized signature)" left blank, facts set
out as a bulleted list, a basis given under its own caption, and an e-mail's header whose
captions stand in a column of their own left of the values (19 CFR 177.1, 177.2(b), (c)).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.extract import extract_ruling
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw

_SHEET: list[Cell] = [
    (55, 60, "BINDING RULING REQUEST - SUMMARY SHEET"),
    (55, 76, "Importer:"), (200, 76, "Harbor Goods LLC"),
    (55, 88, "Importer address:"), (200, 88, "12 Pier Road, Newark, NJ 07114"),
    (55, 100, "IOR no.:"), (200, 100, "12-3456789"),
    (55, 112, "Request date:"), (200, 112, "03-03-2025"),
    (55, 124, "Subject:"), (200, 124, "Classification"),
    (55, 136, "Port of entry:"), (200, 136, "Newark (4601)"),
    (55, 160, "Ruling requested on the classification of the article in subheading 6302.60.0020."),
    (55, 172, "Basis: the article is named by the heading proposed and is excluded from competing"
              " headings by their own terms."),
    (45, 184, "- The article is a terry woven bath towel of cotton, 70 x 140 cm."),
    (45, 196, "- Its principal use in the United States is drying the body after bathing."),
    (45, 208, "- Component materials: cotton 100% by weight."),
    (45, 220, "- The goods will be entered at the port of Newark; no shipment has yet been made."),
    (55, 232, "To the requester's knowledge, the issue is not and has not been before any CBP"
              " office or any court."),
    (55, 244, "A sample is available on request."),
]


def _signed(path: Path, signer: list[Cell]) -> Path:
    return draw(path, [*_SHEET, *signer])


def test_a_name_typed_after_signed_over_the_firm_signs(tmp_path: Path) -> None:
    # Before: "Signed: Ann Lee" over "Harbor Goods LLC" had no title under the name, so no
    # signature was read and the request went to a person as perhaps unsigned.
    facts = extract_ruling(_signed(tmp_path / "sheet.pdf", [
        (55, 280, "Signed: Ann Lee"), (55, 290, "Harbor Goods LLC")])).facts
    assert facts.signed is True
    assert facts.acting_as_agent is False


def test_a_name_signed_over_another_firm_makes_the_request_an_agents(tmp_path: Path) -> None:
    # "By: Ann Lee" over a broker's name that is not the importer's: the broker asks for the
    # importer, and whether it states its authority is for a person (177.1).
    facts = extract_ruling(_signed(tmp_path / "sheet.pdf", [
        (55, 280, "By: Ann Lee"), (55, 290, "Lakeside Customs Brokerage, Inc.")])).facts
    assert facts.signed is True
    assert facts.acting_as_agent is True


def test_a_rule_captioned_as_the_signature_and_left_blank_is_unsigned(tmp_path: Path) -> None:
    # Before: "____" over "(authorized signature)" was no signature the reader recognised, so
    # its absence was left to a person instead of 177.2(c) being found wanting.
    facts = extract_ruling(_signed(tmp_path / "sheet.pdf", [
        (55, 280, "_________________________"), (55, 290, "(authorized signature)")])).facts
    assert facts.signed is False
    assert "177.2(c)" not in facts.unsure


def test_bulleted_facts_and_a_captioned_basis_are_read(tmp_path: Path) -> None:
    # Before: "- The article is ..." was no sentence describing the goods (its bullet stood
    # before "The"), and "Basis: ..." gave no basis the reader knew: both were left unsure.
    facts = extract_ruling(_signed(tmp_path / "sheet.pdf", [
        (55, 280, "/s/ Ann Lee"), (55, 290, "Harbor Goods LLC")])).facts
    assert facts.product_description == "a terry woven bath towel of cotton, 70 x 140 cm"
    assert facts.result_basis_given is True


def _mail(path: Path) -> Path:
    """Header captions at 9 points in a column of their own, values at 10 points beside them."""
    canvas = Canvas(str(path), pagesize=letter)
    rows = [("From:", "Ann Lee <ann.lee@harbor.example.com>"), ("Sent:", "2025-03-03 4:12 PM"),
            ("To:", "National Commodity Specialist Division, New York, NY"),
            ("Subject:", "Request for binding ruling (classification)")]
    for index, (caption, value) in enumerate(rows):
        y = letter[1] - 60 - 14 * index
        canvas.setFont("Helvetica", 9)
        canvas.drawString(55, y, caption)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(200, y + 0.5, value)
    canvas.setFont("Helvetica", 9)
    for index, line in enumerate((
            "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (IRS No. 12-3456789), asks for a"
            " prospective ruling",
            "on the classification of cotton bath towels; subheading 6302.60.0020 applies by"
            " GRI 1.",
            "", "Regards,", "/s/ Ann Lee", "Ann Lee", "President")):
        canvas.drawString(55, letter[1] - 126 - 12 * index, line)
    canvas.save()
    return path


def test_an_email_header_with_its_captions_in_a_column_pairs_each_with_its_value(
    tmp_path: Path,
) -> None:
    # Before: the values under one another made one paragraph, paired with the last caption
    # ("Subject:"), so the date sent was never read as the request's date.
    assert str(extract_ruling(_mail(tmp_path / "mail.pdf")).facts.request_date) == "2025-03-03"


def _brief(path: Path, statements: str, signer: tuple[str, str]) -> Path:
    """A product brief in parts, no subject line and no greeting, its date under the name."""
    return draw(path, [
        (55, 60, "Harbor Goods LLC"), (55, 70, "01/07/2025"),
        (150, 90, "Request for a Binding Ruling - Product Brief"),
        (55, 110, "Part A - Who is asking"),
        (55, 122, "Importer: Harbor Goods LLC"),
        (55, 134, "Address: 12 Pier Road, Newark, NJ 07114"),
        (55, 146, "Importer number: 12-3456789"),
        (55, 170, "Part B - The transaction"),
        (55, 182, "The importer will buy the goods from an unrelated supplier and enter them at the"
                  " Port of Newark. It asks for"),
        (55, 192, "the tariff classification of the goods; we believe subheading 6302.60.0020,"
                  " HTSUS, applies by GRI 1."),
        (55, 216, "Part C - The goods"),
        (55, 228, "Cotton bath towels, terry woven, 70 x 140 cm"),
        (55, 238, "Principal use in the United States: drying the body. Component materials:"
                  " cotton 100% by weight."),
        (55, 262, "Part D - Other statements"),
        (55, 274, statements),
        (55, 298, "Respectfully submitted,"), (55, 310, signer[0]), (55, 320, signer[1]),
    ])


def test_a_brief_in_parts_dates_itself_under_its_name_and_describes_under_the_goods(
    tmp_path: Path,
) -> None:
    # Before: with no subject line or greeting the date tight under the letterhead was never
    # looked for; "Part C - The goods" was no heading the reader knew, so the description under
    # it, and the absence of a pending statement under "Part D", were left to a person.
    facts = extract_ruling(_brief(tmp_path / "brief.pdf", "Drawings are enclosed in place of"
                                  " a sample.", ("Ann Lee", "President"))).facts
    assert str(facts.request_date) == "2025-01-07"
    assert facts.product_description == "Cotton bath towels, terry woven, 70 x 140 cm"
    assert facts.pending_statement is False and "177.2(b)(5)" not in facts.unsure


def test_a_customs_broker_signing_makes_the_request_an_agents(tmp_path: Path) -> None:
    # A licensed customs broker signs for the importer named: its authority is for a person.
    facts = extract_ruling(_brief(tmp_path / "brief.pdf", "The issue is not pending before any"
                                  " CBP office or court.", ("Dana K. Whitfield",
                                                            "Licensed Customs Broker No. 31842"))
                           ).facts
    assert facts.acting_as_agent is True


def _mail_and_sheet(path: Path, *, own_page: bool) -> Path:
    """A letter whose data sheet follows it: on a page of its own, or under the signature."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 9)
    for index, line in enumerate((
            "Good afternoon, Harbor Goods LLC asks for a binding ruling on goods it plans to"
            " import. We request a",
            "prospective ruling on the tariff classification of the goods; we believe subheading"
            " 6302.60.0020, HTSUS,",
            "applies by GRI 1. The goods will be entered at the Port of Newark. The data sheet"
            " follows.",
            "The issue is not pending before any CBP office or court. No sample is sent.",
            "", "Regards,", "/s/ Ann Lee", "Ann Lee", "Harbor Goods LLC")):
        canvas.drawString(55, letter[1] - 80 - 12 * index, line)
    top = 60.0
    if own_page:
        canvas.showPage()
    else:
        top = 220.0
    canvas.setFont("Helvetica", 10)
    canvas.drawString(225, letter[1] - top, "PRODUCT DATA SHEET")
    for index, (caption, value) in enumerate((
            ("Importer:", "Harbor Goods LLC"),
            ("Importer address:", "12 Pier Road, Newark, NJ 07114"),
            ("Importer No.:", "12-3456789"), ("Port of entry:", "Newark"))):
        canvas.drawString(55, letter[1] - top - 22 - 14 * index, caption)
        canvas.drawString(200, letter[1] - top - 22 - 14 * index, value)
    canvas.drawString(55, letter[1] - top - 100, "Description: Cotton bath towels, terry woven."
                      " Principal use in the United States: drying the body.")
    canvas.save()
    return path


@pytest.mark.parametrize("own_page", [True, False])
def test_a_data_sheet_that_follows_the_letter_gives_the_requesters_address_and_number(
    tmp_path: Path, own_page: bool,
) -> None:
    # Before: "The data sheet follows." did not make the sheet part of the request, the sheet
    # was read for the goods only, and one printed under the signature not at all: the
    # importer's address and number on it were lost and 177.2(b)(1) reported missing.
    facts = extract_ruling(_mail_and_sheet(tmp_path / "mail.pdf", own_page=own_page)).facts
    assert facts.requester_address == "12 Pier Road, Newark, NJ 07114"
    assert facts.importer_number == "12-3456789"


def test_a_memorandum_submitted_by_a_firm_for_its_client_names_the_client(tmp_path: Path) -> None:
    # Before: "This memorandum is submitted by Firm, address, as customs broker and agent of
    # record for X" (X wrapped over two lines) named no principal: the memo's FROM (the firm)
    # was taken for the requester and the request went to a person.
    pdf = draw(tmp_path / "memo.pdf", [
        (55, 60, "MEMORANDUM IN SUPPORT OF A REQUEST FOR A BINDING RULING"),
        (55, 80, "FROM:"), (140, 80, "Whitcomb Trade Counsel PLLC"),
        (55, 92, "DATE:"), (140, 92, "Feb. 8, 2025"),
        (55, 116, "I. Parties"),
        (55, 128, "The importer is Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, importer"
                  " number 12-3456789. This"),
        (55, 138, "memorandum is submitted by Whitcomb Trade Counsel PLLC, 1717 K Street NW,"
                  " Washington, DC 20036, as customs"),
        (55, 148, "broker and agent of record for Harbor Goods"),
        (55, 158, "LLC, whose written authorization is enclosed."),
    ])
    facts = extract_ruling(pdf).facts
    assert facts.acting_as_agent is True
    assert facts.requester_name == "Harbor Goods LLC"
    assert facts.agent_authority_stated is True
