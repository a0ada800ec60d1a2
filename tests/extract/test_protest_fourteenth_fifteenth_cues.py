"""Protest cues of senders in general (issue 13, round 11): captions that say whose box it is
("CBP USE - DATE RECEIVED"), a signature row's cells, printouts' dot leaders without a colon and
list bullets, an objection followed by its reasons in any words (or by none), a drawback label
answered by a word, a party's name and address on one line, an importer writing in the first
person, a definition list's wrapped value, a label's bare answer ending its clause, a labelled
objection naming its decision, an earlier protest's review state, and a replica's omitted box."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_category import ARGUED, refine_category
from bots.protest_intake.extract_cells import _run_on
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_objection_reasons import DEFERRED
from bots.protest_intake.extract_structure import unread_cues
from bots.protest_intake.model import ProtestFacts
from tests.extract.test_protest_letter_cues import elements, stream_of
from tests.penalty_read.drawn import Line, draw_referral
from tradebots.pdf import Segment, Word

_ENTRY = [[(72.0, "Entry number"), (200.0, "Entry date"), (330.0, "Liquidation date")],
          [(72.0, "B2F-8381633-8"), (200.0, "9/12/2024"), (330.0, "6/6/2025")]]


def _read(path: Path, lines: list[Line]) -> ProtestFacts:
    """The facts of LINES drawn on a page that a protest's title and entry table frame."""
    framed = ["Protest under 19 U.S.C. 1514", *lines, *_ENTRY]
    return extract_protest(draw_referral(path, framed, font_size=10)).facts


@pytest.mark.parametrize(("number", "received"), [
    ("CBP PROTEST NO. (IF ASSIGNED)", "CBP USE - DATE RECEIVED"),
    ("CBP Protest Number", "For CBP use only: Date received"),
    ("Protest No. (CBP)", "CBP use only - Receipt date"),
    ("Protest number", "Office use only - Date received"),
])
def test_a_caption_that_says_whose_box_it_is_names_the_box(
        tmp_path: Path, number: str, received: str) -> None:
    # Before, the row was no row of captions: the port went unread and so did the receipt.
    facts = _read(tmp_path / "c.pdf", [
        [(72.0, "PORT CODE"), (220.0, number), (400.0, received)],
        [(72.0, "4101"), (220.0, "4101-25-158849"), (400.0, "AUG 29 2025")],
    ])
    assert (facts.port_code, facts.protest_number, facts.received_date) == (
        "4101", "4101-25-158849", date(2025, 8, 29))


@pytest.mark.parametrize("caption", ["GOODS DESCRIPTION", "Product description",
                                     "Description of imported goods", "Item description"])
def test_a_goods_caption_however_worded_is_read_and_never_taken_for_an_absence(
        tmp_path: Path, caption: str) -> None:
    facts = _read(tmp_path / "g.pdf", [caption, "Hand-painted porcelain dinner sets, 16 pieces"])
    assert facts.merchandise_description == "Hand-painted porcelain dinner sets, 16 pieces"
    # A caption whose value went unread leaves (a)(5) to a person, not to a deficiency letter.
    assert unread_cues(Fields(), f"{caption}\nHand-painted porcelain dinner sets") == {5}
    # A form's blank box, the next box's caption under it, is an absence all the same.
    assert unread_cues(Fields(), f"{caption}\nDECISION PROTESTED\nAssessment of a fee") == set()


def test_a_signature_rows_first_cell_is_the_signer(tmp_path: Path) -> None:
    # Before: "Howard J. Castellano Import Manager Dec. 17" (the row read as one line).
    facts = _read(tmp_path / "s.pdf", [
        "Protestant objects to the appraisement at liquidation.",
        [(72.0, "AUTHORIZED SIGNATURE"), (260.0, "TITLE"), (400.0, "DATE")],
        [(72.0, "/s/ Howard J. Castellano"), (260.0, "Import Manager"), (400.0, "Dec. 17, 2025")],
    ])
    assert facts.signer_name == "Howard J. Castellano"


@pytest.mark.parametrize("label", ["PREPARED AND SIGNED:", "Executed and signed:",
                                   "Certified and signed by:"])
def test_prepared_and_signed_labels_name_the_signer(tmp_path: Path, label: str) -> None:
    facts = _read(tmp_path / "p.pdf", ["COMMODITY: Glazed ceramic floor tiles",
                                       f"{label} Warren T. Lindqvist"])
    assert facts.signer_name == "Warren T. Lindqvist"


@pytest.mark.parametrize("leader", ["Date Received.........", "Date Received ........."])
def test_a_dot_leader_without_a_colon_is_the_labels_colon(tmp_path: Path, leader: str) -> None:
    facts = _read(tmp_path / "d.pdf", [
        "PROTEST SUBMISSION - CONFIRMATION OF RECEIPT",
        f"{leader} 2026-01-24", "Filing Port........... 3901",
        "Time Received......... 14:53 ET",
    ])
    assert (facts.received_date, facts.port_code) == (date(2026, 1, 24), "3901")


@pytest.mark.parametrize("bullet", ["•", "▪", "◦", "●"])
def test_a_list_items_bullet_does_not_hide_its_label(tmp_path: Path, bullet: str) -> None:
    facts = _read(tmp_path / "b.pdf", [
        f"{bullet} What we imported: Upholstered beechwood armchairs",
        f"{bullet} Our importer number: 93-2745106",
    ])
    assert facts.merchandise_description == "Upholstered beechwood armchairs"
    assert facts.importer_number == "93-2745106"


@pytest.mark.parametrize("lodged", [
    "Protestant objects to the liquidation of the entries.",
    "Protestant objects to the liquidation itself, made after the statutory period.",
    "We object to CBP's decision on these entries.",
    "Harbor Lamp Co. objects to the liquidation of the entries.",
])
def test_an_objection_followed_by_its_reasons_in_any_words_is_read(lodged: str) -> None:
    fields = elements(f"{lodged}\nThe entries were deemed liquidated by operation of law under 19"
                      " U.S.C. 1504(a), so the later liquidation is void.\n"
                      "No drawback has been or will be claimed on these entries.")
    assert "deemed liquidated" in str(fields.value("objection_text"))
    assert "drawback" not in str(fields.value("objection_text"))
    assert DEFERRED not in fields.items


@pytest.mark.parametrize("after", ["Drawback: NONE claimed on the entries listed.\nThank you,",
                                   "Thank you,\nRosalind Hartsfield", "Sincerely,\nAnn Lee"])
def test_an_objection_lodged_with_nothing_said_of_why_lacks_its_justification(after: str) -> None:
    fields = elements("Protestant objects to the classification of the merchandise at liquidation."
                      f"\n{after}")
    assert "objection_text" not in fields.items
    assert fields.value(DEFERRED) is True


@pytest.mark.parametrize(("line", "subject"), [
    ("Drawback: NONE claimed on the entries listed.", False),
    ("1. Drawback: NONE claimed on the entries listed.", False),
    ("Subject to drawback: No", False),
    ("Drawback claimed: N/A", False),
    ("Drawback: Yes, claim 2025-00412 covers entry 1", True),
])
def test_a_drawback_label_answered_by_a_word_declares(line: str, subject: bool) -> None:
    assert elements(line).value("drawback_declaration") is subject


def test_a_label_answer_ends_its_clause_so_the_next_lines_request_stands() -> None:
    # Before: "NO" then "Accelerated disposition is requested" read as one refusal.
    fields = elements("Drawback: NONE claimed on the entries listed. Further review requested: NO"
                      "\nAccelerated disposition is requested under 19 CFR 174.22; this protest"
                      " is sent by\ncertified mail.")
    assert fields.value("accelerated_disposition") is True
    assert fields.value("further_review_requested") is False


@pytest.mark.parametrize("answer", ["[ ] Yes [X] No", "( ) Yes (x) No", "\u2610 Yes \u2612 No"])
def test_a_box_answer_ends_its_line_so_the_sentence_below_is_no_option_of_it(answer: str) -> None:
    # Before: "[X] No Protestant does not ask for further review." read as a ticked request.
    fields = elements(f"Is any entry covered by this protest subject to drawback? {answer}\n"
                      "Protestant does not ask for further review.")
    assert fields.value("further_review_requested") is False


@pytest.mark.parametrize("caption", ["1. Protestant", "Protesting party", "Importer of record"])
def test_a_partys_name_and_address_on_one_line_under_its_caption(
        tmp_path: Path, caption: str) -> None:
    facts = _read(tmp_path / "n.pdf", [
        caption, "Evergreen Musical Instruments Co., 301 Pine Street, Seattle, WA 98101.",
    ])
    assert facts.protestant_name == "Evergreen Musical Instruments Co."
    assert facts.protestant_address == "301 Pine Street, Seattle, WA 98101"


def _first_person(opening: str) -> list[Line]:
    # The first person comes after the protest is lodged, with no "we protest" to name it.
    return ["Juniper & Vale Kitchenware", "25 Orchard Lane", "Hood River, OR 97031",
            "To the Port Director, port 2704",
            "Protestant objects to the appraised value; the price paid is the transaction value.",
            opening]


def test_an_importer_writing_in_the_first_person_is_its_letterheads_party(tmp_path: Path) -> None:
    facts = extract_protest(draw_referral(
        tmp_path / "f.pdf", [*_first_person("Our importer number: 93-2745106"), *_ENTRY])).facts
    assert facts.protestant_name == "Juniper & Vale Kitchenware"
    assert facts.protestant_address == "25 Orchard Lane, Hood River, OR 97031"


def test_a_letter_written_for_a_client_does_not_make_its_letterhead_the_party(
        tmp_path: Path) -> None:
    lines = _first_person("We write on behalf of our client, whose number is 93-2745106.")
    facts = extract_protest(draw_referral(tmp_path / "c.pdf", [*lines, *_ENTRY])).facts
    assert facts.protestant_name != "Juniper & Vale Kitchenware"


def _row(top: float, *cells: tuple[float, str]) -> list[Segment]:
    return [Segment(tuple(Word(1, x + 30.0 * i, top, x + 30.0 * i + 25.0, top + 10.0, word)
                          for i, word in enumerate(text.split()))) for x, text in cells]


def test_a_definition_lists_value_wrapped_under_its_term_is_one_value() -> None:
    # The wrap starts under the term, set in from its margin, closer than the rows' pitch.
    rows = [_row(100.0, (71.0, "Importer number"), (200.0, "42-3817265")),
            _row(125.0, (71.0, "Description of merchandise"), (257.0, "Cotton sweaters, style")),
            _row(140.0, (99.0, "5521")),
            _row(165.0, (71.0, "Entries"))]
    assert _run_on("Cotton sweaters, style", rows, 1) == "Cotton sweaters, style 5521"
    # A next row at the rows' own pitch is the next field, not a wrap.
    spaced = [*rows[:2], _row(150.0, (99.0, "5521")), rows[3]]
    assert _run_on("Cotton sweaters, style", spaced, 1) == "Cotton sweaters, style"


def test_a_labelled_objection_that_opens_by_naming_the_decision_names_the_category() -> None:
    # Before: the category was only inferred from the argument (a weak cue), and with it the
    # whole layout counted as unrecognised: a goods-less receipt went to a person.
    fields = Fields()
    fields.put("objection_text", "classification of the merchandise under subheading "
               "7323.93.0080, HTSUS; it is properly classified under subheading 9617.00.1000",
               None, 0.9)
    refine_category(stream_of("Objection: see above"), fields)
    assert fields.items["category"].value == "classification"
    assert fields.items["category"].confidence > ARGUED


def test_an_earlier_protest_now_under_further_review_asks_for_no_review() -> None:
    fields = elements("Protestant asks for the same disposition as in Protest No. 5201-24-172871,"
                      " now under further review.\nFurther review is not requested at this time.")
    assert fields.value("further_review_requested") is False


def test_a_replica_with_a_decision_box_but_no_goods_box_left_the_goods_out(
        tmp_path: Path) -> None:
    facts = _read(tmp_path / "r.pdf", [
        "PROTEST - DEPARTMENT OF HOMELAND SECURITY", "CBP Form 19 (typed by broker software)",
        [(72.0, "6. Protesting party"), (250.0, "Ironwood Cycle Imports, Inc.")],
        [(250.0, "3300 Foundry Lane")], [(250.0, "Dayton, OH 45402")],
        [(72.0, "4. Importer No."), (250.0, "94-1824554")],
        "SECTION II - OBJECTION AND CLAIM",
        [(72.0, "Decision protested"), (250.0, "classification of the merchandise")],
        "Justification: the rate applied exceeds the rate the tariff provides.",
    ])
    assert facts.merchandise_description is None
    assert 5 not in facts.unsure_items  # (a)(5) is missing, not unknown


def test_reasons_argued_before_the_objection_is_lodged_are_no_absence() -> None:
    fields = elements("Protest under 19 U.S.C. 1514\nThe bottles are household articles of heading"
                      " 7323, not vacuum flasks of heading 9617.\nProtestant objects to the"
                      " classification of the merchandise at liquidation.\nDrawback: NONE"
                      " claimed on the entries listed.")
    assert DEFERRED not in fields.items


def test_reasons_given_below_the_entries_table_are_no_absence() -> None:
    fields = elements("Protestant objects to the classification of the merchandise.\n"
                      "Entry No. Entry date Liquidated\nB7D-7952889-8 6/11/2024 4/2/2025\n"
                      "The lamps are of heading 9405, not 9403, as CBP held.\nThank you,")
    assert DEFERRED not in fields.items


def test_the_protest_statute_cited_after_the_objection_is_no_reason() -> None:
    # Before: "This protest is filed under 19 U.S.C. 1514" counted as the justification.
    fields = elements("Ironwood Components Inc. hereby protests the liquidation of the entries.\n"
                      "Our address is 947 Ocean Ave, Chicago, IL 60607. This protest is filed\n"
                      "under 19 U.S.C. 1514 and 19 CFR Part 174.\nSincerely,")
    assert "objection_text" not in fields.items
