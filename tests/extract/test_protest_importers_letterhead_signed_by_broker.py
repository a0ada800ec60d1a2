"""An importer's own letter, signed by the licensed customs broker who prepared it, prints the
importer number in its letterhead under a caption that names the importer of record ("IOR No.",
"Importer No."): that number is the importer's, though a broker's own EIN there would not be."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

_HEAD = ["Bright Kettle Housewares Corp.", "9020 Airport Road", "Memphis, TN 38118"]
_BODY = [
    "04/22/2005", "Port Director", "U.S. Customs and Border Protection", "Port of Seattle", "",
    "Dear Port Director: Bright Kettle Housewares Corp. protests the classification of the",
    "merchandise on entry 9CA-6997309-1 dated 12/17/2004, liquidated 03/29/2005.",
    "Merchandise: Stoneware dinner plates, glazed, 27 cm diameter",
    "The goods were reclassified at liquidation under a provision that does not describe them.",
    "Under GRI 1 the heading we entered covers them by its terms.",
    "None of the entries covered by this protest is the subject of a drawback claim.",
    "Sincerely,", "Renata Okafor", "Licensed Customs Broker",
]


def _letter(path: Path, reference: list[str], flush_right: bool) -> Path:
    canvas = Canvas(str(path))
    y = 740
    for line in _HEAD:
        canvas.drawString(72, y, line)
        y -= 14
    for line in reference:
        if flush_right:
            canvas.drawRightString(540, y, line)
        else:
            canvas.drawString(72, y, line)
        y -= 14
    for line in _BODY:
        canvas.drawString(72, y, line)
        y -= 14
    canvas.save()
    return path


@pytest.mark.parametrize("flush_right", [True, False])
@pytest.mark.parametrize("reference", [
    ["Our ref.: PR-3770", "Port: Seattle (3002)", "IOR No. 27-4378239"],
    ["Importer No.: 27-4378239", "Port code: 3002"],
    ["Port: 3002", "Importer of record number 27-4378239", "File: PR-3770"],
])
def test_the_importer_number_captioned_as_such_in_the_letterhead_is_read(
        tmp_path: Path, reference: list[str], flush_right: bool) -> None:
    # Before: "Licensed Customs Broker" under the signature made the letterhead an agent's, so
    # every number in it was set aside as the agent's own, and the protest was confidently
    # found deficient for want of the importer number (174.13(a)(2)).
    facts = extract_protest(_letter(tmp_path / "p.pdf", reference, flush_right)).facts
    decision, _ = decide(facts, today=date(2005, 5, 12))
    assert facts.importer_number == "27-4378239"
    assert "174.13(a)(2)" not in decision.missing
