"""Protests from senders in general (issue 13's blind family): entry numbers however printed,
and a document that speaks of a protest read as one rather than refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import NotAProtest, _layout
from bots.protest_intake.extract_entries import ENTRY_IN_TEXT, is_entry_number


@pytest.mark.parametrize(("printed", "number"), [
    ("HFB-7026904-5", "HFB-7026904-5"),
    ("HFB70269045", "HFB-7026904-5"),
    ("292-91339496", "292-9133949-6"),
    ("DE1-35534621", "DE1-3553462-1"),
    ("75285492056", "752-8549205-6"),
    ("231 9876543 2", "231-9876543-2"),
])
def test_an_entry_number_is_found_with_or_without_its_separators(printed: str,
                                                                 number: str) -> None:
    match = ENTRY_IN_TEXT.search(f"The entries concerned are entry {printed} of 03/18/2024.")
    assert match is not None and is_entry_number(match)
    assert "-".join(match.groups()) == number


def test_a_run_of_eleven_digits_failing_the_check_digit_is_not_an_entry() -> None:
    match = ENTRY_IN_TEXT.search("Reference 75285492057 for your files.")
    assert match is not None and not is_entry_number(match)


@pytest.mark.parametrize("text", [
    # An e-mail forward with entries run together and no citation of 19 U.S.C. 1514.
    "Subject: FW: Protest - Saguaro Pet Products LLC\nwhich protests the classification\n"
    "HFB70269045 2024-05-09 2024-10-17",
    # A letter whose entry the reader cannot place still speaks of a protest and a liquidation.
    "Please accept this protest against the rate of duty assessed at liquidation.",
])
def test_a_document_that_speaks_of_a_protest_is_read_as_a_letter(text: str) -> None:
    assert _layout(Path("x.pdf"), text) == "letter"


def test_a_document_that_never_speaks_of_a_protest_is_refused() -> None:
    with pytest.raises(NotAProtest):
        _layout(Path("x.pdf"), "COMMERCIAL INVOICE\nEntry 231-9876543-2, liquidated 2024-01-02")
