"""A party's role printed where its name would stand names nobody."""

from __future__ import annotations

from bots.common.reading.parties import is_role_word


def test_a_role_alone_is_no_name() -> None:
    for text in ("Importer", "Importer of Record", "CLIENT:", "the requester", "Customs broker"):
        assert is_role_word(text), text


def test_a_name_holding_a_role_word_is_a_name() -> None:
    for text in ("Importer Services LLC", "Harbor Goods LLC", "Owner Brothers Inc."):
        assert not is_role_word(text), text
