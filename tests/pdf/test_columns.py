"""Reading order across columns: two columns of running text are read down the left column,
then down the right; a label beside its value, a table and a letterhead beside its date block
keep their printed lines."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tradebots.pdf import open_pdf

# (x, text) pieces of one printed line, 10-point Helvetica, lines 12 points apart.
Row = Sequence[tuple[float, str]]

_LEFT, _RIGHT = 60.0, 315.0


def _page(path: Path, rows: Sequence[Row], top: float = 700.0) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    for index, row in enumerate(rows):
        for x, text in row:
            canvas.drawString(x, top - 12.0 * index, text)
    canvas.save()
    return path


def _read(path: Path) -> list[str]:
    with open_pdf(path) as document:
        return [" | ".join(s.text for s in line) for line in document.reading_lines(1)]


def _printed(path: Path) -> list[str]:
    with open_pdf(path) as document:
        return [" | ".join(s.text for s in line) for line in document.segments(1)]


_STATEMENT = [
    [(_LEFT, "CASE SUMMARY")],
    [(_LEFT, "Violation: undervaluation on the entries listed, as"),
     (_RIGHT, "The importer filed a valid prior disclosure under")],
    [(_LEFT, "a material false statement under 19 U.S.C. 1592"),
     (_RIGHT, "19 CFR 162.74 on 7 August 2022, before any")],
    [(_LEFT, "(a)(1)(A), as the importer's bank records show."),
     (_RIGHT, "investigation of the violation had begun.")],
    [(_LEFT, "Date of violation: 18 March 2022  Port: 1303 Baltimore, Maryland, by sea")],
]


def test_a_two_column_statement_is_read_down_each_column(tmp_path: Path) -> None:
    lines = _read(_page(tmp_path / "statement.pdf", _STATEMENT))
    assert lines == [
        "CASE SUMMARY",
        "Violation: undervaluation on the entries listed, as",
        "a material false statement under 19 U.S.C. 1592",
        "(a)(1)(A), as the importer's bank records show.",
        "The importer filed a valid prior disclosure under",
        "19 CFR 162.74 on 7 August 2022, before any",
        "investigation of the violation had begun.",
        "Date of violation: 18 March 2022 Port: 1303 Baltimore, Maryland, by sea",
    ]


def test_a_column_runs_on_below_its_neighbour(tmp_path: Path) -> None:
    rows = [*_STATEMENT[1:4], [(_LEFT, "and a second set of invoices shows the prices.")]]
    lines = _read(_page(tmp_path / "longer.pdf", rows))
    assert lines[:4] == [
        "Violation: undervaluation on the entries listed, as",
        "a material false statement under 19 U.S.C. 1592",
        "(a)(1)(A), as the importer's bank records show.",
        "and a second set of invoices shows the prices.",
    ]
    assert lines[4] == "The importer filed a valid prior disclosure under"


def test_a_column_line_run_close_to_the_gutter_stays_in_its_column(tmp_path: Path) -> None:
    # A narrow gutter (iText's): the left column's line ends 8 points short of the right one.
    close = "certificates and factory records show they were made"
    ends_at = _RIGHT - 8.0 - stringWidth(close, "Helvetica", 10)
    rows = [*_STATEMENT[1:4], [(ends_at, close)], [(_LEFT, "in China and only repacked.")]]
    lines = _read(_page(tmp_path / "narrow.pdf", rows))
    assert lines[3:5] == [close, "in China and only repacked."]
    assert lines[5] == "The importer filed a valid prior disclosure under"


def test_a_column_whose_lines_name_a_party_is_still_running_text(tmp_path: Path) -> None:
    # Capitalised names fill some lines; the column as a whole still runs on in lowercase words.
    right = 325.0
    rows = [
        [(_LEFT, "The protesting party, Copperline Cable & Wire Co., filed"),
         (right, "Is any entry covered by this protest subject to drawback? [ ]")],
        [(_LEFT, "the entries below at 3901 (Chicago)."), (right, "Yes [X] No")],
        [(_LEFT, "Protestant hereby protests the liquidation of the entries"),
         (right, "Protestant applies for further review under 19 CFR 174.24(b):")],
        [(_LEFT, "listed above."),
         (right, "the decision raises a question of law not previously ruled")],
        [(right, "upon, and no other application is pending on this claim.")],
    ]
    lines = _read(_page(tmp_path / "party.pdf", rows))
    assert lines[3:6] == ["listed above.",
                          "Is any entry covered by this protest subject to drawback? [ ]",
                          "Yes [X] No"]


def _wrapped_cells() -> list[Row]:
    """A table whose description cells wrap onto a second line (TCPDF's item table)."""
    rows: list[Row] = []
    for size, price in (("size 1", "$4.15"), ("size 2", "$5.15"), ("size 3", "$6.15")):
        rows.append([(57, "BAM-100"), (117, "Bamboo cutting board,"),
                     (238, "bamboo (97% by weight), food-grade"), (419, price), (490, "$12.99")])
        rows.append([(117, size), (238, "adhesive (3%)")])
    return rows


# Side-by-side blocks that are no columns of running text: each keeps its printed lines.
_NOT_COLUMNS: dict[str, list[Row]] = {
    "labels and values in two columns": [
        [(_LEFT, "Importer No.: 15-2384571"), (_RIGHT, "Port of entry: 1303 Baltimore")],
        [(_LEFT, "Importer name: Blue Heron Outdoor Gear LLC"), (_RIGHT, "Entry date: 9 May 2022")],
        [(_LEFT, "Address: 42 Quarry Road, Portland, ME"), (_RIGHT, "Culpability: Negligence")],
        [(_LEFT, "Case number: 2023-1303-370583-01"), (_RIGHT, "Officer: Priya Raghunathan")],
    ],
    "a table of entries": [
        [(_LEFT, "Entry number"), (200, "Entry date"), (_RIGHT, "Entered value"), (450, "Duty")],
        [(_LEFT, "I4A-1582283-8"), (200, "18 March 2022"), (_RIGHT, "24,047.34"),
         (450, "1,202.37")],
        [(_LEFT, "I4A-2805017-9"), (200, "9 May 2022"), (_RIGHT, "87,077.78"), (450, "4,353.89")],
        [(_LEFT, "I4A-2805018-7"), (200, "12 May 2022"), (_RIGHT, "7,010.00"), (450, "350.50")],
    ],
    # Lowercase words on both sides, but cells set far apart: no gutter a column runs up to.
    "a table of goods described in words": [
        [(_LEFT, "cotton knit shirts for men and boys"), (_RIGHT, "6109.10.0012 at 16.5 percent")],
        [(_LEFT, "wooden chairs with upholstered seats"), (_RIGHT, "9401.61.6011 free of duty")],
        [(_LEFT, "steel fasteners in bulk cartons"), (_RIGHT, "7318.15.2095 at 8.5 percent")],
    ],
    "a table whose cells wrap": _wrapped_cells(),
    "a letterhead beside its date block": [
        [(_LEFT, "Meridian Trade Compliance Partners"), (400, "December 1, 2026")],
        [(_LEFT, "1200 Harbor Boulevard, Suite 400"), (400, "Our ref.: MTC-2026-118")],
        [(_LEFT, "Long Beach, CA 90802"), (400, "Your ref.: 2704-26-100234")],
        [],
        [(_LEFT, "Dear Port Director, we protest the liquidation of the entry listed below")],
        [(_LEFT, "because the goods were classified under the wrong heading of the tariff.")],
    ],
    "a closing beside a short note": [
        [(_LEFT, "Respectfully submitted,"), (_RIGHT, "cc: Port of Baltimore")],
        [(_LEFT, "Jane Q. Ortiz"), (_RIGHT, "Enclosures: invoices, entry summary")],
        [(_LEFT, "Counsel for the importer"), (_RIGHT, "Sent by e-mail")],
    ],
}


@pytest.mark.parametrize("layout", sorted(_NOT_COLUMNS))
def test_side_by_side_blocks_that_are_no_columns_keep_their_lines(tmp_path: Path,
                                                                   layout: str) -> None:
    path = _page(tmp_path / "page.pdf", _NOT_COLUMNS[layout])
    assert _read(path) == _printed(path)
    assert any(" | " in line for line in _read(path))  # the blocks do stand side by side


def test_reading_lines_kept_for_a_page_are_dropped_when_lines_are_hidden(tmp_path: Path) -> None:
    # reading_lines is worked out once a page; hiding a quoted message's lines must not leave
    # them in the kept reading.
    path = _page(tmp_path / "p.pdf", [[(_LEFT, "Forwarded message")], [(_LEFT, "Entry 1")]])
    with open_pdf(path) as document:
        assert [s.text for line in document.reading_lines(1) for s in line] == [
            "Forwarded message", "Entry 1"]
        document.narrow([1], {1: [0]})
        assert [s.text for line in document.reading_lines(1) for s in line] == ["Entry 1"]
