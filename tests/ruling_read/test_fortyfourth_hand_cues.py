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
