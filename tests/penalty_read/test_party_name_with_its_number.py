"""A party's name followed by its number or role (issue 13, round 32 sweep).

"Violator: Kestrel & Finch Home Goods LLC (IOR 80-8464996)", "... Inc. (the importer)", "...
Corp., EIN 80-8464996": the number or role is no part of the name, which was read with it and a
label's confidence. The number, named as the importer's, is still read as such.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_HEAD = [line for line in REFERRAL_HEAD if not line.startswith(("Violator", "Importer"))]


@pytest.mark.parametrize("party", [
    "Violator: Kestrel & Finch Home Goods LLC (IOR 80-8464996)",
    "Violator: Kestrel & Finch Home Goods LLC (the importer, EIN 80-8464996)",
    "Violator: Kestrel & Finch Home Goods LLC, EIN 80-8464996",
    "Violator: Kestrel & Finch Home Goods LLC (80-8464996)",
])
def test_a_name_with_its_number_after_it(tmp_path: Path, party: str) -> None:
    lines = [_HEAD[0], party, *_HEAD[1:],
             "EGH-3873310-3 03/02/2023 liquidated $63,867.74 paid $1,596.69 owed $4,151.41"]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.party_name == "Kestrel & Finch Home Goods LLC"
    if "IOR" in party or "EIN" in party:
        assert reading.facts.importer_number == "80-8464996"


@pytest.mark.parametrize("party", ["Violator: Harbor (USA) Imports LLC",
                                   "Violator: Alder Point Housewares Inc. d/b/a Alder Home"])
def test_other_parentheses_stay_in_the_name(tmp_path: Path, party: str) -> None:
    lines = [_HEAD[0], party, *_HEAD[1:], "Importer Number: 88-1204417",
             "EGH-3873310-3 03/02/2023 liquidated $63,867.74 paid $1,596.69 owed $4,151.41"]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.party_name == party.split(": ", 1)[1]
