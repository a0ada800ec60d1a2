"""Two ways the thirty-seventh hand names the protestant that were read as something else: a
transmittal form's lettered section "A. PROTESTING PARTY" over a "NAME  X" row (read as the
party "A."), and a pleading's caption "In the Matter of the Protest of X, Protestant." (read with
its caption's words). A section's letter is no name, the row under the section gives it; a
caption's lead-in is no part of the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf


def _form(path: Path, heading: str, name_row: str) -> Path:
    return _letter_pdf(path, [
        "TRANSOCEANIC CARRIERS - CUSTOMS CLAIMS DESK",
        "PROTEST TRANSMITTAL - 19 CFR PART 174",
        heading,
        name_row,
        "ADDRESS        6120 FANNIN STREET, FLOOR 9, HOUSTON, TX 77030",
        "IMPORTER NO.   75-3149708",
        "PORT CODE      2809 (SAN FRANCISCO)",
        "B. ENTRIES",
        "PORT   ENTRY NUMBER     DATE OF ENTRY    DATE OF LIQUIDATION",
        "2809   9CE-6062133-1    Jan. 13, 2024    Dec. 11, 2024",
        "C. DECISION PROTESTED (MARK ONE)",
        " [ ] APPRAISED VALUE",
        " [X] CLASSIFICATION / RATE OF DUTY",
        "MERCHANDISE:   Monocrystalline photovoltaic cells, not assembled into modules",
        "CLAIM AND REASONS:   The goods are properly classified under the subheading claimed.",
        "PRINT NAME:    MARGOT DELACROIX",
    ])


@pytest.mark.parametrize("heading", ["A. PROTESTING PARTY", "II. PROTESTANT", "1) IMPORTER",
                                     "B) PROTESTING PARTY"])
@pytest.mark.parametrize("name_row", ["NAME           SUNWARD SOLAR COMPONENTS LTD.",
                                      "Name:  SUNWARD SOLAR COMPONENTS LTD.",
                                      "COMPANY NAME   SUNWARD SOLAR COMPONENTS LTD."])
def test_a_lettered_party_section_gives_the_name_on_its_name_row(
        tmp_path: Path, heading: str, name_row: str) -> None:
    facts = extract_protest(_form(tmp_path / "f.pdf", heading, name_row)).facts
    assert (facts.protestant_name or "").casefold() == "sunward solar components ltd."


def _pleading(path: Path, caption: str) -> Path:
    return _letter_pdf(path, [
        "ASHCOMBE LIU & PARTNERS LLP",
        "BEFORE U.S. CUSTOMS AND BORDER PROTECTION",
        "PORT OF SAVANNAH (PORT CODE 1703)",
        caption,
        "PROTEST UNDER 19 U.S.C. 1514",
        "1. Protestant files this protest through its undersigned counsel; importer number",
        "   56-7273802.",
        "2. This protest covers Entry No. H4F-6177543-1, entered 03/16/2024, liquidated",
        "   01/24/2025.",
        "3. Description of merchandise: Marine VHF transceivers, handheld, 6 watt",
        "4. Protestant protests the appraised value of the merchandise.",
        "Respectfully submitted,",
        "/s/ Harriet Oyelaran",
        "Harriet Oyelaran, Counsel for Protestant",
    ])


@pytest.mark.parametrize("caption", [
    "In the Matter of the Protest of Halvorsen Marine Electronics, Inc., Protestant.",
    "In re Protest of Halvorsen Marine Electronics, Inc., Protestant",
    "Matter of Halvorsen Marine Electronics, Inc., Protestant.",
    "IN THE MATTER OF THE PROTEST OF Halvorsen Marine Electronics, Inc., Protestant.",
])
def test_a_pleadings_caption_lead_is_no_part_of_the_name(tmp_path: Path, caption: str) -> None:
    facts = extract_protest(_pleading(tmp_path / "p.pdf", caption)).facts
    assert facts.protestant_name == "Halvorsen Marine Electronics, Inc."
