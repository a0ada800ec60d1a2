"""A person's corrections are applied to frozen facts with the field's own type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

import pytest

from bots.common.corrections import apply_corrections
from tradebots.errors import BusinessError


@dataclass(frozen=True)
class Line:
    number: str
    amount: Decimal


@dataclass(frozen=True)
class Facts:
    port_code: str | None = None
    received_date: date | None = None
    accelerated: bool = False
    culpability: Literal["negligence", "fraud"] | None = None
    lines: tuple[Line, ...] = ()


def test_values_are_converted_to_each_fields_type():
    corrected = apply_corrections(Facts(), {
        "port_code": "2704", "received_date": "2024-07-03", "accelerated": "yes",
        "culpability": "fraud", "lines": [{"number": "A1", "amount": "12.50"}],
    })
    assert corrected == Facts("2704", date(2024, 7, 3), True, "fraud",
                              (Line("A1", Decimal("12.50")),))


def test_a_value_inside_a_list_is_corrected_by_its_path():
    facts = Facts(lines=(Line("A1", Decimal("1")), Line("A2", Decimal("2"))))
    corrected = apply_corrections(facts, {"lines[1].amount": "20.00"})
    assert corrected.lines == (Line("A1", Decimal("1")), Line("A2", Decimal("20.00")))


def test_null_clears_an_optional_value():
    assert apply_corrections(Facts(port_code="1001"), {"port_code": None}).port_code is None


@pytest.mark.parametrize("corrections, named", [
    ({"colour": "red"}, "unknown field 'colour'"),
    ({"received_date": "July"}, "received_date='July' is not valid"),
    ({"culpability": "malice"}, "culpability='malice' is not valid"),
    ({"lines[3].amount": "1"}, "names no such item"),
])
def test_a_bad_correction_goes_back_to_a_person_naming_the_field(corrections, named):
    with pytest.raises(BusinessError, match=named):
        apply_corrections(Facts(), corrections)


def test_each_fact_is_described_by_its_kind_for_the_review_form():
    from bots.common.corrections import field_kinds

    facts = Facts("2704", date(2024, 7, 3), lines=(Line("A1", Decimal("12.50")),))
    assert field_kinds(facts) == {
        "port_code": {"kind": "text", "optional": True, "value": "2704"},
        "received_date": {"kind": "date", "optional": True, "value": "2024-07-03"},
        "accelerated": {"kind": "yesno", "optional": False, "value": False},
        "culpability": {"kind": "choice", "optional": True, "choices": ["negligence", "fraud"],
                        "value": None},
        "lines[0].number": {"kind": "text", "optional": False, "value": "A1"},
        "lines[0].amount": {"kind": "money", "optional": False, "value": "12.50"},
    }
