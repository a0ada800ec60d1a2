"""Senders' ways the twenty-first hand showed (issue 13, round 16), each in several wordings a
real sender would use: a goods table whose tariff column prints bare digits, whose wrapped cells
push the rows apart or whose tight cells run together, a formal "Dated the 22nd day of ...", a
numbered submission ("1. Requester and Parties", "1.2 Importer: X") and ALL-CAPS captions printed
over their values. Small pages drawn here and read."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.contract import extract_json
from bots.ruling_triage.extract import extract_ruling

Cell = tuple[float, float, str]
HEAD: list[Cell] = [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road"),
                    (55, 84, "Newark, NJ 07114"), (55, 104, "March 3, 2025"),
                    (55, 124, "National Commodity Specialist Division"),
                    (55, 144, "Re: Request for a binding ruling (classification)"),
                    (55, 164, "Harbor Goods LLC requests a binding ruling on the tariff "
                              "classification of the goods below."),
                    (55, 178, "The goods will be entered at Newark, NJ (4601); none has been "
                              "imported.")]
CLOSE: list[Cell] = [(55, 470, "The issue is not pending before any CBP office or any court."),
                     (55, 500, "Sincerely,"), (55, 530, "/s/ Ann Lee"),
                     (55, 542, "Ann Lee, President"), (55, 554, "Harbor Goods LLC")]
COLUMNS = (55.0, 80.0, 230.0, 320.0, 430.0)  # No. | Description | Use | Materials | tariff


def draw(path: Path, cells: list[Cell], font: str = "Helvetica", size: float = 8) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont(font, size)
    for x, y, text in cells:
        canvas.drawString(x, letter[1] - y, text)
    canvas.save()
    return path


def extract(path: Path) -> dict[str, Any]:
    return extract_json(path, received=date(2025, 3, 5), today=date(2025, 3, 10))


def table(tariff_head: str, rows: list[tuple[str, str, str, str]]) -> list[Cell]:
    cells: list[Cell] = [(x, 210, text) for x, text in zip(
        COLUMNS, ("No.", "Description", "Principal use", "Materials", tariff_head), strict=True)]
    for index, row in enumerate(rows):
        y = 226 + 16 * index
        cells += [(x, y, text) for x, text in zip(COLUMNS, (str(index + 1), *row), strict=True)
                  if text]
    return cells


ROWS = [("Cotton bath towels", "drying the body", "cotton 100%", "6302600020"),
        ("Porcelain floor tiles", "floor covering", "porcelain 100%", "6907211005")]


@pytest.mark.parametrize("head", ["Proposed HTS", "HTSUS No.", "Tariff number", "Subheading",
                                  "Proposed classification", "HTS code"])
def test_bare_digits_under_a_tariff_column_header_are_the_proposed_numbers(
        tmp_path: Path, head: str) -> None:
    values = extract(draw(tmp_path / "t.pdf", [*HEAD, *table(head, ROWS), *CLOSE]))["values"]
    assert values["proposed_hts"] == ["6302600020", "6907211005"]
    assert values["item_count"] == 2


def test_a_tariff_column_repeating_a_number_the_letter_gave_dotted_adds_no_article(
        tmp_path: Path) -> None:
    said = (55, 192, "We propose subheading 6302.60.00.20, HTSUS, for the towels.")
    values = extract(draw(tmp_path / "t.pdf", [*HEAD, said, *table("HTS", ROWS[:1]),
                                               *CLOSE]))["values"]
    assert values["proposed_hts"] == ["6302.60.00.20"]
    assert values["item_count"] == 1


@pytest.mark.parametrize("head", ["Phone", "Invoice No.", "Account"])
def test_bare_digits_under_another_header_are_no_tariff_number(tmp_path: Path, head: str) -> None:
    values = extract(draw(tmp_path / "t.pdf", [*HEAD, *table(head, ROWS), *CLOSE]))["values"]
    assert values["proposed_hts"] == []


@pytest.mark.parametrize("lines", [3, 4, 5])
def test_rows_pushed_apart_by_a_wrapped_cell_are_still_counted(tmp_path: Path,
                                                               lines: int) -> None:
    cells: list[Cell] = [(x, 210, text) for x, text in zip(
        COLUMNS, ("No.", "Description", "Principal use", "Materials", "Price"), strict=True)]
    cells += [(55, 226, "1"), (80, 226, "LED panel luminaires"), (230, 226, "lighting rooms")]
    cells += [(320, 226 + 10 * line, f"part {line} of the materials")
              for line in range(lines)]
    second = 226 + 10 * lines + 6  # the next row under the tallest cell: over 40 points down
    cells += [(55, second, "2"), (80, second, "Ground turmeric"), (230, second, "seasoning"),
              (320, second, "turmeric 100%")]
    values = extract(draw(tmp_path / "t.pdf", [*HEAD, *cells, *CLOSE]))["values"]
    assert values["item_count"] == 2


def test_cells_a_tight_layout_runs_together_are_read_in_their_columns(tmp_path: Path) -> None:
    # Courier 8: each character 4.8 points, columns 6.4 points apart: too tight to show a gap.
    heads = [(63.0, "No."), (91.3, "Description"), (260.9, "Principal use"),
             (334.4, "Materials"), (436.2, "Price"), (481.5, "Proposed HTS")]
    cells: list[Cell] = [(x, 360, text) for x, text in heads]
    cells += [(63.0, 374, "1"), (91.3, 374, "Insulated polyester sleeping bags,"),
              (260.9, 374, "commercial and"), (334.4, 374, "polyester shell and"),
              (436.2, 374, "$17.85"), (481.5, 374, "9404308000"),
              (91.3, 382, "rated to 20 degrees F"), (260.9, 382, "industrial use"),
              (334.4, 382, "fill 100%")]
    after = [(63.0, 420, "The issue is not pending before any CBP office or any court."),
             (63.0, 450, "Sincerely,"), (63.0, 480, "/s/ Ann Lee"),
             (63.0, 492, "Ann Lee, President, Harbor Goods LLC")]
    path = draw(tmp_path / "t.pdf", [*HEAD[:-1], *cells, *after], font="Courier")
    facts = extract_ruling(path).facts
    assert facts.product_description == "Insulated polyester sleeping bags, rated to 20 degrees F"
    assert facts.principal_use == "commercial and industrial use"
    assert facts.component_materials == "polyester shell and fill 100%"
    assert facts.proposed_hts == ("9404308000",)


@pytest.mark.parametrize("dated", ["Dated the 22nd day of March, 2025",
                                   "Dated this 22nd day of March 2025",
                                   "Dated: the twenty-second day of March, 2025",
                                   "Dated 22 March 2025"])
def test_a_formal_dated_line_dates_the_request_and_ends_the_letterhead(
        tmp_path: Path, dated: str) -> None:
    cells = [(55, 40, "Ruling Request - Harbor Goods LLC"), *HEAD[:3], (55, 104, dated),
             *HEAD[4:], *table("Proposed HTS", ROWS[:1]), *CLOSE]
    values = extract(draw(tmp_path / "t.pdf", cells))["values"]
    assert values["request_date"] == "2025-03-22"
    assert values["requester_name"] == "Harbor Goods LLC"


NUMBERED: list[Cell] = [
    (55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road"), (55, 84, "Newark, NJ 07114"),
    (55, 104, "March 3, 2025"), (55, 124, "National Commodity Specialist Division"),
    (55, 144, "CONTENTS"), (55, 158, "{h1}"), (55, 170, "2. Ruling Requested"),
    (55, 190, "{h1}"),
    (55, 206, "{n}1 Harbor Goods LLC requests a binding ruling on the tariff classification"),
    (55, 216, "of the goods described below."),
    (55, 232, "{n}2 Importer: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (IOR No."),
    (55, 242, "12-3456789)"),
    (55, 258, "{n}3 The goods will be entered at Newark, NJ (4601); none has been imported."),
    (55, 278, "2. Ruling Requested"),
]


@pytest.mark.parametrize("h1", ["1. Requester and Parties", "1. Requester and Representative",
                                "1. Requester or Agent", "1. Requester Information",
                                "1. REQUESTER DETAILS"])
@pytest.mark.parametrize("number", ["1.", "1.1."])
def test_a_heading_that_opens_with_a_labels_word_names_no_requester(
        tmp_path: Path, h1: str, number: str) -> None:
    cells = [(x, y, text.format(h1=h1, n=number)) for x, y, text in NUMBERED]
    values = extract(draw(tmp_path / "t.pdf", [*cells, *table("Proposed HTS", ROWS[:1]),
                                               *CLOSE]))["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["importer_number"] == "12-3456789"


@pytest.mark.parametrize("caption", ["STATEMENT", "REQUEST", "OPENING STATEMENT:"])
def test_an_all_caps_caption_over_the_opening_is_no_part_of_the_requesters_name(
        tmp_path: Path, caption: str) -> None:
    cells: list[Cell] = [
        (55, 40, "RULING REQUEST"), (300, 40, "HARBOR GOODS LLC"),
        (55, 70, "TO"), (55, 82, "National Commodity Specialist Division"),
        (55, 100, "DATE"), (55, 112, "03-MAR-2025"),
        (55, 130, "REQUESTER"), (55, 142, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114"),
        (55, 160, caption),
        (55, 172, "Harbor Goods LLC requests a binding ruling on the tariff classification of"),
        (55, 182, "the goods below, which it intends to import at Newark, NJ (4601)."),
        (55, 196, "Basis: GRI 1; the terms of heading 6302 describe the goods."),
    ]
    output = extract(draw(tmp_path / "t.pdf", [*cells, *table("Proposed HTS", ROWS[:1]),
                                               *CLOSE]))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept"


@pytest.mark.parametrize("name", ["On Running AG", "For Home Goods LLC"])
def test_a_requester_under_its_caption_may_open_with_a_joining_word(tmp_path: Path,
                                                                    name: str) -> None:
    cells: list[Cell] = [(55, 40, "BINDING RULING REQUEST"), (55, 60, "Requester"),
                         (55, 72, name), (55, 84, "12 Pier Road, Newark, NJ 07114"),
                         (55, 104, "Date: March 3, 2025")]
    values = extract(draw(tmp_path / "t.pdf", [*cells, *HEAD[4:6], *table("HTS", ROWS[:1]),
                                               *CLOSE]))["values"]
    assert values["requester_name"] == name
