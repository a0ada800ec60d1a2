"""Referrals of senders in general (issue 13, round 31, the fortieth hand): an audit worksheet
lists each entry as a bullet with its status code ("status LIQ: entered value ...") and prints a
legend of the codes after the list ("(Status: LIQ = liquidated, UNLIQ = not liquidated.)"). Each
entry's status is the first one its own words give; a code defined in a legend is no entry's.
A yes/no code after the word "status" ("status Y:", "status: No,") is the entry's liquidation:
as the legend defines it when one is printed, else as a bare mark (a weaker cue)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_entry_prose import IN_SENTENCE, MARK_ONLY
from tests.penalty_read.drawn import REFERRAL_HEAD as HEAD
from tests.penalty_read.drawn import draw_referral

FACTS = ["Narrative", "The importer declared glazed stoneware dinnerware under a provision for",
         "hotel ware at a lower rate of duty."]
_BULLETS = [
    " - Entry BB8-9748689-4, entered November 11, 2022, status {one}: entered value 13721.48, duty",
    " deposited 548.86, duty lawfully owed 9970.96.",
    " - Entry BB8-6952119-9, entered October 15, 2023, status {two}: entered value 18486.94, duty",
    " deposited 369.74, duty lawfully owed 815.12.",
]


@pytest.mark.parametrize(("one", "two", "legend"), [
    ("LIQ", "LIQ", "(Status: LIQ = liquidated, UNLIQ = not liquidated.)"),
    ("LIQ", "LIQ", "Codes: LIQ - liquidated; UNLIQ - unliquidated or pending"),
    ("Final", "Final", "Key: Final = liquidated, Open = not yet liquidated"),
    ("UNLIQ", "LIQ", "(Status: UNLIQ = open, LIQ = liquidated and final.)"),
])
def test_each_entry_takes_its_own_status_not_the_legend_s(
        tmp_path: Path, one: str, two: str, legend: str) -> None:
    bullets = [line.format(one=one, two=two) for line in _BULLETS]
    path = draw_referral(tmp_path / "r.pdf", [*HEAD, *bullets, legend, *FACTS])
    entries = extract_penalty(path).facts.entries
    assert [e.liquidated for e in entries] == [one in ("LIQ", "Final"), two in ("LIQ", "Final")]


def test_a_status_said_in_words_after_the_entry_is_still_its_own(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *HEAD, " - Entry BB8-6952119-9, entered October 15, 2023, was liquidated and is final;",
        " entered value 18486.94, duty deposited 369.74, duty lawfully owed 815.12. It is not",
        " liquidated again.", *FACTS])
    assert [e.liquidated for e in extract_penalty(path).facts.entries] == [True]


@pytest.mark.parametrize(("pair", "liquidated"), [
    ("Liq. status = liquidated", True), ("Status = Open", False), ("Status - final", True)])
def test_an_entry_s_own_status_pair_is_no_legend(
        tmp_path: Path, pair: str, liquidated: bool) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *HEAD, " - Entry BB8-6952119-9, entered October 15, 2023, entered value 18486.94,",
        f" duty deposited 369.74, duty lawfully owed 815.12, {pair}.", *FACTS])
    assert [e.liquidated for e in extract_penalty(path).facts.entries] == [liquidated]


@pytest.mark.parametrize(("one", "two", "legend", "sure"), [
    ("Y", "N", "(Status: Y = liquidated, N = not liquidated.)", True),
    ("Yes", "No", "(Status: Yes = liquidated, No = not liquidated.)", True),
    ("N", "Y", "Key: Y - liquidated; N - unliquidated", True),
    ("Yes", "No", "", False),
    ("Y", "Y", "", False),
])
def test_a_yes_no_status_code_is_the_liquidation(
        tmp_path: Path, one: str, two: str, legend: str, sure: bool) -> None:
    bullets = [line.format(one=one, two=two) for line in _BULLETS]
    path = draw_referral(tmp_path / "r.pdf", [*HEAD, *bullets, *([legend] if legend else []),
                                               *FACTS])
    reading = extract_penalty(path)
    assert [e.liquidated for e in reading.facts.entries] == [one.startswith("Y"),
                                                             two.startswith("Y")]
    confidence = reading.fields["entries[0].liquidated"].confidence
    assert confidence == (IN_SENTENCE if sure else MARK_ONLY)



@pytest.mark.parametrize("later", ["Disclosure status N, per the file.", "Review status Y."])
def test_a_later_sentence_s_status_code_is_not_the_entry_s(tmp_path: Path, later: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *HEAD, " - Entry BB8-6952119-9, entered October 15, 2023, entered value 18486.94,",
        f" duty deposited 369.74, duty lawfully owed 815.12. {later}", *FACTS])
    read = extract_penalty(path).fields.get("entries[0].liquidated")
    assert read is None or read.evidence is None  # unread: a person looks at the entry


@pytest.mark.parametrize(("status", "liquidated"), [
    ("Liq. status N", False), ("Liq status Y", True), ("Liquidated? N", False),
    ("Liquidated? Y", True)])
def test_the_word_that_asks_for_the_status_is_no_status(
        tmp_path: Path, status: str, liquidated: bool) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *HEAD, f" - Entry BB8-6952119-9 (entered 10/15/2023; {status}): entered value $18,486.94,",
        " duty deposited $369.74, duty owed $815.12.", *FACTS])
    read = extract_penalty(path).fields.get("entries[0].liquidated")
    # the answer, or nothing read (a person looks): never the asking word taken for a "yes"
    assert read is None or read.evidence is None or read.value is liquidated
