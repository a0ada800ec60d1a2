"""Who signed, as a form's signature line puts it: the officer's name over a title that ends
with the date signed ("Hannah Ibsen-Clarke" / "Vice President, Operations, 04-Apr-2024"), or
a printout's line "Signed for the protestant: Esther Kowalczyk, Customs Compliance Manager"
over the broker's footer. The date is no part of the title; the line names the signer."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_HEAD = [
    "PROTEST - CONTINUATION FORM",
    "NAME OF PROTESTANT: Sandhill Bicycle Works, Ltd.",
    "ADDRESS: 2150 Pearl Street, Boulder, CO 80302",
    "IMPORTER NO.: 86-8438419",
    "PORT CODE: 3002",
    "Entry G80-6506522-5, entered 03-Feb-2023, liquidated 01-Dec-2023.",
    "Merchandise: Aluminium bicycle frames, model SB-9",
    "Protestant objects to the classification: the frames are classifiable in heading 8714",
    "by GRI 1, and the excess duty should be refunded.",
    "Drawback: none of the entries is subject to a drawback claim.",
]
_SIGNED = {
    # The rider's signature line: name, then the title and the date after a comma.
    "title-then-day-month": (["Hannah Ibsen-Clarke", "Vice President, Operations, 04-Apr-2024"],
                             "Hannah Ibsen-Clarke"),
    "title-then-month-day-year": (["Priya Raghunathan", "Chief Financial Officer, May 6, 2024"],
                                  "Priya Raghunathan"),
    "title-then-slashed": (["Tobias Lindqvist", "General Counsel, 03/08/2006"],
                           "Tobias Lindqvist"),
    "title-dash-date": (["Luis Echeverria", "Import Manager - 12 July 2024"], "Luis Echeverria"),
    "title-then-date-label": (["Esther Kowalczyk", "Import Manager Date: 07/12/2024"],
                              "Esther Kowalczyk"),
    # The printout's signature line, the broker's footer under it.
    "signed-for-the-protestant": (
        ["Signed for the protestant: Esther Kowalczyk, Customs Compliance Manager",
         "Worksheet prepared by the broker for the protestant's signature"], "Esther Kowalczyk"),
    "signed-on-behalf-of-the-importer": (
        ["Signed on behalf of the importer: Luis Echeverria, Import Manager",
         "Printed from CargoDesk"], "Luis Echeverria"),
    "executed-for-the-company": (
        ["Executed for Sandhill Bicycle Works, Ltd.: Rosalind M. Achebe, General Counsel"],
        "Rosalind M. Achebe"),
}


@pytest.mark.parametrize("habit", sorted(_SIGNED))
def test_the_signer_is_read_from_the_signature_line(tmp_path: Path, habit: str) -> None:
    lines, signer = _SIGNED[habit]
    facts = extract_protest(_letter_pdf(tmp_path / "s.pdf", [*_HEAD, *lines])).facts
    assert facts.signer_name == signer
