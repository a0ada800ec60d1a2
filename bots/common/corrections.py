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


def field_kinds(facts: Any, prefix: str = "") -> dict[str, dict[str, Any]]:
    """Each correctable fact as PATH -> {"kind", "optional", "value", "choices"?}, for the form.

    Kinds: date, money, yesno, number, choice, text. A list of records is described per member
    (`entries[0].entry_date`), so a person corrects each one where it was read.
    """
    kinds: dict[str, dict[str, Any]] = {}
    if not (dataclasses.is_dataclass(facts) and not isinstance(facts, type)):
        return kinds
    for name, hint in typing.get_type_hints(type(facts)).items():
        path, value = f"{prefix}{name}", getattr(facts, name)
        if isinstance(value, tuple) and value and all(dataclasses.is_dataclass(v) for v in value):
            for i, member in enumerate(value):
                kinds.update(field_kinds(member, f"{path}[{i}]."))
            continue
        described = _kind(hint)
        if described is not None:
            shown = value.isoformat() if isinstance(value, date) else value
            kinds[path] = described | {"value": str(shown) if isinstance(value, Decimal) else shown}
    return kinds


_KINDS: dict[Any, str] = {date: "date", Decimal: "money", bool: "yesno", int: "number",
                          str: "text"}


def _kind(hint: Any) -> dict[str, Any] | None:
    args = typing.get_args(hint)
    optional = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        optional = type(None) in args
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            return None
        hint, args = rest[0], typing.get_args(rest[0])
    if typing.get_origin(hint) is typing.Literal:
        return {"kind": "choice", "optional": optional, "choices": [str(a) for a in args]}
    kind = _KINDS.get(hint)
    return None if kind is None else {"kind": kind, "optional": optional}
