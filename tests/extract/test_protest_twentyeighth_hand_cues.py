"""Round 23: what the twenty-eighth hand's senders do, read for senders in general (issue 13).

A filer's own numbered-box sheet whose narrow box wraps its caption over two lines, a row of
request captions answered by Yes/No boxes each in its own column, and a surety that names its
capacity in the sentence that protests (19 CFR 174.13(a)(2), 174.22, 174.24, 174.13(a)(8)).
"""

from __future__ import annotations

from pathlib import Path

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_recurring_classes import _placed_pdf


def _own_form(path: Path, answers: tuple[str, str, str], caption_wraps: bool) -> Path:
    """A filer's own protest sheet in numbered boxes, a row of captions over a row of values."""
    number = [(420, 760, 7, "4. IMPORTER NUMBER OF"), (420, 751, 7, "PROTESTANT"),
              (420, 741, 9, "53-3757688")] if caption_wraps else [
        (420, 760, 7, "4. IMPORTER NUMBER OF PROTESTANT"), (420, 750, 9, "53-3757688")]
    return _placed_pdf(path, [
        (150, 790, 11, "PROTEST - 19 U.S.C. 1514 / 19 CFR PART 174"),
        (72, 760, 7, "1. PROTEST NUMBER (CBP USE)"), (190, 760, 7, "2. DATE RECEIVED (CBP USE)"),
        (310, 760, 7, "3. PORT CODE"), (190, 750, 9, "03/29/2024"), (310, 750, 9, "5301"),
        *number,
        (72, 720, 7, "5. NAME OF PROTESTANT"), (72, 710, 9, "Orchid Bay Cosmetics, Inc."),
        (72, 690, 7, "6. ADDRESS OF PROTESTANT"),
        (72, 680, 9, "1 Seaport Plaza, Long Beach, CA 90802"),
        (72, 660, 7, "7. ENTRIES PROTESTED"),
        (72, 650, 7, "ENTRY NUMBER"), (250, 650, 7, "DATE OF ENTRY"),
        (400, 650, 7, "DATE OF LIQUIDATION"),
        (72, 640, 9, "G7H-3528708-5"), (250, 640, 9, "06/02/2023"), (400, 640, 9, "12/28/2023"),
        (72, 620, 7, "8. DESCRIPTION OF MERCHANDISE"),
        (72, 610, 9, "Men's waterproof hiking boots with rubber outer soles"),
        (72, 590, 7, "9. ACCELERATED DISPOSITION REQUESTED"),
        (250, 590, 7, "10. FURTHER REVIEW REQUESTED"), (420, 590, 7, "11. SUBJECT TO DRAWBACK"),
        (72, 580, 9, answers[0]), (250, 580, 9, answers[1]), (420, 580, 9, answers[2]),
        (72, 560, 7, "12. DECISION PROTESTED AND GROUNDS"),
        (72, 550, 9, "The protestant objects to the classification of the merchandise. The"),
        (72, 540, 9, "goods are properly classified under subheading 6403.99.6075, HTSUS, as"),
        (72, 530, 9, "footwear with rubber outer soles and uppers of textile materials."),
    ])


def test_a_caption_wrapped_in_its_narrow_box_is_one_caption_over_its_value(
    tmp_path: Path,
) -> None:
    # Before: "4. IMPORTER NUMBER OF" / "PROTESTANT" / "53-3757688" read "PROTESTANT" as a
    # caption of its own, so the importer number became the protestant's name and (a)(2) was
    # reported missing.
    facts = extract_protest(_own_form(tmp_path / "form.pdf", (
        "[ ] Yes [X] No", "[ ] Yes [X] No", "[ ] Yes [X] No"), caption_wraps=True)).facts
    assert facts.importer_number == "53-3757688"
    assert facts.protestant_name == "Orchid Bay Cosmetics, Inc."


def test_request_captions_in_a_row_are_answered_by_the_boxes_in_their_columns(
    tmp_path: Path,
) -> None:
    # Before: the caption's own word "REQUESTED" read as a request, both requests True though
    # each box under its caption says No; a Yes in one column is that request's alone.
    facts = extract_protest(_own_form(tmp_path / "form.pdf", (
        "[ ] Yes [X] No", "[X] Yes [ ] No", "[ ] Yes [X] No"), caption_wraps=False)).facts
    assert facts.accelerated_disposition is False
    assert facts.further_review_requested is True
    assert facts.drawback_declaration is False
    # The drawback box ends the row: read in its column, not from the row's boxes run together.
    subject = extract_protest(_own_form(tmp_path / "drawback.pdf", (
        "[X] Yes [ ] No", "[ ] Yes [X] No", "[X] Yes [ ] No"), caption_wraps=False)).facts
    assert subject.accelerated_disposition is True
    assert subject.drawback_declaration is True


def test_a_surety_naming_its_capacity_in_the_protesting_sentence_is_a_surety_protest(
    tmp_path: Path,
) -> None:
    # Before: only "protest filed by surety" on a form was read, so a surety's letter with no
    # non-collusion certification (174.13(a)(8)) was accepted.
    lines = [
        "U.S. Customs and Border Protection, Port Director, Houston (5301)",
        "Great Lakes Indemnity Company, as surety on the continuous bond of the importer of",
        "record, protests the appraised value of the merchandise of entry 9BA-8994011-4,",
        "entered Sept. 21, 2023 and liquidated July 31, 2024.",
        "Protestant: Great Lakes Indemnity Company",
        "Address: 300 Wacker Drive, Chicago, IL 60606",
        "Importer No.: 11-5044693",
    ]
    facts = extract_protest(_letter_pdf(tmp_path / "surety.pdf", lines)).facts
    assert facts.surety_protest is True
    assert facts.non_collusion_certified is False
    certified = extract_protest(_letter_pdf(tmp_path / "certified.pdf", [
        *lines, "The surety certifies that this protest is not being filed collusively."])).facts
    assert certified.non_collusion_certified is True


def test_a_surety_named_in_passing_does_not_make_the_protest_a_surety_s(tmp_path: Path) -> None:
    # The importer protests; its bond's surety is named where no sentence protests.
    facts = extract_protest(_letter_pdf(tmp_path / "importer.pdf", [
        "U.S. Customs and Border Protection, Port Director, Houston (5301)",
        "Acme Lighting Corp. protests the appraised value of entry 9BA-8994011-4,",
        "entered Sept. 21, 2023 and liquidated July 31, 2024.",
        "The entry was made under a continuous bond with Great Lakes Indemnity as surety.",
        "Importer No.: 11-5044693",
    ])).facts
    assert facts.surety_protest is False
    # Nor where the importer's protesting sentence names the surety after its own protest.
    facts = extract_protest(_letter_pdf(tmp_path / "one_sentence.pdf", [
        "U.S. Customs and Border Protection, Port Director, Houston (5301)",
        "Acme Lighting Corp. protests the appraised value of entry 9BA-8994011-4, entered",
        "September 21, 2023 under a continuous bond with Great Lakes Indemnity as surety",
        "and liquidated July 31, 2024.",
        "Importer No.: 11-5044693",
    ])).facts
    assert facts.surety_protest is False


def test_the_criterion_of_a_further_review_asked_in_a_sentence_is_read(tmp_path: Path) -> None:
    # Before: the criterion was looked for only where a request had been read before the
    # sentence readers ran, so "requested under 19 CFR 174.24(b)" left 174.25(b) unmet.
    facts = extract_protest(_letter_pdf(tmp_path / "afr.pdf", [
        "U.S. Customs and Border Protection, Port Director, Savannah (1703)",
        "Kestrel Motion Systems Inc. protests the appraised value of entry EF2-1659178-6,",
        "entered August 31, 2022 and liquidated June 2, 2023.",
        "Importer No.: 92-7510306",
        "Further review is requested under 19 CFR 174.24(b): the decision raises a question of",
        "law or fact not previously ruled upon by Headquarters.",
    ])).facts
    assert facts.further_review_requested is True
    assert facts.afr_criterion == "b"


def test_a_named_non_collusion_certification_counts_unless_its_box_says_none(
    tmp_path: Path,
) -> None:
    # Before: only "not ... collusive" in so many words certified; a certification given under
    # its name was missed (a surety's protest reported deficient), while "None" under the same
    # name must still certify nothing.
    head = [
        "U.S. Customs and Border Protection, Port Director, Houston (5301)",
        "Great Lakes Indemnity Company, as surety on the bond, protests the appraised value",
        "of entry 9BA-8994011-4, entered Sept. 21, 2023 and liquidated July 31, 2024.",
        "Importer No.: 11-5044693",
    ]
    given = extract_protest(_letter_pdf(tmp_path / "given.pdf", [
        *head, "Non-collusion certification: the surety certifies that no other party's time",
        "to protest is extended by this protest."])).facts
    assert given.surety_protest is True
    assert given.non_collusion_certified is True
    blank = extract_protest(_letter_pdf(tmp_path / "none.pdf", [
        *head, "Surety non-collusion cert.:   None"])).facts
    assert blank.non_collusion_certified is False
