"""A culpability a label gives in other words, by the statute's paragraph, or denies (issue 13,
round 32 sweep).

- "Willful", "Intentional misconduct", "Knowing", "Deliberate": done knowingly, voluntarily and
  intentionally (19 CFR 171 App. B (B)(3)): fraud. "Gross", "Recklessness": gross negligence.
  A writer's word, not the level's name: read with the inferred confidence, and only when the
  label's value is nothing else.
- "1592(c)(1)" / "(c)(2)" / "(c)(3)": the statute's paragraph for fraud, gross negligence,
  negligence ((c)(4), the prior disclosure, names no level).
- "Not negligent", "not gross negligence": a level denied names none; the referral goes to a
  person rather than be drafted at the level it denies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.culpability import level_in, levels_stated
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import INFERRED
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_ROWS = [
    "EGH-3873310-3  03/02/2023  Liquidated: Yes  Entered value $63,867.74  Duty paid $1,596.69  "
    "Duty owed $4,151.41",
]


def _read(tmp_path: Path, level: str) -> tuple[str | None, float | None]:
    lines = [f"Culpability: {level}" if line.startswith("Culpability") else line
             for line in REFERRAL_HEAD] + _ROWS
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    field = reading.fields.get("culpability")
    return reading.facts.culpability, field.confidence if field else None


@pytest.mark.parametrize(("level", "value"), [
    ("Willful", "fraud"), ("wilful", "fraud"), ("Intentional misconduct", "fraud"),
    ("Knowing and deliberate", "fraud"), ("KNOWINGLY", "fraud"),
    ("Gross", "gross_negligence"), ("Recklessness", "gross_negligence"),
    ("1592(c)(1)", "fraud"), ("19 U.S.C. 1592(c)(2)", "gross_negligence"),
    ("(c)(3)", "negligence"), ("KNOWING/INTENTIONAL", "fraud"), ("1592(C)(2)", "gross_negligence"),
])
def test_a_level_in_other_words_is_read_weakly(tmp_path: Path, level: str, value: str) -> None:
    assert _read(tmp_path, level) == (value, INFERRED)


@pytest.mark.parametrize("level", ["Not negligent", "not gross negligence", "Not willful",
                                   "Not grossly negligent", "not (c)(2)"])
def test_a_denied_level_names_none(tmp_path: Path, level: str) -> None:
    assert _read(tmp_path, level) == (None, None)


def test_a_denial_in_a_narrative_leaves_the_level_stated() -> None:
    stated = levels_stated("CBP found no fraud; the importer was negligent in its entries.")
    assert {level.value for level in stated} == {"negligence"}
    assert level_in("negligence") is not None and level_in("Case No 2025 negligence") is not None


@pytest.mark.parametrize("told", ["The importer acted willfully in making the entries.",
                                  "unintentional clerical error"])
def test_other_words_in_a_sentence_name_no_level(told: str) -> None:
    assert level_in(told) is None
