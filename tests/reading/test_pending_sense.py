"""The shared sentence-sense reader: which words of a sentence can state a status (pending, or
not) and which only speak of a forum (a mandate, a licence, a condition, a time)."""

from __future__ import annotations

import pytest

from bots.common.reading.pending_sense import status_words


@pytest.mark.parametrize(("sentence", "blanked"), [
    ("Acme is empowered by its written authorization to act for it before CBP in this matter.",
     "act for it before CBP in this matter"),
    ("Bayside is a licensed customs broker transacting customs business before CBP.",
     "transacting customs business before CBP"),
    ("If this issue should come before a court, we will inform CBP.",
     "If this issue should come before a court"),
    ("Should CBP need samples, please call us.", "Should CBP need samples"),
    ("Please rule before the first shipment arrives at the Port of Newark.",
     "before the first shipment"),
])
def test_words_that_state_no_status_are_blanked_in_place(sentence: str, blanked: str) -> None:
    words = status_words(sentence)
    assert len(words.text) == len(sentence)
    assert blanked not in words.text
    assert words.text[sentence.index(blanked)].isspace()
    assert not words.unclear


def test_a_status_after_a_mandate_is_kept() -> None:
    sentence = ("We represent Acme before CBP, which is also where a protest on the same issue "
                "is pending.")
    words = status_words(sentence)
    assert "which is also where a protest on the same issue is pending" in words.text


@pytest.mark.parametrize("sentence", [
    "Acme is represented by counsel before the Court of International Trade in Acme v. United "
    "States.",
    "We do not know whether a protest is pending at the port.",
    "The status of the earlier protest before CBP is unknown.",
])
def test_a_sense_left_open_is_unclear(sentence: str) -> None:
    assert status_words(sentence).unclear


def test_a_mandate_of_general_scope_names_no_case() -> None:
    assert not status_words("We represent Acme before CBP and in any protest.").unclear
