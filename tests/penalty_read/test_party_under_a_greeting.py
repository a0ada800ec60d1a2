"""A party named in the first sentence under an e-mail's greeting (issue 13, round 33).

"Team," over "Harbor Light Trading LLC (IOR 52-1234567), 42 Wharf Street, ...": the greeting is
no word of the name, nor is a line across a blank one. The name starts on its own line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_SENTENCE = ["Harbor Light Trading LLC (IOR 52-1234567), 42 Wharf Street, Baltimore, MD 21202,",
             "undervalued stainless steel tumblers."]


@pytest.mark.parametrize("greeting", [["Team,", ""], ["Hi all,"], ["Good morning,"],
                                      ["Dear Sir or Madam,"], ["Hello Dana,", ""]])
def test_the_greeting_is_no_part_of_the_name(tmp_path: Path, greeting: list[str]) -> None:
    head = [line for line in REFERRAL_HEAD if not line.startswith(("Violator", "Address"))]
    lines = [*head[:4], *greeting, *_SENTENCE, *head[4:],
             "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert (facts.party_name, facts.party_address) == (
        "Harbor Light Trading LLC", "42 Wharf Street, Baltimore, MD 21202")
