"""Tenth and eleventh hands' wordings (issue 13, round 9): each test prints the plain letter of
test_phrasings with one behaviour changed, or draws a small page, and reads it."""

from __future__ import annotations

from pathlib import Path

from bots.common.reading.ports import ports_in_prose
from tests.ruling_read.test_forms_and_worksheets import Cell, draw, extract
from tests.ruling_read.test_phrasings import PENDING, read

QUOTED = {
    "Requirement (177.2(b)(5)): whether the issue is before CBP or a court.":
        "No CBP office or court has this issue before it, now or in the past.",
    "Required by 19 CFR 177.2(b)(5): a statement whether the issue is pending before a court.":
        "None.",
    "19 CFR 177.2(b)(3) requires a sample where possible. Answer:":
        "No sample is enclosed.",
}


def test_a_quoted_requirement_is_no_answer_the_words_after_it_are(tmp_path: Path) -> None:
    for requirement, answer in QUOTED.items():
        output = read(tmp_path, pending=f"{requirement} {answer} {PENDING}",
                      sample="Photographs are enclosed.")
        values = output["values"]
        assert values["pending_in_court"] is False, requirement
        assert values["sample_provided"] is False, requirement


def test_a_requirement_printed_in_its_own_cell_quotes_the_line_beside_it(tmp_path: Path) -> None:
    cells: list[Cell] = [
        (55, 50, "Harbor Goods LLC"), (55, 62, "12 Pier Road, Newark, NJ 07114"),
        (55, 80, "Date: February 24, 2025"),
        (55, 100, "Request for a binding classification ruling"),
        (55, 120, "Harbor Goods LLC (importer number 12-3456789) intends to import yoga mats"),
        (55, 132, "from Vietnam through the port of Newark (4601)."),
        (55, 150, "Product description: yoga mats of thermoplastic elastomer foam, 183 x 61 cm."),
        (55, 164, "Principal use: yoga and floor exercises at home."),
        (55, 178, "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%."),
        (55, 192, "We believe the mats are classified in subheading 3926.90.9990, HTSUS."),
        (55, 212, "Requirement (177.2(b)(5)):"),
        (200, 212, "whether the issue is before CBP or a court."),
        (55, 226, "Neither CBP nor any court has the issue before it."),
        (55, 260, "Sincerely,"), (55, 290, "/s/ Ann Lee"), (55, 304, "Ann Lee, President")]
    values = extract(draw(tmp_path / "quoted.pdf", cells))["values"]
    assert values["pending_in_court"] is False
    assert values["pending_statement"] is True


def test_documents_sent_with_the_sample_denied_are_no_sample(tmp_path: Path) -> None:
    for sample in ("Photographs and a specification sheet are enclosed (no sample).",
                   "Drawings are attached, but not a sample.",
                   "Specification sheets are enclosed without samples."):
        output = read(tmp_path, sample=sample)
        assert output["values"]["sample_provided"] is False, sample


def test_goods_brought_in_at_a_port_given_by_its_code_in_parentheses_name_the_port() -> None:
    said = {"The importer will bring the goods in at Chicago, IL (port 3901).": ["3901"],
            "We bring them in through Savannah (port code 1703).": ["1703"],
            "They brought the floor tiles in via Houston.": ["Houston"]}
    for sentence, ports in said.items():
        assert [hit.ports for hit in ports_in_prose(sentence)] == [ports], sentence


def test_an_agent_naming_its_principal_and_address_on_the_re_line_asks_for_it(
        tmp_path: Path) -> None:
    output = read(tmp_path, subject="Ruling request (classification of yoga mats) for Harbor Goods "
                  "LLC, 12 Pier Road, Newark, NJ 07114; importer no. 12-3456789",
                  opening="We write as authorized agents of the importer named above, under its "
                  "letter of authority enclosed, and request a binding ruling under 19 CFR "
                  "Part 177.")
    values = output["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_items_printed_as_table_rows_item_1_to_item_6_are_six(tmp_path: Path) -> None:
    rows = tuple(f"Item {n} Yoga mats of foam, 183 x 61 cm, variant {n}" for n in range(1, 7))
    output = read(tmp_path, facts=(*rows, "The mats are principally used for yoga at home.",
                                   "Component materials: thermoplastic elastomer foam 100%.",
                                   "They will be imported through the port of Newark (4601)."))
    assert output["values"]["item_count"] == 6


def test_a_numbered_briefs_run_in_heading_is_not_part_of_the_requesters_name(
        tmp_path: Path) -> None:
    output = read(tmp_path, opening="A. Requester. Harbor Goods LLC, 12 Pier Road, Newark, NJ "
                  "07114 (importer number 12-3456789), requests a binding ruling under 19 CFR "
                  "Part 177.")
    assert output["values"]["requester_name"] == "Harbor Goods LLC"


def test_a_signers_title_with_a_comma_leaves_the_firm_after_it_and_a_1_of_1_footer_is_no_firm(
        tmp_path: Path) -> None:
    titled = read(tmp_path, closing=("Sincerely,", "/s/ Ann Lee",
                                     "Vice President, Trade Compliance, Harbor Goods LLC"))
    footer = read(tmp_path, closing=("Sincerely,", "/s/ Ann Lee", "Ann Lee, President", "", "1/1"))
    for output in (titled, footer):
        assert output["values"]["requester_name"] == "Harbor Goods LLC"
        assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_materials_table_and_goods_sold_and_used_state_the_classification_facts(
        tmp_path: Path) -> None:
    output = read(tmp_path, facts=(
        "Harbor Goods LLC intends to import yoga mats from Vietnam through the port of Newark "
        "(4601).",
        "The product: yoga mats of thermoplastic elastomer foam. It is sold to retailers and "
        "used in US households.",
        "Component Share by weight Share by value\nFoam 96% 90%\nStrap 4% 10%",
        "We believe the mats are classified in subheading 3926.90.9990, HTSUS, by GRI 1."))
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_numbered_caption_cell_pairs_with_its_value_and_a_suggested_subheading_is_the_hts(
        tmp_path: Path) -> None:
    cells: list[Cell] = [
        (55, 50, "Harbor Goods LLC"), (55, 62, "12 Pier Road, Newark, NJ 07114"),
        (55, 80, "February 24, 2025"),
        (55, 100, "Dear Sir or Madam:"),
        (55, 116, "Harbor Goods LLC (importer number 12-3456789) asks for a prospective "
         "classification ruling."),
        (55, 140, "1. Item"), (250, 140, "Yoga mats of thermoplastic elastomer foam"),
        (55, 154, "2. Use"), (250, 154, "Yoga and floor exercises at home"),
        (55, 168, "3. Materials"), (250, 168, "Foam 96%, polyester strap 4% by weight"),
        (55, 182, "4. Port of entry"), (250, 182, "Newark (4601)"),
        (55, 196, "Suggested subheading"), (250, 196, "3926909990"),
        (55, 220, "The issue is not pending before any CBP office or any court."),
        (55, 250, "Sincerely,"), (55, 280, "/s/ Ann Lee"), (55, 294, "Ann Lee, President")]
    values = extract(draw(tmp_path / "numbered.pdf", cells))["values"]
    assert values["proposed_hts"] == ["3926909990"]
    assert values["ports"] == ["4601"]


def test_a_greeting_the_body_runs_on_from_is_the_letters_salutation(tmp_path: Path) -> None:
    cells: list[Cell] = [
        (55, 50, "Harbor Goods LLC"), (55, 62, "12 Pier Road, Newark, NJ 07114"),
        (55, 80, "February 24, 2025"),
        (55, 100, "Dear National Import Specialist: Harbor Goods LLC, importer number "
         "12-3456789, asks for a"),
        (55, 112, "prospective classification ruling on yoga mats it plans to import through "
         "the port of Newark (4601)."),
        (55, 130, "Product description: yoga mats of thermoplastic elastomer foam, 183 x 61 cm."),
        (55, 144, "Principal use: yoga and floor exercises at home."),
        (55, 158, "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%."),
        (55, 172, "We believe the mats are classified in subheading 3926.90.9990, HTSUS, by"),
        (55, 184, "GRI 1, because the heading's terms describe the article as imported."),
        (55, 210, "Sincerely,"), (55, 240, "/s/ Ann Lee"), (55, 254, "Ann Lee, President")]
    output = extract(draw(tmp_path / "run-in.pdf", cells))
    # No 177.2(b)(5) statement: concluded missing once the letter's frame is recognised.
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(5)"]


def test_the_cell_under_a_description_column_header_describes_the_goods(tmp_path: Path) -> None:
    cells: list[Cell] = [
        (55, 50, "Harbor Goods LLC"), (55, 62, "12 Pier Road, Newark, NJ 07114"),
        (55, 80, "February 24, 2025"), (55, 96, "Dear Sir or Madam:"),
        (55, 112, "Harbor Goods LLC (importer number 12-3456789) asks for a prospective"),
        (55, 124, "classification ruling on goods it plans to import through Newark (4601)."),
        (60, 150, "No."), (262, 150, "Description"), (460, 150, "Materials"),
        (60, 170, "Item 1"), (130, 166, "Exercise mats of thermoplastic elastomer foam,"),
        (130, 178, "183 x 61 cm"), (460, 170, "see text"),
        (55, 200, "Principal use in the United States: yoga and floor exercises at home."),
        (55, 214, "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%."),
        (55, 228, "We believe the mats are classified in subheading 3926.90.9990, HTSUS, by"),
        (55, 240, "GRI 1, because the heading's terms describe the article as imported."),
        (55, 256, "The issue is not pending before any CBP office or any court."),
        (55, 280, "Sincerely,"), (55, 310, "/s/ Ann Lee"), (55, 324, "Ann Lee, President")]
    output = extract(draw(tmp_path / "column.pdf", cells))
    assert output["values"]["product_description"].startswith("Exercise mats")
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_foreign_exporters_letterhead_address_ends_with_its_country(tmp_path: Path) -> None:
    cells: list[Cell] = [
        (55, 40, "Dong Phuong Furniture Joint Stock Company"),
        (55, 52, "Lot C4, Song Than 2 Industrial Park"), (55, 64, "Di An, Binh Duong, Vietnam"),
        (55, 84, "Date: 2024-09-27"), (55, 100, "Dear Sirs and Madams,"),
        (55, 116, "We will ship the goods below to the United States next season, the goods will"),
        (55, 128, "be entering at Houston, TX (port 5301). We kindly ask your ruling on origin."),
        (55, 146, "Merchandise: cordless hair clippers with stainless steel blades, model HC-900"),
        (55, 160, "The articles are assembled in Vietnam from parts made in China. We ask for"),
        (55, 172, "the country of origin for marking purposes."),
        (55, 190, "This same question is not in front of any CBP office or any court."),
        (55, 214, "With best regards,"), (55, 244, "/s/ Desmond P. Achebe"),
        (55, 258, "Export Manager")]
    output = extract(draw(tmp_path / "exporter.pdf", cells))
    values = output["values"]
    assert values["requester_name"] == "Dong Phuong Furniture Joint Stock Company"
    assert values["requester_address"] == ("Lot C4, Song Than 2 Industrial Park, Di An, Binh "
                                           "Duong, Vietnam")
    assert values["ports"] == ["5301"]


def _sheet(path: Path, goods_row: list[Cell]) -> Path:
    """A letterhead over a date, a facts table and no greeting, after a transmittal slip page."""
    return draw(path, [
        (55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road, Newark, NJ 07114"),
        (55, 72, "January 9, 2025"), (55, 90, "National Commodity Specialist Division"),
        (55, 110, "Facts"),
        (55, 126, "Harbor Goods LLC (importer number 12-3456789) plans to import the goods "
         "below through"),
        (55, 138, "the port of Newark (4601) and asks for a classification ruling."),
        (100, 160, "Item"), (200, 160, "Principal use"), (320, 160, "Materials"),
        (420, 160, "Proposed HTSUS"), *goods_row,
        (55, 220, "We believe the mats are classified in subheading 3926.90.9990 by GRI 1,"),
        (55, 232, "because the heading's terms describe the article as imported."),
        (55, 256, "Very truly yours,"), (55, 286, "/s/ Ann Lee"), (55, 300, "Ann Lee, President")])


def test_a_letterhead_over_a_date_frames_a_letter_that_greets_no_one(tmp_path: Path) -> None:
    # Its facts in a table's cells, read by column; no (b)(5) statement: concluded missing.
    row: list[Cell] = [(60, 178, "Yoga mats of foam"), (200, 178, "Home exercise"),
                       (320, 178, "Foam 96%, strap 4%"), (420, 178, "3926.90.9990")]
    output = extract(_sheet(tmp_path / "facts-table.pdf", row))
    values = output["values"]
    assert values["product_description"] == "Yoga mats of foam"
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(5)"]


def test_a_facts_table_the_reader_cannot_read_leaves_the_facts_to_a_person(
        tmp_path: Path) -> None:
    # Cells wrapped across the columns' lines: no column reads, so nothing is concluded absent.
    row: list[Cell] = [(60, 178, "Yoga mats of foam, with strap, and a very long name that"),
                       (60, 190, "runs across the columns of the table")]
    output = extract(_sheet(tmp_path / "unread.pdf", row))
    assert "177.2(b)(2)" not in output["decision"]["missing"], output["findings"]


def test_item_cells_of_their_own_are_counted_and_a_column_header_takes_no_neighbour_as_value(
        tmp_path: Path) -> None:
    cells: list[Cell] = [
        (55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road, Newark, NJ 07114"),
        (55, 72, "Date: 2025-01-09"), (55, 90, "Dear Sir or Madam:"),
        (55, 106, "Harbor Goods LLC (importer number 12-3456789) will import the goods below "
         "through"),
        (55, 118, "Newark (4601) and asks for a classification ruling."),
        (60, 140, "No."), (120, 140, "Description"), (420, 140, "Materials"),
        *[cell for n in range(1, 7) for cell in (
            (60, 140 + 14 * n, f"Item {n}"), (120, 140 + 14 * n, f"Yoga mats, variant {n}"),
            (420, 140 + 14 * n, "see text"))],
        (55, 250, "Principal use in the United States: yoga and floor exercises at home."),
        (55, 264, "Component materials: thermoplastic elastomer foam 96%, strap 4%."),
        (55, 280, "Sincerely,"), (55, 310, "/s/ Ann Lee"), (55, 324, "Ann Lee, President")]
    values = extract(draw(tmp_path / "items.pdf", cells))["values"]
    assert values["item_count"] == 6
    assert values["product_description"].startswith("Yoga mats, variant 1")
