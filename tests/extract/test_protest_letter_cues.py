"""How counsel, brokers and importers state each protest element in a letter, read from text:
the protestant named as a client, the requests and refusals of further review and accelerated
disposition, the drawback declaration in its several wordings, and objections under any heading."""

from __future__ import annotations

import pytest

from bots.protest_intake.extract_elements import read_elements
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_party import read_party
from tradebots.pdf import Segment, TextStream, Word


def stream_of(text: str) -> TextStream:
    lines = []
    for row, line in enumerate(text.strip("\n").split("\n")):
        words, x = [], 72.0
        for token in line.split():
            top = 100.0 + 14 * row
            words.append(Word(1, x, top, x + 5.0 * len(token), top + 10.0, token))
            x += 5.0 * len(token) + 3
        lines.append([Segment(tuple(words))] if words else [])
    return TextStream([line for line in lines if line])


def party(text: str) -> Fields:
    fields = Fields()
    read_party(stream_of(text), fields)
    return fields


def elements(text: str) -> Fields:
    fields = Fields()
    read_elements(stream_of(text), fields)
    return fields


@pytest.mark.parametrize(
    "letter",
    [
        'On behalf of our client, Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402\n'
        '(Importer No. 31-1234567) ("Protestant"), we hereby protest the classification.',
        'This firm represents Acme Widgets, Inc. ("Protestant") in customs matters.',
        "Acme Widgets, Inc., by its attorneys,\nSmith & Jones LLP",
        "In the Matter of the Protest of )\nACME WIDGETS, INC., )\nProtestant. )",
        "Acme Widgets, Inc. protests the classification of the brake pads.",
        "We, Acme Widgets, Inc., hereby protest the appraised value of the goods.",
        "Re: Protest of Acme Widgets, Inc.",
        "Protesting party: Acme Widgets, Inc.",
        "I. PROTESTANT\nAcme Widgets, Inc.\n12 Elm Street\nDayton, OH 45402",
    ],
)
def test_the_protestant_is_read_however_counsel_names_the_client(letter: str) -> None:
    assert party(letter).value("protestant_name").casefold() == "acme widgets, inc."


def test_the_address_given_with_the_client_is_the_protestants() -> None:
    fields = party('On behalf of our client, Acme Widgets, Inc., 12 Elm Street, Dayton, OH 45402\n'
                   '(Importer No. 31-1234567) ("Protestant"), we protest.')
    assert fields.value("protestant_address") == "12 Elm Street, Dayton, OH 45402"


@pytest.mark.parametrize(
    ("addressee", "port"),
    [
        ("Port of Norfolk (Port Code 1401)", "1401"),
        ("Port of Chicago - Port Code 3901", "3901"),
        ("Port Director, Port 1601 (Charleston)", "1601"),
        ("Port of Los Angeles/Long Beach (2704)", "2704"),
        ("Port of entry: Chicago (3901)", "3901"),
    ],
)
def test_the_port_is_read_from_the_addressee_block(addressee: str, port: str) -> None:
    assert party(addressee).value("port_code") == port


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Protestant applies for further review.", True),
        ("Further review is requested pursuant to 19 U.S.C. 1515(a).", True),
        ("We ask that this protest be forwarded to Regulations and Rulings for further review "
         "under 19 CFR 174.24(c): the port did not consider the evidence.", True),
        ("Protestant does not request further review at this time.", False),
        ("Further review is not requested.", False),
        ("Protestant waives further review.", False),
    ],
)
def test_further_review_asked_or_refused_in_a_sentence(sentence: str, asked: bool) -> None:
    assert elements(sentence).value("further_review_requested") is asked


def test_the_statement_that_no_application_is_pending_is_not_a_request() -> None:
    fields = elements("No application for further review of the same claim is pending.")
    assert "further_review_requested" not in fields.items


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Protestant applies for further review under 19 CFR 174.24(b): the decision raises a\n"
         "question of law not previously ruled upon, and no other application or court action\n"
         "is pending on this claim.", True),
        ("Protestant does not apply for further review; no other application is pending.", False),
    ],
)
def test_an_application_made_with_the_statement_that_none_is_pending(sentence: str,
                                                                     asked: bool) -> None:
    # 174.24(b)'s criterion read whole: the statement after the application refuses nothing.
    assert elements(sentence).value("further_review_requested") is asked


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Accelerated disposition (19 CFR 174.22) is hereby requested; this request is sent by "
         "registered mail.", True),
        ("Protestant requests accelerated disposition of this protest.", True),
        ("We ask that this protest be disposed of on an accelerated basis; it goes by registered "
         "mail.", True),
        ("Protestant does not request accelerated disposition.", False),
        ("Accelerated disposition is not requested.", False),
    ],
)
def test_accelerated_disposition_asked_or_refused(sentence: str, asked: bool) -> None:
    assert elements(sentence).value("accelerated_disposition") is asked


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Protestant declares, to the best of its knowledge, that the subject entries are not the "
         "subject of drawback.", False),
        ("To the best of our knowledge, the merchandise covered by this protest has not been, and "
         "will not be, the subject of any drawback claim.", False),
        ("Pursuant to 19 C.F.R. 174.13(a)(9), we confirm that the entries are not subject to "
         "drawback.", False),
        ("No drawback claim has been filed, and none is intended.", False),
        ("Entry 112-1234567-5 is the subject of drawback.", True),
    ],
)
def test_the_drawback_declaration_in_its_wordings(sentence: str, subject: bool) -> None:
    assert elements(sentence).value("drawback_declaration") is subject


@pytest.mark.parametrize(
    "objection",
    [
        "The drawback claim was refused for want of proof of export, although the bills of "
        "lading were submitted with the claim.",
        "CBP erred in its denial of the drawback claim for the exported goods.",
        "The drawback claims were wrongly rejected for want of export proof.",
    ],
)
def test_the_refused_drawback_claim_protested_is_no_drawback_declaration(objection: str) -> None:
    # It is the decision protested; whether the entry is subject to drawback is left unsaid.
    assert elements(objection).value("drawback_declaration") is None
    declared = elements(objection + "\nThe entries are not subject to drawback.")
    assert declared.value("drawback_declaration") is False


@pytest.mark.parametrize(
    "letter",
    [
        "3. Facts and Legal Argument\nThe sets are composite goods classified by the glass.",
        "Statement of the objection. CBP classified the sets as plastics; they are glassware.",
        "Our reasons: the uppers are textile, so the boots fall in heading 6404.",
        "GROUNDS FOR PROTEST\nThe design work was done in the United States and is no assist.",
        "V. CLAIM AND ARGUMENT\nProtestant claims appraisement at the first-sale price.",
    ],
)
def test_the_objection_is_found_under_headings_other_than_the_forms(letter: str) -> None:
    assert elements(letter).value("objection_text")


@pytest.mark.parametrize(
    "promise",
    [
        "Reasons: To be provided under separate cover.",
        "Facts and Legal Arguments\nThe arguments will be set out in a supplemental submission.",
        "Grounds: Protestant reserves the right to submit its arguments at a later date.",
    ],
)
def test_an_objection_that_only_promises_reasons_is_no_objection(promise: str) -> None:
    fields = elements(f"Claim: classification in heading 6110.20.\n{promise}")
    assert "objection_text" not in fields.items


@pytest.mark.parametrize(("sentence", "port"), [
    ("The merchandise was entered at Savannah, GA (1703) under the entries listed below.", "1703"),
    ("The goods were imported through Long Beach (2709) in 2024.", "2709"),
])
def test_the_port_named_in_a_sentence_is_read_at_a_weaker_confidence(sentence: str,
                                                                     port: str) -> None:
    fields = party(sentence)
    assert fields.value("port_code") == port
    assert fields.items["port_code"].confidence < party("Port: 1401").items["port_code"].confidence


def test_a_port_the_goods_left_from_is_not_the_port_of_entry() -> None:
    assert "port_code" not in party("The goods were exported through Long Beach (2709).").items


def test_a_bare_port_label_is_read_but_a_year_after_import_is_not_a_port() -> None:
    assert party("Port: 1401").value("port_code") == "1401"
    assert "port_code" not in party("Goods in import 2024 were late.").items


@pytest.mark.parametrize(
    ("printed", "subject"),
    [
        ("Subject to drawback: [ ] Yes [X] No", False),
        ("Subject to drawback: [X] Yes [ ] No", True),
        ("Is any entry the subject of drawback? ☐ Yes ☒ No", False),
    ],
)
def test_a_drawback_declaration_by_boxes_answers_by_the_marked_box(printed: str,
                                                                   subject: bool) -> None:
    assert elements(printed).value("drawback_declaration") is subject


@pytest.mark.parametrize(
    "block",
    [
        "Sincerely,\nJane Q. Public\nPresident",
        "Very truly yours,\nAcme Widgets, Inc.\nJane Q. Public\nPresident",
        "Respectfully submitted,\n/s/ Jane Q. Public\nJane Q. Public",
        "Sincerely,\n______________________________\nJane Q. Public, Vice President",
    ],
)
def test_the_signer_is_read_from_the_signature_block(block: str) -> None:
    assert party(block).value("signer_name") == "Jane Q. Public"


def test_a_signer_read_only_from_below_the_closing_scores_lower_than_a_signed_name() -> None:
    weak = party("Sincerely,\nJane Q. Public").items["signer_name"]
    signed = party("/s/ Jane Q. Public").items["signer_name"]
    assert weak.confidence < signed.confidence


def test_cues_that_agree_on_the_protestant_raise_its_confidence() -> None:
    one = party('Acme Widgets, Inc. ("Protestant") protests.').items["protestant_name"]
    two = party('Acme Widgets, Inc. ("Protestant") protests.\n'
                "Acme Widgets, Inc., by its attorneys").items["protestant_name"]
    assert two.confidence > one.confidence


def test_cues_that_name_different_parties_lower_its_confidence() -> None:
    fields = party('Acme Widgets, Inc. ("Protestant") protests.\n'
                   "Protesting party: Zenith Tools LLC")
    assert fields.items["protestant_name"].confidence <= 0.6
