"""A continuation form's signature row says whose signature goes on the rule ("Signature of
protestant or agent: ______") and prints the signer's name under it ("Name: Rosalind T. Okafor
Title: Director, Trade Compliance"). The caption's words about whose signature it is do not
hide the row: the name under it is the signer's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_FORM = [
    "PROTEST - CONTINUATION SHEET (19 CFR 174.13)",
    "Port: 1001 New York",
    "Protestant: Harrow & Finch Kitchenware LLC",
    "Address: 40 Mill Street, Albany, NY 12207",
    "IMPORTER NO.: 89-5525115",
    "Entry E4C-9511832-3, entered 10/03/2024, liquidated 08/09/2025.",
    "DESCRIPTION OF MERCHANDISE: Glazed porcelain floor tiles, 60 x 60 cm",
    "Drawback declaration: no drawback has been or will be claimed on the entries.",
    "Argument: buying commissions are not part of the price actually paid or payable.",
    "",
]
_ROWS = [
    # As the forty-eighth hand wrote it.
    ["Signature of protestant or agent: ______________________",
     "Name: Rosalind T. Okafor Title: Director, Trade Compliance", "Date: November 20th, 2025"],
    ["SIGNATURE OF AUTHORIZED OFFICER ____________________",
     "Printed name: Rosalind T. Okafor", "Date: 11/20/2025"],
    ["Signature of the importer or its agent: ______________",
     "Name: Rosalind T. Okafor        Title: Import Manager"],
]


@pytest.mark.parametrize("row", _ROWS)
def test_the_name_under_the_signature_row_is_the_signer(tmp_path: Path, row: list[str]) -> None:
    # Before: only "Signature:" alone captioned the row; the name under a longer caption was
    # not read, and no signer was found.
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_FORM, *row])).facts
    assert facts.signer_name == "Rosalind T. Okafor"
