"""A slide-like protest gives one topic a page, each value under its caption, so the last value
of one page may stand where another page's last value stands: "01/11/2025" (the liquidation
date) at the foot of the entries' page, "04/03/2025" (the protest's date) at the foot of the
first. Different dates at one place are each page's own text, not a running foot; the same
date printed at every page's foot still is furniture."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_PARTY = ["Protestant", "NAME", "Ambervale Garden Tools Ltd.", "ADDRESS", "66 Hedgerow Court",
          "Rockford, IL 61101", "IMPORTER NUMBER", "41-2233445"]
_DECISION = ["Decision", "DECISION PROTESTED", "Classification and rate of duty", "MERCHANDISE",
             "Cotton knit pullover sweaters for men", "DRAWBACK",
             "The entries covered by this protest are not subject to drawback."]
_REASONS = ["Reasons", "CBP reclassified the goods out of subheading 6110.20.2010; the heading",
            "claimed at entry describes them by name, and GRI 1 and 6 settle the matter.",
            "SIGNED", "/s/ Priya N. Ramaswamy"]


def _slides(path: Path, pages: list[list[str]]) -> Path:
    canvas = Canvas(str(path))
    for page in pages:
        for row, line in enumerate(page):
            canvas.drawString(49, 730 - 22 * row, line)
        canvas.showPage()
    canvas.save()
    return path


# (the first page's last value, the entries' page, the dates read)
_DATED = [
    # As the forty-ninth hand wrote it.
    ("04/03/2025", ["Entries", "ENTRY NUMBER", "H2G-6021778-4", "DATE OF ENTRY", "03/18/2024",
                    "DATE OF LIQUIDATION", "01/11/2025"]),
    ("April 3, 2025", ["Entries", "ENTRY NUMBER", "H2G-6021778-4", "DATE OF ENTRY",
                       "March 18, 2024", "DATE OF LIQUIDATION", "January 11, 2025"]),
    ("2025-04-03", ["Entries", "ENTRY NUMBER", "H2G-6021778-4", "ENTERED", "2024-03-18",
                    "LIQUIDATED", "2025-01-11"]),
]


@pytest.mark.parametrize(("dated", "entries"), _DATED)
def test_a_date_ending_a_slide_is_its_value(
        tmp_path: Path, dated: str, entries: list[str]) -> None:
    # Before: the two dates at one height on two pages were taken for a running foot and
    # dropped; the liquidation date was unread.
    first = ["PROTEST", "19 U.S.C. 1514 / 19 CFR Part 174", "PORT OF ENTRY", "3901 Chicago",
             "DATE OF THIS PROTEST", "", dated]
    pdf = _slides(tmp_path / "p.pdf", [first, _PARTY, entries, _DECISION, _REASONS])
    entry = extract_protest(pdf).facts.entries[0]
    assert (str(entry.entry_date), str(entry.liquidation_date)) == ("2024-03-18", "2025-01-11")


def test_the_same_date_at_every_foot_is_furniture(tmp_path: Path) -> None:
    foot = "Protest of Ambervale Garden Tools Ltd. - 04/03/2025"
    first = ["Port Director, Port of Chicago (3901)",
             "Ambervale Garden Tools Ltd. protests the classification of entry H2G-6021778-4,",
             "entered 03/18/2024 and liquidated 01/11/2025 under subheading 6110.20.2010; the",
             "heading claimed at entry describes the goods by name, and GRI 1 settles it.",
             "", "", foot]
    second = ["The merchandise is cotton knit pullover sweaters for men.",
              "The entries are not subject to drawback.", "", "", "", "", foot]
    pdf = _slides(tmp_path / "p.pdf", [first, second])
    assert "04/03/2025" not in (extract_protest(pdf).facts.merchandise_description or "")
