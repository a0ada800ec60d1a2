"""Habits of the forty-eighth and forty-ninth blind hands (issue 13, round 34), each drawn here in
sibling wordings and layouts a real sender could use, and read: a numbered section's run-in
heading before the requester's sentence, the request said to be made by its requester, a ports
caption answered by a sentence, a summary typed as "Key | Value" lines, a request that the goods
"be classified", and a paragraph whose line pitch jitters by a pixel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen import canvas

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_sender_layouts import FACTS, HEAD, read

_PLAIN_HEAD = HEAD[4:]  # the date, the addressee, the Re: line and the greeting: no letterhead
_CLOSE = ("Sincerely,", "/s/ Ann Lee", "Ann Lee, President", "Harbor Goods LLC")


@pytest.mark.parametrize("heading", ["1. Request. ", "2) Requesting party. ", "I. Requester: ",
                                     "Request. "])
def test_a_run_in_heading_after_the_section_number_is_no_part_of_the_name(
        tmp_path: Path, heading: str) -> None:
    output = read(tmp_path, *HEAD, f"{heading}Harbor Goods LLC asks for a prospective ruling on",
                  "the tariff classification of the articles described below.", "", *FACTS,
                  *_CLOSE)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"


@pytest.mark.parametrize("sentence", [
    ("This request is made by Harbor Goods LLC, 12 Pier Road,",
     "Newark, NJ 07114, importer number 12-3456789, which will import the goods."),
    ("The ruling request is submitted by Harbor Goods LLC, of 12 Pier Road, Newark, NJ",
     "07114 (importer number 12-3456789)."),
    ("This application for a binding ruling is filed by Harbor Goods LLC, 12 Pier Road,",
     "Newark, NJ 07114, the importer of record (importer number 12-3456789)."),
    ("WHO WE ARE", "This request is made by Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114,",
     "importer number 12-3456789, which will import the goods."),
])
def test_the_request_said_to_be_made_by_its_requester_names_it_and_its_address(
        tmp_path: Path, sentence: tuple[str, ...]) -> None:
    output = read(tmp_path, *_PLAIN_HEAD, *FACTS, *sentence, "", *_CLOSE)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_request_made_by_a_filer_for_its_client_names_no_requester(tmp_path: Path) -> None:
    output = read(tmp_path, *_PLAIN_HEAD, *FACTS,
                  "This request is made by Delacroix & Finch PLLC, 9 Court Street, Boston, MA",
                  "02108, on behalf of its client, whose letter of authorization is enclosed.", "",
                  *_CLOSE)
    assert output["values"].get("requester_name") != "Delacroix & Finch PLLC"


@pytest.mark.parametrize(("caption", "answer", "ports"), [
    ("2. Ports of entry", "The goods will be entered at Los Angeles and Chicago.",
     ["Los Angeles", "Chicago"]),
    ("Port(s) of entry:", "We expect to enter the goods at Newark (4601).", ["4601"]),
    ("Ports of entry", "Entry is planned through Savannah and Seattle.", ["Savannah", "Seattle"]),
])
def test_a_ports_caption_answered_by_a_sentence_gives_the_ports_it_names(
        tmp_path: Path, caption: str, answer: str, ports: list[str]) -> None:
    facts = [line for line in FACTS if "port of Newark" not in line]
    output = read(tmp_path, *HEAD, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer",
                  "number 12-3456789), requests a binding tariff classification ruling.", "",
                  caption, answer, "", *facts, *_CLOSE)
    assert output["values"]["ports"] == ports


_PIPED = {
    "with its head and rule": ("Field | Detail", "-" * 60, "Date | 3 March 2025",
                               "Requester | Harbor Goods LLC",
                               "Address | 12 Pier Road, Newark, NJ 07114",
                               "Importer number | 12-3456789", "Subject | classification",
                               "Ports | Newark, Savannah", "Confidential | yes"),
    "bare rows": ("Requester | Harbor Goods LLC", "Address | 12 Pier Road, Newark, NJ 07114",
                  "Importer No. | 12-3456789", "Ruling type | classification",
                  "Port(s) of entry | Newark, Savannah", "Confidential treatment | yes"),
    "importer rows": ("Item | Entry", "Importer of record | Harbor Goods LLC",
                      "Importer address | 12 Pier Road, Newark, NJ 07114",
                      "IOR number | 12-3456789", "Subject | classification",
                      "Ports of entry | Newark, Savannah", "Confidential | yes"),
}


@pytest.mark.parametrize("rows", _PIPED.values(), ids=_PIPED.keys())
def test_a_summary_typed_as_key_bar_value_lines_is_read_as_captioned(
        tmp_path: Path, rows: tuple[str, ...]) -> None:
    facts = [line for line in FACTS if "port of Newark" not in line]

    def summary(lines: tuple[str, ...]) -> dict[str, Any]:
        output = read(tmp_path, *_PLAIN_HEAD[:-3], "BINDING RULING REQUEST - SUMMARY", "", *lines,
                      "", "Facts", *facts, *_CLOSE)
        values: dict[str, Any] = output["values"]
        return values

    values = summary(rows)
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["importer_number"] == "12-3456789"
    assert values["ruling_type"] == "classification"
    assert values["confidential_requested"] is True
    # The bar stands for the colon: the rows read as the same rows typed "Key: Value" (a column
    # head over a rule is no row).
    colons = tuple(row if rows[at + 1:at + 2] == ("-" * 60,) else row.replace(" | ", ": ")
                   for at, row in enumerate(rows))
    assert values == summary(colons)


@pytest.mark.parametrize("asked", [
    ("We request that the merchandise be classified in subheading 9506.91.0030, HTSUS,",
     "under GRI 1."),
    ("We ask that the goods be found to fall under subheading 9506.91.0030, HTSUS, as",
     "articles for general physical exercise."),
    ("The importer seeks confirmation that the mats are properly classified in",
     "subheading 9506.91.0030, HTSUS."),
])
def test_a_request_that_the_goods_be_classified_asks_for_a_classification(
        tmp_path: Path, asked: tuple[str, str]) -> None:
    facts = [line for line in FACTS if "We believe" not in line]
    output = read(tmp_path, *HEAD[:-4], "Dear Sir or Madam:", "",
                  "On behalf of Harbor Goods LLC (importer number 12-3456789), of 12 Pier Road,",
                  "Newark, NJ 07114, we request a binding ruling under 19 CFR Part 177. Its",
                  "letter of authority is enclosed.", "", *facts, *asked, "", *_CLOSE)
    assert output["values"]["ruling_type"] == "classification"
    assert output["decision"]["route"] == "NCSD"


# A counsel letter whose goods paragraph is wrapped so that "Their principal" ends a line and "use
# in the United States is ..." opens the next.
_PITCHED = ("Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114", "", "February 24, 2025", "",
            "National Commodity Specialist Division, New York, NY 10004", "",
            "Re: Request for a binding ruling on the tariff classification", "",
            "1. Request. Harbor Goods LLC (importer number 12-3456789) asks for a prospective",
            "ruling under 19 CFR Part 177 on the tariff classification of the articles below.", "",
            "2. The goods. The articles are yoga mats of thermoplastic elastomer foam, 183 x 61",
            "cm, sold individually at retail. They are made in Vietnam. Their principal",
            "use in the United States is yoga and floor exercises at home. Component materials:",
            "thermoplastic elastomer foam 96%, polyester strap 4% by weight. No article has yet",
            "been imported, entered or shipped. The goods will be entered at the port of Newark.",
            "", "3. Ruling requested. We believe the mats are classified in subheading "
            "9506.91.0030,", "HTSUS, under GRI 1: the heading names them and no other heading "
            "applies.", "", "4. Pending matters. The issue is not pending before any CBP office or "
            "any court,", "and it has not been the subject of an earlier ruling.", "",
            "5. Confidentiality. No confidential treatment is requested.", "",
            "Respectfully submitted,", "/s/ Ann Lee", "Ann Lee, President", "Harbor Goods LLC")


@pytest.mark.parametrize("pitches", [(14.4, 15.0), (14.6, 15.2), (14.4, 15.0, 14.4)])
@pytest.mark.parametrize("font", ["Times-Roman", "Helvetica"])
def test_a_line_pitch_rounded_to_pixels_cuts_no_sentence_in_two(
        tmp_path: Path, pitches: tuple[float, ...], font: str) -> None:
    """A producer that rounds its line pitch to whole pixels sets a paragraph's lines 0.44 and
    0.50 of a line apart in turn: the wider gap runs the wrapped sentence on, so its principal
    use is read, not concluded missing."""
    path = tmp_path / "pitched.pdf"
    page = canvas.Canvas(str(path))
    page.setFont(font, 10)
    y, at = 740.0, 0
    for line in _PITCHED:
        if not line:
            y, at = y - 8.1, 0  # a paragraph's gap
            continue
        page.drawString(72, y, line)
        y, at = y - pitches[at % len(pitches)], at + 1
    page.save()
    output = extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


_ASSOCIATION = ("Pacific Housewares Importers Association", "1100 Commerce Way, Suite 400",
                "Oakland, CA 94607", "", "February 24, 2025", "",
                "National Commodity Specialist Division", "201 Varick Street",
                "New York, NY 10014", "", "Dear Sir or Madam:", "")


@pytest.mark.parametrize("opening", [
    ("On behalf of our member Harbor Goods LLC (importer number 12-3456789), of 12 Pier Road,",
     "Newark, NJ 07114, we request a binding ruling under 19 CFR Part 177."),
    ("On behalf of our member, Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer",
     "number 12-3456789), we ask for a binding tariff classification ruling."),
    ("Submitted by the Pacific Housewares Importers Association on behalf of its member,",
     "Harbor Goods LLC."),
])
def test_an_association_writing_for_its_member_is_its_agent(
        tmp_path: Path, opening: tuple[str, str]) -> None:
    output = read(tmp_path, *_ASSOCIATION, *opening,
                  "A letter of authority signed by the member is enclosed.", "", *FACTS,
                  "Sincerely,", "/s/ Rowan Achterberg", "Rowan Achterberg, Director")
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"].get("requester_disputed") is not True
    if "Pier Road" in " ".join(opening):
        # The member's address, after its name or after the aside that follows the name.
        assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
        assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize(("question", "kind"), [
    ("  * What is the appraisement (transaction value) of the articles?", "valuation"),
    ("  - Is the price actually paid acceptable as the transaction value?", "valuation"),
    ("  1. What is the country of origin of the yoga mats?", "origin"),
])
def test_a_question_put_under_a_heading_names_the_rulings_kind(
        tmp_path: Path, question: str, kind: str) -> None:
    facts = [line for line in FACTS if "We believe" not in line]
    output = read(tmp_path, *HEAD[:-4], "Dear Sir or Madam:", "",
                  "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer number 12-3456789),",
                  "will import the goods described below.", "", *facts, "OUR QUESTIONS", question,
                  "  * We ask for a ruling on the question stated above.", "", *_CLOSE)
    assert output["values"]["ruling_type"] == kind


@pytest.mark.parametrize("tag", ["(item {n}, model {code})", "(model {code}, item {n})",
                                 "(item no. {n}; style {code})"])
def test_items_tagged_with_their_number_and_code_are_counted(tmp_path: Path, tag: str) -> None:
    items = [f"  * Yoga mats, 183 x 61 cm {tag.format(n=n, code=f'Y-{100 + n}')}"
             for n in range(1, 8)]
    output = read(tmp_path, *HEAD, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer",
                  "number 12-3456789), requests a binding tariff classification ruling.", "",
                  *FACTS, "The request covers these items:", *items, "", *_CLOSE)
    assert output["values"]["item_count"] == 7


@pytest.mark.parametrize("sized", [
    ("The mats absorb water under 0.5% of their weight. The purchase price is about 40",
     "percent of the U.S. selling price."),
    ("Water absorption is less than 3%; the price is approximately 45% of the retail price.",),
    ("Shrinkage stays below 2% and returns run at around 1% of units sold.",),
])
def test_shares_that_size_something_name_no_material_the_reader_missed(
        tmp_path: Path, sized: tuple[str, ...]) -> None:
    facts = [line for line in FACTS if not line.startswith("Component materials")]
    output = read(tmp_path, *HEAD, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer",
                  "number 12-3456789), requests a binding tariff classification ruling.", "",
                  *facts, *sized, "", *_CLOSE)
    # The composition is not given, and nothing in the letter could be it (177.2(b)(2)).
    assert output["decision"]["missing"] == ["177.2(b)(2)"], output["findings"]
    assert output["decision"]["outcome"] == "deficient", output["findings"]


@pytest.mark.parametrize("heads", [("THE PRODUCT", "WHO WE ARE", "OUR QUESTIONS"),
                                   ("The goods", "Who we are", "Our question"),
                                   ("THE MERCHANDISE", "WHO WE ARE", "THE QUESTIONS")])
def test_a_letter_under_its_own_plain_headings_is_read_for_what_it_lacks(
        tmp_path: Path, heads: tuple[str, str, str]) -> None:
    facts = [line for line in FACTS if "We believe" not in line]
    output = read(tmp_path, "February 24, 2025", "", "Director, Regulations and Rulings", "",
                  heads[0], *facts, heads[1],
                  "This request is made by Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114,",
                  "importer number 12-3456789, which will import the goods.", "", heads[2],
                  "  * What is the tariff classification of the mats?",
                  "  * We believe the mats are classified in subheading 9506.91.0030, HTSUS.", "",
                  "Yours faithfully,", "/s/ Ann Lee", "Ann Lee, President", "Harbor Goods LLC")
    # No reason is given for the result asked: 177.2(b)(6) is concluded missing.
    assert output["decision"]["missing"] == ["177.2(b)(6)"], output["findings"]
