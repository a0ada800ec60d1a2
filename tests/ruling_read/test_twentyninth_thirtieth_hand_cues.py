"""Senders' ways the twenty-ninth and thirtieth hands showed (issue 13, round 25), each in several
forms a real sender would use: the materials told by their shares in a sentence of their own, a
price quoted on an Incoterm. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentieth_hand_cues import draw_pages
from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract


def _goods(*sentences: str) -> list[Cell]:
    lines = ["The goods are insulated food jars, model FJ-16.",
             "They are sold to retailers and used in the United States to keep food hot.",
             *sentences,
             "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
             "articles of steel named by the heading."]
    return [(55, 200 + 14 * index, line) for index, line in enumerate(lines)]


@pytest.mark.parametrize("shares", [
    "By weight it is 82% stainless steel, 15% polypropylene and 3% silicone.",
    "Its component materials by value are 70% metal, 25% plastics and 5% packaging.",
    "By value the jar is stainless steel 82%, polypropylene 18%.",
])
def test_materials_told_by_their_shares_are_the_component_materials(tmp_path: Path,
                                                                    shares: str) -> None:
    output = extract(draw(tmp_path / "shares.pdf", [*HEAD, *_goods(shares), *CLOSE]))
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_share_of_money_names_no_material(tmp_path: Path) -> None:
    # A royalty's share of sales is no composition: the materials stay not given.
    said = "By value the importer pays a royalty of 4% of net sales to a licensor."
    output = extract(draw(tmp_path / "royalty.pdf", [*HEAD, *_goods(said), *CLOSE]))
    assert output["decision"]["missing"] == ["177.2(b)(2)"], output["findings"]


@pytest.mark.parametrize("price", [
    "The purchase price is about $7.18 per unit FOB and the planned U.S. selling price $82.00.",
    "The unit price is USD 7.18 each CIF; the planned U.S. selling price $82.00.",
])
def test_a_price_quoted_on_an_incoterm_states_the_terms_of_sale(tmp_path: Path,
                                                                 price: str) -> None:
    # No port named: the purchase abroad for sale here is the transaction (177.2(b)(2)(i)), so
    # only the port is wanting.
    head = [cell for cell in HEAD if "entered at" not in cell[2]]
    shares = "By weight it is 82% stainless steel and 18% polypropylene."
    output = extract(draw(tmp_path / "fob.pdf", [*head, *_goods(shares, price), *CLOSE]))
    assert output["values"]["ports"] == [] or output["values"].get("ports") is None
    assert output["decision"]["missing"] == ["177.2(b)(1)"], output["findings"]


def _form_pending(caption: str, answer: str) -> list[Cell]:
    # A two-column form: captions left, values right; a caption wraps onto a second line.
    rows = [(["Requester"], ["Harbor Goods LLC"]),
            (["Address"], ["12 Pier Road, Newark, NJ 07114"]),
            (["Ruling sought"], ["Classification"]),
            (["Facts"], ["We intend to import the goods through Newark (4601) next quarter.",
                         "Description: insulated food jars, model FJ-16. Principal use in the "
                         "United States: keeping food hot.",
                         "Component materials: stainless steel 82%, polypropylene 18% by weight."]),
            (["Basis for result"], ["Under GRI 1 the jars are described by heading 7323; we "
                                    "propose subheading 7323.93.0080, HTSUS."]),
            ([caption, "(177.2(b)(5))"], [answer]),
            (["Samples"], ["A sample is enclosed; please return it after review."]),
            (["Authorized signature"], ["/s/ Ann Lee, President"])]
    cells: list[Cell] = [(43, 60, "BINDING RULING REQUEST - 19 CFR PART 177"),
                         (43, 74, "Date"), (183, 74, "2025-03-01")]
    y = 90.0
    for left, right in rows:
        cells += [(43, y + 11 * i, text) for i, text in enumerate(left)]
        cells += [(183, y + 11 * i, text) for i, text in enumerate(right)]
        y += 11 * max(len(left), len(right)) + 5
    return cells


@pytest.mark.parametrize("caption", ["Pending before CBP or court",
                                     "Pending in court or before CBP"])
def test_a_caption_naming_the_court_states_nothing_pending(tmp_path: Path, caption: str) -> None:
    cells = _form_pending(caption, "Neither this transaction nor the issue is, or has been, "
                                   "before a CBP office or a court.")
    output = extract(draw(tmp_path / "caption.pdf", cells, size=8.5))
    assert output["values"]["pending_in_court"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_the_answer_beside_the_caption_still_states_a_case_in_court(tmp_path: Path) -> None:
    cells = _form_pending("Pending before CBP or court", "Yes. The same issue is pending before "
                          "the Court of International Trade in Court No. 24-00123.")
    output = extract(draw(tmp_path / "court.pdf", cells, size=8.5))
    assert output["values"]["pending_in_court"] is True
    assert output["decision"]["outcome"] == "no_ruling", output["findings"]


_SHARES = "By weight it is 82% stainless steel and 18% polypropylene."
_PENDING = (55, 470, "The issue is not pending before any CBP office or any court.")


@pytest.mark.parametrize(("title", "day"), [
    ("Request for a binding ruling - July 29, 2023", "2023-07-29"),
    ("Binding ruling request, 20 October 2023", "2023-10-20"),
])
def test_a_title_line_dated_at_its_end_dates_the_request(tmp_path: Path, title: str,
                                                         day: str) -> None:
    head = [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road - Newark, NJ 07114"),
            (55, 104, title), *[cell for cell in HEAD[4:]]]
    output = extract(draw(tmp_path / "title.pdf", [*head, *_goods(_SHARES), *CLOSE]))
    assert output["values"]["request_date"] == day


def test_a_title_naming_an_earlier_ruling_dates_no_request(tmp_path: Path) -> None:
    head = [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road - Newark, NJ 07114"),
            (55, 104, "Request to reconsider ruling N344030 - March 3, 2020"),
            *[cell for cell in HEAD[4:]]]
    output = extract(draw(tmp_path / "title.pdf", [*head, *_goods(_SHARES), *CLOSE]))
    assert output["values"]["request_date"] is None


def _signed_by_broker(opening: str) -> list[Cell]:
    return [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road"),
            (55, 84, "Newark, NJ 07114"), (55, 104, "March 3, 2025"),
            (55, 124, "National Commodity Specialist Division"),
            (55, 144, "Re: Request for a binding ruling (classification)"),
            (55, 164, opening),
            (55, 178, "The goods will be entered at Newark, NJ (4601); none has been imported."),
            *_goods(_SHARES), _PENDING, (55, 500, "Sincerely,"), (55, 530, "/s/ Ann Lee"),
            (55, 540, "Ann Lee, Licensed Customs Broker"), (55, 550, "Harbor Goods LLC")]


def test_a_broker_on_the_importers_own_staff_is_no_agent(tmp_path: Path) -> None:
    opening = ("Written by the importer, Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, "
               "importer number 17-9629889.")
    output = extract(draw(tmp_path / "staff.pdf", _signed_by_broker(opening)))
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_broker_signing_without_the_importers_word_stays_an_agent(tmp_path: Path) -> None:
    opening = "Harbor Goods LLC requests a binding ruling on the goods below."
    output = extract(draw(tmp_path / "broker.pdf", _signed_by_broker(opening)))
    assert any(f["rule"] == "R-AGENT" for f in output["findings"]), output["findings"]


_NO_CLOSING = [cell for cell in CLOSE[:1]]  # the pending statement, no "Sincerely," block


def test_a_blank_rule_closing_the_letter_is_no_signature(tmp_path: Path) -> None:
    cells = [*HEAD, *_goods(_SHARES), *_NO_CLOSING, (55, 520, "______________________________")]
    output = extract(draw(tmp_path / "rule.pdf", cells))
    assert output["values"]["signed"] is False
    assert output["decision"]["missing"] == ["177.2(c)"], output["findings"]


@pytest.mark.parametrize("title", [
    "Trade Compliance Manager, Pacific Rim Logistics & Customs Services",
    "Import Manager, Harbor Goods LLC, Customs and International Trade Department"])
def test_a_title_going_on_with_the_firm_still_signs(tmp_path: Path, title: str) -> None:
    cells = [*HEAD, *_goods(_SHARES), *_NO_CLOSING, (55, 500, "Submitted by:"),
             (70, 530, "Ann K. Lee"), (70, 540, title)]
    output = extract(draw(tmp_path / "typed.pdf", cells))
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def _fax_head(page: int) -> list[Cell]:
    return [(470, 30, "06/07/2025 FAX"), (200, 52, "Harbor Goods"), (550, 52, f"P.{page}")]


def test_a_print_utilitys_fax_head_names_no_requester(tmp_path: Path) -> None:
    cover = [*_fax_head(1), (230, 70, "F A C S I M I L E"), (190, 92, "Harbor Goods, Inc."),
             (210, 104, "12 Pier Road"), (210, 115, "Newark, NJ 07114"),
             (30, 130, "TO:       National Commodity Specialist Division"),
             (30, 141, "DATE:     June 7, 2025"), (30, 152, "RE:       Request for binding ruling")]
    letter_cells = [*_fax_head(2), (30, 80, "MEMORANDUM"),
                    (30, 100, "TO:    U.S. Customs and Border Protection, NCSD"),
                    (30, 111, "FROM:  Ann Lee, Harbor Goods, Inc."),
                    (30, 122, "DATE:  June 7, 2025"),
                    (30, 133, "RE:    Binding ruling request for Harbor Goods, Inc., "
                                        "12 Pier Road,"),
                    (30, 144, "       Newark, NJ 07114 (importer number 47-1928305)"),
                    *[(30, y + 10, text) for _, y, text in _goods(_SHARES)],
                    (30, 260, "The goods will be entered at Newark, NJ (4601)."),
                    (30, 275, "The issue is not pending before any CBP office or any court."),
                    (30, 300, "Sincerely,"), (30, 320, "/s/ Ann Lee"),
                    (30, 331, "Ann Lee, President")]
    output = extract(draw_pages(tmp_path / "fax.pdf", [cover, letter_cells]))
    assert output["values"]["requester_name"] == "Harbor Goods, Inc."
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"


@pytest.mark.parametrize("mark", ["{n}. ", "({n}) ", "- "])
def test_a_numbered_list_of_one_products_models_counts_its_items(tmp_path: Path,
                                                                 mark: str) -> None:
    listed = [(70, 200 + 11 * i, mark.format(n=i + 1) + f"Brake rotor, model {'ABCDEFG'[i]}")
              for i in range(7)]
    rest = [(55, 290, "They are sold to retailers and used in the United States as brake rotors."),
            (55, 302, _SHARES),
            (55, 314, "We believe they are classified in subheading 8708.30.5090, HTSUS, under "
                      "GRI 1.")]
    output = extract(draw(tmp_path / "list.pdf", [*HEAD, *listed, *rest, *CLOSE]))
    assert output["values"]["item_count"] == 7
    assert output["decision"]["outcome"] == "deficient", output["findings"]


def _sections(rows: list[tuple[str, str]]) -> list[Cell]:
    cells: list[Cell] = []
    for index, (caption, text) in enumerate(rows):
        cells += [(55, 200 + 24 * index, caption), (200, 200 + 24 * index, text)]
    return cells


_HEAD_NO_RE: list[Cell] = [(55, 60, "Harbor Goods LLC"),
                           (55, 72, "12 Pier Road / Newark, NJ 07114"), (55, 110, "April 19, 2025"),
                           (55, 122, "National Commodity Specialist Division"),
                           (55, 134, "201 Varick Street, New York, NY 10014"),
                           (55, 160, "REQUEST FOR A BINDING RULING")]
_ROWS = [("Request", "Harbor Goods LLC, importer number 47-1928305, requests a binding ruling."),
         ("Merchandise", "The merchandise is described as: gray iron brake rotors, model BR-3."),
         ("Use", "They are sold to retailers and used in the United States as brake rotors."),
         ("Ports of entry", "The merchandise will be imported through the port of Newark (4601)."),
         ("Proposed classification", "We propose subheading 8708.30.5090, HTSUS, under GRI 1."),
         ("Pending matters", "The issue is not pending before any CBP office or any court.")]


@pytest.mark.parametrize("signer", [
    ["Thomas P. McAllister", "Import Manager", "Harbor Goods LLC"],
    ["______________________________"]])
def test_a_letter_framed_by_its_head_and_signature_block_concludes_an_absence(
        tmp_path: Path, signer: list[str]) -> None:
    # No "Sincerely," and no "Dear": the dated head and the signature block frame the letter.
    block = [(200, 380 + 11 * i, line) for i, line in enumerate(signer)]
    output = extract(draw(tmp_path / "framed.pdf", [*_HEAD_NO_RE, *_sections(_ROWS), *block]))
    missing = output["decision"]["missing"]
    assert "177.2(b)(2)" in missing, output["findings"]
    assert output["decision"]["outcome"] == "deficient", output["findings"]


def test_a_framed_letter_with_text_under_a_heading_not_known_leaves_the_absence_open(
        tmp_path: Path) -> None:
    rows = [*_ROWS, ("Make-up", "Gray iron throughout, with a thin zinc coat on the hub.")]
    block = [(200, 400, "Thomas P. McAllister"), (200, 411, "Import Manager")]
    output = extract(draw(tmp_path / "open.pdf", [*_HEAD_NO_RE, *_sections(rows), *block]))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]


def test_a_letter_opened_by_its_dated_title_concludes_an_absence(tmp_path: Path) -> None:
    # No letterhead block, no greeting, no Re: line: the dated title opens it, the closing ends.
    cells: list[Cell] = [
        (55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road - Newark, NJ 07114"),
        (55, 110, "Request for a binding ruling - 20 October 2023"),
        (55, 122, "To: U.S. Customs and Border Protection, National Commodity Specialist "
                  "Division, New York, NY 10014"),
        (55, 134, "Written by the importer, Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114."),
        (55, 156, "THE QUESTION"),
        (55, 167, "We request a binding ruling on the tariff classification of the rotors and "
                  "propose subheading 8708.30.5090, HTSUS."),
        (55, 186, "THE FACTS"),
        (55, 197, "We intend to import the merchandise through the port of Miami (5201)."),
        (55, 208, "Description: gray iron brake rotors, model BR-3. Principal use in the United "
                  "States: brake rotors for cars."),
        (55, 219, "Component materials: gray iron 100% by weight. Price: $2.95 each FOB."),
        (55, 238, "Other proceedings: the issue is not pending before any CBP office or court."),
        (55, 270, "Respectfully submitted,"), (55, 292, "/s/ Ann Lee"),
        (55, 303, "Ann Lee, Import Manager")]
    output = extract(draw(tmp_path / "titled.pdf", cells))
    assert output["decision"]["missing"] == ["177.2(b)(6)"], output["findings"]


@pytest.mark.parametrize("line", ["Counsel to Harbor Goods LLC", "Attorneys for Harbor Goods LLC"])
def test_counsel_to_the_requester_under_the_signer_is_no_second_requester(tmp_path: Path,
                                                                          line: str) -> None:
    cells = [(55, 60, "Ashworth & Kimura LLP"), (400, 60, "1101 Pennsylvania Avenue NW"),
             (400, 72, "Washington, DC 20004"), (55, 104, "March 3, 2025"),
             (55, 124, "National Commodity Specialist Division"),
             (55, 144, "Re: Harbor Goods LLC - request for binding ruling"),
             (55, 164, "Harbor Goods LLC, importer number 47-1928305, requests a binding ruling "
                       "on the tariff classification of the goods below."),
             (55, 178, "The goods will be entered at Newark, NJ (4601); none has been imported."),
             *_goods(_SHARES), _PENDING, (300, 500, "Respectfully submitted,"),
             (300, 530, "/s/ Samuel R. Whitfield"), (300, 540, "Samuel R. Whitfield"),
             (300, 550, "Ashworth & Kimura LLP"), (300, 560, line)]
    output = extract(draw(tmp_path / "counsel.pdf", cells))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("marks", [("A.", "B.", "C.", "D."), ("I)", "II)", "III)", "IV)")])
def test_a_sections_mark_beside_its_heading_is_no_value(tmp_path: Path,
                                                        marks: tuple[str, ...]) -> None:
    # "C.  PORTS OF ENTRY": the port is the one the text under the heading names, not "C".
    sections = [("REQUEST", "Harbor Goods LLC, importer number 47-1928305, requests a binding "
                            "ruling on the tariff classification of the goods below."),
                ("MERCHANDISE", "The merchandise is described as: insulated food jars, FJ-16."),
                ("PORTS OF ENTRY", "The merchandise will be imported through the port of "
                                   "Chicago (3901)."),
                ("PENDING MATTERS", "The issue is not pending before any CBP office or court.")]
    cells = [*HEAD[:6]]
    for index, (mark, (heading, text)) in enumerate(zip(marks, sections, strict=True)):
        cells += [(55, 200 + 30 * index, mark), (80, 200 + 30 * index, heading),
                  (80, 212 + 30 * index, text)]
    output = extract(draw(tmp_path / "marks.pdf", [*cells, *CLOSE[1:]]))
    assert output["values"]["ports"] == ["3901"], output["values"]


def test_shares_of_materials_in_words_not_read_leave_the_composition_open(
        tmp_path: Path) -> None:
    # No word of materials or weight: the shares may still be the composition, a person reads.
    said = "Each jar is roughly 82% stainless steel with 18% polypropylene fittings."
    output = extract(draw(tmp_path / "shares.pdf", [*HEAD, *_goods(said), *CLOSE]))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
