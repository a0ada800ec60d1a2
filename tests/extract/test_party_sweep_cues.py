"""Round 21 (issue 13), the variation sweep, who the party is: a labelled address whose value
wraps onto a line of its own under the value (the city, state and ZIP), read whole; a street line
ending in its suite joined to the city line with a comma."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.signature import signer_in
from bots.penalty_notice.extract_header import read_header
from bots.penalty_notice.extract_party import read_party as penalty_prose_party
from bots.protest_intake.extract_fields import Fields as ProtestFields
from bots.protest_intake.extract_party import read_party as read_protest_party
from bots.protest_intake.extract_party_columns import read_party_columns
from bots.ruling_triage.extract_parties import read_parties
from bots.ruling_triage.extract_text import Fields, Paragraph
from tests.extract.test_protest_letter_cues import stream_of
from tests.reading.test_worksheet_cells import cell
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract
from tradebots.pdf import TextStream
from tradebots.pdf.words import Segment, Word

Cell = tuple[float, float, str]
_REQUEST: list[Cell] = [
            (72, 250, "Ruling Type: Tariff classification"),
            (72, 266, "Proposed HTS: 7323.93.0080"),
            (72, 290, "Description"),
            (72, 304, "A manual coffee maker of stainless steel, for brewing coffee at home."),
            (72, 330, "Sincerely,"), (72, 360, "Alicia Brandt"), (72, 374, "Director")]


def test_a_labelled_address_wrapped_under_its_value_keeps_its_city_line(tmp_path: Path) -> None:
    # Before: "Paterson, NJ 07501", indented under the value, was a paragraph of its own and the
    # address stopped at "Unit 4".
    cells: list[Cell] = [(72, 166, "Requester: Copperline Home Goods LLC"),
             (72, 182, "Address: 88 Riverside Drive, Unit 4"), (121.3, 196, "Paterson, NJ 07501"),
             (72, 212, "Date: April 7, 2025"), *_REQUEST]
    facts = extract(draw(tmp_path / "r.pdf", cells, size=10))["values"]
    assert facts["requester_address"] == "88 Riverside Drive, Unit 4, Paterson, NJ 07501"


def test_a_line_under_a_whole_address_is_not_taken_into_it(tmp_path: Path) -> None:
    cells: list[Cell] = [(72, 166, "Requester: Copperline Home Goods LLC"),
             (72, 182, "Address: 88 Riverside Drive, Paterson, NJ 07501"),
             (121.3, 196, "Newark, NJ 07102"), (72, 212, "Date: April 7, 2025"), *_REQUEST]
    facts = extract(draw(tmp_path / "r.pdf", cells, size=10))["values"]
    assert facts["requester_address"] == "88 Riverside Drive, Paterson, NJ 07501"


@pytest.mark.parametrize(("street", "city", "address"), [
    ("1200 Westlake Avenue North, Suite 600", "Seattle, WA 98109",
     "1200 Westlake Avenue North, Suite 600, Seattle, WA 98109"),
    ("40 Dock Street, Bldg. C", "Mobile, AL 36602", "40 Dock Street, Bldg. C, Mobile, AL 36602"),
    ("12 Main St., New", "York, NY 10001", "12 Main St., New York, NY 10001"),
    ("7400 Harrisburg Boulevard", "Houston, TX 77011",
     "7400 Harrisburg Boulevard, Houston, TX 77011"),
])
def test_a_penalty_address_wrapped_after_its_suite_starts_a_new_part(
        street: str, city: str, address: str) -> None:
    # Before: "..., Suite 600 Seattle, WA 98109": a street line holding a comma was taken for
    # a city cut by the wrap, and joined with a space.
    fields = read_header([cell("Violator: Northgate Apparel Group LLC", 72, 138),
                          cell("Address:", 72, 154), cell(street, 121, 154), cell(city, 121, 168),
                          cell("Case Number: 2025-3001-000127-01", 72, 184)])
    assert fields["party_address"].value == address


def _request(tmp_path: Path, fields: list[tuple[float, float, str]],
             size: float = 10) -> dict[str, object]:
    values: dict[str, object] = extract(draw(tmp_path / "r.pdf", [*fields, *_REQUEST],
                                             size=size))["values"]
    return values


_CAPTIONS_UNDER = [
    [(76, 152, "Ashgrove Instruments Corp."), (76, 166, "Requester"),
     (72, 180, "Address: 4100 Research Parkway, Ann Arbor, MI 48108"),
     (72, 196, "Date: May 12, 2025")],
    [(72, 152, "Requester: Ashgrove Instruments Corp."), (76, 168, "4100 Research Parkway"),
     (76, 182, "Ann Arbor, MI 48108"), (76, 196, "Address"), (72, 210, "Date: May 12, 2025")],
]


@pytest.mark.parametrize("cells", _CAPTIONS_UNDER)
def test_captions_printed_under_their_values_name_the_requester(
        tmp_path: Path, cells: list[tuple[float, float, str]]) -> None:
    # Before: "Requester" or "Address" in small type under its value (a value on its rule, the
    # caption below) read nothing: a labelled request was found lacking 177.2(b)(1).
    path = tmp_path / "r.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    for x, y, text in [*cells, *_REQUEST]:
        canvas.setFont("Helvetica", 7 if text in ("Requester", "Address") else 10)
        canvas.drawString(x, letter[1] - y, text)
    canvas.save()
    values = extract(path)["values"]
    assert values["requester_name"] == "Ashgrove Instruments Corp."
    assert values["requester_address"] == "4100 Research Parkway, Ann Arbor, MI 48108"


@pytest.mark.parametrize(("name_caption", "address_caption"), [
    ("Company", "Address of Requester"), ("Firm name", "Principal office"),
    ("Requesting party", "Place of business"), ("Requester", "Address of record"),
])
def test_the_requester_captioned_by_what_it_is_or_where_it_sits(
        tmp_path: Path, name_caption: str, address_caption: str) -> None:
    values = _request(tmp_path, [(72, 152, f"{name_caption}: Ashgrove Instruments Corp."),
                                 (72, 168, f"{address_caption}: 4100 Research Parkway, Ann "
                                           "Arbor, MI 48108"),
                                 (72, 184, "Date: May 12, 2025")])
    assert values["requester_name"] == "Ashgrove Instruments Corp."
    assert values["requester_address"] == "4100 Research Parkway, Ann Arbor, MI 48108"


def test_a_bare_address_caption_away_from_the_name_is_the_requesters(tmp_path: Path) -> None:
    # Before: only an "Address" box right after the requester's was read (fields in another
    # order, or an address in a sidebar, were not).
    values = _request(tmp_path, [(72, 152, "Requester: Ashgrove Instruments Corp."),
                                 (72, 168, "Proposed HTS: 9030.33.3800"),
                                 (72, 184, "Date: May 12, 2025"),
                                 (72, 200, "Address: 4100 Research Parkway, Ann Arbor, MI 48108")])
    assert values["requester_address"] == "4100 Research Parkway, Ann Arbor, MI 48108"


def test_a_bare_address_caption_is_no_ones_where_another_party_is_captioned(
        tmp_path: Path) -> None:
    values = _request(tmp_path, [(72, 152, "Requester: Ashgrove Instruments Corp."),
                                 (72, 168, "Seller: Ashgrove Electronics Co., Ltd."),
                                 (72, 184, "Date: May 12, 2025"),
                                 (72, 200, "Address: 18 Keyuan Road, Shenzhen")])
    assert values["requester_address"] is None


def test_a_letterhead_over_the_cbp_addressee_names_the_requester(tmp_path: Path) -> None:
    # Before: a letter dated by a labelled "Date:" line under its title had no letterhead, so
    # the party it named, and nowhere else, was not read.
    values = _request(tmp_path, [(208, 61, "Copperline Home Goods LLC"),
                                 (255, 79, "88 Riverside Drive, Unit 4"),
                                 (266, 90, "Paterson, NJ 07501"),
                                 (72, 118, "Director, National Commodity Specialist Division"),
                                 (72, 130, "U.S. Customs and Border Protection"),
                                 (72, 142, "Attn: Binding Ruling Request"),
                                 (72, 154, "201 Varick Street, Suite 501"),
                                 (72, 166, "New York, NY 10014"),
                                 (211, 194, "REQUEST FOR BINDING RULING"),
                                 (72, 220, "Date: April 7, 2025")])
    assert values["requester_name"] == "Copperline Home Goods LLC"
    assert values["requester_address"] == "88 Riverside Drive, Unit 4, Paterson, NJ 07501"


def test_a_receipt_stamp_over_the_addressee_is_no_letterhead(tmp_path: Path) -> None:
    # A stamp's "CBP - NCSD" over the addressee named no second requester to dispute the label.
    cells = [(428, 19, "Rec'd 04/10/2025"), (428, 31, "CBP - NCSD"),
             (72, 72, "Director, National Commodity Specialist Division"),
             (72, 84, "U.S. Customs and Border Protection"), (72, 96, "New York, NY 10014"),
             (72, 166, "Requester: Copperline Home Goods LLC"),
             (72, 182, "Address: 88 Riverside Drive, Paterson, NJ 07501"),
             (72, 212, "Date: April 7, 2025")]
    read = extract(draw(tmp_path / "r.pdf", [*cells, *_REQUEST], size=10))
    assert read["values"]["requester_name"] == "Copperline Home Goods LLC"
    assert read["confidence"]["requester_name"] >= 0.95
    assert read["decision"]["outcome"] != "needs_human"


_ADDRESSEE: list[Cell] = [(72, 64, "Regulations and Rulings, Office of Trade"),
              (72, 78, "U.S. Customs and Border Protection"),
              (72, 92, "90 K Street NE, 10th Floor"), (72, 106, "Washington, DC 20229-1177")]
_BLOCK = ["Ashgrove Instruments Corp.", "4100 Research Parkway", "Ann Arbor, MI 48108"]


@pytest.mark.parametrize("cells", [
    # a subject line alone, the party's name and address beside it
    [(72, 160, "Re:"), *[(108, 160 + 14 * i, line) for i, line in enumerate(_BLOCK)]],
    # a legal caption over the party's block, its role under it
    [(72, 152, "IN THE MATTER OF THE RULING REQUEST OF: )"),
     *[(72, 180 + 14 * i, line) for i, line in enumerate(_BLOCK)], (155, 236, "Requester.")],
    # a running head at the page's top
    [(72, 40, "Ashgrove Instruments Corp. - 4100 Research Parkway, Ann Arbor, MI 48108 - "
               "Ruling Request")],
])
def test_the_requester_named_by_its_role_in_the_letter(
        tmp_path: Path, cells: list[tuple[float, float, str]]) -> None:
    # Before: a party named only in a Re: block, a legal caption or a running head was not read,
    # and the request was found lacking 177.2(b)(1).
    values = _request(tmp_path, [*_ADDRESSEE, *cells, (72, 244, "Date: May 12, 2025")])
    assert values["requester_name"] == "Ashgrove Instruments Corp."
    assert values["requester_address"] == "4100 Research Parkway, Ann Arbor, MI 48108"


def test_the_firm_and_address_under_the_signer_name_a_letter_that_names_no_one_else(
        tmp_path: Path) -> None:
    cells: list[Cell] = [*_ADDRESSEE, (72, 166, "Date: May 12, 2025"),
             (72, 250, "Ruling Type: Valuation"),
             (72, 290, "Description"), (72, 304, "Handheld digital multimeters, models AG-10."),
             (72, 330, "Sincerely,"), (72, 360, "Kenneth Oyelaran"), (72, 374, "General Counsel"),
             *[(72, 388 + 14 * i, line) for i, line in enumerate(_BLOCK)]]
    values = extract(draw(tmp_path / "r.pdf", cells, size=10))["values"]
    assert values["requester_name"] == "Ashgrove Instruments Corp."
    assert values["requester_address"] == "4100 Research Parkway, Ann Arbor, MI 48108"


@pytest.mark.parametrize("cells", [
    # the name under its caption, the address caption on the next line of the same block
    [(72, 168, "Requester"), (72, 182, "Ashgrove Instruments Corp."),
     (72, 196, "Address: 4100 Research Parkway"), (121, 210, "Ann Arbor, MI 48108")],
    # the address under its caption, the next field's line right under it
    [(72, 166, "Requester: Ashgrove Instruments Corp."), (72, 184, "Address"),
     (72, 196, "4100 Research Parkway"), (72, 208, "Ann Arbor, MI 48108")],
    # the address's caption right of its first line
    [(72, 166, "Requester: Ashgrove Instruments Corp."), (72, 182, "4100 Research Parkway"),
     (72, 196, "Ann Arbor, MI 48108"), (199, 183, "Address")],
])
def test_the_requesters_address_wherever_its_caption_stands(
        tmp_path: Path, cells: list[tuple[float, float, str]]) -> None:
    # Before: None, None and "..., Ann Arbor, MI 48108, Date: May 12, 2025".
    values = _request(tmp_path, [*cells, (72, 220, "Date: May 12, 2025")])
    assert values["requester_name"] == "Ashgrove Instruments Corp."
    assert values["requester_address"] == "4100 Research Parkway, Ann Arbor, MI 48108"


def test_another_columns_caption_run_into_the_name_is_cut_off(tmp_path: Path) -> None:
    fields = Fields()
    items = [Paragraph(1, [cell("Requester: Ashgrove Instruments Corp.: Port(s) of Entry:", 72,
                                166), cell("Detroit, MI (3801)", 72, 180)]),
             Paragraph(1, [cell("Address: 4100 Research Parkway, Ann Arbor, MI 48108", 72, 196)])]
    read_parties(items, fields)
    assert fields.value("requester_name") == "Ashgrove Instruments Corp."
    assert fields.value("requester_address") == "4100 Research Parkway, Ann Arbor, MI 48108"


@pytest.mark.parametrize(("line", "unread"), [
    ("Port of Entry: Detroit, MI: Requester: Ashgrove Instruments Corp.", True),
    ("Port of Entry: Detroit, MI (3801)", False),
])
def test_a_requester_captioned_but_not_read_is_marked_unread(line: str, unread: bool) -> None:
    # Before: the request was found lacking 177.2(b)(1) though it captions its requester.
    fields = Fields()
    read_parties([Paragraph(1, [cell(line, 330, 166)])], fields)
    assert bool(fields.value("requester_unread")) is unread


@pytest.mark.parametrize(("text", "name", "weak"), [
    ("refunded with interest.\nElectronically signed by Dana M. Whitfield, Vice President, on "
     "June 13, 2025.", "Dana M. Whitfield", False),
    ("No sample.\nDigitally signed by Alicia Brandt\nDate: 2025.04.07", "Alicia Brandt", False),
    ("Ashgrove Instruments Corp.\nBy: Kenneth Oyelaran\nIts: General Counsel", "Kenneth Oyelaran",
     False),
    ("as provided by law.\nSignature: ____________\nName: Ruth Ann Delgado\nTitle: Import Manager",
     "Ruth Ann Delgado", True),
])
def test_signature_styles_name_their_signer(text: str, name: str, weak: bool) -> None:
    # Before: an e-signature line, a "By: / Its:" block and a form's "Name:" under its signature
    # rule named no signer.
    signer = signer_in(text)
    assert signer is not None
    assert (signer.name, signer.weak) == (name, weak)


def _small(text: str, x: float, top: float, height: float = 7.0) -> Segment:
    """A caption in small type (7 points high)."""
    words, at = [], x
    for part in text.split():
        words.append(Word(1, at, top, at + 4.0 * len(part), top + height, part))
        at += 4.0 * len(part) + 3.0
    return Segment(tuple(words))


_VIOLATOR = "Northgate Apparel Group LLC"
_WESTLAKE = "1200 Westlake Avenue North, Suite 600, Seattle, WA 98109"


@pytest.mark.parametrize("segments", [
    # the name on its rule, "Violator" under it in small type
    [cell(_VIOLATOR, 76, 138), _small("Violator", 76, 154),
     cell("Address: 1200 Westlake Avenue North, Suite 600, Seattle, WA 98109", 72, 166)],
    # the address's lines, "Address" under them
    [cell(f"Violator: {_VIOLATOR}", 72, 138),
     cell("1200 Westlake Avenue North, Suite 600", 76, 154), cell("Seattle, WA 98109", 76, 168),
     _small("Address", 76, 184)],
    # captions right of their values
    [cell(_VIOLATOR, 72, 138), _small("Violator", 250, 139),
     cell("1200 Westlake Avenue North, Suite 600", 72, 154), _small("Address", 300, 155),
     cell("Seattle, WA 98109", 72, 168)],
    # "Last known address"
    [cell(f"Violator: {_VIOLATOR}", 72, 138),
     cell("Last Known Address: 1200 Westlake Avenue North, Suite 600, Seattle, WA 98109", 72,
          154)],
])
def test_a_penalty_party_captioned_after_or_beside_its_value(segments: list[Segment]) -> None:
    # Before: a caption under or right of its value read nothing, or took the caption into it.
    fields = read_header([*segments, cell("Case Number: 2025-3001-000127-01", 72, 210)])
    assert fields["party_name"].value == _VIOLATOR
    assert fields["party_address"].value == _WESTLAKE


@pytest.mark.parametrize("text", [
    "PENALTY CASE REFERRAL\nIN THE MATTER OF )\n)\nGulf Coast Marine Supply, Inc. )\n"
    "7400 Harrisburg Boulevard )\nHouston, TX 77011 )\n)\nViolator. )\n"
    "Case Number: 2025-5301-000044-01",
    "Gulf Coast Marine Supply, Inc. - 7400 Harrisburg Boulevard, Houston, TX 77011 - Case 2025-53"
    "01-000044-01\nMEMORANDUM FOR: Fines, Penalties and Forfeitures Officer",
    "Entries listed below.\nThe importer of record, Gulf Coast Marine Supply, Inc., 7400 Harrisburg"
    " Boulevard, Houston, TX 77011, made the entries.",
])
def test_a_penalty_party_named_by_its_role(text: str) -> None:
    # Before: a legal caption's block, a running head and a name in apposition after "the
    # importer of record," were not read (or read as ", Gulf Coast ...").
    party = penalty_prose_party(stream_of(text))
    assert party["party_name"].value == "Gulf Coast Marine Supply, Inc."
    assert party["party_address"].value == "7400 Harrisburg Boulevard, Houston, TX 77011"


@pytest.mark.parametrize("text", [
    "PROTEST\nIN THE MATTER OF THE PROTEST OF )\n)\nGreenpoint Lamp Works LLC )\n"
    "211 Kent Avenue )\n"
    "Brooklyn, NY 11249 )\n)\nProtestant. )\nProtest Number: 1001-25-100233",
    "PROTEST\nRe: Greenpoint Lamp Works LLC\n211 Kent Avenue\nBrooklyn, NY 11249\n"
    "Protest Number: 1001-25-100233",
    "Greenpoint Lamp Works LLC - 211 Kent Avenue, Brooklyn, NY 11249 - Protest\n"
    "To: Port Director, U.S. Customs and Border Protection",
])
def test_the_protestant_named_by_its_role(text: str) -> None:
    # Before: the caption's name ran on into its address lines, and a subject line's block or a
    # running head named no protestant.
    fields = ProtestFields()
    read_protest_party(stream_of(text), fields)
    assert fields.value("protestant_name") == "Greenpoint Lamp Works LLC"
    assert fields.value("protestant_address") == "211 Kent Avenue, Brooklyn, NY 11249"


@pytest.mark.parametrize("lines", [
    # the name on its rule, "Protestant" under it in small type
    [[cell("Greenpoint Lamp Works LLC", 76, 124)], [_small("Protestant", 76, 140)],
     [cell("Address: 211 Kent Avenue, Brooklyn, NY 11249", 72, 152)]],
    # "Address" in small type right of the street line
    [[cell("Protestant: Greenpoint Lamp Works LLC", 72, 124)],
     [cell("211 Kent Avenue", 72, 140), _small("Address", 194, 141)],
     [cell("Brooklyn, NY 11249", 72, 154)]],
    # "Address" under the address's lines
    [[cell("Protestant: Greenpoint Lamp Works LLC", 72, 124)], [cell("211 Kent Avenue", 76, 140)],
     [cell("Brooklyn, NY 11249", 76, 154)], [_small("Address", 76, 170)]],
])
def test_a_protest_caption_in_small_type_after_its_value(lines: list[list[Segment]]) -> None:
    # Before: a caption under or right of its value read nothing (or the caption itself).
    fields = ProtestFields()
    read_party_columns([*lines, [cell("Protest Number: 1001-25-100233", 72, 182)]], fields)
    read_protest_party(stream_of("\n".join(" ".join(s.text for s in line) for line in lines)),
                       fields)
    assert fields.value("protestant_name") == "Greenpoint Lamp Works LLC"
    assert fields.value("protestant_address") == "211 Kent Avenue, Brooklyn, NY 11249"


def test_a_protest_address_beside_another_columns_value_keeps_its_own_column() -> None:
    # Before: "9800 Bissonnet Street 74-2906513, Houston, TX 77036": the importer number printed
    # in the block beside it ran into the address.
    lines = [[cell("Protestant: Lone Star Pump & Valve Co.", 72, 124), cell("Importer Number:",
                                                                            330, 124)],
             [cell("Address: 9800 Bissonnet Street", 72, 140), cell("74-2906513", 336, 138)],
             [cell("Houston, TX 77036", 121, 154)],
             [cell("Protest Number: 5301-25-100058", 72, 170)]]
    fields = ProtestFields()
    read_protest_party(TextStream(lines), fields)
    assert fields.value("protestant_address") == "9800 Bissonnet Street, Houston, TX 77036"


def test_a_scans_caption_a_point_smaller_than_the_line_above_points_at_nothing() -> None:
    # A memo head read by OCR: "DATE" (14 points) over "SUBJECT" (13) is no value and its caption.
    fields = read_header([_small("DATE", 66, 130, 14.0), _small("13 October 2023", 154, 130, 14.0),
                          _small("SUBJECT", 66, 152, 13.0),
                          _small("Referral for 1592 penalty", 154, 152, 13.0)])
    assert "party_name" not in fields


def test_an_address_wrapped_under_its_value_beside_another_column(tmp_path: Path) -> None:
    # Before: "3155 Harbor Boulevard": the requester's caption in the column beside came between
    # the address and its city line in reading order.
    values = _request(tmp_path, [(72, 166, "Address: 3155 Harbor Boulevard"),
                                 (330, 166, "Requester: Bluewater Paddle Sports Inc."),
                                 (121, 180, "Costa Mesa, CA 92626"),
                                 (72, 196, "Date: February 3, 2025")])
    assert values["requester_name"] == "Bluewater Paddle Sports Inc."
    assert values["requester_address"] == "3155 Harbor Boulevard, Costa Mesa, CA 92626"


def test_a_justified_lines_wide_spaces_are_no_column_gap() -> None:
    # "Protestant. Our   client,   Kestrel Ridge Outfitters, Inc." set justified: the name is
    # not cut at the first wide space (tenth hand).
    rows = [["1.", "Protestant.", "Our", "client,", "Kestrel", "Ridge", "Outfitters,", "Inc."],
            ['("Protestant"),', "whose", "place", "of", "business", "is", "4410", "Tamarack",
             "Way,",
             "Bozeman,"], ["MT", "59715,", "is", "the", "importer", "of", "record."]]
    lines = []
    for row, tokens in enumerate(rows):
        words, at = [], 72.0
        for token in tokens:
            words.append(Word(1, at, 100 + 14 * row, at + 5.0 * len(token), 110 + 14 * row, token))
            at += 5.0 * len(token) + 18.0
        lines.append([Segment(tuple(words))])
    fields = ProtestFields()
    read_protest_party(TextStream(lines), fields)
    assert fields.value("protestant_name") == "Kestrel Ridge Outfitters, Inc."


def test_a_running_head_yields_to_the_party_a_sentence_names() -> None:
    # A running head is the weakest cue: a sentence naming the party with its address wins.
    party = penalty_prose_party(stream_of(
        "Harbor Customs Brokerage - 12 Pier Road, Newark, NJ 07114 - Penalty referral\n"
        "This referral concerns Gulf Coast Marine Supply, Inc., 7400 Harrisburg Boulevard, "
        "Houston, TX 77011."))
    assert party["party_name"].value == "Gulf Coast Marine Supply, Inc."


def test_counsels_running_head_names_no_protestant() -> None:
    # A running head is the weakest cue, and a filer's (counsel's) never names the protestant.
    fields = ProtestFields()
    read_protest_party(stream_of(
        "Halbrook Tessier LLP - 2 Seaport Lane, Boston, MA 02210 - Protest\n"
        "To: Port Director, U.S. Customs and Border Protection\n"
        "On behalf of our client, Kestrel Ridge Outfitters, Inc., 4410 Tamarack Way, Bozeman, "
        "MT 59715, we protest the liquidation of the entries below."), fields)
    assert fields.value("protestant_name") == "Kestrel Ridge Outfitters, Inc."
