"""Referrals of senders in general (issue 13, round 26): a form that prints both options,
commercial and noncommercial, answers by its mark, typed before or after the option, in
brackets or parentheses, or bare where a drawn box left only its cross; the word
"noncommercial" printed as an option says nothing, and a pair left unmarked or marked both ways
goes to a person (19 CFR 162.77(c))."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral
from tests.penalty_read.test_remarks_narratives import HEAD, TAIL

_UNREAD = "which is marked could not be read"


@pytest.mark.parametrize(("line", "noncommercial"), [
    ("Importation:  [X] Commercial   [ ] Non-commercial", False),
    ("Importation:  [ ] Commercial   [X] Non-commercial", True),
    ("Importation: (x) Commercial ( ) Noncommercial", False),
    ("Importation: ( ) Commercial (x) Noncommercial", True),
    ("Type of importation: Commercial [X]   Non-commercial [ ]", False),
    ("Importation:  X Commercial    Non-commercial", False),
    ("Importation:  Commercial    X Non-commercial", True),
    ("[X] Commercial      [ ] Non-commercial", False),
])
def test_the_marked_option_answers(tmp_path: Path, line: str, noncommercial: bool) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD[:8], line, *HEAD[8:],
                                                                *TAIL])).facts
    assert facts.noncommercial is noncommercial
    assert not [d for d in facts.doubts if "commercial" in d.lower()]


@pytest.mark.parametrize("line", [
    "Importation:  [ ] Commercial   [ ] Non-commercial",
    "Importation:  [X] Commercial   [X] Non-commercial",
])
def test_a_pair_unmarked_or_marked_both_ways_goes_to_a_person(tmp_path: Path, line: str) -> None:
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*HEAD[:8], line, *HEAD[8:],
                                                                *TAIL])).facts
    assert any(_UNREAD in d for d in facts.doubts)
