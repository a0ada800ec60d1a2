"""What the fifty-fourth and fifty-fifth hands' senders do, read for senders in general (issue 13):
a sender's own sheet sets its check boxes one to a line, in a column under the caption they
answer ("DECISION PROTESTED (check one)" over a box per decision; "ACCELERATED DISPOSITION
REQUESTED?" over a "Yes" box and a "No" box), each ticked by a mark typed or drawn inside it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules import decide
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.reading.test_tick_boxes import draw_mark

_DECISIONS = {"classification": "Classification / rate of duty",
              "appraised_value": "Appraised value", "exclusion": "Exclusion from entry",
              "charges": "Charges or exactions"}


def _column_sheet(path: Path, *, decision: str, accelerated: bool, review: bool, mark: str,
                  caption: str, question: str, other: str = "Other (describe below)") -> Path:
    """A one-page protest sheet whose boxes stand one to a line under their captions."""
    canvas = Canvas(str(path), pagesize=letter)
    y = 760.0

    def text(x: float, words: str, size: float = 10) -> None:
        canvas.setFont("Helvetica", size)
        canvas.drawString(x, y, words)

    def row(words: str, on: bool) -> None:
        nonlocal y
        canvas.rect(64, y - 1.5, 9.5, 9.5, stroke=1, fill=0)
        if on:
            if mark == "typed":
                canvas.setFont("Helvetica", 9)
                canvas.drawString(66, y, "X")
            else:
                draw_mark(canvas, mark, 64, y - 1.5)
        text(80, words)
        y -= 15

    def line(words: str, gap: float = 15) -> None:
        nonlocal y
        text(60, words)
        y -= gap

    for words in ("Harbor Light Imports LLC", "PROTEST STATEMENT UNDER 19 U.S.C. 1514",
                  "Port code: 2704", "Name of protesting party: Harbor Light Imports LLC",
                  "Address: 400 Dock Street, Long Beach, CA 90802", "Importer number: 95-4412078",
                  "Entry number      Date of entry      Date of liquidation",
                  "H7K-5551234-6      03/04/2024      01/10/2025"):
        line(words)
    line(caption, 16)
    for key, words in {**_DECISIONS, "other": other}.items():
        row(words, key == decision)
    line("DESCRIPTION OF MERCHANDISE")
    line("Stainless steel kitchen sinks, single bowl")
    line("OBJECTION AND JUSTIFICATION")
    line("The merchandise is properly classified under subheading 7324.10.0010, HTSUS.", 18)
    line(question.format(what="ACCELERATED DISPOSITION (19 CFR 174.22)"), 16)
    row("Yes - sent by certified mail", accelerated)
    row("No", not accelerated)
    line(question.format(what="APPLICATION FOR FURTHER REVIEW"), 16)
    row("Yes - criterion 174.24(b)", review)
    row("No", not review)
    line("Drawback: the merchandise is not subject to drawback.")
    line("Signature: /s/ Lena M. Ortega")
    canvas.save()
    return path


@pytest.mark.parametrize("mark", ["typed", "cross", "tick", "square"])
@pytest.mark.parametrize("decision", ["appraised_value", "exclusion", "charges"])
@pytest.mark.parametrize("caption", ["DECISION PROTESTED (check one)", "B. Decision protested",
                                     "Decision protested:"])
def test_a_column_of_decision_boxes_names_the_one_ticked(
    tmp_path: Path, mark: str, decision: str, caption: str,
) -> None:
    # Before: the caption's next line, the column's first option, was read as the decision
    # ("Decision protested" / "Classification / rate of duty"), whichever box was ticked.
    pdf = _column_sheet(tmp_path / "sheet.pdf", decision=decision, accelerated=False,
                        review=True, mark=mark, caption=caption, question="{what} REQUESTED?")
    assert extract_protest(pdf).facts.category == decision


@pytest.mark.parametrize("mark", ["typed", "cross", "tick"])
@pytest.mark.parametrize("question", ["{what} REQUESTED?", "{what}?", "Is {what} requested?"])
@pytest.mark.parametrize(("accelerated", "review"), [(False, False), (True, False), (False, True)])
def test_yes_and_no_boxes_stacked_under_a_question_answer_it(
    tmp_path: Path, mark: str, question: str, accelerated: bool, review: bool,
) -> None:
    # Before: the "Yes - ..." under the question was read as the answer, the tick on "No" unseen.
    pdf = _column_sheet(tmp_path / "sheet.pdf", decision="classification",
                        accelerated=accelerated, review=review, mark=mark,
                        caption="DECISION PROTESTED (check one)", question=question)
    facts = extract_protest(pdf).facts
    assert facts.accelerated_disposition is accelerated
    assert facts.further_review_requested is review


def _message(path: Path, *, importer: str, goods: str, signature: list[str]) -> Path:
    """A traffic department's numbered protest message in capitals, closed by its signer."""
    return _letter_pdf(path, [
        "PRIORITY MESSAGE - CUSTOMS PROTEST UNDER 19 USC 1514",
        "FM: ALDER CREEK OUTFITTERS, INC. / TRAFFIC DEPT",
        "TO: CBP PORT OF SEATTLE - PORT CODE 3002",
        "1. PROTESTANT:", "ALDER CREEK OUTFITTERS, INC.", "12 RIVERSIDE DRIVE",
        "GRAND RAPIDS, MI 49503", importer,
        "2. ENTRIES PROTESTED:", "ENTRY NO        ENTRY DATE       LIQ DATE",
        "DFH-6389691-9   29-DEC-2023      15-OCT-2024",
        goods,
        "4. DECISION PROTESTED: CLASSIFICATION AND RATE OF DUTY",
        "5. CLAIM AND JUSTIFICATION: THE GOODS ARE PROPERLY CLASSIFIED UNDER SUBHEADING",
        "6109.10.0012, HTSUS, BY APPLICATION OF GRI 1, AND THE EXCESS DUTY SHOULD BE REFUNDED.",
        "7. DRAWBACK: NO DRAWBACK HAS BEEN OR WILL BE CLAIMED ON THE ENTRY.",
        "8. ACCELERATED DISPOSITION: NOT REQUESTED",
        *signature,
    ])


@pytest.mark.parametrize("importer", ["IMPORTER NO. (IOR): 64-8766601",
                                      "Importer number (IRS/EIN): 64-8766601",
                                      "IMPORTER NUMBER (OF RECORD) 64-8766601",
                                      "Importer No. (protestant): 64-8766601"])
def test_an_importer_numbers_label_qualified_in_brackets_gives_the_number(
    tmp_path: Path, importer: str,
) -> None:
    # Before: "(IOR)" between the label and its number hid the number: (a)(2) read as missing.
    pdf = _message(tmp_path / "message.pdf", importer=importer,
                   goods="3. MERCHANDISE: MEN'S COTTON KNIT POLO SHIRTS",
                   signature=["AUTHENTICATED: THOMAS J. WHELAN"])
    assert extract_protest(pdf).facts.importer_number == "64-8766601"


@pytest.mark.parametrize("signature", [
    ["AUTHENTICATED: THOMAS J. WHELAN", "VICE PRESIDENT, OPERATIONS, FOR THE PROTESTANT"],
    ["Authenticated by: Thomas J. Whelan", "Vice President"],
    ["ATTESTED BY: THOMAS J. WHELAN"],
    ["Certified correct by:", "______________________________", "Name  Thomas J. Whelan",
     "Title  Vice President, Operations"],
    ["Certified true by:", "______________________________", "Printed name: Thomas J. Whelan"],
])
def test_a_message_authenticated_or_certified_by_a_person_names_its_signer(
    tmp_path: Path, signature: list[str],
) -> None:
    # Before: "AUTHENTICATED:" was no signature cue, and the "Name" caption under a rule made
    # the printed name read as a form's placeholder: no signer at all.
    pdf = _message(tmp_path / "message.pdf", importer="IMPORTER NO.: 64-8766601",
                   goods="3. MERCHANDISE: MEN'S COTTON KNIT POLO SHIRTS", signature=signature)
    assert (extract_protest(pdf).facts.signer_name or "").casefold() == "thomas j. whelan"


@pytest.mark.parametrize("goods", ["3. GOODS: AS PER COMMERCIAL INVOICE ON FILE.",
                                   "3. MERCHANDISE: SEE ENTRY SUMMARY",
                                   "3. Merchandise: Per the invoices of record",
                                   "3. GOODS: AS DESCRIBED IN THE ENTRY DOCUMENTS"])
def test_goods_left_to_the_papers_cbp_holds_are_not_described(
    tmp_path: Path, goods: str,
) -> None:
    # Before: the pointer to the invoice was read as the description, and then (a)(5) could
    # not be found wanting; the protest describes no goods (19 CFR 174.13(a)(5)).
    pdf = _message(tmp_path / "message.pdf", importer="IMPORTER NO.: 64-8766601", goods=goods,
                   signature=["AUTHENTICATED: THOMAS J. WHELAN"])
    facts = extract_protest(pdf).facts
    assert facts.merchandise_description is None
    assert 5 not in facts.unsure_items  # absent where the sender puts it: (a)(5) is wanting


@pytest.mark.parametrize("opening", [
    ["Under a power of attorney on file, Meridian Customs Brokerage Inc. protests for Atlas",
     "Marine Hardware Inc., the importer of record, against the appraised value of the goods."],
    ["Meridian Customs Brokerage Inc. protests on behalf of Atlas Marine Hardware Inc. against",
     "the appraised value of the merchandise as determined on liquidation."],
    ["As licensed broker, Meridian Customs Brokerage Inc. hereby files this protest for its",
     "client, Atlas Marine Hardware Inc., the importer of record, under 19 U.S.C. 1514."],
])
@pytest.mark.parametrize("address_sentence", [
    ["The protestant's address is:", "2209 Harbor Boulevard", "Wilmington, NC 28401"],
    ["The importer\u2019s mailing address is", "2209 Harbor Boulevard", "Wilmington, NC 28401"],
])
def test_an_agents_sentence_protesting_for_its_principal_names_the_principal(
    tmp_path: Path, opening: list[str], address_sentence: list[str],
) -> None:
    # Before: the sentence's subject, the broker with the words before it ("Under a power of
    # attorney on file, Meridian ..."), was read as the protestant, and the address set a line
    # at a time under "The protestant's address is:" was not read: (a)(1) reported missing.
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "Meridian Customs Brokerage Inc.", "17 Terminal Way | Jamaica, NY 11430", "27 June 2024",
        "U.S. Customs and Border Protection", "Chicago - Port 3901",
        "Re: Protest on behalf of Atlas Marine Hardware Inc.",
        *opening, *address_sentence,
        "The protestant's importer number is 94-8706929.",
        "The protest covers entry C9I-9614880-3, made 07-Aug-2023 and liquidated 17-May-2024.",
        "Description of merchandise: Leather work gloves, unlined, cowhide",
        "The fees are not part of the transaction value under 19 U.S.C. 1401a(b).",
        "Sincerely,", "/s/ Sunita K. Bhandari", "Licensed Customs Broker",
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Atlas Marine Hardware Inc."
    assert facts.protestant_address == "2209 Harbor Boulevard, Wilmington, NC 28401"


@pytest.mark.parametrize("mark", ["typed", "cross"])
@pytest.mark.parametrize("other", ["Other: decision on petition for relief (19 CFR 171)",
                                   "Other: the decision on our petition for relief (19 CFR 171.22)",
                                   "Other - penalty decision on petition (19 CFR Part 171)"])
def test_a_ticked_other_box_naming_a_petition_decision_is_the_decision_protested(
    tmp_path: Path, mark: str, other: str,
) -> None:
    # Before: the column's first option ("Classification / rate of duty") was read as the
    # decision, and the protest of a penalty decision went to a person instead of being found
    # invalid (19 U.S.C. 1514(b); 19 CFR 171.22: decided on petition, not protestable).
    pdf = _column_sheet(tmp_path / "sheet.pdf", decision="other", accelerated=False,
                        review=False, mark=mark, caption="B. Decision protested",
                        question="{what} REQUESTED?", other=other)
    facts = extract_protest(pdf).facts
    assert facts.category is None
    decision, _ = decide(replace(facts, received_date=date(2025, 2, 3)), today=date(2025, 2, 10))
    assert decision.outcome == "invalid"


@pytest.mark.parametrize(("goods", "described"), [
    ("3. MERCHANDISE: PER INVOICE 4471: STEEL HEX BOLTS, ZINC PLATED", "STEEL HEX BOLTS"),
    ("3. Goods: As per invoice, cotton knit polo shirts", "cotton knit polo shirts"),
])
def test_goods_named_after_a_reference_to_the_invoice_are_described(
    tmp_path: Path, goods: str, described: str,
) -> None:
    # The reference to the papers only leads in; the goods are named after it.
    pdf = _message(tmp_path / "message.pdf", importer="IMPORTER NO.: 64-8766601", goods=goods,
                   signature=["AUTHENTICATED: THOMAS J. WHELAN"])
    assert described in (extract_protest(pdf).facts.merchandise_description or "")
