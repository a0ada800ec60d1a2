"""An importer's letter headed by its name alone, the addressee straight under it however the
letter words it ("To the Port Director:", "To: Port Director", "Port Director, Port of
Chicago"): the name heads the letter, the protestant's (19 CFR 174.13(a)(1)); no address is
printed, so the protest lacks the address and is deficient."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide

_ADDRESSEES = ("To the Port Director:", "To: Port Director", "Port Director, Port of Chicago")
_BODY = [
    "We write to protest the following decision of your office concerning our",
    "entries:",
    " - H7D-3612074-2 date of entry 04/18/2024; liquidated 12/06/2024",
    "Description of merchandise:",
    "  Wooden cutting boards of bamboo",
    "Objection: the appraised value assessed at liquidation. CBP added buying",
    "commissions to the transaction value. Buying commissions are not part of the price",
    "actually paid or payable under 19 U.S.C. 1401a(b). The entered values should be restored.",
    "The entries covered by this protest are not subject to a drawback claim.",
    "Kind regards,",
    "Priya Raghunathan",
]


def _letter(path: Path, addressee: str) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(60, 760, "Bluewater Ceramics LLC")
    # The reference block, right of the letterhead.
    for row, line in enumerate(("Our ref: PR-3612", "Port: 3901 Chicago", "IOR No.: 28-7293213",
                                "Date: 02/04/2025")):
        canvas.drawString(380, 740 - 14 * row, line)
    canvas.drawString(60, 670, addressee)
    for row, line in enumerate(_BODY):
        canvas.drawString(60, 640 - 14 * row, line)
    canvas.save()
    return path


@pytest.mark.parametrize("addressee", _ADDRESSEES)
def test_the_name_over_the_addressee_is_the_protestant(tmp_path: Path, addressee: str) -> None:
    facts = extract_protest(_letter(tmp_path / "l.pdf", addressee)).facts
    assert facts.protestant_name == "Bluewater Ceramics LLC"
    decision, _ = decide(replace(facts, received_date=date(2025, 2, 6)), today=date(2025, 2, 20))
    assert decision.outcome in ("deficient", "needs_human")
    assert "174.13(a)(1)" in decision.missing
