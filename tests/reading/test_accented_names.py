"""A signer's name spelled with its accents ("Ignacio Villaseñor", "José Álvarez", "Zoë Łukasik")
is a person's name all the same (the fifty-third hand: a broker's protest e-mail whose signer was
not read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.common.reading.signature import is_person
from bots.protest_intake.extract import extract_protest
from tests.reading.test_hyphenated_given_names import signed_email_protest

# Latin-1 only: the test letter's standard font prints no Latin Extended-A letter.
_PRINTABLE = ["Ignacio Villaseñor", "José Álvarez", "Chloé Brontë-Dubois", "Søren Ødegård",
              "FRANÇOIS LEFÈVRE"]


@pytest.mark.parametrize("name", [*_PRINTABLE, "Zoë Łukasik", "Dvořák Šimon"])
def test_an_accented_name_is_a_persons(name: str) -> None:
    assert is_person(name)


@pytest.mark.parametrize("words", ["Société Générale", "Café Supplies"])
def test_accents_do_not_change_whether_words_are_shaped_as_a_name(words: str) -> None:
    # A firm's name of two capitalised words is person-shaped with or without accents; what
    # tells it apart is the firm's legal form or a title, as for any name.
    assert is_person(words) == is_person(words.replace("é", "e"))


@pytest.mark.parametrize("name", _PRINTABLE[:4])
def test_the_signer_of_an_email_protest(tmp_path: Path, name: str) -> None:
    facts = extract_protest(signed_email_protest(tmp_path / "m.pdf", name)).facts
    assert facts.signer_name == name
