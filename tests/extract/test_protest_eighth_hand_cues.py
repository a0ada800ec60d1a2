"""Summary sheets and letters from other hands: captions abbreviated ("Imp. of Rec. No."), set
side by side in a grid with each value under its caption, and labels run in after a sentence
("... is 12-3456789. Merchandise: ..."): each is read, 19 CFR 174.13(a)(1), (a)(2), (a)(5)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.run_in_labels import labels_on_lines
from bots.common.reading.sentences import clauses
from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_elements import read_elements
from bots.protest_intake.extract_fields import Fields, category_of
from bots.protest_intake.extract_stacked import caption_of, read_stacked
from bots.protest_intake.extract_structure import unread_cues, unread_entry_dates
from bots.protest_intake.model import ProtestEntry
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_letter_cues import stream_of

_ABBREVIATED = """Port
1001 New York
Addr.
5 Loom Court, Suite 300, Charlotte, NC 28202
Imp. of Rec. No.
44-4986076
Prot. No.
Date Rec'd (CBP)
12/15/2005
Mdse. Desc.
Cordless angle grinders, 20V, model AG-20X
"""


def test_abbreviated_captions_take_the_value_under_them() -> None:
    fields = Fields()
    read_stacked(stream_of(_ABBREVIATED), fields)
    assert fields.value("port_code") == "1001"
    assert fields.value("protestant_address") == "5 Loom Court, Suite 300, Charlotte, NC 28202"
    assert fields.value("importer_number") == "44-4986076"
    assert fields.value("received_date") == date(2005, 12, 15)
    assert fields.value("merchandise_description") == "Cordless angle grinders, 20V, model AG-20X"
    # The blank protest number box reads nothing, not the receipt caption under it.
    assert "protest_number" not in fields.items


def test_other_abbreviations_name_the_same_captions() -> None:
    assert caption_of("IOR No.") == caption_of("Importer Nbr") == "importer_number"
    assert caption_of("Desc. of Mdse.") == "merchandise_description"
    assert caption_of("Rcvd (CBP use only)") == "received_date"
    # A pleading's "Protestant." closing its party block is no caption; nor is a sentence.
    assert caption_of("Protestant.") is None
    assert caption_of("Dear Sir or Madam,") is None


def _grid_pdf(path: Path, gridlines: bool = False) -> Path:
    """A filing summary's caption grid; with GRIDLINES each value runs on across a drawn gridline
    that falls in a word space after its first two words, as a worksheet prints it."""
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(62, 780, "PROTEST - 19 U.S.C. 1514 / 19 CFR PART 174 - FILING SUMMARY")
    rows = [(("Port", "2704 Los Angeles"), ("Protestant", "Lakeshore Lamp & Light Co.")),
            (("Addr.", "90 Wharf Street, Duluth, MN 55802"), ("Imp. of Rec. No.", "64-2873729")),
            (("Prot. No.", ""), ("Rec'd", ""))]
    y = 750.0
    for row in rows:
        for x, (caption, value) in zip((67, 311), row, strict=True):
            canvas.setFont("Helvetica", 7)
            canvas.drawString(x, y, caption)
            canvas.setFont("Helvetica", 10)
            if value:
                _value(canvas, x, y - 11, value, gridlines)
        y -= 30
    canvas.setFont("Helvetica", 7)
    canvas.drawString(67, y, "Mdse. Desc.")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(67, y - 11, "Stoneware dinner plates, 27 cm, glazed, pattern Harbor")
    canvas.drawString(67, y - 23, "Blue")
    canvas.drawString(67, y - 52, "Entry No.")
    canvas.drawString(160, y - 52, "Entry Dt.")
    canvas.drawString(250, y - 52, "Liq. Dt.")
    canvas.drawString(67, y - 68, "B6H-8720933-1")
    canvas.drawString(160, y - 68, "07-APR-2023")
    canvas.drawString(250, y - 68, "22-JAN-2024")
    canvas.save()
    return path


def _value(canvas: Canvas, x: float, y: float, value: str, gridline: bool) -> None:
    words = value.split()
    if not gridline or len(words) < 3:
        canvas.drawString(x, y, value)
        return
    first = " ".join(words[:2])
    canvas.drawString(x, y, first)
    at = x + canvas.stringWidth(first + " ", "Helvetica", 10)
    rule = at - canvas.stringWidth(" ", "Helvetica", 10) / 2
    canvas.line(rule, y - 3, rule, y + 11)
    canvas.drawString(at, y, " ".join(words[2:]))


def test_a_grid_value_run_on_across_a_gridline_is_read_whole(tmp_path: Path) -> None:
    # The old reader took the piece before the gridline: "Lakeshore Lamp" as the protestant.
    facts = extract_protest(_grid_pdf(tmp_path / "cut.pdf", gridlines=True)).facts
    assert facts.protestant_name == "Lakeshore Lamp & Light Co."
    assert facts.protestant_address == "90 Wharf Street, Duluth, MN 55802"
    assert facts.port_code == "2704"


def test_a_grid_of_captions_reads_each_value_in_its_own_column(tmp_path: Path) -> None:
    facts = extract_protest(_grid_pdf(tmp_path / "grid.pdf")).facts
    assert facts.port_code == "2704"
    assert facts.protestant_name == "Lakeshore Lamp & Light Co."
    assert facts.protestant_address == "90 Wharf Street, Duluth, MN 55802"
    assert facts.importer_number == "64-2873729"
    assert facts.protest_number is None and facts.received_date is None
    # The goods wrap on to a line set close under the first: one description.
    assert facts.merchandise_description == (
        "Stoneware dinner plates, 27 cm, glazed, pattern Harbor Blue")


def test_a_label_run_in_after_a_sentence_is_read(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "U.S. Customs and Border Protection, Port of Houston, TX (5301)",
        "We write to protest the appraised value determined at liquidation of entry",
        "4GD-6510820-8, made on December 20, 2004 and liquidated on March 14, 2025.",
        "Our importer number is 70-2683318. Merchandise: Porcelain dinner plates, item BC-1050",
    ])
    facts = extract_protest(pdf).facts
    assert facts.merchandise_description == "Porcelain dinner plates, item BC-1050"


def test_a_label_worded_as_a_sentence_is_read(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "U.S. Customs and Border Protection, Port of Houston, TX (5301)",
        "Acme Co. protests the liquidation of entry 4GD-6510820-8 under 19 U.S.C. 1514.",
        "Our importer number is 45-3717967. The merchandise is described as: Nitrile gloves",
    ])
    assert extract_protest(pdf).facts.merchandise_description == "Nitrile gloves"


def test_labels_on_a_line_are_found_at_its_start_and_after_each_sentence() -> None:
    text = "3. Goods: bolts\nWe object. Port: 1001; Note: none"
    found = [(f.label, text[f.start:f.end]) for f in labels_on_lines(text)]
    assert found == [("Goods", "bolts"), ("We object. Port", "1001; Note: none"),
                     ("Port", "1001; Note: none"), ("Note", "none")]


def test_a_goods_label_run_in_after_a_sentence_makes_its_absence_unsure() -> None:
    # A cue the reader did not turn into a value is no absence of (a)(5): a person looks.
    text = "Our importer number is 70-2683318. Mdse.: porcelain plates"
    assert unread_cues(Fields(), text) == frozenset({5})
    assert unread_cues(Fields(), "The goods were shipped on time.") == frozenset()


def test_a_goods_label_in_a_narrow_column_runs_on_where_its_phrase_does(tmp_path: Path) -> None:
    # A narrow column wraps the goods well short of the margin: a line ending in a comma, or
    # one the next line continues in lower case, goes on; the next sentence is not the goods.
    for lines, goods in (
        (["Merchandise: Stoneware dinner plates,", "27 cm, glazed, pattern Harbor Blue"],
         "Stoneware dinner plates, 27 cm, glazed, pattern Harbor Blue"),
        (["Merchandise: Stainless steel insulated", "food jars, 16 oz., item FJ-16"],
         "Stainless steel insulated food jars, 16 oz., item FJ-16"),
    ):
        pdf = _letter_pdf(tmp_path / "narrow.pdf", [
            "On behalf of our client, Quarry Hill Ceramics, L.L.C., we file this protest with",
            "the Port of Los Angeles (2704) against the liquidation of entry F79-3524356-7.",
            *lines,
            "The protestant contests the tariff classification adopted at liquidation.",
        ])
        assert extract_protest(pdf).facts.merchandise_description == goods


def test_a_run_in_goods_label_stops_where_the_next_sentence_starts(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "U.S. Customs and Border Protection, Port of Houston, TX (5301)",
        "We write to protest the appraised value determined at liquidation of entry",
        "4GD-6510820-8, made on December 20, 2004 and liquidated on March 14, 2025.",
        "Our importer number is 70-2683318. Merchandise: Porcelain dinner plates, item BC-1050",
        "CBP appraised the merchandise on a deductive value basis although a transaction value",
        "existed: the invoice price was paid by an unrelated buyer (19 U.S.C. 1401a(b)).",
    ])
    assert extract_protest(pdf).facts.merchandise_description == (
        "Porcelain dinner plates, item BC-1050")


def _two_page_letter(path: Path, first: list[str], second: list[str]) -> Path:
    canvas = Canvas(str(path))
    for lines in (first, second):
        for row, line in enumerate(lines):
            canvas.drawString(72, 760 - 14 * row, line)
        canvas.showPage()
    canvas.save()
    return path


def test_a_letterhead_repeated_as_the_running_head_still_gives_the_address(
    tmp_path: Path,
) -> None:
    # The name printed twice at the head (logotype, then name) and again atop the schedule page:
    # the first page's head is the sender's letterhead, not page furniture.
    pdf = _two_page_letter(tmp_path / "letter.pdf", [
        "Marigold Textiles (USA) Inc.", "Marigold Textiles (USA) Inc.", "5 Loom Court, Suite 300",
        "Charlotte, NC 28202", "2024.09.20",
        "U.S. Customs and Border Protection, Port of Cincinnati (port code 4103)",
        "Marigold Textiles (USA) Inc. protests the liquidation of entry 4C4-5027722-3, as",
        "detailed in the attached Schedule A. Our importer number is 11-4809072.",
    ], [
        "Marigold Textiles (USA) Inc.", "Schedule A - Entries protested",
        "Entry number Date of entry Date of liquidation", "4C4-5027722-3 2023.05.02 2024.03.25",
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Marigold Textiles (USA) Inc."
    assert facts.protestant_address == "5 Loom Court, Suite 300, Charlotte, NC 28202"
    assert (facts.entries[0].entry_date, facts.entries[0].liquidation_date) == (
        date(2023, 5, 2), date(2024, 3, 25))


def test_a_party_named_only_in_the_signature_block_is_read_with_its_address(
    tmp_path: Path,
) -> None:
    # "The importer named under the signature below" points to the party; it is no name.
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "RE: PROTEST OF LIQUIDATION",
        "1. The importer named under the signature below (importer no. 97-5241667) protests",
        "with the Port of Savannah (1703) the decisions described in this letter.",
        "Entry No. Entry Dt. Liq. Dt.", "CBF-5703964-3 21 Aug 2024 31 May 2025",
        "Yours faithfully,", "/s/ Ingrid A. Solberg", "for Pelican Bay Provisions LLC",
        "2200 Gulf Breeze Parkway", "Pensacola, FL 32502",
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Pelican Bay Provisions LLC"
    assert facts.protestant_address == "2200 Gulf Breeze Parkway, Pensacola, FL 32502"


def test_a_broker_filing_for_the_importer_of_record_names_the_importer(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "Meridian Customs Brokerage, Inc.", "TO: Director of Field Operations, Port of Los Angeles",
        "We file this protest as agent under power of attorney for the importer of",
        "record, Bluefield Ceramics Corporation, 31 Kiln Road, Zanesville, OH 43701,",
        "importer no. 74-4200714, against the liquidation of entry IA0-8014685-4.",
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Bluefield Ceramics Corporation"
    assert facts.protestant_address == "31 Kiln Road, Zanesville, OH 43701"


def test_a_request_for_reliquidation_is_the_remedy_not_the_decision_protested() -> None:
    assert category_of("PROTEST AND REQUEST FOR RELIQUIDATION") is None
    assert category_of("asks for reliquidation as entered") is None
    assert category_of("the appraised value; protestant requests reliquidation") == (
        "appraised_value")
    assert category_of("a claim under 19 U.S.C. 1520(d) for reliquidation") == (
        "reliquidation_1520d")


def test_a_sheet_naming_form_19_without_its_boxes_is_read_as_the_sender_laid_it_out(
    tmp_path: Path,
) -> None:
    pdf = _letter_pdf(tmp_path / "sheet.pdf", [
        "PROTEST (CBP FORM 19 CONTENT) - PREPARED BY BROKER",
        "Protestant", "Marigold Textiles (USA) Inc.",
        "Imp. of Rec. No.", "44-4986076",
        "Entry No. Entry Dt. Liq. Dt.", "9EB-4258653-5 12/10/2004 09/26/2005",
        "Further review is requested under 19 CFR 174.24; the decision is contrary to rulings.",
    ])
    extraction = extract_protest(pdf)
    assert extraction.layout == "letter"
    assert extraction.facts.protestant_name == "Marigold Textiles (USA) Inc."
    assert extraction.facts.importer_number == "44-4986076"
    assert extraction.facts.further_review_requested is True


def test_the_error_named_in_the_grounds_is_the_decision_protested(tmp_path: Path) -> None:
    # The subject line's "protest of liquidation" is a title; "CBP erred in the value" names
    # the decision (19 U.S.C. 1514(a)(1)).
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "RE: PROTEST OF LIQUIDATION",
        "On behalf of our client, Cedar Ridge Outfitters, Inc., 412 Kettle Creek Road, Bozeman,",
        "MT 59715 (importer no. 84-1790492), we file this protest with the Port of Norfolk (1401).",
        "Grounds: CBP erred in the value as liquidated; the liquidated duty must be refunded.",
        "Entry No. Entry Dt. Liq. Dt.", "C28-5371463-5 March 12, 2024 February 2, 2025",
    ])
    assert extract_protest(pdf).facts.category == "appraised_value"


def test_a_request_label_answered_by_a_word_is_read_whatever_follows() -> None:
    for line, asked in (
        ("APPLICATION FOR FURTHER REVIEW: requested (criterion 174.24(a)).", True),
        ("Further review: not requested.", False),
        ("Accelerated disposition: requested under 19 U.S.C. 1515(b).", True),
    ):
        fields = Fields()
        read_elements(stream_of(line), fields)
        key = "accelerated_disposition" if "Accelerated" in line else "further_review_requested"
        assert fields.value(key) is asked, line


def test_the_error_in_the_grounds_refines_a_protest_of_the_liquidation(tmp_path: Path) -> None:
    # "X protests the liquidation" names the act that carries every decision; the grounds'
    # "CBP erred in the value" names the one protested.
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "U.S. Customs and Border Protection, Port of New York (port code 1001)",
        "Cedar Ridge Outfitters, Inc. protests the liquidation of entry BB7-7612453-3.",
        "Grounds: CBP erred in the value as liquidated; the liquidated duty must be refunded.",
    ])
    assert extract_protest(pdf).facts.category == "appraised_value"


def test_a_narrow_columns_declaration_is_one_clause_not_three_headings() -> None:
    text = ("The protestant declares that the\nmerchandise is not subject to a\n"
            "drawback claim.\nfurther_review = N\n")
    spans = [text[s:e].strip() for s, e in clauses(text)]
    assert spans[0] == ("The protestant declares that the\nmerchandise is not subject to a\n"
                        "drawback claim.")
    assert spans[-1] == "further_review = N"


def test_date_headers_run_together_still_name_each_dates_column(tmp_path: Path) -> None:
    # "Entered Liquidated" printed as one piece: the date under "Entered" is the entry
    # date, and "not liquidated" under "Liquidated" gives no liquidation date.
    path = tmp_path / "run.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 760, "We file this protest as agent for the importer of record,")
    canvas.drawString(72, 746, "Bluefield Ceramics Corporation. The entries protested are:")
    canvas.setFont("Helvetica", 9)
    # The two date columns' headers run together as one piece of text.
    for x, text in ((74, "Entry #"), (152, "Entered Liquidated")):
        canvas.drawString(x, 720, text)
    for x, text in ((74, "BDF-4498398-3"), (152, "19APR25"), (198, "not liquidated")):
        canvas.drawString(x, 706, text)
    canvas.save()
    (entry,) = extract_protest(path).facts.entries
    assert (entry.entry_date, entry.liquidation_date) == (date(2025, 4, 19), None)


def test_a_run_in_label_wrapped_on_to_the_next_line_is_read(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "U.S. Customs and Border Protection, Port of Norfolk (port code 1401)",
        "Old Mill Bakeware Company protests the liquidation of entry BDF-4498398-3.",
        "Our importer number is 72-4726460. The merchandise is described",
        "as: Stainless steel insulated food jars, 16 oz., item FJ-16",
    ])
    assert extract_protest(pdf).facts.merchandise_description == (
        "Stainless steel insulated food jars, 16 oz., item FJ-16")


def test_an_entry_date_printed_but_not_read_is_no_sure_absence() -> None:
    # Cells run together in a style the reader missed: (a)(3) goes to a person, not a letter.
    entry = ProtestEntry("C2F-7310572-5", None, date(2025, 5, 17))
    text = "C2F-7310572-5 8.VIII.2024 the 17th day of May, 2025"
    assert unread_entry_dates([entry], text) == frozenset({3})
    assert unread_entry_dates([entry], "C2F-7310572-5 not entered; liquidated 5/17/2025") == (
        frozenset())
