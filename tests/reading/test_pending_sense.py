"""The shared sentence-sense reader: which words of a sentence can state a status (pending, or
not) and which only speak of a forum (a mandate, a licence, a condition, a time)."""

from __future__ import annotations

import pytest

from bots.common.reading.pending_sense import NEGATION, asserted, status_words


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


def test_a_forum_holding_the_issue_before_it_is_no_time() -> None:
    sentence = "No CBP office or court has this transaction or issue before it, now or ever."
    assert status_words(sentence).text == sentence
    assert "before they" not in status_words("Please rule before they arrive at the port.").text


@pytest.mark.parametrize(("sentence", "blanked"), [
    ("We serve as its attorney before CBP in all customs matters.", "attorney before CBP"),
    ("Our firm handles its customs matters before CBP.", "handles its customs matters before CBP"),
    ("Were the issue to come before a court, we would tell CBP.",
     "Were the issue to come before a court"),
])
def test_an_agents_title_a_practice_and_an_inverted_condition_state_no_status(
        sentence: str, blanked: str) -> None:
    assert blanked not in status_words(sentence).text


def test_another_partys_matter_is_unclear_and_read_as_nothing_pending() -> None:
    words = status_words("A competitor has a protest on similar goods pending at the Port of "
                         "Newark.")
    assert words.unclear and not words.text.strip()
    denial = "Neither the importer nor any other party has this issue before CBP or a court."
    assert status_words(denial) == status_words(denial).__class__(denial, unclear=False)


def test_a_time_or_condition_clause_runs_past_an_abbreviation_to_its_end() -> None:
    text = "If the issue comes before the U.S. Court of International Trade we will say so. Yes."
    assert asserted(text).strip() == ". Yes."
    assert asserted("Once the goods have arrived, we enter them.").startswith(" " * 20)


def test_a_title_for_a_principal_before_a_forum_is_a_mandate() -> None:
    words = status_words("Attorneys for Harbor Goods LLC before U.S. Customs and Border "
                         "Protection")
    assert "before" not in words.text
    kept = "Our customs broker has filed a protest before CBP on an earlier entry."
    assert status_words(kept).text == kept


@pytest.mark.parametrize(("sentence", "unclear"), [
    ("We represent Harbor Goods LLC before the CIT, where the same issue is pending.", True),
    ("We act for Acme before CBP in this matter; the issue is not pending before any court.",
     False),
])
def test_a_live_status_whose_forum_went_with_the_mandate_is_unclear(
        sentence: str, unclear: bool) -> None:
    assert status_words(sentence).unclear is unclear


@pytest.mark.parametrize("sentence", ["Nothing about this merchandise is pending with CBP.",
                                      "No one has filed a protest on these goods.",
                                      "Nobody has brought the issue before a court."])
def test_a_negative_pronoun_denies(sentence: str) -> None:
    assert NEGATION.search(sentence) is not None
