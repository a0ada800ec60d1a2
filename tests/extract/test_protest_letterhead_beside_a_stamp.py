"""An importer's letterhead (its name over its street and city line) shares its lines with a
column set at the right: CBP's RECEIVED stamp and protest number, or the letter's own reference
block. The letterhead is each line's left-hand run of words; the stamp's date or number on the
name's line does not make the line no name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

_LETTERHEAD = ["IRONWOOD TOOL & DIE LLC", "8 Forge Park", "Rockford, IL 61101"]
_BESIDE = {
    "received-stamp": ["RECEIVED 04/29/2025", "PROTEST NO. 1303-25-925445"],
    "stamp-three-lines": ["RECEIVED", "APR 29 2025", "CBP PORT 1303"],
    "reference-block": ["Our ref.: IMP-1303-52-1", "Port: 1303 Baltimore", "IOR: 29-1529341"],
}
_BODY = [
    "Port Director, U.S. Customs and Border Protection",
    "Port of Baltimore",
    "Re: Protest of liquidation",
    "We protest the appraised value of the merchandise on entry A9F-0907452-1, entered",
    "05/07/2024 and liquidated 01/24/2025.",
    "Merchandise: Hand-held carbon steel cold chisels",
    "The transaction value declared is the price actually paid or payable (19 U.S.C.",
    "1401a(b)); the added assists were never supplied, so the advance has no basis.",
    "Drawback: none of the merchandise is subject to a drawback claim.",
    "Sincerely,",
    "Yuki Tanabe",
    "Import Manager",
]


def _letter(path: Path, beside: list[str]) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    for row, line in enumerate(_LETTERHEAD):
        canvas.drawString(60, 760 - 13 * row, line)
    for row, line in enumerate(beside):
        canvas.drawString(380, 760 - 13 * row, line)
    y = 700
    for line in ["IOR No. 29-1529341", "04/24/2025", *_BODY]:
        canvas.drawString(60, y, line)
        y -= 14
    canvas.save()
    return path


@pytest.mark.parametrize("beside", sorted(_BESIDE))
def test_the_letterhead_beside_a_column_names_the_protestant(tmp_path: Path, beside: str) -> None:
    # Before: the stamp's date or number on the name's line made it no name, and the protest,
    # lodged in the first person, went to a person for want of (a)(1).
    facts = extract_protest(_letter(tmp_path / "l.pdf", _BESIDE[beside])).facts
    assert (facts.protestant_name or "").casefold() == "ironwood tool & die llc"
    assert facts.protestant_address == "8 Forge Park, Rockford, IL 61101"
    decision, _ = decide(replace(facts, received_date=date(2025, 4, 29)),
                         today=date(2025, 5, 2))
    assert decision.outcome == "accept"


def _name_alone(path: Path, beside: list[str]) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, 760, _LETTERHEAD[0])
    for row, line in enumerate(beside):
        canvas.drawString(380, 746 - 13 * row, line)
    y = 690
    for line in _BODY:
        canvas.drawString(60, y, line)
        y -= 14
    canvas.save()
    return path


@pytest.mark.parametrize("beside", [[*_BESIDE["reference-block"], "04/24/2025"],
                                    ["Our reference: IMP-1303-52-1", "IOR No. 29-1529341",
                                     "April 24, 2025"]])
def test_a_letterhead_name_over_the_other_column_alone_gives_no_address(
        tmp_path: Path, beside: list[str]) -> None:
    # The reference block stands at the right under the name's line; under the name in its
    # own column comes the addressee: the letterhead names the protestant and gives no address.
    facts = extract_protest(_name_alone(tmp_path / "n.pdf", beside)).facts
    assert (facts.protestant_name or "").casefold() == "ironwood tool & die llc"
    decision, _ = decide(replace(facts, received_date=date(2025, 4, 29)),
                         today=date(2025, 5, 2))
    assert (decision.outcome, decision.missing) == ("deficient", ("174.13(a)(1)",))
