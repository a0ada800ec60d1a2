"""Sender behaviours a seventh hand showed (issue 13, round 7): printouts and exports (key = value
lines, "NAME; ADDRESS", "Request dated ..."), goods listed by model code, goods named only in the
asking sentence. Each test draws a small document and checks the one behaviour it states."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter as letter_size
from reportlab.pdfgen import canvas

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_sender_layouts import FACTS, HEAD, OPENING, SIGNED, read

# The request as a broker's status report or a forwarded e-mail prints it: one block of lines.
ASKING = ("Addressed to: National Commodity Specialist Division, New York",
          "We ask for a prospective classification ruling on porcelain dinnerware sets",
          "of 16 pieces (models A-100, A-120), which we plan to import.",
          "Principal use: consumer household use. Component materials: porcelain.",
          "We believe the goods are classified in subheading 6912.00.4810, because the",
          "heading text and GRI 1 describe them.",
          "Port of entry: Savannah (1703).",
          "The issue is not pending before any CBP office or any court.",
          "No confidential treatment is requested.",
          "Sincerely,", "/s/ Ann Lee", "Ann Lee, Import Compliance Manager")


def printout(tmp_path: Path, *lines: str, name: str = "printout.pdf") -> dict[str, Any]:
    """LINES in a fixed-width face 11 points apart, as a text printout, read as a request."""
    path = tmp_path / name
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Courier", 9)
    y = 750.0
    for line in lines:
        page.drawString(40, y, line)
        y -= 11
    page.save()
    return extract_json(path, received=date(2025, 8, 1), today=date(2025, 8, 5))


def test_an_export_gives_date_requester_and_importer_number_as_key_value_lines(
        tmp_path: Path) -> None:
    variants = (("Request dated July 6, 2025", "Importer number = 12-3456789"),
                ("Date of request = 2025-07-06", "IOR ID: 12-3456789"),
                ("Letter dated 07/06/2025", "Importer No. = 12-3456789"))
    for number, (dated, importer) in enumerate(variants):
        output = printout(tmp_path, "BROKER STATUS REPORT", "Report date: 2025-07-09",
                          "1. SHIPMENT 7731 released", dated,
                          "Requester: PRAIRIE LANTERN HOME FURNISHINGS, INC.; 2300 INDUSTRIAL "
                          "PKWY, OMAHA, NE 68110", importer, *ASKING, name=f"{number}.pdf")
        values = output["values"]
        assert values["request_date"] == "2025-07-06", dated
        assert values["importer_number"] == "12-3456789", importer
        assert values["requester_name"] == "PRAIRIE LANTERN HOME FURNISHINGS, INC."
        assert values["requester_address"] == "2300 INDUSTRIAL PKWY, OMAHA, NE 68110"


def test_goods_named_only_in_the_asking_sentence_describe_the_merchandise(
        tmp_path: Path) -> None:
    """177.2(b)(2)(ii)(A): the description the request gives in its asking sentence counts."""
    for asking in (("We ask for a prospective classification ruling on porcelain dinnerware sets",
                    "of 16 pieces (models A-100, A-120), which we plan to import."),
                   ("We request a binding ruling concerning the tariff classification of",
                    "porcelain dinnerware sets of 16 pieces, which we plan to import.")):
        output = printout(tmp_path, "Request dated July 6, 2025",
                          "Requester: HARBOR GOODS LLC; 12 PIER ROAD, NEWARK, NJ 07114",
                          "Importer number = 12-3456789", ASKING[0], *asking, *ASKING[3:])
        assert output["decision"]["outcome"] == "accept", (asking, output["findings"])


def test_models_listed_in_parentheses_after_the_goods_are_counted(tmp_path: Path) -> None:
    """CBP's practice: at most five items of one class or kind in one request."""
    cases = (("(models A-100, A-120, B-200, B-220, C-300, C-310)", 6, "deficient"),
             ("(style nos. 14 and 15)", 2, "accept"),
             ("(SKUs HD-20; HD-22; HD-24)", 3, "accept"))
    for listed, count, outcome in cases:
        lines = (*FACTS[:3], f"Description: Yoga mats of thermoplastic elastomer foam {listed}.",
                 *FACTS[4:])
        output = read(tmp_path, *HEAD, *OPENING, "", *lines, *SIGNED)
        assert output["values"]["item_count"] == count, listed
        assert output["decision"]["outcome"] == outcome, (listed, output["findings"])


def _table(tmp_path: Path, rows: list[tuple[str, str]], note: str = "") -> dict[str, Any]:
    """A letter with a borderless table of goods: Model | Description | Unit price."""
    path = tmp_path / "table.pdf"
    page = canvas.Canvas(str(path), pagesize=letter_size)
    page.setFont("Helvetica", 10)
    y = 740.0
    for line in (*HEAD, *OPENING, "", *FACTS[:3], f"Description: Yoga mats{note}.", "",):
        if line:
            page.drawString(72, y, line)
        y -= 14
    for x, head in ((76, "Model"), (190, "Description"), (420, "Unit price")):
        page.drawString(x, y, head)
    y -= 24
    for code, described in rows:
        page.drawString(76, y, code)
        page.drawString(190, y, described)
        page.drawString(420, y, "$9.10")
        y -= 24
    y -= 10
    for line in (*FACTS[4:], *SIGNED):
        if line:
            page.drawString(72, y, line)
        y -= 14
    page.save()
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


def test_a_table_of_model_codes_counts_its_rows(tmp_path: Path) -> None:
    six = _table(tmp_path, [(f"A-{n}00", "Yoga mat, 183 x 61 cm") for n in range(1, 7)])
    assert six["values"]["item_count"] == 6
    assert six["decision"]["outcome"] == "deficient", six["findings"]
    two = _table(tmp_path, [("A-100", "Yoga mat, 183 x 61 cm"), ("A-120", "Yoga mat, 183 x 61 cm")])
    assert two["values"]["item_count"] == 2
    assert two["decision"]["outcome"] == "accept", two["findings"]
    # The header cell right of "Description" is the next column's name, not the description.
    assert "Unit price" not in str(two["values"].get("product_description"))


def test_a_parenthetical_count_the_table_contradicts_goes_to_a_person(tmp_path: Path) -> None:
    output = _table(tmp_path, [(f"A-{n}00", "Yoga mat") for n in range(1, 7)],
                    note=" (models A-100, A-200)")
    assert output["values"]["item_count"] is None
    assert output["decision"]["outcome"] == "needs_human", output["findings"]


def test_goods_named_with_a_pointer_to_their_description_are_no_description(
        tmp_path: Path) -> None:
    """"the yoga mats described in this letter" points to a description the letter lacks."""
    for asking in ("We request a binding ruling on the tariff classification of the yoga mats",
                   "We request a binding ruling on the tariff classification of yoga mats"):
        output = printout(tmp_path, "Request dated July 6, 2025",
                          "Requester: HARBOR GOODS LLC; 12 PIER ROAD, NEWARK, NJ 07114",
                          "Importer number = 12-3456789", ASKING[0], asking,
                          "described in this letter, which we plan to import.", *ASKING[3:])
        assert output["decision"]["missing"] == ["177.2(b)(2)"], (asking, output["findings"])


def test_a_forwarded_request_quoted_line_by_line_reads_as_the_request(tmp_path: Path) -> None:
    request = ("Dated: July 6, 2025",
               "Applicant: HARBOR GOODS LLC | 12 PIER ROAD, NEWARK, NJ 07114",
               "IRS No. 12-3456789", *ASKING)
    quoted = [f"> {line}" for line in request]
    output = printout(tmp_path, "From: Ann Lee <ann@harbor.example>", "Date: July 9, 2025",
                      "Subject: Fwd: Binding ruling request", "", "---------- Forwarded ----------",
                      *quoted)
    values = output["values"]
    assert values["request_date"] == "2025-07-06"
    assert values["importer_number"] == "12-3456789"
    assert values["requester_name"] == "HARBOR GOODS LLC"
    assert values["requester_address"] == "12 PIER ROAD, NEWARK, NJ 07114"
    assert values["item_count"] == 2
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_range_of_codes_in_parentheses_is_left_to_a_person(tmp_path: Path) -> None:
    for listed in ("(items 1-6)", "(models A-1 through A-6)"):
        lines = (*FACTS[:3], f"Description: Yoga mats of thermoplastic elastomer foam {listed}.",
                 *FACTS[4:])
        output = read(tmp_path, *HEAD, *OPENING, "", *lines, *SIGNED)
        assert output["values"]["item_count"] is None, listed
        assert output["decision"]["outcome"] == "needs_human", (listed, output["findings"])
