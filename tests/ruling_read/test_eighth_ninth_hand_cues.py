"""Sender behaviours an eighth and a ninth hand showed (issue 13, round 8): browser-made letters
at 1.5 line spacing, a letter to the rulings office that never says "ruling", counsel writing
"for our client", ports named after "enter the goods at", letters dated "2025.09.24", tickets
and questionnaires with captions beside or over their values, running footers. Each test draws
a small document and checks the one behaviour it states."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter as letter_size
from reportlab.pdfgen import canvas

from bots.ruling_triage.contract import extract_json
from bots.ruling_triage.extract_furniture import without_furniture
from bots.ruling_triage.extract_text import paragraphs
from tradebots.pdf import open_pdf

# Body lines of one paragraph fill the 468-point measure, as a browser wraps them.
WIDE_HEAD = ("Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114", "June 27, 2025", "",
             "National Commodity Specialist Division, U.S. Customs and Border Protection, "
             "New York, NY", "")
WIDE_BODY = ("Harbor Goods LLC (importer number 12-3456789) requests a prospective ruling on the "
             "tariff classification of",
             "yoga mats of thermoplastic elastomer foam, 183 x 61 cm, used for yoga at home.", "",
             "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%, by "
             "weight. Price $9.10.", "",
             "We believe the mats are classified in subheading 9506.91.0030, HTSUS, by GRI 1. "
             "Port: Newark (4601).", "",
             "No confidential treatment is requested. No sample is sent; photographs are "
             "enclosed with this letter.", "")
WIDE_SIGNED = ("Sincerely,", "/s/ Ann Lee", "Ann Lee, President")


def spaced(tmp_path: Path, *lines: str, leading: float = 16.0) -> dict[str, Any]:
    """LINES in 10-point type LEADING points apart (an HTML page's 1.5 spacing), read."""
    path = tmp_path / "request.pdf"
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Helvetica", 10)
    y = 740.0
    for line in lines:
        if line:
            page.drawString(72, y, line)
        y -= leading
    page.save()
    return extract_json(path, received=date(2025, 7, 1), today=date(2025, 7, 3))


def test_a_pending_statement_wrapped_at_wide_spacing_keeps_its_negation(tmp_path: Path) -> None:
    """177.7: "not pending before ... / ... or any court on appeal" names no court case."""
    for first, second in (
            ("Pending matters: To the best of the requester's knowledge, the issue is not pending "
             "before any CBP office,",
             "the Court of International Trade, the Court of Appeals for the Federal Circuit or "
             "any court on appeal."),
            ("To our knowledge this issue is not and has not been before any CBP office, the "
             "Court of International",
             "Trade, the Federal Circuit or any appellate court, and no litigation is pending "
             "on it in any court.")):
        output = spaced(tmp_path, *WIDE_HEAD, *WIDE_BODY, first, second, "", *WIDE_SIGNED)
        assert output["values"]["pending_in_court"] is False, first
        assert output["values"]["pending_statement"] is True
        assert output["decision"]["outcome"] != "no_ruling", output["findings"]


def test_an_importer_number_broken_after_its_label_at_wide_spacing_is_read(
        tmp_path: Path) -> None:
    for label in ("(importer no.", "(importer number", "(IOR"):
        opening = (f"As authorized agent for Kestrel Outdoor Gear Inc., 2210 Ridge Avenue, Boise, "
                   f"ID 83702 {label}",
                   "29-5268504), we request a prospective classification ruling on yoga mats "
                   "of elastomer foam.")
        output = spaced(tmp_path, *WIDE_HEAD, *opening, "", *WIDE_BODY[3:], *WIDE_SIGNED)
        assert output["values"]["importer_number"] == "29-5268504", label


def test_short_lines_at_wide_spacing_stay_apart(tmp_path: Path) -> None:
    """A heading or a label line that does not reach the margin is not run into the next."""
    output = spaced(tmp_path, *WIDE_HEAD, *WIDE_BODY, "Pending matters",
                    "The issue is not pending before any CBP office or any court.", "",
                    *WIDE_SIGNED)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["signed"] is True


def test_a_letter_to_the_rulings_office_is_a_request_without_the_word_ruling(
        tmp_path: Path) -> None:
    for addressee in ("To: National Commodity Specialist Division, New York, NY",
                      "Director, Regulations and Rulings, Office of Trade, Washington, DC 20229",
                      "NCSD, 201 Varick Street, New York, NY 10014"):
        output = spaced(tmp_path, "Bluefield Ceramics Corporation", "31 Kiln Road",
                        "Zanesville, OH 43701", "Date: 8 July 2025", addressee,
                        "Re: Marking of imported marine cleats", "",
                        "Bluefield Ceramics Corporation (72-6583027) will import the goods "
                        "through port code 1703 and asks whether",
                        'a molded "Made in Vietnam" on the underside satisfies 19 U.S.C. 1304.',
                        "", "Sincerely,", "/s/ Ann Lee", "Ann Lee, President")
        assert output["values"]["ruling_type"] == "marking", addressee
        assert output["values"]["ports"] == ["1703"]


def test_counsel_writing_for_a_client_names_the_client_and_the_port(tmp_path: Path) -> None:
    """177.2(b)(1): the client introduced "We write for our client X, address" is the requester,
    and "enter the goods at Boston, MA" names its port; counsel that states no authority to act
    for it stays an agent without authority (177.1), as before."""
    opening = ("We write for our client Quarry Hill Stoneworks Ltd., 240 Granite Way, Barre, VT "
               "05641 (importer number",
               "66-3212698), and ask for a ruling that the mats are classified in subheading "
               "9506.91.0030. Our client",
               "intends to enter the goods at Boston, MA beginning next quarter.", "")
    output = spaced(tmp_path, "Whitcombe Larue PLLC", "One Financial Plaza, Hartford, CT 06103",
                    "June 27, 2025", "", *WIDE_HEAD[4:], *opening, *WIDE_BODY[3:6],
                    "The issue is not pending before any CBP office or any court.", "",
                    "No confidential treatment is requested.", "",
                    "Respectfully submitted,", "/s/ Walter J. Brisbane",
                    "Walter J. Brisbane, Partner")
    values = output["values"]
    assert values["requester_name"] == "Quarry Hill Stoneworks Ltd."
    assert values["requester_address"] == "240 Granite Way, Barre, VT 05641"
    assert values["importer_number"] == "66-3212698"
    assert values["ports"] == ["Boston, MA"]
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]
    # The letter (letterhead over a date) is recognised, so the goods this short letter does not
    # describe are concluded missing too; the agent's unstated authority is an open point then.
    assert "R-AGENT" in [f["rule"] for f in output["findings"]]


def test_a_letter_dated_year_first_gives_its_date_and_no_tariff_number(tmp_path: Path) -> None:
    for printed in ("2025.06.27", "2025/06/27", "27JUN25", "The 27th day of June, 2025"):
        output = spaced(tmp_path, *WIDE_HEAD[:2], printed, *WIDE_HEAD[3:], *WIDE_BODY,
                        "The issue is not pending before any CBP office or any court.", "",
                        *WIDE_SIGNED)
        assert output["values"]["request_date"] == "2025-06-27", printed
        assert output["values"]["proposed_hts"] == ["9506.91.0030"], printed


def boxes(tmp_path: Path, cells: Sequence[tuple[float, float, str]]) -> dict[str, Any]:
    """Text drawn at (x, y) points, as a ticket or a questionnaire places its cells, read."""
    path = tmp_path / "form.pdf"
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Helvetica", 10)
    for x, y, text in cells:
        page.drawString(x, y, text)
    page.save()
    return extract_json(path, received=date(2025, 7, 20), today=date(2025, 7, 22))


TICKET_BODY = [
    (62, 560, "Item: Yoga mats of thermoplastic elastomer foam, 183 x 61 cm. Principal use: "
              "yoga at home. Component materials:"),
    (62, 548, "elastomer foam 96%, strap 4%. Price USD 9.10 FOB. We believe the item falls in "
              "subheading 9506.91.0030 (GRI 1)."),
    (62, 528, "The goods will be entered at the Port of Newark (4601)."),
    (62, 508, "The issue is not pending before any CBP office or any court."),
    (62, 488, "No confidential treatment is requested."),
    (62, 468, "Signed: /s/ Ann Lee"),
]


def test_abbreviated_captions_side_by_side_over_their_values_are_read(tmp_path: Path) -> None:
    """A help-desk ticket: "Cust. | Addr." over name and address, "IOR No. | Req. Dt." over the
    number and the date; and a page header with a ticket number names no sender."""
    for name_caption, address_caption, number_caption, date_caption in (
            ("Cust.", "Addr.", "IOR No.", "Req. Dt."),
            ("Customer", "Address", "Importer No.", "Request Date"),
            ("Applicant", "Mailing address", "IOR #", "Date of request")):
        output = boxes(tmp_path, [
            (300, 740, "Customer Service Ticket #801805 - printed 22-JUL-2025"),
            (62, 715, "CUSTOMER SERVICE TICKET - BINDING RULING REQUEST"),
            (67, 690, name_caption), (311, 690, address_caption),
            (67, 676, "Harbor Goods LLC"), (311, 676, "12 Pier Road, Newark, NJ 07114"),
            (67, 650, number_caption), (311, 650, date_caption),
            (67, 636, "12-3456789"), (311, 636, "14-JUL-2025"),
            (67, 610, "Route to"), (67, 596, "National Commodity Specialist Division, New York"),
            *TICKET_BODY])
        values = output["values"]
        assert values["requester_name"] == "Harbor Goods LLC", name_caption
        assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114", address_caption
        assert values["importer_number"] == "12-3456789", number_caption
        assert values["request_date"] == "2025-07-14", date_caption


def test_a_questionnaires_numbered_captions_give_the_values_beside_them(tmp_path: Path) -> None:
    """"1. Name of importer:" with its answer in the column to the right; "Not requested." beside
    "Confidential treatment:" asks for no confidential treatment (177.2(b)(7))."""
    rows = (("1. Name of importer:", "Marrow & Finch Imports LLC"),
            ("2. Address:", "600 Canal Street, New Orleans, LA 70130"),
            ("3. Importer number:", "72-7094390"), ("4. Date of request:", "14JUL25"),
            ("5. Port(s) of entry:", "5301"),
            ("6. Confidential treatment:", "Not requested."))
    cells = [(72, 720, "REQUEST FOR BINDING RULING - CLASSIFICATION")]
    for index, (caption, value) in enumerate(rows):
        cells += [(72, 700 - 16 * index, caption), (303, 700 - 16 * index, value)]
    output = boxes(tmp_path, cells)
    values = output["values"]
    assert values["requester_name"] == "Marrow & Finch Imports LLC"
    assert values["importer_number"] == "72-7094390"
    assert values["request_date"] == "2025-07-14"
    assert values["confidential_requested"] is False


def test_a_running_footer_is_dropped_and_a_bare_number_kept(tmp_path: Path) -> None:
    """A footer numbering the page ("X ruling request  Page 1 of 1") was read as the signer's
    organisation; a worksheet's bare value ("6") is no footer."""
    path = tmp_path / "footer.pdf"
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Helvetica", 10)
    texts = ("Number of items", "6", "Coastwise trade ruling request   Page 1 of 1",
             "Classification request - 1 -", "Page 2", "We enclose page 3 of the catalogue.")
    for index, text in enumerate(texts):
        page.drawString(72, 700 - 40 * index, text)
    page.save()
    with open_pdf(path) as document:
        kept = [p.text for p in without_furniture(paragraphs(document))]
    assert kept == ["Number of items", "6", "We enclose page 3 of the catalogue."]


def test_the_subject_named_by_a_title_or_a_question_heading_is_the_ruling_type(
        tmp_path: Path) -> None:
    """The route follows the subject (19 CFR 177.2): a title in capitals over numbered boxes, or
    a run-in "Valuation question:" heading, names it."""
    for heading, subject in (("REQUEST FOR BINDING RULING - CLASSIFICATION", "classification"),
                             ("Request for a country of origin ruling", "origin"),
                             ("Valuation question: whether assists are part of the price.",
                              "valuation"),
                             ("Carrier question (46 U.S.C. 55102): whether the barge may carry "
                              "cargo.", "carrier")):
        cells = [(72, 740, "Harbor Goods LLC"), (72, 726, "12 Pier Road, Newark, NJ 07114"),
                 (72, 700, heading), (72, 684, "1. Name of importer:"),
                 (303, 684, "Harbor Goods LLC"), (72, 668, "2. Port(s) of entry:"),
                 (303, 668, "4601"), (72, 640, "Route to: Regulations and Rulings, Washington")]
        output = boxes(tmp_path, cells)
        assert output["values"]["ruling_type"] == subject, heading


def test_goods_and_materials_stated_in_plain_sentences_are_read(tmp_path: Path) -> None:
    """177.2(b)(2)(ii)(A): "The merchandise is ..." describes the goods; "it consists of ..."
    gives the component materials, so neither is reported missing."""
    for described, made in (("The merchandise is enameled carbon steel stockpots, 8 quart.",
                             "It consists of metal (80% by value) and polymer fittings (20%)."),
                            ("The goods are porcelain dinner plates, 10.5 inch.",
                             "Each plate is manufactured from porcelain (100% by weight).")):
        lines = ("Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "", "February 24, 2025",
                 "", "National Commodity Specialist Division", "New York, NY 10014", "",
                 "Re: Request for a binding classification ruling", "",
                 "Harbor Goods LLC (importer number 12-3456789) requests a classification ruling.",
                 "It plans to import the goods from Vietnam for sale to retailers through the",
                 "port of Newark (4601).", "", described, made,
                 "They are used principally by households for cooking.",
                 "The purchase price is $9.10 per unit.", "",
                 "We believe they are classified in subheading 7323.94.0040, HTSUS, by GRI 1.", "",
                 "The issue is not pending before any CBP office or any court.", "",
                 "No confidential treatment is requested. No sample is sent.", "",
                 "Sincerely,", "/s/ Ann Lee", "Ann Lee, President")
        output = boxes(tmp_path, [(72, 740 - 14 * i, line) for i, line in enumerate(lines)
                                  if line])
        assert "177.2(b)(2)" not in output["decision"]["missing"], (described, output["findings"])
        assert not any("component materials" in f["message"] or "full description" in
                       f["message"] for f in output["findings"]), made


def test_items_each_under_a_caption_of_their_own_are_counted(tmp_path: Path) -> None:
    """CBP's practice: at most five items of one class or kind in one request; six "Item:"
    blocks are six items, two are two."""
    for count in (2, 6):
        cells = [(62, 740, "Harbor Goods LLC (importer number 12-3456789) requests a binding "
                           "classification ruling.")]
        for index in range(count):
            cells.append((62, 710 - 30 * index, f"Item: Product {index + 1}, model M-{index}. "
                                               "Principal use: retail sale."))
        output = boxes(tmp_path, cells)
        assert output["values"]["item_count"] == count


def test_an_irs_number_in_parentheses_after_the_requester_is_its_importer_number(
        tmp_path: Path) -> None:
    """177.2(b)(1): "X (72-6583027) will import" gives the importer number without a caption;
    a phone number in parentheses does not."""
    for sentence, number in (("Bluefield Ceramics Corporation (72-6583027) will import the "
                              "goods and asks for a marking ruling.", "72-6583027"),
                             ("Bluefield Ceramics Corporation (555-201-3344) will import the "
                              "goods and asks for a marking ruling.", None)):
        output = boxes(tmp_path, [(62, 740, sentence)])
        assert output["values"]["importer_number"] == number, sentence


def test_a_full_line_is_not_run_into_a_labelled_line_below_it(tmp_path: Path) -> None:
    """"Description: ... sold in retail packaging" / "Principal use: ..." are two fields."""
    description = ("Description: Dual-band wireless routers with four gigabit Ethernet ports and "
                   "two external antennas, sold in retail packaging")
    output = spaced(tmp_path, *WIDE_HEAD, WIDE_BODY[0], description,
                    "Principal use: home and small-office networking.", "", *WIDE_BODY[3:],
                    *WIDE_SIGNED)
    assert "Principal use" not in (output["values"]["product_description"] or "")


def test_a_line_broken_off_before_a_label_like_phrase_still_continues(tmp_path: Path) -> None:
    """"Principal use in the" / "United States: sold at retail" is one field, so the principal
    use (177.2(b)(2)(ii)(A)) is read, not concluded missing."""
    lines = ("Item: Men's woven cotton shirts, long sleeve, style nos. WS-110 and WS-112. "
             "Principal use in the",
             "United States: sold at retail to consumers. Component materials by weight: 70% "
             "cotton, 30% polyester.")
    output = spaced(tmp_path, *WIDE_HEAD, WIDE_BODY[0], *lines, "", *WIDE_BODY[6:],
                    "The issue is not pending before any CBP office or any court.", "",
                    *WIDE_SIGNED)
    assert not any("principal use" in f["message"] for f in output["findings"])
