"""A party named in one sentence and its address told in a clause or sentence after it
(issue 13, round 33).

"This referral concerns X (IOR 52-1234567). The company's offices are at 42 Wharf Street, ...",
"X, importer number 52-1234567, whose address of record is 42 ...", "X. The importer is located
at 42 ...". The name ends where its sentence does; it never runs on into the next sentence or a
clause of its own. Where the address's sentence is not one a reader knows, the name is not
guessed either: a person reads the party.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_NAME, _ADDRESS = "Harbor Light Trading LLC", "42 Wharf Street, Baltimore, MD 21202"


def _party(tmp_path: Path, sentence: list[str]) -> tuple[str | None, str | None]:
    head = [line for line in REFERRAL_HEAD if not line.startswith(("Violator", "Address"))]
    lines = [head[0], *sentence, *head[1:],
             "ABC-1234567-1   03/02/2023   No   41,250.00   1,031.25   2,681.25"]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    return facts.party_name, facts.party_address


@pytest.mark.parametrize("sentence", [
    [f"This referral concerns {_NAME} (IOR 52-1234567). The company's offices are at",
     f"{_ADDRESS}."],
    [f"This referral concerns {_NAME}, importer number 52-1234567, whose address of record is",
     f"{_ADDRESS}."],
    [f"This referral concerns {_NAME}, importer number 52-1234567. Its address is {_ADDRESS}."],
    [f"This referral concerns {_NAME}. The importer is located at {_ADDRESS}."],
    [f"This referral concerns {_NAME}. Its principal place of business is at {_ADDRESS}."],
])
def test_the_address_after_the_names_sentence(tmp_path: Path, sentence: list[str]) -> None:
    assert _party(tmp_path, sentence) == (_NAME, _ADDRESS)


def test_a_sentence_is_never_read_as_the_name(tmp_path: Path) -> None:
    sentence = [f"This referral concerns {_NAME}. Harbor Light imported tumblers at {_ADDRESS}."]
    assert _party(tmp_path, sentence)[0] in (None, _NAME)
