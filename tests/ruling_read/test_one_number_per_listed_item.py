"""Items listed one after another, each with its own proposed number ("M-1, ..., proposed
subheading 9506.91.0030; M-2, ..., proposed subheading 9506.91.0030", or numbered rows one a
line): the number is each item's, though the same, and items the sender classifies under one
number are of one class or kind. Before, the repeat was dropped, the count fell to one, and a
seven-item request was accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read

BASIS = "Heading 9506 names articles for general physical exercise; GRI 1 applies."
NUMBER = "9506.91.0030"


@pytest.mark.parametrize(("listed", "count"), [
    (f"The 2 item(s) are: M-1, foam 100%, $ 4.10 per unit, proposed subheading {NUMBER}; M-2, "
     f"foam 90%, strap 10% by weight, $ 5.20 per unit, proposed subheading {NUMBER}.", 2),
    (f"The mats are: M-1, proposed subheading {NUMBER}; M-2, proposed subheading {NUMBER}; "
     f"M-3, proposed subheading {NUMBER}.", 3),
    (f"The 6 item(s) are: M-1, HTS {NUMBER}; M-2, HTS {NUMBER}; M-3, HTS {NUMBER}; M-4, HTS "
     f"{NUMBER}; M-5, HTS {NUMBER}; M-6, HTS {NUMBER}.", 6),
], ids=["two-entries", "three-entries-uncounted", "six-entries"])
def test_each_listed_item_keeps_its_number(tmp_path: Path, listed: str, count: int) -> None:
    output = read(tmp_path, facts=(*FACTS[:-1], listed, BASIS))
    assert output["values"]["proposed_hts"] == [NUMBER] * count
    assert output["values"]["item_count"] == count
    expected = "deficient" if count > 5 else "accept"
    assert output["decision"]["outcome"] == expected, output["findings"]


def test_numbered_rows_one_a_line_each_keep_their_number(tmp_path: Path) -> None:
    rows = tuple(f"{n}. M-{n} thermoplastic foam mat HTS {NUMBER}" for n in (1, 2, 3))
    output = read(tmp_path, facts=(*FACTS[:-1], "Items:", *rows, BASIS))
    assert output["values"]["proposed_hts"] == [NUMBER] * 3
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_number_named_again_in_another_sentence_is_the_same_proposal(tmp_path: Path) -> None:
    output = read(tmp_path, facts=(*FACTS, f"Subheading {NUMBER} covers mats of this kind."))
    assert output["values"]["proposed_hts"] == [NUMBER]
    assert output["values"]["item_count"] == 1


def test_listed_items_under_different_numbers_are_not_concluded_one_kind(tmp_path: Path) -> None:
    listed = (f"The 2 item(s) are: M-1, proposed subheading {NUMBER}; M-2, proposed subheading "
              "9506.99.6080.")
    output = read(tmp_path, facts=(*FACTS[:-1], listed, BASIS))
    assert output["values"]["item_count"] == 2
    assert output["decision"]["outcome"] == "needs_human"


def test_a_number_said_again_after_a_semicolon_is_the_same_proposal(tmp_path: Path) -> None:
    # Before: a second item (the seventeenth hand's letters: "...; subheading X covers them").
    facts = (*FACTS[:-1], f"We ask CBP to classify the mats in subheading {NUMBER}, HTSUS. The "
             f"mats are described by the heading under GRI 1; subheading {NUMBER} covers them by "
             "their principal use.")
    output = read(tmp_path, facts=facts)
    assert output["values"]["proposed_hts"] == [NUMBER]
    assert output["values"]["item_count"] == 1
