"""A signer's name spelled with its accents ("Ignacio Villaseñor", "José Álvarez", "Zoë Łukasik")
is a person's name all the same (the fifty-third hand: a broker's protest e-mail whose signer was
not read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.common.reading.signature import is_person
from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

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
    facts = extract_protest(_letter_pdf(tmp_path / "m.pdf", [
        f"From: {name} <trade@harborlight.example>",
        "Sent: May 27, 2024",
        "To: protests.3901@cbp.example",
        "Subject: Protest - D5E-7664208-1",
        "Good morning,",
        "Please accept this protest against the tariff classification of the goods.",
        "Protestant: Harborlight Garden Products Co.",
        "Address: 270 Greenhouse Road, Savannah, GA 31408",
        "Entry D5E-7664208-1 - entry date July 25, 2023 - liquidation date Mar. 7, 2024",
        "Commodity: Porcelain dinner plates, 27 cm, for household use",
        "Grounds: The articles are described eo nomine elsewhere in the tariff (GRI 1).",
        "Drawback: the merchandise is not the subject of any drawback claim.",
        "Regards,",
        name,
        "Customs Compliance Manager",
        "Harborlight Garden Products Co.",
    ])).facts
    assert facts.signer_name == name
