"""Round 16 (issue 13), twentyfirst hand: the party's whole block run on one line, a numbered
submission's paragraphs ("1.1 The protestant is X, of ..."), a firm "for X, protestant" over the
address lines, an e-filing confirmation's captions beside the boxes, the drawback declaration
whose verb has the protest as subject, and requests worded as a sender words them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_objection_reasons import gives_reasons
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_recurring_classes import Placed, _placed_pdf

_BODY = [
    "Protestant objects to the classification of the merchandise and the rate of duty.",
    "The goods are properly classified in subheading 6205.20.2016, HTSUS, under GRI 1.",
    "No drawback has been claimed on these entries.",
    "Sincerely,",
    "/s/ Dana Whitlock",
    "Dana Whitlock",
]


def _party_letter(path: Path, lines: list[str]) -> Path:
    """A letter naming its protestant and one entry with both dates, then LINES."""
    return _letter_pdf(path, [
        "Protestant: Okafor & Daughters Trading Co., 310 Commerce Drive, Savannah, GA 31408",
        "Entry No. HIA-9274192-7, entered 06/15/2024 and liquidated 05/02/2025.",
        *lines,
    ])


@pytest.mark.parametrize("separator", [" / ", " | ", "; ", " \u00b7 "])
@pytest.mark.parametrize("closing", [" / IOR 91-4155581", " / EIN 91-4155581", ""])
def test_a_party_block_on_one_line_is_split_into_name_and_address(
        tmp_path: Path, separator: str, closing: str) -> None:
    # Before: "X / 1180 Terminal Way / Long Beach, CA 90802 / IOR ..." was the whole name and
    # no address was read, so 174.13(a)(1) was reported missing (a confident deficiency).
    block = separator.join(["Harborview Kitchenware Inc.", "1180 Terminal Way",
                            "Long Beach, CA 90802"]) + closing.replace(" / ", separator)
    pdf = _letter_pdf(tmp_path / "block.pdf", [
        "To: Port Director, the Port of New Orleans (2002)",
        f"Protestant: {block}",
        "Entry No. HIA-9274192-7, entered 06/15/2024 and liquidated 05/02/2025.",
        *_BODY,
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Harborview Kitchenware Inc."
    assert facts.protestant_address == "1180 Terminal Way, Long Beach, CA 90802"
    if closing:
        assert facts.importer_number == "91-4155581"


def test_a_name_with_a_slash_but_no_address_is_left_whole(tmp_path: Path) -> None:
    # A slash inside a name ("Smith / Jones Trading") is no block: no street, no city.
    pdf = _letter_pdf(tmp_path / "slash.pdf", [
        "Protestant: Smith / Jones / Trading Co.",
        "Entry No. HIA-9274192-7, entered 06/15/2024 and liquidated 05/02/2025.",
        *_BODY,
    ])
    assert extract_protest(pdf).facts.protestant_name == "Smith / Jones / Trading Co."


@pytest.mark.parametrize(("number", "lead"), [
    ("1.1", "The protestant is"), ("(1)", "The importer of record is"), ("2.1.", "Protestant:"),
    ("1.1", "The protesting party is"),
])
@pytest.mark.parametrize("verb", ["decided", "liquidated", "excluded"])
def test_a_numbered_submission_s_paragraphs_give_party_goods_and_dates(
        tmp_path: Path, number: str, lead: str, verb: str) -> None:
    # Before: "1.1 The protestant is X, of 2215 NW 79th Avenue" was the name, "3.1 Merchandise:
    # ..." the goods, and "decided 4/10/25" no decision date.
    pdf = _letter_pdf(tmp_path / "numbered.pdf", [
        "PROTEST AND APPLICATION",
        "1. Protestant",
        f"{number} {lead} Marisol Textile Imports, Inc., of 2215 NW 79th Avenue,",
        "Doral, FL 33122.",
        "2. Entries Protested",
        "2.1 Port of entry: Port 5301 - Houston/Galveston.",
        f"2.2 This protest covers entry no. HIA-9274192-7, entered 3/17/25 and {verb}",
        "4/10/25.",
        "3. Merchandise",
        "3.1 Merchandise: Dog harnesses of nylon webbing with plastic buckles",
        "4. Argument",
        *_BODY,
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Marisol Textile Imports, Inc."
    assert facts.protestant_address == "2215 NW 79th Avenue, Doral, FL 33122"
    assert facts.merchandise_description == "Dog harnesses of nylon webbing with plastic buckles"
    (entry,) = facts.entries
    assert entry.entry_date is not None and entry.entry_date.isoformat() == "2025-03-17"
    assert entry.liquidation_date is not None \
        and entry.liquidation_date.isoformat() == "2025-04-10"


@pytest.mark.parametrize("line", [
    "Hollis, Mbeki & Renner PLLC for Harborview Kitchenware Inc., protestant",
    "Tern & Harrow LLP on behalf of Harborview Kitchenware Inc., Protestant",
    "Harborview Kitchenware Inc. (Protestant)",
    "Harborview Kitchenware Inc. - Protestant",
])
def test_the_party_named_by_its_role_over_its_address_lines(tmp_path: Path, line: str) -> None:
    # Before: "Firm for X, protestant" over the street and city lines named no protestant.
    pdf = _letter_pdf(tmp_path / "role.pdf", [
        "ATTACHED PROTEST",
        line,
        "1180 Terminal Way",
        "Long Beach, CA 90802",
        "Importer No. 28-3969123",
        "Entry No. HIA-9274192-7, entered 06/15/2024 and liquidated 05/02/2025.",
        *_BODY,
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Harborview Kitchenware Inc."
    assert facts.protestant_address == "1180 Terminal Way, Long Beach, CA 90802"


@pytest.mark.parametrize("other", ["Filer", "Submitted by", "Status", "Reference No.",
                                   "Filer Code", "Submission ID"])
def test_a_confirmation_s_caption_row_with_a_caption_of_its_own_is_read(
        tmp_path: Path, other: str) -> None:
    # Before: "Filer" named no field, so the row was no row of captions and the port was lost.
    placed: list[Placed] = [
        (72, 760, 12, "PROTEST E-FILING CONFIRMATION"),
        (72, 740, 10, "Protest Number"), (200, 740, 10, "Date Received"), (300, 740, 10, "Port"),
        (360, 740, 10, other),
        (72, 726, 10, "1001-25-634891"), (200, 726, 10, "01/15/2025"), (300, 726, 10, "1001"),
        (360, 726, 10, "Yusuf Karaman"),
        (72, 700, 10, "Entry No. HIA-9274192-7, entered 06/15/2024 and liquidated 05/02/2025."),
        *[(72.0, 686.0 - 14 * n, 10.0, text) for n, text in enumerate(_BODY)],
    ]
    facts = extract_protest(_placed_pdf(tmp_path / "confirm.pdf", placed)).facts
    assert facts.port_code == "1001"
    assert facts.received_date is not None and facts.received_date.isoformat() == "2025-01-15"


@pytest.mark.parametrize("declaration", [
    "Drawback: none of the merchandise covered by this protest has been or will be designated"
    " for drawback.",
    "Is any entry covered by this protest subject to drawback? [ ] Yes [X] No",
    "No entry covered by this protest will be the subject of a drawback claim.",
])
def test_a_drawback_declaration_about_the_protest_names_no_decision(
        tmp_path: Path, declaration: str) -> None:
    # Before: "this protest has been ... designated for drawback" and "this protest subject to
    # drawback?" were read as a protest against a drawback decision.
    pdf = _party_letter(tmp_path / "drawback.pdf", [
        declaration,
        "Protestant objects to the appraised value of the merchandise.",
        "The price actually paid or payable is the transaction value under 19 U.S.C. 1401a(b).",
    ])
    assert extract_protest(pdf).facts.category == "appraised_value"


@pytest.mark.parametrize("request_line", [
    "We ask that this protest be disposed of on an accelerated basis.",
    "Protestant requests expedited disposition of this protest.",
    "Please give this protest accelerated consideration.",
])
def test_accelerated_disposition_asked_in_a_sender_s_words(
        tmp_path: Path, request_line: str) -> None:
    pdf = _party_letter(tmp_path / "accel.pdf", [*_BODY[:3], request_line])
    assert extract_protest(pdf).facts.accelerated_disposition is True


@pytest.mark.parametrize("sentence", [
    "The protest was filed at 1001 (New York/Newark) by counsel.",
    "Protestant entered the goods through 1001 (New York/Newark).",
])
def test_a_port_given_by_its_code_then_its_name(tmp_path: Path, sentence: str) -> None:
    pdf = _party_letter(tmp_path / "port.pdf", [sentence, *_BODY])
    assert extract_protest(pdf).facts.port_code == "1001"


def test_an_entry_in_a_running_head_takes_its_dates_from_the_table(tmp_path: Path) -> None:
    # Before: the head's number beside a RECEIVED stamp and the letter's date took those two
    # dates by their order, as surely as the table's columns gave the right ones.
    placed: list[Placed] = [
        (72, 780, 9, "Protest of Blue Heron Outdoor Gear LLC - HIA-9274192-7"),
        (300, 764, 9, "RECEIVED 10-MAR-2025 CBP HOUSTON"),
        (72, 748, 10, "March 7, 2025"),
        (72, 720, 10, "Protesting party: Blue Heron Outdoor Gear LLC"),
        (72, 700, 10, "Entry No."), (200, 700, 10, "Date of Entry"),
        (320, 700, 10, "Date of Liquidation"),
        (72, 686, 10, "HIA-9274192-7"), (200, 686, 10, "2024-03-13"), (320, 686, 10, "2025-01-19"),
        *[(72.0, 660.0 - 14 * n, 10.0, text) for n, text in enumerate(_BODY)],
    ]
    (entry,) = extract_protest(_placed_pdf(tmp_path / "head.pdf", placed)).facts.entries
    assert entry.entry_date is not None and entry.entry_date.isoformat() == "2024-03-13"
    assert entry.liquidation_date is not None \
        and entry.liquidation_date.isoformat() == "2025-01-19"


@pytest.mark.parametrize("text", [
    # A column set between a sentence's words: the further-review criterion runs on after a stop
    # before a small letter, and a cite of the protest's own law argues nothing.
    "Protestant hereby protests the liquidation of the entries listed Protestant applies for"
    " further review under 19 CFR 174.24(b): above. the decision raises a question of law not"
    " previously ruled upon.",
    "Protestant protests the liquidation under 19 CFR 174.12.",
])
def test_an_objection_without_a_reason_of_its_own_gives_none(text: str) -> None:
    assert gives_reasons(text) is False


def test_an_objection_with_a_reason_still_gives_one() -> None:
    assert gives_reasons("Protestant protests the liquidation. The goods are properly classified"
                         " in subheading 6205.20.2016, HTSUS.") is True
