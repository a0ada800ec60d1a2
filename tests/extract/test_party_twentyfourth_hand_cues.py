"""Round 19 (issue 13), twentyfourth hand, who the party is: a questionnaire's questions read as
labels, a worksheet's numbered address lines, a title and firm on one line under the signer, a
memo's apposition ("The importer of record, X, protests"), an owner's "I am the owner of X", an
e-mail's From firm, and addresses printed with a slash or wrapped under a padded label. Each cue
in the ways other senders write it, and where it must not be taken or cues disagree."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bots.common.reading.letter import Part
from bots.common.reading.signature import organisation_under_signer, signer_in
from bots.penalty_notice.extract_header import read_header
from bots.penalty_notice.extract_party import read_party as penalty_party
from bots.ruling_triage.extract_sender import address_under, mail_sender
from tests.extract.test_protest_letter_cues import party, stream_of
from tests.reading.test_worksheet_cells import cell


@pytest.mark.parametrize("first, second, third", [
    ("ADDRESS LINE 1: ", "ADDRESS LINE 2: ", None),
    ("Address line 1: ", "Address line 2: ", "Address line 3: "),
    ("ADDR 1: ", "ADDR 2: ", None),
    ("Address #1: ", "Address #2: ", None),
    ("Street address: ", "City/State/ZIP: ", None),
])
def test_a_worksheet_s_numbered_address_lines_are_one_address(
        first: str, second: str, third: str | None) -> None:
    # Before: "ADDRESS LINE 1" was no address label, and line 2 no part of the address.
    lines = [f"{first}48 Quarry Street"]
    lines += [f"{second}Suite 210", f"{third}Providence, RI 02903"] if third else \
        [f"{second}Providence, RI 02903"]
    text = "\n".join(["PROTESTING PARTY: Bluegill Lighting LLC", *lines, "IOR NUMBER: 91-1417105"])
    fields = party(text)
    assert fields.value("protestant_name") == "Bluegill Lighting LLC"
    suite = "Suite 210, " if third else ""
    assert fields.value("protestant_address") == f"48 Quarry Street, {suite}Providence, RI 02903"


@pytest.mark.parametrize("name_q, address_q", [
    ("Q1. Who is protesting?", "Q2. Mailing address of the protesting party?"),
    ("1. Name of the importer of record?", "2. What is the protestant's address?"),
    ("Q 1) Who is the protestant?", "Q 2) Address of the importer?"),
    ("What is the full legal name of the protesting company?", "Business address?"),
])
def test_a_questionnaire_s_questions_are_labels_for_the_party(name_q: str, address_q: str) -> None:
    # Before: a question was no label, so neither the party nor its address was read.
    text = (f"PROTEST INTAKE QUESTIONNAIRE\n{name_q}\nCascade Ridge Fitness Gear Inc.\n"
            f"{address_q}\n1900 Westlake Ave N, Seattle, WA 98109\n"
            "Q3. Importer of record number?\n90-0519034")
    fields = party(text)
    assert fields.value("protestant_name") == "Cascade Ridge Fitness Gear Inc."
    assert fields.value("protestant_address") == "1900 Westlake Ave N, Seattle, WA 98109"
    assert fields.items["protestant_name"].confidence >= 0.9


def test_an_answer_on_the_question_s_own_line_is_read_too() -> None:
    assert party("Q1. Who is protesting? Cascade Ridge Fitness Gear Inc.\nQ2. Port?\n4601") \
        .value("protestant_name") == "Cascade Ridge Fitness Gear Inc."


@pytest.mark.parametrize("question", ["Q1. Name of the customs broker filing?",
                                      "Q3. Importer of record number?",
                                      "Q9. Who signs for the importer?",
                                      "Q4. Broker's mailing address?"])
def test_a_question_about_someone_else_or_a_number_names_no_party(question: str) -> None:
    text = f"{question}\nMeridian Customs Brokerage, 4 Dock St, Newark, NJ 07114\nQ5. Port?\n4601"
    fields = party(text)
    assert fields.value("protestant_name") is None
    assert fields.value("protestant_address") is None


def test_cues_naming_different_parties_send_the_name_to_a_person() -> None:
    text = ("Q1. Who is protesting?\nCascade Ridge Fitness Gear Inc.\n"
            "The importer of record, Harbor Goods LLC, protests the decisions listed below.")
    assert party(text).items["protestant_name"].confidence <= 0.6


@pytest.mark.parametrize("row", [
    "Signature: /s/ Walter H. Brisbane Name: Walter H. Brisbane Title: Licensed Customs Broker",
    "Signature: /s/ Walter H. Brisbane Printed name: Walter H. Brisbane",
    "/s/ Walter H. Brisbane Title: Owner Date: 23 Aug 2025",
    "/s/ Walter H. Brisbane Date signed: 23 Aug 2025",
])
def test_a_signature_row_s_signed_name_ends_at_its_next_label(row: str) -> None:
    # Before: the signed line ran on into "Name:" and "Title:" and was refused whole.
    signer = signer_in(f"{row}\nProtest questionnaire - page 1")
    assert signer is not None and signer.name == "Walter H. Brisbane"


@pytest.mark.parametrize("title", ["Owner", "Import Manager", "Managing Member", "President"])
@pytest.mark.parametrize("firm", ["Ridgeback Cycle Imports LLC", "Harrow & Vail Outfitters, Inc."])
def test_a_title_and_firm_on_one_line_under_the_signer_give_the_firm(title: str, firm: str) -> None:
    # Before: "Owner, Ridgeback Cycle Imports LLC" was read whole as the firm.
    text = f"Sincerely,\nDelia M. Okafor\n{title}, {firm}"
    found = organisation_under_signer(text)
    assert found is not None and found.name == firm and text[found.start:found.end] == firm


def test_a_memo_s_writer_is_named_at_its_head_and_its_firm_at_its_foot() -> None:
    # Before: only the lines under the FROM line were looked at.
    text = ("MEMORANDUM\nFROM: Marcus J. Holloway, Import Manager\nDATE: 07/13/2025\n"
            "We do not ask for accelerated disposition.\nMarcus J. Holloway\n"
            "Import Manager, Harrow & Vail Outfitters, Inc.\nfooter - page 1")
    found = organisation_under_signer(text)
    assert found is not None and found.name == "Harrow & Vail Outfitters, Inc."


def test_a_title_for_a_role_under_the_signer_is_no_firm() -> None:
    assert organisation_under_signer("Sincerely,\n/s/ Ann Lee\nAnn Lee\nCounsel, for Protestant") \
        is None


@pytest.mark.parametrize("sentence", [
    "The importer of record, Granite Falls Audio Company, protests the decisions listed below.",
    "The protestant, Granite Falls Audio Company, hereby files this protest.",
    "The protesting party, Granite Falls Audio Company, objects to the liquidation below.",
    "This protest is filed for Granite Falls Audio Company, which objects to the decisions below.",
    "I am the owner of Granite Falls Audio Company (importer number 39-9841213), and I protest.",
    "As president of Granite Falls Audio Company, I write to protest the decisions below.",
])
def test_a_memo_or_owner_names_the_party_in_its_sentence(sentence: str) -> None:
    # Before: apposition, "filed for X, which" and "I am the owner of X" were no cues.
    fields = party(f"MEMORANDUM\nTO: U.S. Customs and Border Protection\n{sentence}")
    assert fields.value("protestant_name") == "Granite Falls Audio Company"


@pytest.mark.parametrize("firm", ["Kettle Moraine Tool Works, Inc.", "Acme Widgets, LLC",
                                  "Acme Widgets Co.", "Acme Widgets, Ltd."])
def test_the_owner_s_firm_keeps_its_legal_form_after_a_comma(firm: str) -> None:
    # Found on a fresh hand: "I am the owner of X, Inc. (importer ...)" lost its ", Inc.".
    text = f"Dear Sir:\nI am the owner of {firm} (importer number 39-9841213), and I protest."
    assert party(text).value("protestant_name") == firm


def test_an_owner_s_letter_keeps_the_legal_form_s_full_stop_and_its_letterhead_address() -> None:
    text = ("RECEIVED\nJune 19, 2025\nCBP LONG BEACH\nLantern & Loom Textiles Corp.\n"
            "2 Mercer Plaza\nGreensboro, NC 27401\nJune 17, 2025\nDear Sir or Madam:\n"
            "I am the managing member of "
            "Lantern & Loom Textiles Corp. (importer\nnumber 34-0958997), and I am writing to "
            "protest what Customs did on our goods.\nSincerely,\nThomas E. Whitcombe\n"
            "Managing Member, Lantern & Loom Textiles Corp.")
    fields = party(text)
    assert fields.value("protestant_name") == "Lantern & Loom Textiles Corp."
    assert fields.value("protestant_address") == "2 Mercer Plaza, Greensboro, NC 27401"
    assert fields.items["protestant_name"].confidence > 0.85  # two cues agree


@pytest.mark.parametrize("separator", [" / ", " | ", " \u2022 "])
def test_a_letterhead_s_one_line_address_is_split_at_its_separator(separator: str) -> None:
    text = (f"Ridgeback Cycle Imports LLC\n560 Foothill Drive{separator}Boise, ID 83702\n"
            "May 28, 2025\nPort Director\nOur company protests the classification below.")
    assert party(text).value("protestant_address") == "560 Foothill Drive, Boise, ID 83702"


@dataclass
class _Block:
    text: str
    page: int = 1
    top: float = 0.0
    x0: float = 0.0

    def evidence(self, start: int, end: int) -> None:
        return None


@pytest.mark.parametrize("header, firm", [
    (["From: Walter H. Brisbane (Bluegill Lighting LLC)\nSent: Sunday"], "Bluegill Lighting LLC"),
    (["From:\nSent:\nTo:", "Walter H. Brisbane (Bluegill Lighting LLC)\nSunday\nNCSD"],
     "Bluegill Lighting LLC"),
    (["From: Acme Imports, Inc. <ann@acme.com>"], "Acme Imports, Inc."),
    (["From: Ann Lee, Acme Imports LLC [mailto:ann@acme.com]"], "Acme Imports LLC"),
    (["From: Ann Lee <ann@acme.com>"], None),
    (["From: Ann Lee (Compliance)"], None),
])
def test_an_e_mail_s_from_line_names_the_sending_firm(header: list[str], firm: str | None) -> None:
    cue = mail_sender([_Block(text) for text in header], 0.8)
    assert (cue.name if cue else None) == firm


def test_the_address_under_the_signature_s_firm_runs_over_a_page_break() -> None:
    block = _Block("/s/ Walter H. Brisbane\nWalter H. Brisbane\nOwner\nBluegill Lighting LLC\n"
                   "48 Quarry Street, Suite 210")
    after = _Block("Providence, RI 02903\nImporter of record no. 34-5717003", page=2)
    start = block.text.index("Bluegill")
    found = address_under(Part(block, start, start + len("Bluegill Lighting LLC")), [block, after])
    assert found is not None and found[0] == "48 Quarry Street, Suite 210, Providence, RI 02903"
    phone = _Block("Bluegill Lighting LLC\nTel. (401) 555-0100")
    assert address_under(Part(phone, 0, 21), [phone]) is None


@pytest.mark.parametrize("sentence", [
    "This referral concerns Kettle Moraine Tool Works, Inc. of 615 Industrial Pkwy, Waukesha, "
    "WI 53186, importer of record number 19-8668077.",
    "The case involves Kettle Moraine Tool Works, Inc. at 615 Industrial Pkwy, Waukesha, WI 53186.",
    "This memo relates to Kettle Moraine Tool Works, Inc., located at 615 Industrial Pkwy, "
    "Waukesha, WI 53186.",
])
def test_a_referral_names_its_party_with_of_or_at_before_the_address(sentence: str) -> None:
    # Before: "concerns" was no cue, and "X of 615 ..." needed a comma before the address.
    found = penalty_party(stream_of(sentence))
    assert found["party_name"].value == "Kettle Moraine Tool Works, Inc."
    assert found["party_address"].value == "615 Industrial Pkwy, Waukesha, WI 53186"


@pytest.mark.parametrize("street, city, address", [
    ("2 Mercer Plaza", "Greensboro, NC 27401", "2 Mercer Plaza, Greensboro, NC 27401"),
    ("2750 Cerrillos Rd.", "Santa Fe, NM 87505", "2750 Cerrillos Rd., Santa Fe, NM 87505"),
    ("12 Main St., New", "Orleans, LA 70130", "12 Main St., New Orleans, LA 70130"),
])
def test_a_padded_label_s_address_wraps_under_its_value(street: str, city: str,
                                                        address: str) -> None:
    # Before: a monospaced "ADDRESS.....: 2 Mercer Plaza" is one segment, so the city line under
    # the value (not under the label) was not read, or was joined without its comma.
    segments = [cell("VIOLATOR..............: Lantern & Loom Textiles Corp.", 18, 78.0),
                cell(f"ADDRESS...............: {street}", 18, 88.3)]
    # the city line stands under the value, which starts at the padded label's end
    segments += [cell(city, segments[1].words[1].x0, 98.6),
                 cell("IOR NO................: 40-8004408", 18, 108.8)]
    assert read_header(segments)["party_address"].value == address
