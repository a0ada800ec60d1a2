"""Senders' ways the thirty-third and thirty-fourth hands showed (issue 13, round 28), each in
several forms a real sender would use: an officer writing "on behalf of" its own organisation
under that organisation's letterhead, a one-line letterhead ending with the EIN, a founder's
plain captions ("What it is:", "Where it comes in:"), the goods named in the subject line,
footnotes under the signature, the reasons speaking of samples. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

_GOODS: list[Cell] = [
    (55, 200, "Description: insulated food jars of stainless steel, model FJ-16, 0.5 litre."),
    (55, 214, "Principal use in the United States: keeping food hot in households."),
    (55, 228, "Component materials: stainless steel 82%, polypropylene 18% by weight."),
    (55, 242, "The goods have not yet been imported; they will be entered at Newark."),
    (55, 256, "We propose subheading 7323.93.0080, HTSUS, under GRI 1: heading 7323 names "
              "household articles of steel."),
    (55, 270, "The issue is not pending before any CBP office or any court."),
]
_CLOSE: list[Cell] = [(55, 320, "Sincerely,"), (55, 340, "/s/ Ann Lee"),
                      (55, 352, "Ann Lee"), (55, 364, "Director, Procurement")]


@pytest.mark.parametrize(("head", "behalf"), [
    ([(200, 40, "WESTERN PLAINS INSTITUTE OF TECHNOLOGY"),
      (200, 52, "Office of Research Procurement"),
      (200, 64, "1500 College Avenue, Lubbock, TX 79409")],
     "On behalf of Western Plains Institute of Technology (importer number 89-8180756), "
     "I ask for a ruling."),
    ([(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road"), (55, 64, "Newark, NJ 07114")],
     "On behalf of Harbor Goods LLC, I ask for a binding ruling on the goods below."),
    ([(55, 40, "Blue Heron Trading Co."), (55, 52, "Purchasing Department"),
      (55, 64, "400 Canal Street, New Orleans, LA 70130")],
     "On behalf of Blue Heron Trading Co. (IOR 12-3456789), we request a ruling."),
])
def test_an_officer_writing_for_its_own_letterhead_is_no_agent(
        tmp_path: Path, head: list[Cell], behalf: str) -> None:
    cells = [*head, (55, 100, "October 16, 2025"),
             (55, 120, "National Commodity Specialist Division"), (55, 160, behalf),
             *_GOODS, *_CLOSE]
    output = extract(draw(tmp_path / "own.pdf", cells))
    assert output["decision"]["outcome"] == "accept", output["findings"]
    name = output["values"]["requester_name"]
    assert not name.isupper() and behalf.find(name) >= 0
    assert output["values"]["requester_address"] == ", ".join(
        text for _, _, text in head if any(c.isdigit() for c in text))


@pytest.mark.parametrize("tail", ["EIN 29-2062231", "IOR No. 29-2062231",
                                  "Tel. (616) 555-0142"])
def test_a_number_after_a_one_line_letterhead_address_is_no_part_of_it(
        tmp_path: Path, tail: str) -> None:
    cells = [(55, 40, "Northgate Cycle Works LLC"),
             (55, 54, f"1260 Fulton Avenue / Grand Rapids, MI 49504 / {tail}"),
             (55, 100, "March 3, 2025"), (55, 120, "National Commodity Specialist Division"),
             (55, 160, "Northgate Cycle Works LLC requests a binding ruling on the goods below."),
             *_GOODS, *_CLOSE]
    values = extract(draw(tmp_path / "ein.pdf", cells))["values"]
    assert values["requester_address"] == "1260 Fulton Avenue, Grand Rapids, MI 49504"


_FOUNDER_HEAD: list[Cell] = [(55, 40, "Meridian Pet Supply Company"),
                             (55, 54, "402 Eastlake Boulevard, Columbus, OH 43219"),
                             (55, 90, "June 9, 2025"),
                             (55, 110, "National Commodity Specialist Division"),
                             (55, 140, "Hello - I am the founder of Meridian Pet Supply Company. "
                                       "We want a binding ruling. Here is what you need:")]
_FOUNDER_FACTS: list[Cell] = [
    (60, 214, "- Principal use in the United States: household and retail consumers."),
    (60, 228, "- Component materials: 62% stainless steel, 38% polypropylene by weight."),
    (60, 242, "- The goods have not yet been imported; the first shipment is next quarter."),
    (60, 270, "- Our proposed classification: HTSUS 8509.40.00.50, because GRI 1 and the "
              "heading cover the goods."),
    (60, 284, "- To our knowledge, the issue is not before any CBP office or any court."),
]


@pytest.mark.parametrize(("what", "where"), [
    ("What it is: Stainless steel countertop blenders, model HB-200",
     "Where it comes in: Savannah"),
    ("What they are (2 versions): countertop blenders HB-200; countertop blenders HB-250",
     "Where the goods will arrive: Savannah"),
    ("What we are importing: stainless steel countertop blenders, model HB-200",
     "Where we bring them in: Savannah"),
])
def test_a_founders_plain_captions_give_the_goods_and_the_port(
        tmp_path: Path, what: str, where: str) -> None:
    cells = [*_FOUNDER_HEAD, (60, 200, f"- {what}"), *_FOUNDER_FACTS, (60, 256, f"- {where}"),
             *_CLOSE]
    output = extract(draw(tmp_path / "founder.pdf", cells))
    assert output["values"]["ports"] == ["Savannah"]
    assert output["decision"]["missing"] == [], output["findings"]


@pytest.mark.parametrize("subject", [
    "Re: Binding ruling request on the tariff classification of aluminum folding camp chairs "
    "with nylon seats",
    "Subject: Ruling request on the classification of insulated stainless steel food jars",
    "Re: Binding ruling request concerning cordless electric hair clippers with steel blades",
])
def test_the_goods_a_subject_line_names_describe_them(tmp_path: Path, subject: str) -> None:
    facts = [cell for cell in _GOODS if not cell[2].startswith("Description")]
    cells = [(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road"), (55, 64, "Newark, NJ 07114"),
             (55, 100, "March 3, 2025"), (55, 120, "National Commodity Specialist Division"),
             (55, 140, subject),
             (55, 160, "Harbor Goods LLC requests a binding ruling on the merchandise below."),
             *facts, *_CLOSE]
    output = extract(draw(tmp_path / "subject.pdf", cells))
    assert output["decision"]["missing"] == [], output["findings"]


@pytest.mark.parametrize("note", ["[1] 19 CFR 177.1(a), 177.2.", "2 See HQ H301455 (2019).",
                                  "(1) 19 CFR 177.2(b)(6)."])
def test_a_footnote_under_the_signature_names_no_organisation(tmp_path: Path, note: str) -> None:
    cells = [(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road"), (55, 64, "Newark, NJ 07114"),
             (55, 100, "March 3, 2025"), (55, 120, "National Commodity Specialist Division"),
             (55, 160, "Harbor Goods LLC requests a binding ruling on the goods below."),
             *_GOODS, (55, 320, "Respectfully submitted,"), (55, 340, "/s/ Elaine Hartwell"),
             (55, 352, "Elaine Hartwell"), (55, 364, "Associate General Counsel, Trade"),
             (55, 420, note)]
    output = extract(draw(tmp_path / "note.pdf", cells))
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("reasons", [
    "The instrument measures physical properties of samples, the function the heading names "
    "(GRI 1 and 6).",
    "Under GRI 1 the heading covers apparatus that prepares samples for analysis.",
    "Explanatory Note 90.27 names instruments that test samples of gases.",
])
def test_reasons_that_speak_of_samples_are_still_the_basis(tmp_path: Path, reasons: str) -> None:
    goods = [cell for cell in _GOODS if "propose" not in cell[2]]
    goods.append((55, 290, f"We believe the goods fall in subheading 9027.89.4500. {reasons}"))
    cells = [(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road"), (55, 64, "Newark, NJ 07114"),
             (55, 100, "March 3, 2025"), (55, 120, "National Commodity Specialist Division"),
             (55, 160, "Harbor Goods LLC requests a binding ruling on the goods below."),
             *goods, *_CLOSE]
    output = extract(draw(tmp_path / "basis.pdf", cells))
    assert "177.2(b)(6)" not in output["decision"]["missing"], output["findings"]


def test_a_sample_sent_is_still_no_basis(tmp_path: Path) -> None:
    goods = [cell for cell in _GOODS if "propose" not in cell[2]]
    goods.append((55, 290, "We believe the goods fall in subheading 9027.89.4500."))
    goods.append((55, 304, "A sample is enclosed because the goods are hard to describe."))
    cells = [(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road"), (55, 64, "Newark, NJ 07114"),
             (55, 100, "March 3, 2025"), (55, 120, "National Commodity Specialist Division"),
             (55, 160, "Harbor Goods LLC requests a binding ruling on the goods below."),
             *goods, *_CLOSE]
    output = extract(draw(tmp_path / "sample.pdf", cells))
    assert output["decision"]["missing"] == ["177.2(b)(6)"], output["findings"]


_HEAD: list[Cell] = [(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road"),
                     (55, 64, "Newark, NJ 07114"), (55, 100, "March 3, 2025"),
                     (55, 120, "National Commodity Specialist Division"),
                     (55, 160, "Harbor Goods LLC requests a binding ruling on the goods below.")]
_FACTS: list[Cell] = [cell for cell in _GOODS if not cell[2].startswith("Description")]


@pytest.mark.parametrize("mark", ["({n})", "{n}.", "-"])
def test_a_list_of_versions_describes_the_goods(tmp_path: Path, mark: str) -> None:
    listed = [(65, 176 + 8 * i, f"{mark.format(n=i + 1)} Woven polyester upholstery fabric, "
                                f"140 cm wide, in rolls, version {'ABC'[i]}") for i in range(3)]
    output = extract(draw(tmp_path / "list.pdf", [*_HEAD, *listed, *_FACTS, *_CLOSE]))
    assert output["values"]["item_count"] == 3
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("head", [("Item", "Description"), ("No.", "Description"),
                                  ("Item", "Product description")])
def test_a_table_without_a_materials_column_leaves_no_doubt_about_materials(
        tmp_path: Path, head: tuple[str, str]) -> None:
    facts = [cell for cell in _FACTS if "materials" not in cell[2]]
    table: list[Cell] = [(55, 166, "INSTRUMENT DATA"), (55, 178, f"{head[0]}      {head[1]}"),
                         (55, 190, "1         Insulated stainless steel food jar, model FJ-16"),
                         (55, 204, "FACTS")]
    output = extract(draw(tmp_path / "table.pdf", [*_HEAD, *table, *facts, *_CLOSE]))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(2)"]


@pytest.mark.parametrize(("what", "count"), [
    ("Woven polyester upholstery fabric, 140 cm wide, version A, Woven polyester upholstery "
     "fabric, 140 cm wide, version B", 2),
    ("Stainless steel countertop blenders, model HB-200, Stainless steel countertop blenders, "
     "model HB-250, Stainless steel countertop blenders, model HB-300", 3),
    ("Insulated food jars of steel, 0.5 litre, and Insulated food jars of steel, 1 litre", 2),
])
def test_a_description_naming_the_article_again_per_version_counts_each(
        tmp_path: Path, what: str, count: int) -> None:
    cells = [*_HEAD, (55, 180, f"Description: {what}"), *_FACTS, *_CLOSE]
    output = extract(draw(tmp_path / "again.pdf", cells))
    assert output["values"]["item_count"] == count
    assert output["decision"]["outcome"] == "accept", output["findings"]


_AGENT_HEAD: list[Cell] = [(55, 40, "Tideway Trade Services LLC"), (55, 80, "November 14, 2025"),
                           (55, 100, "Director, National Commodity Specialist Division")]
_AGENT_BODY: list[Cell] = [
    (55, 176, "We write as agent for Marrow Creek Home Goods LLC, our client, under the letter "
              "of authorization enclosed."),
    *_FACTS,
]


@pytest.mark.parametrize(("subject", "lines"), [
    ("Re: Binding ruling request for Marrow Creek Home Goods LLC",
     ["2650 Lakeview Drive", "Columbus, OH 43219"]),
    ("Subject: Ruling request on behalf of Marrow Creek Home Goods LLC",
     ["2650 Lakeview Drive", "Suite 4", "Columbus, OH 43219"]),
    ("Re: Request for a binding ruling for Marrow Creek Home Goods LLC",
     ["2650 Lakeview Drive, Columbus, OH 43219"]),
])
def test_the_principals_address_set_under_the_subject_lines_name(
        tmp_path: Path, subject: str, lines: list[str]) -> None:
    under = [(70, 132 + 12 * i, line) for i, line in enumerate(lines)]
    cells = [*_AGENT_HEAD, (55, 120, subject), *under, *_AGENT_BODY, *_CLOSE]
    output = extract(draw(tmp_path / "re.pdf", cells))
    assert output["values"]["requester_name"] == "Marrow Creek Home Goods LLC"
    assert output["values"]["requester_address"] == ", ".join(lines)
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]


@pytest.mark.parametrize("title", ["Product Compliance Engineer", "Head of Sourcing",
                                   "Import Operations Lead"])
def test_a_signed_caption_over_a_job_title_signs(tmp_path: Path, title: str) -> None:
    close: list[Cell] = [(55, 330, "Signed: Gerald T. Hollis"), (55, 342, title)]
    output = extract(draw(tmp_path / "signed.pdf", [*_HEAD, *_GOODS, *close]))
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("word", ["Part", "Model", "Style"])
def test_each_part_designated_with_its_number_is_one_article(tmp_path: Path, word: str) -> None:
    goods = [cell for cell in _GOODS if "propose" not in cell[2]]
    result: list[Cell] = [
        (55, 290, f"Result sought. {word} HR-4343: HTSUS 6201.40.7580 under GRI 1, because the "
                  f"heading names the article. {word} TR-6370: HTSUS"),
        (55, 302, f"6201.40.7580 under GRI 1, because the heading names it. {word} MX-2886: "
                  "HTSUS 6201.40.7580 under GRI 1."),
    ]
    values = extract(draw(tmp_path / "parts.pdf", [*_HEAD, *goods, *result, *_CLOSE]))["values"]
    assert values["proposed_hts"] == ["6201.40.7580"] * 3
    assert values["item_count"] == 3


@pytest.mark.parametrize("rows", [2, 3, 4])
def test_a_tariff_column_repeating_one_number_counts_each_row(tmp_path: Path, rows: int) -> None:
    goods = [cell for cell in _GOODS if "propose" not in cell[2]]
    table: list[Cell] = [(55, 176, "Part No. Description"), (330, 176, "Material"),
                         (480, 176, "HTSUS")]
    for row in range(rows):
        y = 188 + 12 * row
        table += [(55, y, f"HR-{7890 + row}"), (105, y, "LED desk lamps, aluminium arm"),
                  (330, y, "steel 70%, plastic 30%"), (480, y, "9405.21.8000")]
    goods = [(x, y + 12 * rows + 10, text) for x, y, text in goods]
    basis: list[Cell] = [(55, 330, "Basis: each article is described by heading 9405 (GRI 1).")]
    close = [(x, y + 40, text) for x, y, text in _CLOSE]
    values = extract(draw(tmp_path / "col.pdf", [*_HEAD, *table, *goods, *basis, *close]))
    assert values["values"]["proposed_hts"] == ["9405.21.8000"] * rows
    assert values["values"]["item_count"] == rows


@pytest.mark.parametrize("word", ["part no.", "model no.", "style no."])
def test_articles_told_in_turn_each_with_its_code_are_counted(tmp_path: Path, word: str) -> None:
    told = [(55, 180 + 12 * i, f"Insulated food jars, model {i + 1} ({word} HR-{4343 + i}), "
                               "for retail sale.") for i in range(3)]
    output = extract(draw(tmp_path / "told.pdf", [*_HEAD, *told, *_FACTS, *_CLOSE]))
    assert output["values"]["item_count"] == 3


@pytest.mark.parametrize("standing", [
    "Our client has a direct and demonstrable interest in the ruling because it trades in "
    "the goods.",
    "We have a direct interest in the ruling since we import the goods.",
    "The importer has a demonstrable interest because it will buy the goods.",
])
def test_the_requesters_standing_is_no_basis_for_the_result(tmp_path: Path, standing: str) -> None:
    goods = [cell for cell in _GOODS if "propose" not in cell[2]]
    goods.append((55, 290, "Result sought: HTSUS 7323.93.0080."))
    cells = [*_HEAD, (55, 176, standing), *goods, *_CLOSE]
    output = extract(draw(tmp_path / "standing.pdf", cells))
    assert output["decision"]["missing"] == ["177.2(b)(6)"], output["findings"]


def _memo(from_lines: list[str], *, split_to: bool) -> list[Cell]:
    to = ["Director, National Commodity Specialist Division", "U.S. Customs and Border Protection",
          "201 Varick Street, Suite 501", "New York, NY 10014"]
    cells: list[Cell] = [(55, 30, "MEMORANDUM"), (55, 44, "TO:")]
    gap = 16 if split_to else 10  # set apart, each line reads as a paragraph of its own
    cells += [(110, 44 + gap * i, line) for i, line in enumerate(to)]
    y = 44 + gap * len(to)
    cells.append((55, y, "FROM:"))
    cells += [(110, y + gap * i, line) for i, line in enumerate(from_lines)]
    y += gap * len(from_lines)
    cells += [(55, y, "DATE:"), (110, y, "September 13, 2025"),
              (55, y + gap, "SUBJECT:"), (110, y + gap, "Request for a binding ruling")]
    return cells


@pytest.mark.parametrize(("from_lines", "split_to"), [
    (["Curtis Van Allen, Trade Compliance Manager", "Sandhill Electronics Distribution Inc.",
      "9 Gateway Boulevard", "Unit 14", "Laredo, TX 78045"], False),
    (["Curtis Van Allen, Trade Compliance Manager", "Tallgrass Pet Products LLC",
      "33 Prairie Center Road", "Omaha, NE 68137"], True),
    (["Ann Lee", "Harbor Goods Company", "12 Pier Road", "Newark, NJ 07114"], True),
])
def test_a_memos_from_block_names_the_sender_and_its_address(
        tmp_path: Path, from_lines: list[str], split_to: bool) -> None:
    body: list[Cell] = [(55, 250, "We request a binding ruling on the goods below."),
                        *[(x, y + 60, text) for x, y, text in _GOODS],
                        (55, 400, "/s/ Curtis Van Allen"), (55, 412, "Trade Compliance Manager")]
    values = extract(draw(tmp_path / "memo.pdf", [*_memo(from_lines, split_to=split_to),
                                                   *body]))["values"]
    assert values["requester_name"] == from_lines[1]
    assert values["requester_address"] == ", ".join(from_lines[2:])


@pytest.mark.parametrize("ask", [
    "We ask Headquarters to reconsider New York ruling N497702 and to classify the article in "
    "subheading 4016.99.6050, as GRI 1 requires.",
    "We request reconsideration of NY N312877; under GRI 3(b) the set is classified in "
    "subheading 4016.99.6050.",
    "Please reconsider ruling N301455: Explanatory Note 40.16 names the article, so "
    "subheading 4016.99.6050 applies.",
])
def test_a_reconsideration_citing_authority_argues_its_result(tmp_path: Path, ask: str) -> None:
    goods = [cell for cell in _GOODS if "propose" not in cell[2]]
    output = extract(draw(tmp_path / "recon.pdf", [*_HEAD, *goods, (55, 290, ask), *_CLOSE]))
    assert "177.2(b)(6)" not in output["decision"]["missing"], output["findings"]


def test_a_reconsideration_citing_only_the_ruling_argues_nothing(tmp_path: Path) -> None:
    goods = [cell for cell in _GOODS if "propose" not in cell[2]]
    ask = "We ask you to reconsider NY N497702 and to classify the article in 4016.99.6050."
    output = extract(draw(tmp_path / "recon.pdf", [*_HEAD, *goods, (55, 290, ask), *_CLOSE]))
    assert output["decision"]["missing"] == ["177.2(b)(6)"], output["findings"]


@pytest.mark.parametrize("ask", [
    "We ask CBP to rule on the country of origin for marking purposes.",
    "We request that CBP rule whether the goods are of Mexican origin.",
    "We ask CBP to rule as to the country of origin of the hammers.",
])
def test_asking_cbp_to_rule_on_a_question_asks_no_particular_result(
        tmp_path: Path, ask: str) -> None:
    cells = [(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road"), (55, 64, "Newark, NJ 07114"),
             (55, 100, "March 3, 2025"), (55, 120, "National Commodity Specialist Division"),
             (55, 140, "Re: Country of origin ruling request"),
             (55, 160, "Harbor Goods LLC requests a binding ruling on the origin of the goods."),
             (55, 200, "The goods are claw hammers forged in Mexico from Chinese steel."),
             (55, 214, "The goods have not yet been imported; they will be entered at Newark."),
             (55, 228, ask),
             (55, 242, "The issue is not pending before any CBP office or any court."), *_CLOSE]
    output = extract(draw(tmp_path / "origin.pdf", cells))
    assert "177.2(b)(6)" not in output["decision"]["missing"], output["findings"]


@pytest.mark.parametrize("blank", ["Signed: ____________________", "Signature: ______________",
                                   "By: ________________"])
def test_a_blank_signed_line_closing_the_letter_is_unsigned(tmp_path: Path, blank: str) -> None:
    output = extract(draw(tmp_path / "blank.pdf", [*_HEAD, *_GOODS, (55, 330, blank)]))
    assert output["values"]["signed"] is False
    assert output["decision"]["missing"] == ["177.2(c)"], output["findings"]


_SCHEDULE_ASK = ("We ask for a binding ruling on the tariff classification of the articles in the "
                 "schedule below, which we will")


@pytest.mark.parametrize(("purpose", "outcome"), [
    ("for use in commercial kitchens.", "accept"),
    # Where the goods are sold is no use of them (177.2(b)(2)(ii)(A)): with no use stated
    # elsewhere, a person looks for it rather than the bot accepting on a sales channel.
    ("for resale to hardware distributors.", "needs_human"),
    ("for retail sale to consumers.", "needs_human")])
def test_the_purpose_of_the_importation_is_the_principal_use(
        tmp_path: Path, purpose: str, outcome: str) -> None:
    ask: list[Cell] = [(55, 160, _SCHEDULE_ASK),
                       (55, 172, f"begin importing from Monterrey Cables S.A. de C.V. {purpose}")]
    table: list[Cell] = [(55, 196, "Schedule A"), (55, 210, "Part No."), (110, 210, "Description"),
                         (320, 210, "Material"), (480, 210, "HTSUS"),
                         (55, 224, "KT-8575"), (110, 224, "LED desk lamps, aluminium arm"),
                         (320, 224, "aluminum 85%, rubber 15%"), (480, 224, "9405.21.8000")]
    rest: list[Cell] = [(55, 250, "Ports of entry: Baltimore"),
                        (55, 264, "Basis: each article is described by heading 9405 (GRI 1)."),
                        (55, 278, "The issue is not pending before any CBP office or any court."),
                        (55, 320, "Signed: Gerald T. Hollis"),
                        (55, 332, "Product Compliance Engineer")]
    cells = [*_HEAD[:5], *ask, *table, *rest]
    output = extract(draw(tmp_path / "schedule.pdf", cells))
    assert output["decision"]["outcome"] == outcome, output["findings"]


@pytest.mark.parametrize("header", ["Part No. Description", "Item Description", "No. Description"])
def test_a_typed_tables_header_word_heads_its_column(tmp_path: Path, header: str) -> None:
    # a typewriter's table: rules of dashes, one space between two headers
    rule = "-" * 80
    codes = "\n".join(f"HR-{7890 + i}" for i in range(3))
    ask: list[Cell] = [(55, 160, "We ask for a binding ruling on the articles in the schedule "
                                 "below, which we will begin importing for use in kitchens.")]
    table: list[Cell] = [(55, 190, "Schedule A"), (49, 202, rule), (55, 214, header),
                         (330, 214, "Material"), (480, 214, "HTSUS"), (49, 226, rule)]
    at = 55 + 4.8 * (len(header) - len(header.split()[-1]))  # under the last header's start
    for i in range(3):
        y = 238 + 12 * i
        table += [(55, y, codes.split("\n")[i]), (at, y, "LED desk lamps with adjustable arms"),
                  (330, y, "steel 70%, plastic 30%"), (480, y, "9405.21.8000")]
    table.append((49, 274, rule))
    rest: list[Cell] = [(55, 290, "Ports of entry: Baltimore"),
                        (55, 304, "Basis: each article is described by heading 9405 (GRI 1)."),
                        (55, 318, "The issue is not pending before any CBP office or any court."),
                        (55, 350, "Signed: Gerald T. Hollis"), (55, 362, "Compliance Manager")]
    output = extract(draw(tmp_path / "typed.pdf", [*_HEAD[:5], *ask, *table, *rest],
                          font="Courier"))
    assert output["values"]["item_count"] == 3
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("suffix", ["version", "variant", "model"])
def test_rows_under_an_item_column_told_apart_by_version_are_one_kind(
        tmp_path: Path, suffix: str) -> None:
    table: list[Cell] = [(55, 170, "INSTRUMENT DATA"), (55, 186, "Item"), (95, 186, "Description")]
    for i in range(2):
        table += [(55, 199 + 12 * i, str(i + 1)),
                  (95, 199 + 12 * i, f"Benchtop X-ray fluorescence analyzer, model XF-40, "
                                     f"{suffix} {'AB'[i]}")]
    facts = [(x, y + 50, text) for x, y, text in _FACTS]
    close = [(x, y + 50, text) for x, y, text in _CLOSE]
    # set in a text face as tight as a typesetter's: "Item" / "1" / "2" one column of lines
    output = extract(draw(tmp_path / "versions.pdf", [*_HEAD, *table, *facts, *close], size=10))
    assert output["values"]["item_count"] == 2
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("size", [8, 10])
def test_a_tariff_column_repeating_the_numbers_the_letter_gave_adds_no_article(
        tmp_path: Path, size: int) -> None:
    # The numbers proposed in prose, then a table giving each again beside its article: three
    # articles, whether the column's cells stand apart or run together as one block of lines.
    numbers = ["9405.11.4010", "8205.20.6000", "7323.93.0045"]
    said: Cell = (55, 176, "We believe the goods are classified under subheading "
                           + ", subheading ".join(numbers) + " by GRI 1.")
    table: list[Cell] = [(55, 196, "Item"), (95, 196, "Description"), (430, 196, "Proposed HTSUS")]
    for i, (number, goods) in enumerate(zip(numbers, ["LED panel luminaires", "Claw hammers",
                                                      "Stovetop kettles"], strict=True)):
        table += [(55, 209 + 12 * i, str(i + 1)), (95, 209 + 12 * i, goods),
                  (430, 209 + 12 * i, number)]
    facts = [(x, y + 60, text) for x, y, text in _FACTS if "propose" not in text]
    close = [(x, y + 60, text) for x, y, text in _CLOSE]
    values = extract(draw(tmp_path / "again.pdf", [*_HEAD, said, *table, *facts, *close],
                          size=size))["values"]
    assert values["proposed_hts"] == numbers
    assert values["item_count"] == 3
