"""What the held-out fiftieth hand's senders do, read for senders in general (issue 13): a receipt
stamp set at the left of a letter's head whose first line the letter's own reference block, with
its date, shares at the right (174.12(f)); a form's numbered boxes printed without a stop after the
number; decisions named together with no reason given (174.13(a)(6))."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_objection_reasons import DEFERRED
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_recurring_classes import _placed_pdf
from tests.extract.test_protest_twentyninth_thirtieth_cues import _LETTER_HEAD

_LETTER = [
    (72, 660, 10, "Port Director, U.S. Customs and Border Protection"),
    (72, 646, 10, "Re: Protest of liquidation"),
    (72, 632, 10, "Pembroke Textile Traders Ltd. protests the classification of the goods."),
]


@pytest.mark.parametrize("stamp_line", ["RECEIVED", "RECEIVED       No. 1601-25-100234",
                                        "R E C E I V E D"])
@pytest.mark.parametrize("letters_date", ["Date:           19 September 2025",
                                          "September 19, 2025", "Dated: 09/19/2025"])
def test_a_stamp_at_the_left_keeps_its_own_date_not_the_reference_blocks_beside_it(
    tmp_path: Path, stamp_line: str, letters_date: str,
) -> None:
    # Before: a date anywhere on RECEIVED's line counted as the stamp's, so the letter's own
    # date, set a column away in its reference block, was read as CBP's receipt, days early.
    pdf = _placed_pdf(tmp_path / "letter.pdf", [
        (72, 740, 9, stamp_line), (72, 728, 9, "CBP PORT OF CHARLESTON"),
        (72, 716, 9, "SEP 24 2025"),
        (380, 740, 10, letters_date), (380, 728, 10, "Our ref.:       PR-7651"),
        (380, 716, 10, "Port code:      1601"), *_LETTER,
    ])
    facts = extract_protest(pdf).facts
    assert facts.received_date == date(2025, 9, 24)
    # The number CBP gives on its stamp, after RECEIVED: the protest's (174.12(f)).
    assert facts.protest_number == ("1601-25-100234" if "No." in stamp_line else None)


def test_a_date_set_close_after_received_on_its_line_is_the_stamps(tmp_path: Path) -> None:
    pdf = _placed_pdf(tmp_path / "letter.pdf", [
        (72, 740, 9, "RECEIVED SEP 24 2025"), (72, 728, 9, "CBP PORT OF CHARLESTON"),
        (380, 740, 10, "Date: 19 September 2025"), *_LETTER,
    ])
    assert extract_protest(pdf).facts.received_date == date(2025, 9, 24)


def _boxed_form(path: Path, number: str, party_caption: str) -> Path:
    """A sender's own form of numbered boxes two to a row, captions over their values."""
    return _placed_pdf(path, [
        (72, 780, 10, "PROTEST - 19 CFR PART 174"),
        (76, 740, 10, f"1{number} PORT CODE"), (310, 740, 10, f"2{number} DATE RECEIVED (CBP USE)"),
        (80, 722, 10, "2704 Los Angeles"),
        (76, 700, 10, f"3{number} {party_caption}"), (310, 700, 10, f"4{number} IMPORTER NUMBER"),
        (80, 686, 10, "Calloway-Ruiz Foods Inc."), (314, 686, 10, "20-7764490"),
        (80, 674, 10, "3300 Orchard Blvd."), (80, 662, 10, "Fresno, CA 93721"),
        (72, 630, 10, f"5{number} ENTRIES"),
        (72, 616, 10, "Entry number        Date of entry     Date of liquidation"),
        (72, 604, 10, "54I-7470523-5       2024-01-11        2024-11-07"),
        (72, 552, 10, "Description of merchandise: Stoneware dinner plates"),
    ])


@pytest.mark.parametrize("number", ["", ".", ")"])
@pytest.mark.parametrize("party_caption", ["PROTESTING PARTY, NAME AND ADDRESS",
                                           "PROTESTANT - NAME AND ADDRESS",
                                           "Protestant's name & address",
                                           "NAME AND ADDRESS OF PROTESTANT"])
def test_a_forms_numbered_boxes_give_the_party_its_number_and_the_port(
    tmp_path: Path, number: str, party_caption: str,
) -> None:
    # Before: a box number printed bare ("3 PROTESTING PARTY, ...", no stop) hid the caption,
    # and the party named before "name and address" was no caption: the protestant was missing
    # (174.13(a)(1), (2)) on a form that gives it.
    facts = extract_protest(_boxed_form(tmp_path / "form.pdf", number, party_caption)).facts
    assert (facts.port_code, facts.importer_number) == ("2704", "20-7764490")
    assert facts.protestant_name == "Calloway-Ruiz Foods Inc."
    assert facts.protestant_address == "3300 Orchard Blvd., Fresno, CA 93721"


@pytest.mark.parametrize("objection", [
    "The protestant protests the classification of the merchandise and the rate of duty assessed.",
    "We object to the appraisement, the fees and the duties assessed.",
    "Protestant contests the classification and the rate of duty.",
])
def test_decisions_named_together_with_no_reason_give_no_justification(
    tmp_path: Path, objection: str,
) -> None:
    # Before: only one decision named alone counted as a bare objection, so two named together
    # ("... and the rate of duty assessed") read as argued grounds, and a protest that never
    # says why was accepted (174.13(a)(6); confidently wrong).
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        *_LETTER_HEAD, "Grounds:", objection,
        "The merchandise covered by this protest is not subject to drawback.",
    ])
    assert extract_protest(pdf).fields[DEFERRED].value is True


@pytest.mark.parametrize("tail", [", by its attorney, protests the classification of the goods.",
                                  ", by its undersigned counsel, protests the classification.",
                                  " protests the classification of the merchandise."])
def test_a_zip_code_wrapped_to_the_next_line_is_no_party_name(tmp_path: Path, tail: str) -> None:
    # Found with the fifty-first hand, measured at first sight: "1. Protestant X, 77 Foundry
    # Lane, ..., GA" / "31401, by its attorney, protests ..." gave the party "31401, by its
    # attorney" and a confident deficiency for (a)(1) on a protest that names its party.
    zip_line = "31401" + ("," if tail.startswith(",") else "") + tail.lstrip(",")
    pdf = _letter_pdf(tmp_path / "pleading.pdf", [
        "In the Matter of the Protest of Blue Ridge Cookware Inc.", "",
        "1. Protestant Blue Ridge Cookware Inc., 77 Foundry Lane, Suite 300, Savannah, GA",
        zip_line,
        "2. Importer number of the protestant: 17-4215897.",
        "3. Entry No. H21-1557880-7, date of entry August 1, 2023, liquidated on May 3, 2024.",
        "4. Merchandise: marine bilge pumps, 12 volt, of plastics",
    ])
    name = extract_protest(pdf).facts.protestant_name
    assert name is None or not name.startswith("31401")
