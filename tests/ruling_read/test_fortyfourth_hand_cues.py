"""Senders' ways the forty-fourth hand showed (issue 13, round 33): text files printed from an
editor (Vim's :hardcopy) and typeset summaries, each in several forms a real sender would use.
Small letters printed here in Courier, as a text file prints, and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

_PITCH = 9.0  # points: a text file printed at 9.5 pt sets its lines this far apart


def typed(lines: list[str], top: float = 50.0, x: float = 34.0) -> list[Cell]:
    """LINES of a text file, one printed line each ("" a blank line), from TOP down."""
    return [(x, top + _PITCH * index, line) for index, line in enumerate(lines) if line]


_BODY = ["National Commodity Specialist Division",
         "Re: Request for a binding classification ruling", "",
         "The article is insulated food jars of stainless steel, Model FJ-12.",
         "Principal use in the United States: keeping food hot in households.",
         "Component materials by weight: stainless steel 82%, polypropylene 18%.",
         "The goods have not yet been shipped; the request concerns future importations.",
         "Port of entry: Newark (4601).",
         "We believe the goods are classified in subheading 9617.00.1000, HTSUS, under GRI 1,",
         "because the heading names vacuum flasks and other vacuum vessels.",
         "To the best of our knowledge, the issue is not pending before any CBP office or court.",
         "No sample is sent. No confidential treatment is asked for.",
         "Respectfully submitted,", "/s/ Ann Lee", "Ann Lee", "General Counsel"]


# An editor's or print filter's head over the page ("ruling.txt  Page 1") is no letterhead:
# the importer's block under it heads the letter, and the date under that block dates it.
@pytest.mark.parametrize("head", [
    [(34.0, 33.6, "ruling-counsel.txt"), (547.0, 33.6, "Page 1")],
    [(34.0, 33.6, "~/letters/ruling.txt [+]"), (547.0, 33.6, "Page 1")],
    [(34.0, 33.6, "Thu Dec 03 2026"), (280.0, 33.6, "ruling.txt"), (530.0, 33.6, "Page 1/1")],
    [(34.0, 33.6, "C:\\Users\\ann\\ruling request.txt"), (520.0, 33.6, "Page 1 of 1")],
], ids=["vim", "vim-path-modified", "enscript", "notepad"])
def test_a_printing_programs_head_is_no_letterhead(tmp_path: Path, head: list[Cell]) -> None:
    lines = ["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "Importer No. 12-3456789",
             "April 16, 2025", "", *_BODY]
    output = extract(draw(tmp_path / "printed.pdf", [*head, *typed(lines)], font="Courier",
                          size=9.5))
    assert output["values"]["request_date"] == "2025-04-16"
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


_ROWS = [("Requester", "Harbor Goods LLC"), ("Address", "12 Pier Road, Newark, NJ 07114"),
         ("Importer number", "12-3456789"), ("Date", "April 16, 2025"),
         ("Subject", "classification"), ("Port", "Newark (4601)"), ("Items", "1"),
         ("Confidential", "We ask that the pricing information be treated as confidential "
                          "under 19 CFR 177.2(b)(7).")]
_FACTS = ["Facts",
          "The article is insulated food jars of stainless steel, offered as Model FJ-12.",
          "Principal use in the United States: keeping food hot in households.",
          "Component materials by weight: stainless steel 82%, polypropylene 18%.",
          "The goods have not yet been shipped; the request concerns future importations.",
          "Requested ruling",
          "We believe the goods are classified in subheading 9617.00.1000, HTSUS, under GRI 1,",
          "because the heading names vacuum flasks and other vacuum vessels.",
          "Pending statement",
          "To the best of our knowledge, the issue is not pending before any CBP office or court.",
          "Respectfully submitted,", "/s/ Ann Lee", "Ann Lee", "Compliance Director"]


def _grid(style: str) -> list[str]:
    """The summary typed as a grid: "ascii" (+---+ rules), "org" (Emacs's |---+---| rules),
    "rest" (a reStructuredText grid table, its head ruled off with "=")."""
    wide = max(len(value) for _, value in _ROWS)
    edge = "|" if style == "org" else "+"
    rule = edge + "-" * 17 + "+" + "-" * (wide + 2) + edge
    under_head = rule.replace("-", "=") if style == "rest" else rule
    lines = [rule, f"| {'Field':<15} | {'Entry':<{wide}} |", under_head]
    for label, value in _ROWS:
        lines += [f"| {label:<15} | {value:<{wide}} |", rule]
    return lines


def _wrapped(lines: list[str], width: int) -> list[str]:
    """LINES as an editor prints them on a page WIDTH characters wide: a longer line breaks
    at the margin and runs on at the start of the next."""
    printed: list[str] = []
    for line in lines:
        while len(line) > width:
            printed.append(line[:width])
            line = line[width:]
        printed.append(line)
    return printed


# A summary typed as a grid of characters: each row's label and value are a field and its
# value, as a ruled table's cells; an editor that wraps the wide rows at the margin changes
# nothing.
@pytest.mark.parametrize("style", ["ascii", "org", "rest"])
@pytest.mark.parametrize("width", [200, 100], ids=["one-line-rows", "wrapped-rows"])
def test_a_grid_typed_in_characters_gives_its_rows(tmp_path: Path, style: str,
                                                    width: int) -> None:
    lines = ["BINDING RULING REQUEST -- SUMMARY", *_wrapped(_grid(style), width), "", *_FACTS]
    output = extract(draw(tmp_path / "grid.pdf", typed(lines), font="Courier", size=6))
    values = output["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["importer_number"] == "12-3456789"
    assert values["request_date"] == "2025-04-16"
    assert values["item_count"] == 1
    assert values["confidential_requested"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A two-column summary set in a typesetter's table: its column heads over the rows ("Field" |
# "Entry") are the table's own words, not a letterhead naming a second requester.
@pytest.mark.parametrize("heads", [("Field", "Entry"), ("Item", "Details"),
                                   ("Particulars", "Information"), ("Data element", "Value")])
def test_a_summary_tables_column_heads_name_no_sender(tmp_path: Path,
                                                      heads: tuple[str, str]) -> None:
    cells: list[Cell] = [(28, 30, "BINDING RULING REQUEST -- SUMMARY"), (28, 48, heads[0]),
                         (110, 48, heads[1])]
    for index, (label, value) in enumerate(_ROWS):
        cells += [(28, 64 + 16 * index, label), (110, 64 + 16 * index, value)]
    cells += typed(_FACTS, top=64 + 16 * len(_ROWS) + 12, x=28)
    output = extract(draw(tmp_path / "summary.pdf", cells, size=9))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


_POINTS = ["* Port of entry: Newark (4601)",
           "* The article is insulated food jars of stainless steel, offered as Model FJ-12.",
           "* Principal use in the United States: keeping food hot in households.",
           "* Component materials by weight: stainless steel 82%, polypropylene 18%.",
           "* The goods have not yet been shipped; the request concerns future importations.",
           "* We believe the goods are classified in subheading 9617.00.1000, HTSUS, under",
           "  GRI 1, because the heading names vacuum flasks and other vacuum vessels.",
           "* No related matter is pending with CBP or before any court.",
           "Respectfully submitted,", "/s/ Ann Lee", "Ann Lee", "Compliance Director"]


# A printed e-mail whose From line names the writer, not the firm: the firm's name and address
# typed right under the header lines are where a letter prints its letterhead.
@pytest.mark.parametrize("header", [
    ["From: Ann Lee", "Sent: April 16, 2025", "To: rulings request mailbox",
     "Subject: classification ruling request"],
    ["From: Ann Lee <ann.lee@harborgoods.com>", "Date: Wed, 16 Apr 2025 09:12:44 -0400",
     "To: ncsd@cbp.dhs.gov", "Subject: Binding ruling request - food jars"],
    ["From: Lee, Ann", "Sent: Wednesday, April 16, 2025 9:12 AM", "To: NCSD Rulings",
     "Cc: Bo Chen", "Subject: RE: ruling request"],
], ids=["outlook-short", "thunderbird", "outlook-cc"])
@pytest.mark.parametrize("firm", [["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114"],
                                  ["Harbor Goods LLC", "12 Pier Road", "Suite 4",
                                   "Newark, NJ 07114", "IOR 12-3456789"]],
                         ids=["three-lines", "suite-and-number"])
def test_the_firm_typed_under_a_mail_header_is_the_requester(
        tmp_path: Path, header: list[str], firm: list[str]) -> None:
    lines = [*header, "", *firm, "", *_POINTS]
    output = extract(draw(tmp_path / "mail.pdf", typed(lines), font="Courier", size=9.5))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"].endswith("Newark, NJ 07114")
    assert output["values"]["requester_address"].startswith("12 Pier Road")


# Models each designated on its own in the description are as many items, of the one article;
# more than five are more than one request may ask about (CBP's practice).
@pytest.mark.parametrize(("models", "count"), [
    ("Model A94, Model B19, Model C10", 3),
    ("Style 501 and Style 502", 2),
    ("SKU 1001, SKU 1002, SKU 1003 and SKU 1004", 4),
    ("Model A91, Model B62, Model C11, Model D24, Model E24, Model F23, Model G58", 7),
])
def test_models_each_designated_are_counted(tmp_path: Path, models: str, count: int) -> None:
    points = [line.replace("offered as Model FJ-12.", f"offered as {models}.")
              for line in _POINTS]
    lines = ["From: Ann Lee", "Sent: April 16, 2025", "To: rulings request mailbox",
             "Subject: classification ruling request", "", "Harbor Goods LLC", "12 Pier Road",
             "Newark, NJ 07114", "", *points]
    output = extract(draw(tmp_path / "mail.pdf", typed(lines), font="Courier", size=7))
    assert output["values"]["item_count"] == count
    assert output["decision"]["outcome"] == ("accept" if count <= 5 else "deficient"), \
        output["findings"]


def _tight_letter(subject: str, closing: str, basis: bool, signed: bool) -> list[str]:
    """A counsel's letter typed single-spaced into a text file: no blank line between the
    letterhead and its date, the addressee and the Re: line, the last paragraph and the
    closing words."""
    result = (["We believe the goods are classified in subheading 9617.00.1000, HTSUS, under",
               "GRI 1, because the heading names vacuum flasks and other vacuum vessels."]
              if basis else
              ["We ask CBP to rule that the goods are classified in subheading 9617.00.1000."])
    sign = ["/s/ Ann Lee", "Ann Lee", "General Counsel"] if signed else ["", "______________"]
    return ["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "Importer No. 12-3456789",
            "April 16, 2025", "", "National Commodity Specialist Division", subject, "",
            "1. Parties",
            "The requester is the importer of record named above. Port of entry: Newark (4601)",
            "2. Description of the merchandise and transaction",
            "The article is insulated food jars of stainless steel, offered as Model FJ-12.",
            "Principal use in the United States: keeping food hot in households.",
            "Component materials by weight: stainless steel 82%, polypropylene 18%.",
            "The goods have not yet been shipped; the request concerns future importations.",
            "3. Ruling requested", *result, "4. Pending matters",
            "To the best of our knowledge, this matter is not before any Customs office or court.",
            "5. Samples and confidentiality",
            "No sample is sent. No confidential treatment is requested.", closing, *sign]


# A letter typed single-spaced keeps its frame: the date tight under the letterhead dates it,
# the Re: line under the addressee opens the body and the closing words end it, so what the
# body lacks is concluded missing, not left to a person.
@pytest.mark.parametrize(("subject", "closing"), [
    ("Re: Request for a binding classification ruling", "Respectfully submitted,"),
    ("Subject: Binding ruling request - food jars", "Sincerely,"),
    ("RE: classification of insulated food jars", "Very truly yours,"),
])
@pytest.mark.parametrize(("basis", "signed", "missing"), [
    (True, True, []), (False, True, ["177.2(b)(6)"]), (True, False, ["177.2(c)"])],
    ids=["complete", "no-basis", "unsigned"])
def test_a_letter_typed_single_spaced_keeps_its_frame(
        tmp_path: Path, subject: str, closing: str, basis: bool, signed: bool,
        missing: list[str]) -> None:
    lines = _tight_letter(subject, closing, basis, signed)
    output = extract(draw(tmp_path / "tight.pdf", typed(lines), font="Courier", size=8))
    assert output["values"]["request_date"] == "2025-04-16"
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == ("deficient" if missing else "accept"), \
        output["findings"]
    assert output["decision"]["missing"] == missing


_MONO = Path("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf")


# The same grid drawn with box-drawing characters, as a terminal's table printer draws it.
@pytest.mark.skipif(not _MONO.exists(), reason="needs a monospaced font with box drawing")
@pytest.mark.parametrize("width", [200, 100], ids=["one-line-rows", "wrapped-rows"])
def test_a_grid_drawn_in_box_characters_gives_its_rows(tmp_path: Path, width: int) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("BoxMono", str(_MONO)))
    table = {"+": "\u253c", "-": "\u2500", "|": "\u2502"}
    lines = _grid("ascii")
    drawn = []
    for index, line in enumerate(lines):
        if line.startswith("+"):
            corners = ("\u250c\u252c\u2510" if index == 0 else "\u2514\u2534\u2518"
                       if index == len(lines) - 1 else "\u251c\u253c\u2524")
            inner = line[1:-1].replace("+", corners[1]).replace("-", "\u2500")
            drawn.append(corners[0] + inner + corners[2])
        else:
            drawn.append("".join(table.get(c, c) for c in line))
    printed = ["BINDING RULING REQUEST -- SUMMARY", *_wrapped(drawn, width), "", *_FACTS]
    output = extract(draw(tmp_path / "box.pdf", typed(printed), font="BoxMono", size=6))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["request_date"] == "2025-04-16"
    assert output["values"]["confidential_requested"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


# What keeps its block though typed tight: an e-mail's header lines (its "Subject:" is no
# letter's Re: line) and a date under the caption it answers ("Date Received (CBP)").
@pytest.mark.parametrize("sent", ["Sent:    Sunday, August 17, 2025 9:43 AM",
                                  "Date:    Sun, 17 Aug 2025 09:43:00 -0400"])
def test_a_mail_headers_subject_line_stays_in_its_header(tmp_path: Path, sent: str) -> None:
    lines = ["From:    Luis Echeverria (Harbor Goods LLC)", sent,
             "To:      NCSD ruling requests mailbox",
             "Subject: Binding ruling request - food jars", "Attachments: spec_sheets.pdf", "",
             "We request a binding ruling on the tariff classification of the goods below.", "",
             *[line.removeprefix("* ") for line in _POINTS[1:-4]], "",
             "Regards,", "Luis Echeverria", "Harbor Goods LLC", "12 Pier Road",
             "Newark, NJ 07114"]
    output = extract(draw(tmp_path / "mail.pdf", typed(lines), font="Courier", size=8))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"


@pytest.mark.parametrize("caption", ["Date Received (CBP)", "Received:", "Date stamped"])
def test_a_date_under_its_caption_is_no_letter_date(tmp_path: Path, caption: str) -> None:
    cells = [(428.0, 10.8, caption), (428.0, 22.8, "May 15, 2025"),
             *typed(["REQUEST FOR BINDING RULING", "", "Requester: Harbor Goods LLC",
                     "Address: 12 Pier Road, Newark, NJ 07114", "Date: May 12, 2025",
                     "Importer Number: 12-3456789", "Ruling Type: Classification",
                     "Port of Entry: Newark (4601)", "",
                     *_FACTS], top=120, x=72)]
    output = extract(draw(tmp_path / "form.pdf", cells, size=9))
    assert output["values"]["request_date"] == "2025-05-12"
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]
