"""Protest cues of senders in general (issue 13, round 4): a table with one date column, a
subject line's "Protest of liquidation" under the body's decision, "disagrees with", a client
named with "Our client is", an importer that protests in the first person over a wrapped line,
and a numbered paragraph that plainly argues."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.common.reading.dates import find_dates
from bots.common.reading.printouts import plain_line
from bots.protest_intake.extract_decision import read_decision
from bots.protest_intake.extract_earlier import read_earlier_protest
from bots.protest_intake.extract_entries import EntryRead, read_entries
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_letter import read_stamp
from bots.protest_intake.extract_paragraphs import read_numbered_objection
from bots.protest_intake.extract_structure import inferred_items
from tests.extract.test_protest_letter_cues import party, stream_of
from tests.penalty_read.drawn import draw_referral
from tradebots.pdf import TextStream, open_pdf


def entries_of(path: Path, header: str) -> list[EntryRead]:
    pdf = draw_referral(path, [
        "We protest the classification of the goods in the entries below.",
        [(72.0, "Entry Number"), (250.0, header)],
        [(72.0, "BF4-3848649-5"), (250.0, "September 26, 2024")],
        [(72.0, "BF4-9729519-1"), (250.0, "October 4, 2024")],
    ], font_size=10)
    with open_pdf(pdf) as document:
        lines = (plain_line(line) for n in document.page_numbers for line in document.segments(n))
        return read_entries(document, TextStream([line for line in lines if line]))


@pytest.mark.parametrize(("header", "liquidated"), [("Liquidation", True),
                                                    ("Date of Liquidation", True),
                                                    ("Date of Entry", False)])
def test_a_table_with_one_date_column_places_it_by_its_header(tmp_path: Path, header: str,
                                                             liquidated: bool) -> None:
    first, second = entries_of(tmp_path / "t.pdf", header)
    placed, empty = ((first.liquidation_date, first.entry_date) if liquidated
                     else (first.entry_date, first.liquidation_date))
    assert placed is not None and placed.value == date(2024, 9, 26) and placed.confidence >= 0.95
    assert empty is None
    assert (second.liquidation_date if liquidated else second.entry_date) is not None


@pytest.mark.parametrize("third", ["LIQ DT", "Posted"])
def test_a_second_date_column_is_placed_by_its_header_or_by_order(tmp_path: Path,
                                                                 third: str) -> None:
    pdf = draw_referral(tmp_path / "t.pdf", [
        "We protest the classification of the goods in the entries below.",
        [(72.0, "ENTRY NO"), (180.0, "ENTRY DT"), (260.0, third)],
        [(72.0, "E9B 0263688-8"), (180.0, "5/24/24"), (260.0, "11/21/24")],
    ], font_size=10)
    with open_pdf(pdf) as document:
        lines = (plain_line(line) for n in document.page_numbers for line in document.segments(n))
        [read] = read_entries(document, TextStream([line for line in lines if line]))
    assert read.entry_date is not None and read.entry_date.value == date(2024, 5, 24)
    assert read.liquidation_date is not None and read.liquidation_date.value == date(2024, 11, 21)
    # "Posted" names no date: the pair is placed by order, a weaker cue than the header.
    assert (read.liquidation_date.confidence < 0.95) is (third == "Posted")


def category(text: str) -> str | None:
    fields = Fields()
    read_decision(stream_of(text), fields)
    found = fields.value("category")
    return str(found) if found is not None else None


def test_the_bodys_decision_wins_over_a_subject_lines_protest_of_liquidation() -> None:
    assert category(
        "Subject: Protest of liquidation, Acme Widgets, Inc.\nDear Sir or Madam:\n"
        "Please accept this protest, filed for Acme Widgets, Inc., 12 Elm Street, Dayton, OH\n"
        "45402 (importer number 31-1234567), against the rate and amount of duty resulting from\n"
        "classification under subheading 9503.00.0090.") == "classification"
    assert category("Subject: Protest of liquidation, Acme Widgets, Inc.\nDear Sir:\n"
                    "We enclose our protest.") == "liquidation"


def test_a_protest_that_disagrees_with_a_decision_names_it() -> None:
    assert category("Our company disagrees with CBP's appraisement of the goods and\n"
                    "files this protest under 19 U.S.C. 1514.") == "appraised_value"


def test_our_client_is_names_the_protestant_with_its_address() -> None:
    fields = party("Our client is Acme Widgets, Inc., located at 12 Elm Street, Dayton, OH 45402;"
                   " it\nprotests as importer of record.")
    assert fields.value("protestant_name") == "Acme Widgets, Inc."
    assert fields.value("protestant_address") == "12 Elm Street, Dayton, OH 45402"


def test_an_importer_protesting_in_the_first_person_is_its_letterhead() -> None:
    fields = party("Acme Widgets, Inc.\n12 Elm Street | Dayton, OH 45402\nMay 13, 2025\n"
                   "Port Director\nTo whom it may concern:\n"
                   "Our company disagrees with CBP's classification of the goods under the HTSUS "
                   "and\nfiles this protest under 19 U.S.C. 1514.")
    assert fields.value("protestant_name") == "Acme Widgets, Inc."
    assert fields.value("protestant_address") == "12 Elm Street, Dayton, OH 45402"
    assert fields.items["protestant_name"].confidence < 0.85  # a letterhead is a weak cue


NUMBERED = """1. We, Acme Widgets, Inc., hereby protest the classification of the goods.
2. - FF9-9323285-0, entered 6/3/24, liquidated 2/12/25
3. {objection}
Sincerely,"""


@pytest.mark.parametrize(("objection", "guessed"), [
    ("The goods are described eo nomine by subheading 6203.42.4051, HTSUS; under GRI 1 the "
     "heading that names them governs, and subheading 6203.42.4011 does not.", False),
    ("Transaction value is the invoice price between unrelated parties; nothing in the record "
     "supports the uplift CBP applied at liquidation.", False),
    ("The goods should be classified under subheading 6203.42.4051, HTSUS; the protestant "
     "reserves the right to present its arguments at a later date.", True),
    ("CBP's own rulings on similar goods classify them in subheading 6912.00.3950, HTSUS.", True),
])
def test_a_numbered_paragraph_that_plainly_argues_is_the_objection(objection: str,
                                                                   guessed: bool) -> None:
    fields = Fields()
    read_numbered_objection(stream_of(NUMBERED.format(objection=objection)), fields)
    assert fields.value("objection_text") == objection
    assert (inferred_items(fields) == frozenset({6})) is guessed


@pytest.mark.parametrize(("sentence", "received"), [
    ("The same issue is before CBP in Protest 1001-24-196352 (received May 2, 2024); we request "
     "the same disposition.", date(2024, 5, 2)),
    ("The same issue is before CBP in Protest 1001-24-196352; we request the same disposition.",
     None),
])
def test_a_protest_named_before_the_same_disposition_is_asked_for_is_item_7(
        sentence: str, received: date | None) -> None:
    fields = Fields()
    read_earlier_protest(stream_of(sentence), fields)
    assert fields.value("earlier_protest_number") == "1001-24-196352"
    assert fields.value("earlier_protest_received") == received
    assert inferred_items(fields) == frozenset()  # asked for plainly: no guess


def test_two_day_first_dates_printed_without_a_gap_are_two_dates() -> None:
    found = find_dates("42D-3890608-5 8 February 202413 December 2024")
    assert [d.value for d in found] == [date(2024, 2, 8), date(2024, 12, 13)]
    assert find_dates("Suite 202413 Main Street") == []


def test_a_protest_number_followed_by_the_same_disposition_is_not_this_protests() -> None:
    fields = Fields()
    read_stamp(stream_of("The same issue is before CBP in Protest 3801-24-153509 (received "
                         "2024-08-12); we request the same\ndisposition."), fields)
    assert fields.value("protest_number") is None
    fields = Fields()
    read_stamp(stream_of("CBP Protest Number: 2809-25-139156"), fields)
    assert fields.value("protest_number") == "2809-25-139156"

