"""Cues a third hand's protests use (issue 13, round 3): numbers named in a clause, printout
Yes/No lines, the importer named only in its letterhead, letters typed in capitals, and the
footnote mark printed against a sentence's full stop."""

from __future__ import annotations

from datetime import date

import pytest

from bots.common.reading.signature import signer_in
from bots.protest_intake.extract_decision import decision_in
from bots.protest_intake.extract_earlier import read_earlier_protest
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_letter import read_stamp, section_value_end
from bots.protest_intake.extract_objection_reasons import gives_reasons
from bots.protest_intake.extract_structure import unread_importer_number
from tests.extract.test_protest_letter_cues import elements, party, stream_of

HEAD = "January 27, 2025\nPort Director\nU.S. Customs and Border Protection\n"


def stamp(text: str) -> Fields:
    fields = Fields()
    read_stamp(stream_of(text), fields)
    return fields


@pytest.mark.parametrize(("sentence", "number"), [
    ("Our client's EIN, used as its importer number, is 59-5971238.1", "59-5971238"),
    ("The Company's IOR number is 64-0439013.", "64-0439013"),
    ("Our importer number is 86-6208529.", "86-6208529"),
    ("IOR 86-0167233", "86-0167233"),
])
def test_an_importer_number_named_in_a_clause_is_read(sentence: str, number: str) -> None:
    assert stamp(sentence).value("importer_number") == number


def test_a_brokers_date_received_label_is_the_receipt_date() -> None:
    assert stamp("CBP Date Received: 10/2/25").value("received_date") == date(2025, 10, 2)


def test_the_entries_described_as_liquidated_are_not_the_decision_contested() -> None:
    sentence = ("The protest covers the following entries, each liquidated on the date shown, "
                "and contests the classification of the merchandise.")
    assert decision_in(sentence) == "classification"


@pytest.mark.parametrize(("line", "key", "asked"), [
    ("Accelerated Disposition Requested: No", "accelerated_disposition", False),
    ("Accelerated Disposition Requested: Yes", "accelerated_disposition", True),
    ("Application for Further Review: No", "further_review_requested", False),
    ("Application for Further Review: Yes", "further_review_requested", True),
])
def test_a_printout_label_answered_yes_or_no(line: str, key: str, asked: bool) -> None:
    assert elements(line).value(key) is asked


def test_a_drawback_not_claimed_on_the_entries_is_a_declaration() -> None:
    fields = elements("Drawback: the importer has not claimed and will not claim drawback on "
                      "these entries.")
    assert fields.value("drawback_declaration") is False


@pytest.mark.parametrize("letter", [
    "Why we object: The fee was computed on a value that included freight.",
    "WE DISAGREE BECAUSE: THE GOODS ARE PROPERLY CLASSIFIED UNDER HEADING 6404.",
])
def test_the_objection_under_an_importers_own_heading(letter: str) -> None:
    assert elements(letter).value("objection_text")


def test_a_printouts_claim_and_justification_is_the_objection() -> None:
    fields = elements("Claim / Justification: Protest against the decision on our petition for "
                      "relief from the penalty assessed under 19 U.S.C. 1592.")
    assert "penalty" in fields.value("objection_text")


def test_a_footnote_mark_on_the_full_stop_ends_the_sentence() -> None:
    assert gives_reasons("The goods are properly classified under heading 6404.2 No drawback "
                         "has been or will be claimed on the entries covered by this protest.")


@pytest.mark.parametrize(("letterhead", "name", "address"), [
    ("Cedar & Stone Home Goods LLC\n7700 Kingston Pike | Knoxville, TN 37919\n",
     "Cedar & Stone Home Goods LLC", "7700 Kingston Pike, Knoxville, TN 37919"),
    ("HARBORLIGHT KITCHENWARE CO.\n61 WATER STREET\nPORTLAND, ME 04101\nIOR 86-0167233\n",
     "HARBORLIGHT KITCHENWARE CO.", "61 WATER STREET, PORTLAND, ME 04101"),
    ("O'Connell Brothers Textile Corp.\n", "O'Connell Brothers Textile Corp.", None),
])
def test_an_importer_protesting_in_the_first_person_is_its_letterhead(
        letterhead: str, name: str, address: str | None) -> None:
    fields = party(f"{letterhead}{HEAD}Our company hereby protests the classification.")
    assert fields.value("protestant_name") == name
    assert fields.value("protestant_address") == address


@pytest.mark.parametrize("firm", ["OKAFOR DUNMORE LLP", "SANDOVAL & REYES, P.A."])
def test_counsels_letterhead_is_not_the_protestant(firm: str) -> None:
    fields = party(f"{firm}\n311 South Wacker Drive, Suite 4100\nChicago, IL 60606\n"
                   f"{HEAD}We protest the classification.")
    assert "protestant_name" not in fields.items


def test_our_company_is_no_name() -> None:
    fields = party("Our company hereby protests the classification of the goods.")
    assert "protestant_name" not in fields.items


def test_the_port_on_the_addressee_blocks_next_line() -> None:
    assert party(f"{HEAD}New York/Newark (1001)\nSubject: Protest").value("port_code") == "1001"


def test_a_client_of_an_address_is_split_into_name_and_address() -> None:
    fields = party('Magnolia Bay Lighting, LLC, of 19 Canal Place, New Orleans, LA 70130 (the '
                   '"Company"), through counsel, files this protest.')
    assert fields.value("protestant_name") == "Magnolia Bay Lighting, LLC"
    assert fields.value("protestant_address") == "19 Canal Place, New Orleans, LA 70130"


@pytest.mark.parametrize(("block", "name"), [
    ("Submitted by: Dwayne R. Whitcomb, licensed customs broker, for the protesting party",
     "Dwayne R. Whitcomb"),
    ("THANK YOU,\nGABRIELA OSTROWSKI\nDIRECTOR OF TRADE COMPLIANCE", "GABRIELA OSTROWSKI"),
])
def test_the_signer_of_a_printout_or_a_capitals_letter(block: str, name: str) -> None:
    signer = signer_in(block)
    assert signer is not None and signer.name == name


def test_a_firm_that_prepared_a_printout_is_no_signer() -> None:
    assert signer_in("Prepared by: Meridian Entry Services, Inc.\nSubmitted by: Meridian") is None


def test_a_wrapped_value_in_a_capitals_letter_runs_on_over_capitals() -> None:
    text = ("MERCHANDISE: MEN'S LEATHER-UPPER HIKING BOOTS WITH RUBBER SOLES AND\n"
            "LINED UPPERS, STYLE HB-220\nREASON: THE GOODS ARE PROPERLY CLASSIFIED.")
    start = text.index("MEN'S")
    assert section_value_end(text, start, text.index("\n")) == text.index("\nREASON")


@pytest.mark.parametrize(("sentence", "received"), [
    ("Protestant asks for the same disposition as in its earlier protest no. 4601-25-494503, "
     "received by CBP on March 16, 2025.", date(2025, 3, 16)),
    ("SAME AS OUR EARLIER PROTEST 3901-25-337020 - FURTHER REVIEW PENDING ON THAT ONE.", None),
])
def test_the_earlier_protest_whose_disposition_is_asked(sentence: str,
                                                        received: date | None) -> None:
    fields = Fields()
    read_earlier_protest(stream_of(sentence), fields)
    assert fields.value("earlier_protest_number") is not None
    assert fields.value("earlier_protest_received") == received
    assert "earlier_protest_inferred" not in fields.items


def test_an_unread_number_of_an_eins_shape_leaves_the_importer_number_to_a_person() -> None:
    assert unread_importer_number(Fields(), "Our number, for your files: 12-3456789.") == {2}
    assert unread_importer_number(Fields(), "Entry 421-6650665-1 was liquidated.") == set()
