"""Phrases match whatever the case, punctuation or line breaks; headings match despite typos."""

from __future__ import annotations

from bots.common.reading.phrases import PhraseBank, phrase_regex

BANK = PhraseBank({
    "review": ("further review [is] requested", "appl* for further review"),
    "heading": ("facts and legal argument*", "grounds for protest"),
})


def test_a_phrase_broken_over_lines_and_shouting_still_matches() -> None:
    assert BANK.search("review", "FURTHER\nREVIEW  IS   REQUESTED.") is not None


def test_optional_words_and_open_endings_match_their_variants() -> None:
    assert BANK.search("review", "Further review requested") is not None
    assert BANK.search("review", "Protestant applies for further review") is not None


def test_a_phrase_does_not_match_inside_a_longer_word() -> None:
    assert BANK.search("review", "nofurther review requested") is None


def test_a_numbered_heading_with_a_typo_reads_as_the_heading() -> None:
    assert BANK.heading("heading", "3. Facts and Legal Arguemnts")
    assert BANK.heading("heading", "V. GROUNDS FOR PROTEST")
    assert not BANK.heading("heading", "Please direct any questions to the undersigned")


def test_punctuation_between_words_is_tolerated() -> None:
    import re

    assert re.search(phrase_regex("port of entry"), "Port-of-Entry", re.I)
