"""An address whose unit's line stands at the margin, or before the street (issue 13, round 32
sweep).

"Address: 18 Quarry Road" over "Suite 200" over "Reno, NV 89502", the two lines under it set back
to the margin as a plain letter prints them: only the street was read (with a weak confidence,
no doubt raised), and a notice would go to an incomplete address (19 CFR 162.77(b)). So with the
unit's line first ("Suite 200" over "18 Quarry Road" over the city).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import LABELLED
from tests.penalty_read.drawn import REFERRAL_HEAD, Line, draw_referral

VALUE_X = 108.5  # where "Address: " ends at the drawn font size


def _address(tmp_path: Path, address: list[Line]) -> tuple[str | None, float]:
    lines: list[Line] = []
    for line in REFERRAL_HEAD:
        lines += address if line.startswith("Address") else [line]
    lines.append("EGH-3873310-3 03/02/2023 liquidated $63,867.74 paid $1,596.69 owed $4,151.41")
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    return reading.facts.party_address, reading.fields["party_address"].confidence


@pytest.mark.parametrize(("address", "expected"), [
    (["Address: 18 Quarry Road", "Suite 200", "Reno, NV 89502"],
     "18 Quarry Road, Suite 200, Reno, NV 89502"),
    (["Address: 18 Quarry Road", "Building C, Suite 200", "Reno, NV 89502"],
     "18 Quarry Road, Building C, Suite 200, Reno, NV 89502"),
    (["Address: 400 Harbor Blvd.", "Ste. 12", "Long Beach CA 90802"],
     "400 Harbor Blvd., Ste. 12, Long Beach CA 90802"),
    (["Address: Suite 200", [(VALUE_X, "18 Quarry Road")], [(VALUE_X, "Reno, NV 89502")]],
     "Suite 200, 18 Quarry Road, Reno, NV 89502"),
    (["Address: Unit 4B", [(VALUE_X, "77 Depot Street")], [(VALUE_X, "Keene, NH 03431")]],
     "Unit 4B, 77 Depot Street, Keene, NH 03431"),
])
def test_an_address_with_its_unit_on_a_line_of_its_own(tmp_path: Path, address: list[Line],
                                                        expected: str) -> None:
    assert _address(tmp_path, address) == (expected, LABELLED)


def test_a_two_line_address_at_the_margin_reads_as_before(tmp_path: Path) -> None:
    assert _address(tmp_path, ["Address: 18 Quarry Road", "Reno, NV 89502"]) == (
        "18 Quarry Road, Reno, NV 89502", LABELLED)


@pytest.mark.parametrize(("city", "expected"), [
    ("Charleston SC 29492-1101", "42 Dockside Way, Charleston SC 29492-1101"),
    ("PORTLAND ME 04101", "42 Dockside Way, PORTLAND ME 04101"),
    ("Keene NH. 03431", "42 Dockside Way, Keene NH. 03431"),
])
def test_a_city_line_without_its_comma_under_the_value_is_a_line(tmp_path: Path, city: str,
                                                                 expected: str) -> None:
    """A case printout sets the city line under the street with no comma before the state."""
    address: list[Line] = ["Address: 42 Dockside Way", [(VALUE_X, city)]]
    assert _address(tmp_path, address) == (expected, LABELLED)
