"""Senders' ways the forty-fifth and forty-sixth hands showed (issue 13, round 33), each in
several forms a real sender would use. Small letters printed here and read."""

from __future__ import annotations

import re
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


# A numbered section headed by the goods alone ("1. The article") describes them under it,
# whatever the first sentence says: the description is given, not missing.
@pytest.mark.parametrize("heading", ["1. The article", "1. THE PRODUCTS", "A. The articles",
                                     "1. The merchandise"])
def test_a_section_headed_by_the_goods_describes_them(tmp_path: Path, heading: str) -> None:
    lines = ["HARBOR GOODS LLC", "12 Pier Road, Newark, NJ 07114", "", "08/23/2025", "",
             "National Commodity Specialist Division", "",
             "Re: Request for a binding ruling - classification; importer no. 12-3456789", "",
             "Harbor Goods LLC asks for a prospective ruling under 19 CFR Part 177 on the",
             "article described below.", "", heading,
             "Bluetooth portable speakers, model GX-2, packed in a printed retail carton.", "",
             "Principal use: Sold at retail to consumers for household use in the United States.",
             "Component materials: plastics 85% and steel 15% by weight.",
             "Price: Purchase price USD 75.53 per unit.",
             "2. The transaction",
             "Newark (port code 4601) Future importations under a supply contract; no goods",
             "have been shipped or entered.", "3. Ruling requested",
             "HTSUS 8518.22.0000, under GRI 1 and the terms of the heading, which describes the",
             "article by name; no other heading covers it.", "4. Pending matters",
             "The issue has not been and is not now before CBP or any court.",
             "Respectfully submitted,", "", "/s/ Declan O. Murtagh", "Declan O. Murtagh",
             "General Counsel"]
    output = extract(draw(tmp_path / "sections.pdf", typed(lines), size=8))
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A description's "since" tells when, not why: a tariff number asked for with no reasons is
# deficient under 177.2(b)(6) however the description dates the design; a causal "since" is a
# reason.
@pytest.mark.parametrize(("sentence", "basis"), [
    ("The design has not changed since the engineering release.", False),
    ("The article has been sold in Canada since 2019.", False),
    ("It has been made in the same factory ever since then.", False),
    ("Heading 6110 applies since the sweaters are knitted garments for the upper body.", True),
])
def test_a_since_that_tells_when_gives_no_basis(tmp_path: Path, sentence: str,
                                               basis: bool) -> None:
    lines = ["HARBOR GOODS LLC", "12 Pier Road, Newark, NJ 07114", "", "March 7, 2025", "",
             "National Commodity Specialist Division", "",
             "Re: Request for a binding ruling - classification; importer no. 12-3456789", "",
             "Harbor Goods LLC asks for a prospective ruling under 19 CFR Part 177 on the",
             "article described below.", "", "1. The article",
             "Men's knitted cotton pullover sweaters, style KP-210.", sentence,
             "Principal use: worn by consumers in the United States.",
             "Component materials: cotton 100% by weight.",
             "Price: Purchase price USD 8.50 per unit.", "", "2. The transaction",
             "Newark (port code 4601) Future importations; no goods have been shipped.", "",
             "3. Ruling requested", "HTSUS 6110202079.", "", "4. Pending matters",
             "The issue has not been and is not now before CBP or any court.", "",
             "Respectfully submitted,", "", "/s/ Luis Echeverria", "Luis Echeverria",
             "Customs Compliance Manager"]
    output = extract(draw(tmp_path / "since.pdf", typed(lines), size=8))
    assert output["decision"]["outcome"] == ("accept" if basis else "deficient"), \
        output["findings"]
    assert output["decision"]["missing"] == ([] if basis else ["177.2(b)(6)"])


def _pages(path: Path, pages: list[list[str]], pitch: float = 9.0) -> Path:
    """Each of PAGES typed on a page of its own, in Courier, PITCH points a line."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=letter)
    for lines in pages:
        canvas.setFont("Courier", 9)
        for index, text in enumerate(lines):
            x, y = 42.8, 37.0 + pitch * index
            for run in re.finditer(r"\S+(?: \S+)*", text):
                canvas.drawString(x + 5.4 * run.start(), letter[1] - y, run.group())
        canvas.showPage()
    canvas.save()
    return path


# A covering letter dated at its head forwards an internal memo dated earlier in its own
# "DATE:" line: the request is the letter, and the letter's date dates it.
@pytest.mark.parametrize("memo_date", ["DATE:          October 15, 2025",
                                       "Date:          2025-10-15",
                                       "DATED:         15 October 2025"])
@pytest.mark.parametrize("letter_date", ["20-OCT-2025", "October 20, 2025"])
def test_a_covering_letters_date_dates_the_request(tmp_path: Path, memo_date: str,
                                                   letter_date: str) -> None:
    cover = ["Ashgrove & Pell LLP", "1750 K Street NW, Suite 900", "Washington, DC 20006", "",
             letter_date, "", "National Commodity Specialist Division", "",
             "Re: Binding ruling request - tariff classification - food jars", "",
             "On behalf of our client Harbor Goods LLC (12 Pier Road, Newark, NJ 07114;",
             "importer number 12-3456789), we forward the attached internal memorandum as its",
             "request for a binding ruling under 19 CFR Part 177. Harbor Goods LLC has",
             "authorized our firm to act for it in this matter.", "", "Very truly yours,", "",
             "/s/ Eleanor V. Pell", "Eleanor V. Pell", "Ashgrove & Pell LLP"]
    memo = ["MEMORANDUM - INTERNAL", "", "TO:            Outside counsel",
            "FROM:          Marcus T. Delacroix, Trade Compliance", memo_date,
            "RE:            Ruling request, classification", "", *_MEMO]
    # A plotting program sets its lines apart, each caption and value a string of its own.
    output = extract(_pages(tmp_path / "forwarded.pdf", [cover, memo], pitch=12.5))
    assert output["values"]["request_date"] == "2025-10-20"


# A sentence's line set a little apart from the line it goes on from (a taller glyph, a
# ligature, widens the gap) opens a paragraph with its lower-case words: a "requester's",
# "company's" or "customer's" there is no caption, and what follows no name.
@pytest.mark.parametrize("word", ["requester's specifications", "company's own drawings",
                                  "customer's warehouse"])
def test_a_wrapped_lines_first_word_is_no_caption(tmp_path: Path, word: str) -> None:
    lines = ["HARBOR GOODS LLC", "12 Pier Road, Newark, NJ 07114", "", "March 7, 2025", "",
             "National Commodity Specialist Division", "",
             "Re: Request for a binding ruling - classification; importer no. 12-3456789", "",
             "Harbor Goods LLC asks for a prospective ruling under 19 CFR Part 177 on the",
             "article described below.", "", *_MEMO, "",
             "The article is made in one factory under the"]
    rest = [f"{word}, inspected there against an approved golden sample, and shipped in",
            "master cartons of twelve.", "", "Respectfully submitted,", "",
            "/s/ Ann Lee", "Ann Lee", "General Counsel"]
    cells = [*typed(lines), *typed(rest, top=50 + 9 * len(lines) + 5)]
    output = extract(draw(tmp_path / "wrapped.pdf", cells, size=8))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"


def _webform(signature: str) -> list[str]:
    """A printed eRulings-style submission: numbered questions, each answer indented under."""
    return ["eRulings Request - Submission Summary",
            "Submitted Feb. 26, 2025 - printed from the browser", "", "",
            "1. Requester name", "    Harbor Goods LLC", "2. Requester address",
            "    12 Pier Road, Newark, NJ 07114", "3. Importer number", "    12-3456789",
            "4. Type of ruling", "    Classification", "5. Product",
            "    Insulated food jars of stainless steel, model FJ-12", "6. Principal use",
            "    Keeping food hot in households in the United States.",
            "7. Component materials", "    Stainless steel 82% by weight, polypropylene 18%.",
            "8. Classification sought",
            "    HTSUS 9617.00.1000, under GRI 1 and the terms of the heading, which describes",
            "    the article by name; no other heading covers it.", "9. Port of entry",
            "    Newark (4601)", "10. Transaction",
            "    Future importations; no goods have been shipped or entered.",
            "11. Pending matters",
            "    The issue has not been and is not now before CBP or any court.",
            "12. Sample", "    Drawings are attached instead of a sample.", "Certification",
            f"    {signature}"]


# A portal's signature field left empty prints a placeholder: the request is unsigned
# (177.2(c)); a name entered there signs it.
@pytest.mark.parametrize(("signature", "signed"), [
    ("Electronic signature: (not entered)", False),
    ("Electronic signature: [none]", False),
    ("Digital signature: N/A", False),
    ("E-signature: not signed", False),
    ("Electronic signature: /s/ Hannah Ibsen-Clarke, Import Manager", True),
])
def test_a_portals_empty_signature_field_is_unsigned(tmp_path: Path, signature: str,
                                                     signed: bool) -> None:
    output = extract(draw(tmp_path / "portal.pdf", typed(_webform(signature)), size=8))
    assert output["values"]["signed"] is signed
    assert output["decision"]["outcome"] == ("accept" if signed else "deficient"), \
        output["findings"]


# A bare "Products" heads a table of the goods, not a description under it: the table's row
# describes them.
@pytest.mark.parametrize("heading", ["Products", "PRODUCTS", "Articles"])
def test_a_products_heading_over_a_table_is_no_description(tmp_path: Path,
                                                           heading: str) -> None:
    cells = [(34.0, 40.0, "Harbor Goods LLC"), (34.0, 50.0, "12 Pier Road"),
             (34.0, 60.0, "Newark, NJ 07114"), (34.0, 80.0, "July 11, 2025"),
             (34.0, 100.0, "Director, National Commodity Specialist Division"),
             (34.0, 110.0, "U.S. Customs and Border Protection"),
             (34.0, 120.0, "Re: Request for a binding ruling: tariff classification"),
             (34.0, 130.0, "Importer: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114"),
             (34.0, 140.0, "Importer number: 12-3456789"),
             (34.0, 155.0, "The goods will be entered at the port of Newark (port code 4601)."),
             (34.0, 170.0, "The goods have not yet been imported; we ask about future "
                           "importations."),
             (34.0, 195.0, heading), (34.0, 210.0, "Product"), (300.0, 210.0, "Unit"),
             (380.0, 210.0, "Weight"), (450.0, 210.0, "Unit price"),
             (34.0, 226.0, "Cordless rotary hammer drills, 20 V, model RH-2040"),
             (300.0, 226.0, "each"), (380.0, 226.0, "1.2 kg"), (450.0, 226.0, "$18.50"),
             (34.0, 246.0, "Component materials (by weight): aluminium 62%, polypropylene 30%, "
                           "copper 8%. Principal use in"),
             (34.0, 256.0, "the United States: household use, sold through home-improvement "
                           "retailers."),
             (34.0, 280.0, "Questions"),
             (34.0, 292.0, "1. Is the merchandise classified in subheading 8467.29.0040 of "
                           "the HTSUS?"),
             (34.0, 302.0, "2. Does GRI 1 with Note 3 to Section XVI support that result?"),
             (34.0, 322.0, "To the best of our knowledge the issue is not pending before any "
                           "CBP office or any court."),
             (34.0, 342.0, "Sincerely,"), (34.0, 362.0, "/s/ Ann Lee"), (34.0, 372.0, "Ann Lee"),
             (34.0, 382.0, "Compliance Manager")]
    output = extract(draw(tmp_path / "table.pdf", cells, size=8))
    assert output["decision"]["outcome"] == "accept", output["findings"]
