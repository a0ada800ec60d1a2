"""Round 25: what the twenty-ninth and thirtieth hands' senders do, read for senders in general
(issue 13): an objection that names the decision's own particulars and nothing of why
(174.13(a)(6)), a receipt stamp set beside a letter's head whose lines the letter's own date
shares (174.12(f)), a numbered paragraph's value wrapped to its hanging indent, a decision
argued before the objection's one cue sentence, grounds promised in a sentence of their own,
a value cell ending a page under the next page's running head, a pleading's "Count I" after a
value, and goods under their caption wrapped at a full line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_objection_reasons import DEFERRED
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_recurring_classes import _placed_pdf

_LETTER_HEAD = [
    "PROTEST AND REQUEST FOR RELIEF (19 U.S.C. 1514; 19 CFR Part 174)",
    "PROTESTANT: Magellan Bicycle Works LLC, 77 Velo Lane, Boulder, CO 80301",
    "IMPORTER NO.: 82-6831497",
    "MERCHANDISE: Insulated stainless steel food jars, model FJ-16",
    "Entry B7C-1984706-0 entered 11-AUG-2023, liquidated 25-MAR-2024",
]


@pytest.mark.parametrize("objection", [
    "Protestant objects to the classification of the merchandise under subheading "
    "7323.93.0080, HTSUS.",
    "Protestant objects to the fees assessed.",
])
def test_an_objection_naming_only_the_decisions_particulars_gives_no_justification(
    tmp_path: Path, objection: str,
) -> None:
    # Before: the subheading CBP applied (a cite, "HTSUS") read as the objection's reasons, so
    # a protest that never says why the decision is wrong was accepted (confidently wrong).
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        *_LETTER_HEAD, "STATEMENT OF OBJECTIONS", objection,
        "DRAWBACK", "No drawback has been or will be claimed on these entries.",
    ])
    assert extract_protest(pdf).fields[DEFERRED].value is True


def test_the_same_objection_with_its_reason_is_justified(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        *_LETTER_HEAD, "STATEMENT OF OBJECTIONS",
        "Protestant objects to the classification of the merchandise under subheading",
        "7323.93.0080, HTSUS. The jars are properly classified under 9617.00.1000, HTSUS.",
        "DRAWBACK", "No drawback has been or will be claimed on these entries.",
    ])
    fields = extract_protest(pdf).fields
    assert DEFERRED not in fields
    assert "9617.00.1000" in str(fields["objection_text"].value)


@pytest.mark.parametrize("letter_row", [0, 1])
def test_the_receipt_stamps_date_is_the_one_in_its_column_not_the_letters_beside_it(
    tmp_path: Path, letter_row: int,
) -> None:
    # Before: "RECEIVED" read as a caption over the next line, or the stamp's reach taken to
    # its first date, gave the letter's own date (set at the left margin between the stamp's
    # lines) as CBP's receipt, days early.
    stamp = [(460, 760, 9, "RECEIVED"), (420, 748, 9, "U.S. CUSTOMS AND BORDER PROTECTION"),
             (458, 736, 9, "DEC. 6, 2023"), (458, 724, 9, "PORT OF LAREDO")]
    pdf = _placed_pdf(tmp_path / "letter.pdf", [
        *stamp, (72, 748 - 12 * letter_row, 10, "December 3, 2023"),
        (72, 700, 10, "Port Director, U.S. Customs and Border Protection, Port of Laredo"),
        (72, 686, 10, "Blue Heron Outdoor Gear, Inc. protests the classification of the goods."),
    ])
    assert extract_protest(pdf).facts.received_date == date(2023, 12, 6)


def test_a_numbered_paragraphs_value_wraps_to_its_hanging_indent(tmp_path: Path) -> None:
    # Before: the wrapped line, set back under the label's start (not the number's margin nor
    # the value's first word), was read as no part of the goods: "... seat posts, 27.2 mm x".
    numbered = [
        ("1.", "Protestant. Northgate Medical Disposables Corp., 17 Commerce Circle, Edison,"),
        (None, "NJ 08837, importer number 77-0914188, protests under 19 U.S.C. 1514."),
        ("2.", "Decision protested. Protestant objects to the classification of the goods."),
        ("3.", "Description of merchandise: Carbon fibre bicycle seat posts, 27.2 mm x"),
        (None, "350 mm, part SP-272."),
        ("4.", "Entries. Entry 9F1-6912949-9, entered 05/23/2022, liquidated 03/18/2023."),
    ]
    placed: list[tuple[float, float, float, str]] = []
    for row, (number, text) in enumerate(numbered):
        if number:
            placed.append((29, 700 - 12 * row, 10, number))
        placed.append((63, 700 - 12 * row, 10, text))
    facts = extract_protest(_placed_pdf(tmp_path / "letter.pdf", placed)).facts
    assert facts.merchandise_description == "Carbon fibre bicycle seat posts, 27.2 mm x 350 mm, " \
        "part SP-272"


def test_a_decision_argued_before_the_objections_one_cue_sentence_is_the_category(
    tmp_path: Path,
) -> None:
    # Before: the objection was read as its last sentence alone ("The excess duty should be
    # refunded."), which argues no decision, so none was read though the sentences before it
    # argue a reclassification.
    pdf = _letter_pdf(tmp_path / "mail.pdf", [
        "Please accept this e-mail as a protest under 19 U.S.C. 1514 and 19 CFR Part 174.",
        "Merchandise: LED linear high-bay light fixtures, 150 W, model HB-150",
        "Entry B7C-1076707-7, entered Jan. 26, 2024, liquidated Dec. 6, 2024",
        "The port reclassified the goods from subheading 9405.20.6600 to",
        "9405.11.4010, HTSUS, on the view that they are parts. They are complete",
        "articles as imported (GRI 2(a)). The excess duty should be refunded.",
    ])
    assert extract_protest(pdf).facts.category == "classification"


_MAIL = [
    "From: Lucia M. Ferrante <lferrante@tamarack.com>",
    "Subject: PROTEST 19 USC 1514 - classification - 1 entry",
    "Good morning,",
    "Tamarack Valley Outfitters, Inc., 4410 Industrial Parkway, Duluth, MN 55811",
    "(importer no. 87-1971084) hereby protests the classification of the",
    "merchandise and the resulting rate of duty on the entries below.",
    "Entry B7D-2833212-9 - entered 03/24/2024, liquidation 12/27/2024",
    "Merchandise: Knitted acrylic dog sweaters, sizes XS to XL, style DS-200",
]
_MAIL_END = [
    "None of the entries covered by this protest is subject to drawback.",
    "Further review is not requested at this time.",
    "Thanks and regards,",
    "Lucia M. Ferrante",
]


def test_grounds_promised_in_a_sentence_of_their_own_are_not_given(tmp_path: Path) -> None:
    # Before: a deferral was seen only under an objection's heading; a letter whose one word on
    # the grounds is "they will follow" left (a)(6) open instead of positively unmet.
    pdf = _letter_pdf(tmp_path / "mail.pdf", [
        *_MAIL, "Our detailed grounds will follow under separate cover.", *_MAIL_END])
    fields = extract_protest(pdf).fields
    assert fields[DEFERRED].value is True
    evidence = fields[DEFERRED].evidence
    assert evidence is not None
    assert evidence.text.startswith("Our detailed grounds")


def test_grounds_promised_after_a_reason_given_do_not_make_it_absent(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "mail.pdf", [
        *_MAIL, "The sweaters are garments for dogs, classifiable in 4201.00.3000.",
        "Our detailed grounds will follow under separate cover.", *_MAIL_END])
    assert DEFERRED not in extract_protest(pdf).fields


def test_a_value_cell_ending_a_page_does_not_run_on_into_the_next_pages_head(
    tmp_path: Path,
) -> None:
    # Before: the next page's running head, set over the value's column, was read as the
    # merged cell's wrapped line: "... model FJ-16 Page 2 of 2 - Sunbelt Fitness Gear, Inc.".
    path = tmp_path / "sheet.pdf"
    canvas = Canvas(str(path))
    for page, rows in enumerate([[
        ("Protestant:", "Sunbelt Fitness Gear, Inc."), ("IOR Number:", "79-3484480"),
        ("Merchandise:", "Insulated stainless steel food jars, 16 oz., model FJ-16"),
    ], [("Entry number:", "B7C-1984706-0")]], start=1):
        canvas.setFont("Helvetica", 9)
        canvas.drawString(386, 800, f"Page {page} of 2 - Sunbelt Fitness Gear, Inc. - Protest")
        for row, (label, value) in enumerate(rows):
            canvas.drawString(43, 740 - 14 * row - (500 if page == 1 else 0), label)
            canvas.drawString(193, 740 - 14 * row - (500 if page == 1 else 0), value)
        canvas.showPage()
    canvas.save()
    assert extract_protest(path).facts.merchandise_description == (
        "Insulated stainless steel food jars, 16 oz., model FJ-16")


def test_a_pleadings_numbered_count_ends_the_value_above_it(tmp_path: Path) -> None:
    # Before: a full line of goods ran on into the next line, "Count I", a heading in mixed
    # case that no known heading or capitals marked: "... part HB-720 Count I".
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "Harbor Lamp Co., 1 Main St, Erie, PA 16501, importer number 23-4567890, protests",
        "the classification of the entry below, Entry No. BDA-9153055-9, entered on",
        "2023-10-08, liquidated on 2024-08-14, at the port of Erie (4106).",
        "Goods protested: Aluminum bicycle handlebars, 31.8 mm clamp, part HB-720",
        "Count I",
        "CBP liquidated the goods under a subheading other than 8714.91.5000, HTSUS.",
    ])
    assert extract_protest(pdf).facts.merchandise_description == (
        "Aluminum bicycle handlebars, 31.8 mm clamp, part HB-720")


@pytest.mark.parametrize(("tail", "goods"), [
    (["HB-720", "OBJECTION"], "Aluminum bicycle handlebars, 31.8 mm clamp, 720 mm width, part "
     "HB-720"),
    # A tag of the next element under a full line is no part of the goods.
    (["DRAWBACK", "The entries are not subject to drawback.", "OBJECTION"],
     "Aluminum bicycle handlebars, 31.8 mm clamp, 720 mm width, part"),
])
def test_goods_under_their_caption_run_on_past_a_full_line_into_a_code(
    tmp_path: Path, tail: list[str], goods: str,
) -> None:
    # Before: a line set to the page's width ("... 720 mm width, part" / "HB-720") ended the
    # goods, as only a broken phrase or a lower-case line ran on.
    pdf = _letter_pdf(tmp_path / "page.pdf", [
        "PROTEST under 19 U.S.C. 1514, filed at the Port of Chicago (port code 3901).",
        "ENTRIES COVERED", "602-7376827-9, entered Sept. 24, 2023; liquidated June 25, 2024.",
        "PROTESTANT", "Coastal Reef Trading Co., 88 Harbor Drive, Long Beach, CA 90802",
        "MERCHANDISE",
        "Aluminum bicycle handlebars, 31.8 mm clamp, 720 mm width, part", *tail,
        "CBP appraised the merchandise at transaction value including the",
        "buying commissions paid to the protestant's own buying agent.",
    ])
    assert extract_protest(pdf).facts.merchandise_description == goods
