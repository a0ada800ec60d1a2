"""Protests from senders in general (issue 13's blind family): entry numbers however printed,
and a document that speaks of a protest read as one rather than refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.common.reading.dates import find_dates
from bots.common.reading.printouts import plain_line, unquoted
from bots.common.reading.signature import signer_in
from bots.protest_intake.extract import NotAProtest, _dated_first, _layout
from bots.protest_intake.extract_earlier import read_earlier_protest
from bots.protest_intake.extract_elements import read_elements
from bots.protest_intake.extract_entries import (
    ENTRY_IN_TEXT,
    EntryRead,
    _by_words,
    _dated,
    is_entry_number,
)
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_letter import _goods_label, _prose, read_stamp
from bots.protest_intake.extract_objection_reasons import deferred
from bots.protest_intake.extract_paragraphs import read_numbered_objection
from bots.protest_intake.extract_party import read_party
from bots.protest_intake.phrasings import PROTEST
from tests.extract.test_protest_letter_cues import stream_of
from tradebots.facts import Extracted
from tradebots.pdf import Segment, Word


@pytest.mark.parametrize(("printed", "number"), [
    ("HFB-7026904-5", "HFB-7026904-5"),
    ("HFB70269045", "HFB-7026904-5"),
    ("292-91339496", "292-9133949-6"),
    ("DE1-35534621", "DE1-3553462-1"),
    ("75285492056", "752-8549205-6"),
    ("231 9876543 2", "231-9876543-2"),
])
def test_an_entry_number_is_found_with_or_without_its_separators(printed: str,
                                                                 number: str) -> None:
    match = ENTRY_IN_TEXT.search(f"The entries concerned are entry {printed} of 03/18/2024.")
    assert match is not None and is_entry_number(match)
    assert "-".join(match.groups()) == number


def test_a_run_of_eleven_digits_failing_the_check_digit_is_not_an_entry() -> None:
    match = ENTRY_IN_TEXT.search("Reference 75285492057 for your files.")
    assert match is not None and not is_entry_number(match)


@pytest.mark.parametrize("text", [
    # An e-mail forward with entries run together and no citation of 19 U.S.C. 1514.
    "Subject: FW: Protest - Saguaro Pet Products LLC\nwhich protests the classification\n"
    "HFB70269045 2024-05-09 2024-10-17",
    # A letter whose entry the reader cannot place still speaks of a protest and a liquidation.
    "Please accept this protest against the rate of duty assessed at liquidation.",
])
def test_a_document_that_speaks_of_a_protest_is_read_as_a_letter(text: str) -> None:
    assert _layout(Path("x.pdf"), text) == "letter"


def test_a_document_that_never_speaks_of_a_protest_is_refused() -> None:
    with pytest.raises(NotAProtest):
        _layout(Path("x.pdf"), "COMMERCIAL INVOICE\nEntry 231-9876543-2, liquidated 2024-01-02")


def letter(text: str) -> Fields:
    fields = Fields()
    stream = stream_of(text)
    read_party(stream, fields)
    read_earlier_protest(stream, fields)
    return fields


@pytest.mark.parametrize("sentence", [
    "The undersigned importer, Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402 (importer "
    "number 31-1234567), protests the classification.",
    "Our company, Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402 (importer number "
    "31-1234567), protests the classification.",
    'We write for Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402, IOR No. 31-1234567 (the '
    '"Protestant") to protest the appraisement.',
    "1. Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402 (EIN 31-1234567) hereby files this "
    "protest against the appraised value.",
])
def test_the_importer_naming_itself_or_its_client_with_an_address_is_read(sentence: str) -> None:
    fields = letter(sentence)
    assert fields.value("protestant_name") == "Acme Widgets, Inc."
    assert fields.value("protestant_address") == "12 Elm Street, Dayton, OH 45402"


def test_a_number_before_the_defined_term_is_not_the_protestant() -> None:
    # Only the number stands between "No." and the defined term the sentence closes with.
    fields = letter('Filed (see our file): IOR No. 31-1234567 ("Protestant").')
    assert fields.value("protestant_name") is None


def test_a_brokers_export_address_runs_on_to_its_city_line() -> None:
    fields = letter("PROTESTANT : Acme Widgets, Inc.\nADDRESS : 12 Elm Street\n"
                    "CITY/STATE/ZIP : Dayton, OH 45402\nIOR NUMBER : 31-1234567")
    assert fields.value("protestant_address") == "12 Elm Street, Dayton, OH 45402"


def test_the_earlier_protest_whose_disposition_is_asked_for_is_read_with_its_receipt() -> None:
    fields = letter("Protestant asks for the same disposition as in Protest No. 5301-24-118280, "
                    "received March 3, 2024, for which further review is pending.")
    assert fields.value("earlier_protest_number") == "5301-24-118280"
    assert fields.value("earlier_protest_received") == date(2024, 3, 3)
    fields = letter("Protestant asks for the same disposition as in Protest No. 5301-24-118280, "
                    "for which further review is pending.")
    assert fields.value("earlier_protest_number") == "5301-24-118280"
    assert fields.value("earlier_protest_received") is None


@pytest.mark.parametrize(("block", "name"), [
    ("Very truly yours,\nPriya Raghunathan, Counsel for Protestant\nMarchetti Trade Law Group",
     "Priya Raghunathan"),
    ("Sincerely,\nKeiko Tanabe, Licensed Customs Broker\nTri-Coast Clearance Corp.",
     "Keiko Tanabe"),
])
def test_a_name_printed_with_its_title_after_a_comma_signs(block: str, name: str) -> None:
    signer = signer_in(block)
    assert signer is not None and signer.name == name


def test_a_title_alone_under_the_closing_is_no_signer() -> None:
    assert signer_in("Sincerely,\nVice President, Operations") is None


def test_quote_markers_of_a_forwarded_e_mail_are_taken_off() -> None:
    words = [Word(1, 72.0 + 20 * i, 100.0, 90.0 + 20 * i, 110.0, t)
             for i, t in enumerate([">", "3.", "Goods"])]
    assert [w.text for s in unquoted([Segment(tuple(words))]) for w in s.words] == ["3.", "Goods"]
    glued = [Word(1, 72.0, 100.0, 90.0, 110.0, ">Goods")]
    assert [w.text for s in unquoted([Segment(tuple(glued))]) for w in s.words] == ["Goods"]


@pytest.mark.parametrize("line", [
    "Goods in issue: LED desk lamps with USB charging port",
    "3. Product description: LED desk lamps with USB charging port",
    "MERCHANDISE DESC : LED desk lamps with USB charging port",
    "Description of merchandise: LED desk lamps with USB charging port",
])
def test_the_merchandise_is_read_under_the_labels_senders_use(line: str) -> None:
    fields = Fields()
    _goods_label(stream_of(f"{line}\nWhy CBP erred\nThe lamps are lighting."), fields)
    assert fields.value("merchandise_description") == "LED desk lamps with USB charging port"


def test_a_date_printed_before_the_liquidation_date_with_no_words_is_the_entry_date() -> None:
    text = "entry 369-7837865-5 of 1/8/24, liquidated on 4/5/24."
    stream = stream_of(text)
    start = text.index(" of")
    entry, liquidation = _by_words(stream, start, _dated(stream, start, len(text)))
    assert entry is not None and entry[2] == date(2024, 1, 8)
    assert liquidation is not None and liquidation[2] == date(2024, 4, 5)


def test_a_received_line_and_a_clerks_receipt_stamp_give_the_received_date() -> None:
    for printed in ("Received: JAN 02 2025 CBP MIAMI", "[CBP RECEIPT STAMP] JAN 02 2025"):
        fields = Fields()
        read_stamp(stream_of(printed), fields)
        assert fields.value("received_date") == date(2025, 1, 2)


def test_a_subject_lines_protest_of_liquidation_yields_to_the_bodys_decision() -> None:
    fields = Fields()
    _prose(stream_of("Attn: Protests\nSubject: Protest of liquidation, Acme Widgets, Inc.\n"
                     "We write for Acme to protest the appraisement of the entries."), fields)
    assert fields.value("category") == "appraised_value"


def test_a_brokers_export_is_read_without_its_dot_leaders() -> None:
    words = (Word(1, 72.0, 100.0, 160.0, 110.0, "PROTESTANT........:"),
             Word(1, 165.0, 100.0, 200.0, 110.0, "Acme"))
    [segment] = plain_line([Segment(words)])
    assert segment.text == "PROTESTANT: Acme"


def test_two_dates_printed_without_a_gap_are_two_dates() -> None:
    found = find_dates("2B5 9450891-7 August 9, 2004August 3, 2005")
    assert [d.value for d in found] == [date(2004, 8, 9), date(2005, 8, 3)]


@pytest.mark.parametrize(("body", "bare"), [
    ("We disagree with this decision. We do not request further review. Protestant declares "
     "that no drawback has been or will be claimed on these entries.", True),
    ("We disagree with this decision. The goods are toys of heading 9503, HTSUS (GRI 1).", False),
])
def test_a_disagreement_with_no_reason_states_no_justification(body: str, bare: bool) -> None:
    assert deferred(body) is bare


@pytest.mark.parametrize("sentence", [
    "Please accept this protest, filed for Acme Widgets, Inc. (EIN\n31-1234567), against CBP's "
    "classification.",
    "As agent for Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402 (EIN 31-1234567), we "
    "hereby file a protest.",
    "1. Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402, IOR No.\n31-1234567 hereby files "
    "this protest against the FP&F decision.",
])
def test_the_client_of_a_broker_or_a_numbered_paragraph_is_read(sentence: str) -> None:
    fields = letter(sentence)
    assert fields.value("protestant_name") == "Acme Widgets, Inc."


def test_the_importer_number_after_agent_for_the_client_is_the_clients() -> None:
    fields = Fields()
    read_stamp(stream_of("As agent for Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402 "
                         "(EIN 31-1234567), we protest."), fields)
    assert fields.value("importer_number") == "31-1234567"


def test_an_application_for_further_review_made_under_a_criterion_is_a_request() -> None:
    fields = Fields()
    read_elements(stream_of("5. Application for further review is made under 19 CFR 174.23, "
                            "criterion 174.24(a)."), fields)
    assert fields.value("further_review_requested") is True


def test_the_port_in_parentheses_after_the_addressee_is_read() -> None:
    fields = letter("Protest Unit\nU.S. Customs and Border Protection, Seattle (3001)")
    assert fields.value("port_code") == "3001"


def test_a_protest_to_be_decided_like_an_earlier_one_names_it_with_its_receipt() -> None:
    fields = letter("We ask that this protest be decided like our protest 5201-24-168283, which "
                    "CBP received on 24 November\n2024 and which is pending further review.")
    assert fields.value("earlier_protest_number") == "5201-24-168283"
    assert fields.value("earlier_protest_received") == date(2024, 11, 24)
    stamped = Fields()
    read_stamp(stream_of("be decided like our protest 5201-24-168283."), stamped)
    assert stamped.value("protest_number") is None


def test_an_entry_named_in_the_re_line_then_in_the_table_takes_the_tables_dates() -> None:
    def read(dated: bool) -> EntryRead:
        day = Extracted(date(2024, 1, 22), None, 0.95) if dated else None
        return EntryRead(Extracted("33I-3457801-5", None, 0.95), day, day)
    [entry] = _dated_first([read(False), read(True)])
    assert entry.entry_date is not None


def test_statement_of_reasons_heads_the_objection() -> None:
    assert PROTEST.heading("objection_heading", "> Statement of reasons")


NUMBERED = """1. On behalf of our client, Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402, we
protest the classification of the merchandise under subheading 6912.00.4810, HTSUS.
2. - FF9-9323285-0, entered 6/3/24, liquidated 2/12/25
3. Description of merchandise: Stoneware dinner plates
4. {objection}
5. Further review is not requested.
6. Subject to drawback? No.
Sincerely,"""


@pytest.mark.parametrize(("objection", "found"), [
    ("CBP's own rulings on similar goods classify them in subheading 6912.00.3950; the "
     "liquidation under 6912.00.4810 is inconsistent with those rulings.", True),
    ("The buying commissions paid to the protestant's own agent are not part of the price "
     "actually paid or payable (19 U.S.C. 1401a(b)(1)).", True),
    ("Thank you for your attention to this matter.", False),
])
def test_the_objection_is_the_numbered_paragraph_that_argues(objection: str,
                                                            found: bool) -> None:
    fields = Fields()
    read_numbered_objection(stream_of(NUMBERED.format(objection=objection)), fields)
    assert (fields.value("objection_text") == objection) is found
    assert found or fields.value("objection_text") is None
