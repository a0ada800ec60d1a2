"""Round 12: what a new sender writes for the same protest elements, read by meaning (issue 13).

Two-column numbered-box forms whose boxes the reader half knows, an address caption made of the
address's parts, a description list's run-in labels, objection headings in the sender's own
words, entries listed with their dates on the line below, and a penalty decided on petition.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_fields import LABELLED, Fields
from bots.protest_intake.extract_stacked import caption_of, read_stacked, same_label
from bots.protest_intake.model import ProtestFacts
from bots.protest_intake.phrasings import objection_heading
from bots.protest_intake.rules.validity import check_protestable
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_letter_cues import stream_of

Placed = tuple[float, float, float, str]  # x, y, font size, text


def _placed_pdf(path: Path, texts: list[Placed]) -> Path:
    canvas = Canvas(str(path))
    for x, y, size, text in texts:
        canvas.setFont("Helvetica", size)
        canvas.drawString(x, y, text)
    canvas.save()
    return path


def _two_column_form(path: Path, address_caption: str | None = None) -> Path:
    """A notice of protest in numbered boxes, two to a row, captions smaller than values."""
    rows: list[Placed] = [
        (200, 780, 12, "NOTICE OF PROTEST"),
        (180, 764, 8, "Filed under 19 U.S.C. 1514 and 19 CFR Part 174"),
        (40, 740, 6.5, "1. Protest number"), (310, 740, 6.5, "2. Date received"),
        (40, 712, 6.5, "3. Port where entered"), (310, 712, 6.5, "4. IRS/EIN (IOR)"),
        (42, 700, 9.5, "Savannah (1703)"), (312, 700, 9.5, "58-1234567"),
        (40, 676, 6.5, "5. Party filing this protest"), (310, 676, 6.5, "6. Decision objected to"),
        (42, 664, 9.5, "Harbor Mill Goods Inc."),
        (312, 664, 9.5, "Tariff classification (HTSUS) and rate of duty"),
    ]
    top = 652
    if address_caption is not None:
        rows.append((40, 652, 6.5, address_caption))
        top = 640
    rows += [
        (42, top, 9.5, "410 River Road"), (42, top - 11.5, 9.5, "Savannah, GA 31401"),
        (40, 600, 6.5, "7. Entries covered"),
        (44, 588, 7, "Entry number"), (220, 588, 7, "Date of entry"),
        (380, 588, 7, "Date of liquidation"),
        (44, 576, 9.5, "ABC-1234567-8"), (220, 576, 9.5, "03/04/2024"),
        (380, 576, 9.5, "09/05/2024"),
        (40, 556, 6.5, "8. Merchandise"),
        (42, 544, 9.5, "Description of merchandise: Cotton bath towels, style HT-4"),
        (40, 520, 6.5, "9. Claim and supporting argument"),
        (42, 508, 9, "The towels are of terry fabric and are classified in 6302.60.0010, HTSUS,"),
        (42, 496, 9, "by GRI 1; the heading applied does not describe them."),
        (40, 480, 8.5, "The protestant declares that no entry listed is subject to drawback."),
        (40, 466, 8.5, "Accelerated disposition sought? [ ] Yes [X] No"),
        (40, 446, 6.5, "10. Signature of protestant or agent"),
        (45, 432, 12, "Miriam K. Oduya"),
        (45, 418, 8, "Customs Manager - signed 10/01/2024"),
    ]
    return _placed_pdf(path, rows)


def test_a_two_column_form_with_boxes_the_reader_does_not_name_is_read_whole(
    tmp_path: Path,
) -> None:
    # Before: "6. Decision objected to" and "3. Port where entered" were no captions, so neither
    # row was read; the name, address and signer were lost and 174.13(a)(1) concluded absent.
    read = extract_protest(_two_column_form(tmp_path / "form.pdf"))
    facts = read.facts
    assert facts.port_code == "1703"
    assert facts.importer_number == "58-1234567"
    assert facts.protestant_name == "Harbor Mill Goods Inc."
    assert facts.protestant_address == "410 River Road, Savannah, GA 31401"
    assert facts.category == "classification"
    assert facts.signer_name == "Miriam K. Oduya"
    assert read.fields["signer_name"].evidence is not None


def test_an_address_caption_made_of_its_parts_is_read_not_concluded_absent(
    tmp_path: Path,
) -> None:
    read = extract_protest(_two_column_form(tmp_path / "form.pdf", "STREET, CITY, STATE, ZIP"))
    assert read.facts.protestant_address == "410 River Road, Savannah, GA 31401"


@pytest.mark.parametrize("caption", [
    "STREET, CITY, STATE, ZIP", "Street / City / ZIP code", "Address, city and postal code",
    "Street and number, town, country", "3. Port where entered", "Port code / name",
    "Entry port", "5. Party filing this protest", "Filing party", "Port of entry code",
])
def test_captions_are_known_by_meaning(caption: str) -> None:
    assert caption_of(caption) is not None


@pytest.mark.parametrize("line", ["The street was closed", "State of the art", "Decision"])
def test_words_that_only_look_like_captions_are_not(line: str) -> None:
    assert caption_of(line) is None


def test_a_run_in_label_under_its_margin_note_is_no_value() -> None:
    # Before: "Protestant." (the description list's label) was read as the name.
    fields = Fields()
    read_stacked(stream_of("Protestant\nProtestant.\nFerncliff Trading Corp.\n"), fields)
    assert fields.value("protestant_name") == "Ferncliff Trading Corp."
    assert same_label("protestant_name", "Protestant: Acme Inc.") == "Acme Inc."
    assert same_label("protestant_name", "Acme Inc.") is None


def test_a_heading_under_a_blank_goods_caption_is_not_the_goods() -> None:
    fields = Fields()
    read_stacked(stream_of("Merchandise description:\n9. Claim and supporting argument\n"
                           "The goods are classified in 9405.11.40.\n"), fields)
    assert "merchandise_description" not in fields.items


@pytest.mark.parametrize("heading", [
    "9. Claim and supporting argument", "Statement of objection and reasons",
    "Grounds and reasons in support", "Legal basis of the claim", "Contentions",
])
def test_objection_headings_built_of_the_objection_s_words(heading: str) -> None:
    assert objection_heading(heading)


@pytest.mark.parametrize("line", [
    "Decision objected to", "Drawback claim", "Supporting documents",
    "The protestant claims a refund of the duties paid on these entries",
])
def test_lines_that_are_not_objection_headings(line: str) -> None:
    assert not objection_heading(line)


def test_a_run_in_objection_heading_before_a_colon_in_its_sentence(tmp_path: Path) -> None:
    # Before: "Grounds for protest. Reclassify in 4201.00.30, HTSUS: ..." was taken as one label
    # up to the colon, no objection was found and 174.13(a)(6) was reported missing.
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "To: U.S. Customs and Border Protection, Los Angeles (port 2704)",
        "Protestant Ostrander Lighting Group Inc.",
        "Address 909 Kessler Boulevard, Indianapolis, IN 46220",
        "Entry 91A-6564458-3 entered 02/01/2024; liquidated 18-Apr-2024",
        "Decision: Classification and rate of duty",
        "Merchandise description: Dog harnesses of woven polyester webbing",
        "Grounds for protest. Reclassify in 4201.00.3000, HTSUS: the merchandise is used for",
        "walking dogs, which is decisive under Additional U.S. Rule of Interpretation 1(a).",
        "Sincerely,", "/s/ Henrietta Kowalczyk",
    ])
    facts = extract_protest(pdf).facts
    assert facts.objection_text is not None
    assert facts.objection_text.startswith("Reclassify in 4201.00.3000")


def test_entries_listed_with_their_dates_on_the_line_below_keep_every_date(
    tmp_path: Path,
) -> None:
    # Before: each "entered ...; liquidated ..." line was taken for the next entry's table
    # header, so every entry after the first lost both dates.
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "To: U.S. Customs and Border Protection, Norfolk (port 1401)",
        "Protestant Calloway Brothers Toys & Games Inc.",
        "Entry CFG-4594349-2", "entered 2024-11-08; liquidated 2025-04-25",
        "Entry CFG-3580838-2", "entered 2024-08-20; liquidated 2025-05-01",
        "Entry CFG-7724764-8", "entered 2024-12-04; liquidated 2025-04-30",
    ])
    entries = extract_protest(pdf).facts.entries
    assert [(e.entry_date, e.liquidation_date) for e in entries] == [
        (date(2024, 11, 8), date(2025, 4, 25)), (date(2024, 8, 20), date(2025, 5, 1)),
        (date(2024, 12, 4), date(2025, 4, 30)),
    ]


@pytest.mark.parametrize("objection", [
    "The mitigated amount in the decision on our petition is excessive; cancel it.",
    "We object to the decision on our petition for relief under Part 171.",
])
def test_a_penalty_decided_on_petition_is_not_protestable(objection: str) -> None:
    facts = ProtestFacts(objection_text=objection)
    assert [f.outcome for f in check_protestable(facts)] == ["invalid"]


def test_a_caption_beside_a_caption_is_the_next_box_not_a_value(tmp_path: Path) -> None:
    # Before: "PROTESTANT   IRS/EIN (IOR)" paired the second caption with the first as its
    # value, so the protestant was named "IRS/EIN (IOR)" at a label's confidence.
    pdf = _placed_pdf(tmp_path / "form.pdf", [
        (40, 780, 12, "Protest"), (40, 766, 8, "19 U.S.C. 1514 - 19 CFR Part 174"),
        (40, 740, 6.5, "PROTESTANT"), (390, 740, 6.5, "IRS/EIN (IOR)"),
        (40, 728, 9.5, "Halvorsen Nordic Apparel Inc."), (390, 728, 9.5, "22-6162738"),
        (40, 710, 6.5, "ADDRESS"), (40, 698, 9.5, "615 Ballard Avenue NW, Seattle, WA 98107"),
        (40, 670, 7, "Entry number"), (200, 670, 7, "Date of entry"),
        (330, 670, 7, "Date of liquidation"),
        (40, 658, 9.5, "DBE-5752905-6"), (200, 658, 9.5, "2024-11-22"),
        (330, 658, 9.5, "2025-04-16"),
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Halvorsen Nordic Apparel Inc."
    assert facts.importer_number == "22-6162738"


def test_a_decision_beside_its_short_label_is_labelled(tmp_path: Path) -> None:
    # Before: "Decision   Classification" was no label, the decision came only from the title,
    # so a letter laid out under labels could not vouch that it gives no objection (174.13(a)(6)).
    pdf = _placed_pdf(tmp_path / "letter.pdf", [
        (72, 760, 10, "To: U.S. Customs and Border Protection, Boston (port 0401)"),
        (72, 740, 10, "Protestant"), (200, 740, 10, "Calloway Brothers Toys & Games Inc."),
        (72, 726, 10, "Address"), (200, 726, 10, "1515 Commerce Street, Dallas, TX 75201"),
        (72, 712, 10, "Entry CFG-3318564-3 entered 2024-09-17; liquidated 2025-05-19"),
        (72, 698, 10, "Decision"), (200, 698, 10, "Classification"),
        (72, 684, 10, "Merchandise description: Wooden jigsaw puzzles of 500 pieces"),
        (72, 670, 10, "This protest is filed under 19 U.S.C. 1514."),
        (72, 650, 10, "Respectfully submitted,"), (72, 636, 10, "/s/ Rafael Okonkwo-Brandt"),
    ])
    read = extract_protest(pdf)
    assert read.facts.category == "classification"
    assert read.fields["category"].confidence == LABELLED
