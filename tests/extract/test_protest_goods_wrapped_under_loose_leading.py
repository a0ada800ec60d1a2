"""A form printed from a presentation tool sets its lines far apart (a line's height and most of
another between them) under a wide centred title, and wraps the goods' labelled value at its
own column ("Description of merchandise: Cotton knit pullover sweaters for men, style" /
"KN-204"). The page's own leading is no paragraph break and the title's width is not the
body's: the wrapped tail belongs to the goods; the sentence after them does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_TOP = ["RECEIVED", "CBP PORT 5301", "23 APR 2025", "-" * 60, "Port code: 5301 (Houston)",
        "Protesting party: Saltmarsh Marine Hardware Inc.",
        "Address: 3300 Dockside Road, Savannah, GA 31401", "Importer No.: 16-5779898",
        "Entry E9D-8385585-0, entered 29 JUN 2024, liquidated 09 MAR 2025",
        "Decision protested: Classification and rate of duty"]
_AFTER = ["The merchandise is not subject to drawback.",
          "[ ] Application for further review (19 CFR 174.24)",
          "Signature: /s/ Thaddeus R. Willoughby"]
_WRAPPED = [
    # As the forty-ninth hand wrote it.
    (["Description of merchandise: Cotton knit pullover sweaters for men, style", "KN-204"],
     "Cotton knit pullover sweaters for men, style KN-204"),
    (["Description of merchandise: Stainless steel stockpots with tri-ply bases, 8",
      "and 12 quart"], "Stainless steel stockpots with tri-ply bases, 8 and 12 quart"),
    (["Description of merchandise: Cast iron gate valves, flanged, 4 and 6 inch, model",
      "GV-400 and GV-600"],
     "Cast iron gate valves, flanged, 4 and 6 inch, model GV-400 and GV-600"),
]


def _slide_form(path: Path, lines: list[str]) -> Path:
    canvas = Canvas(str(path), pagesize=(792, 612))
    canvas.setFont("Helvetica", 16)
    canvas.drawString(181, 560, "PROTEST - CONTINUATION FORM (19 CFR 174.13) AND RIDER")
    canvas.setFont("Helvetica", 9)
    for row, line in enumerate(lines):
        canvas.drawString(49, 520 - 22 * row, line)
    canvas.save()
    return path


@pytest.mark.parametrize(("goods", "value"), _WRAPPED)
def test_the_goods_wrapped_at_the_forms_leading_are_read_whole(
        tmp_path: Path, goods: list[str], value: str) -> None:
    # Before: the gap of the form's own leading ended the value, and the wide title made the
    # body's line look short: the goods were cut at the wrap.
    pdf = _slide_form(tmp_path / "p.pdf", [*_TOP, *goods, *_AFTER])
    assert extract_protest(pdf).facts.merchandise_description == value


_NEXT_ELEMENT = [
    # As the forty-ninth hand wrote it: a long goods line, then the drawback declaration.
    "None of the entries listed is subject to a drawback claim.",
    "Further review is requested under 19 CFR 174.24(b).",
    "Accelerated disposition is requested; sent by certified mail.",
]


@pytest.mark.parametrize("following", _NEXT_ELEMENT)
def test_the_next_elements_sentence_is_no_tail_of_the_goods(
        tmp_path: Path, following: str) -> None:
    goods = "Description of merchandise: Porcelain dinner plates, 27 cm, model TC-11"
    longer = "Typed for the protestant by Keelhaul Customs Brokerage, power of attorney on"
    pdf = _slide_form(tmp_path / "p.pdf", [*_TOP, goods, following, *_AFTER, longer, "file."])
    assert extract_protest(pdf).facts.merchandise_description == \
        "Porcelain dinner plates, 27 cm, model TC-11"


# A letter of one-line paragraphs set apart (21 points) whose paragraph of several lines is set
# closer (16 points): the gap between paragraphs stays a paragraph break however common it is.
_LETTER = [
    (0, "O'Dwyer Textile Importers LLC"), (14, "900 Harbor Boulevard | Long Beach, CA 90802"),
    (60, "Port Director"), (81, "U.S. Customs and Border Protection, Port of Seattle"),
    (102, "Protest under 19 U.S.C. 1514"), (123, "Dear Sir or Madam:"),
    (144, "We protest the classification on the following entry:"),
    (165, "- Entry AC9-0523979-7 of Mar. 26, 2023, liquidated Feb. 27, 2024"),
    (186, "Merchandise: Stainless steel insulated beverage bottles, 750 ml, style SB-75"),
]
_NEXT = [
    "We protest the decision of the port, which classified the bottles in heading",
    "4. The goods are household articles of heading 7323, as the invoices show",
    "Grounds for protest. Heading 7323 names the bottles and GRI 1 settles it",
]


@pytest.mark.parametrize("following", _NEXT)
def test_a_long_goods_line_ends_at_the_gap_between_paragraphs(
        tmp_path: Path, following: str) -> None:
    # Before: the page's most common gap (between its one-line paragraphs) was taken for its
    # leading, and the goods ran on into the next paragraph.
    canvas = Canvas(str(tmp_path / "p.pdf"))
    canvas.setFont("Helvetica", 10)
    lines = [*_LETTER, (207, following), (223, "and the lower rate applies. It is not a basket"),
             (239, "provision."), (260, "Drawback: none of the entries is subject to drawback."),
             (281, "Sincerely,"), (302, "/s/ Priya Raghunathan")]
    for top, text in lines:
        canvas.drawString(72, 740 - top, text)
    canvas.save()
    assert extract_protest(tmp_path / "p.pdf").facts.merchandise_description == \
        "Stainless steel insulated beverage bottles, 750 ml, style SB-75"
