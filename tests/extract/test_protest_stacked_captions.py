"""A web-form or sidebar letter prints each caption on its own line and the value below it
(19 CFR 174.13(a)(1), (a)(2), (a)(5)); a subject line naming the decision names no party."""

from __future__ import annotations

from pathlib import Path

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_decision import decision_in, read_decision
from bots.protest_intake.extract_elements import read_elements
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_party import read_party
from bots.protest_intake.extract_stacked import STACKED, read_stacked
from tests.extract.test_protest_decision_cues import _letter_pdf as _pdf
from tests.extract.test_protest_letter_cues import stream_of

_SIDEBAR = """Re: Protest of liquidation, 19 U.S.C. 1514
1. NAME OF PROTESTING PARTY
Acme Widgets, Inc.
Address
12 Elm Street, Dayton, OH 45402
IRS/EIN No.
31-1234567
Port code
4601
5. GOODS PROTESTED
Ceramic brake pads, model BP-7
"""


def stacked(text: str) -> Fields:
    fields = Fields()
    read_stacked(stream_of(text), fields)
    return fields


def test_each_caption_takes_the_value_on_the_line_below() -> None:
    fields = stacked(_SIDEBAR)
    assert fields.value("protestant_name") == "Acme Widgets, Inc."
    assert fields.value("protestant_address") == "12 Elm Street, Dayton, OH 45402"
    assert fields.value("importer_number") == "31-1234567"
    assert fields.value("merchandise_description") == "Ceramic brake pads, model BP-7"
    assert fields.items["protestant_name"].evidence is not None
    assert fields.items["protestant_name"].confidence == STACKED


def test_a_caption_left_blank_reads_nothing_rather_than_the_next_caption() -> None:
    fields = stacked("Protestant\nAddress\n12 Elm Street, Dayton, OH 45402\nCommodity\n")
    assert "protestant_name" not in fields.items
    assert fields.value("protestant_address") == "12 Elm Street, Dayton, OH 45402"
    assert "merchandise_description" not in fields.items


def test_a_heading_over_a_labelled_line_leaves_the_value_to_its_label() -> None:
    assert stacked("Merchandise\nGoods: Carbon steel garden spades\n").items == {}


def test_an_importer_caption_over_no_number_reads_no_number() -> None:
    assert "importer_number" not in stacked("IOR Number\nto follow\n").items


def test_a_caption_inside_a_sentence_is_no_caption() -> None:
    fields = stacked("The protestant\nobjects to the classification.\n")
    assert fields.items == {}


def test_a_subject_line_naming_the_decision_names_no_protestant() -> None:
    fields = Fields()
    read_party(stream_of("Re: Protest of liquidation, 19 U.S.C. 1514\n"), fields)
    assert "protestant_name" not in fields.items


def test_a_sidebar_letter_is_read_whole_and_not_found_wanting(tmp_path: Path) -> None:
    # Before: name from "Re: Protest of liquidation", (a)(1) and (a)(5) concluded absent.
    pdf = _pdf(tmp_path / "letter.pdf", [
        "U.S. Customs and Border Protection", "Port of Newark (Port Code 4601)",
        *_SIDEBAR.strip().split("\n"),
        "ENTRY NO. DATE OF ENTRY DATE OF LIQUIDATION", "BDF-4498398-3 7/9/2024 5/6/2025",
        "Grounds for Protest", "Protestant objects to the classification assessed at liquidation.",
        "Respectfully,", "Elena V. Sorokina",
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Acme Widgets, Inc."
    assert facts.protestant_address == "12 Elm Street, Dayton, OH 45402"
    assert facts.merchandise_description == "Ceramic brake pads, model BP-7"


def test_on_a_form_a_caption_over_another_caption_is_no_value(tmp_path: Path) -> None:
    # Form 19's block 8 prints DESCRIPTION OF MERCHANDISE over DECISION PROTESTED: the boxes
    # are the form reader's, and a blank description stays blank.
    pdf = _pdf(tmp_path / "form.pdf", [
        "PROTEST", "19 CFR Part 174", "CBP Form 19",
        "6. NAME AND ADDRESS OF IMPORTER OR OTHER PROTESTING PARTY",
        "Acme Widgets, Inc.", "12 Elm Street", "Dayton, OH 45402",
        "DESCRIPTION OF MERCHANDISE", "DECISION PROTESTED", "Assessment of a fee",
    ])
    assert extract_protest(pdf).facts.merchandise_description != "DECISION PROTESTED"


def test_a_request_label_answered_none_is_no_request() -> None:
    # 19 CFR 174.25: further review must be applied for; "Application ...: none." applies for none.
    fields = Fields()
    read_elements(stream_of("Application for further review: none.\n"
                            "Accelerated disposition requested: N/A\n"), fields)
    assert fields.value("further_review_requested") is False
    assert fields.value("accelerated_disposition") is False


def test_an_ein_under_the_forms_irs_ein_caption_is_the_importer_number(tmp_path: Path) -> None:
    # 19 CFR 174.13(a)(2): "IRS/EIN No.: 52-4417830" on one line gives the number.
    pdf = _pdf(tmp_path / "letter.pdf", [
        "Port of Tacoma (Port Code 3002)", "Re: Protest of liquidation, 19 U.S.C. 1514",
        "Protesting party: Acme Widgets, Inc.", "IRS/EIN No.: 52-4417830",
        "Entry Date of entry Liquidated on", "CEG-2037624-9 2024-07-07 2025-05-03",
    ])
    assert extract_protest(pdf).facts.importer_number == "52-4417830"


def test_the_protestants_objection_names_the_decision_without_the_word_protest() -> None:
    # 19 U.S.C. 1514(a)(2): the classification and rate of duty is the decision objected to.
    fields = Fields()
    read_decision(stream_of("5. DESCRIPTION OF MERCHANDISE\nSteel nails\nStatement of Claim\n"
                            "Protestant objects to the classification and rate of duty assessed"
                            " at liquidation.\n"), fields)
    assert fields.value("category") == "classification"


def test_a_protest_asked_to_be_forwarded_names_no_decision() -> None:
    # 19 CFR 174.24: the request for further review says why, not what decision is protested;
    # read as "liquidation", a penalty petition (not protestable, 19 CFR 171) looked protestable.
    assert decision_in("We ask that this protest be forwarded for further review, as the "
                       "liquidation is inconsistent with CBP rulings.") is None
    assert decision_in("This protest is made against the classification of the goods.") \
        == "classification"
