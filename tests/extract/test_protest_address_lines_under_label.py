"""An address typed under its label over several lines, its suite, floor or building on a line of
its own before the city line ("Address: 418 Harborview Parkway" / "Suite 210" / "Tacoma, WA
98402"): every line down to the city line is the address (174.13(a)(1)). Found with the
fifty-second hand's broker form, read for senders in general: the address stopped at its first
line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_recurring_classes import _placed_pdf

_BODY = [
    (60, 560, 10, "Entry Number       Date of Entry       Date of Liquidation"),
    (60, 546, 10, "D3G-9412152-5      December 22, 2024   September 1, 2025"),
    (60, 520, 10, "Description of merchandise: Cordless rotary tools, 12 volt"),
    (60, 506, 10, "Category protested: [X] Appraised value"),
    (60, 492, 10, "We declare that the merchandise is not the subject of drawback."),
    (60, 470, 10, "Grounds: the port added an assist that the protestant never supplied; the"),
    (60, 456, 10, "transaction value declared is the proper basis of appraisement."),
    (60, 420, 10, "Hollis J. Aberdeen"),
    (60, 406, 10, "Licensed Customs Broker, for Kestrel Bay Trading Ltd."),
]


def _form(path: Path, lines: list[str], indent: float) -> Path:
    """A broker's form: labelled lines, the address's further lines set under its value."""
    head = [(60, 760, 12, "PROTEST (19 CFR Part 174) - BROKER CONTINUATION FORM"),
            (66, 730, 10, "Port: 3002 (Seattle)"), (66, 716, 10, "Importer No.: 62-7012274"),
            (66, 702, 10, "Protestant: Kestrel Bay Trading Ltd."),
            (66, 688, 10, f"Address: {lines[0]}")]
    under = [(104 + indent, 674 - 14 * row, 10, line) for row, line in enumerate(lines[1:])]
    return _placed_pdf(path, [*head, *under, *_BODY])


@pytest.mark.parametrize(("lines", "expected"), [
    (["418 Harborview Parkway", "Suite 210", "Tacoma, WA 98402"],
     "418 Harborview Parkway, Suite 210, Tacoma, WA 98402"),
    (["418 Harborview Parkway", "Floor 3", "Tacoma, WA 98402-1120"],
     "418 Harborview Parkway, Floor 3, Tacoma, WA 98402-1120"),
    (["418 Harborview Parkway", "Building C, Dock 4", "Tacoma, WA 98402"],
     "418 Harborview Parkway, Building C, Dock 4, Tacoma, WA 98402"),
    (["418 Harborview Parkway", "Ste. 210", "Unit 4B", "Tacoma, WA 98402"],
     "418 Harborview Parkway, Ste. 210, Unit 4B, Tacoma, WA 98402"),
    (["Harbor Point Tower", "418 Harborview Parkway", "Tacoma, WA 98402"],
     "Harbor Point Tower, 418 Harborview Parkway, Tacoma, WA 98402"),
    (["418 Harborview Parkway", "2nd Floor", "Tacoma, WA 98402"],
     "418 Harborview Parkway, 2nd Floor, Tacoma, WA 98402"),
])
@pytest.mark.parametrize("indent", [0.0, 4.5, -3.0])
def test_the_address_runs_down_to_its_city_line(
    tmp_path: Path, lines: list[str], expected: str, indent: float,
) -> None:
    facts = extract_protest(_form(tmp_path / "p.pdf", lines, indent)).facts
    assert facts.protestant_address == expected


def test_a_line_under_the_address_that_is_not_one_of_its_parts_ends_it(tmp_path: Path) -> None:
    # No city line follows within the address's reach: the next lines are the form's own.
    facts = extract_protest(_form(tmp_path / "p.pdf", [
        "418 Harborview Parkway", "Entries listed below", "Tacoma, WA 98402"], 0.0)).facts
    assert facts.protestant_address in (None, "418 Harborview Parkway")
