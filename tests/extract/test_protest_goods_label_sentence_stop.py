"""A numbered recital may give the goods under a run-in label written as a sentence ("4.
Merchandise: LED light bars with plug-in transformers."): the sentence's full stop is no part
of the description, though an abbreviation's stop ("etc.") is."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_GOODS = [
    ("4. Merchandise: LED under-cabinet light bars with plug-in transformers.",
     "LED under-cabinet light bars with plug-in transformers"),
    ("4. Goods: aluminum folding camping chairs with polyester seats.",
     "aluminum folding camping chairs with polyester seats"),
    ("4. Description of merchandise: porcelain floor tiles, absorption under 0.5 percent.",
     "porcelain floor tiles, absorption under 0.5 percent"),
    ("4. Merchandise: hand tools, spanners, pliers, etc.", "hand tools, spanners, pliers, etc."),
]


def _declaration(path: Path, goods: str) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Times-Roman", 11)
    y = 760
    for line in ("PROTEST UNDER 19 U.S.C. 1514 - Port of Seattle (port code 3002)",
                 "1. The Protestant is Oriel Bay Textiles Corp., 1480 Mill Pond Avenue, Fall",
                 "River, MA 02720. Its importer number is 16-9143026.",
                 "3. This protest covers Entry No. ABC-3041453-8, entered on 11 March 2024 and",
                 "liquidated on 21 January 2025.", goods,
                 "5. The Protestant protests the classification of the merchandise under a heading",
                 "whose terms do not describe it; GRI 1 places it in another heading.",
                 "6. The entries are not the subject of drawback.", "/s/ Leopold A. Dufresne"):
        canvas.drawString(72, y, line)
        y -= 16
    canvas.save()
    return path


@pytest.mark.parametrize(("line", "read"), _GOODS)
def test_the_sentences_stop_is_no_part_of_the_goods(tmp_path: Path, line: str,
                                                    read: str) -> None:
    facts = extract_protest(_declaration(tmp_path / "d.pdf", line)).facts
    assert facts.merchandise_description == read
