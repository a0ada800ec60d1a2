"""A corrected value typed into the review form, read by its field's kind or refused plainly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

YES = frozenset({"yes", "y", "true", "1"})
NO = frozenset({"no", "n", "false", "0"})


@dataclass(frozen=True)
class Kind:
    """What a field holds (date, money, yesno, number, choice, text, list) and whether blank is
    allowed; the bot describes its facts this way (bots/common/corrections.field_kinds)."""

    name: str
    optional: bool = True
    choices: tuple[str, ...] = ()

    @classmethod
    def of(cls, described: Any, value: Any) -> Kind:
        """The kind the bot described, or one guessed from the value for a bot that did not."""
        if isinstance(described, dict) and isinstance(described.get("kind"), str):
            return cls(described["kind"], bool(described.get("optional", True)),
                       tuple(str(c) for c in described.get("choices") or ()))
        if isinstance(value, bool):
            return cls("yesno", optional=False)
        if isinstance(value, int):
            return cls("number")
        if isinstance(value, float):
            return cls("money")
        return cls("list") if isinstance(value, list) else cls("text")


def parse_typed(kind: Kind, text: str) -> Any:
    """TEXT as a value of KIND in the form the bot's corrections take; ValueError says why not."""
    text = text.strip()
    if not text:
        if kind.optional or kind.name in ("text", "list"):
            return [] if kind.name == "list" else None
        raise ValueError("a value is needed here")
    if kind.name == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValueError(f"{text!r} is not a date: write it as YYYY-MM-DD") from None
    if kind.name == "money":
        try:
            return str(Decimal(text.replace(",", "").replace("$", "").strip()))
        except InvalidOperation:
            raise ValueError(f"{text!r} is not an amount of money") from None
    if kind.name == "number":
        if not text.lstrip("-").isdigit():
            raise ValueError(f"{text!r} is not a whole number")
        return int(text)
    if kind.name == "yesno":
        if text.lower() in YES | NO:
            return text.lower() in YES
        raise ValueError(f"{text!r} is neither yes nor no")
    if kind.name == "choice":
        if text not in kind.choices:
            raise ValueError(f"{text!r} is not one of {', '.join(kind.choices)}")
        return text
    if kind.name == "list":
        return [part.strip() for part in text.split(",") if part.strip()]
    return text
