"""The importer number under its other names, typed on the letterhead's last line or a block's
line after the address (issue 13, round 32): "Tax ID", "Federal Tax ID No.", "FEIN", "Employer
Identification Number", "Taxpayer Identification Number", and a "CBP-assigned number", whose
form a person verifies (19 CFR 24.5). Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, Cell, draw, extract

_GOODS: list[Cell] = [
    (55, 200, "The goods are insulated food jars, model FJ-16."),
    (55, 214, "They are sold to retailers and used in the United States to keep food hot."),
    (55, 228, "By weight it is 82% stainless steel and 18% polypropylene."),
    (55, 242, "We believe they are classified in subheading 7323.93.0080, HTSUS, under GRI 1 as "
              "articles of steel named by the heading.")]


@pytest.mark.parametrize("line", [
    "Tax ID: 12-3456789", "Federal Tax ID No. 12-3456789", "FEIN: 12-3456789",
    "Employer Identification Number: 12-3456789", "Taxpayer Identification Number 12-3456789"])
@pytest.mark.parametrize("y", [92.0, 98.0])  # tight under the city line, or a line apart
def test_the_numbers_other_names_give_it(tmp_path: Path, line: str, y: float) -> None:
    output = extract(draw(tmp_path / "letter.pdf", [*HEAD, (55, y, line), *_GOODS, *CLOSE]))
    assert output["values"]["importer_number"] == "12-3456789"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_cbp_assigned_number_is_read_and_goes_to_a_person(tmp_path: Path) -> None:
    cells = [*HEAD, (55, 92, "CBP-assigned number: 241505-12345"), *_GOODS, *CLOSE]
    output = extract(draw(tmp_path / "letter.pdf", cells))
    assert output["values"]["importer_number"] == "241505-12345"
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
