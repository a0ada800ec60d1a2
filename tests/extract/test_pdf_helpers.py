"""Generic pdfplumber helpers: dates, money, labels with evidence, tables, page images."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.corpus import blocks as b
from bench.corpus.formats import NUMERIC_STYLES, WORD_STYLES, stamp_date
from bench.corpus.render_reportlab import render_pdf
from tradebots.pdf import (
    TextStream,
    find_dates,
    open_pdf,
    parse_money,
    parse_us_date,
    read_field,
    read_tables,
    render_page_png,
)


@pytest.mark.parametrize(
    "text",
    ["01/05/2024", "1/5/24", "January 5, 2024", "Jan. 5, 2024", "Jan 5 2024", "5 January 2024",
     "2024-01-05", "JAN 05 2024", "05-JAN-2024", "on 1-5-2024."],
)
def test_common_us_date_styles_parse(text: str) -> None:
    assert parse_us_date(text) == date(2024, 1, 5)


@pytest.mark.parametrize("text", ["02/30/2024", "2704-24-100123", "ABC-1234567-6", "13/13/13"])
def test_things_that_are_not_dates_are_refused(text: str) -> None:
    assert parse_us_date(text) is None


@given(st.dates(min_value=date(1971, 1, 1), max_value=date(2069, 12, 31)),
       st.sampled_from(NUMERIC_STYLES + WORD_STYLES))
def test_every_printed_style_reads_back(day: date, style: object) -> None:
    assert parse_us_date(style(day)) == day  # type: ignore[operator]
    assert parse_us_date(stamp_date(day)) == day


def test_dates_are_found_in_prose_with_their_spans() -> None:
    text = "entered on Sept. 3, 2023 and liquidated on 2/1/24."
    found = list(find_dates(text))
    assert [m.value for m in found] == [date(2023, 9, 3), date(2024, 2, 1)]
    assert text[found[0].start:found[0].end] == "Sept. 3, 2023"


@pytest.mark.parametrize(
    ("text", "amount"),
    [("$1,234.56", "1234.56"), ("USD 1,234", "1234.00"), ("(1,234.00)", "-1234.00"),
     ("12.005", "12.01"), ("-$5", "-5.00")],
)
def test_money_reads_to_cents(text: str, amount: str) -> None:
    assert parse_money(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["abc", "1,23", "$", "12 34"])
def test_text_that_is_not_an_amount_is_refused(text: str) -> None:
    assert parse_money(text) is None


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doc = b.Document("labels")
    doc.add(
        b.BoxRow((b.Box("1. PROTEST NUMBER"), b.Box("2. DATE RECEIVED", ("03/15/2024",)))),
        b.BoxRow((b.Box("Port:", ("2704",), inline=True),)),
        b.Spacer(20),  # ruled boxes that touch are one table to pdfplumber
        b.Grid(("Entry", "Amount"), (("ABC-1234567-6", "$1,200.00"), ("DEF-7654321-3", "$80.50"))),
        b.Para("The protest covers Entry No. ABC-1234567-6, entered on January 5, 2023."),
    )
    path = tmp_path_factory.mktemp("pdf") / "form.pdf"
    render_pdf(doc, path)
    return path


STOP = re.compile(r"\s*(?:\d\.\s*)?(?:protest number|date received|port)", re.I)


def test_a_value_below_its_label_is_read_with_evidence(form: Path) -> None:
    with open_pdf(form) as document:
        found = read_field(document.all_segments, re.compile(r"2\. DATE RECEIVED"), stop=STOP)
        assert found is not None and found.text == "03/15/2024" and found.where == "below"
        evidence = found.evidence()
        label = found.label.segment.bbox
        assert evidence.page == 1 and evidence.text == "03/15/2024"
        assert evidence.bbox[1] > label[3] - 1  # below the label
        assert abs(evidence.bbox[0] - label[0]) < 1  # in the label's column


def test_a_blank_box_reads_as_nothing_not_as_the_next_label(form: Path) -> None:
    with open_pdf(form) as document:
        assert read_field(document.all_segments, re.compile(r"1\. PROTEST NUMBER"),
                          stop=STOP) is None


def test_a_value_right_of_its_label_is_read(form: Path) -> None:
    with open_pdf(form) as document:
        found = read_field(document.all_segments, re.compile(r"Port:"), stop=STOP)
        assert found is not None and (found.text, found.where) == ("2704", "right")


def test_ruled_tables_are_read_cell_by_cell(form: Path) -> None:
    with open_pdf(form) as document:
        tables = read_tables(document, 1)
    grid = [t for t in tables if t.texts()[0] == ["Entry", "Amount"]]
    assert grid and grid[0].texts()[1:] == [["ABC-1234567-6", "$1,200.00"],
                                            ["DEF-7654321-3", "$80.50"]]
    cell = grid[0].rows[1][1]
    assert cell is not None and parse_money(cell.text) == Decimal("1200.00")


def test_text_stream_matches_across_words_and_gives_evidence(form: Path) -> None:
    with open_pdf(form) as document:
        stream = TextStream([line for n in document.page_numbers for line in document.segments(n)])
        match = stream.search(re.compile(r"entered on (January 5, 2023)"))
        assert match is not None
        evidence = stream.evidence(match.start(1), match.end(1))
        # Evidence quotes whole printed words, so the sentence's period comes along.
        assert evidence is not None and evidence.text == "January 5, 2023."
        assert evidence.page == 1


def test_page_images_render_as_png(form: Path) -> None:
    image = render_page_png(form, 1, scale=0.5)
    assert image.startswith(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(IndexError):
        render_page_png(form, 2)
