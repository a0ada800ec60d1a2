"""A slide-like protest heads the party's topic ("Protestant") and captions its parts under it,
each on a line of its own with the value below ("NAME" / "Redgate Cycle Components Corp." /
"ADDRESS" / ...). The heading is no caption of the line under it: "NAME" is the name's own
caption, and the party's name is the line under that."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_TOP = ["PROTEST", "19 U.S.C. 1514 / 19 CFR Part 174", "PORT OF ENTRY", "1001 New York",
        "DATE OF THIS PROTEST", "Mar. 9, 2025"]
_REST = ["ADDRESS", "2875 Spoke Street", "Boulder, CO 80302", "IMPORTER NUMBER", "68-6452704",
         "Entries", "ENTRY NUMBER", "CIA-8770056-0", "DATE OF ENTRY", "Dec. 17, 2024",
         "DATE OF LIQUIDATION", "Nov. 14, 2025", "Decision", "DECISION PROTESTED",
         "Classification and rate of duty", "MERCHANDISE", "LED desk lamps, model DL-9"]
_HEADED = [
    # As the forty-ninth hand wrote it.
    ["Protestant", "NAME"],
    ["PROTESTING PARTY", "Company name"],
    ["Importer of record", "Legal name:"],
]


@pytest.mark.parametrize("heading", _HEADED)
def test_the_name_is_under_its_own_caption_not_the_heading(
        tmp_path: Path, heading: list[str]) -> None:
    # Before: the heading's value was read as the next line, the caption "NAME" itself.
    pdf = _letter_pdf(tmp_path / "p.pdf",
                      [*_TOP, *heading, "Redgate Cycle Components Corp.", *_REST])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Redgate Cycle Components Corp."
    assert facts.protestant_address == "2875 Spoke Street, Boulder, CO 80302"
