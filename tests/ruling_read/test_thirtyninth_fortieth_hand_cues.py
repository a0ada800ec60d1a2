"""Senders' ways the thirty-ninth and fortieth hands showed (issue 13, round 31), each in several
forms a real sender would use. Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read

_IMPORTS = "Harbor Goods LLC imports yoga mats from Vietnam through the port of Newark (4601)."


# The goods already arrived and entered, told as a past event: a current transaction, before the
# port (177.1(a)(2)(i)), no ruling.
@pytest.mark.parametrize("told", [
    "The merchandise arrived and is the subject of an entry filed at Newark on July 12, 2025, "
    "which is still open with the port.",
    "The goods arrived last month; an entry was filed at Newark and remains unliquidated.",
    "The articles reached Newark on May 2 and are the subject of an open entry there.",
])
def test_goods_that_arrived_and_were_entered_are_a_current_transaction(
        tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(_IMPORTS, *FACTS[1:], told))
    assert output["values"]["prospective"] is False
    assert output["values"]["pending_before_cbp"] is True
    assert output["decision"]["outcome"] == "no_ruling", output["findings"]


@pytest.mark.parametrize("told", [
    "None of the goods has arrived and no entry has been filed.",
    "The goods have not arrived; no entry is open at any port.",
])
def test_goods_denied_arrival_are_a_prospective_transaction(tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(*FACTS, told))
    assert output["values"]["prospective"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]
