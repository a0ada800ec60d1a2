"""Customs identifiers: entry, importer, protest numbers and port codes, and SSN masking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bots.customs.entry_numbers import check_digit
from bots.customs.identifiers import (
    mask_importer_number,
    normalize_entry_number,
    parse_importer_number,
    parse_port_code,
    parse_protest_number,
)


@pytest.mark.parametrize(("first_ten", "digit"), [("ABC1234567", 6), ("9999999999", 0)])
def test_check_digit_worked_examples(first_ten, digit):
    assert check_digit(first_ten) == digit


@pytest.mark.parametrize(
    "printed", ["ABC-1234567-6", "abc12345676", "ABC 1234567 6", "ABC–1234567–6"]
)
def test_entry_number_is_normalized_with_hyphens(printed):
    parsed = normalize_entry_number(printed)
    assert parsed is not None
    assert parsed.normalized == "ABC-1234567-6"
    assert parsed.check_digit_ok
    assert parsed.letters_verified


def test_entry_number_with_wrong_check_digit_keeps_the_printed_digit():
    parsed = normalize_entry_number("ABC-1234567-5")
    assert parsed is not None
    assert parsed.normalized == "ABC-1234567-5"
    assert (parsed.printed_check_digit, parsed.expected_check_digit) == (5, 6)
    assert not parsed.check_digit_ok


def test_filer_code_with_letters_beyond_i_is_not_verified():
    parsed = normalize_entry_number("XYZ-1234567-5")
    assert parsed is not None
    assert not parsed.letters_verified


@pytest.mark.parametrize("bad", ["ABC-123456-6", "AB-1234567-6", "ABC-1234567", "", "ABCD1234567"])
def test_malformed_entry_numbers_are_refused(bad):
    assert normalize_entry_number(bad) is None


@pytest.mark.parametrize(
    ("printed", "kind", "normalized", "base"),
    [
        ("12-3456789", "ein", "12-3456789", "12-3456789"),
        ("12-345678900", "ein", "12-345678900", "12-3456789"),
        ("12-3456789-AB", "ein", "12-3456789AB", "12-3456789"),
        ("123-45-6789", "ssn", "123-45-6789", "123-45-6789"),
        ("240115-12345", "cbp_assigned", "240115-12345", "240115-12345"),
    ],
)
def test_importer_number_forms(printed, kind, normalized, base):
    parsed = parse_importer_number(printed)
    assert parsed is not None
    assert (parsed.kind, parsed.normalized, parsed.base) == (kind, normalized, base)
    assert parsed.format_verified is (kind != "cbp_assigned")


@pytest.mark.parametrize("bad", ["123456789", "12-345678", "1234-56-789", "12-3456789-ABC", "x"])
def test_importer_numbers_in_no_known_form_are_refused(bad):
    assert parse_importer_number(bad) is None


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("123-45-6789", "***-**-6789"),
        ("IOR 123-45-6789, EIN 12-3456789", "IOR ***-**-6789, EIN 12-3456789"),
        ("123456789", "*****6789"),
        ("12-345678900", "12-345678900"),
        ("240115-12345", "240115-12345"),
    ],
)
def test_mask_importer_number_hides_ssn_forms_only(text, masked):
    assert mask_importer_number(text) == masked


@given(st.from_regex(r"\A\d{3}-\d{2}-\d{4}\Z"))
def test_masking_an_ssn_keeps_only_its_last_four_digits(ssn):
    masked = mask_importer_number(ssn)
    assert masked == "***-**-" + ssn[-4:]
    assert ssn[:6] not in masked


@pytest.mark.parametrize(
    ("printed", "port", "year", "serial"),
    [
        ("2704-24-100123", "2704", "24", "100123"),
        ("1001 - 2024 - 000456", "1001", "2024", "000456"),
    ],
)
def test_protest_numbers_with_two_or_four_digit_years(printed, port, year, serial):
    parsed = parse_protest_number(printed)
    assert parsed is not None
    assert (parsed.port_code, parsed.year, parsed.serial) == (port, year, serial)
    assert parsed.normalized == f"{port}-{year}-{serial}"


@pytest.mark.parametrize("bad", ["2704-024-100123", "2704-24-10012", "270-24-100123", "P2704"])
def test_malformed_protest_numbers_are_refused(bad):
    assert parse_protest_number(bad) is None


def test_port_code_is_four_digits():
    assert parse_port_code(" 2704 ") == "2704"
    assert parse_port_code("270") is None
    assert parse_port_code("27O4") is None
