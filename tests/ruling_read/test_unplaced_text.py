"""The shared absence rule on ruling requests (bots/common/reading/unplaced): facts set out under
headings the reader does not know, or in a two-column sheet whose captions it cannot map, leave
177.2(b)(2) open for a person, naming the text; a recognised letter that truly lacks them stays
deficient. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract

PROPOSED: list[Cell] = [(55, 290, "Proposed classification: subheading 9617.00.1000, HTSUS."),
                        (55, 302, "We believe heading 9617 applies under GRI 1 as it names "
                                  "vacuum flasks.")]
# A data sheet's own headings, each over a block of text, none a caption the reader knows.
SHEET: list[Cell] = [(55, 210, "Product overview"),
                     (55, 222, "Double-walled vacuum bottle of 24 oz. that keeps drinks cold "
                               "for a day,"),
                     (55, 234, "sold to households through retail stores."),
                     (55, 254, "Composition"),
                     (55, 266, "Stainless steel 92 percent by weight, polypropylene lid 8 "
                               "percent.")]
# A summary sheet: captions in the left column, values in the right.
ROWS = (("Article", "Double-walled vacuum bottle of 24 oz. for drinks"),
        ("Made from", "stainless steel 92 percent, polypropylene lid 8 percent"),
        ("Sold for", "keeping drinks cold at home and outdoors"))
SUMMARY: list[Cell] = [cell for row, (caption, value) in enumerate(ROWS)
                       for cell in ((55, 210 + 14 * row, caption), (200, 210 + 14 * row, value))]


@pytest.mark.parametrize(("layout", "heading"), [(SHEET, "Product overview"),
                                                 (SUMMARY, "Made from")])
def test_facts_under_headings_the_reader_does_not_know_go_to_a_person(
        tmp_path: Path, layout: list[Cell], heading: str) -> None:
    output = extract(draw(tmp_path / "sheet.pdf", [*HEAD, *layout, *PROPOSED, *CLOSE]))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    assert "177.2(b)(2)" not in output["decision"]["missing"]
    reads = [f["message"] for f in output["findings"] if f["rule"] == "R-READ"]
    # The shares ("92 percent by weight") are read as the composition now; what the reader did
    # not place is still left open for a person, named with its heading where one is unplaced.
    assert any(m.startswith("Not found: ") and ((heading in m and "page 1" in m)
                                                 or "did not recognise" in m) for m in reads), reads


def test_a_recognised_letter_without_the_facts_stays_deficient(tmp_path: Path) -> None:
    output = extract(draw(tmp_path / "bare.pdf", [*HEAD, *PROPOSED, *CLOSE]))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert "177.2(b)(2)" in output["decision"]["missing"]


def test_courtesy_lines_leave_the_absence_concluded(tmp_path: Path) -> None:
    # Lines every letter prints and no reader reads for a value hold no element.
    courtesy: list[Cell] = [(55, 440, "Please contact the undersigned if you need anything "
                                      "further about this request."),
                            (55, 452, "We appreciate your attention to this request and look "
                                      "forward to your ruling.")]
    output = extract(draw(tmp_path / "courtesy.pdf", [*HEAD, *PROPOSED, *courtesy, *CLOSE]))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert "177.2(b)(2)" in output["decision"]["missing"]


def test_a_run_in_caption_the_reader_does_not_know_heads_a_section(tmp_path: Path) -> None:
    # "Remarks: ..." on a summary sheet: a caption the reader reads nothing under, so the text
    # after it is not placed. ("Basis:" was one until round 24: its sentence is now the basis.)
    run_in: list[Cell] = [(55, 210, "Remarks: the article is named by the heading proposed and "
                                    "is excluded from the others."),
                          (55, 222, "- The article is a double-walled bottle that keeps drinks "
                                    "cold for a day.")]
    output = extract(draw(tmp_path / "run_in.pdf", [*HEAD, *run_in, *PROPOSED[:1], *CLOSE]))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    reads = [f["message"] for f in output["findings"] if f["rule"] == "R-READ"]
    assert any("'Remarks'" in m and "page 1" in m for m in reads), reads


Row = tuple[float, str | None, str | None]  # a sheet's row: its top, caption and value
SHEET_ROWS: list[Row] = [(60, "PRODUCT DATA SHEET - vacuum bottle VB-24", None),
              (90, "Product overview", "Double-walled vacuum bottle of 24 oz. with a screw lid"),
              (102, None, "and a carrying loop."),
              (120, "Materials and shares", "stainless steel 92 percent, polypropylene lid 8"),
              (132, None, "percent by weight."),
              (150, "Made for", "keeping drinks cold at home and outdoors")]
# A caption the reader knows, run in before its text, on a page it set aside: not looked at.
RUN_IN: list[Row] = [(60, "PRODUCT DATA SHEET", None),
          (90, "Description: double-walled vacuum bottle of 24 oz. in stainless steel, used to",
           None),
          (102, "keep drinks cold at home.", None)]


@pytest.mark.parametrize(("rows", "heading"), [(SHEET_ROWS, "Product overview"),
                                               (RUN_IN, "Description")])
def test_an_enclosed_data_sheet_leaves_the_facts_open(
        tmp_path: Path, rows: list[Row], heading: str) -> None:
    # The letter encloses the maker's data sheet, a page the reader sets aside as an
    # attachment; its captions and wrapped values are text it did not place.
    output = extract(_enclosing(tmp_path / "enclosed.pdf", HEAD, rows))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    reads = [f["message"] for f in output["findings"] if f["rule"] == "R-READ"]
    assert any(heading in m and "page 2" in m for m in reads), reads


def test_a_requester_address_on_an_enclosed_sheet_is_not_concluded_absent(
        tmp_path: Path) -> None:
    # The letter prints no address; the sheet it encloses may (its rows are not read).
    head = [cell for cell in HEAD if cell[1] not in (72, 84)]  # the letterhead's address
    output = extract(_enclosing(tmp_path / "address.pdf", head, RUN_IN))
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]
    reads = [f["message"] for f in output["findings"] if f["rule"] == "R-READ"]
    assert any("requester's name and address" in m and "page 2" in m for m in reads), reads


def _enclosing(path: Path, head: list[Cell], rows: list[Row]) -> Path:
    """A letter enclosing the sheet whose ROWS (top, caption, value) are drawn on page 2."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 8)
    for x, y, text in [*head, (55, 196, "Enclosed is the maker's product data sheet."),
                       *PROPOSED, *CLOSE]:
        canvas.drawString(x, letter[1] - y, text)
    canvas.showPage()
    canvas.setFont("Helvetica", 8)
    for y, caption, value in rows:
        if caption:
            canvas.drawString(55, letter[1] - y, caption)
        if value:
            canvas.drawString(200, letter[1] - y, value)
    canvas.save()
    return path


def test_a_request_surely_deficient_stays_deficient_beside_unplaced_text(tmp_path: Path) -> None:
    # The data sheet may give the facts; the letter surely gives no statement on pending
    # matters (177.2(b)(5)): deficient for that, whatever the sheet says.
    close = [cell for cell in CLOSE if "pending" not in cell[2]]
    output = extract(draw(tmp_path / "nostatement.pdf", [*HEAD, *SHEET, *PROPOSED, *close]))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(5)"], output["findings"]


def test_a_grid_under_a_heading_is_no_section_of_text(tmp_path: Path) -> None:
    # An office's routing slip stamped above the letter: its cells hold no element.
    slip: list[Cell] = [(300, 20, "ROUTING SLIP"),
                        (300, 32, "Route to"), (380, 32, "Action"), (450, 32, "Remarks"),
                        (300, 44, "Rulings intake"), (380, 44, "Log and assign"),
                        (450, 44, "Received by courier and logged today")]
    output = extract(draw(tmp_path / "slip.pdf", [*slip, *HEAD, *PROPOSED, *CLOSE]))
    facts = [f for f in output["findings"] if f["citation"] == "19 CFR 177.2(b)(2)(ii)(A)"]
    assert facts and all(f["rule"] == "R-COMPLETE" for f in facts), facts


def test_an_unknown_item_of_a_list_the_reader_read_leaves_the_absence_concluded(
        tmp_path: Path) -> None:
    # The reader read the list item by item (the product, its use): an item under a caption
    # it does not know names something else, and the materials are truly not given.
    items: list[Cell] = [(55, 210, "- Product: double-walled vacuum bottle, 24 oz."),
                         (55, 222, "- Principal use in the United States: keeping drinks "
                                   "cold"),
                         (55, 234, "- Commercial name: sold under the requester's house "
                                   "brand; the technical name as above.")]
    output = extract(draw(tmp_path / "items.pdf", [*HEAD, *items, *PROPOSED, *CLOSE]))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert "177.2(b)(2)" in output["decision"]["missing"]
