"""A signer's given name may be two names joined by a hyphen, each capitalised ("Mei-Ling Cho",
"Jean-Pierre Roux", "Anne-Marie O'Neil"): a person's name all the same, under a closing as
anywhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.common.reading.signature import is_person
from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_NAMES = ["Mei-Ling Cho", "Jean-Pierre Roux", "Anne-Marie O'Neil", "Hye-Jin K. Park",
          "MEI-LING CHO"]


@pytest.mark.parametrize("name", _NAMES)
def test_a_hyphenated_given_name_is_a_persons(name: str) -> None:
    # Before: the given name's second part had to start in small letters ("Mei-ling").
    assert is_person(name)


@pytest.mark.parametrize("words", ["Anti-Dumping", "Follow-Up", "Co-Owner"])
def test_a_hyphenated_word_alone_is_no_name(words: str) -> None:
    assert not is_person(words)


def signed_email_protest(path: Path, name: str) -> Path:
    """A protest e-mail from NAME, signed with the name under its closing."""
    return _letter_pdf(path, [
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
    ])


@pytest.mark.parametrize("name", _NAMES[:3])
def test_the_signer_of_an_email_protest(tmp_path: Path, name: str) -> None:
    facts = extract_protest(signed_email_protest(tmp_path / "m.pdf", name)).facts
    assert facts.signer_name == name
