"""Senders' ways the twenty-fifth hand showed (issue 13, round 20), each in several forms a real
sender would use: captions printed right of their values (with or without a pointer) or pointing
at them, the importer number under its other names, a port's caption alone over its value, one
tariff number listed once per article, a running head and foot on a one-page letter, numbered
rows told apart by their model or version, a specification table set one column per item, and a
reconsideration asked for what a ruling said of the tariff, and boxes captioned in capitals side
by side. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.ruling_triage.extract_furniture import without_furniture
from bots.ruling_triage.extract_text import paragraphs
from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, draw, extract
from tradebots.pdf import open_pdf

Cell = tuple[float, float, str]
# The twenty-first hand's head, less its sentence naming the port: the port is read elsewhere.
OPENING: list[Cell] = [*HEAD[:-1], (55, 178, "None of the goods has been imported.")]
FACTS: list[Cell] = [(55, 300, "Description: Stainless steel vacuum bottles, 24 oz."),
                     (55, 312, "Principal use: sale through retail stores"),
                     (55, 324, "Component materials: stainless steel 92%, polypropylene 8%"),
                     (55, 340, "We believe subheading 9617.00.1000, HTSUS, applies under GRI 1.")]
PARTIES = (("Harbor Goods LLC", "Importer"), ("12 Pier Road, Newark, NJ 07114", "Importer address"),
           ("47-1928305", "{number}"),
           ("Newark, NJ (4601)", "{port}"))


def _captions_after(style: str, number: str, port: str) -> list[Cell]:
    """The parties' values with their captions printed after them, one row each."""
    cells: list[Cell] = []
    for row, (value, caption) in enumerate(PARTIES):
        y = 200 + 18 * row
        caption = caption.format(number=number, port=port)
        if style == "one line":
            cells.append((55, y, f"{value} <- {caption}"))
        elif style == "arrow cell":
            cells += [(55, y, value), (400, y, f"<- {caption}")]
        elif style == "right cell":
            cells += [(55, y, value), (400, y, caption)]
        else:  # the caption first, pointing at its value
            cells.append((55, y, f"{caption} -> {value}"))
    return cells


@pytest.mark.parametrize("style", ["one line", "arrow cell", "right cell", "pointing"])
@pytest.mark.parametrize(("number", "port"), [("Importer No. / EIN", "Port(s) of entry"),
                                              ("IOR No.", "Port of arrival"),
                                              ("CBP importer ID", "Entry port")])
def test_captions_printed_after_their_values_are_read(tmp_path: Path, style: str, number: str,
                                                       port: str) -> None:
    cells = [*OPENING, *_captions_after(style, number, port), *FACTS, *CLOSE]
    output = extract(draw(tmp_path / "after.pdf", cells))
    assert output["values"]["importer_number"] == "47-1928305"
    assert output["values"]["ports"] == ["4601"]
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("caption", ["Intended port", "Entry port", "Port", "Ports",
                                     "Expected port"])
def test_a_port_caption_alone_over_its_value_is_read(tmp_path: Path, caption: str) -> None:
    cells = [*OPENING, (400, 200, caption), (400, 210, "Newark, NJ (4601)"), *FACTS, *CLOSE]
    output = extract(draw(tmp_path / "port.pdf", cells))
    assert output["values"]["ports"] == ["4601"]
    assert output["decision"]["missing"] == [], output["findings"]


@pytest.mark.parametrize(("sentence", "numbers"), [
    ("Proposed classification: subheading 9617.00.1000, subheading 9617.00.1000, subheading "
     "9617.00.1000 HTSUS.", ["9617.00.1000"] * 3),
    ("Proposed classification: subheading 9617001000, subheading 9617001000 HTSUS.",
     ["9617001000"] * 2),
    ("We believe the items fall under 9617.00.10.00; 9617.00.10.00 and 9617.00.10.00, HTSUS.",
     ["9617.00.10.00"] * 3),
    # named again in a sentence of its own: the proposal repeated, not a second article's
    ("We believe subheading 9617.00.1000 applies. Subheading 9617.00.1000 covers such bottles.",
     ["9617.00.1000"]),
])
def test_one_number_listed_once_per_article_is_kept_per_article(
        tmp_path: Path, sentence: str, numbers: list[str]) -> None:
    cells = [*OPENING, *FACTS[:-1], (55, 340, sentence), *CLOSE]
    values = extract(draw(tmp_path / "list.pdf", cells))["values"]
    assert values["proposed_hts"] == numbers
    if len(numbers) > 1:
        assert values["item_count"] == len(numbers)


@pytest.mark.parametrize(("head", "foot"), [
    ("Harbor Goods LLC - Ruling request for Harbor Goods LLC",
     "Ruling request - Harbor Goods LLC - Ruling request for Harbor Goods LLC"),
    ("Harbor Goods LLC | Binding ruling request", "Harbor Goods LLC | Binding ruling request"),
])
def test_a_foot_echoing_the_head_of_a_one_page_letter_is_no_signer(
        tmp_path: Path, head: str, foot: str) -> None:
    cells = [(55, 30, head), *HEAD, (55, 200, "IOR No.: 47-1928305"), *FACTS,
             *CLOSE[:-1], (55, 760, foot)]
    output = extract(draw(tmp_path / "foot.pdf", cells))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("gap", [12, 24])
def test_the_signers_firm_under_the_name_stays_though_the_head_names_it(
        tmp_path: Path, gap: float) -> None:
    cells = [*HEAD, *FACTS, *CLOSE[:-1], (55, 542 + gap, "Harbor Goods LLC")]
    with open_pdf(draw(tmp_path / "firm.pdf", cells)) as document:
        kept = [p.text for p in without_furniture(paragraphs(document))]
    assert kept[-1] == "Harbor Goods LLC"


@pytest.mark.parametrize("designation", ["model VB-24 - version {v}", "version {v}",
                                         "variant {v}", "style 24{v}"])
def test_numbered_rows_told_apart_by_model_or_version_are_one_kind(
        tmp_path: Path, designation: str) -> None:
    cells: list[Cell] = [(55, 230, "No."), (80, 230, "Description"), (300, 230, "Price")]
    for row, v in enumerate("AB"):
        y = 250 + 30 * row
        # the number centred in its row, beside a description wrapped over two lines
        cells += [(55, y + 5, str(row + 1)), (80, y, "Stainless steel vacuum bottles,"),
                  (80, y + 10, designation.format(v=v)), (300, y + 5, f"$1{row}.00")]
    output = extract(draw(tmp_path / "rows.pdf", [*HEAD, *cells, *FACTS[1:], *CLOSE]))
    assert output["values"]["item_count"] == 2
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize(("numbering", "names"), [
    ("#{n}", "Vacuum bottle, version {v}"), ("Item {n}", "Vacuum bottle - model VB-{v}"),
    ("{n}", "Vacuum bottle, version {v}"),
    # articles of different kinds, one a column: counted, their kind for a person
    ("#{n}", "{v}"),
])
def test_a_table_set_one_column_per_item_is_read_row_by_row(
        tmp_path: Path, numbering: str, names: str) -> None:
    heads = ("Description", "Principal use", "Materials")
    values = (names, "sale through retail stores", "steel 92%, polypropylene 8%")
    kinds = "ABC" if names != "{v}" else ("Vacuum bottle", "Cooking pot", "Drinking straw")
    top: list[Cell] = [(55, 230, "Item")] if numbering == "{n}" else []
    cells = [*top, *[(150 + 120 * k, 230, numbering.format(n=k + 1)) for k in range(3)]]
    for row, (head, value) in enumerate(zip(heads, values, strict=True)):
        y = 246 + 16 * row
        cells += [(55, y, head), *[(150 + 120 * k, y, value.format(v=kinds[k]))
                                   for k in range(3)]]
    cells.append((55, 340, "We believe subheading 9617.00.1000, HTSUS, applies under GRI 1."))
    output = extract(draw(tmp_path / "across.pdf", [*HEAD, *cells, *CLOSE]))
    assert output["values"]["item_count"] == 3
    assert output["decision"]["missing"] == [], output["findings"]
    one_kind = names != "{v}"
    assert output["decision"]["outcome"] == ("accept" if one_kind else "needs_human")


@pytest.mark.parametrize("why", ["which in our view misread the heading",
                                 "as the subheading it gave does not describe the goods",
                                 "because GRI 3(b) was misapplied"])
def test_a_ruling_reconsidered_for_its_tariff_reading_is_a_classification(
        tmp_path: Path, why: str) -> None:
    cells = [*OPENING[:5], (55, 144, "Re: Request for reconsideration of New York Ruling N312345"),
             *FACTS[:3], (55, 340, f"We ask Headquarters to reconsider that ruling, {why}."),
             *CLOSE]
    values = extract(draw(tmp_path / "again.pdf", cells))["values"]
    assert values["ruling_type"] == "classification"


@pytest.mark.parametrize("caption", ["Importer ID No.", "I.O.R. No.",
                                     "Importer of Record (IOR) No.", "Federal tax ID",
                                     "Employer Identification Number", "Taxpayer ID number",
                                     "CBP-assigned number"])
@pytest.mark.parametrize("style", ["colon", "above", "right"])
def test_the_importer_number_under_its_other_names_is_read(tmp_path: Path, caption: str,
                                                           style: str) -> None:
    cells: list[Cell] = {"colon": [(55.0, 200.0, f"{caption}: 47-1928305")],
                         "above": [(55.0, 200.0, caption), (55.0, 210.0, "47-1928305")],
                         "right": [(55.0, 200.0, "47-1928305"), (400.0, 200.0, caption)]}[style]
    values = extract(draw(tmp_path / "number.pdf", [*OPENING, *cells, *FACTS, *CLOSE]))["values"]
    assert values["importer_number"] == "47-1928305"


@pytest.mark.parametrize(("cells", "numbers"), [
    ([(55, 340, "Proposed tariff classification: 96170010")], ["96170010"]),
    ([(55, 340, "We believe the bottles fall under HTSUS subheading 9617001000.")],
     ["9617001000"]),
    ([(55, 340, "9617001000 <- Proposed HTS")], ["9617001000"]),
    ([(55, 340, "9617.00.1000"), (400, 340, "Proposed classification")], ["9617.00.1000"]),
    ([(55, 340, "Proposed HTSUS subheading -> 9617.00.10.00")], ["9617.00.10.00"]),
])
def test_a_proposed_number_however_the_sender_captions_it_is_read(
        tmp_path: Path, cells: list[Cell], numbers: list[str]) -> None:
    values = extract(draw(tmp_path / "hts.pdf", [*OPENING, *FACTS[:-1], *cells, *CLOSE]))["values"]
    assert values["proposed_hts"] == numbers


@pytest.mark.parametrize(("number", "port"), [("IMPORTER NO. / EIN", "INTENDED PORT"),
                                              ("IOR NUMBER / IRS NO.", "PORT OF ARRIVAL")])
def test_boxes_captioned_in_capitals_side_by_side_are_read(tmp_path: Path, number: str,
                                                           port: str) -> None:
    boxes: list[Cell] = [(55, 200, "IMPORTER"), (300, 200, "IMPORTER ADDRESS"),
                         (55, 212, "Harbor Goods LLC"),
                         (300, 212, "12 Pier Road, Newark, NJ 07114"),
                         (55, 232, number), (300, 232, port),
                         (55, 244, "47-1928305"), (300, 244, "Newark, NJ (4601)")]
    output = extract(draw(tmp_path / "boxes.pdf", [*OPENING, *boxes, *FACTS, *CLOSE]))
    assert output["values"]["importer_number"] == "47-1928305"
    assert output["values"]["ports"] == ["4601"]
    assert output["decision"]["outcome"] == "accept", output["findings"]
