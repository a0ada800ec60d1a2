"""Senders' ways the fifty-fourth and fifty-fifth hands showed at first sight (issue 13, round
36), each in several forms a real sender would use. Small forms and letters printed and read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_phrasings import FACTS, read

_TOP = letter[1]
_MISSING_DESCRIPTION = "19 CFR 177.2(b)(2)(ii)(A)"
# (label column, value column) rows of a questionnaire; a label of "" continues the row above.
_Rows = Sequence[tuple[str, str]]
_HEAD: _Rows = (
    ("1. Requester", "Harbor Goods LLC"),
    ("Address", "12 Pier Road, Newark, NJ 07114"),
    ("Importer number", "12-3456789"),
    ("Date of request", "2025-02-24"),
    ("2. Port(s) of entry", "The goods will be entered at the port of Newark (port code 4601)."),
    ("3. Question", "the tariff classification of the merchandise under the HTSUS"),
    ("4. Transaction", "Harbor Goods LLC intends to import the merchandise from its supplier in"),
    ("", "Vietnam in regular monthly shipments, beginning next quarter."),
)
_FACT_ROWS: _Rows = (
    ("Facts", "The merchandise: Exercise mats of thermoplastic elastomer foam, 183 x 61 cm."),
    ("Facts", "Principal use in the United States: yoga at home. Component materials:"),
    ("", "thermoplastic elastomer foam 96%, polyester strap 4%."),
)
_TAIL: _Rows = (
    ("5. Proposed HTS", "9506.91.0030"),
    ("6. Result sought", "We believe the mats are classified in subheading 9506.91.0030, HTSUS,"),
    ("", "under GRI 1 as articles for general physical exercise of heading 9506."),
    ("7. Pending matters", "The issue is not, and has not been, before any CBP office or any"),
    ("", "court, and the transaction is not one of a series already the subject of a request."),
)


def _questionnaire(path: Path, rows: _Rows, *, options: Sequence[tuple[str, bool]] = (),
                   mark: str = "glyph", signature: Sequence[str] = (
                       "Signature: /s/ Ann Lee", "Name and title: Ann Lee, President")) -> Path:
    """An importer's numbered form: a label column, a value column, a column of drawn tick
    boxes under "8. Samples" (each OPTION's box ticked or not, by a glyph or two drawn lines)."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(72, _TOP - 60, "BINDING RULING REQUEST - IMPORTER QUESTIONNAIRE")
    y = _TOP - 90
    for caption, value in rows:
        canvas.setFont("Helvetica-Bold" if caption[:1].isdigit() else "Helvetica", 9.5)
        canvas.drawString(72 if caption[:1].isdigit() else 80, y, caption)
        canvas.setFont("Helvetica", 9.5)
        canvas.drawString(192, y, value)
        y -= 14
    if options:
        canvas.setFont("Helvetica-Bold", 9.5)
        canvas.drawString(72, y, "8. Samples")
        y -= 13
        for option, ticked in options:
            canvas.rect(82, y - 2, 9.5, 9.5)
            if ticked and mark == "glyph":
                canvas.setFont("Helvetica-Bold", 8.5)
                canvas.drawString(84, y, "X")
            elif ticked:
                canvas.line(83, y - 1, 90.5, y + 6.5)
                canvas.line(83, y + 6.5, 90.5, y - 1)
            canvas.setFont("Helvetica", 9.5)
            canvas.drawString(96.5, y, option)
            y -= 12.5
    y -= 10
    canvas.setFont("Helvetica-Bold", 9.5)
    canvas.drawString(72, y, "10. Certification and signature")
    canvas.setFont("Helvetica", 9.5)
    canvas.drawString(72, y - 13, "I certify that the information given is accurate and complete.")
    y -= 40
    for line in signature:
        canvas.drawString(72, y, line)
        y -= 12.5
    canvas.save()
    return path


def _read(path: Path) -> dict[str, Any]:
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


# A column of options, one drawn box before each, under a "Samples" caption: only the box before
# the sample's own option says whether a sample was sent; the options' words state nothing.
@pytest.mark.parametrize("options", [
    (("Sample enclosed", False), ("Photographs / specification sheet only", True)),
    (("Photographs / specification sheet only", True), ("Sample enclosed", False)),
    (("Physical sample sent under separate cover", False), ("Drawings and catalogue pages", True)),
    (("Sample enclosed", True), ("Photographs / specification sheet only", False)),
    (("Samples provided (2)", True), ("Brochure only", False), ("Nothing enclosed", False)),
])
@pytest.mark.parametrize("mark", ["glyph", "lines"])
def test_the_box_before_the_samples_own_option_says_whether_one_was_sent(
        tmp_path: Path, options: tuple[tuple[str, bool], ...], mark: str) -> None:
    path = _questionnaire(tmp_path / "form.pdf", (*_HEAD, *_FACT_ROWS, *_TAIL), options=options,
                          mark=mark)
    output = _read(path)
    sent = next(ticked for option, ticked in options if "ample" in option)
    assert output["values"]["sample_provided"] is sent
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A form's "Facts" row label before the goods' own run-in captions, on each of its rows: "The
# merchandise: X", "Principal use in the United States: Y. Component materials: Z".
@pytest.mark.parametrize("goods", [
    "The merchandise: Exercise mats of thermoplastic elastomer foam, 183 x 61 cm.",
    "The commodity: Exercise mats of thermoplastic elastomer foam, 183 x 61 cm.",
    "Merchandise: Exercise mats of thermoplastic elastomer foam, 183 x 61 cm.",
])
@pytest.mark.parametrize("row", ["Facts", "Details", "Particulars"])
def test_a_facts_row_label_before_the_goods_captions_describes_them(
        tmp_path: Path, goods: str, row: str) -> None:
    facts = ((row, goods), (row, _FACT_ROWS[1][1]), _FACT_ROWS[2])
    output = _read(_questionnaire(tmp_path / "form.pdf", (*_HEAD, *facts, *_TAIL)))
    assert output["values"]["product_description"].startswith("Exercise mats")
    assert _MISSING_DESCRIPTION not in [f["citation"] for f in output["findings"]]
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("described", [
    "The merchandise: Exercise mats of thermoplastic elastomer foam measuring 183 x 61 cm.",
    "The commodity: exercise mats of thermoplastic elastomer foam, 183 x 61 cm, style YM-2.",
    "Facts: The merchandise: exercise mats of thermoplastic elastomer foam, 183 x 61 cm.",
])
def test_the_goods_caption_with_its_article_in_a_letter_describes_them(
        tmp_path: Path, described: str) -> None:
    output = read(tmp_path, facts=(FACTS[0], described, *FACTS[2:]))
    assert _MISSING_DESCRIPTION not in [f["citation"] for f in output["findings"]]
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A signature box left blank over the next box's own bare caption: no one signed (177.2(c)).
@pytest.mark.parametrize("signature", [
    ("Signature:", "Name and title:"),
    ("Signature:", "Printed name:"),
    ("Authorized signature:", "Title:"),
    ("Signature:", "Date:"),
])
def test_a_blank_signature_box_over_the_next_bare_caption_is_unsigned(
        tmp_path: Path, signature: tuple[str, str]) -> None:
    output = _read(_questionnaire(tmp_path / "form.pdf", (*_HEAD, *_FACT_ROWS, *_TAIL),
                                  signature=signature))
    assert output["values"]["signed"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(c)"]


def test_a_signed_box_over_its_name_box_is_signed(tmp_path: Path) -> None:
    output = _read(_questionnaire(tmp_path / "form.pdf", (*_HEAD, *_FACT_ROWS, *_TAIL),
                                  signature=("Signature: /s/ Ann Lee", "Printed name: Ann Lee")))
    assert output["values"]["signed"] is True


def _pages(path: Path, pages: Sequence[Sequence[tuple[float, str]]]) -> Path:
    """Pages of (indent, line) printed top down, one line every 16 points."""
    canvas = Canvas(str(path), pagesize=letter)
    for page in pages:
        canvas.setFont("Helvetica", 9)
        for index, (indent, line) in enumerate(page):
            canvas.drawString(60 + indent, _TOP - 60 - 16 * index, line)
        canvas.showPage()
    canvas.save()
    return path


_LETTER_NO_USE = [(0, line) for line in (
    "Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114", "Importer No. 12-3456789",
    "February 24, 2025", "U.S. Customs and Border Protection",
    "National Commodity Specialist Division", "201 Varick Street, Suite 501",
    "New York, NY 10014",
    "Re: Request for a binding ruling on the tariff classification of yoga mats",
    "Dear Sir or Madam:",
    "Harbor Goods LLC, the importer of record, requests a binding ruling on the tariff",
    "classification of the merchandise. Harbor Goods LLC intends to import the merchandise from",
    "its supplier in Vietnam through the port of Newark (port code 4601) next quarter.",
    "The merchandise: Knit cotton polo shirts for men, style 4410.",
    "We believe the shirts are classified in subheading 6105.10.0010, HTSUS, under GRI 1.",
    "The issue is not, and has not been, before any CBP office or any court.",
    "A sample is enclosed with this request.",
    "Very truly yours,", "/s/ Ann Lee", "Ann Lee, President")]


# A transmittal's stock notice, under a caption of any name, says nothing of the goods: a letter
# that gives neither principal use nor materials lacks them, no person needed (177.2(b)(2)).
@pytest.mark.parametrize("notice", [
    "Notice: this transmission is meant only for the addressee. The original follows by courier.",
    "Important: This message and its attachments are confidential and intended for the named "
    "recipient only.",
    "Caution: the information in this facsimile is privileged and meant only for the addressee.",
])
def test_a_fax_covers_stock_notice_leaves_no_absence_open(tmp_path: Path, notice: str) -> None:
    cover = [(0, "FACSIMILE COVER"), (0, "To: National Commodity Specialist"),
             (0, "From: Harbor Goods LLC"), (0, "Pages: cover sheet plus letter"),
             (0, "Subject: Request for a binding ruling (19 CFR Part 177)"), (0, notice)]
    output = _read(_pages(tmp_path / "fax.pdf", [cover, _LETTER_NO_USE]))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(2)"]


# A numbered outline's sub-captions under the requester's section: "1.1 Name: X" is the name,
# "1.2 Address:" captions the lines under it (or after its colon).
_OUTLINE_BODY = [
    (0, "2.0 Transaction and merchandise"),
    (0, "2.1 Harbor Goods LLC intends to import yoga mats of thermoplastic elastomer foam from"),
    (0, "its supplier in Vietnam through the Port of Newark (4601), beginning next quarter."),
    (0, "2.2 Principal use in the United States: yoga at home. Component materials: foam 96%,"),
    (0, "polyester strap 4%."),
    (0, "3.0 Ruling requested"),
    (0, "3.1 We believe the mats are classified in subheading 9506.91.0030, HTSUS, under GRI 1."),
    (0, "4.0 Statements"),
    (0, "4.1 Pending matters: The issue is not, and has not been, before any CBP office or court."),
    (0, "Sincerely,"), (0, "/s/ Ann Lee"), (0, "Ann Lee, President, Harbor Goods LLC"),
]


@pytest.mark.parametrize("numbers", [("1.0", "1.1", "1.2", "1.3"), ("1.", "(a)", "(b)", "(c)"),
                                     ("A.", "1.", "2.", "3.")])
@pytest.mark.parametrize("run_in", [False, True])
def test_an_outlines_numbered_sub_captions_give_the_requester(
        tmp_path: Path, numbers: tuple[str, str, str, str], run_in: bool) -> None:
    head, name, address, number = numbers
    lines = [(0, "REQUEST FOR BINDING RULING"), (0, "Date: February 24, 2025"),
             (0, "To: National Commodity Specialist Division"),
             (0, "Subject: Tariff classification"), (0, f"{head} Requester"),
             (0, f"{name} Name: Harbor Goods LLC")]
    if run_in:
        lines.append((0, f"{address} Address: 12 Pier Road, Newark, NJ 07114"))
    else:
        lines += [(0, f"{address} Address:"), (28, "12 Pier Road"), (28, "Newark, NJ 07114")]
    lines.append((0, f"{number} Importer number: 12-3456789"))
    output = _read(_pages(tmp_path / "outline.pdf", [[*lines, *_OUTLINE_BODY]]))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A "Samples:" caption numbered as an outline numbers it, over documents sent and a sample only
# offered: no sample sent (177.2(b)(4)'s sample is not the photographs).
@pytest.mark.parametrize("number", ["4.2", "(d)", "d)", "IV."])
def test_an_outline_numbered_samples_caption_over_documents_sends_no_sample(
        tmp_path: Path, number: str) -> None:
    sample = (f"{number} Samples: Photographs and a specification sheet are attached; a sample "
              "is available on request.")
    output = read(tmp_path, sample=sample)
    assert output["values"]["sample_provided"] is False


# A firm whose name ends in a dotted partnership suffix ("L.P.", "L.L.P."): the signer's line
# "Title, Firm, L.P." gives title and firm, and the next page's running head is no part of it.
@pytest.mark.parametrize("suffix", ["L.P.", "L.L.P.", "LP"])
def test_a_dotted_partnership_suffix_ends_the_signers_firm(tmp_path: Path, suffix: str) -> None:
    firm = f"Marisol Foods, {suffix}"
    first = [(0, line) for line in (
        firm, "1900 Port Boulevard", "Miami, FL 33132", "Importer No. 12-3456789",
        "February 24, 2025", "National Commodity Specialist Division",
        "201 Varick Street, Suite 501", "New York, NY 10014",
        "Subject: Request for a binding ruling on the tariff classification of yoga mats",
        "Dear Sir or Madam:",
        f"{firm} intends to import yoga mats of thermoplastic elastomer foam from its supplier",
        "in Vietnam through the port of Miami (5201), beginning next quarter.",
        "Principal use in the United States: yoga at home. Component materials: foam 96%,",
        "polyester strap 4%.",
        "We believe the mats are classified in subheading 9506.91.0030, HTSUS, under GRI 1.",
        "The issue is not, and has not been, before any CBP office or any court.",
        "A sample is enclosed.", "Sincerely,", "/s/ Ann Lee", "Ann Lee",
        f"Director of Trade Compliance, {firm}")]
    second = [(0, f"{firm} - ruling request"), (0, "PRODUCT DATA SHEET"),
              (0, "Product: yoga mats of thermoplastic elastomer foam")]
    output = _read(_pages(tmp_path / "letter.pdf", [first, second]))
    assert output["decision"]["outcome"] == "accept", output["findings"]
