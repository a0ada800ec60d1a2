"""The shared absence rule on ruling requests (bots/common/reading/unplaced): facts set out under
headings the reader does not know, or in a two-column sheet whose captions it cannot map, leave
177.2(b)(2) open for a person, naming the text; a recognised letter that truly lacks them stays
deficient. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert any("Not found: the component materials" in m and heading in m and "page 1" in m
               for m in reads), reads


def test_a_recognised_letter_without_the_facts_stays_deficient(tmp_path: Path) -> None:
    output = extract(draw(tmp_path / "bare.pdf", [*HEAD, *PROPOSED, *CLOSE]))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert "177.2(b)(2)" in output["decision"]["missing"]


def test_a_known_heading_over_other_text_leaves_the_absence_concluded(tmp_path: Path) -> None:
    # "Background" is a section the reader reads: the facts are not there, so they are absent.
    background: list[Cell] = [(55, 210, "Background"),
                              (55, 222, "Harbor Goods has imported housewares for many years "
                                        "and now plans a new line.")]
    output = extract(draw(tmp_path / "known.pdf", [*HEAD, *background, *PROPOSED, *CLOSE]))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert "177.2(b)(2)" in output["decision"]["missing"]
