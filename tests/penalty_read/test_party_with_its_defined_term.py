"""A party named with the term the letter will call it by (issue 13, round 33).

A letter names the party once and defines a short name or role in brackets right after it:
"Harbor Light Trading LLC (the importer), of 42 Wharf Street, ...", 'X ("Harbor Light"), 42 ...',
"X (hereinafter the importer) of 42 ...". The bracket is no word of the name, and it stands
between the name and its address: the name is read without it and the address after it. A
bracket that is part of a legal name ("Marigold Textiles (USA) Inc.") stays in the name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_NAME, _ADDRESS = "Harbor Light Trading LLC", "42 Wharf Street, Baltimore, MD 21202"
_SENTENCES = [
    f"This referral concerns {_NAME} (the importer), of {_ADDRESS}.",
    f'{_NAME} ("Harbor Light"), {_ADDRESS}, imported the tumblers.',
    f"{_NAME} (hereinafter the importer) of {_ADDRESS} imported the tumblers.",
    f"{_NAME} (the importer), {_ADDRESS}, imported the tumblers.",
    f"The importer of record is {_NAME} (the \u201cCompany\u201d), located at {_ADDRESS}.",
]


def _read(tmp_path: Path, sentence: str) -> tuple[str | None, str | None]:
    head = [line for line in REFERRAL_HEAD
            if not line.startswith(("Violator", "Address"))]
    lines = [head[0], sentence, *head[1:]]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    return facts.party_name, facts.party_address


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_the_defined_term_is_no_part_of_the_name(tmp_path: Path, sentence: str) -> None:
    assert _read(tmp_path, sentence) == (_NAME, _ADDRESS)


def test_a_bracket_of_the_legal_name_stays_in_it(tmp_path: Path) -> None:
    sentence = f"This referral concerns Marigold Textiles (USA) Inc., of {_ADDRESS}."
    assert _read(tmp_path, sentence) == ("Marigold Textiles (USA) Inc.", _ADDRESS)
