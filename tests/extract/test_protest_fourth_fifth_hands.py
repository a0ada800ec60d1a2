"""Sender behaviour a fourth and a fifth hand showed (issue 13, round 5): worksheets with a label
cell and a value cell, drawn forms with captions over their values, e-filing confirmations, a
value wrapped in its own column, the decision named after "the liquidation", and bare
objections; an absence is concluded only where no unread cue gives the element."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_argument import read_argument
from bots.protest_intake.extract_category import ARGUED, refine_category
from bots.protest_intake.extract_decision import decision_in
from bots.protest_intake.extract_fields import LABELLED, PROSE, Fields
from bots.protest_intake.extract_objection_reasons import deferred
from bots.protest_intake.extract_structure import unread_cues
from tests.extract.test_protest_letter_cues import elements, party, stream_of
from tradebots.facts import Extracted

Cell = tuple[float, str]


def _pdf(path: Path, rows: list[list[Cell]]) -> Path:
    """One line per row, each cell drawn at its own x (a worksheet's or a form's columns)."""
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    for index, row in enumerate(rows):
        for x, text in row:
            canvas.drawString(x, 760 - 16 * index, text)
    canvas.save()
    return path


def test_a_worksheet_gives_each_value_in_the_cell_beside_its_label(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "sheet.pdf", [
        [(72, "PROTEST (19 CFR Part 174) - SECTION I")],
        [(72, "3. Port"), (300, "Savannah, GA 1703")],
        [(72, "4. Importer Number"), (300, "56-5158103")],
        [(72, "6. Name and Address of Protesting Party"),
         (300, "Northgate Kitchenware, Inc. / 9 Harbor View Drive / Tacoma, WA 98402")],
        [(72, "1703 DDE 0999860 3 2023-09-29 2024-08-16")],
        [(72, "DESCRIPTION OF MERCHANDISE"), (300, "Cocoa butter, deodorized, in 25 kg")],
        [(300, "cartons")],
        [(72, "JUSTIFICATION"), (300, "CBP appraised the goods by adding an assist that")],
        [(300, "the importer never supplied; the invoice price is the value.")],
        [(72, "Signature"), (300, "/s/ Hannah Lindqvist")],
        [(72, "Name"), (300, "Hannah Lindqvist")],
    ])
    facts = extract_protest(pdf).facts
    assert (facts.port_code, facts.importer_number) == ("1703", "56-5158103")
    assert facts.protestant_name == "Northgate Kitchenware, Inc."
    assert facts.protestant_address == "9 Harbor View Drive, Tacoma, WA 98402"
    assert facts.merchandise_description == "Cocoa butter, deodorized, in 25 kg cartons"
    assert facts.objection_text is not None and "assist" in facts.objection_text
    assert facts.signer_name == "Hannah Lindqvist"


def test_a_drawn_forms_captions_stand_over_their_values(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "form.pdf", [
        [(72, "PROTEST (19 CFR Part 174) - prepared by broker software")],
        [(72, "1. PROTEST NUMBER"), (300, "2. DATE RECEIVED")],
        [(72, "3801-24-540457"), (300, "08/20/2024")],
        [(72, "3. PORT"), (300, "4. IMPORTER NUMBER")],
        [(72, "3801"), (300, "39-0222244")],
        [(72, "Imported merchandise: Galvanized steel boat anchors, 15 lb fluke type")],
        [(72, "SIGNATURE"), (300, "NAME")],
        [(72, "/s/ Naomi T. Abernathy"), (300, "Naomi T. Abernathy")],
    ])
    extraction = extract_protest(pdf)
    facts = extraction.facts
    assert (facts.protest_number, facts.port_code) == ("3801-24-540457", "3801")
    assert facts.importer_number == "39-0222244"
    assert facts.signer_name == "Naomi T. Abernathy"
    assert extraction.fields["signer_name"].confidence == LABELLED
    assert facts.merchandise_description == "Galvanized steel boat anchors, 15 lb fluke type"


def test_an_e_filing_confirmation_labels_without_colons_and_signs_electronically(
    tmp_path: Path,
) -> None:
    pdf = _pdf(tmp_path / "ace.pdf", [
        [(72, "ACE Protest Module - Filing Confirmation")],
        [(72, "Date received by CBP"), (250, "10 October 2023")],
        [(72, "The protest below was filed electronically.")],
        [(72, "PROTEST")],
        [(72, "Protesting party"), (250, "Halcyon Garden Products Corp.")],
        [(72, "Address"), (250, "4410 Nursery Lane, Tyler, TX 75701")],
        [(72, "IOR number"), (250, "27-2876176")],
        [(72, "Entry G5D-9526464-2 entered 11 July 2022, liquidated 12 April 2023")],
        [(72, "Electronically signed: Leopold M. Ferreira")],
    ])
    facts = extract_protest(pdf).facts
    assert facts.received_date is not None and facts.received_date.isoformat() == "2023-10-10"
    assert facts.protestant_name == "Halcyon Garden Products Corp."
    assert facts.protestant_address == "4410 Nursery Lane, Tyler, TX 75701"
    assert facts.importer_number == "27-2876176"
    assert facts.signer_name == "Leopold M. Ferreira"


def test_running_text_is_never_read_as_a_label_cell(tmp_path: Path) -> None:
    # "Address" inside a sentence, even beside a second column, is no label cell.
    pdf = _pdf(tmp_path / "letter.pdf", [
        [(72, "Port Director, Port of Chicago (3901)")],
        [(72, "Please address all replies"), (300, "to counsel at 1 Main St, Chicago, IL 60601")],
        [(72, "We protest the liquidation of entry HIA-9274192-7.")],
    ])
    assert extract_protest(pdf).facts.protestant_address is None


def test_a_value_beside_its_label_wraps_under_its_own_first_word(tmp_path: Path) -> None:
    # A ragged-right value column: the line ends well short of the margin because the next
    # word would not fit, and its tail starts under the value, not at the page's left edge.
    pdf = _pdf(tmp_path / "letter.pdf", [
        [(72, "Port Director, Port of Chicago (3901)")],
        [(72, "We protest the classification of the merchandise under subheading 9405.11.9000")],
        [(72, "Description of merchandise:"), (230, "LED pendant light fixtures with aluminum")],
        [(230, "shades, model SP-410")],
        [(72, "Entry HIA-9274192-7, entered on 06-15-2007, liquidated on 05-02-2008.")],
    ])
    facts = extract_protest(pdf).facts
    assert facts.merchandise_description == (
        "LED pendant light fixtures with aluminum shades, model SP-410")


def test_a_subject_lines_entry_count_and_the_clients_address_sentence() -> None:
    fields = party("Re: Protest of Redfern Audio Components Corp. - 1 entry\n"
                   "This firm is counsel to Redfern Audio Components Corp., the importer of "
                   "record,\nwhich hereby protests the liquidation of the entries listed below.\n"
                   "Protestant's address is 300 Technology Way, Austin, TX 78741.")
    assert fields.value("protestant_name") == "Redfern Audio Components Corp."
    assert fields.value("protestant_address") == "300 Technology Way, Austin, TX 78741"


def _category(text: str, read: Extracted | None, objection: str | None = None) -> Extracted:
    fields = Fields()
    if read is not None:
        fields.items["category"] = read
    if objection is not None:
        fields.items["objection_text"] = Extracted(objection, None, PROSE)
    refine_category(stream_of(text), fields)
    return fields.items["category"]


def test_the_decision_named_after_protesting_the_liquidation_is_the_one_protested() -> None:
    text = ("Acme Inc. protests the liquidation of these entries.\n"
            "The decision protested is the classification of the merchandise.")
    assert _category(text, Extracted("liquidation", None, PROSE)).value == "classification"


def test_the_decision_argued_is_weaker_than_one_named_and_a_label_stays() -> None:
    argued = _category("We protest the liquidation.", Extracted("liquidation", None, PROSE),
                       "CBP appraised the goods with an assist; transaction value is the price.")
    assert (argued.value, argued.confidence) == ("appraised_value", ARGUED)
    labelled = _category("We protest the liquidation.", Extracted("liquidation", None, LABELLED),
                         "CBP appraised the goods with an assist.")
    assert labelled.value == "liquidation"
    # An objection that argues two decisions names none of them.
    both = _category("We protest the liquidation.", Extracted("liquidation", None, PROSE),
                     "The goods are misclassified and their appraised value is wrong.")
    assert both.value == "liquidation"


def test_an_objection_that_only_names_the_decision_gives_no_justification() -> None:
    assert deferred("Protestant objects to the appraised value of the merchandise upon "
                    "liquidation.")
    assert not deferred("Protestant objects to the appraised value because the assist was "
                        "never supplied by the importer.")


def test_an_unread_address_or_goods_cue_is_not_an_absence() -> None:
    assert unread_cues(Fields(), "Protestant's address is 300 Technology Way.") == {1}
    assert unread_cues(Fields(), "Imported merchandise: steel nails") == {5}
    assert unread_cues(Fields(), "We protest the liquidation of the goods.") == set()


def test_ticked_boxes_answer_even_where_the_line_names_a_criterion() -> None:
    fields = elements("APPLICATION FOR FURTHER REVIEW: [X] Yes [ ] No - criterion 174.24(c), "
                      "facts not considered in an earlier ruling.")
    assert fields.value("further_review_requested") is True


def test_numbered_labels_name_the_protestant_and_address() -> None:
    fields = party("1. Protestant: Saltmarsh Apparel Group LLC\n"
                   "2. Address: 120 King Street, Charleston, SC 29401")
    assert fields.value("protestant_name") == "Saltmarsh Apparel Group LLC"
    assert fields.value("protestant_address") == "120 King Street, Charleston, SC 29401"


def test_a_person_signing_in_a_sentence_is_the_signer_but_a_company_is_not(
    tmp_path: Path,
) -> None:
    rows: list[list[Cell]] = [
        [(72, "Port Director, Port of Chicago (3901)")],
        [(72, "We protest the classification of entry HIA-9274192-7.")],
    ]
    company = _pdf(tmp_path / "company.pdf", [*rows, [(72, "Filed by Meridian Customs "
                                                            "Brokerage, Inc., broker")]])
    assert extract_protest(company).facts.signer_name is None
    person = _pdf(tmp_path / "person.pdf", [*rows, [(72, "Prepared and signed by Marcus T. "
                                                         "Delgado, Licensed Customs Broker")]])
    extraction = extract_protest(person)
    assert extraction.facts.signer_name == "Marcus T. Delgado"
    assert extraction.fields["signer_name"].confidence == PROSE


def test_a_forms_drawback_is_a_written_declaration_not_a_box_question(tmp_path: Path) -> None:
    head: list[list[Cell]] = [
        [(72, "PROTEST (19 CFR Part 174) - SECTION I")],
        [(72, "1. Protest Number (CBP use)")],
        [(72, "6. Name and Address of Protesting Party"), (300, "Acme Inc. / 1 Main St / "
                                                             "Chicago, IL 60601")],
    ]
    written = _pdf(tmp_path / "written.pdf", [*head, [(72, "Drawback declaration: none of the "
                                                          "merchandise is subject to drawback.")]])
    assert extract_protest(written).facts.drawback_declaration is False
    asked = _pdf(tmp_path / "asked.pdf", [*head, [(72, "Is any entry the subject of drawback? "
                                                        "Yes No")]])
    assert extract_protest(asked).facts.drawback_declaration is None


def test_with_no_decision_named_the_one_the_text_argues_is_weak() -> None:
    read = Fields()
    refine_category(stream_of("Under the power of attorney on file, we file this for Acme.\n"
                              "Under GRI 1 the goods fall in subheading 9405.11.40."), read)
    assert read.items["category"].value == "classification"
    assert read.items["category"].confidence == ARGUED
    assert read.items["category"].evidence is not None


def test_a_header_cell_wrapped_on_to_a_lone_word_still_names_its_column(tmp_path: Path) -> None:
    # "DATE OF" / "LIQUIDATION": the only date printed stands under the liquidation column.
    pdf = _pdf(tmp_path / "rows.pdf", [
        [(72, "PROTEST (19 CFR Part 174) - SECTION I")],
        [(72, "PORT CODE"), (160, "ENTRY NO."), (300, "DATE OF ENTRY"), (420, "DATE OF")],
        [(420, "LIQUIDATION")],
        [(72, "2709"), (160, "7IC-5907292-7"), (420, "03/02/2025")],
    ])
    entry = extract_protest(pdf).facts.entries[0]
    assert entry.entry_date is None
    assert entry.liquidation_date is not None and entry.liquidation_date.isoformat() == "2025-03-02"


def _boxed_pdf(path: Path, ticks: dict[str, bool]) -> Path:
    """A drawn form: a square box before each question, an "X" drawn inside the ticked ones;
    the drawback question answered by a box before "NO" or before "YES"."""
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    lines = [(700, "PROTEST (19 CFR Part 174) - SECTION I"), (680, "1. PROTEST NUMBER")]
    for x, y in ((60, 640), (60, 600)):
        canvas.rect(x, y - 2, 9, 9)
    for label, y in (("accelerated", 640), ("further", 600)):
        if ticks[label]:
            canvas.drawString(62, y, "X")
    lines += [(640, "7. ACCELERATED DISPOSITION REQUESTED"), (600, "FURTHER REVIEW REQUESTED")]
    canvas.drawString(72, 620, "Entry subject to drawback:")
    canvas.rect(228, 618, 9, 9)
    canvas.drawString(242, 620, "YES")
    canvas.rect(268, 618, 9, 9)
    canvas.drawString(282, 620, "NO")
    canvas.drawString(270 if ticks["drawback_no"] else 230, 620, "X")
    for y, text in lines:
        canvas.drawString(72, y, text)
    canvas.save()
    return path


def test_drawn_check_boxes_answer_by_the_mark_inside_them(tmp_path: Path) -> None:
    ticked = extract_protest(_boxed_pdf(tmp_path / "a.pdf", {
        "accelerated": True, "further": False, "drawback_no": True})).facts
    assert (ticked.accelerated_disposition, ticked.further_review_requested) == (True, False)
    assert ticked.drawback_declaration is False
    other = extract_protest(_boxed_pdf(tmp_path / "b.pdf", {
        "accelerated": False, "further": True, "drawback_no": False})).facts
    assert (other.accelerated_disposition, other.further_review_requested) == (False, True)
    assert other.drawback_declaration is True


def test_an_earlier_protests_caption_row_keeps_its_own_date_received(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "earlier.pdf", [
        [(72, "PROTEST (19 CFR Part 174) - SECTION I")],
        [(72, "1. PROTEST NUMBER"), (300, "2. DATE RECEIVED")],
        [(72, "3001-24-100001"), (300, "08/20/2024")],
        [(72, "SECTION III - EARLIER PROTEST NO."), (300, "DATE RECEIVED")],
        [(72, "3001-24-452930"), (300, "07/01/2024")],
    ])
    facts = extract_protest(pdf).facts
    assert (facts.protest_number, facts.earlier_protest_number) == (
        "3001-24-100001", "3001-24-452930")
    assert facts.received_date is not None and facts.received_date.isoformat() == "2024-08-20"
    assert facts.earlier_protest_received is not None
    assert facts.earlier_protest_received.isoformat() == "2024-07-01"


def _argument(text: str) -> Fields:
    fields = Fields()
    read_argument(stream_of(text), fields)
    return fields


def _argument_items(text: str) -> dict[str, Extracted]:
    return _argument(text).items


def test_the_argument_after_the_decision_named_is_the_objection() -> None:
    fields = _argument("The decision protested is the appraised value of the merchandise.\n"
                       "Commissions paid to a buying agent are not part of transaction value\n"
                       "under 19 U.S.C. 1401a(b); the entered value should be restored.\n"
                       "No drawback has been claimed on the entries.")
    assert fields.value("objection_text", "").startswith("Commissions paid")
    assert "drawback" not in fields.value("objection_text", "")


def test_a_filing_statement_after_protesting_the_liquidation_is_no_argument() -> None:
    assert "objection_text" not in _argument_items(
        "Acme Inc. hereby protests the liquidation of the entries listed below.\n"
        "Our address is 947 Ocean Ave, Chicago, IL 60607. This protest is filed under\n"
        "19 U.S.C. 1514 and 19 CFR Part 174.")
    assert "objection_text" not in _argument_items(
        "The decision protested is the classification of the merchandise.\n"
        "This protest is filed under 19 U.S.C. 1514 and 19 CFR Part 174.")


def test_a_request_that_cannot_be_made_is_not_made() -> None:
    fields = elements("The protest below was filed electronically. (Accelerated disposition "
                      "cannot be requested through this module.)")
    assert fields.value("accelerated_disposition") is False


def test_a_value_cut_into_answer_cells_and_an_earlier_protest_in_a_sentence(
    tmp_path: Path,
) -> None:
    pdf = _pdf(tmp_path / "sheet.pdf", [
        [(72, "PROTEST (19 CFR Part 174) - SECTION I")],
        [(72, "6. Name and Address of Protesting Party"),
         (300, "Acme Inc. / 1 Main St / Chicago, IL 60601")],
        [(72, "SECTION III - EARLIER PROTEST"),
         (250, "Protestant asks for the same disposition as in Protest No. 3901-24-161651.")],
        [(72, "SECTION IV - FURTHER REVIEW"), (250, "[X] Yes"), (320, "[ ] No")],
    ])
    facts = extract_protest(pdf).facts
    assert facts.further_review_requested is True
    assert facts.earlier_protest_number == "3901-24-161651"
    assert facts.earlier_protest_received is None


def test_the_entries_the_protest_covers_declaring_drawback_name_no_decision() -> None:
    assert decision_in("The entries covered by this protest are not subject to drawback.") is None


def test_a_blank_box_and_a_bare_caption_give_no_value_on_a_form(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "blank.pdf", [
        [(72, "CBP Form 19 - PROTEST")],
        [(72, "Merchandise description:")],
        [(72, "Justification for claim (facts and legal arguments):")],
        [(72, "11. ENTRIES SUBJECT TO DRAWBACK"), (300, "12. PROTEST FILED BY SURETY")],
    ])
    facts = extract_protest(pdf).facts
    assert facts.merchandise_description is None
    assert facts.drawback_declaration is None


def test_protesting_the_liquidation_to_attack_a_penalty_decision_names_no_decision() -> None:
    objection = ("Protestant objects to the decision of the Fines, Penalties and Forfeitures "
                 "Officer denying its petition for relief.")
    fields = Fields()
    fields.items["category"] = Extracted("liquidation", None, PROSE)
    fields.items["objection_text"] = Extracted(objection, None, PROSE)
    refine_category(stream_of("Acme Inc. protests the liquidation of these entries."), fields)
    assert "category" not in fields.items
    # A liquidation protest that argues the tariff provision keeps a decision.
    assert _category("Acme protests the liquidation.", Extracted("liquidation", None, PROSE),
                     "The penalty notice aside, the goods belong in subheading 9405.").value \
        == "classification"


def test_a_captions_wrapped_tail_beside_the_next_boxs_answers_is_no_name(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "form.pdf", [
        [(72, "CBP Form 19 - PROTEST")],
        [(72, "6. NAME AND ADDRESS OF IMPORTER OR OTHER"), (300, "7. Is Accelerated Disposition")],
        [(72, "PROTESTING PARTY"), (300, "( ) Yes"), (360, "(X) No")],
        [(72, "Protestant"), (300, "declares, to the best of its knowledge, that no entry")],
    ])
    assert extract_protest(pdf).facts.protestant_name is None
