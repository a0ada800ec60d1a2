"""Apply a person's corrected values (resolve / return) to a bot's frozen facts."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from tradebots.errors import BusinessError

FactsT = TypeVar("FactsT")


def apply_corrections(facts: FactsT, corrections: dict[str, Any]) -> FactsT:
    """Return FACTS with each corrected top-level field replaced, converted to the field's type.

    List fields take a JSON list of objects. An unknown field or a bad value is a BusinessError
    naming it, so the item goes back to a person rather than silently ignoring the correction.
    """
    if not corrections:
        return facts
    assert dataclasses.is_dataclass(facts) and not isinstance(facts, type)
    hints = typing.get_type_hints(type(facts))
    changes: dict[str, Any] = {}
    for name, raw in corrections.items():
        if name not in hints:
            raise BusinessError(f"correction names an unknown field {name!r}", code="correction")
        changes[name] = _convert(hints[name], raw, name)
    return dataclasses.replace(facts, **changes)


def _convert(hint: Any, raw: Any, name: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if raw is None and type(None) in args:
            return None
        hint = next(a for a in args if a is not type(None))
        return _convert(hint, raw, name)
    try:
        if hint is date:
            return raw if isinstance(raw, date) else date.fromisoformat(str(raw))
        if hint is Decimal:
            return Decimal(str(raw))
        if hint is bool:
            return _boolean(raw)
        if hint is int:
            return int(raw)
        if hint is str:
            return str(raw)
        if origin is tuple and args:
            return tuple(_convert(args[0], item, name) for item in raw)
        if dataclasses.is_dataclass(hint) and isinstance(raw, dict):
            sub_hints = typing.get_type_hints(hint)
            factory: Any = hint
            return factory(**{k: _convert(sub_hints[k], v, f"{name}.{k}") for k, v in raw.items()})
        if origin is typing.Literal:
            if raw not in args:
                raise ValueError(f"one of {', '.join(map(str, args))}")
            return raw
    except (ValueError, TypeError, KeyError, InvalidOperation) as exc:
        raise BusinessError(f"correction {name}={raw!r} is not valid: {exc}",
                            code="correction") from exc
    return raw


def _boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in {"true", "yes", "y", "1"}:
        return True
    if text in {"false", "no", "n", "0"}:
        return False
    raise ValueError("true or false")
