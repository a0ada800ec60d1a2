"""Senders' ways the twenty-eighth hand showed (issue 13, round 23), each in several forms a real
sender would use: an e-mail signed off as e-mails are ("Thanks in advance,"), a requester that
introduces itself ("We are X, importer number ..., of ADDRESS."), and a firm's name printed under
a blank signature line with no one's signature. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

MAIL_HEAD: list[Cell] = [(55, 60, "From:    trade@harbor-imports.com"),
                         (55, 72, "Sent:    March 3, 2025 10:12 AM"),
                         (55, 84, "To:      ncsd.rulings@cbp.dhs.gov"),
                         (55, 96, "Subject: Request for a binding tariff classification ruling"),
                         (55, 116, "Hello,")]
FACTS: list[Cell] = [
    (55, 170, "Stainless steel vacuum bottles, 24 oz. Principal use: sale through retail stores."),
    (55, 182, "Component materials: stainless steel 92%, polypropylene 8%."),
    (55, 194, "Ports of entry: Newark, NJ."),
    (55, 210, "We ask that CBP classify the goods under subheading 9617.00.1000, HTSUS, under "
              "GRI 1."),
    (55, 226, "No sample is sent. No confidential treatment is requested.")]
PENDING: Cell = (55, 242, "The issue is not pending before any CBP office or any court.")


def _intro(sentence: str) -> list[Cell]:
    return [(55, 130, sentence),
            (55, 142, "We plan to import the goods below and ask for a binding ruling.")]


@pytest.mark.parametrize("sign_off", ["Thanks in advance,", "Thanks,", "Thank you for your time,",
                                      "Thank you in advance,", "Thanks again!", "Cheers,"])
def test_an_e_mail_signed_off_as_e_mails_are_has_a_known_frame(tmp_path: Path,
                                                                sign_off: str) -> None:
    # No pending statement: with the frame known, its absence is concluded, not left to a person.
    cells = [*MAIL_HEAD, (55, 130, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, requests "
                                   "a binding ruling on the goods below."), *FACTS,
             (55, 270, sign_off), (55, 280, "Ann Lee"), (55, 290, "Customs Manager"),
             (55, 300, "Harbor Goods LLC")]
    output = extract(draw(tmp_path / "mail.pdf", cells))
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(5)"]


@pytest.mark.parametrize(("sentence", "name", "address"), [
    ("We are Harbor Goods LLC, importer number 47-1928305, of 12 Pier Road, Newark, NJ 07114.",
     "Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114"),
    ("We are Harbor Goods, Inc., of 12 Pier Road, Newark, NJ 07114.",
     "Harbor Goods, Inc.", "12 Pier Road, Newark, NJ 07114"),
    ("This is Harbor Goods LLC (IOR 47-1928305), located at 12 Pier Road, Newark, NJ 07114.",
     "Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114"),
])
def test_a_requester_introducing_itself_is_the_requester(tmp_path: Path, sentence: str,
                                                         name: str, address: str) -> None:
    # The signer's block names only the person: the introduction alone names the requester.
    cells = [*MAIL_HEAD, *_intro(sentence), *FACTS, PENDING, (55, 270, "Best regards,"),
             (55, 282, "Ann Lee"), (55, 294, "Customs Manager")]
    output = extract(draw(tmp_path / "intro.pdf", cells))
    assert output["values"]["requester_name"] == name
    assert output["values"]["requester_address"] == address
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("sentence", ["We are pleased to ask for a binding ruling.",
                                      "We are the importer of the goods below."])
def test_we_are_without_a_name_names_no_requester(tmp_path: Path, sentence: str) -> None:
    cells = [*MAIL_HEAD, *_intro(sentence), *FACTS, PENDING, (55, 270, "Best regards,"),
             (55, 282, "Ann Lee"), (55, 294, "Customs Manager")]
    output = extract(draw(tmp_path / "intro.pdf", cells))
    assert output["values"]["requester_name"] is None
    assert output["decision"]["outcome"] == "needs_human", output["findings"]


LETTER_HEAD: list[Cell] = [(400, 60, "Harbor Goods, Inc."), (400, 72, "12 Pier Road"),
                           (400, 84, "Newark, NJ 07114"), (55, 104, "March 3, 2025"),
                           (55, 124, "National Commodity Specialist Division"),
                           (55, 144, "Re: Request for a binding ruling (classification)"),
                           (55, 156, "Dear Director:")]


@pytest.mark.parametrize("firm", ["Harbor Goods, Inc.", "Harbor Goods, LLC", "Harbor Trading, Ltd.",
                                  "Harbor Goods, Co."])
def test_a_firm_under_a_blank_signature_line_signs_nothing(tmp_path: Path, firm: str) -> None:
    cells = [*LETTER_HEAD, (55, 170, "Harbor Goods, Inc., 12 Pier Road, Newark, NJ 07114, "
                                          "requests a binding ruling on the goods below."),
             *[(x, y + 30, text) for x, y, text in FACTS],
             (55, 280, "The issue is not pending before any CBP office or any court."),
             (55, 300, "Respectfully submitted,"), (55, 330, "______________________________"),
             (55, 342, firm)]
    output = extract(draw(tmp_path / "unsigned.pdf", cells))
    assert output["values"]["signed"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(c)"]


@pytest.mark.parametrize("under", ["By: Ann Lee, President", "Ann Lee, President"])
def test_a_firm_signing_by_its_officer_under_the_line_signs(tmp_path: Path, under: str) -> None:
    cells = [*LETTER_HEAD, (55, 170, "Harbor Goods, Inc., 12 Pier Road, Newark, NJ 07114, "
                                     "requests a binding ruling on the goods below."),
             *[(x, y + 30, text) for x, y, text in FACTS],
             (55, 280, "The issue is not pending before any CBP office or any court."),
             (55, 300, "Respectfully submitted,"), (55, 330, "______________________________"),
             (55, 342, "Harbor Goods, Inc."), (55, 354, under)]
    output = extract(draw(tmp_path / "signed.pdf", cells))
    assert output["values"]["signed"] is True


_ARTICLES = [("Men's waterproof hiking boots, style HB-220.", "hiking boots", "6404.19.3960"),
             ("Stainless steel insulated beverage bottles, 20 oz.", "beverage bottles",
              "7323.93.0080"),
             ("Cotton terry bath towels, 27 x 54 inches, dyed.", "bath towels", "6302.60.0020")]


@pytest.mark.parametrize("bullet", ["*", "-"])
def test_a_bulleted_article_wrapped_into_a_paragraph_of_its_own_is_no_variant(
        tmp_path: Path, bullet: str) -> None:
    # Each article's first sentence ends its line, so the trade-name sentence under it reads as a
    # paragraph of its own; two such paragraphs open alike, as variants of one article would.
    cells: list[Cell] = [*MAIL_HEAD, (55, 130, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, "
                                               "requests a binding ruling on the goods below.")]
    y = 150
    for index, (first, trade, _) in enumerate(_ARTICLES):
        lead = f"{bullet} {first}" + (" Commonly known in the trade as" if index == 0 else "")
        wrapped = f"{trade}, they are sold to retailers" if index == 0 else \
            f"Commonly known in the trade as {trade}, they are sold to retailers"
        cells += [(55, y, lead), (63, y + 10, f"{wrapped} and used by consumers in the United"),
                  (63, y + 20, "States. Component materials: steel (100%). Price: $6.75 FOB "
                               "Ningbo.")]
        y += 34
    codes = ", ".join(code for *_, code in _ARTICLES)
    cells += [(55, y, "Ports of entry: Newark, NJ."),
              (55, y + 14, f"We ask that CBP classify the goods under subheadings {codes}, HTSUS."),
              (55, y + 28, "The issue is not pending before any CBP office or any court."),
              (55, y + 50, "Best regards,"), (55, y + 60, "Ann Lee"),
              (55, y + 70, "Customs Manager")]
    output = extract(draw(tmp_path / "bulleted.pdf", cells))
    assert output["values"]["item_count"] == 3


@pytest.mark.parametrize("price", [
    "Price: $14.20 FOB Ningbo; U.S. selling price $34.99.",
    "Purchase price: $6.75 FCA Ho Chi Minh City. Selling price: $18.00.",
    "We buy them at $41.00 CIF Long Beach; U.S. selling price $89.00.",
])
def test_goods_bought_on_terms_of_sale_to_sell_at_a_us_price_describe_the_transaction(
        tmp_path: Path, price: str) -> None:
    # No port and no sentence of the importation: only the port is missing, (b)(1).
    cells = [*LETTER_HEAD, (55, 170, "Harbor Goods, Inc., 12 Pier Road, Newark, NJ 07114, "
                                     "requests a binding ruling on the goods below."),
             (55, 190, "LED desk lamps, model DL-9. Principal use: lighting a desk at home."),
             (55, 202, "Component materials: aluminum (55%), ABS plastic (45%)."), (55, 214, price),
             (55, 234, "We ask that CBP classify the goods under subheading 9405.21.8000, HTSUS, "
                       "under GRI 1."),
             (55, 250, "The issue is not pending before any CBP office or any court."),
             (55, 280, "Sincerely,"), (55, 300, "/s/ Ann Lee"), (55, 312, "Ann Lee, President")]
    output = extract(draw(tmp_path / "terms.pdf", cells))
    assert output["decision"]["missing"] == ["177.2(b)(1)"], output["findings"]


@pytest.mark.parametrize("heading", ["III. Question presented and argument", "3. Ruling requested",
                                     "C. The question and our reasons"])
def test_a_numbered_heading_over_the_requester_by_its_role_names_no_one(
        tmp_path: Path, heading: str) -> None:
    # A memo: the FROM line names the firm alone, the body names the importer with its address.
    cells = [(55, 60, "MEMORANDUM IN SUPPORT OF A REQUEST FOR A BINDING RULING"),
             (55, 74, "TO:       U.S. Customs and Border Protection, Regulations and Rulings"),
             (55, 86, "FROM:     Harbor Goods Co."), (55, 98, "DATE:     March 3, 2025"),
             (55, 110, "SUBJECT:  Binding ruling request - classification"),
             (55, 130, "I. Parties"),
             (55, 140, "The importer is Harbor Goods Co., 12 Pier Road, Newark, NJ 07114, importer "
                       "number 47-1928305."),
             *[(x, y + 16, text) for x, y, text in FACTS],
             (55, 260, heading),
             (55, 270, "The requester asks for a ruling that the goods fall under the subheading "
                       "named above."),
             (55, 290, PENDING[2]),
             (55, 320, "/s/ Ann Lee"), (55, 330, "Harbor Goods Co.")]
    values = extract(draw(tmp_path / "memo.pdf", cells))["values"]
    assert values["requester_name"] == "Harbor Goods Co."
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"


@pytest.mark.parametrize(("entry", "details"), [
    ("Neoprene dumbbells, cast iron core, 5 lb. pairs, variant {}", "ABCDEFG"),
    ("Ceramic mugs, 12 oz, glazed, colour {}", ["red", "blue", "green", "white", "black", "grey"]),
    ("LED desk lamp, model DL-{}", ["9", "10", "11", "12", "14", "15", "18"]),
])
def test_entries_that_repeat_one_description_but_its_last_detail_are_items(
        tmp_path: Path, entry: str, details: str | list[str]) -> None:
    listed = [(63, 190 + 12 * index, entry.format(detail)) for index, detail in enumerate(details)]
    cells = [*LETTER_HEAD, (55, 172, "Harbor Goods, Inc. requests a binding ruling on the goods "
                                     "listed below:"), *listed]
    values = extract(draw(tmp_path / "variants.pdf", cells))["values"]
    assert values["item_count"] == len(details)
