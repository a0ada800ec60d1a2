"""A printout's name-and-address caption padded with a dot leader (issue 13, round 33).

"NAME/ADDRESS.... HARBOR LIGHT TRADING LLC" over the street and city lines, set under the value:
the leader's dots are the caption's, no part of the name (the notice is addressed with it, 19 CFR
162.77(b)).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral


@pytest.mark.parametrize("caption", ["NAME/ADDRESS....", "NAME AND ADDRESS....",
                                     "NAME/ADDRESS......", "NAME AND ADDRESS.....",
                                     "NAME & ADDRESS...:", "VIOLATOR NAME/ADDRESS..."])
def test_the_leader_is_no_part_of_the_name(tmp_path: Path, caption: str) -> None:
    pad = " " * (len(caption) + 1)
    block = [f"{caption} HARBOR LIGHT TRADING LLC", f"{pad}42 WHARF STREET",
             f"{pad}BALTIMORE, MD 21202"]
    head = [line for line in REFERRAL_HEAD if not line.startswith(("Violator", "Address"))]
    lines = [head[0], *block, *head[1:],
             "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier")).facts
    assert facts.party_name == "HARBOR LIGHT TRADING LLC"
    assert facts.party_address == "42 WHARF STREET, BALTIMORE, MD 21202"
