"""The stand-in checks entry numbers and ports with its own tables, and they agree with the law."""

from __future__ import annotations

import random

import pytest

from bots.customs.entry_numbers import check_digit as bots_check_digit
from bots.customs.ports import PORTS as BOTS_PORTS
from sandbox.portal.entry_numbers import check_digit, entry_number, split
from sandbox.portal.ports import PORTS
from sandbox.portal.seed_entries import seeded_entries


@pytest.mark.parametrize("valid", [
    "ABC-1234567-6",  # the worked examples of customs-rules.md
    "999-9999999-0",
    "100-0000000-9",  # position 1 counts once
    "010-0000000-8",  # position 2 counts twice
    "050-0000000-9",  # 5 doubled is 10, whose digits sum to 1
    "000-0000000-0",
])
def test_known_valid_entry_numbers_pass_the_check(valid: str):
    parts = split(valid)
    assert parts is not None
    filer, transaction, digit = parts
    assert check_digit(filer + transaction) == digit
    assert entry_number(filer, transaction) == valid


def test_a_typed_entry_number_is_read_without_spaces_dots_or_dashes():
    assert split(" abc.1234567 6") == ("ABC", "1234567", 6)
    assert split("ABC12345676") == ("ABC", "1234567", 6)
    assert split("AB-1234567-6") is None


def test_the_check_needs_exactly_ten_characters():
    with pytest.raises(ValueError, match="10 characters"):
        check_digit("ABC123456")


def test_the_stand_in_and_the_bots_agree_on_every_confirmed_letter_and_digit():
    rng = random.Random(1514)
    alphabet = "0123456789ABCDEFGHI"  # letters beyond I are VERIFY in customs-rules.md
    for _ in range(2000):
        first_ten = "".join(rng.choice(alphabet) for _ in range(3)) + f"{rng.randrange(10**7):07d}"
        assert check_digit(first_ten) == bots_check_digit(first_ten), first_ten


def test_every_seeded_entry_passes_the_bots_check_too():
    for entry in seeded_entries():
        filer, transaction, digit = entry.entry_number.split("-")
        assert bots_check_digit(filer + transaction) == int(digit), entry.entry_number


def test_the_bots_name_every_port_the_legacy_system_knows():
    assert {code: BOTS_PORTS.get(code) for code in PORTS} == PORTS
