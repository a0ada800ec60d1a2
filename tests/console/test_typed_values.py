"""A corrected value is read by its field's kind, and a value of the wrong kind is refused."""

from __future__ import annotations

import pytest

from tradebots.console.typed_values import Kind, parse_typed


@pytest.mark.parametrize(("kind", "typed", "read"), [
    (Kind("date"), " 2025-03-14 ", "2025-03-14"),
    (Kind("money"), "$1,250.50", "1250.50"),
    (Kind("yesno", optional=False), "Yes", True),
    (Kind("yesno", optional=False), "no", False),
    (Kind("number"), "12", 12),
    (Kind("choice", choices=("accept", "deficient")), "deficient", "deficient"),
    (Kind("text"), "women's handbags", "women's handbags"),
    (Kind("date"), "", None),  # an optional date may be cleared
    (Kind("list"), "a, b,", ["a", "b"]),
])
def test_a_value_is_read_as_its_kind(kind: Kind, typed: str, read: object) -> None:
    assert parse_typed(kind, typed) == read


@pytest.mark.parametrize(("kind", "typed", "says"), [
    (Kind("date"), "not-a-date", "not a date"),
    (Kind("date"), "14/03/2025", "YYYY-MM-DD"),
    (Kind("yesno"), "maybe", "neither yes nor no"),
    (Kind("money"), "lots", "not an amount"),
    (Kind("number"), "1.5", "not a whole number"),
    (Kind("choice", choices=("accept",)), "approve", "not one of accept"),
    (Kind("yesno", optional=False), " ", "a value is needed"),
])
def test_a_value_of_the_wrong_kind_is_refused_with_a_plain_reason(kind: Kind, typed: str,
                                                                  says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_typed(kind, typed)


def test_the_kind_is_the_bots_description_or_guessed_from_the_value() -> None:
    described = {"kind": "choice", "optional": False, "choices": ["a", "b"]}
    assert Kind.of(described, "a") == Kind("choice", False, ("a", "b"))
    assert Kind.of(None, True) == Kind("yesno", optional=False)
    assert Kind.of(None, 3) == Kind("number")
    assert Kind.of(None, "2704") == Kind("text")
