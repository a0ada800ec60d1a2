"""Protest cues of senders in general (issue 13, round 7): labels written with another separator
(a system export's "key = value", a numbered paragraph's run-in heading "2. Importer number."),
a running head that a page break puts inside a paragraph, a quoted blank line that ends one, a
labelled name with its address after it, and a section value on a wide page that ended early."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.key_values import key_value_line
from bots.common.reading.running import without_running_lines
from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_argument import read_argument
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_letter import section_value_end
from tests.extract.test_protest_letter_cues import party, stream_of
from tradebots.pdf import Segment, Word


def line_of(text: str, top: float = 100.0) -> list[Segment]:
    words, x = [], 72.0
    for token in text.split():
        words.append(Word(1, x, top, x + 5.0 * len(token), top + 10.0, token))
        x += 5.0 * len(token) + 3
    return [Segment(tuple(words))]


def text_of(line: list[Segment]) -> str:
    return " ".join(s.text for s in line)


@pytest.mark.parametrize(("printed", "read"), [
    ("protestant_name = ACME TOOL CO.", "protestant name: ACME TOOL CO."),
    ("ImporterNumber = 12-3456789", "Importer Number: 12-3456789"),
    ("port_code=4601", "port code: 4601"),
    ("Port Code := 4601", "Port Code: 4601"),
    ("port code = 4601", "port code = 4601"),
    ("2. Importer number. 12-3456789", "2. Importer number: 12-3456789"),
    ("1. Protestant. Acme Tool Co., 1 Main St., Toledo, OH 43612",
     "1. Protestant: Acme Tool Co., 1 Main St., Toledo, OH 43612"),
    ("Protestant — Acme Tool Co.", "Protestant: Acme Tool Co."),
    ("3. Importer number - 12-3456789", "3. Importer number: 12-3456789"),
    ("IMPORTER NO -- 12-3456789", "IMPORTER NO: 12-3456789"),
    # Not labels: a sentence, a company's abbreviation, an equation in prose, a bare key.
    ("6. The entries are not subject to drawback.", "6. The entries are not subject to drawback."),
    ("1. Acme Corp. protests the classification", "1. Acme Corp. protests the classification"),
    ("2. See No. 4 above", "2. See No. 4 above"),
    ("Acme Co. - Office of the General Counsel - PROTEST",
     "Acme Co. - Office of the General Counsel - PROTEST"),
    ("Protestant. Acme Tool Co.", "Protestant. Acme Tool Co."),
    ("The goods were entered - as the broker says - at Newark",
     "The goods were entered - as the broker says - at Newark"),
    ("the duty paid = 4.5 percent of value", "the duty paid = 4.5 percent of value"),
    ("further_review =", "further_review ="),
])
def test_labels_with_another_separator_read_as_labelled_lines(printed: str, read: str) -> None:
    assert text_of(key_value_line(line_of(printed))) == read


def columns_of(*cells: tuple[float, str]) -> list[Segment]:
    """One segment per (x, text) cell on a line, as a layout with wide gaps gives them."""
    return [Segment(tuple(Word(1, x + w.x0 - 72.0, w.top, x + w.x1 - 72.0, w.bottom, w.text)
                          for w in line_of(text)[0].words)) for x, text in cells]


@pytest.mark.parametrize(("cells", "read"), [
    # An export's two columns: each key starts its own labelled segment.
    ([(72.0, "case_no = 2026-1001-01"), (300.0, "ior_no = 40-1297006")],
     ["case no: 2026-1001-01", "ior no: 40-1297006"]),
    # The key in one cell, "= value" in the next.
    ([(72.0, "case_no"), (200.0, "= 2026-1001-01"), (300.0, "IorNo"), (400.0, "= 40-1297006")],
     ["case no: 2026-1001-01", "Ior No: 40-1297006"]),
    # A cell that is no key stays as it is; a value's own gap does not cut it.
    ([(72.0, "Remarks"), (300.0, "ior_no=40-1297006")], ["Remarks", "ior no: 40-1297006"]),
    ([(72.0, "further_review = Y"), (250.0, "requested in box 8")],
     ["further review: Y requested in box 8"]),
])
def test_every_key_that_starts_a_cell_is_a_label(
    cells: list[tuple[float, str]], read: list[str]
) -> None:
    assert [s.text for s in key_value_line(columns_of(*cells))] == read


def test_a_glued_value_keeps_its_own_place() -> None:
    spelled = key_value_line(line_of("ior_no=40-1297006"))
    key, value = spelled[0].words
    assert (key.text, value.text) == ("ior no:", "40-1297006")
    assert key.x1 == value.x0 and value.x1 > value.x0 > key.x0


def test_a_line_at_the_head_of_several_pages_is_running_furniture() -> None:
    head = "Acme Co. - Office of the General Counsel - PROTEST"
    first = [line_of(head), line_of("4. Merchandise: steel pipe"), line_of("Page 1 of 2")]
    second = [line_of(head), line_of("5. Grounds: the pipe is"), line_of("Page 2 of 2")]
    kept = without_running_lines([first, second])
    assert [[text_of(line) for line in page] for page in kept] == [
        ["4. Merchandise: steel pipe"], ["5. Grounds: the pipe is"]]
    # One page alone has no running head: its first line is its own.
    assert without_running_lines([first]) == [first]


def test_a_labelled_name_with_its_address_after_it_is_split_at_the_address() -> None:
    fields: Fields = party(
        "1. Protestant: Acme Tool Co., Inc., 3200 S. Dixie Highway, West\n"
        "Palm Beach, FL 33405 (\"Protestant\"), acting through its counsel.\n")
    assert fields.value("protestant_name") == "Acme Tool Co., Inc."
    assert fields.value("protestant_address") == "3200 S. Dixie Highway, West Palm Beach, FL 33405"
    one_line = party("Protestant name: Acme Tool Co., 9 Quarry Road, Allentown, PA 18109\n")
    assert one_line.value("protestant_name") == "Acme Tool Co."
    assert one_line.value("protestant_address") == "9 Quarry Road, Allentown, PA 18109"


@pytest.mark.parametrize("label", ["Protestant name", "Importer's name", "Name of the protestant"])
def test_a_name_label_that_names_the_field_reads_the_party(label: str) -> None:
    assert party(f"{label}: Acme Tool Co.\nProtestant address: 9 Quarry Road, Allentown, PA 18109"
                 ).value("protestant_address") == "9 Quarry Road, Allentown, PA 18109"
    assert party(f"{label}: Acme Tool Co.\n").value("protestant_name") == "Acme Tool Co."


def test_a_section_line_that_ends_well_before_a_wide_pages_margin_does_not_run_on() -> None:
    wide = "x " * 70
    goods = "Goods protested: Stainless steel bottles, 20 oz and 32 oz, polished"
    text = f"{wide}\n{goods}\nThe grounds."
    start = text.index("Stainless")
    end = text.index("\nThe grounds")
    assert section_value_end(text, start, end) == end


def test_a_value_never_begins_with_its_labels_separator() -> None:
    fields = Fields()
    fields.put("merchandise_description", "= Steel pipe", None, 0.95)
    fields.put("port_code", ":", None, 0.95)
    assert fields.value("merchandise_description") == "Steel pipe"
    assert "port_code" not in fields.items


def draw(path: Path, pages: list[list[str]]) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    for number, lines in enumerate(pages):
        if number:
            canvas.showPage()
        canvas.setFont("Courier", 9)
        y = letter[1] - 60
        for text in lines:
            canvas.drawString(40, y, text)
            y -= 12
    canvas.save()
    return path


def test_a_system_exports_key_value_lines_give_the_party_and_port(tmp_path: Path) -> None:
    pdf = draw(tmp_path / "export.pdf", [[
        "PROTEST FILING WORKSHEET (system export) page 1",
        "port_code          = 4601",
        "protestant_name    = OSTRANDER TOOL & DIE SUPPLY",
        "protestant_address = 1800 ELM GROVE AVE., TOLEDO, OH 43612",
        "importer_number    = 37-0771313",
        "decision_protested = THE CLASSIFICATION UNDER THE HTSUS",
        "entry[1]           = GAG-3039816-2; entered 03/09/2024; liquidated 12/16/2024",
        "merchandise        = Men's woven cotton shirts, long sleeve",
        "justification      = The goods are classified under subheading 6205.20.2066.",
        "drawback_statement = The entries are not subject to drawback.",
        "signed_by          = Owen J. Castellanos",
    ]])
    values = extract_protest(pdf).values_json()
    assert values["port_code"] == "4601"
    assert values["protestant_name"] == "OSTRANDER TOOL & DIE SUPPLY"
    assert values["protestant_address"] == "1800 ELM GROVE AVE., TOLEDO, OH 43612"
    assert values["importer_number"] == "37-0771313"
    assert values["merchandise_description"] == "Men's woven cotton shirts, long sleeve"


def test_a_running_head_and_a_quoted_blank_line_end_the_goods(tmp_path: Path) -> None:
    head = "Acme Tool Co. - Office of the General Counsel - PROTEST"
    pdf = draw(tmp_path / "letter.pdf", [
        [head, "PROTEST - PORT 1303 (BALTIMORE)",
         "> 1. Protestant. Acme Tool Co., 250 Railroad Ave., Savannah, GA 31401 (\"Protestant\").",
         "> 2. Importer number. 39-2659511",
         "> 3. Decision protested: CLASSIFICATION of entry EFC-4999482-4, liquidated 03/10/2025.",
         "> 4. Merchandise: Men's woven cotton shirts, long sleeve, not napped, of cotton twill"],
        [head, ">",
         "> 5. Grounds. The merchandise is properly classified under 6205.20.2066.",
         "> 6. The entries are not subject to drawback."],
    ])
    values = extract_protest(pdf).values_json()
    assert values["merchandise_description"] == (
        "Men's woven cotton shirts, long sleeve, not napped, of cotton twill")
    assert values["importer_number"] == "39-2659511"
    assert values["protestant_name"] == "Acme Tool Co."
    assert values["protestant_address"] == "250 Railroad Ave., Savannah, GA 31401"


@pytest.mark.parametrize("addressee", [
    "U.S. Customs and Border Protection, Port of Newark (port code 4601)",
    "Port Director, Port of Savannah", "To: CBP, Port of Houston"])
def test_an_importers_letterhead_name_over_the_addressee_block_is_the_party(addressee: str) -> None:
    fields = party(f"Harborline Marine Electronics, Inc.\n{addressee}\n"
                   "Re: this reply is our PROTEST under 19 U.S.C. 1514\n"
                   "Please treat this letter as our protest of the classification.\n")
    assert fields.value("protestant_name") == "Harborline Marine Electronics, Inc."
    assert fields.items["protestant_name"].confidence < 0.85  # a weak cue, read as one
    assert fields.value("protestant_address") is None


@pytest.mark.parametrize("decision", ["penalty petition decision",
                                      "the liquidated damages decision",
                                      "the denial of our petition for relief"])
def test_a_protest_against_an_unprotestable_decision_keeps_its_argument(decision: str) -> None:
    fields = Fields()
    read_argument(stream_of(
        f"We protest {decision} on the following entries.\n"
        "The importer objects to the decision in penalty case 2025-4601-118823-01, which\n"
        "mitigated the penalty only to 40 percent because the violation was negligent.\n"
        "Accelerated disposition is not requested.\n"), fields)
    assert "penalty case" in str(fields.value("objection_text"))
