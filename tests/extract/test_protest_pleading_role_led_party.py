"""A pleading whose first paragraph opens with the party's role as a run-in label ("1. Protestant
X, 1 Main St, City, ST 00000, by its attorney, protests ..."), whose caption names the party on
its own line ("In the Matter of the Protest of X"), and whose port label carries a note in
brackets ("Port of entry (code): 1001"). Found with the fifty-first hand, read for senders in
general: the role word was read as part of the name, an address wrapped before its ZIP code lost
the party altogether (174.13(a)(1) called missing), and the port went unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_REST = [
    "2. Importer number of the protestant: 17-4215897.",
    "3. Entry No. H21-1557880-7, date of entry August 1, 2023, liquidated on May 3, 2024.",
    "4. Merchandise: marine bilge pumps, 12 volt, of plastics",
    "5. The protestant claims the lower rate under heading 8413 and asks for reliquidation.",
    "6. The entries covered by this protest are not subject to drawback.",
    "Respectfully submitted,", "Marisol Vance", "Attorney for Protestant",
]


def _pleading(path: Path, caption: list[str], port: str, first: list[str]) -> Path:
    return _letter_pdf(path, [
        "UNITED STATES CUSTOMS AND BORDER PROTECTION", *caption, port,
        "PROTEST UNDER 19 U.S.C. 1514", *first, *_REST,
    ])


@pytest.mark.parametrize("first", [
    # The address wrapped before its ZIP code, the ZIP opening the next line.
    ["1. Protestant Blue Ridge Cookware Inc., 77 Foundry Lane, Suite 300, Savannah, GA",
     "31401, by its attorney, protests the classification of the merchandise."],
    # ... wrapped inside the street, or after the city.
    ["1. Protestant Blue Ridge Cookware Inc., 77 Foundry",
     "Lane, Suite 300, Savannah, GA 31401, by its attorneys, protests the classification."],
    ["1. The Protestant, Blue Ridge Cookware Inc., 77 Foundry Lane, Suite 300, Savannah,",
     "GA 31401, through counsel, protests the classification of the merchandise."],
    # On one line, the role a run-in label.
    ["1. Protestant Blue Ridge Cookware Inc., 77 Foundry Lane, Suite 300, Savannah, GA 31401,",
     "by its attorney, protests the classification of the merchandise."],
    ["1. PROTESTANT Blue Ridge Cookware Inc., 77 Foundry Lane, Suite 300, Savannah, GA 31401,",
     "by its undersigned counsel, protests the classification of the merchandise."],
    ["1. Protesting party Blue Ridge Cookware Inc., 77 Foundry Lane, Suite 300, Savannah, GA",
     "31401, by its counsel, protests the classification of the merchandise."],
])
@pytest.mark.parametrize("caption", [
    ["In the Matter of the Protest of Blue Ridge Cookware Inc."],
    ["In the Matter of the Protest of", "BLUE RIDGE COOKWARE INC.,", "Protestant."],
    [],
])
def test_the_role_led_first_paragraph_gives_the_party_and_its_address(
    tmp_path: Path, first: list[str], caption: list[str],
) -> None:
    # Before: "Protestant Blue Ridge Cookware Inc." kept its role word, or, with the ZIP wrapped,
    # no paragraph cue read at all and the caption's lines ran on into the body as the name.
    facts = extract_protest(_pleading(tmp_path / "p.pdf", caption, "Port code: 1703",
                                      first)).facts
    assert facts.protestant_name == "Blue Ridge Cookware Inc."
    assert facts.protestant_address == "77 Foundry Lane, Suite 300, Savannah, GA 31401"


@pytest.mark.parametrize("caption", [
    "In the Matter of the Protest of Blue Ridge Cookware Inc.",
    "IN THE MATTER OF THE PROTEST OF Blue Ridge Cookware Inc.",
    "In the Matter of the Protest of Blue Ridge Cookware Inc., Protestant",
])
def test_a_caption_naming_the_party_on_its_own_line_ends_there(
    tmp_path: Path, caption: str,
) -> None:
    # The only cue for the name here is the caption: the lines after it are the body's.
    facts = extract_protest(_pleading(tmp_path / "p.pdf", [caption], "Port code: 1703", [
        "1. The protestant, by its attorney, protests the classification of the merchandise.",
    ])).facts
    assert facts.protestant_name == "Blue Ridge Cookware Inc."


@pytest.mark.parametrize("port", [
    "Port of entry (code): 1703", "Port (code): 1703", "Port of Entry (Code No.): 1703",
    "Port code (4 digits): 1703", "Port of entry [Schedule D code]: 1703",
])
def test_a_port_label_with_a_note_in_brackets_gives_the_code(tmp_path: Path, port: str) -> None:
    facts = extract_protest(_pleading(tmp_path / "p.pdf", [
        "In the Matter of the Protest of Blue Ridge Cookware Inc."], port, [
        "1. Protestant Blue Ridge Cookware Inc., 77 Foundry Lane, Suite 300, Savannah, GA 31401,",
        "by its attorney, protests the classification of the merchandise."])).facts
    assert facts.port_code == "1703"
