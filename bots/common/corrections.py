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
    for path, raw in corrections.items():
        facts = _set(facts, path, _steps(path), raw)
    return facts


def _steps(path: str) -> list[str | int]:
    """`entries[0].liquidation_date` -> ["entries", 0, "liquidation_date"]."""
    steps: list[str | int] = []
    for part in path.split("."):
        name, _, rest = part.partition("[")
        steps.append(name)
        if rest:
            index = rest.rstrip("]")
            if not index.isdigit():
                raise BusinessError(f"correction {path!r} has a bad index", code="correction")
            steps.append(int(index))
    return steps


def _set(node: Any, path: str, steps: list[str | int], raw: Any) -> Any:
    step, rest = steps[0], steps[1:]
    if isinstance(step, int):
        if not isinstance(node, tuple) or not 0 <= step < len(node):
            raise BusinessError(f"correction {path!r} names no such item", code="correction")
        return (*node[:step], _set(node[step], path, rest, raw), *node[step + 1:])
    if not (dataclasses.is_dataclass(node) and not isinstance(node, type)):
        raise BusinessError(f"correction names an unknown field {path!r}", code="correction")
    hints = typing.get_type_hints(type(node))
    if step not in hints:
        raise BusinessError(f"correction names an unknown field {path!r}", code="correction")
    value = _convert(hints[step], raw, path) if not rest else _set(
        getattr(node, step), path, rest, raw)
    return dataclasses.replace(node, **{step: value})


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
